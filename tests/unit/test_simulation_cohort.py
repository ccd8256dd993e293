"""Many contacts through one journey: counts per step, edge, end and exit, and generated contacts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from journey_builder.errors import SimulationInputError
from journey_builder.simulation import generate_contacts, simulate, simulate_cohort
from journey_builder.storage.files import load_journey
from tests.unit.simulation_fixtures import condition, journey, rule, step

TEMPLATES = sorted(Path("resources/templates").glob("*.journey.json"))


def timed_journey() -> Any:
    """Pro contacts exit after 1 day, others after 3; a split sends 30 % to a dead end first."""
    return journey(
        step(
            "split",
            "random_split",
            branches=[
                {"id": "on", "label": "On", "percent": 70},
                {"id": "off", "label": "Off", "percent": 30},
            ],
        ),
        condition("pro", rule("plan", "equals", "pro")),
        step("short", "delay", amount=1, unit="days"),
        step("long", "delay", amount=3, unit="days"),
        step("done", "exit"),
        edges=[
            ("start", "split", None),
            ("split", "pro", "on"),
            ("pro", "short", "yes"),
            ("pro", "long", "no"),
            ("short", "done", None),
            ("long", "done", None),
        ],
        conditions={"rules": [rule("plan", "is_set")]},
    )


def test_counts_per_step_end_and_exit() -> None:
    people = [{"fields": {"plan": "pro"}}] * 600 + [{"fields": {"plan": "free"}}] * 300 + [{}] * 100
    result = simulate_cohort(timed_journey(), people, seed=4)
    assert result.contacts == 1000
    assert result.ends["not_entered"] == 100
    assert result.nodes["start"] == 900
    assert sum(result.ends.values()) == 1000
    on = result.nodes["pro"]
    assert result.ends["dead_end"] == 900 - on
    assert 0.6 < on / 900 < 0.8  # 70 % by the seed's draws
    assert result.nodes["short"] + result.nodes["long"] == on == result.ends["exit"]
    count, median = result.exits["done"]
    assert count == on
    assert median == 86400  # most who exit are pro: a day
    assert list(result.nodes) == ["start", "split", "pro", "short", "long", "done"]
    doc = timed_journey()
    for edge, followed in zip(doc.edges, result.edge_counts, strict=True):
        source = result.nodes[edge.source or ""]
        assert followed <= source
    assert result.edge_counts[0] == 900
    out = result.to_json()
    assert list(out) == ["contacts", "ends", "nodes", "exits"]
    assert out["exits"] == {"done": {"count": on, "medianSeconds": 86400}}


def test_a_cohort_is_reproducible_and_its_first_contact_walks_as_one_simulation() -> None:
    people = [{"fields": {"plan": "pro"}}] * 200
    a = simulate_cohort(timed_journey(), people, seed=11)
    assert a == simulate_cohort(timed_journey(), people, seed=11)
    other_seeds = {simulate_cohort(timed_journey(), people, seed=s).nodes["pro"] for s in range(6)}
    assert len(other_seeds) > 1  # another seed, other draws
    one = simulate(timed_journey(), people[0], seed=11)
    alone = simulate_cohort(timed_journey(), people[:1], seed=11)
    reached = {s.node_id for s in one.steps}
    assert {node_id for node_id, count in alone.nodes.items() if count} == reached
    assert alone.ends == {one.end.kind: 1}


def test_a_contact_counts_once_per_step_even_in_a_loop() -> None:
    loop = journey(
        step("again", "delay", amount=1, unit="hours"),
        step("jump", "jump_to", targetNodeId="again", maxJumps=3),
        edges=[("start", "again", None), ("again", "jump", None)],
    )
    result = simulate_cohort(loop, [{}] * 5)
    assert result.nodes == {"start": 5, "again": 5, "jump": 5}
    assert result.ends == {"jump_limit": 5}
    assert result.edge_counts == (5, 5)


def test_steps_sharing_an_id_count_a_contact_once() -> None:
    twins = journey(
        step("twin", "send_message", channel="sms", text="a"),
        step("twin", "exit"),
        step("x", "exit"),
        edges=[("start", "twin", None), ("twin", "x", None)],
    )
    result = simulate_cohort(twins, [{}] * 3)
    assert result.nodes == {"start": 3, "twin": 3, "x": 3}
    assert result.node_counts == (3, 3, 0, 3)


def test_events_apply_to_every_contact() -> None:
    wait = journey(
        step(
            "w",
            "wait_for_event",
            event="custom",
            eventName="paid",
            timeout={"amount": 1, "unit": "days"},
        ),
        step("paid", "exit"),
        step("gave_up", "exit"),
        edges=[("start", "w", None), ("w", "paid", "event"), ("w", "gave_up", "timeout")],
    )
    events = [{"at": "2h", "event": "custom", "eventName": "paid"}]
    result = simulate_cohort(wait, [{}] * 4, events=events)
    assert result.exits == {"paid": (4, 7200.0)}
    short = simulate_cohort(wait, [{}] * 4, horizon_seconds=3600)
    assert short.ends == {"waiting": 4}


def test_a_contact_with_its_own_events_follows_them_the_others_the_shared_ones() -> None:
    wait = journey(
        step(
            "w",
            "wait_for_event",
            event="custom",
            eventName="paid",
            timeout={"amount": 1, "unit": "days"},
        ),
        step("paid", "exit"),
        step("gave_up", "exit"),
        edges=[("start", "w", None), ("w", "paid", "event"), ("w", "gave_up", "timeout")],
    )
    shared = [{"at": "2h", "event": "custom", "eventName": "paid"}]
    people: list[dict[str, Any]] = [
        {},
        {"events": [{"at": "5h", "event": "custom", "eventName": "paid"}]},
        {"fields": {"plan": "pro"}, "events": []},  # its own script: nothing happens
        {"events": [{"at": "2d", "event": "custom", "eventName": "paid"}]},  # too late
    ]
    result = simulate_cohort(wait, people, events=shared)
    assert result.exits == {"paid": (2, (7200.0 + 18000.0) / 2), "gave_up": (2, 86400.0)}
    alone = simulate_cohort(wait, people)
    assert alone.exits == {"paid": (1, 18000.0), "gave_up": (3, 86400.0)}
    # the same as walking each contact alone with its script
    for person in people:
        one = simulate(wait, {"fields": person.get("fields", {})}, person.get("events", shared))
        assert simulate_cohort(wait, [person], events=shared).ends == {one.end.kind: 1}
        assert simulate_cohort(wait, [person], events=shared).nodes[one.end.node_id or ""] == 1
    with pytest.raises(SimulationInputError, match=r"^contact 2: events: item 1: 'at' is missing"):
        simulate_cohort(wait, [{}, {"events": [{"event": "answer"}]}])


def test_an_empty_cohort_and_a_bad_contact() -> None:
    empty = simulate_cohort(timed_journey(), [])
    assert (empty.contacts, empty.ends, empty.exits) == (0, {}, {})
    assert set(empty.nodes.values()) == {0}
    with pytest.raises(SimulationInputError, match=r"^contact 2: 'tags' must be a list"):
        simulate_cohort(timed_journey(), [{}, {"tags": "vip"}])


def test_generated_contacts_are_reproducible_and_take_every_branch() -> None:
    checked = 0
    for path in TEMPLATES:
        doc = load_journey(path)
        people = generate_contacts(doc, 1000, seed=3)
        assert people == generate_contacts(doc, 1000, seed=3)
        assert len(people) == 1000
        result = simulate_cohort(doc, people, seed=3)
        for edge, count in zip(doc.edges, result.edge_counts, strict=True):
            source = next(n for n in doc.nodes if n.id == edge.source)
            # Both sides of every condition, answered and timed out, event and timeout: the
            # generated answers and events reach what follows a question or a wait.
            if source.type in ("condition", "ask_question", "wait_for_event"):
                assert count > 50, f"{path.name}: {edge.id} taken by {count} of 1,000"
                checked += 1
    assert checked >= 20  # every condition, question and wait of the shipped templates


def test_generated_contacts_mostly_meet_the_trigger() -> None:
    people = generate_contacts(timed_journey(), 1000, seed=1)
    entered = simulate_cohort(timed_journey(), people).nodes["start"]
    assert 700 <= entered <= 900
    assert all(set(p) == {"fields", "tags", "events"} for p in people)
    assert not any(p["events"] for p in people)  # nothing to answer or wait for here
    assert {p["fields"].get("plan") for p in people} >= {"pro", "not pro"}
