"""The trigger editor: what starts the journey, its parameters and its conditions.

Used for the start node's ``triggerConfig`` and for the journey's own trigger. Keys the app does
not know stay in the trigger; changing the type drops only the old type's known parameters.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from journey_builder.i18n import catalogue_text, issue_text
from journey_builder.model import TRIGGER_PARAMETERS, TRIGGER_TYPES, FieldSpec, check_trigger
from journey_builder.model.texts import QT_TRANSLATE_NOOP
from journey_builder.ui.common.widgets import IssueLabel, PlainLabel, muted_label
from journey_builder.ui.inspector.field_editors import (
    MISSING,
    ChoiceCombo,
    ChoiceEditor,
    FieldEditor,
    TextEditor,
)
from journey_builder.ui.inspector.structured_editors import JsonObjectEditor

__all__ = ["TriggerEditor"]

_CONDITIONS = FieldSpec(
    "conditions",
    QT_TRANSLATE_NOOP("Catalogue", "Conditions"),
    "json",
    placeholder=QT_TRANSLATE_NOOP("Catalogue", '{} for none, or {"match": "all", "rules": [ … ]}'),
)


class TriggerEditor(FieldEditor):
    """Type (from TRIGGER_TYPES), the type's parameters, and conditions as JSON."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self._base: dict[str, Any] = {}
        self._shown_type: Any = None
        self._params: dict[str, tuple[FieldEditor, IssueLabel]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.type_combo = ChoiceCombo(TRIGGER_TYPES, self)
        self.type_combo.setAccessibleName(self.tr("Trigger type"))
        self.type_combo.picked.connect(self._on_type)
        layout.addWidget(self.type_combo)
        self.type_issue = IssueLabel(self)
        layout.addWidget(self.type_issue)
        self._params_host = QWidget(self)
        self._params_layout = QVBoxLayout(self._params_host)
        self._params_layout.setContentsMargins(12, 4, 0, 0)
        self._params_layout.setSpacing(4)
        layout.addWidget(self._params_host)
        layout.addSpacing(4)
        layout.addWidget(PlainLabel(self.tr("Conditions (JSON)"), self))
        self.conditions = JsonObjectEditor(_CONDITIONS, self, lines=2)
        self.conditions.setAccessibleName(self.tr("Trigger conditions"))
        self.conditions.edited.connect(self._on_conditions)
        layout.addWidget(self.conditions)
        self.conditions_issue = IssueLabel(self)
        layout.addWidget(self.conditions_issue)
        self.setFocusProxy(self.type_combo)

    @staticmethod
    def accepts(value: Any) -> bool:
        return value is MISSING or (
            isinstance(value, dict) and isinstance(value.get("type", ""), str)
        )

    def set_value(self, value: Any) -> None:
        self._base = dict(value) if isinstance(value, dict) else {}
        ttype = self._base.get("type", MISSING)
        if ttype is MISSING or ttype == "":
            self.type_combo.setCurrentIndex(-1)
            self.type_combo.setPlaceholderText(self.tr("Choose what starts the journey…"))
        else:
            self.type_combo.set_current(ttype)
        if ttype != self._shown_type:
            self._shown_type = ttype
            self._build_params(ttype)
        for name, (editor, _issue) in self._params.items():
            editor.set_value(self._base.get(name, MISSING))
        self.conditions.set_value(self._base.get("conditions", MISSING))
        self._show_issues()

    def value(self) -> Any:
        return dict(self._base)

    def focus_widget(self) -> QWidget:
        return self.type_combo

    def _build_params(self, ttype: Any) -> None:
        while self._params_layout.count():
            item = self._params_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._params = {}
        specs = TRIGGER_PARAMETERS.get(ttype, ()) if isinstance(ttype, str) else ()
        for param in specs:
            label = catalogue_text(param.label)
            self._params_layout.addWidget(PlainLabel(label, self._params_host))
            editor: FieldEditor = (
                ChoiceEditor(param, self._params_host)
                if param.kind == "choice"
                else TextEditor(param, self._params_host)
            )
            editor.setAccessibleName(self.tr("Trigger: {parameter}").format(parameter=label))
            editor.edited.connect(lambda name=param.name, ed=editor: self._on_param(name, ed))
            self._params_layout.addWidget(editor)
            issue = IssueLabel(self._params_host)
            self._params_layout.addWidget(issue)
            self._params[param.name] = (editor, issue)
        if isinstance(ttype, str) and ttype and ttype not in TRIGGER_PARAMETERS:
            self._params_layout.addWidget(
                muted_label(
                    self.tr(
                        "A trigger type this app does not know: its settings are kept as they are."
                    )
                )
            )
        self._params_host.setVisible(self._params_layout.count() > 0)

    def _on_type(self, new_type: Any) -> None:
        old = self._base.get("type")
        if new_type == old:
            return
        keep = {p.name for p in TRIGGER_PARAMETERS.get(new_type, ())}
        for p in TRIGGER_PARAMETERS.get(old, ()) if isinstance(old, str) else ():
            if p.name not in keep:
                self._base.pop(p.name, None)
        self._base["type"] = new_type
        self._base.setdefault("conditions", {})
        self._shown_type = new_type
        self._build_params(new_type)
        for name, (editor, _issue) in self._params.items():
            editor.set_value(self._base.get(name, MISSING))
        self._show_issues()
        self.edited.emit()

    def _on_param(self, name: str, editor: FieldEditor) -> None:
        value = editor.value()
        if value is MISSING:
            self._base.pop(name, None)
        else:
            self._base[name] = value
        self._show_issues()
        self.edited.emit()

    def _on_conditions(self) -> None:
        value = self.conditions.value()
        if value is MISSING:
            self._base.pop("conditions", None)
        else:
            self._base["conditions"] = value
        self._show_issues()
        self.edited.emit()

    def _show_issues(self) -> None:
        by_field: dict[str, list[str]] = {}
        for issue in check_trigger(self._base):
            by_field.setdefault(issue.field, []).append(issue_text(issue))
        self.type_issue.set_issues(by_field.pop("type", []) + by_field.pop("triggerConfig", []))
        for name, (_editor, label) in self._params.items():
            label.set_issues(by_field.pop(name, []))
        self.conditions_issue.set_issues(by_field.pop("conditions", []))
