"""The three-way view of a conflict (issue 10): yours, the last synced copy and the server's,
side by side, one row per step, connection and journey setting that either side changed.

Each row says what each side did (added, removed, changed, moved); a row both sides changed
differently (an *overlap*: the merge cannot choose) is marked ⚠, in the warning colour, with
the reason as its tooltip. Steps and connections nobody changed are counted in their group's
heading, not listed, so a 10,000-step journey shows only what matters.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from journey_builder.i18n import catalogue_text, node_title_text, phrase_text
from journey_builder.model import ENTRY_MODES, TRIGGER_TYPES, label_for
from journey_builder.model.journey import Node
from journey_builder.model.merge import Change, EdgeRow, FieldRow, Overlap, StepRow, ThreeWay
from journey_builder.model.sync_case import ABSENT
from journey_builder.ui.common.theme import semantic_colour
from journey_builder.ui.common.widgets import plain_tooltip

__all__ = ["ThreeWayView", "change_text"]

_VALUE_CHARS = 60


def change_text(change: Change) -> str:
    """What one side did, in words."""
    if change is Change.ADDED:
        return QCoreApplication.translate("ThreeWayView", "added")
    if change is Change.REMOVED:
        return QCoreApplication.translate("ThreeWayView", "removed")
    if change is Change.CHANGED:
        return QCoreApplication.translate("ThreeWayView", "changed")
    if change is Change.MOVED:
        return QCoreApplication.translate("ThreeWayView", "moved")
    return QCoreApplication.translate("ThreeWayView", "unchanged")


def _absent() -> str:
    return QCoreApplication.translate("ThreeWayView", "—")


def _field_label(key: str) -> str:
    if key == "name":
        return QCoreApplication.translate("ThreeWayView", "Name")
    if key == "triggerConfig":
        return QCoreApplication.translate("ThreeWayView", "Trigger")
    if key == "entryMode":
        return QCoreApplication.translate("ThreeWayView", "Entry mode")
    return key


def _value_text(key: str, value: Any) -> str:
    """A journey setting's value, short (what a person recognises, not the JSON)."""
    if value is ABSENT or value is None:
        return _absent()
    if key == "triggerConfig" and isinstance(value, dict):
        label = label_for(TRIGGER_TYPES, value.get("type"))
        if label:
            return catalogue_text(label)
    if key == "entryMode" and isinstance(value, str):
        label = label_for(ENTRY_MODES, value)
        if label:
            return catalogue_text(label)
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= _VALUE_CHARS else text[: _VALUE_CHARS - 1] + "…"


def _step_title(node: Node | None) -> str:
    return node_title_text(node.type, node.data) if node is not None else _absent()


class ThreeWayView(QTreeWidget):
    """See the module docstring; :meth:`rows` gives the rows as a reader sees them."""

    def __init__(self, view: ThreeWay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("three_way_view")
        self.view = view
        self.setColumnCount(4)
        self.setHeaderLabels(
            [self.tr("What"), self.tr("Yours"), self.tr("Last synced"), self.tr("On the server")]
        )
        self.setAccessibleName(self.tr("Changes in your copy and on the server"))
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._overlaps = {(o.kind, o.key): o for o in view.overlaps}
        self._warning = semantic_colour("warning", self.palette())
        self._quiet = self.palette().color(QPalette.ColorRole.PlaceholderText)
        self._fill()
        self.expandAll()
        for column in (1, 2, 3):  # as wide as their texts, with room between them
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column) + 24, 280))

    # --- building --------------------------------------------------------------------------------

    def _fill(self) -> None:
        fields = [r for r in self.view.fields if r.mine_changed or r.theirs_changed]
        steps = [r for r in self.view.steps if r.mine_changed or r.theirs_changed]
        edges = [r for r in self.view.edges if r.mine_changed or r.theirs_changed]
        if fields:
            group = self._group(self.tr("Journey settings"))
            for field_row in fields:
                self._add_field(group, field_row)
        total = len(self.view.steps)
        group = self._group(
            self.tr("Steps: {changed} of {total} changed").format(changed=len(steps), total=total)
        )
        for step_row in steps:
            self._add_step(group, step_row)
        if edges:
            group = self._group(
                self.tr("Connections: {changed} changed").format(changed=len(edges))
            )
            for edge_row in edges:
                self._add_edge(group, edge_row)

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title])
        item.setFirstColumnSpanned(True)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _row(
        self, group: QTreeWidgetItem, texts: list[str], overlap: Overlap | None
    ) -> QTreeWidgetItem:
        if overlap is not None:
            texts = ["⚠ " + texts[0], *texts[1:]]
        item = QTreeWidgetItem(group, texts)
        item.setData(0, Qt.ItemDataRole.UserRole, overlap is not None)
        quiet = (change_text(Change.NONE), _absent())
        for column in (1, 2, 3):
            if overlap is None and (column == 2 or texts[column] in quiet):
                item.setForeground(column, QBrush(self._quiet))  # what did not move, muted
        if overlap is not None:
            tip = plain_tooltip(
                self.tr("Both copies changed this: {reason}").format(
                    reason=phrase_text(overlap.phrase, overlap.message)
                )
            )
            fill = QColor(self._warning)
            fill.setAlpha(40)
            for column in range(4):
                item.setToolTip(column, tip)
                item.setBackground(column, QBrush(fill))
                item.setForeground(column, QBrush(self._warning))
                font = item.font(column)
                font.setBold(True)
                item.setFont(column, font)
        return item

    def _add_field(self, group: QTreeWidgetItem, row: FieldRow) -> None:
        key = row.key
        mine = _value_text(key, row.mine) if row.mine_changed else change_text(Change.NONE)
        theirs = _value_text(key, row.theirs) if row.theirs_changed else change_text(Change.NONE)
        overlap = self._overlaps.get(("field", key)) if row.overlap else None
        self._row(group, [_field_label(key), mine, _value_text(key, row.base), theirs], overlap)

    def _add_step(self, group: QTreeWidgetItem, row: StepRow) -> None:
        node = row.mine or row.theirs or row.base
        what = self.tr("{title} ({id})").format(title=_step_title(node), id=row.id)
        overlap = self._overlaps.get(("step", row.id)) if row.overlap else None
        if row.overlap and overlap is None:
            overlap = Overlap("step", row.id, self.tr("the step was changed in both copies"))
        self._row(
            group,
            [
                what,
                change_text(row.mine_change),
                _step_title(row.base),
                change_text(row.theirs_change),
            ],
            overlap,
        )

    def _add_edge(self, group: QTreeWidgetItem, row: EdgeRow) -> None:
        ends = row.ends
        source, target = ends.source or "?", ends.target or "?"
        if ends.handle:
            what = self.tr("{source} ({output}) → {target}").format(
                source=source, output=ends.handle, target=target
            )
        else:
            what = self.tr("{source} → {target}").format(source=source, target=target)
        overlap = None
        if row.overlap:
            key = f"{ends.source}:{ends.handle or ''}"
            overlap = self._overlaps.get(("connection", key)) or Overlap(
                "connection", key, self.tr("where this output leads was changed in both copies")
            )
        base = self.tr("connected") if row.base is not None else _absent()
        self._row(
            group,
            [what, change_text(row.mine_change), base, change_text(row.theirs_change)],
            overlap,
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed: its colours
            self._warning = semantic_colour("warning", self.palette())
            self._quiet = self.palette().color(QPalette.ColorRole.PlaceholderText)
            self.clear()
            self._fill()
            self.expandAll()

    # --- reading ---------------------------------------------------------------------------------

    def rows(self) -> list[tuple[str, str, str, str, str, bool]]:
        """(group, what, yours, last synced, the server's, overlap) of each listed row."""
        out: list[tuple[str, str, str, str, str, bool]] = []
        for group in self._groups():
            for r in range(group.childCount()):
                item = group.child(r)
                if item is None:
                    continue
                overlap = bool(item.data(0, Qt.ItemDataRole.UserRole))
                texts = (item.text(0), item.text(1), item.text(2), item.text(3))
                out.append((group.text(0), *texts, overlap))
        return out

    def group_titles(self) -> list[str]:
        return [group.text(0) for group in self._groups()]

    def _groups(self) -> list[QTreeWidgetItem]:
        items = (self.topLevelItem(g) for g in range(self.topLevelItemCount()))
        return [item for item in items if item is not None]
