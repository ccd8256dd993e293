"""The simulator's reasons as translatable phrases: the same words as the English ``reason``
(which the CLI and ``--json`` print), every template marked for lupdate, the parameters that
are data (step names, tags, values) left as written. Qt-free."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import journey_builder
from journey_builder.model import JourneyDocument
from journey_builder.model.texts import Phrase
from journey_builder.simulation import SimulationResult, simulate
from journey_builder.simulation.reasons import duration_phrase, human_duration
from tests.unit.simulation_fixtures import branch_journey, condition, journey, rule, step
from tests.unit.test_simulation_properties import contacts, documents, event_scripts

SOURCE = Path(journey_builder.__file__).parent


def _marked() -> set[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP literal in the package."""
    found: set[tuple[str, str]] = set()
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
                and len(node.args) == 2
                and all(isinstance(a, ast.Constant) for a in node.args)
            ):
                context, text = (a.value for a in node.args)  # type: ignore[attr-defined]
                found.add((context, text))
    return found


MARKED = _marked()


def _phrases(value: Phrase) -> Iterator[Phrase]:
    yield value
    for _name, param in value.params:
        if isinstance(param, Phrase):
            yield from _phrases(param)


def _check(result: SimulationResult) -> None:
    for said in [*result.steps, result.end]:
        assert said.phrase is not None
        assert str(said.phrase) == said.reason
        for part in _phrases(said.phrase):
            # glue ("{text}.") has no context and is not translated; step summaries are the
            # catalogue's (tests/unit/test_texts.py)
            if part.context == "Simulation":
                assert (part.context, part.template) in MARKED, part.template


SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@SETTINGS
@given(documents, contacts, event_scripts(), st.integers(-(2**40), 2**40), st.integers(1, 3000))
def test_every_reason_is_its_phrase_in_english(
    document: JourneyDocument,
    contact: dict[str, Any],
    events: list[dict[str, Any]],
    seed: int,
    max_steps: int,
) -> None:
    _check(simulate(document, contact, events, seed=seed, max_steps=max_steps))


def test_a_reason_quotes_data_as_written_and_translates_the_words() -> None:
    result = simulate(
        branch_journey(rule("plan", "equals", "pro"), rule("country", "equals", "FR")),
        {"fields": {"plan": "pro", "country": "DE"}},
    )
    _check(result)
    decided = result.steps[1].phrase
    assert decided is not None and decided.context == "Simulation"
    assert decided.template == "No: {why}."
    why = decided.param_map["why"]
    assert isinstance(why, Phrase) and why.template == "rule {number}, {text}"
    assert why.param_map["number"] == 2
    # the rule's operator is the catalogue's word; the field and the value stay as written
    words = [p.template for p in _phrases(decided)]
    assert "equals" in words and "{field} is {value}" in words
    assert all("country" not in w for w in words if w != "{field} {operator} {value}")


def test_a_step_without_a_label_is_named_by_its_translated_type() -> None:
    doc = journey(
        step("start", "start"),
        step("split", "random_split", branches=[{"id": "b1", "percent": 100}]),
        edges=[("start", "split", None)],
    )
    result = simulate(doc, {})
    _check(result)
    end = result.end.phrase
    assert end is not None
    title = end.param_map["step"]
    assert isinstance(title, Phrase) and (title.context, title.template) == (
        "Catalogue",
        "Random split",
    )
    drawn = result.steps[1].phrase
    assert drawn is not None
    branch = drawn.param_map["branch"]
    assert isinstance(branch, Phrase) and branch.template == "Branch {number}"
    assert result.steps[1].reason.endswith("chose 'Branch 1' (100%).")


def test_the_step_limit_groups_its_count_in_english_and_stays_a_number() -> None:
    doc = journey(
        step("start", "start"),
        step("loop", "jump_to", targetNodeId="start", maxJumps=100_000),
        edges=[("start", "loop", None)],
    )
    result = simulate(doc, {}, max_steps=1500)
    _check(result)
    assert result.end.kind == "step_limit"
    assert result.end.reason.startswith("Stopped after 1,500 steps")
    assert result.end.phrase is not None
    count = result.end.phrase.param_map["count"]
    assert isinstance(count, int) and count == 1500


def test_durations_count_each_unit() -> None:
    assert human_duration(90 * 60) == "1 hour 30 minutes"
    assert human_duration(86400 + 2 * 3600 + 60 + 5) == "1 day 2 hours 1 minute"
    assert human_duration(0) == "no time"
    two = duration_phrase(2 * 86400)
    assert two.template == "{count} days" and two.param_map["count"] == 2


def test_a_condition_with_a_broken_rule_says_why_in_words_to_translate() -> None:
    doc = journey(
        step("start", "start"),
        condition("check", rule("plan", "resembles", "pro")),
        edges=[("start", "check", None)],
    )
    result = simulate(doc, {})
    _check(result)
    assert "'resembles' is not an operator" in result.steps[1].reason
