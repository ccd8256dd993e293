"""Load -> save is lossless: unknown fields at every level and unknown node types survive.

Hypothesis builds journey files with random extra fields on the document, definition, nodes,
node data, positions, edges and trigger, and random node types. After load -> save the JSON is
equal, unknown keys keep their order, and a second round trip gives the same text.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey_builder.model import JourneyDocument, check_node_data, known_node_types
from journey_builder.storage.files import document_to_text, parse_journey_text
from journey_builder.validation import validate

# Values JSON can hold (finite floats; texts of any Unicode but lone surrogates, tested apart).
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def extras(reserved: set[str]) -> st.SearchStrategy[dict[str, Any]]:
    """Unknown fields: any key but the ones this level knows (or that change the file's shape)."""
    keys = st.text(min_size=1, max_size=10).filter(lambda k: k not in reserved)
    return st.dictionaries(keys, json_values, max_size=3)


ids = st.text(min_size=1, max_size=8)
numbers = st.integers(-(10**6), 10**6) | st.floats(-1e6, 1e6, allow_nan=False)
node_types = st.sampled_from([*known_node_types(), "ai_agent", "webhook_v2"]) | st.text(max_size=12)


@st.composite
def positions(draw: st.DrawFn) -> dict[str, Any] | None:
    if draw(st.booleans()):
        return None
    pos = {"x": draw(numbers), "y": draw(numbers)}
    return {**pos, **draw(extras({"x", "y"}))}


@st.composite
def nodes(draw: st.DrawFn) -> dict[str, Any]:
    node: dict[str, Any] = {"id": draw(ids), "type": draw(node_types)}
    position = draw(positions())
    if position is not None or draw(st.booleans()):
        node["position"] = position
    node["data"] = draw(st.dictionaries(st.text(max_size=10), json_values, max_size=4))
    extra = draw(extras({"id", "type", "position", "data"}))
    return {**extra, **node} if draw(st.booleans()) else {**node, **extra}


@st.composite
def edges(draw: st.DrawFn) -> dict[str, Any]:
    known = ("id", "source", "target", "sourceHandle")
    edge = {k: draw(st.none() | ids) for k in known if draw(st.booleans())}
    return {**edge, **draw(extras(set(known)))}


@st.composite
def triggers(draw: st.DrawFn) -> dict[str, Any]:
    trigger: dict[str, Any] = {}
    if draw(st.booleans()):
        trigger["type"] = draw(st.sampled_from(["contact_created", "custom_event", "moon_phase"]))
    if draw(st.booleans()):
        trigger["conditions"] = draw(st.dictionaries(st.text(max_size=6), json_values, max_size=2))
    return {**trigger, **draw(extras({"type", "conditions"}))}


@st.composite
def journey_files(draw: st.DrawFn) -> dict[str, Any]:
    definition = {
        "nodes": draw(st.lists(nodes(), max_size=5)),
        "edges": draw(st.lists(edges(), max_size=5)),
        **draw(extras({"nodes", "edges"})),
    }
    doc: dict[str, Any] = {"name": draw(st.text(max_size=20))}
    if draw(st.booleans()):
        doc["entryMode"] = draw(st.sampled_from(["once", "every_time", "fortnightly"]))
    if draw(st.booleans()):
        doc["triggerConfig"] = draw(triggers())
    doc["definition"] = definition
    if draw(st.booleans()):
        doc["id"] = draw(ids)
        doc["updatedAt"] = "2026-04-30T10:05:00Z"
    shape_keys = {"name", "entryMode", "triggerConfig", "definition", "id", "updatedAt"}
    shape_keys |= {"nodes", "journeyId"}  # these would make it another import shape
    return {**doc, **draw(extras(shape_keys))}


def unknown_key_order(obj: Any, known: set[str]) -> list[str]:
    return [k for k in obj if k not in known]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journey_files())
def test_load_save_keeps_every_field(original: dict[str, Any]) -> None:
    text = json.dumps(original, ensure_ascii=False)
    saved = document_to_text(parse_journey_text(text))
    again = json.loads(saved)
    assert again == original
    # Unknown keys keep their order at every level.
    assert unknown_key_order(
        again, {"name", "entryMode", "triggerConfig", "definition", "id", "updatedAt"}
    ) == unknown_key_order(
        original, {"name", "entryMode", "triggerConfig", "definition", "id", "updatedAt"}
    )
    for before, after in zip(
        original["definition"]["nodes"], again["definition"]["nodes"], strict=True
    ):
        assert list(after) == [
            "id",
            "type",
            *(k for k in ("position", "data") if k in before),
            *unknown_key_order(before, {"id", "type", "position", "data"}),
        ]
        assert list(after["data"]) == list(before["data"])
        if isinstance(before.get("position"), dict):
            assert list(after["position"])[2:] == unknown_key_order(before["position"], {"x", "y"})
    for before, after in zip(
        original["definition"]["edges"], again["definition"]["edges"], strict=True
    ):
        assert unknown_key_order(
            after, {"id", "source", "target", "sourceHandle"}
        ) == unknown_key_order(before, {"id", "source", "target", "sourceHandle"})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journey_files())
def test_load_save_load_is_idempotent_on_text(original: dict[str, Any]) -> None:
    first = document_to_text(parse_journey_text(json.dumps(original)))
    second = document_to_text(parse_journey_text(first))
    assert second == first


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journey_files())
def test_validate_never_crashes_and_only_uses_known_codes(original: dict[str, Any]) -> None:
    from journey_builder.validation import RULES

    doc = JourneyDocument.model_validate(original)
    for problem in validate(doc):
        assert problem.code in RULES
        assert problem.severity == RULES[problem.code]
        assert problem.message and "\n" not in problem.message


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(list(known_node_types())),
    st.dictionaries(
        st.sampled_from(
            [
                "label",
                "channel",
                "templateId",
                "text",
                "amount",
                "unit",
                "timeout",
                "rules",
                "match",
                "branches",
                "tags",
                "action",
                "to",
                "assigneeId",
                "url",
                "method",
                "headers",
                "targetNodeId",
                "maxJumps",
                "triggerConfig",
                "entryMode",
                "event",
                "eventName",
                "question",
                "answerType",
                "choices",
                "value",
                "field",
                "timeoutSeconds",
            ]
        ),
        json_values,
        max_size=6,
    ),
)
def test_any_data_on_a_known_step_gives_issues_not_crashes(
    node_type: str, data: dict[str, Any]
) -> None:
    for issue in check_node_data(node_type, data):
        assert issue.field and issue.message


@settings(max_examples=100, deadline=None)
@given(json_values)
def test_the_file_writer_matches_the_standard_one(value: Any) -> None:
    obj = {"name": "x", "value": value}
    assert document_to_text(obj) == json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
