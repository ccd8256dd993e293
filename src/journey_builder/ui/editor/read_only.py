"""Read-only tabs: a published version shown on the canvas, which nothing can change.

Every edit of an :class:`EditableJourney` is a command pushed on its undo stack, so a stack that
refuses every push makes the journey read-only whatever asks (canvas keys, menus, inspector,
palette). The view also stops item interaction (no dragging), and a banner says what the tab
shows and offers to restore it as the draft.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QPushButton, QWidget

from journey_builder.document import EditableJourney
from journey_builder.ui.common.widgets import PlainLabel
from journey_builder.ui.editor.editor_tab import EditorTab

__all__ = ["ReadOnlyBanner", "ReadOnlyUndoStack", "attach_banner", "make_read_only"]


class ReadOnlyUndoStack(QUndoStack):
    """An undo stack that applies nothing: each push is refused (and reported)."""

    #: The text of the refused edit ("Move 2 steps").
    refused = Signal(str)

    def push(self, cmd: QUndoCommand) -> None:
        self.refused.emit(cmd.text())


def make_read_only(doc: EditableJourney) -> ReadOnlyUndoStack:
    """Swap ``doc``'s undo stack for a refusing one (before a tab is made for it)."""
    stack = ReadOnlyUndoStack(doc)
    doc.undo_stack = stack
    return stack


class ReadOnlyBanner(QFrame):
    """ "Version 3 of “X” · read-only" with Restore as Draft."""

    restoreRequested = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        self.label = PlainLabel(text, self, wrap=False)
        row.addWidget(self.label, 1)
        self.restore_button = QPushButton(self.tr("Restore as Draft"), self)
        self.restore_button.setToolTip(
            self.tr("Make this version the draft again (Undo takes it back)")
        )
        self.restore_button.clicked.connect(self.restoreRequested)
        row.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignRight)


def attach_banner(tab: EditorTab, banner: ReadOnlyBanner) -> None:
    """Put ``banner`` at the top of a read-only tab and stop the canvas's item interaction."""
    layout = tab.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(0, banner)
    tab.view.setInteractive(False)
