"""The resource locator (source tree, bundle, override) and the desktop-integration files."""

from __future__ import annotations

import configparser
import json
import logging
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from journey_builder import resources
from journey_builder.errors import FileReadError
from journey_builder.resources import (
    ICON_SIZES,
    icon_path,
    resource_path,
    resources_dir,
    templates,
)

SOURCE_TREE = Path(__file__).resolve().parents[2] / "resources"
APP_ID = "com.flownally.JourneyBuilder"


def _fake_tree(root: Path, entries: list[dict[str, str]] | str) -> Path:
    (root / "templates").mkdir(parents=True)
    index = entries if isinstance(entries, str) else json.dumps({"templates": entries})
    (root / "templates" / "index.json").write_text(index, encoding="utf-8")
    return root


@pytest.fixture(autouse=True)
def _no_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(resources.RESOURCES_ENV, raising=False)


def test_the_source_tree_is_found() -> None:
    assert resources_dir() == SOURCE_TREE


def test_the_environment_override_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tree = _fake_tree(tmp_path / "share", [])
    monkeypatch.setenv(resources.RESOURCES_ENV, str(tree))
    assert resources_dir() == tree


def test_a_pyinstaller_bundle_uses_its_own_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_tree(tmp_path / "_internal" / "resources", [])
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert resources_dir() == tmp_path / "_internal" / "resources"


def test_missing_resources_say_where_we_looked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources, "_candidates", lambda: [tmp_path / "nowhere"])
    with pytest.raises(FileReadError) as caught:
        resources_dir()
    message = str(caught.value)
    assert "own files (icons, templates) are missing" in message
    assert str(tmp_path / "nowhere") in message
    assert resources.RESOURCES_ENV in message
    assert caught.value.exit_code == 2


def test_a_missing_resource_file_is_named() -> None:
    with pytest.raises(FileReadError, match=r"no-such-file\.png"):
        resource_path("icons", "no-such-file.png")


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def test_icons_exist_in_every_size() -> None:
    assert icon_path().suffix == ".svg"
    ET.parse(icon_path())  # well-formed SVG
    for size in ICON_SIZES:
        assert _png_size(icon_path(size)) == (size, size)
    assert icon_path(20).name == "journey-builder-32.png"
    assert icon_path(4000).name == "journey-builder-512.png"


def test_windows_and_macos_icons_are_real_icon_files() -> None:
    ico = resource_path("icons", "journey-builder.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    icns = resource_path("icons", "journey-builder.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_templates_skip_an_entry_whose_file_is_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    tree = _fake_tree(
        tmp_path,
        [
            {"file": "gone.journey.json", "title": "Gone", "description": "Lost."},
            {"file": "here.journey.json", "description": "Still here.", "preview": "p.png"},
        ],
    )
    (tree / "templates" / "here.journey.json").write_text('{"name": "Here"}', encoding="utf-8")
    monkeypatch.setenv(resources.RESOURCES_ENV, str(tree))
    with caplog.at_level(logging.WARNING, logger="journey_builder.resources"):
        infos = templates()
    assert [(t.name, t.title, t.description, t.preview) for t in infos] == [
        ("Here", "Here", "Still here.", None)
    ]
    assert "gone.journey.json" in caplog.text


def test_a_broken_template_index_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(resources.RESOURCES_ENV, str(_fake_tree(tmp_path, '{"templates": 3}')))
    with pytest.raises(FileReadError, match="the template list cannot be read"):
        templates()


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(SOURCE_TREE / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_opens_journey_files_in_the_editor() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Journey Builder"
    assert entry["Exec"] == "journey-builder open %f"
    assert entry["Icon"] == APP_ID
    mime = ET.parse(SOURCE_TREE / "linux" / f"{APP_ID}.mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime_type = mime.find("m:mime-type", ns)
    assert mime_type is not None
    assert entry["MimeType"] == f"{mime_type.get('type')};"
    glob = mime_type.find("m:glob", ns)
    assert glob is not None and glob.get("pattern") == "*.journey.json"


def test_the_appstream_metainfo_matches_the_desktop_entry() -> None:
    root = ET.parse(SOURCE_TREE / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    for tag in ("id", "name", "summary", "metadata_license", "project_license", "description"):
        assert root.find(tag) is not None, tag
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("provides/binary") == "journey-builder"
    from journey_builder import __version__

    release = root.find("releases/release")
    assert release is not None and release.get("version") == __version__
