"""Draw a journey to a PNG or SVG file: the same scene as the editor, without a window.

Used by ``journey-builder render`` and by File › Export image. The image covers the whole
journey plus a margin, at ``scale`` pixels per canvas unit (1.0 = 100 %), in the light theme
unless told otherwise; the background grid is left out.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from journey_builder.canvas.scene import JourneyScene
from journey_builder.canvas.style import CanvasStyle, preset_palette
from journey_builder.document import EditableJourney
from journey_builder.errors import FileWriteError
from journey_builder.model import JourneyDocument
from journey_builder.storage.files import atomic_write_text

__all__ = ["IMAGE_FORMATS", "MAX_IMAGE_SIDE", "RenderResult", "render_document"]

#: File extensions render understands.
IMAGE_FORMATS = (".png", ".svg")
#: A PNG side longer than this is drawn at a smaller scale (a 10,000-step journey at 100 %
#: would need gigabytes); the result says which scale was used.
MAX_IMAGE_SIDE = 16384
_SVG_SIZE = re.compile(r'<svg width="[^"]*" height="[^"]*"')


class RenderResult:
    """What was written: the path, the pixel size and the scale actually used."""

    __slots__ = ("height", "path", "scale", "width")

    def __init__(self, path: Path, width: int, height: int, scale: float) -> None:
        self.path = path
        self.width = width
        self.height = height
        self.scale = scale

    def __repr__(self) -> str:
        return f"RenderResult({str(self.path)!r}, {self.width}x{self.height}, scale={self.scale:g})"


def _scene_for(document: EditableJourney | JourneyDocument, theme: str) -> JourneyScene:
    if isinstance(document, JourneyDocument):
        # a private copy: placing unpositioned steps must not touch the caller's document
        document = EditableJourney(JourneyDocument.model_validate(document.to_json()))
    scene = JourneyScene(document, CanvasStyle.from_palette(preset_palette(theme)))
    scene.show_grid = False
    return scene


def render_document(
    document: EditableJourney | JourneyDocument,
    path: str | os.PathLike[str],
    *,
    scale: float = 1.0,
    theme: str = "light",
    margin: float = 40.0,
) -> RenderResult:
    """Write the journey as PNG or SVG, chosen by ``path``'s extension.

    Raises ValueError for another extension or a scale that is not positive, and
    :class:`FileWriteError` when the file cannot be written (nothing is left half-written).
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in IMAGE_FORMATS:
        raise ValueError(f"cannot draw to “{target.name}”: the file name must end in .png or .svg")
    if not (scale > 0 and math.isfinite(scale)):
        raise ValueError("the scale must be a number above 0")
    scene = _scene_for(document, theme)
    content = scene.content_rect()
    if content.isEmpty():
        content = QRectF(0, 0, 1, 1)
    source = content.adjusted(-margin, -margin, margin, margin)
    if suffix == ".png":
        longest = max(source.width(), source.height()) * scale
        if longest > MAX_IMAGE_SIDE:
            scale = MAX_IMAGE_SIDE / max(source.width(), source.height())
    width = max(1, math.ceil(source.width() * scale))
    height = max(1, math.ceil(source.height() * scale))
    out = QRectF(0, 0, width, height)
    try:
        if suffix == ".png":
            _write_png(scene, source, out, target)
        else:
            name = (
                document.document.display_name
                if isinstance(document, EditableJourney)
                else document.display_name
            )
            _write_svg(scene, source, out, target, name)
    finally:
        scene.clear()
    return RenderResult(target, width, height, scale)


def _paint(scene: JourneyScene, painter: QPainter, source: QRectF, out: QRectF) -> None:
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    painter.fillRect(out, scene.canvas_style.background)
    scene.render(painter, out, source)


def _write_png(scene: JourneyScene, source: QRectF, out: QRectF, target: Path) -> None:
    image = QImage(int(out.width()), int(out.height()), QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise FileWriteError(
            "the image is too large to draw; try a smaller --scale", source=str(target)
        )
    painter = QPainter(image)
    try:
        _paint(scene, painter, source, out)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    saved = image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes, PySide wants str
    if not saved:
        raise FileWriteError("could not encode the PNG image", source=str(target))
    buffer.close()
    _write_bytes(target, bytes(data.data()))


def _write_svg(scene: JourneyScene, source: QRectF, out: QRectF, target: Path, title: str) -> None:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(int(out.width()), int(out.height())))
    generator.setViewBox(out)
    generator.setTitle(title)
    generator.setDescription("Drawn by Journey Builder")
    painter = QPainter(generator)
    try:
        _paint(scene, painter, source, out)
    finally:
        painter.end()
    buffer.close()
    text = bytes(data.data()).decode("utf-8")
    # QSvgGenerator states the size in millimetres; pixels match the PNG and the viewBox
    text = _SVG_SIZE.sub(f'<svg width="{int(out.width())}" height="{int(out.height())}"', text, 1)
    atomic_write_text(target, text)


def _write_bytes(target: Path, payload: bytes) -> None:
    """Write binary data atomically (temp file + replace), like journey files."""
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise FileWriteError("the folder does not exist", source=str(target))
    tmp = directory / f".{target.name}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FileWriteError(
            f"could not write the image ({exc.strerror or exc}); nothing was changed",
            source=str(target),
        ) from None
