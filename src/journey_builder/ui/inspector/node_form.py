"""The inspector's form for one step, generated from the catalogue's FieldSpecs.

Each field is a block: label, editor, the live check (``check_node_data``) and help. Every change
goes through ``EditableJourney.set_node_data(..., merge_id=field)``, so typing in one field is one
undo step. Fields the catalogue does not list are kept and shown together as JSON; a step of a
type the app does not know is edited entirely as JSON.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from journey_builder.document import EditableJourney
from journey_builder.i18n import catalogue_text, issue_text
from journey_builder.model import DataIssue, FieldSpec, NodeSpec, check_node_data, spec_for
from journey_builder.ui.common.icons import node_icon
from journey_builder.ui.common.widgets import IssueLabel, PlainLabel, muted_label
from journey_builder.ui.inspector.field_editors import (
    MISSING,
    ChoiceEditor,
    FieldEditor,
    IntegerEditor,
    MultilineEditor,
    TextEditor,
    TimeoutEditor,
)
from journey_builder.ui.inspector.list_editors import BranchesEditor, MappingEditor, RulesEditor
from journey_builder.ui.inspector.raw_json import RawJsonEditor
from journey_builder.ui.inspector.structured_editors import JsonEditor, NodeRefEditor, TagsEditor
from journey_builder.ui.inspector.trigger_editor import TriggerEditor

__all__ = ["EDITOR_FOR_KIND", "FieldBlock", "NodeForm"]

EDITOR_FOR_KIND: dict[str, type[FieldEditor]] = {
    "text": TextEditor,
    "url": TextEditor,
    "multiline": MultilineEditor,
    "choice": ChoiceEditor,
    "integer": IntegerEditor,
    "tags": TagsEditor,
    "timeout": TimeoutEditor,
    "rules": RulesEditor,
    "branches": BranchesEditor,
    "trigger": TriggerEditor,
    "mapping": MappingEditor,
    "json": JsonEditor,
    "node_ref": NodeRefEditor,
}


def editor_class(spec: FieldSpec, value: Any) -> type[FieldEditor]:
    """The editor for a field, or the JSON editor when the value has a shape the kind's cannot show."""
    cls = EDITOR_FOR_KIND.get(spec.kind, JsonEditor)
    return cls if cls.accepts(value) else JsonEditor


class FieldBlock(QWidget):
    """One field: label, editor, live issues, help."""

    def __init__(self, spec: FieldSpec, editor: FieldEditor, *, bent: bool, parent: QWidget):
        super().__init__(parent)
        self.spec = spec
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        label = catalogue_text(spec.label)
        self.label = PlainLabel(label, self)
        self.label.setBuddy(editor.focus_widget())
        font = QFont(self.label.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.label.setFont(font)
        layout.addWidget(self.label)
        editor.setAccessibleName(label)
        layout.addWidget(editor)
        self.issues = IssueLabel(self)
        layout.addWidget(self.issues)
        help_text = catalogue_text(spec.help) if spec.help else ""
        if bent:
            help_text = self.tr("Shown as JSON: the value has a shape this field does not expect.")
        self.help = muted_label(help_text, self)
        self.help.setVisible(bool(help_text))
        layout.addWidget(self.help)


class NodeForm(QWidget):
    """The form of one step; follows the document's signals while it is shown."""

    def __init__(self, doc: EditableJourney, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.key = key
        node = doc.node(key)
        self.spec: NodeSpec | None = spec_for(node.type)
        self._signature: tuple[Any, ...] = ()
        self.blocks: dict[str, FieldBlock] = {}
        self.extras_editor: RawJsonEditor | None = None
        self.raw_editor: RawJsonEditor | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 12, 12, 12)
        self._layout.setSpacing(12)
        self._build_header()
        self._fields_host = QWidget(self)
        self._fields = QVBoxLayout(self._fields_host)
        self._fields.setContentsMargins(0, 0, 0, 0)
        self._fields.setSpacing(14)
        self._layout.addWidget(self._fields_host)
        self._layout.addStretch(1)
        self.refresh()
        doc.nodeChanged.connect(self._on_node_changed)
        doc.changed.connect(self._refresh_targets)

    # --- header ----------------------------------------------------------------------------------

    def _build_header(self) -> None:
        node = self.doc.node(self.key)
        head = QHBoxLayout()
        head.setSpacing(10)
        icon = QLabel(self)
        icon.setPixmap(node_icon(node.type).pixmap(32, 32))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        head.addWidget(icon)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        type_name = (
            catalogue_text(self.spec.display_name)
            if self.spec
            else self.tr("Unknown step type “{type}”").format(type=node.type)
        )
        self.type_label = PlainLabel(type_name, self)
        font = QFont(self.type_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.Bold)
        self.type_label.setFont(font)
        texts.addWidget(self.type_label)
        description = (
            catalogue_text(self.spec.description)
            if self.spec
            else self.tr(
                "This app does not know this type: its settings are kept as they are and "
                "are not checked. Edit them as JSON."
            )
        )
        texts.addWidget(muted_label(description, self))
        head.addLayout(texts, 1)
        self._layout.addLayout(head)

        id_row = QHBoxLayout()
        id_row.setSpacing(8)
        id_label = PlainLabel(self.tr("Step id"), self, wrap=False)
        id_row.addWidget(id_label)
        self.id_edit = QLineEdit(self)
        self.id_edit.setAccessibleName(self.tr("Step id"))
        self.id_edit.setToolTip(
            self.tr("The step's id in the file; connections and jumps follow a rename.")
        )
        self.id_edit.editingFinished.connect(self._rename)
        id_label.setBuddy(self.id_edit)
        id_row.addWidget(self.id_edit, 1)
        self._layout.addLayout(id_row)
        self.id_issue = IssueLabel(self)
        self._layout.addWidget(self.id_issue)
        self.general_issue = IssueLabel(self)
        self._layout.addWidget(self.general_issue)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self._layout.addWidget(line)

    def _rename(self) -> None:
        if not self.doc.has_node(self.key):
            return
        new_id = self.id_edit.text()
        if new_id == self.doc.node(self.key).id:
            self.id_issue.set_issues([])
            return
        try:
            self.doc.set_node_id(self.key, new_id)
        except ValueError as exc:
            self.id_issue.set_issues([str(exc)])
        else:
            self.id_issue.set_issues([])

    # --- building and refreshing -------------------------------------------------------------------

    def _data(self) -> dict[str, Any]:
        data = self.doc.node(self.key).data
        return data if isinstance(data, dict) else {}

    def _signature_of(self, data: dict[str, Any]) -> tuple[Any, ...]:
        if self.spec is None:
            return ("raw",)
        kinds = tuple(
            (f.name, editor_class(f, data.get(f.name, MISSING)).__name__) for f in self.spec.fields
        )
        return (kinds, bool(self._extra_keys(data)))

    def _extra_keys(self, data: dict[str, Any]) -> list[str]:
        if self.spec is None:
            return []
        known = {f.name for f in self.spec.fields}
        return [k for k in data if k not in known]

    def refresh(self) -> None:
        """Show the step's data as it is now (rebuilding only when the form's shape changed)."""
        if not self.doc.has_node(self.key):
            return
        node = self.doc.node(self.key)
        if self.id_edit.text() != node.id and not self.id_edit.hasFocus():
            self.id_edit.setText(node.id)
        data = self._data()
        signature = self._signature_of(data)
        if signature != self._signature:
            self._signature = signature
            self._rebuild(data)
        self._update(data)

    def _rebuild(self, data: dict[str, Any]) -> None:
        focused = self._focused_field()
        while self._fields.count():
            item = self._fields.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.blocks = {}
        self.extras_editor = None
        self.raw_editor = None
        if self.spec is None:
            self.raw_editor = RawJsonEditor(self._fields_host, lines=14)
            self.raw_editor.applied.connect(self._apply_raw)
            self._fields.addWidget(self.raw_editor)
            return
        for spec in self.spec.fields:
            value = data.get(spec.name, MISSING)
            cls = editor_class(spec, value)
            editor = cls(spec, self._fields_host)
            editor.edited.connect(lambda name=spec.name, ed=editor: self._on_edited(name, ed))
            bent = cls is not EDITOR_FOR_KIND.get(spec.kind)
            block = FieldBlock(spec, editor, bent=bent, parent=self._fields_host)
            self._fields.addWidget(block)
            self.blocks[spec.name] = block
        if self._extra_keys(data):
            host = QWidget(self._fields_host)
            box = QVBoxLayout(host)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(3)
            title = PlainLabel(self.tr("Other settings"), host)
            font = QFont(title.font())
            font.setWeight(QFont.Weight.DemiBold)
            title.setFont(font)
            box.addWidget(title)
            self.extras_editor = RawJsonEditor(
                host,
                lines=5,
                hint=self.tr("Settings this app does not know. They are kept; edit them as JSON."),
            )
            self.extras_editor.applied.connect(self._apply_extras)
            box.addWidget(self.extras_editor)
            self._fields.addWidget(host)
        if focused and focused in self.blocks:
            self.blocks[focused].editor.focus_widget().setFocus()

    def _focused_field(self) -> str | None:
        focus = self.focusWidget()
        if focus is None:
            return None
        return next((n for n, b in self.blocks.items() if b.isAncestorOf(focus)), None)

    def _update(self, data: dict[str, Any]) -> None:
        if self.raw_editor is not None:
            self.raw_editor.set_value(data)
            return
        node = self.doc.node(self.key)
        by_field: dict[str, list[str]] = {}
        for issue in check_node_data(node.type, data):
            by_field.setdefault(issue.field, []).append(_sentence(issue))
        self._refresh_targets()
        for name, block in self.blocks.items():
            block.editor.set_value(data.get(name, MISSING))
            block.setVisible(block.spec.applies(data))
            block.issues.set_issues(by_field.pop(name, []) if block.spec.applies(data) else [])
        if self.extras_editor is not None:
            self.extras_editor.set_value({k: data[k] for k in self._extra_keys(data)})
        self.general_issue.set_issues([m for msgs in by_field.values() for m in msgs])

    def _refresh_targets(self) -> None:
        refs = [b.editor for b in self.blocks.values() if isinstance(b.editor, NodeRefEditor)]
        if not refs or not self.doc.has_node(self.key):
            return  # most forms point at no other step: skip the walk over every node
        targets = [
            (self.doc.node(k).id, self.doc.title(k)) for k in self.doc.node_keys() if k != self.key
        ]
        for editor in refs:
            editor.set_targets(targets)

    def _on_node_changed(self, key: str) -> None:
        if key == self.key:
            self.refresh()

    # --- edits -------------------------------------------------------------------------------------

    def _on_edited(self, name: str, editor: FieldEditor) -> None:
        if not self.doc.has_node(self.key):
            return
        new = dict(self._data())
        value = editor.value()
        if value is MISSING:
            if name not in new:
                return
            del new[name]
        else:
            new[name] = value
        self.doc.set_node_data(self.key, new, merge_id=name)

    def _apply_raw(self, data: dict[str, Any]) -> None:
        self.doc.set_node_data(self.key, data)

    def _apply_extras(self, extras: dict[str, Any]) -> None:
        data = self._data()
        known = {f.name for f in self.spec.fields} if self.spec else set()
        new = {k: v for k, v in data.items() if k in known}
        new.update(extras)
        # keep the file's key order: known keys where they were, extras as typed
        ordered = {k: new[k] for k in data if k in new}
        ordered.update({k: v for k, v in new.items() if k not in ordered})
        self.doc.set_node_data(self.key, ordered)


def _sentence(issue: DataIssue) -> str:
    """Issue messages are fragments ("is required"); under a field they read as sentences."""
    if issue.message.strip() == "is required":
        return QCoreApplication.translate("NodeForm", "Required.")
    text = issue_text(issue).strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
