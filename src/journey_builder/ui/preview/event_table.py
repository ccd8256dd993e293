"""The event script as a table: when (from entry, "2d3h"), what, for which step, name, value.

A row is one scripted event (DESIGN §12): a wait or a question takes the first matching event
before its timeout. *Step* narrows an event to one wait, question or request; *Name* is the
custom event's name, the tag added or the field updated; *Value* the answer or the field's new
value (typed as in the contact form). Rows are kept as typed (``"2d3h"``) for the samples;
:meth:`EventTable.events` checks them and names the row that is wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_builder.errors import SimulationInputError
from journey_builder.simulation import EVENT_TYPES, parse_events
from journey_builder.ui.common.widgets import IssueLabel, PlainLabel
from journey_builder.ui.preview.contact_editor import fit_rows, parse_value, show_value
from journey_builder.ui.preview.texts import event_name

__all__ = ["AT", "EVENT", "NAME", "STEP", "VALUE", "EventTable"]

AT, EVENT, STEP, NAME, VALUE = range(5)
#: Which key of an event the Name column holds, by event type.
_NAME_KEY = {"custom": "eventName", "tag_added": "tag", "field_updated": "field"}


class EventTable(QWidget):
    """Scripted events, one per row, with buttons to add and remove rows."""

    #: The script was changed by the user.
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self._steps: list[tuple[str, str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.title = PlainLabel(self.tr("Events"), self, wrap=False)
        layout.addWidget(self.title)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("At"), self.tr("Event"), self.tr("Step"), self.tr("Name"), self.tr("Value")]
        )
        self.table.setAccessibleName(self.tr("Event script"))
        self.table.setAccessibleDescription(
            self.tr(
                "One row per event: when it happens after entry (like 2d3h), its type, the step "
                "it is for, its name (custom event, tag or field) and its value"
            )
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(EVENT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STEP, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(AT, 64)
        header.resizeSection(EVENT, 130)
        header.resizeSection(STEP, 120)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        fit_rows(self.table, QComboBox().sizeHint().height() + 2, least=1, most=5)
        self.table.itemChanged.connect(self._changed)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add event"), self)
        self.add_button.setAccessibleName(self.tr("Add an event"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected events"))
        self.remove_button.clicked.connect(self._remove_rows)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.issue = IssueLabel(self)
        layout.addWidget(self.issue)
        layout.addStretch(1)  # a taller page leaves the room below, not around the table

    # --- the steps events can be for -------------------------------------------------------------

    def steps(self) -> list[tuple[str, str]]:
        return list(self._steps)

    def set_steps(self, steps: Sequence[tuple[str, str]]) -> None:
        """The (id, title) of the steps that take events: waits, questions, requests."""
        self._steps = list(steps)
        for row in range(self.table.rowCount()):
            combo = self._combo(row, STEP)
            chosen = combo.currentData() if combo is not None else None
            self.table.setCellWidget(row, STEP, self._step_combo(chosen))

    # --- rows ------------------------------------------------------------------------------------

    def set_events(self, events: Sequence[dict[str, Any]]) -> None:
        """Show a script as typed (``at`` may be text)."""
        self._filling = True
        try:
            self.table.setRowCount(0)
            for event in events:
                self._append(event)
        finally:
            self._filling = False
        self.issue.set_issues([])

    def raw_events(self) -> list[dict[str, Any]]:
        """The rows as typed, for the samples."""
        out: list[dict[str, Any]] = []
        for row in range(self.table.rowCount()):
            kind_combo = self._combo(row, EVENT)
            kind = kind_combo.currentData() if kind_combo is not None else "custom"
            event: dict[str, Any] = {"at": self._text(row, AT).strip(), "event": kind}
            step_combo = self._combo(row, STEP)
            node = step_combo.currentData() if step_combo is not None else None
            if node:
                event["nodeId"] = node
            name = self._text(row, NAME).strip()
            if name and kind in _NAME_KEY:
                event[_NAME_KEY[kind]] = name
            value = self._text(row, VALUE)
            if value.strip():
                event["value"] = parse_value(value)
            out.append(event)
        return out

    def events(self) -> list[dict[str, Any]]:
        """The checked script; raises :class:`SimulationInputError` naming the wrong row."""
        checked: list[dict[str, Any]] = []
        for number, raw in enumerate(self.raw_events(), start=1):
            try:
                checked.extend(parse_events([raw]))
            except SimulationInputError as exc:
                detail = exc.detail
                raise SimulationInputError(
                    detail, source=self.tr("event row %1").replace("%1", str(number))
                ) from None
        return checked

    def show_issue(self, message: str | None) -> None:
        self.issue.set_issues([message] if message else [])

    def add_row(self) -> None:
        """A new event, an hour after entry, ready to edit."""
        self._filling = True
        try:
            row = self._append({"at": "1h", "event": "message_received"})
        finally:
            self._filling = False
        self.table.setCurrentCell(row, AT)
        self.table.setFocus()
        item = self.table.item(row, AT)
        if item is not None:
            self.table.editItem(item)
        self.edited.emit()

    def _append(self, event: dict[str, Any]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        at = event.get("at", "")
        self.table.setItem(row, AT, QTableWidgetItem(at if isinstance(at, str) else show_value(at)))
        kind = event.get("event")
        combo = QComboBox(self.table)
        combo.setAccessibleName(self.tr("Event type"))
        for code in EVENT_TYPES:
            combo.addItem(event_name(code), code)
        if isinstance(kind, str) and kind not in EVENT_TYPES:
            combo.addItem(kind, kind)  # kept as stored; the check says what is wrong
        index = combo.findData(kind) if isinstance(kind, str) else -1
        combo.setCurrentIndex(max(index, 0))
        combo.currentIndexChanged.connect(self._changed)
        self.table.setCellWidget(row, EVENT, combo)
        node = event.get("nodeId")
        self.table.setCellWidget(
            row, STEP, self._step_combo(node if isinstance(node, str) else None)
        )
        name_key = _NAME_KEY.get(kind) if isinstance(kind, str) else None
        name = event.get(name_key) if name_key else None
        self.table.setItem(row, NAME, QTableWidgetItem(name if isinstance(name, str) else ""))
        value = event.get("value", event.get("answer"))
        has_value = "value" in event or "answer" in event
        self.table.setItem(row, VALUE, QTableWidgetItem(show_value(value) if has_value else ""))
        return row

    def _step_combo(self, chosen: str | None) -> QComboBox:
        combo = QComboBox(self.table)
        combo.setAccessibleName(self.tr("Step the event is for"))
        combo.addItem(self.tr("Any step"), None)
        for node_id, title in self._steps:
            combo.addItem(f"{title} ({node_id})", node_id)
        if chosen is not None and combo.findData(chosen) < 0:
            combo.addItem(chosen, chosen)  # a step that is gone: kept, and the run says so
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _combo(self, row: int, column: int) -> QComboBox | None:
        widget = self.table.cellWidget(row, column)
        return widget if isinstance(widget, QComboBox) else None

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _remove_rows(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.edited.emit()

    def _changed(self, *_args: Any) -> None:
        if not self._filling:
            self.edited.emit()
