"""Where the app's own files are: icons, templates, desktop integration (the ``resources/`` tree).

The tree sits at the top of the source checkout (also what an editable install reads), inside a
PyInstaller bundle under ``sys._MEIPASS``, and in an installed wheel beside this module as
``journey_builder/resources/`` (setup.py copies it there; a folder without ``__init__.py`` never
shadows this module). ``JOURNEY_BUILDER_RESOURCES`` points elsewhere (a distribution package
that installs it under ``/usr/share/journey-builder``, say). Qt-free.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from journey_builder.errors import FileReadError

__all__ = [
    "ICON_SIZES",
    "RESOURCES_ENV",
    "TemplateInfo",
    "icon_path",
    "resource_path",
    "resources_dir",
    "templates",
]

RESOURCES_ENV = "JOURNEY_BUILDER_RESOURCES"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
_MARKER = Path("templates") / "index.json"

_log = logging.getLogger(__name__)


def _candidates() -> list[Path]:
    found: list[Path] = []
    override = os.environ.get(RESOURCES_ENV, "").strip()
    if override:
        found.append(Path(override).expanduser())
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):
        found.append(Path(bundle) / "resources")
    here = Path(__file__).resolve().parent
    found.append(here / "resources")  # an installed wheel
    found.append(here.parent.parent / "resources")  # the checkout: src/../resources
    found.append(Path(sys.prefix) / "share" / "journey-builder" / "resources")
    return found


def resources_dir() -> Path:
    """The resources folder; a clear error if the installation lost it."""
    candidates = _candidates()
    for path in candidates:
        if (path / _MARKER).is_file():
            return path
    looked = ", ".join(str(p) for p in candidates)
    raise FileReadError(
        f"Journey Builder's own files (icons, templates) are missing; looked in {looked}. "
        f"Reinstall the app, or set {RESOURCES_ENV} to the folder that holds them."
    )


def resource_path(*parts: str) -> Path:
    """A file under the resources folder, which must exist."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileReadError("this part of the app's own files is missing", source=str(path))
    return path


def icon_path(size: int | None = None) -> Path:
    """The app icon: the SVG, or the PNG closest to ``size`` pixels (not smaller if possible)."""
    if size is None:
        return resource_path("icons", "journey-builder.svg")
    best = next((s for s in ICON_SIZES if s >= size), ICON_SIZES[-1])
    return resource_path("icons", f"journey-builder-{best}.png")


@dataclass(frozen=True)
class TemplateInfo:
    """A journey template for "New from template": ``name`` is the journey's own name."""

    name: str
    title: str
    description: str
    path: Path
    preview: Path | None


def templates() -> list[TemplateInfo]:
    """The shipped templates, in the gallery's order (``templates/index.json``).

    An entry whose file is missing or unreadable is skipped with a warning in the log, so the
    gallery still offers the others.
    """
    folder = resources_dir() / "templates"
    index_path = folder / "index.json"
    try:
        index = json.loads(index_path.read_text(encoding="utf-8"))
        entries = index["templates"]
        if not isinstance(entries, list):
            raise TypeError("'templates' is not a list")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise FileReadError(
            f"the template list cannot be read ({exc}); reinstall the app",
            source=str(index_path),
        ) from None
    found: list[TemplateInfo] = []
    for entry in entries:
        info = _template_info(folder, entry)
        if info is not None:
            found.append(info)
    return found


def _template_info(folder: Path, entry: Any) -> TemplateInfo | None:
    if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
        _log.warning("Skipping a template entry without a file: %r", entry)
        return None
    path = folder / entry["file"]
    try:
        name = json.loads(path.read_text(encoding="utf-8")).get("name")
    except (OSError, ValueError, AttributeError) as exc:
        _log.warning("Skipping template %s: %s", path, exc)
        return None
    if not isinstance(name, str) or not name.strip():
        name = path.name.removesuffix(".journey.json").replace("-", " ").capitalize()
    preview = entry.get("preview")
    preview_path = folder / preview if isinstance(preview, str) else None
    return TemplateInfo(
        name=name,
        title=str(entry.get("title") or name),
        description=str(entry.get("description") or ""),
        path=path,
        preview=preview_path if preview_path is not None and preview_path.is_file() else None,
    )
