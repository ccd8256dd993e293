"""Where a cohort comes from: N contacts generated for the journey, or a CSV / JSON lines file.

Generated contacts use the fields and tags the journey's trigger and rules mention, and answer
its questions and see its awaited events at the chosen rate, so a cohort takes every branch;
they are made again on each run (same seed, same contacts), so they follow the journey as it is
edited. A file is read once, when chosen (a contact's own ``events`` come with it); a mistake
in it is shown here with its line, and the cohort stays as it was.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from journey_builder.errors import SimulationInputError
from journey_builder.model import JourneyDocument
from journey_builder.simulation import (
    ANSWER_RATE,
    CohortResult,
    generate_contacts,
    read_contacts,
    simulate_cohort,
)
from journey_builder.ui.common.widgets import IssueLabel, muted_label
from journey_builder.ui.preview.texts import grouped

__all__ = ["MAX_COHORT", "CohortInputs"]

#: The most contacts the panel generates or reads.
MAX_COHORT = 100_000
_FILTER = "Contacts (*.csv *.jsonl *.ndjson *.json);;All files (*)"


class CohortInputs(QWidget):
    """Generate N contacts, or load them from a file."""

    #: The choice or the number changed.
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: list[dict[str, Any]] | None = None
        self._file: str | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        self.generate = QRadioButton(self.tr("&Generate"), self)
        self.generate.setAccessibleName(self.tr("Generate contacts"))
        self.generate.setChecked(True)
        self.count = QSpinBox(self)
        self.count.setRange(1, MAX_COHORT)
        self.count.setValue(1000)
        self.count.setGroupSeparatorShown(True)
        self.count.setSuffix(self.tr(" contacts"))
        self.count.setAccessibleName(self.tr("Number of contacts to generate"))
        self.count.setAccessibleDescription(
            self.tr("Contacts made from the fields and tags the journey's rules mention")
        )
        self.count.valueChanged.connect(self._on_count)
        self.answers_label = QLabel(self.tr("Answer ra&te"), self)
        self.answers_label.setIndent(22)  # under "Generate": it is about the generated contacts
        self.answers = QSpinBox(self)
        self.answers.setRange(0, 100)
        self.answers.setValue(round(ANSWER_RATE * 100))
        self.answers.setSuffix(" %")
        self.answers.setAccessibleName(self.tr("Answer rate"))
        self.answers.setAccessibleDescription(
            self.tr("How many of the generated contacts answer each question and see each event")
        )
        self.answers.setToolTip(self.answers.accessibleDescription())
        self.answers.valueChanged.connect(self._on_count)
        self.answers_label.setBuddy(self.answers)
        self.from_file = QRadioButton(self.tr("&From a file"), self)
        self.from_file.setAccessibleName(self.tr("Contacts from a file"))
        self.load_button = QPushButton(self.tr("Load CSV/JSONL…"), self)
        self.load_button.setAccessibleName(self.tr("Load contacts from a CSV or JSON lines file"))
        self.load_button.clicked.connect(self.choose_file)
        group = QButtonGroup(self)
        group.addButton(self.generate)
        group.addButton(self.from_file)
        group.buttonToggled.connect(lambda _b, on: self.edited.emit() if on else None)
        self.file_label = muted_label(self.tr("No file loaded"), self)
        self.file_label.setAccessibleName(self.tr("Loaded file"))
        self.issue = IssueLabel(self)
        grid.addWidget(self.generate, 0, 0)
        grid.addWidget(self.count, 0, 1)
        grid.addWidget(self.answers_label, 1, 0)
        grid.addWidget(self.answers, 1, 1)
        grid.addWidget(self.from_file, 2, 0)
        grid.addWidget(self.load_button, 2, 1)
        grid.addWidget(self.file_label, 3, 0, 1, 2)
        grid.addWidget(self.issue, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.from_file.setEnabled(False)

    @property
    def uses_file(self) -> bool:
        return self.from_file.isChecked() and self._loaded is not None

    def loaded(self) -> list[dict[str, Any]] | None:
        """The contacts of the loaded file (None when none is loaded)."""
        return self._loaded

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Load Contacts"), os.path.expanduser("~"), _FILTER
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str | os.PathLike[str]) -> bool:
        """Read a cohort file; on a mistake, say where and keep the cohort as it was."""
        contacts: list[dict[str, Any]] = []
        try:
            for contact in read_contacts(path):
                contacts.append(contact)
                if len(contacts) > MAX_COHORT:
                    raise SimulationInputError(
                        self.tr("more than %1 contacts: use a smaller file").replace(
                            "%1", f"{MAX_COHORT:,}"
                        ),
                        source=os.fspath(path),
                    )
        except SimulationInputError as exc:
            self.issue.set_issues([str(exc)])
            return False
        self.issue.set_issues([])
        self._loaded = contacts
        self._file = os.fspath(path)
        n = len(contacts)
        self.file_label.setText(
            grouped(self.tr("%1: %n contact(s)", "", n), n).replace("%1", Path(self._file).name)
        )
        self.file_label.setToolTip(self._file)
        self.from_file.setEnabled(True)
        self.from_file.setChecked(True)
        self.edited.emit()
        return True

    def set_count(self, count: int, answer_rate: int | None = None) -> None:
        """Show the stored settings (no ``edited``): the number, and the answer rate in %."""
        self.count.blockSignals(True)
        self.count.setValue(count)
        self.count.blockSignals(False)
        if answer_rate is not None:
            self.answers.blockSignals(True)
            self.answers.setValue(answer_rate)
            self.answers.blockSignals(False)

    def answer_rate(self) -> float:
        """The share of questions and awaited events generated contacts answer and see."""
        return self.answers.value() / 100

    def job(self, seed: int) -> Callable[[JourneyDocument], CohortResult]:
        """The cohort run as the inputs say now (what it needs is taken now: it may run on a
        worker thread, which must not read the widgets)."""
        count, rate = self.count.value(), self.answer_rate()
        loaded = self._loaded if self.uses_file else None

        def cohort(document: JourneyDocument) -> CohortResult:
            people = (
                loaded
                if loaded is not None
                else generate_contacts(document, count, seed=seed, answer_rate=rate)
            )
            return simulate_cohort(document, people, seed=seed)

        return cohort

    def _on_count(self, _value: int) -> None:
        self.generate.setChecked(True)
        self.edited.emit()
