"""The Qt-free parts of image export: sizes and limits, the drawing plan, the PNG writer."""

from __future__ import annotations

import io
import itertools
import math
import struct
import subprocess
import sys
import zlib

import pytest

from journey_builder.canvas.export.plan import Area, UnknownStepsError, plan_drawing
from journey_builder.canvas.export.png import PNG_SIGNATURE, PngRowWriter
from journey_builder.canvas.export.sizing import (
    MAX_PNG_PIXELS,
    MAX_PNG_SIDE,
    fit_size,
    png_refusal,
)
from journey_builder.document.generate import generate_journey
from journey_builder.model import JourneyDocument

AREA = Area(-100.0, 50.0, 2900.0, 1050.0)  # 3,000 × 1,000


@pytest.mark.parametrize(
    ("kwargs", "size"),
    [
        ({}, (3000, 1000)),
        ({"scale": 0.5}, (1500, 500)),
        ({"width": 1920}, (1920, 640)),
        ({"height": 300}, (900, 300)),
        ({"width": 1920, "height": 1080}, (1920, 640)),  # the width binds
        ({"width": 1920, "height": 400}, (1200, 400)),  # the height binds
        ({"width": 1}, (1, 1)),
    ],
)
def test_fit_size_keeps_the_aspect_inside_the_box(
    kwargs: dict[str, float], size: tuple[int, int]
) -> None:
    out = fit_size(AREA, **kwargs)  # type: ignore[arg-type]
    assert (out.width, out.height) == size
    # the source area is the drawing widened to whole pixels at one uniform scale
    assert out.source.width * out.scale == pytest.approx(out.width)
    assert out.source.height * out.scale == pytest.approx(out.height)
    assert out.source.left <= AREA.left + 1e-9 and out.source.right >= AREA.right - 1e-9


def test_fit_size_refuses_nonsense() -> None:
    with pytest.raises(ValueError, match="not both"):
        fit_size(AREA, scale=1.0, width=10)
    with pytest.raises(ValueError, match="width"):
        fit_size(AREA, width=0)
    with pytest.raises(ValueError, match="scale"):
        fit_size(AREA, scale=-1.0)
    with pytest.raises(ValueError, match="scale"):
        fit_size(AREA, scale=math.nan)


def test_png_limits_say_what_to_do() -> None:
    strip = Area(0, 0, 3000, 10)
    assert png_refusal(fit_size(strip, width=MAX_PNG_SIDE)) is None
    wide = png_refusal(fit_size(strip, width=MAX_PNG_SIDE + 1))
    assert wide is not None
    assert "65,535 pixels a side" in wide and "--width 16000" in wide and ".svg or .pdf" in wide
    # within the side limit, but past the pixel count: the hint fits the count
    square = Area(0, 0, 40_000, 40_000)
    big = png_refusal(fit_size(square, scale=1.0))
    assert big is not None and "pixels (about a gigapixel)" in big
    side = int(big.split("--width ")[1].split(" ")[0])
    assert side * side <= MAX_PNG_PIXELS


def _decode_png(data: bytes) -> tuple[int, int, bytes]:
    assert data.startswith(PNG_SIGNATURE)
    pos, idat, size = len(PNG_SIGNATURE), b"", (0, 0)
    kinds = []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + body), kind
        kinds.append(kind)
        if kind == b"IHDR":
            width, height, depth, colour, *_rest = struct.unpack(">IIBBBBB", body)
            assert (depth, colour) == (8, 2)
            size = (width, height)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND"
    return size[0], size[1], zlib.decompress(idat)


def test_png_writer_writes_rows_in_parts() -> None:
    out = io.BytesIO()
    writer = PngRowWriter(out, 3, 2)
    writer.add_row([b"\x01\x02\x03", b"\x04\x05\x06\x07\x08\x09"])
    writer.add_row([memoryview(b"\xff" * 9)])
    writer.finish()
    width, height, raw = _decode_png(out.getvalue())
    assert (width, height) == (3, 2)
    assert raw == b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09" + b"\x00" + b"\xff" * 9


def test_png_writer_spreads_a_big_stream_over_chunks() -> None:
    out = io.BytesIO()
    width, height = 700, 600
    writer = PngRowWriter(out, width, height, level=0)  # stored: over a megabyte of output
    row = bytes(range(256)) * (3 * width // 256) + bytes(3 * width % 256)
    for _ in range(height):
        writer.add_row([row])
    writer.finish()
    data = out.getvalue()
    assert data.count(b"IDAT") >= 2
    assert _decode_png(data)[2] == (b"\x00" + row) * height


def test_png_writer_refuses_wrong_rows() -> None:
    writer = PngRowWriter(io.BytesIO(), 2, 1)
    with pytest.raises(ValueError, match="6 bytes"):
        writer.add_row([b"\x00" * 5])
    short = PngRowWriter(io.BytesIO(), 2, 2)
    short.add_row([b"\x00" * 6])
    with pytest.raises(ValueError, match="1 rows given"):
        short.finish()
    with pytest.raises(ValueError, match="a side"):
        PngRowWriter(io.BytesIO(), 0, 5)


def _chain(ids: list[str]) -> JourneyDocument:
    nodes = [
        {"id": node_id, "type": "delay", "data": {"amount": 1, "unit": "days"}} for node_id in ids
    ]
    nodes[0]["type"] = "start"
    for i, node in enumerate(nodes):
        node["position"] = {"x": 0, "y": 160 * i}
    edges = [
        {"id": f"e{i}", "source": a, "target": b}
        for i, (a, b) in enumerate(itertools.pairwise(ids))
    ]
    return JourneyDocument.model_validate({"definition": {"nodes": nodes, "edges": edges}})


def test_region_is_the_steps_and_their_neighbours() -> None:
    plan = plan_drawing(_chain(["a", "b", "c", "d", "e", "f", "g"]))
    part = plan.region(["c", " f "])
    assert [n.node.id for n in part.nodes] == ["b", "c", "d", "e", "f", "g"]
    # only connections among the drawn steps
    assert [(e.source, e.target) for e in part.edges] == [(1, 2), (2, 3), (3, 4), (4, 5), (5, 6)]
    extent = part.extent()
    assert extent is not None and extent.top > plan.nodes[0].y  # "a" is left out
    with pytest.raises(UnknownStepsError) as caught:
        plan.region(["c", "zz", "yy"])
    assert caught.value.missing == ["zz", "yy"]
    with pytest.raises(UnknownStepsError):
        plan.region([" "])


def test_the_plan_places_unplaced_steps_and_leaves_the_document_alone() -> None:
    doc = generate_journey(40, seed=5)
    before = doc.to_json()
    plan = plan_drawing(doc)
    assert doc.to_json() == before
    assert len(plan.placed) == 40
    # no two cards overlap, and every edge joins the cards it names
    cards = [Area(n.x, n.y, n.x + n.width, n.y + n.height) for n in plan.nodes]
    assert not any(a.intersects(b) for i, a in enumerate(cards) for b in cards[i + 1 :])
    for edge in plan.edges:
        target = plan.nodes[edge.target]
        assert edge.tip[0] == pytest.approx(target.x + target.width / 2)
    copy = plan.subset_document(doc)
    assert all(n.position is not None for n in copy.nodes)
    assert [n.id for n in copy.nodes] == [n.id for n in doc.nodes]


def test_planning_and_sizing_load_no_qt() -> None:
    code = (
        "import sys, journey_builder.canvas.export.plan, journey_builder.canvas.export.sizing, "
        "journey_builder.canvas.export.png; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
