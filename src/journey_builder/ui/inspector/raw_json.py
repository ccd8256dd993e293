"""A JSON text editor with an explicit Apply: for node types and fields the app does not know.

Nothing is applied until the text is valid JSON of the expected kind; otherwise a clear message
says what is wrong and where, and the node keeps its data.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from journey_builder.ui.common.widgets import IssueLabel, mono_font, muted_label

__all__ = ["RawJsonEditor"]


class RawJsonEditor(QWidget):
    """Edit a JSON object as text; ``applied`` carries the new object after a valid Apply."""

    applied = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, lines: int = 10, hint: str = ""):
        super().__init__(parent)
        self._value: dict[str, Any] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        if hint:
            layout.addWidget(muted_label(hint, self))
        self.box = QPlainTextEdit(self)
        self.box.setFont(mono_font())
        self.box.setTabChangesFocus(True)
        self.box.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.box.setMinimumHeight(self.box.fontMetrics().lineSpacing() * lines + 14)
        self.box.setAccessibleName(self.tr("JSON"))
        self.box.textChanged.connect(self._on_text)
        layout.addWidget(self.box)
        self.error = IssueLabel(self)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setToolTip(self.tr("Show the data as it is now"))
        self.revert_button.clicked.connect(self.revert)
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setToolTip(self.tr("Apply the JSON (Ctrl+Enter)"))
        self.apply_button.clicked.connect(self.apply)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)
        layout.addLayout(buttons)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.box)
        shortcut.activated.connect(self.apply)
        self._set_dirty(False)

    def set_value(self, value: dict[str, Any]) -> None:
        """Show ``value`` (replacing unapplied text only when the value itself changed)."""
        if value == self._value and self.box.toPlainText():
            return
        self._value = dict(value)
        self.revert()

    def value(self) -> dict[str, Any]:
        return dict(self._value)

    def revert(self) -> None:
        self.box.setPlainText(json.dumps(self._value, indent=2, ensure_ascii=False))
        self.error.set_issues([])
        self._set_dirty(False)

    def apply(self) -> bool:
        """Apply the text if it is a valid JSON object; say why not otherwise."""
        text = self.box.toPlainText()
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError as exc:
            self.error.set_issues(
                [
                    self.tr(
                        "Not applied: the text is not valid JSON ({error} at line {line}, "
                        "column {column}). Nothing was changed."
                    ).format(error=exc.msg, line=exc.lineno, column=exc.colno)
                ]
            )
            return False
        if not isinstance(parsed, dict):
            self.error.set_issues(
                [
                    self.tr(
                        "Not applied: the settings must be a JSON object ({ … }). Nothing was "
                        "changed."
                    )
                ]
            )
            return False
        self.error.set_issues([])
        self._value = parsed
        self._set_dirty(False)
        self.applied.emit(dict(parsed))
        return True

    def _on_text(self) -> None:
        current = json.dumps(self._value, indent=2, ensure_ascii=False)
        self._set_dirty(self.box.toPlainText() != current)

    def _set_dirty(self, dirty: bool) -> None:
        self.apply_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
