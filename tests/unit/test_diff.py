"""The journey diff: which steps, connections and settings differ between two journeys."""

from __future__ import annotations

import copy
from typing import Any

from journey_builder.model import JourneyDocument
from journey_builder.model.diff import EdgeEnds, NodeRef, diff_definitions, diff_journeys
from tests.unit.journey_fixtures import post_purchase


def _doc(obj: dict[str, Any]) -> JourneyDocument:
    return JourneyDocument.model_validate(obj)


def _node(obj: dict[str, Any], node_id: str) -> dict[str, Any]:
    node = next(n for n in obj["definition"]["nodes"] if n["id"] == node_id)
    assert isinstance(node, dict)
    return node


def test_same_journey_has_no_differences() -> None:
    a = _doc(post_purchase())
    b = _doc(post_purchase())
    diff = diff_journeys(a, b)
    assert diff.is_empty
    assert diff.definition.summary() == "No differences"
    assert diff.settings_changed == ()


def test_added_removed_and_changed_steps() -> None:
    before = post_purchase()
    after = copy.deepcopy(before)
    after["definition"]["nodes"] = [n for n in after["definition"]["nodes"] if n["id"] != "loyal"]
    after["definition"]["edges"] = [
        e for e in after["definition"]["edges"] if "loyal" not in (e.get("source"), e.get("target"))
    ]
    after["definition"]["nodes"].append(
        {"id": "extra", "type": "exit", "position": {"x": 0, "y": 900}, "data": {}}
    )
    _node(after, "wait")["data"] = {"label": "Wait 3 days", "amount": 3, "unit": "days"}
    diff = diff_definitions(_doc(before).definition, _doc(after).definition)
    assert diff.added_nodes == (NodeRef("extra"),)
    assert diff.removed_nodes == (NodeRef("loyal"),)
    assert diff.changed_nodes == (NodeRef("wait"),)
    assert diff.moved_nodes == ()
    assert diff.removed_edges and all("loyal" in (e.source, e.target) for e in diff.removed_edges)
    assert diff.added_edges == ()
    assert diff.differs
    assert diff.summary().startswith("1 step added, 1 removed, 1 changed; ")


def test_a_move_is_not_a_change() -> None:
    before = post_purchase()
    after = copy.deepcopy(before)
    _node(after, "wait")["position"] = {"x": 999, "y": 999}
    diff = diff_definitions(_doc(before).definition, _doc(after).definition)
    assert diff.moved_nodes == (NodeRef("wait"),)
    assert diff.changed_nodes == ()
    assert not diff.differs
    assert not diff.is_empty
    assert diff.summary() == "1 step moved"


def test_edges_are_matched_by_their_ends_not_their_ids() -> None:
    before = post_purchase()
    after = copy.deepcopy(before)
    for i, edge in enumerate(after["definition"]["edges"]):
        edge["id"] = f"renamed-{i}"
    assert diff_definitions(_doc(before).definition, _doc(after).definition).is_empty
    first = after["definition"]["edges"][0]
    first["target"] = "thanks"
    diff = diff_definitions(_doc(before).definition, _doc(after).definition)
    assert diff.added_edges == (EdgeEnds(first["source"], first.get("sourceHandle"), "thanks"),)
    assert len(diff.removed_edges) == 1


def test_repeated_ids_are_matched_in_order() -> None:
    nodes = [
        {"id": "dup", "type": "tag", "data": {"tags": ["a"]}},
        {"id": "dup", "type": "tag", "data": {"tags": ["b"]}},
    ]
    before = {"name": "x", "definition": {"nodes": nodes, "edges": []}}
    after = copy.deepcopy(before)
    after["definition"]["nodes"][1]["data"] = {"tags": ["c"]}
    after["definition"]["nodes"].append({"id": "dup", "type": "tag", "data": {}})
    diff = diff_definitions(_doc(before).definition, _doc(after).definition)
    assert diff.changed_nodes == (NodeRef("dup", 1),)
    assert diff.added_nodes == (NodeRef("dup", 2),)


def test_unknown_fields_and_types_count_as_content() -> None:
    before = {
        "name": "x",
        "definition": {"nodes": [{"id": "w", "type": "webhook_v9", "data": {"k": 1}}]},
    }
    after = copy.deepcopy(before)
    after["definition"]["nodes"][0]["colour"] = "teal"
    diff = diff_definitions(_doc(before).definition, _doc(after).definition)
    assert diff.changed_nodes == (NodeRef("w"),)


def test_journey_settings() -> None:
    before = _doc(post_purchase())
    after_obj = post_purchase()
    after_obj["name"] = "Renamed"
    after_obj["entryMode"] = "multiple"
    after_obj["labels"] = ["vip"]
    after_obj["id"] = "jrn_1"  # sync metadata is not content
    after_obj["updatedAt"] = "2030-01-01T00:00:00Z"
    diff = diff_journeys(before, _doc(after_obj))
    assert diff.name_changed
    assert diff.entry_mode_changed
    assert not diff.trigger_changed
    assert diff.other_fields == ("labels",)
    assert diff.settings_changed == ("name", "entry mode", "labels")
    assert diff.definition.is_empty


def test_trigger_compared_as_it_takes_effect() -> None:
    obj = post_purchase()
    moved = copy.deepcopy(obj)
    moved["triggerConfig"] = _node(moved, "start")["data"]["triggerConfig"]
    assert not diff_journeys(_doc(obj), _doc(moved)).trigger_changed
    other = copy.deepcopy(obj)
    other["triggerConfig"] = {"type": "contact_created", "conditions": {}}
    assert diff_journeys(_doc(obj), _doc(other)).trigger_changed
