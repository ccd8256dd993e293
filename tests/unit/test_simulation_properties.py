"""Properties over random journeys: a simulation never raises on a journey the model loads, the
same seed gives the same path, and cohort counts add up.

Hypothesis builds documents from catalogue steps with plausible, broken and random data, unknown
step types, edges with any handle, to steps that exist or not, loops, several or no starts,
trigger conditions of any shape; random contacts and event scripts walk through them.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from journey_builder.model import CATALOGUE, RULE_OPERATORS, JourneyDocument, node_outputs
from journey_builder.simulation import (
    END_KINDS,
    EVENT_TYPES,
    parse_events,
    simulate,
    simulate_cohort,
)

IDS = ["start", "a", "b", "c", "d", "e", "f"]
FIELDS = ["plan", "score", "tags", "tag", "amount", "value", ""]
HANDLES = [None, "yes", "no", "event", "timeout", "answered", "success", "failure", "b0", "b1", "x"]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from(["pro", "1", "2.5", "", "vip", "2024-05-01", "custom", "1e999"])
    | st.sampled_from([10**400, -(10**400), float("inf"), float("nan")])  # Python can hold them
    | st.text(max_size=6),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)

rules = (
    st.fixed_dictionaries(
        {},
        optional={
            "field": st.sampled_from(FIELDS) | json_values,
            "operator": st.sampled_from([*RULE_OPERATORS, "resembles"]) | json_values,
            "value": json_values,
        },
    )
    | json_values
)

conditions = st.one_of(
    st.just({}),
    st.none(),
    st.fixed_dictionaries(
        {"rules": st.lists(rules, max_size=3)},
        optional={"match": st.sampled_from(["all", "any", "most"])},
    ),
    st.lists(rules, max_size=2),
    json_values,
)

timeouts = st.one_of(
    st.fixed_dictionaries(
        {
            "amount": st.integers(-1, 3) | json_values,
            "unit": st.sampled_from(["minutes", "hours", "days", "weeks", "fortnights"]),
        }
    ),
    json_values,
)

# Values each known key of a step's data may take: mostly plausible, sometimes anything.
KEYED: dict[str, st.SearchStrategy[Any]] = {
    "amount": st.integers(-1, 500) | json_values,
    "unit": st.sampled_from(["minutes", "hours", "days", "weeks", "years"]) | json_values,
    "timeout": timeouts,
    "event": st.sampled_from(list(EVENT_TYPES)) | json_values,
    "eventName": st.sampled_from(["paid", "custom"]) | json_values,
    "conditions": conditions,
    "match": st.sampled_from(["all", "any"]) | json_values,
    "rules": st.lists(rules, max_size=3) | json_values,
    "branches": st.lists(
        st.fixed_dictionaries(
            {},
            optional={
                "id": st.sampled_from(["b0", "b1", "b2", ""]) | json_values,
                "label": json_values,
                "percent": st.integers(-10, 100) | json_values,
            },
        )
        | json_values,
        max_size=4,
    )
    | json_values,
    "field": st.sampled_from(FIELDS) | json_values,
    "action": st.sampled_from(["set", "clear", "increment", "add", "remove", "explode"])
    | json_values,
    "value": json_values,
    "tags": st.lists(st.sampled_from(["vip", "beta"]) | json_values, max_size=3) | json_values,
    "saveToField": st.sampled_from(FIELDS) | json_values,
    "targetNodeId": st.sampled_from(IDS) | json_values,
    "maxJumps": st.integers(-1, 4) | json_values,
    "reason": json_values,
    "label": json_values,
    "triggerConfig": json_values,
}


@st.composite
def step_data(draw: st.DrawFn) -> dict[str, Any]:
    keys = draw(st.lists(st.sampled_from(sorted(KEYED)), max_size=6, unique=True))
    data = {key: draw(KEYED[key]) for key in keys}
    data.update(draw(st.dictionaries(st.text(max_size=5), json_values, max_size=2)))
    return data


node_types = st.sampled_from([*CATALOGUE, "ai_agent"]) | st.text(max_size=8)


PLAUSIBLE: dict[str, st.SearchStrategy[dict[str, Any]]] = {
    "delay": st.fixed_dictionaries(
        {"amount": st.integers(1, 3), "unit": st.sampled_from(["minutes", "hours", "days"])}
    ),
    "wait_for_event": st.fixed_dictionaries(
        {
            "event": st.sampled_from(["custom", "message_received", "tag_added", "field_updated"]),
            "eventName": st.sampled_from(["paid", "custom"]),
            "timeout": st.fixed_dictionaries(
                {"amount": st.integers(1, 3), "unit": st.sampled_from(["hours", "days"])}
            ),
        },
        optional={"conditions": conditions},
    ),
    "ask_question": st.fixed_dictionaries(
        {
            "question": st.just("?"),
            "answerType": st.just("text"),
            "timeout": st.fixed_dictionaries(
                {"amount": st.integers(1, 3), "unit": st.sampled_from(["hours", "days"])}
            ),
        },
        optional={"saveToField": st.sampled_from(FIELDS)},
    ),
    "condition": st.fixed_dictionaries(
        {"match": st.sampled_from(["all", "any"]), "rules": st.lists(rules, min_size=1, max_size=3)}
    ),
    "random_split": st.fixed_dictionaries(
        {
            "branches": st.just(
                [
                    {"id": "b0", "label": "A", "percent": 40},
                    {"id": "b1", "label": "B", "percent": 60},
                ]
            )
        }
    ),
    "update_contact": st.fixed_dictionaries(
        {
            "field": st.sampled_from(FIELDS[:-1]),
            "action": st.sampled_from(["set", "clear", "increment"]),
            "value": st.integers(0, 3) | json_values,
        }
    ),
    "tag": st.fixed_dictionaries(
        {
            "action": st.sampled_from(["add", "remove"]),
            "tags": st.lists(st.sampled_from(["vip", "beta"]), min_size=1, max_size=2),
        }
    ),
    "jump_to": st.fixed_dictionaries(
        {"targetNodeId": st.sampled_from(IDS), "maxJumps": st.integers(1, 3)}
    ),
}


@st.composite
def plausible_documents(draw: st.DrawFn) -> JourneyDocument:
    """Steps with mostly sound data, each output joined to another step (loops included)."""
    ids = IDS[: draw(st.integers(2, len(IDS)))]
    kinds = [*PLAUSIBLE, "send_message", "http_request", "exit", "exit", "ai_agent"]
    nodes: list[dict[str, Any]] = [{"id": "start", "type": "start", "data": {}}]
    for node_id in ids[1:]:
        kind = draw(st.sampled_from(kinds))
        data = draw(PLAUSIBLE[kind]) if kind in PLAUSIBLE else {}
        nodes.append({"id": node_id, "type": kind, "data": data})
    edges = []
    for node in nodes:
        for output in node_outputs(node["type"], node["data"]):
            if draw(st.integers(0, 14)) == 14:
                continue  # now and then an output left open
            edge: dict[str, Any] = {"id": f"e{len(edges)}", "source": node["id"]}
            ghost = draw(st.integers(0, 7)) == 7  # (hypothesis favours 0: make it the sound case)
            edge["target"] = "ghost" if ghost else draw(st.sampled_from(ids[1:]))
            if output.handle is not None:
                edge["sourceHandle"] = output.handle
            edges.append(edge)
    trigger = {
        "type": "contact_created",
        "conditions": draw(st.just({}) | conditions.filter(lambda c: isinstance(c, dict))),
    }
    return JourneyDocument.model_validate(
        {"triggerConfig": trigger, "definition": {"nodes": nodes, "edges": edges}}
    )


@st.composite
def chaotic_documents(draw: st.DrawFn) -> JourneyDocument:
    """Anything the model loads: random types and data, edges from and to anything."""
    nodes = []
    if draw(st.integers(0, 9)) < 9:  # now and then, no start at all
        nodes.append({"id": "start", "type": "start", "data": draw(step_data())})
    for _ in range(draw(st.integers(0, 7))):
        nodes.append(
            {"id": draw(st.sampled_from(IDS)), "type": draw(node_types), "data": draw(step_data())}
        )
    edges = []
    for i in range(draw(st.integers(0, 12))):
        edge: dict[str, Any] = {"id": f"e{i}"}
        for key, choices in (("source", IDS), ("target", [*IDS, "ghost"])):
            value = draw(st.sampled_from([*choices, None]))
            if value is not None:
                edge[key] = value
        handle = draw(st.sampled_from(HANDLES))
        if handle is not None or draw(st.booleans()):
            edge["sourceHandle"] = handle
        edges.append(edge)
    body: dict[str, Any] = {"definition": {"nodes": nodes, "edges": edges}}
    trigger = {"type": "contact_created", "conditions": draw(conditions)}
    if draw(st.booleans()) and (
        trigger["conditions"] is None or isinstance(trigger["conditions"], dict)
    ):
        body["triggerConfig"] = trigger  # the model holds a journey's conditions as an object
    elif nodes and nodes[0]["type"] == "start" and draw(st.booleans()):
        nodes[0]["data"]["triggerConfig"] = trigger  # the start step's may be anything
    return JourneyDocument.model_validate(body)


documents = st.one_of(plausible_documents(), plausible_documents(), chaotic_documents())

contacts = st.fixed_dictionaries(
    {},
    optional={
        "fields": st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=4),
        "tags": st.lists(st.sampled_from(["vip", "beta", "x"]), max_size=3),
    },
)


@st.composite
def event_scripts(draw: st.DrawFn) -> list[dict[str, Any]]:
    events = []
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.sampled_from(EVENT_TYPES))
        event: dict[str, Any] = {"at": draw(st.integers(0, 30 * 86400)), "event": kind}
        if kind == "custom":
            event["eventName"] = draw(st.sampled_from(["paid", "custom"]))
        if kind == "tag_added":
            event["tag"] = draw(st.sampled_from(["vip", "beta"]))
        if kind == "field_updated":
            event["field"] = draw(st.sampled_from(FIELDS[:-1]))
        if kind in ("field_updated", "answer") and draw(st.booleans()):
            event["value"] = draw(json_values)
        if draw(st.booleans()):
            event["nodeId"] = draw(st.sampled_from(IDS))
        if draw(st.booleans()):
            event["data"] = draw(st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=2))
        events.append(event)
    return parse_events(events)


SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@SETTINGS
@given(
    documents,
    contacts,
    event_scripts(),
    st.integers(-(2**70), 2**70),
    st.integers(1, 3000),
    st.sampled_from([3600.0, 30 * 86400.0, 365 * 86400.0]),
)
def test_a_simulation_never_raises_and_is_repeatable(
    document: JourneyDocument,
    contact: dict[str, Any],
    events: list[dict[str, Any]],
    seed: int,
    max_steps: int,
    horizon: float,
) -> None:
    before = document.to_json()
    result = simulate(
        document, contact, events, seed=seed, max_steps=max_steps, horizon_seconds=horizon
    )
    assert result.end.kind in END_KINDS
    event(f"end: {result.end.kind}")  # --hypothesis-show-statistics: every end is reached
    assert result.end.reason
    assert len(result.steps) <= max_steps
    nodes, edges = document.nodes, document.edges
    times = [s.at for s in result.steps]
    assert times == sorted(times)
    assert all(0 <= t <= horizon for t in [*times, result.end.at])
    for s in result.steps:
        assert nodes[s.node_index].id == s.node_id
        assert s.reason
        if s.edge_index is not None:
            assert edges[s.edge_index].source == s.node_id
    if result.end.node_index is not None:
        assert nodes[result.end.node_index].id == result.end.node_id
    assert json.loads(json.dumps(result.to_json(), default=str))
    again = simulate(
        document, contact, events, seed=seed, max_steps=max_steps, horizon_seconds=horizon
    )
    assert again == result
    assert document.to_json() == before


@SETTINGS
@given(documents, st.lists(contacts, max_size=8), event_scripts(), st.integers(0, 2**32))
def test_cohort_counts_add_up(
    document: JourneyDocument, people: list[dict[str, Any]], events: list[dict[str, Any]], seed: int
) -> None:
    result = simulate_cohort(document, people, seed=seed, events=events, max_steps=500)
    assert result.contacts == len(people)
    assert sum(result.ends.values()) == len(people)
    assert all(0 <= count <= len(people) for count in result.nodes.values())
    assert all(0 <= count <= len(people) for count in (*result.node_counts, *result.edge_counts))
    assert len(result.node_counts) == len(document.nodes)
    assert len(result.edge_counts) == len(document.edges)
    assert sum(count for count, _median in result.exits.values()) == result.ends.get("exit", 0)
    assert result == simulate_cohort(document, people, seed=seed, events=events, max_steps=500)
