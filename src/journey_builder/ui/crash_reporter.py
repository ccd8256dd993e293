"""Tells the user about an unexpected error instead of vanishing: the crash hook (any thread)
hands the message over a queued signal, and the GUI thread shows it once at a time."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from journey_builder.ui.dialogs import show_error

__all__ = ["CrashReporter"]


class CrashReporter(QObject):
    """Call :meth:`report` from any thread; a message box appears in the GUI thread."""

    crashed = Signal(str)

    def __init__(self, window: QWidget | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._window = window
        self._showing = False
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, message: str) -> None:
        self.crashed.emit(message)

    @Slot(str)
    def _show(self, message: str) -> None:
        if self._showing:  # one box at a time; the log has every error
            return
        self._showing = True
        try:
            show_error(self._window, "Something went wrong", message)
        finally:
            self._showing = False
