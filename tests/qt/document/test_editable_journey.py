"""EditableJourney: every edit is one undo step, and undo/redo restore the file form exactly."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from journey_builder.document import (
    UNSET,
    EditableJourney,
    fragment_from_text,
    fragment_to_text,
)
from journey_builder.model import JourneyDocument, WorkflowDefinition


def _journey() -> dict[str, Any]:
    return {
        "name": "Welcome",
        "entryMode": "once",
        "triggerConfig": {"type": "contact_created", "conditions": {}},
        "definition": {
            "nodes": [
                {
                    "id": "start",
                    "type": "start",
                    "position": {"x": 0, "y": 0},
                    "data": {
                        "triggerConfig": {"type": "contact_created", "conditions": {}},
                        "entryMode": "once",
                    },
                },
                {
                    "id": "check",
                    "type": "condition",
                    "position": {"x": 0, "y": 160, "z": 3},
                    "data": {
                        "match": "all",
                        "rules": [{"field": "vip", "operator": "is_set"}],
                        "colour": "teal",
                    },
                    "selected": False,
                },
                {
                    "id": "wait",
                    "type": "delay",
                    "position": {"x": -150, "y": 320},
                    "data": {"amount": 2, "unit": "days"},
                },
                {"id": "mystery", "type": "crm_sync", "data": {"x": 1}},
                {"id": "bye", "type": "exit", "position": {"x": 0, "y": 480}, "data": {}},
                {
                    "id": "back",
                    "type": "jump_to",
                    "position": {"x": 200, "y": 480},
                    "data": {"targetNodeId": "check", "maxJumps": 2},
                },
            ],
            "edges": [
                {"id": "e1", "source": "start", "target": "check", "animated": True},
                {"id": "e2", "source": "check", "target": "wait", "sourceHandle": "yes"},
                {"source": "wait", "target": "bye"},
            ],
        },
        "id": "jrn_1",
        "updatedAt": "2025-01-01T00:00:00Z",
        "status": "draft",
        "owner": {"team": "growth"},
    }


@pytest.fixture
def ej(qtbot: QtBot) -> EditableJourney:
    return EditableJourney(JourneyDocument.model_validate(_journey()))


def _text(ej: EditableJourney) -> str:
    """The file text, so key order counts too."""
    return json.dumps(ej.to_json(), indent=2)


def _one_step(ej: EditableJourney, edit: Callable[[], Any]) -> Any:
    """Run ``edit``; check it is one undo step that undo and redo restore exactly."""
    before = _text(ej)
    depth = ej.undo_stack.count()
    result = edit()
    after = _text(ej)
    assert after != before
    assert ej.undo_stack.count() == depth + 1
    ej.undo_stack.undo()
    assert _text(ej) == before
    ej.undo_stack.redo()
    assert _text(ej) == after
    return result


def _key(ej: EditableJourney, node_id: str) -> str:
    (key,) = ej.keys_for_node_id(node_id)
    return key


def test_loading_keeps_the_file_exactly(ej: EditableJourney) -> None:
    assert ej.to_json() == _journey()
    assert len(ej.node_keys()) == 6
    assert len(ej.edge_keys()) == 3
    assert ej.undo_stack.isClean()


def test_lookup_by_key_and_id(ej: EditableJourney) -> None:
    check = _key(ej, "check")
    assert ej.node(check).type == "condition"
    assert ej.node_key(ej.node(check)) == check
    e2 = ej.edge_keys()[1]
    assert ej.edge_ends(e2) == (check, _key(ej, "wait"))
    assert ej.edge_key(ej.edge(e2)) == e2
    assert sorted(ej.edges_of(check)) == sorted(ej.edge_keys()[:2])


def test_add_node_with_default_data(ej: EditableJourney, qtbot: QtBot) -> None:
    with qtbot.waitSignal(ej.nodeAdded) as blocker:
        key = _one_step(ej, lambda: ej.add_node("delay", (10, 20)))
    assert blocker.args == [key]
    node = ej.node(key)
    assert node.id == "delay_1"
    assert node.data == {"amount": 1, "unit": "days"}
    assert node.to_json()["position"] == {"x": 10, "y": 20}
    assert ej.undo_stack.undoText() == "Add Delay"


def test_add_node_after_an_output_connects_it(ej: EditableJourney) -> None:
    check = _key(ej, "check")
    key = _one_step(ej, lambda: ej.add_node("tag", None, after=(check, "no")))
    (edge_key,) = [k for k in ej.edges_of(key)]
    assert ej.edge_ends(edge_key) == (check, key)
    assert ej.edge(edge_key).sourceHandle == "no"
    assert ej.undo_stack.undoText() == "Add Tag contact after Condition"
    assert float(ej.node(key).position.y) > 160  # type: ignore[union-attr]


def test_add_node_after_a_used_output_goes_in_between(ej: EditableJourney) -> None:
    check, wait = _key(ej, "check"), _key(ej, "wait")
    key = _one_step(ej, lambda: ej.add_node("delay", None, after=(check, "yes")))
    into = [k for k in ej.edges_of(key) if ej.edge_ends(k)[1] == key]
    out = [k for k in ej.edges_of(key) if ej.edge_ends(k)[0] == key]
    assert len(into) == 1 and ej.edge_ends(into[0])[0] == check
    assert len(out) == 1 and ej.edge_ends(out[0])[1] == wait
    assert "sourceHandle" not in ej.edge(out[0]).to_json()  # a delay has a single output


def test_add_exit_after_a_used_output_is_refused(ej: EditableJourney) -> None:
    with pytest.raises(ValueError, match="already connected"):
        ej.add_node("exit", None, after=(_key(ej, "check"), "yes"))
    assert ej.undo_stack.count() == 0


def test_new_start_mirrors_the_journey_trigger(qtbot: QtBot) -> None:
    ej = EditableJourney(
        JourneyDocument.model_validate(
            {"name": "x", "entryMode": "every_time", "triggerConfig": {"type": "manual"}}
        )
    )
    key = ej.add_node("start", (0, 0))
    assert ej.node(key).data == {"triggerConfig": {"type": "manual"}, "entryMode": "every_time"}


def test_remove_nodes_takes_their_edges(ej: EditableJourney, qtbot: QtBot) -> None:
    check = _key(ej, "check")
    removed: list[str] = []
    ej.edgeRemoved.connect(removed.append)
    _one_step(ej, lambda: ej.remove([check]))
    assert ej.keys_for_node_id("check") == []
    assert len(ej.edge_keys()) == 1
    assert len(removed) >= 2
    assert ej.undo_stack.undoText() == "Delete Condition"


def test_remove_edges_only(ej: EditableJourney) -> None:
    first = ej.edge_keys()[0]
    _one_step(ej, lambda: ej.disconnect_edges([first]))
    assert first not in ej.edge_keys()
    assert ej.undo_stack.undoText() == "Delete 1 connection"


def test_remove_of_several_nodes_restores_order(ej: EditableJourney) -> None:
    keys = [_key(ej, "wait"), _key(ej, "start"), _key(ej, "back")]
    _one_step(ej, lambda: ej.remove(keys))
    assert [ej.node(k).id for k in ej.node_keys()] == ["check", "mystery", "bye"]


def test_remove_nothing_pushes_nothing(ej: EditableJourney) -> None:
    ej.remove([], [])
    assert ej.undo_stack.count() == 0


def test_move_is_one_step_and_keeps_unknown_position_fields(ej: EditableJourney) -> None:
    check, wait = _key(ej, "check"), _key(ej, "wait")
    _one_step(ej, lambda: ej.move_nodes({check: (40, 200.5), wait: (-100.0, 330)}))
    assert ej.node(check).to_json()["position"] == {"x": 40, "y": 200.5, "z": 3}
    assert ej.node(wait).to_json()["position"] == {"x": -100, "y": 330}
    assert ej.undo_stack.undoText() == "Move 2 steps"


def test_move_of_a_node_without_position_undoes_to_none(ej: EditableJourney) -> None:
    mystery = _key(ej, "mystery")
    _one_step(ej, lambda: ej.move_nodes({mystery: (1, 2)}))
    ej.undo_stack.undo()
    assert "position" not in ej.node(mystery).to_json()


def test_place_unpositioned_is_not_an_undo_step(ej: EditableJourney) -> None:
    mystery, check = _key(ej, "mystery"), _key(ej, "check")
    ej.place_unpositioned({mystery: (5, 6), check: (999, 999)})
    assert ej.node(mystery).to_json()["position"] == {"x": 5, "y": 6}
    assert ej.node(check).to_json()["position"]["x"] == 0
    assert ej.undo_stack.count() == 0


def test_connect_and_refusals(ej: EditableJourney) -> None:
    check, wait, bye, start, back = (_key(ej, i) for i in ("check", "wait", "bye", "start", "back"))
    assert ej.can_connect(check, "yes", bye) is not None  # output already used
    assert "itself" in (ej.can_connect(wait, None, wait) or "")
    assert "start" in (ej.can_connect(wait, None, start) or "")
    assert "ends the journey" in (ej.can_connect(bye, None, wait) or "")
    assert "jumps" in (ej.can_connect(back, None, wait) or "")
    assert "no output named" in (ej.can_connect(check, "maybe", bye) or "")
    assert "already connected this way" in (ej.can_connect(check, "yes", wait) or "")
    with pytest.raises(ValueError, match="already connected"):
        ej.connect(check, "yes", bye)
    key = _one_step(ej, lambda: ej.connect(check, "no", bye))
    assert ej.edge(key).to_json() == {
        "id": "e_check_no_bye",
        "source": "check",
        "target": "bye",
        "sourceHandle": "no",
    }
    assert ej.undo_stack.undoText() == "Connect Condition “No” to Exit"


def test_connect_single_output_writes_no_handle(ej: EditableJourney) -> None:
    mystery, bye = _key(ej, "mystery"), _key(ej, "bye")
    key = ej.connect(mystery, None, bye)
    assert "sourceHandle" not in ej.edge(key).to_json()


def test_edit_data_merges_typing_in_one_field(ej: EditableJourney) -> None:
    wait = _key(ej, "wait")
    before = _text(ej)
    for label in ("W", "Wa", "Wai", "Wait"):
        ej.set_node_data(wait, {**ej.node(wait).data, "label": label}, merge_id="label")
    assert ej.undo_stack.count() == 1
    assert ej.node(wait).data["label"] == "Wait"
    ej.set_node_data(wait, {**ej.node(wait).data, "amount": 3}, merge_id="amount")
    assert ej.undo_stack.count() == 2
    ej.undo_stack.undo()
    ej.undo_stack.undo()
    assert _text(ej) == before


def test_edit_data_without_merge_id_is_separate_steps(ej: EditableJourney) -> None:
    wait = _key(ej, "wait")
    _one_step(ej, lambda: ej.set_node_data(wait, {"amount": 5, "unit": "hours"}))
    ej.set_node_data(wait, {"amount": 6, "unit": "hours"})
    assert ej.undo_stack.count() == 2
    assert ej.undo_stack.undoText() == "Edit Delay"


def test_typing_back_to_the_original_leaves_no_step(ej: EditableJourney) -> None:
    wait = _key(ej, "wait")
    original = dict(ej.node(wait).data)
    ej.set_node_data(wait, {**original, "amount": 23}, merge_id="amount")
    ej.set_node_data(wait, original, merge_id="amount")
    assert ej.undo_stack.count() == 0
    assert ej.to_json() == _journey()


def test_editing_the_start_trigger_changes_the_journey(ej: EditableJourney, qtbot: QtBot) -> None:
    start = _key(ej, "start")
    data = {"triggerConfig": {"type": "manual"}, "entryMode": "every_time"}
    with qtbot.waitSignal(ej.journeyChanged):
        _one_step(ej, lambda: ej.set_node_data(start, data))
    assert ej.document.triggerConfig is not None
    assert ej.document.triggerConfig.to_json() == {"type": "manual"}
    assert ej.document.entryMode == "every_time"


def test_journey_trigger_changes_the_start_node(ej: EditableJourney) -> None:
    start = _key(ej, "start")
    trigger = {"type": "custom_event", "eventName": "signup", "conditions": {}}
    _one_step(ej, lambda: ej.set_journey_fields(triggerConfig=trigger, entryMode="every_time"))
    assert ej.node(start).data == {"triggerConfig": trigger, "entryMode": "every_time"}
    assert ej.to_json()["triggerConfig"] == trigger
    assert ej.undo_stack.undoText() == "Change trigger"


def test_journey_fields_rename_extra_and_unset(ej: EditableJourney) -> None:
    _one_step(ej, lambda: ej.set_journey_fields(name="Hello"))
    assert ej.undo_stack.undoText() == "Rename journey"
    _one_step(ej, lambda: ej.set_journey_fields(owner=UNSET, colour="red", updatedAt=UNSET))
    data = ej.to_json()
    assert "owner" not in data and "updatedAt" not in data and data["colour"] == "red"
    with pytest.raises(ValueError):
        ej.set_journey_fields(definition={})


def test_journey_name_typing_merges(ej: EditableJourney) -> None:
    for name in ("H", "He", "Hey"):
        ej.set_journey_fields(name=name, merge_id="name")
    assert ej.undo_stack.count() == 1
    ej.undo_stack.undo()
    assert ej.document.name == "Welcome"


def test_rename_id_rewires_edges_and_jumps(ej: EditableJourney) -> None:
    check = _key(ej, "check")
    _one_step(ej, lambda: ej.set_node_id(check, "vip_check"))
    data = ej.to_json()
    edges = data["definition"]["edges"]
    assert edges[0]["target"] == "vip_check" and edges[1]["source"] == "vip_check"
    jump = next(n for n in data["definition"]["nodes"] if n["id"] == "back")
    assert jump["data"]["targetNodeId"] == "vip_check"
    assert ej.keys_for_node_id("vip_check") == [check]
    assert ej.keys_for_node_id("check") == []
    assert len(ej.edges_of(check)) == 2


def test_rename_id_refuses_a_taken_or_empty_id(ej: EditableJourney) -> None:
    with pytest.raises(ValueError, match="already has"):
        ej.set_node_id(_key(ej, "check"), "wait")
    with pytest.raises(ValueError, match="empty"):
        ej.set_node_id(_key(ej, "check"), "  ")
    assert ej.undo_stack.count() == 0


def test_copy_and_paste_gives_new_ids(ej: EditableJourney) -> None:
    keys = [_key(ej, "check"), _key(ej, "wait"), _key(ej, "back")]
    fragment = ej.fragment(keys)
    assert [n.id for n in fragment.nodes] == ["check", "wait", "back"]
    assert len(fragment.edges) == 1  # only check -> wait lies inside
    text = fragment_to_text(fragment)
    again = fragment_from_text(text)
    assert again is not None and again.to_json() == fragment.to_json()
    new_keys = _one_step(ej, lambda: ej.paste(again, offset=(40, 40)))
    ids = [ej.node(k).id for k in new_keys]
    assert ids == ["condition_1", "delay_1", "jump_to_1"]
    assert ej.node(new_keys[0]).to_json()["position"] == {"x": 40, "y": 200, "z": 3}
    assert ej.node(new_keys[0]).to_json()["selected"] is False  # unknown fields kept
    assert ej.node(new_keys[2]).data["targetNodeId"] == "condition_1"
    (inner,) = [k for k in ej.edges_of(new_keys[0]) if ej.edge_ends(k)[1] == new_keys[1]]
    assert ej.edge(inner).sourceHandle == "yes"
    assert ej.undo_stack.undoText() == "Paste 3 steps"


def test_paste_twice_never_reuses_ids(ej: EditableJourney) -> None:
    fragment = ej.fragment([_key(ej, "wait")])
    first = ej.paste(fragment)
    second = ej.paste(fragment)
    assert ej.node(first[0]).id != ej.node(second[0]).id


def test_clipboard_text_that_is_not_a_fragment() -> None:
    assert fragment_from_text("hello") is None
    assert fragment_from_text('{"nodes": 3}') is None
    assert fragment_from_text('{"nodes": [{"type": "delay"}]}') is None  # node without id
    doc = fragment_from_text(json.dumps(_journey()))
    assert doc is not None and len(doc.nodes) == 6


def test_apply_layout_is_one_step(ej: EditableJourney) -> None:
    positions = {k: (float(i * 10), float(i * 100)) for i, k in enumerate(ej.node_keys())}
    _one_step(ej, lambda: ej.apply_layout(positions))
    assert ej.undo_stack.undoText() == "Auto-layout"


def test_replace_document_and_back(ej: EditableJourney, qtbot: QtBot) -> None:
    check = _key(ej, "check")
    other = JourneyDocument.model_validate({"name": "Other", "definition": {"nodes": []}})
    with qtbot.waitSignal(ej.documentReset):
        _one_step(ej, lambda: ej.replace_document(other, "Restore version 2"))
    assert ej.document.name == "Other"
    ej.undo_stack.undo()
    assert ej.node(check).id == "check"  # old keys are valid again
    ej.undo_stack.redo()
    assert ej.node_keys() == []


def test_edges_list_absent_in_file_appears_and_goes_again(qtbot: QtBot) -> None:
    ej = EditableJourney(
        JourneyDocument.model_validate(
            {"definition": {"nodes": [{"id": "a", "type": "delay"}, {"id": "b", "type": "exit"}]}}
        )
    )
    a, b = ej.node_keys()
    key = _one_step(ej, lambda: ej.connect(a, None, b))
    assert ej.to_json()["definition"]["edges"] == [ej.edge(key).to_json()]
    ej.undo_stack.undo()
    assert "edges" not in ej.to_json()["definition"]


def test_duplicate_ids_have_one_key_each(qtbot: QtBot) -> None:
    doc = JourneyDocument.model_validate(
        {
            "definition": {
                "nodes": [{"id": "a", "type": "delay"}, {"id": "a", "type": "exit"}],
                "edges": [{"source": "a", "target": "a"}],
            }
        }
    )
    ej = EditableJourney(doc)
    first, second = ej.node_keys()
    assert ej.keys_for_node_id("a") == [first, second]
    (edge,) = ej.edge_keys()
    assert ej.edge_ends(edge) == (first, first)
    assert ej.edges_of(second) == []
    ej.remove([first])
    assert ej.keys_for_node_id("a") == [second]
    assert ej.edge_keys() == []


def test_signals_for_each_kind_of_change(ej: EditableJourney, qtbot: QtBot) -> None:
    wait = _key(ej, "wait")
    with qtbot.waitSignal(ej.nodeMoved, check_params_cb=lambda k: k == wait):
        ej.move_nodes({wait: (1, 1)})
    with qtbot.waitSignal(ej.nodeChanged, check_params_cb=lambda k: k == wait):
        ej.set_node_data(wait, {"amount": 9, "unit": "days"})
    with qtbot.waitSignals([ej.nodeRemoved, ej.changed]):
        ej.remove([wait])
    with qtbot.waitSignal(ej.nodeAdded, check_params_cb=lambda k: k == wait):
        ej.undo_stack.undo()


def test_reset_document_clears_history(ej: EditableJourney) -> None:
    ej.add_node("exit", (0, 0))
    ej.reset_document(JourneyDocument(definition=WorkflowDefinition()))
    assert ej.undo_stack.count() == 0
    assert ej.node_keys() == []
