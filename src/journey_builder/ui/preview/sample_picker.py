"""Choosing, adding, duplicating, renaming and deleting a journey's named samples."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journey_builder.ui.common.widgets import muted_label

__all__ = ["SamplePicker"]


class SamplePicker(QWidget):
    """A combo of sample names and a menu of what to do with them."""

    #: The user chose the sample at this index.
    chosen = Signal(int)
    #: "new", "duplicate" or "delete".
    requested = Signal(str)
    #: The user renamed the current sample to this name.
    renamed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Sample"), self)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Sample contact"))
        self.combo.setAccessibleDescription(self.tr("The named sample to preview"))
        label.setBuddy(self.combo)
        self.combo.activated.connect(self.chosen)
        self.menu_button = QToolButton(self)
        self.menu_button.setText(self.tr("Samples ▾"))
        self.menu_button.setAccessibleName(self.tr("Manage samples"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.menu_button)
        menu.addAction(self.tr("New Sample"), lambda: self.requested.emit("new"))
        menu.addAction(self.tr("Duplicate"), lambda: self.requested.emit("duplicate"))
        menu.addAction(self.tr("Rename…"), self.ask_rename)
        self.delete_action = menu.addAction(
            self.tr("Delete"), lambda: self.requested.emit("delete")
        )
        self.menu_button.setMenu(menu)
        row.addWidget(label)
        row.addWidget(self.combo, 1)
        row.addWidget(self.menu_button)
        layout.addLayout(row)
        self.note = muted_label(
            self.tr(
                "This journey is not in the library: its samples are kept for this session only."
            ),
            self,
        )
        self.note.setObjectName("session_note")
        self.note.hide()
        layout.addWidget(self.note)

    def set_names(self, names: Sequence[str], current: int) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(list(names))
        self.combo.setCurrentIndex(current)
        self.combo.blockSignals(False)
        self.delete_action.setEnabled(len(names) > 1)

    def set_persistent(self, persistent: bool) -> None:
        """Whether the samples are saved (in the library); the note says when they are not."""
        self.note.setVisible(not persistent)

    def ask_rename(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename Sample"),
            self.tr("Name of the sample:"),
            QLineEdit.EchoMode.Normal,
            self.combo.currentText(),
        )
        if ok and name.strip():
            self.renamed.emit(name.strip())
