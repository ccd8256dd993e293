"""The conflict dialog: the journey changed on Flownally and here; the user chooses how to go on.

It says what differs (steps added, removed and changed, connections, name, trigger, entry mode:
yours compared with the server's) and offers the three ways out of DESIGN §8: keep mine
(overwrite the server's copy), take theirs (replace the draft, one Undo brings it back), keep
both (mine becomes a new journey). Closing it decides nothing: the journey stays marked as in
conflict. Non-modal: :attr:`ConflictDialog.resolved` carries the choice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journey_builder.model import ENTRY_MODES, TRIGGER_TYPES, JourneyDocument, label_for
from journey_builder.model.diff import JourneyDiff, diff_journeys
from journey_builder.ui.common.journey_list import parse_server_time, relative_time
from journey_builder.ui.common.widgets import PlainLabel, muted_label

__all__ = ["KEEP_BOTH", "KEEP_MINE", "TAKE_THEIRS", "ConflictDialog", "difference_rows"]

KEEP_MINE = "mine"
TAKE_THEIRS = "theirs"
KEEP_BOTH = "both"


def _trigger_text(doc: JourneyDocument) -> str:
    trigger = doc.effective_trigger() or {}
    return label_for(TRIGGER_TYPES, trigger.get("type")) or "No trigger"


def _entry_text(doc: JourneyDocument) -> str:
    return label_for(ENTRY_MODES, doc.effective_entry_mode()) or "Not set"


def difference_rows(
    mine: JourneyDocument, theirs: JourneyDocument, diff: JourneyDiff | None = None
) -> list[tuple[str, str, str]]:
    """(what, yours, the server's) for each difference, in words."""
    diff = diff if diff is not None else diff_journeys(theirs, mine)
    d = diff.definition
    rows: list[tuple[str, str, str]] = []
    if diff.name_changed:
        rows.append(("Name", mine.display_name, theirs.display_name))
    if diff.trigger_changed:
        rows.append(("Trigger", _trigger_text(mine), _trigger_text(theirs)))
    if diff.entry_mode_changed:
        rows.append(("Entry mode", _entry_text(mine), _entry_text(theirs)))
    if d.added_nodes or d.removed_nodes or d.changed_nodes:
        parts = []
        if d.added_nodes:
            parts.append(f"{len(d.added_nodes)} only in yours")
        if d.removed_nodes:
            parts.append(f"{len(d.removed_nodes)} only on the server")
        if d.changed_nodes:
            parts.append(f"{len(d.changed_nodes)} set up differently")
        rows.append(("Steps", f"{len(mine.nodes)} steps", f"{len(theirs.nodes)} steps"))
        rows.append(("", "; ".join(parts), ""))
    if d.added_edges or d.removed_edges:
        rows.append(
            (
                "Connections",
                f"{len(d.added_edges)} only in yours",
                f"{len(d.removed_edges)} only on the server",
            )
        )
    if d.moved_nodes and not d.differs:
        rows.append(("Layout", f"{len(d.moved_nodes)} steps placed differently", ""))
    for name in diff.other_fields:
        rows.append((name, "differs", ""))
    return rows


class ConflictDialog(QDialog):
    """See the module docstring; ``resolved`` is emitted with KEEP_MINE, TAKE_THEIRS or KEEP_BOTH."""

    resolved = Signal(str)

    def __init__(
        self,
        mine: JourneyDocument,
        theirs: JourneyDocument,
        *,
        server_time: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle("Both copies changed")
        self.choice: str | None = None
        self.diff = diff_journeys(theirs, mine)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        headline = PlainLabel(
            f"“{mine.display_name}” changed on Flownally and here", self, wrap=False
        )
        font = headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        headline.setFont(font)
        layout.addWidget(headline)
        moment = relative_time(parse_server_time(server_time))
        when = f" (the server's copy was saved {moment})" if moment else ""
        layout.addWidget(
            PlainLabel(
                "Someone saved a change to this journey on the server since you last synced, "
                f"and you have edits that are not pushed{when}. Nothing has been overwritten."
            )
        )
        layout.addWidget(self._differences(mine, theirs))
        choices = QGridLayout()
        choices.setHorizontalSpacing(12)
        choices.setVerticalSpacing(8)
        self.keep_mine = self._choice(
            choices,
            "Keep Mine",
            "Push your version over the server's copy. Their change is lost.",
            KEEP_MINE,
        )
        self.take_theirs = self._choice(
            choices,
            "Take Theirs",
            "Replace your draft with the server's copy. Edit › Undo brings yours back.",
            TAKE_THEIRS,
        )
        self.keep_both = self._choice(
            choices,
            "Keep Both",
            "Yours becomes a new journey on the server; theirs comes into your library.",
            KEEP_BOTH,
        )
        choices.setColumnStretch(1, 1)
        layout.addSpacing(4)
        layout.addLayout(choices)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText("Decide Later")
        cancel.setToolTip("Close; the journey stays marked as in conflict")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.take_theirs.setFocus()
        self.setMinimumWidth(600)

    def _differences(self, mine: JourneyDocument, theirs: JourneyDocument) -> QWidget:
        frame = QFrame(self)
        frame.setObjectName("differences")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        rows = difference_rows(mine, theirs, self.diff)
        self.rows = rows
        header_font = self.font()
        header_font.setBold(True)
        for column, text in enumerate(("What differs", "Yours", "On the server")):
            label = QLabel(text, frame)
            label.setFont(header_font)
            grid.addWidget(label, 0, column)
        if not rows:
            grid.addWidget(
                muted_label("Only sync details differ: the content is the same."), 1, 0, 1, 3
            )
        for row, (what, yours, theirs_text) in enumerate(rows, start=1):
            grid.addWidget(muted_label(what, frame, small=False), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(PlainLabel(yours, frame), row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(PlainLabel(theirs_text, frame), row, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        return frame

    def _choice(self, grid: QGridLayout, title: str, description: str, value: str) -> QPushButton:
        """One way out: a button, and what it does beside it."""
        row = grid.rowCount()
        button = QPushButton(title, self)
        button.setObjectName(f"choice_{value}")
        button.setAutoDefault(False)
        button.setToolTip(description)
        button.clicked.connect(lambda _checked=False, v=value: self.choose(v))
        grid.addWidget(button, row, 0)
        grid.addWidget(muted_label(description, self, small=False), row, 1)
        return button

    def choose(self, value: str) -> None:
        """Decide (the buttons call this); closes the dialog."""
        self.choice = value
        self.accept()
        self.resolved.emit(value)
