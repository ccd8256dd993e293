"""The recent files list (File › Open Recent), kept in the settings."""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QSettings, Signal

__all__ = ["MAX_RECENT", "RecentFiles"]

MAX_RECENT = 10
_KEY = "files/recent"


class RecentFiles(QObject):
    """Most recent first, each path once, at most :data:`MAX_RECENT`."""

    changed = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = settings

    def paths(self) -> list[str]:
        value = self._settings.value(_KEY, [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        if not isinstance(value, list):
            return []
        return [str(p) for p in value if str(p)]

    def add(self, path: str) -> None:
        path = os.path.abspath(path)
        paths = [p for p in self.paths() if p != path]
        self._store([path, *paths][:MAX_RECENT])

    def remove(self, path: str) -> None:
        self._store([p for p in self.paths() if p != path])

    def clear(self) -> None:
        self._store([])

    def _store(self, paths: list[str]) -> None:
        self._settings.setValue(_KEY, paths)
        self._settings.sync()
        self.changed.emit()
