"""Many contacts through one journey: counts per step, edge and end; and plausible contacts.

The journey is compiled once; each contact then costs one walk with its own random numbers,
drawn from ``(seed, contact index)``, so a cohort gives the same counts on every run and every
machine, and adding contacts at the end never changes what the first ones did.
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from journey_builder.model import JourneyDocument
from journey_builder.simulation.engine import (
    DEFAULT_HORIZON,
    DEFAULT_MAX_STEPS,
    Script,
    checked_horizon,
    contact_seed,
    walk,
)
from journey_builder.simulation.inputs import parse_contact, parse_events
from journey_builder.simulation.plan import Plan, compile_plan
from journey_builder.simulation.results import END_KINDS, CohortResult
from journey_builder.simulation.rules import Rule, as_number

__all__ = ["generate_contacts", "simulate_cohort"]


def simulate_cohort(
    document: JourneyDocument,
    contacts: Iterable[Mapping[str, Any]],
    *,
    seed: int = 0,
    events: Sequence[Mapping[str, Any]] = (),
    horizon_seconds: float = DEFAULT_HORIZON,
    max_steps: int = DEFAULT_MAX_STEPS,
) -> CohortResult:
    """Walk every contact (each with the same event script) and count where they went.

    A step or edge counts a contact once, however often its path passed there. Raises
    :class:`SimulationInputError` for a contact that is not valid (``read_contacts`` names its
    line); never for the journey.
    """
    plan = compile_plan(document)
    script = Script.of(parse_events(list(events)))
    node_counts = [0] * len(plan.steps)
    edge_counts = [0] * plan.edge_count
    ends: dict[str, int] = {}
    exit_times: dict[int, list[float]] = {}
    horizon = checked_horizon(horizon_seconds)
    total = 0
    steps = plan.steps
    # Steps that share an id (a broken journey): a contact reaching either counts once for it.
    id_counts = dict.fromkeys((s.id for s in steps), 0) if plan.duplicate_ids else None
    for index, raw in enumerate(contacts):
        person = parse_contact(raw, source=f"contact {index + 1}")
        result = walk(
            plan,
            person["fields"],
            person["tags"],
            script,
            rng_seed=contact_seed(seed, index),
            seed=seed,
            horizon=horizon,
            max_steps=max_steps,
        )
        total += 1
        trace = result.trace
        seen_nodes = {t[0] for t in trace}
        seen_edges = {t[3] for t in trace}
        for node in seen_nodes:
            node_counts[node] += 1
        if id_counts is not None:
            for node_id in {steps[node].id for node in seen_nodes}:
                id_counts[node_id] += 1
        for edge in seen_edges:
            if edge is not None:
                edge_counts[edge] += 1
        kind = result.end_kind
        ends[kind] = ends.get(kind, 0) + 1
        if kind == "exit":
            exit_times.setdefault(result.end_index, []).append(result.end_at)
    nodes = (
        id_counts
        if id_counts is not None
        else {s.id: c for s, c in zip(steps, node_counts, strict=True)}
    )
    return _result(plan, total, ends, nodes, node_counts, edge_counts, exit_times)


def _result(
    plan: Plan,
    total: int,
    ends: dict[str, int],
    nodes: dict[str, int],
    node_counts: list[int],
    edge_counts: list[int],
    exit_times: dict[int, list[float]],
) -> CohortResult:
    ordered_ends = {k: ends[k] for k in END_KINDS if k in ends}
    by_id: dict[str, list[float]] = {}
    for index in sorted(exit_times):
        by_id.setdefault(plan.steps[index].id, []).extend(exit_times[index])
    exits = {
        node_id: (len(times), float(statistics.median(times))) for node_id, times in by_id.items()
    }
    return CohortResult(
        contacts=total,
        ends=ordered_ends,
        nodes=nodes,
        exits=exits,
        node_counts=tuple(node_counts),
        edge_counts=tuple(edge_counts),
    )


# --- generated contacts ----------------------------------------------------------------------

_FIRST_NAMES = ("Ana", "Ben", "Chloé", "Dev", "Eun-ji", "Farah", "Gus", "Hiro", "Ines", "Jon")


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


def generate_contacts(
    document: JourneyDocument, count: int, *, seed: int = 0
) -> list[dict[str, Any]]:
    """``count`` plausible contacts for ``document``: the fields and tags its trigger and rules
    mention, with values on both sides of each rule (and sometimes not set), so a cohort of
    them takes every branch. Most (about 80 %) meet the trigger's conditions. Reproducible."""
    plan = compile_plan(document)
    values, tags = _choices(rule for rules in _rule_sets(plan) for rule in rules)
    trigger = plan.trigger
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
        people.append(person)
    return people


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
