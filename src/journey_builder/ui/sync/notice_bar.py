"""A quiet bar along the top of a journey's tab: "The server has a newer version of this
journey. [Take Theirs] [Keep Mine]" (issue 10). Non-modal: the user goes on editing, and the
bar stays until they choose or close it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QToolButton, QWidget

from journey_builder.ui.common.theme import semantic_colour
from journey_builder.ui.common.widgets import PlainLabel, plain_tooltip

__all__ = ["RemoteNewerBar"]


class RemoteNewerBar(QFrame):
    """See the module docstring. ``theirs`` holds the server's copy the offer is about."""

    takeTheirs = Signal()
    keepMine = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remote_newer_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.theirs: Any = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.setSpacing(8)
        self.text = PlainLabel("", self)
        layout.addWidget(self.text, 1)
        self.take_button = QPushButton(self)
        self.take_button.setObjectName("take_theirs")
        self.take_button.clicked.connect(self.takeTheirs)
        self.keep_button = QPushButton(self)
        self.keep_button.setObjectName("keep_mine")
        self.keep_button.clicked.connect(self.keepMine)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setText("×")
        self.close_button.clicked.connect(self.dismissed)
        for widget in (self.take_button, self.keep_button, self.close_button):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(self.tr("The server has a newer version of this journey."))
        self.take_button.setText(self.tr("Take Theirs"))
        self.take_button.setToolTip(
            plain_tooltip(self.tr("Show the server's copy here; Edit › Undo brings yours back."))
        )
        self.keep_button.setText(self.tr("Keep Mine"))
        self.keep_button.setToolTip(
            plain_tooltip(self.tr("Push your copy over the server's; their change is lost."))
        )
        self.close_button.setToolTip(self.tr("Decide later"))
        self.close_button.setAccessibleName(self.tr("Close this notice"))
        self.setAccessibleName(self.tr("The server has a newer version"))

    def paintEvent(self, event: QPaintEvent) -> None:
        """A wash of the warning colour over the window's own (follows the theme)."""
        painter = QPainter(self)
        fill = semantic_colour("warning", self.palette())
        fill.setAlpha(40)
        painter.fillRect(self.rect(), fill)
        painter.end()
        super().paintEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
