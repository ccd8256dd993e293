"""The wheel's list of resources (pyproject's package data, copied in by setup.py) holds every
file the app looks for; `make wheel-test` builds and installs the real thing."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from journey_builder import resources
from journey_builder.resources import ICON_SIZES, resources_dir

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def setup_py() -> ModuleType:
    spec = importlib.util.spec_from_file_location("jb_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # not __main__: setup() is not called
    return module


def _needed() -> set[Path]:
    """Every file of resources/ that journey_builder.resources (and the desktop) reads."""
    folder = resources_dir()
    needed = {folder / "templates" / "index.json", folder / "icons" / "journey-builder.svg"}
    needed.update(folder / "icons" / f"journey-builder-{size}.png" for size in ICON_SIZES)
    needed.update(folder / "icons" / f"journey-builder.{ext}" for ext in ("ico", "icns"))
    needed.update((folder / "linux").iterdir())
    index = json.loads((folder / "templates" / "index.json").read_text(encoding="utf-8"))
    for entry in index["templates"]:
        needed.add(folder / "templates" / entry["file"])
        needed.add(folder / "templates" / entry["preview"])
    return {p.relative_to(ROOT) for p in needed}


def test_the_wheel_takes_every_file_the_app_reads(
    setup_py: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(resources.RESOURCES_ENV, raising=False)
    assert resources_dir() == ROOT / "resources"
    shipped = set(setup_py.resource_files())
    missing = sorted(str(p) for p in _needed() - shipped)
    assert not missing, f"not in the wheel: {missing}"
    assert all(p.parts[0] == "resources" for p in shipped)


def test_an_installed_wheel_is_found_beside_the_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What the wheel installs: journey_builder/resources.py and journey_builder/resources/.
    installed = tmp_path / "site-packages" / "journey_builder"
    (installed / "resources" / "templates").mkdir(parents=True)
    (installed / "resources" / "templates" / "index.json").write_text('{"templates": []}')
    monkeypatch.delenv(resources.RESOURCES_ENV, raising=False)
    monkeypatch.setattr(resources, "__file__", str(installed / "resources.py"))
    assert resources_dir() == installed / "resources"


def test_the_sdist_carries_the_resources_too() -> None:
    lines = (ROOT / "MANIFEST.in").read_text(encoding="utf-8").splitlines()
    assert "graft resources" in lines
