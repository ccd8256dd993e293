"""Names for the tab bars Qt makes when panels share a place (Library and Steps, say).

QMainWindow creates those bars itself, whenever docks are tabbed together, so nothing names
them; a screen reader would meet a nameless row of tabs. This filter names each one as Qt
readies it for showing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow, QTabBar

__all__ = ["DockTabNamer"]


class DockTabNamer(QObject):
    """Names every panel tab bar of one main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)
        self.name_all()

    def name_all(self) -> None:
        for bar in self._window.findChildren(QTabBar):
            self._name(bar)

    def _name(self, bar: QTabBar) -> None:
        if bar.parentWidget() is self._window and not bar.accessibleName():
            bar.setAccessibleName(self.tr("Panels"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildPolished:
            child = event.child()  # type: ignore[attr-defined]  # a QChildEvent
            if isinstance(child, QTabBar):
                self._name(child)
        return False
