"""Draw a journey to a PNG, SVG or PDF file, without a window.

Used by ``journey-builder render`` and by File › Export image. The drawing covers the whole
journey plus a margin (or only some steps and their neighbours, or a given scene area), at
``scale`` pixels per canvas unit (1.0 = 100 %) or fitted inside ``width`` × ``height``, in the
light theme unless told otherwise; the background grid is left out.

How it is drawn (parts in :mod:`journey_builder.canvas.export`):

- a PNG whose cards would be under 40 % of their size is drawn from a plan of the journey
  (blocks and curves, as the canvas shows it zoomed out) with no graphics scene at all;
- otherwise the editor's own scene draws it; PNGs are written in bands of tiles, so a 100 %
  image of 10,000 steps needs no more memory than a small one; SVG and PDF are vector, in
  full detail at any size.

:class:`ImageExport` checks everything it can before writing (sizes, limits, steps) and then
writes in slices (:meth:`ImageExport.steps`), which the editor drives with a progress dialog;
:func:`render_document` does it all at once. Files are written atomically.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Collection, Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF

from journey_builder.canvas.export.plan import Area, DrawingPlan, UnknownStepsError, plan_drawing
from journey_builder.canvas.export.sizing import OutputSize, fit_size, png_refusal
from journey_builder.errors import FileWriteError, ImageTooLargeError, RenderError
from journey_builder.model import JourneyDocument

if TYPE_CHECKING:
    from journey_builder.canvas.export.blocks import Draw
    from journey_builder.canvas.scene import JourneyScene
    from journey_builder.document import EditableJourney

__all__ = [
    "DETAIL_SCALE",
    "IMAGE_FORMATS",
    "PAPER_SIZES",
    "ImageExport",
    "RenderResult",
    "plan_drawing",
    "render_document",
]

#: File extensions render understands.
IMAGE_FORMATS = (".png", ".svg", ".pdf")
#: ``pages`` values for PDF: the drawing tiled over sheets of this paper.
PAPER_SIZES = ("a4", "letter")
#: Below this scale a PNG's cards are drawn as blocks (the canvas's ``DETAIL_THRESHOLD``).
DETAIL_SCALE = 0.4
_EMPTY = Area(0, 0, 1, 1)


class RenderResult:
    """What was written: the path, the pixel size, the scale and (PDF) the page count."""

    __slots__ = ("height", "pages", "path", "scale", "width")

    def __init__(self, path: Path, width: int, height: int, scale: float, pages: int = 0) -> None:
        self.path = path
        self.width = width
        self.height = height
        self.scale = scale
        self.pages = pages

    def __repr__(self) -> str:
        return f"RenderResult({str(self.path)!r}, {self.width}x{self.height}, scale={self.scale:g})"


class ImageExport:
    """One export: checked when made, written by :meth:`steps` or :meth:`run`.

    ``document`` is an :class:`EditableJourney` (the editor's, drawn as it is) or a
    :class:`JourneyDocument` (never changed: steps it leaves unplaced are placed on a copy).
    ``steps`` draws only those step ids and their neighbours (only those steps if not
    ``neighbours``); ``area`` a scene rectangle (the editor's current view). ``pages`` tiles a
    PDF over ``"a4"`` or ``"letter"`` sheets. ``plan`` is :func:`plan_drawing` of the whole
    journey when the caller has it already (the export dialog sizes many exports before one).

    Raises ValueError for a wrong extension or option, :class:`RenderError` for steps the
    journey does not have, and :class:`ImageTooLargeError` for a PNG past the limits.
    """

    def __init__(
        self,
        document: EditableJourney | JourneyDocument,
        path: str | os.PathLike[str],
        *,
        scale: float | None = None,
        width: int | None = None,
        height: int | None = None,
        steps: Collection[str] | None = None,
        neighbours: bool = True,
        area: QRectF | None = None,
        theme: str = "light",
        margin: float = 40.0,
        pages: str | None = None,
        plan: DrawingPlan | None = None,
    ) -> None:
        self.path = Path(path)
        self.format = self.path.suffix.lower()
        if self.format not in IMAGE_FORMATS:
            raise ValueError(
                f"cannot draw to “{self.path.name}”: the file name must end in .png, .svg or .pdf"
            )
        if pages is not None and (self.format != ".pdf" or pages not in PAPER_SIZES):
            raise ValueError("pages (a4 or letter) applies to PDF only")
        if theme not in ("light", "dark"):
            raise ValueError("the theme is light or dark")
        self._editable = document if not isinstance(document, JourneyDocument) else None
        self._journey = document if isinstance(document, JourneyDocument) else document.document
        self.theme = theme
        self.pages = pages
        if plan is None:
            plan = plan_drawing(self._journey)
        if steps is not None:
            try:
                plan = plan.region(steps, neighbours=neighbours)
            except UnknownStepsError as exc:
                raise RenderError(_unknown_steps_message(exc)) from None
        self._region = steps is not None
        self._plan = plan
        if area is not None:
            extent = Area(area.left(), area.top(), area.right(), area.bottom())
        else:
            extent = (plan.extent() or _EMPTY).adjusted(-margin, -margin, margin, margin)
        self.size: OutputSize = fit_size(extent, scale=scale, width=width, height=height)
        if self.format == ".png":
            refusal = png_refusal(self.size)
            if refusal is not None:
                raise ImageTooLargeError(refusal)
        self.result: RenderResult | None = None

    @property
    def step_ids(self) -> list[str]:
        """The ids of the steps drawn, in document order."""
        return [n.node.id for n in self._plan.nodes]

    @property
    def needs_scene(self) -> bool:
        """Whether the editor's scene draws it (needs a QApplication); else blocks from the plan."""
        return self.format != ".png" or self.size.scale >= DETAIL_SCALE

    def run(self) -> RenderResult:
        """Write the file now; the result says what was written."""
        for _share in self.steps():
            pass
        assert self.result is not None
        return self.result

    def steps(self) -> Generator[float, None, None]:
        """Write the file in slices (one band of a PNG, one page of a PDF); yields the share
        done. Stopping early (closing the iterator) leaves nothing behind."""
        from journey_builder.canvas.style import CanvasStyle, preset_palette

        style = CanvasStyle.from_palette(preset_palette(self.theme))
        target = self.path
        folder = target.parent if str(target.parent) else Path(".")
        if not folder.is_dir():
            raise FileWriteError("the folder does not exist", source=str(target))
        tmp = folder / f".{target.name}.{os.getpid()}.tmp"
        scene: JourneyScene | None = None
        try:
            if self.needs_scene:
                scene = self._scene(style)
                draw = _scene_drawing(scene)
                yield 0.0
            else:
                from journey_builder.canvas.export.blocks import blocks_drawing

                draw = blocks_drawing(self._plan, style)
            pages = yield from self._write(tmp, draw, style.background)
            _sync_and_replace(tmp, target)
        except OSError as exc:
            raise FileWriteError(
                f"could not write the image ({exc.strerror or exc}); nothing was changed",
                source=str(target),
            ) from None
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            if scene is not None:
                scene.clear()
        self.result = RenderResult(
            target, self.size.width, self.size.height, self.size.scale, pages
        )

    def _write(self, tmp: Path, draw: Draw, background: Any) -> Generator[float, None, int]:
        """Write to ``tmp``; yields progress, returns the page count (PDF) or 0."""
        if self.format == ".png":
            from journey_builder.canvas.export.raster import stream_png

            with open(tmp, "wb") as fh:
                yield from stream_png(fh, draw, self.size, background)
            return 0
        from journey_builder.canvas.export.vector import pdf_pages, write_pdf, write_svg

        title = self._journey.display_name
        if self.format == ".svg":
            write_svg(tmp, draw, self.size, background, title)
            yield 1.0
            return 0
        yield from write_pdf(tmp, draw, self.size, background, title, self.pages)
        return len(pdf_pages(self.size, self.pages)[0])

    def _scene(self, style: Any) -> JourneyScene:
        """The editor's scene over the steps to draw (a private one: no cached cards, no grid)."""
        from journey_builder.canvas.scene import JourneyScene
        from journey_builder.document import EditableJourney

        editable = self._editable
        if editable is None or self._region or self._plan.placed:
            # a copy with only the steps drawn, each at its planned place
            editable = EditableJourney(self._plan.subset_document(self._journey))
        scene = JourneyScene(editable, style)
        scene.show_grid = False
        # a fixed extent: without one Qt measures every item's bounds on each render call
        # (10,000 Python calls per band), with one it asks its index for the band's items
        whole = (self._plan.extent() or _EMPTY).united(self.size.source).adjusted(-1, -1, 1, 1)
        scene.setSceneRect(QRectF(whole.left, whole.top, whole.width, whole.height))
        return scene


def _scene_drawing(scene: JourneyScene) -> Draw:
    from PySide6.QtCore import Qt

    keep = Qt.AspectRatioMode.IgnoreAspectRatio

    def draw(painter: Any, area: QRectF) -> None:
        scene.render(painter, area, area, keep)

    return draw


def _unknown_steps_message(exc: UnknownStepsError) -> str:
    if not exc.missing:
        return "name at least one step to draw"
    some = ", ".join(exc.known[:5]) + (", …" if len(exc.known) > 5 else "")
    missing = ", ".join(f"“{m}”" for m in exc.missing)
    word = "step" if len(exc.missing) == 1 else "steps"
    return f"the journey has no {word} {missing} (its steps include {some or 'none'})"


def _sync_and_replace(tmp: Path, target: Path) -> None:
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)


def render_document(
    document: EditableJourney | JourneyDocument,
    path: str | os.PathLike[str],
    *,
    scale: float | None = None,
    width: int | None = None,
    height: int | None = None,
    steps: Collection[str] | None = None,
    neighbours: bool = True,
    area: QRectF | None = None,
    theme: str = "light",
    margin: float = 40.0,
    pages: str | None = None,
) -> RenderResult:
    """Write the journey as PNG, SVG or PDF, chosen by ``path``'s extension (see
    :class:`ImageExport` for the options and errors)."""
    return ImageExport(
        document,
        path,
        scale=scale,
        width=width,
        height=height,
        steps=steps,
        neighbours=neighbours,
        area=area,
        theme=theme,
        margin=margin,
        pages=pages,
    ).run()
