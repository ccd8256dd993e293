"""The inspector's form when no step is selected: the journey's name, trigger and entry mode.

A journey without a trigger or entry mode of its own (a bare definition) shows the start step's;
editing sets the journey's, and the document keeps the start step in step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLineEdit, QVBoxLayout, QWidget

from journey_builder.document import EditableJourney
from journey_builder.model import ENTRY_MODES, FieldSpec
from journey_builder.ui.common.journey_list import server_time_text
from journey_builder.ui.common.widgets import IssueLabel, PlainLabel, muted_label
from journey_builder.ui.inspector.field_editors import MISSING, ChoiceEditor
from journey_builder.ui.inspector.trigger_editor import TriggerEditor

__all__ = ["JourneyForm"]

_TRIGGER = FieldSpec("triggerConfig", "Trigger", "trigger", required=True)
_ENTRY = FieldSpec("entryMode", "Entry mode", "choice", required=True, choices=ENTRY_MODES)


def _bold(label: PlainLabel, scale: float = 1.0) -> PlainLabel:
    font = QFont(label.font())
    font.setWeight(QFont.Weight.DemiBold if scale == 1.0 else QFont.Weight.Bold)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class JourneyForm(QWidget):
    """Name, trigger and entry mode of the journey."""

    def __init__(self, doc: EditableJourney, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(4)
        layout.addWidget(_bold(PlainLabel(self.tr("Journey"), self), 1.15))
        layout.addWidget(
            muted_label(
                self.tr(
                    "Select a step on the canvas to edit it. These settings belong to the whole "
                    "journey."
                ),
                self,
            )
        )
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addSpacing(6)
        layout.addWidget(line)
        layout.addSpacing(6)

        name_label = _bold(PlainLabel(self.tr("Name"), self))
        layout.addWidget(name_label)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Journey name"))
        self.name_edit.setPlaceholderText(self.tr("Untitled journey"))
        self.name_edit.textEdited.connect(self._on_name)
        name_label.setBuddy(self.name_edit)
        layout.addWidget(self.name_edit)
        self.name_issue = IssueLabel(self)
        layout.addWidget(self.name_issue)
        layout.addSpacing(10)

        trigger_label = _bold(PlainLabel(self.tr("Trigger"), self))
        layout.addWidget(trigger_label)
        layout.addWidget(muted_label(self.tr("What starts the journey for a contact."), self))
        self.trigger = TriggerEditor(_TRIGGER, self)
        self.trigger.edited.connect(self._on_trigger)
        trigger_label.setBuddy(self.trigger.focus_widget())
        layout.addWidget(self.trigger)
        layout.addSpacing(10)

        entry_label = _bold(PlainLabel(self.tr("Entry mode"), self))
        layout.addWidget(entry_label)
        self.entry = ChoiceEditor(_ENTRY, self)
        self.entry.setAccessibleName(self.tr("Entry mode"))
        self.entry.edited.connect(self._on_entry)
        entry_label.setBuddy(self.entry.focus_widget())
        layout.addWidget(self.entry)
        self.entry_issue = IssueLabel(self)
        layout.addWidget(self.entry_issue)
        layout.addSpacing(10)

        self.remote = muted_label("", self)
        layout.addWidget(self.remote)
        layout.addStretch(1)
        doc.journeyChanged.connect(self.refresh)
        doc.documentReset.connect(self.refresh)
        doc.nodeChanged.connect(self._on_node_changed)
        self.refresh()

    def refresh(self) -> None:
        """Show the journey's settings as they are now."""
        document = self.doc.document
        name = document.name or ""
        if self.name_edit.text() != name:
            self.name_edit.setText(name)
        self.name_issue.set_issues([] if name.strip() else [self.tr("Give the journey a name.")])
        trigger = document.effective_trigger()
        self.trigger.set_value(trigger if trigger is not None else MISSING)
        mode = document.effective_entry_mode()
        self.entry.set_value(mode if mode is not None else MISSING)
        if mode is None:
            self.entry_issue.set_issues([self.tr("Choose how often a contact may enter.")])
        elif mode not in ENTRY_MODES:
            self.entry_issue.set_issues(
                [self.tr("“{mode}” is not an entry mode this app knows.").format(mode=mode)]
            )
        else:
            self.entry_issue.set_issues([])
        text = ""
        seen = server_time_text(document.updatedAt)
        if document.id and seen:
            text = self.tr("Remote journey {id}, last seen on the server {when}").format(
                id=document.id, when=seen
            )
        elif document.id:
            text = self.tr("Remote journey {id}").format(id=document.id)
        elif seen:
            text = self.tr("Last seen on the server {when}").format(when=seen)
        self.remote.setText(text)
        self.remote.setVisible(bool(text))

    def _on_node_changed(self, key: str) -> None:
        if self.doc.has_node(key) and self.doc.node(key).type == "start":
            self.refresh()

    def _on_name(self, text: str) -> None:
        self.doc.set_journey_fields(name=text, merge_id="name")

    def _on_trigger(self) -> None:
        value: Any = self.trigger.value()
        self.doc.set_journey_fields(triggerConfig=value, merge_id="triggerConfig")

    def _on_entry(self) -> None:
        value = self.entry.value()
        if value is not MISSING:
            self.doc.set_journey_fields(entryMode=value, merge_id="entryMode")
