"""Translatable texts of the Qt-free layers: the English they read as (the command line's), and
the template and parameters the window translates."""

from __future__ import annotations

from journey_builder.model import node_summary, node_summary_phrase
from journey_builder.model.texts import Phrase, counted, phrase
from journey_builder.validation import validate
from tests.unit.journey_fixtures import doc, minimal, node


def test_a_phrase_reads_as_english_with_its_parameters() -> None:
    words = phrase("Wait {duration}", duration=counted(3, "{count} day", "{count} days"))
    assert str(words) == "Wait 3 days"
    assert str(counted(1, "{count} day", "{count} days")) == "1 day"
    assert str(phrase("{a} of {b}", a=2.0, b=2.5)) == "2 of 2.5"
    # data is never read as a template: braces in a label stay as they are
    assert str(phrase("{name} · {x}", name="{weird}", x=1)) == "{weird} · 1"
    assert str(Phrase("{not a placeholder}")) == "{not a placeholder}"


def test_summaries_are_phrases_whose_english_is_the_summary() -> None:
    words = node_summary_phrase("delay", {"amount": 2, "unit": "days"})
    assert words.template == "Wait {duration}"
    duration = words.param_map["duration"]
    assert isinstance(duration, Phrase) and duration.template == "{count} days"
    assert node_summary("delay", {"amount": 1, "unit": "weeks"}) == "Wait 1 week"
    assert node_summary("delay", {"amount": "x", "unit": "fortnights"}) == "Wait x fortnights"
    assert node_summary("condition", {"match": "any", "rules": [{}, {}]}) == "Any of 2 rules"


def test_problems_carry_their_template_and_parameters_beside_the_message() -> None:
    journey = doc(minimal(node("lost", "delay", label="Wait 2 days", amount=2, unit="days")))
    problem = next(p for p in validate(journey) if p.code == "unreachable-node")
    assert problem.message == "'Wait 2 days' can never be reached: connect it to the journey."
    assert problem.template == "{step} can never be reached: connect it to the journey."
    assert problem.params == {"step": "'Wait 2 days'"}
    assert str(problem.phrase) == problem.message
    assert "template" not in problem.to_json()  # --json keeps its contract


def test_a_step_without_a_label_is_named_by_its_type_as_a_phrase() -> None:
    journey = doc(minimal(node("lost", "delay", amount=2, unit="days")))
    problem = next(p for p in validate(journey) if p.code == "unreachable-node")
    step = problem.params["step"]
    assert isinstance(step, Phrase)  # "'Delay'", translated when shown
    assert str(step) == "'Delay'"
