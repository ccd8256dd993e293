"""The two message boxes sync uses: a Yes/No question whose Yes says what will happen, and a
warning. Callers pass texts already translated (they hold the sentences, with their context).

Questions stay modal on purpose: they come before anything that affects live contacts
(activate, pause, delete), when the user asked for it. Nothing that happens in the background
(the offline queue, polling) uses these: it says so in the status bar or a non-modal notice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

__all__ = ["ask", "message_box"]


def ask(parent: QWidget | None, title: str, text: str, detail: str, confirm: str) -> bool:
    """A Yes/No question whose Yes button says what will happen ("Activate")."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(confirm)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return bool(box.exec() == QMessageBox.StandardButton.Yes)


def message_box(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    """A warning with OK (a refusal the user has to read now: a missing scope, say)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
