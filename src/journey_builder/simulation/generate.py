"""Plausible contacts for a journey, and what each does on its way: answers, events, failures.

Fields and tags come from what the journey's trigger and rules mention, with values on both
sides of each rule, so a cohort takes every branch. What a contact then does is drawn while it
walks the journey (the walk asks at each question, wait and request), so every answer comes
after its question was asked and before it timed out, whatever path led there; the answers
and events become the contact's own event script, which :func:`simulate_cohort` replays (with
the same seed, the same paths). Everything is drawn from the seed: the same on every machine.
"""

from __future__ import annotations

import datetime
import math
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from journey_builder.errors import SimulationInputError
from journey_builder.model import JourneyDocument
from journey_builder.simulation.engine import (
    DEFAULT_HORIZON,
    DEFAULT_MAX_STEPS,
    Script,
    contact_seed,
    walk,
)
from journey_builder.simulation.inputs import EVENT_TYPES
from journey_builder.simulation.plan import Plan, Step, compile_plan
from journey_builder.simulation.rules import Rule, as_number

__all__ = ["ANSWER_RATE", "HTTP_FAILURE_RATE", "generate_contacts"]

#: The share of questions a generated contact answers, and of awaited events that happen.
ANSWER_RATE = 0.6
#: The share of HTTP requests that fail for a generated contact.
HTTP_FAILURE_RATE = 0.05

_FIRST_NAMES = ("Ana", "Ben", "Chloé", "Dev", "Eun-ji", "Farah", "Gus", "Hiro", "Ines", "Jon")
_HANDLES = ("ana", "ben", "chloe", "dev", "eunji", "farah", "gus", "hiro", "ines", "jon")
_TEXTS = (
    "Great, thanks!",
    "It was fine.",
    "The delivery was late.",
    "Love it",
    "Not what I expected",
    "Can someone call me?",
)
#: A wait or question without a valid timeout: answers come within this long.
_NO_TIMEOUT = 86400.0
_FIRST_DAY = datetime.date(2025, 1, 1)
_SCALE = re.compile(r"(?<![\d.])(\d{1,3})(?!\.?\d)")

#: Draws what a contact does at one step (its event without ``at``), or None for nothing.
Draw = Callable[[random.Random], dict[str, Any] | None]


def generate_contacts(
    document: JourneyDocument, count: int, *, seed: int = 0, answer_rate: float = ANSWER_RATE
) -> list[dict[str, Any]]:
    """``count`` plausible contacts for ``document``, each ``{"fields", "tags", "events"}``.

    Fields and tags: the ones its trigger and rules mention, with values on both sides of each
    rule (and sometimes not set); most (about 80 %) meet the trigger's conditions. Events: each
    question reached is answered with ``answer_rate`` (a value that fits its answer type and
    the rules on the field it saves to), each awaited event happens with ``answer_rate`` (data
    meeting the wait's simple conditions), each request fails with :data:`HTTP_FAILURE_RATE`;
    always before the timeout. Reproducible: the same seed gives the same contacts.
    """
    if not 0.0 <= answer_rate <= 1.0:
        raise SimulationInputError(f"the answer rate must be from 0 to 1, not {answer_rate!r}")
    plan = compile_plan(document)
    values, tags = _choices(rule for rules in _rule_sets(plan) for rule in rules)
    trigger = plan.trigger
    # a field_updated event changes a field conditions or the trigger look at, if there is one
    ruling = [s.rules for s in plan.steps if s.type == "condition" and s.rules is not None]
    looked_at = [r.field for rs in (*ruling, trigger) for r in rs.rules if r.field in values]
    fields = {name: values[name] for name in (*looked_at, *values)}
    draws = {
        step.index: draw
        for step in plan.steps
        if (draw := _draw_for(step, plan, fields, tags)) is not None
    }
    requests = any(step.type == "http_request" for step in plan.steps)
    rng = random.Random(seed)
    people: list[dict[str, Any]] = []
    for i in range(max(0, count)):
        want_in = rng.random() < 0.8
        person = _one(rng, i, values, tags)
        for _attempt in range(8):
            if (
                not trigger.rules
                or trigger.decide(person["fields"], set(person["tags"]))[0] == want_in
            ):
                break
            person = _one(rng, i, values, tags)
        person["events"] = (
            _events(plan, person, rng, draws, answer_rate, seed, i) if draws or requests else []
        )
        people.append(person)
    return people


# --- fields and tags -------------------------------------------------------------------------


def _rule_sets(plan: Plan) -> list[list[Rule]]:
    out = [list(plan.trigger.rules)]
    for step in plan.steps:
        if step.rules is not None:
            out.append(list(step.rules.rules))
    return out


def _choices(rules: Iterable[Rule]) -> tuple[dict[str, list[Any]], list[str]]:
    """Per field, values that make its rules go either way; and every tag the rules name."""
    values: dict[str, list[Any]] = {}
    tags: list[str] = []
    for rule in rules:
        if rule.broken is not None:
            continue
        if rule.operator in ("has_tag", "not_has_tag"):
            if rule.text_value not in tags:
                tags.append(rule.text_value)
            continue
        assert rule.field is not None
        options = values.setdefault(rule.field, [])
        number = as_number(rule.value)
        if rule.operator in ("is_set", "is_not_set"):
            candidates: list[Any] = ["yes"]
        elif number is not None:
            whole = number.is_integer()
            base = int(number) if whole else number
            step = 1 if whole else abs(number) / 2 or 0.5
            candidates = (
                [base, base + step, base - step]
                if rule.operator != "equals"
                else [base, base + step]
            )
        elif rule.operator == "contains":
            candidates = [f"my {rule.text_value} too", "something else"]
        elif rule.operator == "starts_with":
            candidates = [f"{rule.text_value}-1", f"x{rule.text_value}"]
        else:
            candidates = [rule.text_value, f"not {rule.text_value}"]
        for candidate in candidates:
            if candidate not in options:
                options.append(candidate)
    return values, tags


def _one(
    rng: random.Random, i: int, values: Mapping[str, list[Any]], tags: Sequence[str]
) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "first_name": _FIRST_NAMES[rng.randrange(len(_FIRST_NAMES))],
        "email": f"contact{i + 1}@example.com",
    }
    for name, options in values.items():
        fields.pop(name, None)
        if rng.random() < 0.15:
            continue  # not set
        fields[name] = options[rng.randrange(len(options))]
    chosen = [tag for tag in tags if rng.random() < 0.5]
    return {"fields": fields, "tags": chosen}


# --- what a contact does ---------------------------------------------------------------------


def _events(
    plan: Plan,
    person: Mapping[str, Any],
    rng: random.Random,
    draws: Mapping[int, Draw],
    rate: float,
    seed: int,
    index: int,
) -> list[dict[str, Any]]:
    """The contact's events, drawn as it walks (with the split draws a cohort of the same
    seed gives it, so the replay takes the same path)."""
    script = Script.of(())

    def respond(step: Step, now: float, deadline: float) -> dict[str, Any] | None:
        if step.type == "http_request":
            if rng.random() >= HTTP_FAILURE_RATE:
                return None
            return {"at": now, "event": "http_failure", "data": {}, "nodeId": step.id}
        draw = draws.get(step.index)
        if draw is None or rng.random() >= rate:
            return None
        event = draw(rng)
        if event is None:
            return None
        event["at"] = _when(rng, now, deadline)
        event["nodeId"] = step.id
        return event

    walk(
        plan,
        dict(person["fields"]),
        list(person["tags"]),
        script,
        rng_seed=contact_seed(seed, index),
        seed=seed,
        horizon=DEFAULT_HORIZON,
        max_steps=DEFAULT_MAX_STEPS,
        respond=respond,
    )
    return [dict(e) for e in script.events]


def _when(rng: random.Random, now: float, deadline: float) -> float:
    """A time after ``now`` and before ``deadline``, more often early than late (most people
    answer soon), in whole minutes when there is room for them."""
    span = deadline - now if math.isfinite(deadline) else _NO_TIMEOUT
    least = min(60.0, span / 2)
    offset = float(round(span * rng.random() ** 2 / 60) * 60)
    return now + min(max(offset, least), span - least)


def _draw_for(
    step: Step, plan: Plan, values: Mapping[str, list[Any]], tags: Sequence[str]
) -> Draw | None:
    if step.type == "ask_question":
        return _answer_draw(step, plan, values)
    if step.type == "wait_for_event":
        return _event_draw(step, values, tags)
    return None


def _answer_draw(step: Step, plan: Plan, values: Mapping[str, list[Any]]) -> Draw:
    """Answers that fit the question: a number on its scale (reaching past the numbers the
    journey's rules compare the saved field with), one of its choices, a plausible text."""
    data = step.data
    kind = data.get("answerType")
    compared = list(values.get(step.save_to, ())) if step.save_to is not None else []
    pick: Callable[[random.Random], Any]
    if kind == "number":
        pick = _number_pick(data.get("question"), _rule_numbers(plan, step.save_to))
    elif kind == "choice":
        raw = data.get("choices")
        choices = (
            [c for c in raw if isinstance(c, str) and c.strip()] if isinstance(raw, list) else []
        )
        options = choices or [str(v) for v in compared] or ["Yes", "No"]
        pick = lambda rng: options[rng.randrange(len(options))]  # noqa: E731
    else:
        plausible = _plausible(kind)
        pick = lambda rng: (  # noqa: E731
            compared[rng.randrange(len(compared))]
            if compared and rng.random() < 0.5
            else plausible(rng)
        )

    def draw(rng: random.Random) -> dict[str, Any]:
        value = pick(rng)
        return {"event": "answer", "value": value, "data": {"value": value}}

    return draw


def _rule_numbers(plan: Plan, name: str | None) -> list[float]:
    if name is None:
        return []
    found = []
    for rules in _rule_sets(plan):
        for rule in rules:
            if rule.field == name and rule.broken is None and rule.number is not None:
                found.append(rule.number)
    return found


def _number_pick(question: Any, thresholds: Sequence[float]) -> Callable[[random.Random], Any]:
    """Numbers on the question's scale ("from 1 to 5", "0-10"), reaching past every number the
    rules compare with; without a scale, around those numbers; with neither, 1 to 5."""
    scale = [int(n) for n in _SCALE.findall(question)] if isinstance(question, str) else []
    if len(scale) >= 2 and scale[0] < scale[1]:
        low, high = scale[0], scale[1]
        if thresholds:
            low = min(low, math.floor(min(thresholds)) - 1)
            high = max(high, math.ceil(max(thresholds)) + 1)
    elif thresholds:
        spread = max(2.0, max(abs(t) for t in thresholds) / 2)
        low, high = math.floor(min(thresholds) - spread), math.ceil(max(thresholds) + spread)
    else:
        low, high = 1, 5
    if thresholds and all(t >= 0 for t in thresholds):
        low = max(low, 0)
    if all(float(t).is_integer() for t in thresholds):
        return lambda rng: rng.randint(low, high)
    return lambda rng: round(rng.uniform(low, high), 1)


def _plausible(kind: Any) -> Callable[[random.Random], str]:
    if kind == "email":
        return lambda rng: (
            f"{_HANDLES[rng.randrange(len(_HANDLES))]}{rng.randint(1, 99)}@example.com"
        )
    if kind == "phone":
        return lambda rng: f"+44 7700 900{rng.randint(0, 999):03d}"
    if kind == "date":
        return lambda rng: (_FIRST_DAY + datetime.timedelta(days=rng.randrange(365))).isoformat()
    return lambda rng: _TEXTS[rng.randrange(len(_TEXTS))]


def _event_draw(step: Step, values: Mapping[str, list[Any]], tags: Sequence[str]) -> Draw | None:
    """The wait's event with data meeting its conditions when each is simple (a value to
    equal, exceed, contain...); None when no event could end the wait (not an event type a
    script can hold, or a custom event without a name). A changed field is one the journey's
    rules look at, with one of the values they compare it with."""
    kind = step.event
    if kind not in EVENT_TYPES or (kind == "custom" and not step.event_name):
        return None
    rules = step.rules
    data = _meeting(
        rules.rules if rules is not None else (), any_of=rules is not None and rules.any
    )
    event: dict[str, Any] = {"event": kind}
    if kind == "custom":
        event["eventName"] = step.event_name
    elif kind == "tag_added":
        tag = data.get("tag")
        event["tag"] = data["tag"] = (
            tag if isinstance(tag, str) and tag else tags[0] if tags else "engaged"
        )
    elif kind == "field_updated":
        field = data.get("field")
        if not isinstance(field, str) or not field:
            field = next(iter(values), "status")
        event["field"] = data["field"] = field
        if "value" not in data:
            options = values.get(field) or ["yes"]

            def changed(rng: random.Random) -> dict[str, Any]:
                value = options[rng.randrange(len(options))]
                return {**event, "value": value, "data": {**data, "value": value}}

            return changed
        event["value"] = data["value"]

    def draw(_rng: random.Random) -> dict[str, Any]:
        return {**event, "data": dict(data)}

    return draw


def _meeting(rules: Sequence[Rule], *, any_of: bool) -> dict[str, Any]:
    """Event data that meets the rules (all of them, or the first that can be met for "any");
    rules on tags, broken ones and those no single value meets are left to chance."""
    data: dict[str, Any] = {}
    for rule in rules:
        if rule.broken is not None or rule.field is None or rule.field in data:
            continue
        value = _meets(rule)
        if value is _NO_VALUE:
            continue
        data[rule.field] = value
        if any_of:
            break
    return data


_NO_VALUE = object()


def _meets(rule: Rule) -> Any:
    """A value for which ``rule`` holds, or ``_NO_VALUE``."""
    op, text, number = rule.operator, rule.text_value, rule.number
    if op == "equals":
        return rule.value
    if op in ("contains", "starts_with"):
        return text
    if op == "is_set":
        return "yes"
    if op == "is_not_set":
        return None
    if op == "not_equals":
        return _plain(number + 1) if number is not None else f"not {text}"
    if op == "not_contains":
        return next((t for t in ("other", "n/a", "-") if text not in t), _NO_VALUE)
    if op == "greater_than":
        return _plain(number + 1) if number is not None else f"{text}~"
    if op == "less_than":
        if number is not None:
            return _plain(number - 1)
        return text[:-1] if len(text) > 1 else _NO_VALUE
    return _NO_VALUE


def _plain(number: float) -> int | float:
    """3 rather than 3.0, as people write it."""
    return int(number) if number.is_integer() else number
