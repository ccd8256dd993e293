"""The Preview panel's samples: loading them for a journey, choosing, adding, renaming,
deleting, taking the editors' contents into them and saving them through the journey's store.

A base of :class:`~journey_builder.ui.preview.preview_panel.PreviewPanel`, kept apart so each
file says one thing; it works on the panel's editors and state, declared here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QSpinBox, QWidget

from journey_builder.document import EditableJourney
from journey_builder.errors import SimulationInputError
from journey_builder.ui.preview.cohort_inputs import CohortInputs
from journey_builder.ui.preview.contact_editor import ContactEditor
from journey_builder.ui.preview.event_table import EventTable
from journey_builder.ui.preview.sample_picker import SamplePicker
from journey_builder.ui.preview.samples import Sample, SampleSet, SampleStore, default_samples

__all__ = ["EVENT_STEPS", "SamplesMixin"]

#: Step types an event can be scripted for.
EVENT_STEPS = ("wait_for_event", "ask_question", "http_request")


class SamplesMixin(QWidget):
    """The samples half of the panel."""

    picker: SamplePicker
    contact_editor: ContactEditor
    event_table: EventTable
    cohort_inputs: CohortInputs
    seed: QSpinBox
    _doc: EditableJourney | None
    _store: SampleStore
    _samples: SampleSet
    _loading: bool
    _showing: bool
    _save_timer: QTimer
    _loaded: bool
    _saved: dict[str, Any] | None

    # Defined by the panel; declared here for the type checker.
    run: Callable[..., None]
    set_mode: Callable[[str], None]
    _count_events: Callable[[], None]
    _fit_inputs: Callable[[], None]

    # --- samples ---------------------------------------------------------------------------------

    def _names(self) -> dict[str, str]:
        return {
            "sample": self.tr("Sample contact"),
            "never": self.tr("Never answers"),
            "answers": self.tr("Answers"),
        }

    def _load_samples(self) -> None:
        assert self._doc is not None
        stored = SampleSet.from_json(self._store.load())
        self._samples = stored or default_samples(self._doc.document, self._names())
        self._saved = self._samples.to_json()  # what the store has, or needs only if changed
        self.picker.set_persistent(self._store.persistent)
        self._show_samples()
        self.set_mode(self._samples.mode)

    def _show_samples(self) -> None:
        self._loading = True
        try:
            s = self._samples
            self.picker.set_names(s.names(), s.selected)
            sample = s.current
            self.contact_editor.set_contact(sample.contact)
            self.event_table.set_steps(self._event_steps())
            self.event_table.set_events(sample.events)
            self._count_events()
            self._fit_inputs()
            self.cohort_inputs.set_count(s.cohort_count, s.cohort_answers)
            self.seed.setValue(s.cohort_seed if s.mode == "cohort" else sample.seed)
        finally:
            self._loading = False

    def _event_steps(self) -> list[tuple[str, str]]:
        doc = self._doc
        if doc is None:
            return []
        return [
            (doc.node(k).id, doc.title(k))
            for k in doc.node_keys()
            if doc.node(k).type in EVENT_STEPS
        ]

    def samples(self) -> SampleSet:
        return self._samples

    def choose_sample(self, index: int) -> None:
        if not 0 <= index < len(self._samples.samples):
            return
        self._commit_inputs()
        self._samples.selected = index
        self._show_samples()
        self.save_samples()
        if self._showing:
            self.run(live=True)

    def _on_sample_request(self, what: str) -> None:
        self._commit_inputs()
        s = self._samples
        if what == "new":
            s.samples.append(Sample(s.unique_name(self.tr("Sample"))))
            s.selected = len(s.samples) - 1
        elif what == "duplicate":
            copy = Sample.from_json(s.current.to_json(), s.current.name)
            assert copy is not None
            copy.name = s.unique_name(s.current.name)
            s.samples.insert(s.selected + 1, copy)
            s.selected += 1
        elif what == "delete" and len(s.samples) > 1:
            del s.samples[s.selected]
            s.selected = min(s.selected, len(s.samples) - 1)
        self._show_samples()
        self.save_samples()

    def add_sample(self, name: str) -> None:
        """A new, empty sample named ``name`` (made unique), chosen."""
        self._commit_inputs()
        s = self._samples
        s.samples.append(Sample(s.unique_name(name)))
        s.selected = len(s.samples) - 1
        self._show_samples()
        self.save_samples()

    def rename_sample(self, name: str) -> None:
        s = self._samples
        if name != s.current.name:
            s.current.name = s.unique_name(name)
        self._show_samples()
        self.save_samples()

    def _commit_inputs(self) -> bool:
        """Take what the editors hold into the samples; False when they hold a mistake."""
        if self._doc is None or self._loading:
            return True
        s = self._samples
        if s.mode == "cohort":
            s.cohort_count = self.cohort_inputs.count.value()
            s.cohort_answers = self.cohort_inputs.answers.value()
            s.cohort_seed = self.seed.value()
            return True
        sample = s.current
        sample.seed = self.seed.value()
        sample.events = self.event_table.raw_events()
        try:
            sample.contact = self.contact_editor.contact()
        except SimulationInputError:
            return False
        return True

    def save_samples(self) -> None:
        """Keep the samples (in the library, beside the journey)."""
        self._save_timer.stop()
        if self._doc is None or not self._loaded:
            return
        self._commit_inputs()
        data = self._samples.to_json()
        if data != self._saved:
            self._store.save(data)
            self._saved = data
