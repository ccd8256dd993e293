"""Tells the user about an unexpected error instead of vanishing: the crash hook (any thread)
hands the message over a queued signal, and the GUI thread shows it, one box at a time.

The box says what happened in one sentence, that the work is safe (edits go to the library as
they are made) and where the log is, with a button that opens the log folder. It does not block
the event loop (``open``, not ``exec``), so autosave and the rest keep running behind it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from journey_builder.model.texts import QT_TRANSLATE_NOOP
from journey_builder.ui.shell.help_dialogs import open_log_folder

__all__ = ["CRASH_TEXT", "CrashReporter"]

#: The box's first line: what happened, in one sentence.
CRASH_TEXT = QT_TRANSLATE_NOOP(
    "CrashReporter", "An unexpected error stopped what Journey Builder was doing."
)


class CrashReporter(QObject):
    """Call :meth:`report` from any thread; a message box appears in the GUI thread."""

    crashed = Signal(str)

    def __init__(self, window: QWidget | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._window = window
        #: The box on screen, if any (one at a time; the log has every error).
        self.box: QMessageBox | None = None
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def set_window(self, window: QWidget) -> None:
        """The window the box belongs to (and is centred on)."""
        self._window = window

    def report(self, message: str) -> None:
        self.crashed.emit(message)

    @Slot(str)
    def _show(self, message: str) -> None:
        if self.box is not None:
            return
        box = QMessageBox(self._window)
        box.setObjectName("crash_box")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Something went wrong"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr(CRASH_TEXT))
        box.setInformativeText(message)
        self.open_log_button = box.addButton(
            self.tr("Open Log Folder"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(self._clicked)
        box.finished.connect(self._closed)
        self.box = box
        box.open()

    def _clicked(self, button: object) -> None:
        if button is self.open_log_button:
            open_log_folder(self._window)

    def _closed(self, _result: int) -> None:
        self.box = None
