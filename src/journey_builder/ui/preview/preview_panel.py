"""The Preview panel: walk a sample contact, or a cohort, through the journey in the tab.

Inputs on top (a named sample: contact, event script, seed; or a cohort to generate or load),
results below: for one contact the timeline and the contact at the end, for a cohort a chart of
the ends; on the canvas the path (or the counts) through :class:`PathOverlay`. Once results
show, they follow every change of the journey or of the inputs, :data:`DEBOUNCE_MS` after the
last one; from :data:`BACKGROUND_FROM` steps on, the run happens on a worker thread and a result
a later change made stale is dropped. The panel only reads the journey. Samples are kept by a
:class:`~journey_builder.ui.preview.samples.SampleStore` (the library, beside the journey).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journey_builder.canvas import JourneyView
from journey_builder.canvas.path_overlay import PathOverlay
from journey_builder.document import EditableJourney
from journey_builder.errors import SimulationInputError
from journey_builder.model import JourneyDocument
from journey_builder.simulation import CohortResult, SimulationResult, simulate
from journey_builder.ui.common.newest_run import NewestRunner
from journey_builder.ui.common.widgets import muted_label
from journey_builder.ui.preview.cohort_inputs import CohortInputs
from journey_builder.ui.preview.contact_editor import ContactEditor, size_to_current
from journey_builder.ui.preview.errors_banner import ErrorsBanner
from journey_builder.ui.preview.event_table import EventTable
from journey_builder.ui.preview.panel_samples import SamplesMixin
from journey_builder.ui.preview.results import ResultsView
from journey_builder.ui.preview.sample_picker import SamplePicker
from journey_builder.ui.preview.samples import (
    MemorySampleStore,
    Sample,
    SampleSet,
    SampleStore,
)
from journey_builder.ui.problems.problem_check import ItemCopies
from journey_builder.ui.problems.problems_panel import BACKGROUND_FROM

__all__ = ["BACKGROUND_FROM", "DEBOUNCE_MS", "PreviewPanel"]

#: Re-run this long after the last change of the journey or the inputs.
DEBOUNCE_MS = 300
_SAVE_MS = 600
_COPY_SLICE_S = 0.02

Job = Callable[[JourneyDocument], Any]


class PreviewPanel(SamplesMixin):
    """See the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: JourneyView | None = None
        self._doc: EditableJourney | None = None
        self._store: SampleStore = MemorySampleStore()
        self._samples = SampleSet([Sample(self.tr("Sample contact"))])
        self._memory: dict[EditableJourney, MemorySampleStore] = {}
        #: Gives the store of a journey's samples (the window sets it to the library's).
        self.store_for: Callable[[EditableJourney], SampleStore] = self.memory_store
        self._showing = False
        self._active = True
        self._loading = False
        self._steps_stale = False
        self._loaded = False
        self._saved: dict[str, Any] | None = None
        self._user_sized = False
        # after the layouts took in a change of the inputs (a sample loaded, a mode chosen)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_now)
        self._run_number = 0
        self._pending: tuple[int, str, Job, list[str], list[str], dict[str, Any]] | None = None
        self._runner = NewestRunner(self, name="preview-run")
        self._runner.finished.connect(self._on_background)
        self._live = QTimer(self)
        self._live.setSingleShot(True)
        self._live.setInterval(DEBOUNCE_MS)
        self._live.timeout.connect(self._on_live)
        self._copying = QTimer(self)
        self._copying.setSingleShot(True)
        self._copying.setInterval(0)
        self._copying.timeout.connect(self._start_background)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(_SAVE_MS)
        self._save_timer.timeout.connect(self.save_samples)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._build()
        self.set_target(None)

    # --- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 4, 6, 6)
        outer.setSpacing(6)
        self.banner = ErrorsBanner(self)
        self.banner_text = self.banner.text
        self.anyway_button = self.banner.anyway_button
        self.banner.runAnyway.connect(self.run)
        outer.addWidget(self.banner)

        modes = QHBoxLayout()
        modes.setSpacing(0)
        self.contact_mode = self._mode_button(self.tr("One contact"), "contact")
        self.cohort_mode = self._mode_button(self.tr("Cohort"), "cohort")
        self._mode_group = QButtonGroup(self)
        self._mode_group.addButton(self.contact_mode)
        self._mode_group.addButton(self.cohort_mode)
        self.contact_mode.setChecked(True)
        for button, name in ((self.contact_mode, "contact"), (self.cohort_mode, "cohort")):
            button.toggled.connect(lambda on, m=name: self.set_mode(m) if on else None)
        modes.addWidget(self.contact_mode)
        modes.addWidget(self.cohort_mode)
        modes.addStretch(1)
        outer.addLayout(modes)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        inputs = QWidget()
        inputs_layout = QVBoxLayout(inputs)
        inputs_layout.setContentsMargins(0, 0, 4, 0)
        inputs_layout.setSpacing(8)
        self.inputs = QStackedWidget(inputs)
        contact_page = QWidget(self.inputs)
        contact_layout = QVBoxLayout(contact_page)
        contact_layout.setContentsMargins(0, 0, 0, 0)
        contact_layout.setSpacing(8)
        self.picker = SamplePicker(contact_page)
        self.picker.chosen.connect(self.choose_sample)
        self.picker.requested.connect(self._on_sample_request)
        self.picker.renamed.connect(self.rename_sample)
        self.contact_editor = ContactEditor(contact_page)
        self.contact_editor.edited.connect(self._inputs_edited)
        self.event_table = EventTable(contact_page)
        self.event_table.edited.connect(self._inputs_edited)
        contact_layout.addWidget(self.picker)
        # the contact and its events as two tabs: both in reach without scrolling
        self.sample_tabs = QTabWidget(contact_page)
        self.sample_tabs.setDocumentMode(True)
        self.sample_tabs.setAccessibleName(self.tr("Sample"))
        for editor in (self.contact_editor, self.event_table):
            editor.title.hide()
            inner = editor.layout()
            if inner is not None:
                inner.setContentsMargins(0, 6, 0, 0)
        self.sample_tabs.addTab(self.contact_editor, self.tr("Contact"))
        self.sample_tabs.addTab(self.event_table, "")
        self.event_table.edited.connect(self._count_events)
        contact_layout.addWidget(self.sample_tabs)
        self.inputs.addWidget(contact_page)
        self.cohort_inputs = CohortInputs(self.inputs)
        self.cohort_inputs.edited.connect(self._inputs_edited)
        self.inputs.addWidget(self.cohort_inputs)
        size_to_current(self.inputs)
        inputs_layout.addWidget(self.inputs)
        inputs_layout.addStretch(1)
        scroll = QScrollArea(splitter)
        scroll.setAccessibleName(self.tr("Preview inputs"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inputs)
        splitter.addWidget(scroll)

        below = QWidget(splitter)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 4, 0, 0)
        below_layout.setSpacing(6)
        run_row = QHBoxLayout()
        seed_label = QLabel(self.tr("S&eed"), below)
        self.seed = QSpinBox(below)
        self.seed.setRange(0, 2_147_483_647)
        self.seed.setAccessibleName(self.tr("Seed"))
        self.seed.setAccessibleDescription(
            self.tr("The seed of the random splits: the same seed takes the same branches")
        )
        self.seed.valueChanged.connect(self._inputs_edited)
        seed_label.setBuddy(self.seed)
        self.run_button = QPushButton(self.tr("&Run"), below)
        self.run_button.setAccessibleName(self.tr("Run the preview"))
        self.run_button.setToolTip(self.tr("Walk the sample through the journey (Enter)"))
        self.run_button.clicked.connect(lambda: self.run())
        run_row.addWidget(seed_label)
        run_row.addWidget(self.seed)
        run_row.addStretch(1)
        run_row.addWidget(self.run_button)
        below_layout.addLayout(run_row)
        self.status = muted_label("", below)
        self.status.setObjectName("preview_status")
        self.status.setAccessibleName(self.tr("Preview status"))
        below_layout.addWidget(self.status)
        self.results = ResultsView(below)
        self.results.stepActivated.connect(self.show_step)
        below_layout.addWidget(self.results, 1)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        outer.addWidget(splitter, 1)
        self.splitter = splitter
        splitter.splitterMoved.connect(self._divider_moved)

    def _mode_button(self, text: str, mode: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setCheckable(True)
        button.setAutoRaise(False)
        button.setAccessibleName(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    # --- the journey shown -----------------------------------------------------------------------

    @property
    def overlay(self) -> PathOverlay | None:
        return self._overlay_for(self._view) if self._view is not None else None

    @staticmethod
    def _overlay_for(view: JourneyView) -> PathOverlay:
        found = view.findChild(PathOverlay)
        return found if isinstance(found, PathOverlay) else PathOverlay(view)

    def memory_store(self, doc: EditableJourney) -> SampleStore:
        store = self._memory.get(doc)
        if store is None:
            store = self._memory[doc] = MemorySampleStore()
            doc.destroyed.connect(lambda _o=None, d=doc: self._memory.pop(d, None))
        return store

    def set_target(self, view: JourneyView | None) -> None:
        """Preview the journey ``view`` shows (the current tab's), or none."""
        if self._doc is not None:
            self.save_samples()
            for signal in self._doc_signals(self._doc):
                signal.disconnect(self._journey_edited)
            if self._view is not None:
                self._overlay_for(self._view).clear()
        self._cancel_runs()
        self._view = view
        self._doc = view.document if view is not None else None
        self.banner.reset()
        self._showing = False
        self.results.clear_results()
        self.status.setText("" if view is not None else self.tr("No journey open."))
        self.setEnabled(view is not None)
        if self._doc is None:
            return
        for signal in self._doc_signals(self._doc):
            signal.connect(self._journey_edited)
        self._store = self.store_for(self._doc)
        self._loaded = False
        if self._active:
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        """Read the journey's samples (only once the panel shows: switching tabs while it is
        closed reads nothing and computes no default samples)."""
        if self._doc is not None and not self._loaded:
            self._loaded = True
            self._load_samples()

    @staticmethod
    def _doc_signals(doc: EditableJourney) -> list[Any]:
        # moves leave the path as it is: the marks follow the cards
        return [
            doc.nodeAdded,
            doc.nodeRemoved,
            doc.nodeChanged,
            doc.edgeAdded,
            doc.edgeRemoved,
            doc.edgeChanged,
            doc.journeyChanged,
            doc.documentReset,
        ]

    def set_error_count(self, errors: int) -> None:
        """How many validation errors the journey has (the problems panel counts them)."""
        self.banner.set_error_count(errors)

    def set_active(self, active: bool) -> None:
        """The panel was closed (False: the canvas is left unmarked) or opened again."""
        if active == self._active:
            return
        self._active = active
        if not active:
            self.save_samples()
            self._cancel_runs()
            if self._view is not None:
                self._overlay_for(self._view).clear()
            return
        self.ensure_loaded()
        if self._showing:
            self.run(live=True)

    # --- mode ------------------------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self._samples.mode

    def set_mode(self, mode: str) -> None:
        """ "contact" (one sample) or "cohort"."""
        if mode not in ("contact", "cohort"):
            return
        changed = mode != self._samples.mode
        if changed:
            self._commit_inputs()
            self._samples.mode = mode
        button = self.cohort_mode if mode == "cohort" else self.contact_mode
        if not button.isChecked():
            button.setChecked(True)
        self.inputs.setCurrentIndex(1 if mode == "cohort" else 0)
        self.results.set_mode(mode)
        self._fit_inputs()
        self._loading = True
        s = self._samples
        self.seed.setValue(s.cohort_seed if mode == "cohort" else s.current.seed)
        self._loading = False
        if changed and self._doc is not None:
            self.save_samples()
            self._showing = False
            self.results.clear_results()
            self.status.setText("")
            if self._view is not None:
                self._overlay_for(self._view).clear()

    def _fit_inputs(self) -> None:
        """The inputs get the room they need, at most half; the results the rest (until the
        user drags the divider: then it stays where they put it)."""
        self._fit_timer.start()

    def _fit_now(self) -> None:
        total = sum(self.splitter.sizes())
        if self._user_sized:
            return
        page = self.inputs.currentWidget()
        if total <= 0 or page is None:
            return
        top = min(total // 2, page.sizeHint().height() + 28)
        self.splitter.setSizes([top, total - top])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_inputs()

    def _divider_moved(self, *_args: Any) -> None:
        self._user_sized = True

    # --- running ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.run()
            event.accept()
            return
        super().keyPressEvent(event)

    @property
    def running(self) -> bool:
        """Whether a run is on its way (on the worker thread, or its snapshot being copied)."""
        return self._runner.busy or self._copying.isActive()

    def run(self, *, live: bool = False) -> None:
        """Run the preview now: the result shows at once (small journey) or when the worker
        thread is done (large one). ``live``: a re-run after a change."""
        self._live.stop()
        doc = self._doc
        if doc is None or (live and not self._active):
            return
        self.ensure_loaded()
        self._refresh_steps()
        if not live and self.banner.blocks():
            self.banner.refresh()
            self.status.setText(self.tr("Not run: the journey has errors (see above)."))
            self.anyway_button.setFocus()
            return
        job = self._job()
        if job is None:
            return
        self._active = True
        self._save_timer.start()
        self._run_number += 1
        node_keys, edge_keys = doc.node_keys(), doc.edge_keys()
        if len(node_keys) < BACKGROUND_FROM:
            try:
                result = job[1](doc.document)
            except SimulationInputError as exc:
                self._show_error(str(exc))
                return
            self._show(job[0], result, node_keys, edge_keys, job[2])
            return
        self._pending = (self._run_number, job[0], job[1], node_keys, edge_keys, job[2])
        self.status.setText(self.tr("Running…"))
        self._start_background()

    def _job(self) -> tuple[str, Job, dict[str, Any]] | None:
        """(mode, what to run on a document, the contact it starts from), or None after
        showing what is wrong with the inputs."""
        s = self._samples
        seed = self.seed.value()
        if s.mode == "cohort":
            s.cohort_seed = seed
            s.cohort_count = self.cohort_inputs.count.value()
            return "cohort", self.cohort_inputs.job(seed), {}
        try:
            contact = self.contact_editor.contact()
            self.contact_editor.show_issue(None)
        except SimulationInputError as exc:
            self.contact_editor.show_issue(str(exc))
            self.sample_tabs.setCurrentWidget(self.contact_editor)  # where the mistake is
            self._show_error(self.tr("Fix the contact to run the preview."))
            return None
        try:
            events = self.event_table.events()
            self.event_table.show_issue(None)
        except SimulationInputError as exc:
            self.event_table.show_issue(str(exc))
            self.sample_tabs.setCurrentWidget(self.event_table)
            self._show_error(self.tr("Fix the events to run the preview."))
            return None
        self._commit_inputs()

        def one(document: JourneyDocument) -> SimulationResult:
            return simulate(document, contact, events, seed=seed)

        return "contact", one, contact

    def _start_background(self) -> None:
        if self._pending is None or self._doc is None:
            return
        copies = ItemCopies.for_document(self._doc)
        if not copies.fill(_COPY_SLICE_S):
            self._copying.start()  # copy on in the next turn of the event loop
            return
        number, _mode, job, _nodes, _edges, _contact = self._pending
        snapshot = copies.snapshot()
        self._runner.start(number, lambda: job(snapshot))

    def _on_background(self, number: int, result: object) -> None:
        pending = self._pending
        if pending is None or number != self._run_number or pending[0] != number:
            return  # the journey or the inputs changed since: a newer run is on its way
        self._pending = None
        if isinstance(result, SimulationInputError):
            self._show_error(str(result))
            return
        if isinstance(result, Exception):
            raise result
        _number, mode, _job, node_keys, edge_keys, contact = pending
        self._show(mode, result, node_keys, edge_keys, contact)

    def _cancel_runs(self) -> None:
        self._live.stop()
        self._copying.stop()
        self._pending = None
        self._run_number += 1  # whatever is on its way is stale now

    def shutdown(self) -> None:
        """Stop running and wait for the worker (the window is closing)."""
        self._cancel_runs()
        self._save_timer.stop()
        self._runner.shutdown()

    # --- results ---------------------------------------------------------------------------------

    def _show_error(self, message: str) -> None:
        self.status.setText(message)

    def _show(
        self,
        mode: str,
        result: Any,
        node_keys: list[str],
        edge_keys: list[str],
        contact: dict[str, Any],
    ) -> None:
        doc, view = self._doc, self._view
        if doc is None or view is None or mode != self._samples.mode:
            return
        self._showing = True
        overlay = self._overlay_for(view)
        if isinstance(result, SimulationResult):
            self.status.setText(self.results.show_walk(doc, result, node_keys, contact))
            end = result.end
            end_key = node_keys[end.node_index] if end.node_index is not None else None
            overlay.show_path(
                [
                    (
                        node_keys[s.node_index],
                        edge_keys[s.edge_index] if s.edge_index is not None else None,
                    )
                    for s in result.steps
                ],
                end_key,
                self.results.end_tag(end.kind),
                end.kind,
            )
        elif isinstance(result, CohortResult):
            self.status.setText(self.results.show_cohort(doc, result, node_keys))
            total = result.contacts
            overlay.show_counts(
                {k: result.node_counts[i] for i, k in enumerate(node_keys)},
                {k: result.edge_counts[i] for i, k in enumerate(edge_keys)},
                total,
                node_tip=self.tr("{count} of {total} contacts reached this step"),
                edge_tip=self.tr("{count} of {total} contacts took this connection"),
            )

    def show_step(self, key: str) -> None:
        """Select the step and centre the canvas on it (a timeline row was activated)."""
        view = self._view
        if view is None or self._doc is None or not self._doc.has_node(key):
            return
        view.select_keys([key])
        view.center_on_key(key)

    # --- live ------------------------------------------------------------------------------------

    def _journey_edited(self, *_args: Any) -> None:
        self._steps_stale = True
        if self._active:
            self._live.start()

    def _on_live(self) -> None:
        self._refresh_steps()
        if self._showing and self._active:
            self.run(live=True)

    def _refresh_steps(self) -> None:
        """The event table's step choices, after the journey changed."""
        if self._steps_stale and self._doc is not None:
            self._steps_stale = False
            steps = self._event_steps()
            if steps != self.event_table.steps():
                self.event_table.set_steps(steps)

    def _count_events(self) -> None:
        """The Events tab says how many there are ("Events (1)"), so a script is not missed."""
        count = self.event_table.table.rowCount()
        text = self.tr("Events (%1)").replace("%1", str(count)) if count else self.tr("Events")
        self.sample_tabs.setTabText(1, text)

    def _inputs_edited(self, *_args: Any) -> None:
        if self._loading or self._doc is None:
            return
        self._save_timer.start()
        if self._showing and self._active:
            self._live.start()
