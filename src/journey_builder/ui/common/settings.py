"""Where the editor keeps its preferences (recent files, theme, window layout).

Tests and screenshots must never touch the user's real settings, so a path can be given, or set
in ``JOURNEY_BUILDER_SETTINGS``; the file is then an INI file at that path.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

__all__ = ["SETTINGS_ENV", "open_settings"]

SETTINGS_ENV = "JOURNEY_BUILDER_SETTINGS"


def open_settings(path: str | os.PathLike[str] | None = None) -> QSettings:
    """The settings store: an INI file at ``path`` (or $JOURNEY_BUILDER_SETTINGS), else the OS's."""
    location = os.fspath(path) if path is not None else os.environ.get(SETTINGS_ENV)
    if location:
        return QSettings(location, QSettings.Format.IniFormat)
    return QSettings("Flownally", "Journey Builder")
