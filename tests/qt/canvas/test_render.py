"""Rendering a journey to PNG and SVG, from Python and from the ``render`` command."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from journey_builder.canvas import JourneyScene, render_document
from journey_builder.document import EditableJourney
from journey_builder.document.generate import generate_journey
from journey_builder.storage.files import save_journey


def _save(tmp_path: Path, nodes: int = 30) -> Path:
    path = tmp_path / "demo.journey.json"
    save_journey(generate_journey(nodes, seed=3), path)
    return path


def test_png_has_the_drawing_size_and_content(qtbot: QtBot, tmp_path: Path) -> None:
    doc = EditableJourney(generate_journey(12, seed=1))
    out = tmp_path / "j.png"
    result = render_document(doc, out, margin=40)
    image = QImage(str(out))
    assert not image.isNull()
    content = JourneyScene(doc).content_rect()  # the drawing, as the editor shows it
    expected = (math.ceil(content.width() + 80), math.ceil(content.height() + 80))
    assert (image.width(), image.height()) == (result.width, result.height) == expected
    background = image.pixelColor(1, 1)
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20  # cards, text and edges, not a blank image
    assert background.lightnessF() > 0.85  # light theme by default


def test_scale_doubles_the_pixels(qtbot: QtBot, tmp_path: Path) -> None:
    doc = EditableJourney(generate_journey(5, seed=1))
    one = render_document(doc, tmp_path / "a.png")
    two = render_document(doc, tmp_path / "b.png", scale=2.0)
    assert abs(two.width - 2 * one.width) <= 1 and abs(two.height - 2 * one.height) <= 1


def test_dark_theme(qtbot: QtBot, tmp_path: Path) -> None:
    render_document(generate_journey(5), tmp_path / "d.png", theme="dark")
    assert QImage(str(tmp_path / "d.png")).pixelColor(1, 1).lightnessF() < 0.2


def test_svg_is_parseable_xml_with_the_journey_text(qtbot: QtBot, tmp_path: Path) -> None:
    doc = generate_journey(8, seed=2, name="Spring promo")
    result = render_document(doc, tmp_path / "j.svg")
    root = ET.parse(tmp_path / "j.svg").getroot()
    assert root.tag.endswith("svg")
    assert root.get("width") == str(result.width)
    texts = " ".join("".join(t.itertext()) for t in root.iter() if t.tag.endswith("text"))
    assert "Start" in texts and "Contact created" in texts
    title = next(t for t in root.iter() if t.tag.endswith("title"))
    assert title.text == "Spring promo"


def test_render_leaves_the_callers_document_alone(qtbot: QtBot, tmp_path: Path) -> None:
    doc = generate_journey(6)
    before = doc.to_json()
    render_document(doc, tmp_path / "x.png")
    assert doc.to_json() == before  # unplaced nodes were placed on a copy


def test_bad_extension_and_scale(qtbot: QtBot, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.png, \.svg or \.pdf"):
        render_document(generate_journey(3), tmp_path / "x.jpg")
    with pytest.raises(ValueError, match="scale"):
        render_document(generate_journey(3), tmp_path / "x.png", scale=0)
    assert list(tmp_path.iterdir()) == []


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the command must go headless by itself
    return subprocess.run(
        [sys.executable, "-m", "journey_builder", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_render_command_png_and_svg(tmp_path: Path) -> None:
    source = _save(tmp_path)
    png = tmp_path / "out.png"
    done = _cli("render", str(source), str(png))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(png)
    assert not QImage(str(png)).isNull()
    svg = tmp_path / "out.svg"
    done = _cli("render", str(source), str(svg), "--scale", "0.5", "--theme", "dark")
    assert done.returncode == 0, done.stderr
    ET.parse(svg)


def test_render_command_refusals(tmp_path: Path) -> None:
    missing = _cli("render", str(tmp_path / "nope.json"), str(tmp_path / "o.png"))
    assert missing.returncode == 2 and "no such file" in missing.stderr
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    bad = _cli("render", str(broken), str(tmp_path / "o.png"))
    assert bad.returncode == 2 and "line 1" in bad.stderr
    wrong = _cli("render", str(_save(tmp_path)), str(tmp_path / "o.gif"))
    assert wrong.returncode == 2 and ".png, .svg or .pdf" in wrong.stderr
    scale = _cli("render", str(_save(tmp_path)), str(tmp_path / "o.png"), "--scale", "-1")
    assert scale.returncode == 2
    assert not (tmp_path / "o.png").exists() and not (tmp_path / "o.gif").exists()
