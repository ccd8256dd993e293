"""The line above the Preview's inputs when the journey has validation errors.

The command line refuses such a journey unless told ``--anyway``; the panel asks the same way:
it runs only after "Run anyway", which holds until another journey is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from journey_builder.ui.common.widgets import PlainLabel

__all__ = ["ErrorsBanner"]


class ErrorsBanner(QFrame):
    """How many errors the journey has, and the button that runs the preview anyway."""

    # the user chose to run the preview in spite of the errors
    runAnyway = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        self.text = PlainLabel("", self)
        self.text.setAccessibleName(self.tr("Journey errors"))
        self.anyway_button = QPushButton(self.tr("Run anyway"), self)
        self.anyway_button.setAccessibleName(self.tr("Run the preview anyway"))
        self.anyway_button.clicked.connect(self._run_anyway)
        row.addWidget(self.text, 1)
        row.addWidget(self.anyway_button)
        self._errors = 0
        # whether the user chose to run in spite of the errors
        self.anyway = False
        self.hide()

    def set_error_count(self, errors: int) -> None:
        """How many validation errors the journey has (the problems panel counts them)."""
        self._errors = errors
        self.refresh()

    def reset(self) -> None:
        """Another journey: ask again before running it with errors."""
        self.anyway = False

    def blocks(self) -> bool:
        """Whether a run asked for by the user must wait for "Run anyway"."""
        return self._errors > 0 and not self.anyway

    def refresh(self) -> None:
        """Show the count (hidden when there is no error) and the button until it was used."""
        if self._errors <= 0:
            self.hide()
            return
        self.text.setText(
            self.tr(
                "This journey has %n error(s); the preview may not match what will run.",
                "",
                self._errors,
            )
        )
        self.anyway_button.setVisible(not self.anyway)
        self.show()

    def _run_anyway(self) -> None:
        self.anyway = True
        self.refresh()
        self.runAnyway.emit()
