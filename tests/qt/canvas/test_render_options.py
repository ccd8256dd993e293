"""Export options: sizes, regions, PDF, banded PNGs and the limits, from Python and the CLI."""

from __future__ import annotations

import io
import math
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from journey_builder.canvas import DETAIL_THRESHOLD, JourneyScene, preset_palette
from journey_builder.canvas.export.blocks import blocks_drawing
from journey_builder.canvas.export.plan import plan_drawing
from journey_builder.canvas.export.raster import paint_tile, stream_png
from journey_builder.canvas.export.sizing import fit_size
from journey_builder.canvas.render import DETAIL_SCALE, ImageExport, render_document
from journey_builder.canvas.style import CanvasStyle
from journey_builder.document import EditableJourney
from journey_builder.document.generate import generate_journey
from journey_builder.errors import ImageTooLargeError, RenderError
from journey_builder.model import JourneyDocument
from journey_builder.storage.files import save_journey

LIGHT = CanvasStyle.from_palette(preset_palette("light"))


def _size(path: Path) -> tuple[int, int]:
    image = QImage(str(path))
    assert not image.isNull(), path
    return image.width(), image.height()


def _odd_journey() -> JourneyDocument:
    """Placed and unplaced steps, a branch, an output the step lacks, an edge to nowhere."""
    return JourneyDocument.model_validate(
        {
            "name": "Odd one",
            "definition": {
                "nodes": [
                    {"id": "start", "type": "start", "position": {"x": 0, "y": 0}, "data": {}},
                    {
                        "id": "check",
                        "type": "condition",
                        "position": {"x": 10, "y": 170},
                        "data": {"match": "all", "rules": []},
                    },
                    {"id": "mail", "type": "send_message", "data": {"channel": "email"}},
                    {"id": "wait", "type": "delay", "data": {"amount": 2, "unit": "days"}},
                    {"id": "odd", "type": "custom_thing", "position": {"x": 400, "y": 40}},
                    {"id": "done", "type": "exit", "data": {}},
                ],
                "edges": [
                    {"id": "e1", "source": "start", "target": "check"},
                    {"id": "e2", "source": "check", "sourceHandle": "yes", "target": "mail"},
                    {"id": "e3", "source": "check", "sourceHandle": "no", "target": "wait"},
                    {"id": "e4", "source": "mail", "sourceHandle": "nope", "target": "done"},
                    {"id": "e5", "source": "wait", "target": "done"},
                    {"id": "e6", "source": "odd", "target": "missing"},
                    {"id": "e7", "source": "done", "target": "check"},
                ],
            },
        }
    )


# --- sizes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "box"),
    [
        ({"width": 640}, (640, None)),
        ({"height": 300}, (None, 300)),
        ({"width": 1920, "height": 1080}, (1920, 1080)),
        ({"width": 400, "height": 50}, (400, 50)),
        ({"scale": 0.5}, (None, None)),
    ],
)
def test_every_size_option_keeps_the_aspect(
    qtbot: QtBot, tmp_path: Path, kwargs: dict[str, Any], box: tuple[int | None, int | None]
) -> None:
    doc = generate_journey(25, seed=4)
    whole = render_document(doc, tmp_path / "whole.png")
    result = render_document(doc, tmp_path / "fit.png", **kwargs)
    width, height = _size(tmp_path / "fit.png")
    assert (width, height) == (result.width, result.height)
    box_w, box_h = box
    assert box_w is None or width <= box_w
    assert box_h is None or height <= box_h
    assert (
        (box_w is not None and width == box_w)
        or (box_h is not None and height == box_h)
        or (box == (None, None))
    )
    # the same picture, smaller: the aspect is kept to within a pixel's rounding
    assert width / height == pytest.approx(whole.width / whole.height, rel=2 / min(width, height))
    assert result.scale == pytest.approx(width / whole.width, rel=2 / width)


def test_svg_and_pdf_sizes_follow_the_options(qtbot: QtBot, tmp_path: Path) -> None:
    doc = generate_journey(12, seed=2)
    svg = render_document(doc, tmp_path / "j.svg", width=800)
    root = ET.parse(tmp_path / "j.svg").getroot()
    assert (root.get("width"), root.get("height")) == (str(svg.width), str(svg.height))
    assert svg.width == 800
    pdf = render_document(doc, tmp_path / "j.pdf", width=800)
    boxes = _pdf(tmp_path / "j.pdf")["boxes"]
    assert boxes == [(600.0, math.ceil(pdf.height * 0.75))]  # whole points


# --- regions -------------------------------------------------------------------------------


def test_region_draws_only_those_steps_and_their_neighbours(qtbot: QtBot, tmp_path: Path) -> None:
    doc = generate_journey(60, seed=9)
    export = ImageExport(doc, tmp_path / "r.png", steps=["condition_4"])
    neighbours = {"condition_4"}
    ids = [n.id for n in doc.nodes]
    for edge in doc.edges:
        if edge.source == "condition_4" and edge.target in ids:
            neighbours.add(edge.target)
        if edge.target == "condition_4" and edge.source in ids:
            neighbours.add(edge.source)
    assert set(export.step_ids) == neighbours and len(neighbours) == 4
    result = export.run()
    # the image is the size of those cards, not of the journey
    whole = render_document(doc, tmp_path / "w.png")
    assert result.width < whole.width and result.height < whole.height
    # and the scene it drew holds exactly those steps
    scene = export._scene(LIGHT)
    assert {n.id for n in scene.document.document.nodes} == neighbours
    assert len(scene.edge_items) == 3  # the step's three connections, none beyond
    scene.clear()


def test_region_pixels_show_only_the_named_cards(qtbot: QtBot, tmp_path: Path) -> None:
    doc = _odd_journey()
    render_document(doc, tmp_path / "r.png", steps=["odd"], margin=0)
    image = QImage(str(tmp_path / "r.png"))
    grey = LIGHT.muted_text.name()  # an unknown type's card colour
    strip = {image.pixelColor(x, image.height() // 2).name() for x in range(image.width())}
    assert grey in strip  # the odd card's strip
    blue, purple = LIGHT.category("send_message").name(), LIGHT.category("condition").name()
    every = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    assert blue not in every and purple not in every  # no other card is drawn


def test_unknown_region_steps_are_named(qtbot: QtBot, tmp_path: Path) -> None:
    with pytest.raises(RenderError, match="no steps “ghost”, “nope”") as caught:
        render_document(_odd_journey(), tmp_path / "r.png", steps=["ghost", "start", "nope"])
    assert "start, check, mail" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


# --- the zoomed-out drawing without a scene --------------------------------------------------


def test_detail_scale_is_the_canvas_threshold() -> None:
    assert DETAIL_SCALE == DETAIL_THRESHOLD


def _scene_image(doc: JourneyDocument, scale: float) -> QImage:
    size = fit_size(_extent(doc), scale=scale)
    scene = JourneyScene(EditableJourney(JourneyDocument.model_validate(doc.to_json())), LIGHT)
    scene.show_grid = False
    image = QImage(size.width, size.height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(LIGHT.background)
    painter = QPainter(image)
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    source = size.source
    scene.render(
        painter,
        QRectF(0, 0, size.width, size.height),
        QRectF(source.left, source.top, source.width, source.height),
        Qt.AspectRatioMode.IgnoreAspectRatio,
    )
    painter.end()
    scene.clear()
    return image


def _extent(doc: JourneyDocument) -> Any:
    extent = plan_drawing(doc).extent()
    assert extent is not None
    return extent.adjusted(-40, -40, 40, 40)


def _same_share(a: QImage, b: QImage) -> float:
    a = a.convertToFormat(QImage.Format.Format_RGB888)
    b = b.convertToFormat(QImage.Format.Format_RGB888)
    assert (a.width(), a.height()) == (b.width(), b.height())
    same = sum(a.pixel(x, y) == b.pixel(x, y) for x in range(a.width()) for y in range(a.height()))
    return same / (a.width() * a.height())


@pytest.mark.parametrize("doc", [_odd_journey(), generate_journey(80, seed=3)])
def test_blocks_look_like_the_scene_zoomed_out(qtbot: QtBot, doc: JourneyDocument) -> None:
    """The plan places and draws what the scene would: same extent, nearly the same pixels."""
    scene = JourneyScene(EditableJourney(JourneyDocument.model_validate(doc.to_json())), LIGHT)
    content = scene.content_rect()
    extent = plan_drawing(doc).extent()
    assert extent is not None
    assert (extent.left, extent.top, extent.right, extent.bottom) == pytest.approx(
        (content.left(), content.top(), content.right(), content.bottom())
    )
    scene.clear()
    scale = 0.25
    size = fit_size(_extent(doc), scale=scale)
    drawn = paint_tile(
        blocks_drawing(plan_drawing(doc), LIGHT),
        size,
        LIGHT.background,
        0,
        0,
        size.width,
        size.height,
    )
    assert _same_share(drawn, _scene_image(doc, scale)) > 0.985


def test_a_zoomed_out_png_needs_no_scene(qtbot: QtBot, tmp_path: Path) -> None:
    doc = generate_journey(200, seed=1)
    small = ImageExport(doc, tmp_path / "s.png", width=600)
    assert small.size.scale < DETAIL_SCALE and not small.needs_scene
    assert ImageExport(doc, tmp_path / "b.png", scale=0.5).needs_scene
    assert ImageExport(doc, tmp_path / "v.svg", width=600).needs_scene  # vector: full detail


# --- banded PNGs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("doc", "scale", "same"),
    [
        (generate_journey(30, seed=12), 1.0, 1.0),
        (generate_journey(30, seed=12), 0.25, 1.0),
        # dashed (faulty) connections: Qt's dasher skips what lies outside each tile, so
        # their dashes may shift at a seam; all else is the same
        (_odd_journey(), 1.0, 0.995),
    ],
)
def test_bands_of_tiles_equal_one_direct_render(
    qtbot: QtBot, doc: JourneyDocument, scale: float, same: float
) -> None:
    size = fit_size(_extent(doc), scale=scale)
    if scale >= DETAIL_SCALE:
        scene = JourneyScene(EditableJourney(plan_drawing(doc).subset_document(doc)), LIGHT)
        scene.show_grid = False

        def draw(painter: QPainter, area: QRectF) -> None:
            scene.render(painter, area, area, Qt.AspectRatioMode.IgnoreAspectRatio)

        direct = _scene_image(doc, scale)
    else:
        draw = blocks_drawing(plan_drawing(doc), LIGHT)
        direct = paint_tile(draw, size, LIGHT.background, 0, 0, size.width, size.height)
    out = io.BytesIO()
    # tiles 37 px wide, bands of 5 rows: every seam falls somewhere in the drawing
    for _share in stream_png(out, draw, size, LIGHT.background, tile_width=37, band_rows=5):
        pass
    banded = QImage.fromData(out.getvalue(), "PNG")  # type: ignore[call-overload]
    assert (banded.width(), banded.height()) == (size.width, size.height)
    if same == 1.0:
        assert banded.convertToFormat(QImage.Format.Format_RGB888) == direct.convertToFormat(
            QImage.Format.Format_RGB888
        )
    else:
        assert _same_share(banded, direct) > same


def test_png_past_the_limits_is_refused_with_a_hint(qtbot: QtBot, tmp_path: Path) -> None:
    with pytest.raises(ImageTooLargeError, match=r"16000 \(or --scale") as caught:
        render_document(generate_journey(20), tmp_path / "x.png", width=70_000)
    assert "70,000 ×" in str(caught.value) and caught.value.exit_code == 2
    assert list(tmp_path.iterdir()) == []
    render_document(generate_journey(20), tmp_path / "x.svg", width=70_000)  # vector: fine


# --- PDF -------------------------------------------------------------------------------------


def _pdf(path: Path) -> dict[str, Any]:
    """Pages, page sizes and the text drawn, read from the file's own structure."""
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    pages = re.findall(rb"/Type\s*/Page\b(?!s)", data)
    boxes = [
        (float(w), float(h))
        for w, h in re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    ]
    streams = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            streams.append(zlib.decompress(match.group(1)))
        except zlib.error:
            streams.append(match.group(1))
    maps = [_to_unicode(s) for s in streams if b"beginbfrange" in s or b"beginbfchar" in s]
    texts = []
    for stream in streams:
        for block in re.findall(rb"BT(.*?)ET", stream, re.S):
            codes = [int(h, 16) for h in re.findall(rb"<([0-9A-Fa-f]+)>\s*Tj", block)]
            # (Qt maps the space glyph to a tab: any white space counts as a space)
            texts += [
                re.sub(r"\s", " ", "".join(chr(m.get(c, 0xFFFD)) for c in codes)) for m in maps
            ]
    fonts = data.count(b"/Type /Font")
    return {"pages": len(pages), "boxes": boxes, "texts": texts, "fonts": fonts}


def _to_unicode(cmap: bytes) -> dict[int, int]:
    found: dict[int, int] = {}
    for line in cmap.splitlines():
        ranged = re.match(rb"<([0-9A-F]+)>\s*<([0-9A-F]+)>\s*\[(.*)\]", line, re.I)
        if ranged:
            start = int(ranged.group(1), 16)
            for i, code in enumerate(re.findall(rb"<([0-9A-F]+)>", ranged.group(3), re.I)):
                found[start + i] = int(code, 16)
            continue
        single = re.match(rb"<([0-9A-F]+)>\s*<([0-9A-F]+)>\s*<([0-9A-F]+)>", line, re.I)
        if single:
            low, high, first = (int(g, 16) for g in single.groups())
            for i in range(high - low + 1):
                found[low + i] = first + i
            continue
        pair = re.match(rb"<([0-9A-F]+)>\s*<([0-9A-F]+)>\s*$", line, re.I)
        if pair:
            found[int(pair.group(1), 16)] = int(pair.group(2), 16)
    return found


def test_pdf_is_one_vector_page_with_the_step_text(qtbot: QtBot, tmp_path: Path) -> None:
    doc = generate_journey(30, seed=5, name="Print me")
    result = render_document(doc, tmp_path / "j.pdf", width=300)  # tiny: still full detail
    info = _pdf(tmp_path / "j.pdf")
    assert info["pages"] == 1 == result.pages
    assert info["boxes"] == [(225.0, math.ceil(result.height * 0.75))]
    assert info["fonts"] >= 1
    text = " ".join(info["texts"])
    assert "Start" in text and "Delay" in text and "Contact" in text


def test_pdf_pages_tile_the_drawing_on_a4(qtbot: QtBot, tmp_path: Path) -> None:
    doc = generate_journey(40, seed=5, name="Tiles")
    result = render_document(doc, tmp_path / "t.pdf", scale=2.0, pages="a4")
    info = _pdf(tmp_path / "t.pdf")
    inner = (595.0 - 2 * 28.3465, 842.0 - 2 * 28.3465 - 14)
    w_pt, h_pt = result.width * 0.75, result.height * 0.75
    portrait = math.ceil(w_pt / inner[0]) * math.ceil(h_pt / inner[1])
    landscape = math.ceil(w_pt / (inner[1] + 14)) * math.ceil(h_pt / (inner[0] - 14))
    assert info["pages"] == result.pages == min(portrait, landscape) > 1
    assert all(sorted(box) == pytest.approx([595.0, 842.0], abs=1) for box in info["boxes"])
    text = " ".join(info["texts"])
    assert f"page {result.pages} of {result.pages}" in text
    assert "Start" in text


def test_letter_pages_are_letter(qtbot: QtBot, tmp_path: Path) -> None:
    render_document(generate_journey(5), tmp_path / "l.pdf", pages="letter")
    assert all(
        sorted(box) == pytest.approx([612.0, 792.0], abs=1)
        for box in _pdf(tmp_path / "l.pdf")["boxes"]
    )
    with pytest.raises(ValueError, match="PDF only"):
        render_document(generate_journey(5), tmp_path / "l.png", pages="letter")


# --- the editor's way in: slices, a view's area ----------------------------------------------


def test_export_in_slices_reports_progress_and_can_stop(qtbot: QtBot, tmp_path: Path) -> None:
    doc = EditableJourney(generate_journey(30, seed=2))
    export = ImageExport(doc, tmp_path / "s.png", scale=2.0)
    shares = list(export.steps())
    assert shares[-1] == 1.0 and shares == sorted(shares)
    assert export.result is not None and _size(tmp_path / "s.png") == (
        export.result.width,
        export.result.height,
    )
    stopped = ImageExport(doc, tmp_path / "stop.png", scale=2.0).steps()
    next(stopped)
    stopped.close()  # the user cancelled: nothing is left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.png"]


def test_an_area_draws_that_part_of_the_canvas(qtbot: QtBot, tmp_path: Path) -> None:
    doc = EditableJourney(generate_journey(30, seed=2))
    result = render_document(doc, tmp_path / "a.png", area=QRectF(0, 0, 500, 250), scale=1.0)
    assert (result.width, result.height) == (500, 250)


# --- the command -------------------------------------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "journey_builder", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_render_command_sizes_regions_and_pdf(tmp_path: Path) -> None:
    source = tmp_path / "j.journey.json"
    save_journey(generate_journey(40, seed=8), source)
    png = tmp_path / "w.png"
    done = _cli("render", str(source), str(png), "--width", "500", "--height", "500")
    assert done.returncode == 0, done.stderr
    assert max(_size(png)) == 500
    region = tmp_path / "r.png"
    done = _cli("render", str(source), str(region), "--region", "start", "--scale", "1")
    assert done.returncode == 0, done.stderr
    assert _size(region)[0] < 600  # the start card and the step after it
    pdf = tmp_path / "p.pdf"
    done = _cli("render", str(source), str(pdf), "--pages", "letter", "--theme", "dark")
    assert done.returncode == 0, done.stderr
    assert _pdf(pdf)["pages"] >= 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--width", "0"], "pixels must be from 1"),
        (["--height", "-4"], "pixels must be from 1"),
        (["--width", "12.5"], "not a whole number"),
        (["--width", "wide"], "not a whole number"),
        (["--scale", "1", "--width", "10"], "not both"),
        (["--pages", "a4"], "PDF output only"),
        (["--pages", "a3"], "invalid choice"),
        (["--region", ","], "at least one step"),
        (["--region", "ghost"], "no step “ghost”"),
        (["--width", "70000"], "16000 (or --scale"),
    ],
)
def test_render_command_refuses_bad_options_with_exit_2(
    tmp_path: Path, args: list[str], message: str
) -> None:
    source = tmp_path / "j.journey.json"
    save_journey(generate_journey(10, seed=8), source)
    done = _cli("render", str(source), str(tmp_path / "o.png"), *args)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr
    assert not (tmp_path / "o.png").exists()


def test_a_zoomed_out_render_loads_no_widgets(tmp_path: Path) -> None:
    source = tmp_path / "j.journey.json"
    save_journey(generate_journey(300, seed=8), source)
    code = (
        "import sys; from journey_builder.cli import main; "
        f"code = main(['render', {str(source)!r}, {str(tmp_path / 'o.png')!r}, '--width', '400']); "
        "print(code, 'PySide6.QtWidgets' in sys.modules, 'journey_builder.sync' in sys.modules)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-3:] == ["0", "False", "False"]
    assert QColor(QImage(str(tmp_path / "o.png")).pixelColor(0, 0)) == LIGHT.background
