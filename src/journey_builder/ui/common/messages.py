"""Message boxes: errors and the unsaved-changes prompt.

Every text that may come from a file (journey names, error details) is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

__all__ = ["ask_to_save", "show_error"]


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str = ""
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    return box


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    """An error message (plain text; the user's work is untouched)."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text, detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def ask_to_save(parent: QWidget | None, name: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for a journey with unsaved changes."""
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Messages", "Unsaved changes"),
        QCoreApplication.translate(
            "Messages", "Save the changes to “{name}” before closing?"
        ).format(name=name),
        QCoreApplication.translate("Messages", "If you don't save, your changes will be lost."),
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    result = box.exec()
    return QMessageBox.StandardButton(result)
