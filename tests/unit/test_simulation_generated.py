"""Generated cohorts answer questions, see events and meet failing requests, as people do."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from journey_builder.errors import SimulationInputError
from journey_builder.model import JourneyDocument
from journey_builder.simulation import (
    ANSWER_RATE,
    generate_contacts,
    parse_contact,
    simulate_cohort,
)
from journey_builder.simulation.engine import (
    DEFAULT_HORIZON,
    DEFAULT_MAX_STEPS,
    Script,
    contact_seed,
    walk,
)
from journey_builder.simulation.plan import compile_plan
from journey_builder.storage.files import load_journey
from tests.unit.simulation_fixtures import condition, journey, rule, step

POST_PURCHASE = Path("resources/templates/post-purchase-follow-up.journey.json")


def _edge(doc: JourneyDocument, counts: tuple[int, ...], edge_id: str) -> int:
    return counts[next(i for i, e in enumerate(doc.edges) if e.id == edge_id)]


def test_a_generated_cohort_reaches_every_branch_of_the_post_purchase_template() -> None:
    doc = load_journey(POST_PURCHASE)
    people = generate_contacts(doc, 1000, seed=0)
    result = simulate_cohort(doc, people, seed=0)
    edges = result.edge_counts
    answered = _edge(doc, edges, "e_ask_rating__unhappy")
    timed_out = _edge(doc, edges, "e_ask_rating__wait_a_week")
    assert answered + timed_out == 1000
    assert 0.5 < answered / 1000 < 0.7  # about 60 % answer
    unhappy = _edge(doc, edges, "e_unhappy__to_support")
    happy = _edge(doc, edges, "e_unhappy__wait_a_week")
    assert unhappy + happy == answered
    assert 0.3 < unhappy / answered < 0.5  # ratings 1 and 2 of 1 to 5
    for edge_id in (
        "e_to_support__exit_support",
        "e_first_order__review_test",
        "e_review_test__review_email",
        "e_review_test__review_sms",
        "e_first_order__loyalty_email",
        "e_tag_repeat__exit_done",
    ):
        assert _edge(doc, edges, edge_id) > 50, edge_id
    assert result.nodes["to_support"] == result.exits["exit_support"][0] == unhappy
    assert result.ends == {"exit": 1000}
    assert result.exits["exit_done"][0] == 1000 - unhappy
    # the answers: whole numbers on the question's scale, within its 3 days, after it was asked
    answers = [e for p in people for e in p["events"]]
    assert len(answers) == answered  # every answer was taken: none came too late or too early
    assert {e["event"] for e in answers} == {"answer"}
    assert {e["nodeId"] for e in answers} == {"ask_rating"}
    assert {e["value"] for e in answers} == {1, 2, 3, 4, 5}
    assert all(0 < e["at"] < 3 * 86400 for e in answers)
    # most people answer soon
    assert sum(e["at"] < 86400 for e in answers) > len(answers) / 2


def test_generated_contacts_are_deterministic_per_seed_and_a_prefix_of_more() -> None:
    doc = load_journey(POST_PURCHASE)
    a = generate_contacts(doc, 300, seed=7)
    assert a == generate_contacts(doc, 300, seed=7)
    assert generate_contacts(doc, 100, seed=7) == a[:100]
    assert a != generate_contacts(doc, 300, seed=8)
    assert simulate_cohort(doc, a, seed=7) == simulate_cohort(doc, a, seed=7)
    # each contact is a valid cohort contact: its events read back as they are
    for person in a:
        assert parse_contact(person, events=True) == person


def test_the_answer_rate() -> None:
    doc = load_journey(POST_PURCHASE)
    never = simulate_cohort(doc, generate_contacts(doc, 200, answer_rate=0.0))
    assert never.nodes["unhappy"] == 0 and never.nodes["wait_a_week"] == 200
    always = simulate_cohort(doc, generate_contacts(doc, 200, answer_rate=1.0))
    assert always.nodes["unhappy"] == 200
    assert ANSWER_RATE == 0.6
    for bad in (-0.1, 1.5, float("nan")):
        with pytest.raises(SimulationInputError, match="answer rate"):
            generate_contacts(doc, 3, answer_rate=bad)


def _walked(doc: JourneyDocument, people: list[dict[str, Any]], seed: int) -> list[list[Any]]:
    """Each generated contact's path when its events are replayed (handles per step)."""
    plan = compile_plan(doc)
    paths = []
    for i, person in enumerate(people):
        result = walk(
            plan,
            dict(person["fields"]),
            list(person["tags"]),
            Script.of(person["events"]),
            rng_seed=contact_seed(seed, i),
            seed=seed,
            horizon=DEFAULT_HORIZON,
            max_steps=DEFAULT_MAX_STEPS,
        )
        paths.append([(plan.steps[t[0]].id, t[1]) for t in result.trace])
    return paths


def test_waits_get_their_event_with_data_meeting_simple_conditions() -> None:
    doc = journey(
        step(
            "paid",
            "wait_for_event",
            event="custom",
            eventName="paid",
            conditions={"match": "all", "rules": [rule("amount", "greater_than", 100)]},
            timeout={"amount": 2, "unit": "days"},
        ),
        step(
            "tagged",
            "wait_for_event",
            event="tag_added",
            conditions={"rules": [rule("tag", "equals", "vip")]},
            timeout={"amount": 1, "unit": "days"},
        ),
        step(
            "changed",
            "wait_for_event",
            event="field_updated",
            timeout={"amount": 1, "unit": "hours"},
        ),
        condition("plan", rule("plan", "equals", "pro")),
        step("done", "exit"),
        edges=[
            ("start", "paid", None),
            ("paid", "tagged", "event"),
            ("paid", "tagged", "timeout"),
            ("tagged", "changed", "event"),
            ("tagged", "changed", "timeout"),
            ("changed", "plan", "event"),
            ("changed", "plan", "timeout"),
            ("plan", "done", "yes"),
            ("plan", "done", "no"),
        ],
    )
    people = generate_contacts(doc, 500, seed=2)
    events = Counter(e["event"] for p in people for e in p["events"])
    assert set(events) == {"custom", "tag_added", "field_updated"}
    for p in people:
        for e in p["events"]:
            if e["event"] == "custom":
                assert e["eventName"] == "paid" and e["data"]["amount"] > 100
                assert 0 < e["at"] < 2 * 86400
            elif e["event"] == "tag_added":
                assert e["tag"] == "vip"
            else:
                assert e["field"] == "plan" and e["value"] in ("pro", "not pro")
    result = simulate_cohort(doc, people, seed=2)
    for i, edge in enumerate(doc.edges[1:7], start=1):
        assert result.edge_counts[i] > 100, edge.sourceHandle  # event and timeout, each wait
    assert sum(events.values()) == sum(result.edge_counts[i] for i in (1, 3, 5))
    # an event comes after its wait began and before its timeout, on every path
    for person, path in zip(people, _walked(doc, people, 2), strict=True):
        taken = sum(1 for _id, handle in path if handle == "event")
        assert taken == len(person["events"])


def test_some_requests_fail() -> None:
    doc = journey(
        step("call", "http_request", method="POST", url="https://hooks.example.com/x"),
        step("ok", "exit"),
        step("failed", "exit"),
        edges=[("start", "call", None), ("call", "ok", "success"), ("call", "failed", "failure")],
    )
    people = generate_contacts(doc, 2000, seed=1)
    result = simulate_cohort(doc, people, seed=1)
    failed = result.exits["failed"][0]
    assert 40 < failed < 170  # about 5 %
    assert failed == sum(1 for p in people if p["events"])
    assert all(e["event"] == "http_failure" for p in people for e in p["events"])


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"answerType": "choice", "question": "?", "choices": ["Yes", "No", "Later"]},
            {"Yes", "No", "Later"},
        ),
        ({"answerType": "number", "question": "From 0 to 10, how likely…?"}, set(range(11))),
        ({"answerType": "number", "question": "How many?"}, {1, 2, 3, 4, 5}),
        ({"answerType": "number", "question": "Reply with a number from 1 to 3."}, {1, 2, 3}),
    ],
)
def test_answers_fit_the_answer_type(data: dict[str, Any], expected: set[Any]) -> None:
    doc = journey(
        step("ask", "ask_question", timeout={"amount": 1, "unit": "days"}, **data),
        step("done", "exit"),
        edges=[("start", "ask", None), ("ask", "done", "answered"), ("ask", "done", "timeout")],
    )
    values = {e["value"] for p in generate_contacts(doc, 400, seed=5) for e in p["events"]}
    assert values == expected


def test_answers_reach_both_sides_of_the_rules_on_their_field() -> None:
    doc = journey(
        step(
            "ask",
            "ask_question",
            question="Your budget?",
            answerType="number",
            saveToField="budget",
            timeout={"amount": 1, "unit": "days"},
        ),
        condition("big", rule("budget", "greater_than", 40)),
        step("done", "exit"),
        edges=[
            ("start", "ask", None),
            ("ask", "big", "answered"),
            ("big", "done", "yes"),
            ("big", "done", "no"),
        ],
    )
    values = {e["value"] for p in generate_contacts(doc, 400, seed=5) for e in p["events"]}
    assert min(values) <= 40 < max(values)
    result = simulate_cohort(doc, generate_contacts(doc, 400, seed=5), seed=5)
    assert result.edge_counts[2] > 20 and result.edge_counts[3] > 20
    texts = journey(
        step("ask", "ask_question", question="Email?", answerType="email", saveToField="mail"),
        step("when", "ask_question", question="When?", answerType="date"),
        step("phone", "ask_question", question="Phone?", answerType="phone"),
        step("say", "ask_question", question="Anything else?", answerType="text"),
        edges=[
            ("start", "ask", None),
            ("ask", "when", "answered"),
            ("when", "phone", "answered"),
            ("phone", "say", "answered"),
        ],
    )
    by_step: dict[str, set[Any]] = {}
    for p in generate_contacts(texts, 300, seed=1, answer_rate=1.0):
        for e in p["events"]:
            by_step.setdefault(e["nodeId"], set()).add(e["value"])
    assert all("@example.com" in v for v in by_step["ask"])
    assert all(len(v) == 10 and v[4] == "-" for v in by_step["when"])
    assert all(v.startswith("+44 7700 900") for v in by_step["phone"])
    assert len(by_step["say"]) > 3
