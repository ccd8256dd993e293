"""The inspector: forms generated from the catalogue, edits through the document, one undo step
per field typed, live checks, raw JSON for what the app does not know."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox

from journey_builder.document import EditableJourney
from journey_builder.model import JourneyDocument
from journey_builder.ui.inspector.field_editors import (
    ChoiceEditor,
    IntegerEditor,
    TextEditor,
    TimeoutEditor,
)
from journey_builder.ui.inspector.inspector import Inspector
from journey_builder.ui.inspector.journey_form import JourneyForm
from journey_builder.ui.inspector.list_editors import BranchesEditor, RulesEditor
from journey_builder.ui.inspector.node_form import NodeForm
from journey_builder.ui.inspector.structured_editors import JsonEditor, NodeRefEditor, TagsEditor
from journey_builder.ui.inspector.trigger_editor import TriggerEditor


def _doc(**extra: Any) -> EditableJourney:
    body: dict[str, Any] = {
        "name": "Welcome",
        "entryMode": "once",
        "triggerConfig": {"type": "contact_created", "conditions": {}},
        "definition": {"nodes": [], "edges": []},
    }
    body.update(extra)
    return EditableJourney(JourneyDocument.model_validate(body))


def _inspect(qtbot: Any, doc: EditableJourney, key: str | None) -> Inspector:
    inspector = Inspector()
    qtbot.addWidget(inspector)
    inspector.resize(360, 800)
    inspector.set_document(doc)
    inspector.show_selection([key] if key else [])
    inspector.show()
    return inspector


def _form(inspector: Inspector) -> NodeForm:
    assert isinstance(inspector.form, NodeForm)
    return inspector.form


def test_each_field_kind_gets_its_editor(qtbot: Any) -> None:
    doc = _doc()
    kinds = {
        "send_message": {"channel": ChoiceEditor, "templateId": TextEditor},
        "ask_question": {"timeout": TimeoutEditor, "choices": TagsEditor},
        "delay": {"amount": IntegerEditor},
        "condition": {"rules": RulesEditor},
        "random_split": {"branches": BranchesEditor},
        "start": {"triggerConfig": TriggerEditor},
        "jump_to": {"targetNodeId": NodeRefEditor},
        "http_request": {"body": JsonEditor},
    }
    for node_type, expected in kinds.items():
        key = doc.add_node(node_type, (0, 0))
        inspector = _inspect(qtbot, doc, key)
        form = _form(inspector)
        for field, cls in expected.items():
            assert type(form.blocks[field].editor) is cls, (node_type, field)


def test_choice_combo_shows_labels_and_edits_go_to_the_document(qtbot: Any) -> None:
    doc = _doc()
    key = doc.add_node("send_message", (0, 0))
    inspector = _inspect(qtbot, doc, key)
    form = _form(inspector)
    combo = form.blocks["channel"].editor.findChild(QComboBox)
    assert combo is not None
    assert combo.currentText() == "Email"
    index = combo.findText("SMS")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert doc.node(key).data["channel"] == "sms"
    # the subject applies to email only: hidden now
    assert not form.blocks["subject"].isVisibleTo(form)


def test_typing_in_a_field_is_one_undo_step_and_updates_the_title(qtbot: Any) -> None:
    doc = _doc()
    key = doc.add_node("delay", (0, 0))
    steps_before = doc.undo_stack.count()
    inspector = _inspect(qtbot, doc, key)
    form = _form(inspector)
    line = form.blocks["label"].editor.focus_widget()
    line.setFocus()
    qtbot.keyClicks(line, "Cool off")
    assert doc.node(key).data["label"] == "Cool off"
    assert doc.title(key) == "Cool off"
    assert doc.undo_stack.count() == steps_before + 1
    doc.undo_stack.undo()
    assert "label" not in doc.node(key).data
    assert line.text() == ""  # the form follows undo


def test_integer_spin_box_has_the_catalogue_range(qtbot: Any) -> None:
    doc = _doc()
    key = doc.add_node("jump_to", (0, 0))
    inspector = _inspect(qtbot, doc, key)
    form = _form(inspector)
    spin = form.blocks["maxJumps"].editor.findChild(QSpinBox)
    assert spin is not None
    assert (spin.minimum(), spin.maximum(), spin.value()) == (1, 10, 1)
    assert spin.text() == "1"
    spin.setValue(4)
    assert doc.node(key).data["maxJumps"] == 4


def test_live_check_shows_under_the_field(qtbot: Any) -> None:
    doc = _doc()
    key = doc.add_node("http_request", (0, 0))
    inspector = _inspect(qtbot, doc, key)
    form = _form(inspector)
    issues = form.blocks["url"].issues
    assert issues.isVisibleTo(form)
    assert "https://" in issues.text()
    assert issues.textFormat() == Qt.TextFormat.PlainText
    line = form.blocks["url"].editor.focus_widget()
    qtbot.keyClicks(line, "example.com/hook")
    assert doc.node(key).data["url"] == "https://example.com/hook"
    assert not issues.isVisibleTo(form)


def test_rules_editor_adds_edits_and_removes_rules(qtbot: Any) -> None:
    doc = _doc()
    key = doc.add_node("condition", (0, 0))
    inspector = _inspect(qtbot, doc, key)
    form = _form(inspector)
    editor = form.blocks["rules"].editor
    assert isinstance(editor, RulesEditor)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert len(doc.node(key).data["rules"]) == 2
    row = editor._row_widgets[1]
    qtbot.keyClicks(row.field, "orders")  # type: ignore[attr-defined]
    op = row.operator  # type: ignore[attr-defined]
    op.setCurrentIndex(op.findData("greater_than"))
    op.activated.emit(op.currentIndex())
    qtbot.keyClicks(row.value, "3")  # type: ignore[attr-defined]
    assert doc.node(key).data["rules"][1] == {
        "field": "orders",
        "operator": "greater_than",
        "value": 3,
    }
    remove = row.remove  # type: ignore[attr-defined]
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert len(doc.node(key).data["rules"]) == 1
    assert "Rule 1 needs a field." in form.blocks["rules"].issues.text()


def test_branches_editor_shows_a_live_sum(qtbot: Any) -> None:
    doc = _doc()
    key = doc.add_node("random_split", (0, 0))
    inspector = _inspect(qtbot, doc, key)
    form = _form(inspector)
    editor = form.blocks["branches"].editor
    assert isinstance(editor, BranchesEditor)
    assert editor.total.text() == "Total 100 %"
    editor._row_widgets[0].percent.setValue(30)  # type: ignore[attr-defined]
    assert doc.node(key).data["branches"][0]["percent"] == 30
    assert editor.total.text().startswith("Total 80 %")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    branches = doc.node(key).data["branches"]
    assert [b["id"] for b in branches] == ["a", "b", "c"]
    assert branches[2]["percent"] == 20
    assert editor.total.text() == "Total 100 %"
    assert editor.even_button is not None
    qtbot.mouseClick(editor.even_button, Qt.MouseButton.LeftButton)
    assert [b["percent"] for b in doc.node(key).data["branches"]] == [34, 33, 33]


def test_trigger_editor_shows_the_type_parameters(qtbot: Any) -> None:
    doc = _doc()
    key = doc.add_node("start", (0, 0))
    inspector = _inspect(qtbot, doc, key)
    form = _form(inspector)
    editor = form.blocks["triggerConfig"].editor
    assert isinstance(editor, TriggerEditor)
    combo = editor.type_combo
    combo.setCurrentIndex(combo.findData("custom_event"))
    combo.activated.emit(combo.currentIndex())
    assert doc.node(key).data["triggerConfig"]["type"] == "custom_event"
    # the journey's trigger follows the start step (same undo step)
    assert doc.document.triggerConfig is not None
    assert doc.document.triggerConfig.type == "custom_event"
    name_editor, issue = editor._params["eventName"]
    assert "event name" in issue.text()
    qtbot.keyClicks(name_editor.focus_widget(), "signed_up")
    assert doc.node(key).data["triggerConfig"]["eventName"] == "signed_up"
    assert not issue.isVisibleTo(editor)


def test_json_field_applies_only_valid_json(qtbot: Any) -> None:
    doc = _doc()
    key = doc.add_node("http_request", (0, 0))
    inspector = _inspect(qtbot, doc, key)
    form = _form(inspector)
    editor = form.blocks["body"].editor
    assert isinstance(editor, JsonEditor)
    qtbot.keyClicks(editor.box, '{"a": ')
    assert "body" not in doc.node(key).data
    assert editor.error.isVisibleTo(form)
    qtbot.keyClicks(editor.box, "1}")
    assert doc.node(key).data["body"] == {"a": 1}
    assert not editor.error.isVisibleTo(form)


def test_node_ref_lists_other_steps_by_title(qtbot: Any) -> None:
    doc = _doc()
    wait = doc.add_node("delay", (0, 0))
    jump = doc.add_node("jump_to", (0, 200))
    inspector = _inspect(qtbot, doc, jump)
    form = _form(inspector)
    combo = form.blocks["targetNodeId"].editor.findChild(QComboBox)
    assert combo is not None
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "Delay  ·  delay_1" in texts
    assert not any("jump_to" in t for t in texts)
    combo.setCurrentIndex(texts.index("Delay  ·  delay_1"))
    combo.activated.emit(combo.currentIndex())
    assert doc.node(jump).data["targetNodeId"] == doc.node(wait).id


def test_tags_editor_adds_on_enter_and_removes(qtbot: Any) -> None:
    doc = _doc()
    key = doc.add_node("tag", (0, 0))
    inspector = _inspect(qtbot, doc, key)
    form = _form(inspector)
    editor = form.blocks["tags"].editor
    assert isinstance(editor, TagsEditor)
    qtbot.keyClicks(editor.line, "vip")
    qtbot.keyClick(editor.line, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.line, "new, trial,")
    assert doc.node(key).data["tags"] == ["vip", "new", "trial"]
    qtbot.keyClick(editor.line, Qt.Key.Key_Backspace)
    assert doc.node(key).data["tags"] == ["vip", "new"]


def test_unknown_node_type_is_edited_as_json(qtbot: Any) -> None:
    doc = _doc()
    key = doc.add_node("sms_survey", (0, 0), {"questions": 3})
    inspector = _inspect(qtbot, doc, key)
    form = _form(inspector)
    assert form.raw_editor is not None
    assert "sms_survey" in form.type_label.text()
    raw = form.raw_editor
    raw.box.setPlainText('{"questions": 4,')
    raw.apply_button.click()
    assert doc.node(key).data == {"questions": 3}
    assert "not valid JSON" in raw.error.text()
    assert "Nothing was changed" in raw.error.text()
    raw.box.setPlainText('{"questions": 4, "lang": "de"}')
    raw.apply_button.click()
    assert doc.node(key).data == {"questions": 4, "lang": "de"}
    assert not raw.error.isVisibleTo(form)


def test_unknown_data_fields_are_kept_and_editable(qtbot: Any) -> None:
    doc = _doc()
    key = doc.add_node("delay", (0, 0), {"amount": 2, "unit": "days", "jitter": 5})
    inspector = _inspect(qtbot, doc, key)
    form = _form(inspector)
    assert form.extras_editor is not None
    assert '"jitter": 5' in form.extras_editor.box.toPlainText()
    form.blocks["amount"].editor.findChild(QSpinBox).setValue(3)  # type: ignore[union-attr]
    assert doc.node(key).data == {"amount": 3, "unit": "days", "jitter": 5}
    form.extras_editor.box.setPlainText('{"jitter": 10}')
    form.extras_editor.apply()
    assert doc.node(key).data == {"amount": 3, "unit": "days", "jitter": 10}


def test_value_of_the_wrong_shape_is_shown_as_json(qtbot: Any) -> None:
    doc = _doc()
    key = doc.add_node("delay", (0, 0), {"amount": [1, 2], "unit": "days"})
    inspector = _inspect(qtbot, doc, key)
    form = _form(inspector)
    block = form.blocks["amount"]
    assert isinstance(block.editor, JsonEditor)
    assert "Shown as JSON" in block.help.text()
    assert block.issues.text() == "Must be a number."


def test_journey_form_when_nothing_is_selected(qtbot: Any) -> None:
    doc = _doc()
    doc.add_node("start", (0, 0))
    inspector = _inspect(qtbot, doc, None)
    form = inspector.form
    assert isinstance(form, JourneyForm)
    assert form.name_edit.text() == "Welcome"
    before = doc.undo_stack.count()
    form.name_edit.selectAll()
    qtbot.keyClicks(form.name_edit, "Onboarding")
    assert doc.document.name == "Onboarding"
    assert doc.undo_stack.count() == before + 1
    combo = form.entry.combo
    combo.setCurrentIndex(combo.findData("every_time"))
    combo.activated.emit(combo.currentIndex())
    assert doc.document.entryMode == "every_time"
    start = doc.node(doc.node_keys()[0])
    assert start.data["entryMode"] == "every_time"


def test_selection_switches_forms_and_removal_returns_to_journey(qtbot: Any) -> None:
    doc = _doc()
    a = doc.add_node("delay", (0, 0))
    b = doc.add_node("exit", (0, 200))
    inspector = _inspect(qtbot, doc, a)
    assert isinstance(inspector.form, NodeForm)
    inspector.show_selection([a, b])
    labels = [w.text() for w in inspector.form.findChildren(QLabel)]  # type: ignore[union-attr]
    assert "2 steps selected" in labels
    inspector.show_selection([a])
    doc.remove([a])
    assert isinstance(inspector.form, JourneyForm)


def test_renaming_a_step_id_refuses_duplicates(qtbot: Any) -> None:
    doc = _doc()
    a = doc.add_node("delay", (0, 0))
    doc.add_node("exit", (0, 200))
    inspector = _inspect(qtbot, doc, a)
    form = _form(inspector)
    form.id_edit.setText("exit_1")
    form.id_edit.editingFinished.emit()
    assert doc.node(a).id == "delay_1"
    assert "already has the id" in form.id_issue.text()
    form.id_edit.setText("cool_off")
    form.id_edit.editingFinished.emit()
    assert doc.node(a).id == "cool_off"


@pytest.mark.parametrize("name", ["<b>bold</b>", "<img src=x>"])
def test_texts_from_files_are_plain(qtbot: Any, name: str) -> None:
    doc = _doc(name=name)
    inspector = _inspect(qtbot, doc, None)
    for label in inspector.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_an_unfinished_json_draft_survives_edits_to_other_fields(qtbot: Any) -> None:
    doc = _doc()
    key = doc.add_node("http_request", (0, 0))
    inspector = _inspect(qtbot, doc, key)
    form = _form(inspector)
    body = form.blocks["body"].editor
    assert isinstance(body, JsonEditor)
    qtbot.keyClicks(body.box, '{"order": ')
    qtbot.keyClicks(form.blocks["url"].editor.focus_widget(), "example.com")
    assert body.box.toPlainText() == '{"order": '
    assert body.error.isVisibleTo(form)
    assert "body" not in doc.node(key).data
    assert doc.node(key).data["url"] == "https://example.com"
