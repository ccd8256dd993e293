"""The conflict dialog: the journey changed on Flownally and here; the user chooses how to go on.

With the library's base copy (the server's copy as last synced) it shows the three-way view
(:mod:`.three_way_view`: yours, last synced, the server's, one row per step, overlaps marked)
and offers **Merge Both** when the two sides changed different parts: both sets of changes in
the open tab as one undo step, then pushed. Without a base copy it says what differs between
yours and the server's. Always offered, as in DESIGN §8: keep mine (overwrite the server's
copy), take theirs (replace the draft, one Undo brings it back), keep both (mine becomes a new
journey named "NAME (my copy)"). Closing it decides nothing: the journey stays marked as in
conflict. Non-modal: :attr:`ConflictDialog.resolved` carries the choice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from journey_builder.i18n import catalogue_text
from journey_builder.model import ENTRY_MODES, TRIGGER_TYPES, JourneyDocument, label_for
from journey_builder.model.diff import JourneyDiff, diff_journeys
from journey_builder.model.merge import ThreeWay
from journey_builder.model.names import copy_name
from journey_builder.ui.common.journey_list import parse_server_time, relative_time
from journey_builder.ui.common.widgets import PlainLabel, muted_label, plain_tooltip
from journey_builder.ui.sync.three_way_view import ThreeWayView

__all__ = ["KEEP_BOTH", "KEEP_MINE", "MERGE", "TAKE_THEIRS", "ConflictDialog", "difference_rows"]

KEEP_MINE = "mine"
TAKE_THEIRS = "theirs"
KEEP_BOTH = "both"
MERGE = "merge"


def _trigger_text(doc: JourneyDocument) -> str:
    trigger = doc.effective_trigger() or {}
    label = label_for(TRIGGER_TYPES, trigger.get("type"))
    return (
        catalogue_text(label)
        if label
        else QCoreApplication.translate("ConflictDialog", "No trigger")
    )


def _entry_text(doc: JourneyDocument) -> str:
    label = label_for(ENTRY_MODES, doc.effective_entry_mode())
    return (
        catalogue_text(label) if label else QCoreApplication.translate("ConflictDialog", "Not set")
    )


def difference_rows(
    mine: JourneyDocument, theirs: JourneyDocument, diff: JourneyDiff | None = None
) -> list[tuple[str, str, str]]:
    """(what, yours, the server's) for each difference, in words."""
    diff = diff if diff is not None else diff_journeys(theirs, mine)
    d = diff.definition
    rows: list[tuple[str, str, str]] = []
    if diff.name_changed:
        rows.append(
            (
                QCoreApplication.translate("ConflictDialog", "Name"),
                mine.display_name,
                theirs.display_name,
            )
        )
    if diff.trigger_changed:
        rows.append(
            (
                QCoreApplication.translate("ConflictDialog", "Trigger"),
                _trigger_text(mine),
                _trigger_text(theirs),
            )
        )
    if diff.entry_mode_changed:
        rows.append(
            (
                QCoreApplication.translate("ConflictDialog", "Entry mode"),
                _entry_text(mine),
                _entry_text(theirs),
            )
        )
    if d.added_nodes or d.removed_nodes or d.changed_nodes:
        parts = []
        if d.added_nodes:
            parts.append(
                QCoreApplication.translate("ConflictDialog", "{count} only in yours").format(
                    count=len(d.added_nodes)
                )
            )
        if d.removed_nodes:
            parts.append(
                QCoreApplication.translate("ConflictDialog", "{count} only on the server").format(
                    count=len(d.removed_nodes)
                )
            )
        if d.changed_nodes:
            parts.append(
                QCoreApplication.translate("ConflictDialog", "{count} set up differently").format(
                    count=len(d.changed_nodes)
                )
            )
        steps = QCoreApplication.translate("ConflictDialog", "{count} steps")
        rows.append(
            (
                QCoreApplication.translate("ConflictDialog", "Steps"),
                steps.format(count=len(mine.nodes)),
                steps.format(count=len(theirs.nodes)),
            )
        )
        rows.append(("", "; ".join(parts), ""))
    if d.added_edges or d.removed_edges:
        rows.append(
            (
                QCoreApplication.translate("ConflictDialog", "Connections"),
                QCoreApplication.translate("ConflictDialog", "{count} only in yours").format(
                    count=len(d.added_edges)
                ),
                QCoreApplication.translate("ConflictDialog", "{count} only on the server").format(
                    count=len(d.removed_edges)
                ),
            )
        )
    if d.moved_nodes and not d.differs:
        rows.append(
            (
                QCoreApplication.translate("ConflictDialog", "Layout"),
                QCoreApplication.translate(
                    "ConflictDialog", "{count} steps placed differently"
                ).format(count=len(d.moved_nodes)),
                "",
            )
        )
    for name in diff.other_fields:
        rows.append((name, QCoreApplication.translate("ConflictDialog", "differs"), ""))
    return rows


class ConflictDialog(QDialog):
    """See the module docstring; ``resolved`` is emitted with KEEP_MINE, TAKE_THEIRS,
    KEEP_BOTH or MERGE."""

    resolved = Signal(str)

    def __init__(
        self,
        mine: JourneyDocument,
        theirs: JourneyDocument,
        *,
        server_time: str | None = None,
        view: ThreeWay | None = None,
        copy_as: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("Both copies changed"))
        self.choice: str | None = None
        self.view = view
        self.diff = diff_journeys(theirs, mine)
        #: (what, yours, the server's): the two-way summary (shown when there is no base copy).
        self.rows = difference_rows(mine, theirs, self.diff)
        self.three_way: ThreeWayView | None = None
        self._descriptions: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        headline = PlainLabel(
            self.tr("“{name}” changed on Flownally and here").format(name=mine.display_name),
            self,
            wrap=False,
        )
        font = headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        headline.setFont(font)
        layout.addWidget(headline)
        layout.addWidget(PlainLabel(self._explanation(server_time), self))
        if view is not None:
            self.three_way = ThreeWayView(view, self)
            layout.addWidget(self.three_way, 1)
        else:
            layout.addWidget(self._differences())
        choices = QGridLayout()
        choices.setHorizontalSpacing(12)
        choices.setVerticalSpacing(8)
        self.merge = self._choice(choices, self.tr("Merge Both"), self._merge_text(), MERGE)
        self.merge.setEnabled(view is not None and view.mergeable)
        if view is None:
            self.merge.hide()
            self._descriptions[MERGE].hide()
        self.keep_mine = self._choice(
            choices,
            self.tr("Keep Mine"),
            self.tr("Push your version over the server's copy. Their change is lost."),
            KEEP_MINE,
        )
        self.take_theirs = self._choice(
            choices,
            self.tr("Take Theirs"),
            self.tr("Replace your draft with the server's copy. Edit › Undo brings yours back."),
            TAKE_THEIRS,
        )
        name = copy_as or copy_name(mine.display_name, ())
        self.keep_both = self._choice(
            choices,
            self.tr("Keep Both"),
            self.tr(
                "Yours becomes a new journey on the server, “{name}”; theirs comes into your "
                "library."
            ).format(name=name),
            KEEP_BOTH,
        )
        choices.setColumnStretch(1, 1)
        layout.addSpacing(4)
        layout.addLayout(choices)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Decide Later"))
        cancel.setToolTip(self.tr("Close; the journey stays marked as in conflict"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.merge if self.merge.isEnabled() else self.take_theirs).setFocus()
        self.setMinimumWidth(640)
        if view is not None:
            self.resize(820, 620)

    def _explanation(self, server_time: str | None) -> str:
        moment = relative_time(parse_server_time(server_time))
        if self.view is None:
            if moment:
                return self.tr(
                    "Someone saved a change to this journey on the server since you last synced "
                    "(the server's copy was saved {moment}), and you have edits that are not "
                    "pushed. Nothing has been overwritten."
                ).format(moment=moment)
            return self.tr(
                "Someone saved a change to this journey on the server since you last synced, "
                "and you have edits that are not pushed. Nothing has been overwritten."
            )
        if self.view.mergeable:
            return self.tr(
                "Since you last synced, the server's copy and yours changed different parts of "
                "this journey, so both sets of changes can be kept. Nothing has been overwritten."
            )
        return self.tr(
            "Since you last synced, the server's copy and yours changed the same parts of this "
            "journey (marked ⚠). Choose which copy to keep. Nothing has been overwritten."
        )

    def _merge_text(self) -> str:
        if self.view is not None and not self.view.mergeable:
            return self.tr("Not possible: both copies changed the parts marked ⚠.")
        return self.tr(
            "Put the server's changes and yours together in the open journey (Edit › Undo "
            "takes it back), then push."
        )

    def _differences(self) -> QWidget:
        frame = QFrame(self)
        frame.setObjectName("differences")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        header_font = self.font()
        header_font.setBold(True)
        headers = (self.tr("What differs"), self.tr("Yours"), self.tr("On the server"))
        for column, text in enumerate(headers):
            label = QLabel(text, frame)
            label.setFont(header_font)
            grid.addWidget(label, 0, column)
        if not self.rows:
            grid.addWidget(
                muted_label(self.tr("Only sync details differ: the content is the same.")),
                1,
                0,
                1,
                3,
            )
        for row, (what, yours, theirs_text) in enumerate(self.rows, start=1):
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
        button.setToolTip(plain_tooltip(description))
        button.clicked.connect(lambda _checked=False, v=value: self.choose(v))
        label = muted_label(description, self, small=False)
        self._descriptions[value] = label
        grid.addWidget(button, row, 0)
        grid.addWidget(label, row, 1)
        return button

    def description(self, value: str) -> str:
        """The sentence beside a choice's button."""
        return self._descriptions[value].text()

    def choose(self, value: str) -> None:
        """Decide (the buttons call this); closes the dialog."""
        if value == MERGE and not self.merge.isEnabled():
            return
        self.choice = value
        self.accept()
        self.resolved.emit(value)
