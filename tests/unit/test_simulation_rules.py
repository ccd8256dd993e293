"""Conditions in a simulation: every operator of DESIGN §3 on the contact as it is then."""

from __future__ import annotations

from typing import Any

import pytest

from journey_builder.simulation import simulate
from tests.unit.simulation_fixtures import branch_journey, rule


def decide(contact: dict[str, Any], *rules: dict[str, Any], match: str = "all") -> str | None:
    result = simulate(branch_journey(*rules, match=match), contact)
    check = next(s for s in result.steps if s.node_id == "check")
    return check.handle


def fields(**values: Any) -> dict[str, Any]:
    return {"fields": values}


@pytest.mark.parametrize(
    ("value", "field_value", "expected"),
    [
        ("pro", "pro", "yes"),
        ("pro", "Pro", "no"),  # case-sensitive, as written
        (1, "1", "yes"),  # numbers compare as numbers when both sides parse
        ("1.0", 1, "yes"),
        (1, "01", "yes"),
        ("abc", "abc ", "no"),
        (True, "true", "yes"),  # JSON's spelling of true
        (1, None, "no"),  # not set
    ],
)
def test_equals(value: Any, field_value: Any, expected: str) -> None:
    contact = fields(plan=field_value) if field_value is not None else fields()
    assert decide(contact, rule("plan", "equals", value)) == expected


def test_not_equals_is_the_negation_of_equals_also_on_a_missing_field() -> None:
    assert decide(fields(plan="pro"), rule("plan", "not_equals", "pro")) == "no"
    assert decide(fields(plan="free"), rule("plan", "not_equals", "pro")) == "yes"
    assert decide(fields(), rule("plan", "not_equals", "pro")) == "yes"


def test_contains_and_not_contains() -> None:
    assert decide(fields(email="ana@example.com"), rule("email", "contains", "@example")) == "yes"
    assert decide(fields(email="ana@example.com"), rule("email", "contains", "@EXAMPLE")) == "no"
    assert (
        decide(fields(interests=["shoes", "bags"]), rule("interests", "contains", "bags")) == "yes"
    )
    assert decide(fields(interests=["shoes"]), rule("interests", "contains", "bag")) == "no"
    assert decide(fields(), rule("email", "contains", "@")) == "no"
    assert decide(fields(), rule("email", "not_contains", "@")) == "yes"
    assert decide(fields(email="a@b"), rule("email", "not_contains", "@")) == "no"


def test_starts_with() -> None:
    assert decide(fields(phone="+44 20"), rule("phone", "starts_with", "+44")) == "yes"
    assert decide(fields(phone="0044 20"), rule("phone", "starts_with", "+44")) == "no"
    assert decide(fields(), rule("phone", "starts_with", "+44")) == "no"


@pytest.mark.parametrize(
    ("field_value", "operator", "value", "expected"),
    [
        ("10", "greater_than", 9, "yes"),  # 10 > 9 as numbers, though "10" < "9" as texts
        (10, "less_than", "9", "no"),
        (2.5, "greater_than", 2, "yes"),
        ("2024-05-02", "greater_than", "2024-05-01", "yes"),  # ISO dates compare as texts
        ("2024-05-02", "less_than", "2024-05-01", "no"),
        ("abc", "greater_than", 3, "no"),  # a text against a number: never
        (None, "less_than", 3, "no"),  # not set
    ],
)
def test_greater_and_less_than(field_value: Any, operator: str, value: Any, expected: str) -> None:
    contact = fields(n=field_value) if field_value is not None else fields()
    assert decide(contact, rule("n", operator, value)) == expected


@pytest.mark.parametrize(
    ("contact", "is_set"),
    [
        (fields(plan="pro"), True),
        (fields(plan=0), True),
        (fields(plan=False), True),
        (fields(plan=""), False),
        (fields(plan=None), False),
        (fields(), False),
    ],
)
def test_is_set_and_is_not_set(contact: dict[str, Any], is_set: bool) -> None:
    assert decide(contact, rule("plan", "is_set")) == ("yes" if is_set else "no")
    assert decide(contact, rule("plan", "is_not_set")) == ("no" if is_set else "yes")


def test_has_tag_and_not_has_tag_look_at_tags() -> None:
    vip = {"fields": {"tags": "not this"}, "tags": ["vip"]}
    assert decide(vip, rule("tags", "has_tag", "vip")) == "yes"
    assert decide(vip, rule("tags", "has_tag", "VIP")) == "no"
    assert decide(vip, rule("tags", "not_has_tag", "vip")) == "no"
    assert decide({"tags": []}, rule("tags", "not_has_tag", "vip")) == "yes"


def test_match_all_and_any() -> None:
    rules = (rule("plan", "equals", "pro"), rule("country", "equals", "FR"))
    both = fields(plan="pro", country="FR")
    one = fields(plan="pro", country="DE")
    assert decide(both, *rules, match="all") == "yes"
    assert decide(one, *rules, match="all") == "no"
    assert decide(one, *rules, match="any") == "yes"
    assert decide(fields(), *rules, match="any") == "no"


def test_reasons_name_the_rule_and_the_value_seen() -> None:
    rules = (rule("plan", "equals", "pro"), rule("country", "equals", "FR"))
    result = simulate(branch_journey(*rules), fields(plan="pro", country="DE"))
    assert result.steps[1].reason == (
        "No: rule 2, country equals 'FR', does not hold (country is 'DE')."
    )
    result = simulate(branch_journey(*rules, match="any"), fields(country="FR"))
    assert result.steps[1].reason == "Yes: rule 2, country equals 'FR', holds (country is 'FR')."
    result = simulate(branch_journey(rule("n", "greater_than", 3)), fields())
    assert result.steps[1].reason == "No: n is greater than 3, does not hold (n is not set)."


def test_broken_rules_never_match_and_say_why() -> None:
    result = simulate(branch_journey(rule("plan", "resembles", "pro")), fields(plan="pro"))
    assert result.steps[1].handle == "no"
    assert "'resembles' is not an operator" in result.steps[1].reason
    assert decide(fields(plan="pro"), "not a rule", match="any") == "no"  # type: ignore[arg-type]
    assert decide(fields(), rule("", "is_not_set")) == "no"
    # No rules at all: "all of none" holds, "any of none" does not, and the reason says so.
    assert decide(fields(), match="all") == "yes"
    assert decide(fields(), match="any") == "no"
    assert simulate(branch_journey(), fields()).steps[1].reason == "Yes: there are no rules."
