"""The journey model and node catalogue: open enums, start-step fallbacks, strict numbers."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from journey_builder.model import (
    CATALOGUE,
    Journey,
    JourneyDocument,
    Position,
    check_node_data,
    check_trigger,
    known_node_types,
    node_outputs,
    node_summary,
    node_title,
    spec_for,
)
from tests.unit.journey_fixtures import TRIGGER, post_purchase

DESIGN_TYPES = {
    "start", "send_message", "ask_question", "delay", "wait_for_event", "condition",
    "random_split", "update_contact", "tag", "assign", "conversation", "http_request",
    "jump_to", "exit",
}  # fmt: skip


def test_the_catalogue_holds_every_node_type_of_the_design() -> None:
    assert set(CATALOGUE) == DESIGN_TYPES
    assert set(known_node_types()) == DESIGN_TYPES


def test_open_enums_keep_values_we_do_not_know() -> None:
    journey = Journey.model_validate(
        {
            "id": "jrn_1",
            "status": "archived",
            "entryMode": "fortnightly",
            "triggerConfig": {"type": "moon_phase", "phase": "full"},
            "definition": {"nodes": [{"id": "a", "type": "teleport", "data": {}}], "edges": []},
        }
    )
    doc = JourneyDocument.from_journey(journey)
    out = doc.to_json()
    assert out["status"] == "archived" and out["entryMode"] == "fortnightly"
    assert out["triggerConfig"] == {"type": "moon_phase", "phase": "full"}
    assert out["definition"]["nodes"][0]["type"] == "teleport"


def test_the_start_step_stands_in_for_a_missing_trigger_and_entry_mode() -> None:
    doc = JourneyDocument.model_validate({"definition": post_purchase()["definition"]})
    assert doc.effective_trigger() == TRIGGER
    assert doc.effective_entry_mode() == "once"
    own = JourneyDocument.model_validate({**post_purchase(), "entryMode": "every_time"})
    assert own.effective_entry_mode() == "every_time"


def test_the_api_body_leaves_out_what_the_server_owns() -> None:
    doc = JourneyDocument.model_validate(
        {**post_purchase(), "id": "jrn_1", "updatedAt": "x", "status": "draft", "custom": 1}
    )
    body = doc.api_body()
    assert set(body) == {"name", "entryMode", "triggerConfig", "definition", "custom"}


def test_a_change_by_assignment_is_written_back() -> None:
    doc = JourneyDocument.model_validate({"name": "x", "definition": {"nodes": [
        {"id": "a", "type": "delay"}]}})  # fmt: skip
    node = doc.nodes[0]
    node.data = {"amount": 3, "unit": "days"}
    node.position = Position(x=10, y=20.5)
    assert doc.to_json()["definition"]["nodes"][0] == {
        "id": "a",
        "type": "delay",
        "data": {"amount": 3, "unit": "days"},
        "position": {"x": 10, "y": 20.5},
    }


def test_nothing_is_added_on_the_way_out() -> None:
    minimal = {"definition": {"nodes": [{"id": "a", "type": "exit"}], "edges": [{}]}}
    assert JourneyDocument.model_validate(minimal).to_json() == minimal


@pytest.mark.parametrize("value", [1, -3, 2.5, 1.0, 10**30])
def test_positions_keep_their_numbers_exactly(value: Any) -> None:
    pos = Position.model_validate({"x": value, "y": 0})
    assert pos.x == value and type(pos.x) is type(value)


@pytest.mark.parametrize("value", [True, "10", None, [1]])
def test_positions_refuse_what_is_not_a_number(value: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        Position.model_validate({"x": value})
    assert caught.value.error_count() == 1


def test_titles_outputs_and_summaries() -> None:
    assert node_title("delay", {"label": "  Wait 2 days "}) == "Wait 2 days"
    assert node_title("delay", {}) == "Delay"
    assert node_title("teleport", {}) == "teleport"
    assert [o.handle for o in node_outputs("condition", {})] == ["yes", "no"]
    assert [o.handle for o in node_outputs("teleport", {})] == [None]
    assert node_outputs("exit", {}) == []
    split = {"branches": [{"id": "a", "percent": 70}, {"id": "b", "percent": 30}, {"x": 1}]}
    assert [o.handle for o in node_outputs("random_split", split)] == ["a", "b"]
    assert node_summary("delay", {"amount": 1, "unit": "days"}) == "Wait 1 day"
    assert node_summary("teleport", {}).startswith("Unknown type")
    assert spec_for("teleport") is None


def test_check_node_data_names_fields() -> None:
    issues = check_node_data("ask_question", {"question": "Size?", "answerType": "choice"})
    assert {(i.field, i.message) for i in issues} == {
        ("timeout", "is required"),
        ("choices", "needs at least one choice for a choice question"),
    }
    assert check_node_data("teleport", {"anything": 1}) == []
    assert check_node_data("delay", ["not", "an", "object"])[0].field == "data"
    http = {"method": "GET", "url": "http://example.com", "timeoutSeconds": 60}
    assert {i.field for i in check_node_data("http_request", http)} == {"url", "timeoutSeconds"}


@pytest.mark.parametrize(
    ("trigger", "field"),
    [
        (None, "triggerConfig"),
        ({"conditions": {}}, "type"),
        ({"type": "custom_event"}, "eventName"),
        ({"type": "contact_tag_updated", "tag": "vip", "change": ["added"]}, "change"),
        ({"type": "manual", "conditions": []}, "conditions"),
    ],
)
def test_check_trigger(trigger: Any, field: str) -> None:
    assert [i.field for i in check_trigger(trigger)] == [field]


def test_an_unknown_trigger_type_is_not_checked() -> None:
    assert check_trigger({"type": "moon_phase"}) == []
