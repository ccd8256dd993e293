"""The problems panel: the validator's findings for the current journey, live.

Validation runs ~250 ms after the last change (typing does not re-check on every key). A small
journey is checked on the GUI thread (a few ms); from :data:`BACKGROUND_FROM` steps on, a
snapshot is checked on a worker thread (:mod:`journey_builder.ui.problems.problem_check`) and the list
changes when the newest check is done: a result a later edit made stale is dropped. A click, or
Enter, on a problem asks the window to select and centre the steps it names.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_builder.document import EditableJourney
from journey_builder.i18n import problem_text
from journey_builder.ui.common.icons import severity_icon
from journey_builder.ui.common.widgets import PlainLabel, muted_label, plain_tooltip
from journey_builder.ui.problems.problem_check import BackgroundCheck, ItemCopies
from journey_builder.validation import Problem, validate

__all__ = ["BACKGROUND_FROM", "DEBOUNCE_MS", "ProblemsPanel", "count_text"]

DEBOUNCE_MS = 250
#: Journeys with this many steps or more are checked on a worker thread (below it a check takes
#: a few ms, less than handing it over).
BACKGROUND_FROM = 400
#: GUI-thread time per turn of the event loop for copying the steps of a newly shown journey.
_COPY_SLICE_S = 0.02
_PROBLEM_ROLE = Qt.ItemDataRole.UserRole


def count_text(errors: int, warnings: int) -> str:
    """ "2 errors · 1 warning", or "No problems"."""
    if not errors and not warnings:
        return QCoreApplication.translate("ProblemsPanel", "No problems")
    parts = []
    if errors:
        parts.append(ProblemsPanel.tr("%n error(s)", "", errors))  # type: ignore[arg-type]
    if warnings:
        parts.append(ProblemsPanel.tr("%n warning(s)", "", warnings))  # type: ignore[arg-type]
    return " · ".join(parts)


class _ProblemTree(QTreeWidget):
    activatedProblem = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.activatedProblem.emit(self.indexOfTopLevelItem(item))
            event.accept()
            return
        super().keyPressEvent(event)


class ProblemsPanel(QWidget):
    """A list of problems with severity icon, code, message and the steps concerned."""

    #: (node keys, edge keys) a problem names: select them and centre the view on them.
    problemActivated = Signal(list, list)
    #: The problems after each check (for badges and the status bar).
    problemsChanged = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._doc: EditableJourney | None = None
        self._problems: list[Problem] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.check_now)
        self._check_number = 0
        self._copying = QTimer(self)  # the first snapshot of a large journey, slice by slice
        self._copying.setSingleShot(True)
        self._copying.setInterval(0)
        self._copying.timeout.connect(self.check_now)
        self._background = BackgroundCheck(self)
        self._background.finished.connect(self._on_background_result)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(4)
        head = QHBoxLayout()
        self.summary = PlainLabel(self.tr("No problems"), self, wrap=False)
        head.addWidget(self.summary)
        head.addStretch(1)
        layout.addLayout(head)
        self.tree = _ProblemTree(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Problem"), self.tr("Message"), self.tr("Steps")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setIconSize(QSize(16, 16))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Problems"))
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 200)
        self.tree.itemClicked.connect(self._on_click)
        self.tree.activatedProblem.connect(self._activate)
        self.empty = muted_label("", self, small=False)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("problems_empty")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack)
        self._fill([])  # "No journey open" until a journey is set (first run: none is)

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems)

    def set_document(self, doc: EditableJourney | None) -> None:
        """Check another journey (the current tab's) now, and after each of its changes."""
        if doc is self._doc:
            return
        if self._doc is not None:
            self._doc.changed.disconnect(self.schedule)
        self._doc = doc
        if doc is not None:
            doc.changed.connect(self.schedule)
        self.check_now()
        if self.checking:  # the other journey's problems must not stay listed meanwhile
            self._problems = []
            self.tree.clear()
            self.summary.setVisible(False)
            self.empty.setText(self.tr("Checking…"))
            self.stack.setCurrentWidget(self.empty)

    def schedule(self) -> None:
        """Check again once the changes pause."""
        self._timer.start()

    @property
    def checking(self) -> bool:
        """Whether a check runs on the worker thread (its result is not shown yet)."""
        return self._background.busy or self._copying.isActive()

    def check_now(self) -> None:
        """Validate the journey now: show the result at once (small journey), or when the worker
        thread has checked a snapshot of it (large journey)."""
        self._timer.stop()
        self._copying.stop()
        self._check_number += 1
        doc = self._doc
        if doc is None:
            self._show([])
        elif len(doc.document.nodes) < BACKGROUND_FROM:
            self._show(validate(doc.document))
        else:
            copies = ItemCopies.for_document(doc)
            if copies.fill(_COPY_SLICE_S):
                self._background.start(self._check_number, copies.snapshot())
            else:  # copy on in the next turn, then check
                self._copying.start()

    def shutdown(self) -> None:
        """Stop checking and wait for a running check (the application is quitting)."""
        self._timer.stop()
        self._copying.stop()
        self._background.shutdown()

    def _on_background_result(self, number: int, problems: list[Problem]) -> None:
        if number == self._check_number:  # else the journey changed since, or another one shows
            self._show(problems)

    def _show(self, problems: list[Problem]) -> None:
        problems.sort(key=lambda p: 0 if p.severity == "error" else 1)
        self._problems = problems
        self._fill(problems)
        self.problemsChanged.emit(list(problems))

    def counts(self) -> tuple[int, int]:
        """(errors, warnings)."""
        errors = sum(1 for p in self._problems if p.severity == "error")
        return errors, len(self._problems) - errors

    def _fill(self, problems: Sequence[Problem]) -> None:
        self.tree.clear()
        doc = self._doc
        for problem in problems:
            steps = ", ".join(self._step_names(problem)) if doc is not None else ""
            message = problem_text(problem)
            item = QTreeWidgetItem(self.tree, [problem.code, message, steps])
            item.setIcon(0, severity_icon(problem.severity))
            item.setToolTip(1, plain_tooltip(message))
            severity = self.tr("Error: {code}") if problem.is_error else self.tr("Warning: {code}")
            item.setToolTip(0, severity.format(code=problem.code))
            item.setToolTip(2, plain_tooltip(steps))
        self.summary.setText(count_text(*self.counts()))
        self.summary.setVisible(bool(problems))
        if problems:
            self.stack.setCurrentWidget(self.tree)
        else:
            self.empty.setText(
                self.tr("No problems: every check passes.")
                if doc is not None
                else self.tr("No journey open.")
            )
            self.stack.setCurrentWidget(self.empty)

    def _step_names(self, problem: Problem) -> list[str]:
        doc = self._doc
        assert doc is not None
        names = []
        for node_id in problem.nodeIds:
            keys = doc.keys_for_node_id(node_id)
            names.append(doc.title(keys[0]) if keys else node_id)
        return names

    def _on_click(self, item: QTreeWidgetItem, _column: int) -> None:
        self._activate(self.tree.indexOfTopLevelItem(item))

    def _activate(self, row: int) -> None:
        if self._doc is None or not 0 <= row < len(self._problems):
            return
        problem = self._problems[row]
        node_keys = [k for node_id in problem.nodeIds for k in self._doc.keys_for_node_id(node_id)]
        wanted = set(problem.edgeIds)
        edge_keys = (
            [k for k in self._doc.edge_keys() if self._doc.edge(k).id in wanted] if wanted else []
        )
        self.problemActivated.emit(node_keys, edge_keys)
