"""The results half of the Preview panel: one contact's timeline and final contact, or a
cohort's ends chart and exits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_builder.document import EditableJourney
from journey_builder.simulation import END_KINDS, CohortResult, SimulationResult
from journey_builder.ui.common.widgets import PlainLabel, plain_tooltip
from journey_builder.ui.preview.ends_chart import EndsChart
from journey_builder.ui.preview.final_contact import FinalContactView
from journey_builder.ui.preview.texts import end_name, grouped, when
from journey_builder.ui.preview.timeline import TimelineList, timeline_rows

__all__ = ["ResultsView"]


class ResultsView(QStackedWidget):
    """Page 0: a walk; page 1: a cohort."""

    #: A node key to select and centre (a timeline or exits row was activated).
    stepActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        walk = QSplitter(Qt.Orientation.Vertical, self)
        walk.setChildrenCollapsible(False)
        self.timeline = TimelineList(walk)
        self.timeline.setMinimumHeight(120)
        self.timeline.stepActivated.connect(self.stepActivated)
        final_box = QWidget(walk)
        final_layout = QVBoxLayout(final_box)
        final_layout.setContentsMargins(0, 4, 0, 0)
        final_layout.setSpacing(2)
        final_layout.addWidget(PlainLabel(self.tr("Contact at the end"), final_box, wrap=False))
        self.final_contact = FinalContactView(final_box)
        self.final_contact.setMinimumHeight(70)
        final_layout.addWidget(self.final_contact)
        walk.addWidget(self.timeline)
        walk.addWidget(final_box)
        walk.setStretchFactor(0, 3)
        walk.setStretchFactor(1, 1)
        self.addWidget(walk)

        cohort = QWidget(self)
        cohort_layout = QVBoxLayout(cohort)
        cohort_layout.setContentsMargins(0, 0, 0, 0)
        cohort_layout.setSpacing(4)
        cohort_layout.addWidget(PlainLabel(self.tr("How the paths ended"), cohort, wrap=False))
        self.chart = EndsChart(cohort)
        cohort_layout.addWidget(self.chart)
        cohort_layout.addWidget(PlainLabel(self.tr("Exits"), cohort, wrap=False))
        self.exits = QTreeWidget(cohort)
        self.exits.setColumnCount(3)
        self.exits.setHeaderLabels(
            [self.tr("Exit step"), self.tr("Contacts"), self.tr("Median time")]
        )
        self.exits.setAccessibleName(self.tr("Exits"))
        self.exits.setAccessibleDescription(
            self.tr("Each exit step, how many contacts left there and after how long (median)")
        )
        self.exits.setRootIsDecorated(False)
        self.exits.setUniformRowHeights(True)
        header = self.exits.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.exits.itemActivated.connect(self._exit_activated)
        self.exits.itemClicked.connect(self._exit_activated)
        cohort_layout.addWidget(self.exits, 1)
        self.addWidget(cohort)

    def set_mode(self, mode: str) -> None:
        self.setCurrentIndex(1 if mode == "cohort" else 0)

    def clear_results(self) -> None:
        self.timeline.set_rows([])
        self.final_contact.clear()
        self.chart.set_bars([], 0)
        self.exits.clear()

    def end_tag(self, kind: str) -> str:
        """The tag on the card where the path ended."""
        return self.tr("Ends here · %1").replace("%1", end_name(kind))

    # --- one contact -----------------------------------------------------------------------------

    def show_walk(
        self,
        doc: EditableJourney,
        result: SimulationResult,
        node_keys: list[str],
        contact: dict[str, Any],
    ) -> str:
        """Fill the timeline and the final contact; returns the summary line."""
        titles = [doc.title(k) if doc.has_node(k) else "" for k in node_keys]
        rows = timeline_rows(result, node_keys, titles, self.tr("End"))
        self.timeline.set_rows(rows)
        self.final_contact.show_contact(contact, result.contact)
        end = result.end
        steps = self.tr("%n step(s)", "", len(result.steps))
        return (
            self.tr("%1 · ended at %2: %3")
            .replace("%1", steps)
            .replace("%2", when(end.at))
            .replace("%3", end_name(end.kind))
        )

    # --- a cohort --------------------------------------------------------------------------------

    def show_cohort(self, doc: EditableJourney, result: CohortResult, node_keys: list[str]) -> str:
        """Fill the chart and the exits; returns the summary line."""
        total = result.contacts
        by_id: dict[str, str] = {}
        for key in node_keys:
            if doc.has_node(key):
                by_id.setdefault(doc.node(key).id, key)
        bars: list[tuple[str, str, int]] = []
        exit_total = 0
        for node_id, (count, _median) in sorted(result.exits.items(), key=lambda kv: -kv[1][0]):
            title = _exit_title(doc, by_id.get(node_id), node_id)
            bars.append(("exit", f"{end_name('exit')} · {title}", count))
            exit_total += count
        left = result.ends.get("exit", 0) - exit_total
        if left > 0:
            bars.append(("exit", end_name("exit"), left))
        for kind in END_KINDS:
            if kind != "exit" and result.ends.get(kind, 0) > 0:
                bars.append((kind, end_name(kind), result.ends[kind]))
        self.chart.set_bars(bars, total)
        self.exits.clear()
        for node_id, (count, median) in sorted(result.exits.items(), key=lambda kv: -kv[1][0]):
            found = by_id.get(node_id)
            title = _exit_title(doc, found, node_id)
            item = QTreeWidgetItem(self.exits, [f"{title} ({node_id})", f"{count:,}", when(median)])
            item.setData(0, Qt.ItemDataRole.UserRole, found)
            item.setToolTip(0, plain_tooltip(f"{title} ({node_id})"))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        reached = sum(1 for c in result.node_counts if c > 0)
        contacts = grouped(self.tr("%n contact(s)", "", total), total)
        steps = (
            self.tr("%1 of %2 steps reached")
            .replace("%1", str(reached))
            .replace("%2", str(len(result.node_counts)))
        )
        return f"{contacts} · {steps}"

    def _exit_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(key, str):
            self.stepActivated.emit(key)


def _exit_title(doc: EditableJourney, key: str | None, node_id: str) -> str:
    """An exit as people tell them apart: its reason ("Follow-up complete"), else its title."""
    if key is None:
        return node_id
    data = doc.node(key).data
    reason = data.get("reason") if isinstance(data, dict) else None
    return reason.strip() if isinstance(reason, str) and reason.strip() else doc.title(key)
