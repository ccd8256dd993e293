"""The find bar (Ctrl+F): type to find steps by title, summary, id or type; Enter for the next."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

from journey_builder.canvas import JourneyView
from journey_builder.ui.common.widgets import PlainLabel

__all__ = ["FindBar"]


class _FindLine(QLineEdit):
    previousRequested = Signal()
    escapePressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escapePressed.emit()
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.previousRequested.emit()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """Finds steps in a view, selects the current match and centres it."""

    closed = Signal()

    def __init__(self, view: JourneyView, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self._matches: list[str] = []
        self._index = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(6)
        self.line = _FindLine(self)
        self.line.setPlaceholderText(self.tr("Find steps by title, summary or id"))
        self.line.setAccessibleName(self.tr("Find steps"))
        self.line.setClearButtonEnabled(True)
        self.line.textChanged.connect(self._search)
        self.line.returnPressed.connect(self.next)
        self.line.previousRequested.connect(self.previous)
        self.line.escapePressed.connect(self.close_bar)
        layout.addWidget(self.line, 1)
        self.count = PlainLabel("", self, wrap=False)
        self.count.setMinimumWidth(90)
        layout.addWidget(self.count)
        for text, tip, slot in (
            ("↑", self.tr("Previous match (Shift+Enter)"), self.previous),
            ("↓", self.tr("Next match (Enter)"), self.next),
            ("×", self.tr("Close (Escape)"), self.close_bar),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            layout.addWidget(button)

    def open_bar(self) -> None:
        """Show the bar and put the cursor in it (text selected, to type over)."""
        self.show()
        self.line.setFocus()
        self.line.selectAll()
        self._search(self.line.text())

    def close_bar(self) -> None:
        self.hide()
        self.view.setFocus()
        self.closed.emit()

    def matches(self) -> list[str]:
        return list(self._matches)

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _search(self, text: str) -> None:
        self._matches = self.view.find_nodes(text)
        self._index = -1
        if self._matches:
            self._step(1)
        else:
            self.count.setText(self.tr("No matches") if text.strip() else "")

    def _step(self, direction: int) -> None:
        if not self._matches:
            return
        self._index = (self._index + direction) % len(self._matches)
        key = self._matches[self._index]
        self.view.select_keys([key])
        self.view.center_on_key(key)
        locale = QLocale()
        self.count.setText(
            self.tr("{number} of {count}").format(
                number=locale.toString(self._index + 1), count=locale.toString(len(self._matches))
            )
        )
