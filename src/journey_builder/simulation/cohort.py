"""Many contacts through one journey: counts per step, edge and end.

The journey is compiled once; each contact then costs one walk with its own random numbers,
drawn from ``(seed, contact index)``, so a cohort gives the same counts on every run and every
machine, and adding contacts at the end never changes what the first ones did. A contact may
carry its own event script (``events``); the others share the cohort's, sorted once.
"""

from __future__ import annotations

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

__all__ = ["simulate_cohort"]


def simulate_cohort(
    document: JourneyDocument,
    contacts: Iterable[Mapping[str, Any]],
    *,
    seed: int = 0,
    events: Sequence[Mapping[str, Any]] = (),
    horizon_seconds: float = DEFAULT_HORIZON,
    max_steps: int = DEFAULT_MAX_STEPS,
) -> CohortResult:
    """Walk every contact and count where they went. A contact's own ``events`` (even an
    empty list) are its script; the others follow ``events``.

    A step or edge counts a contact once, however often its path passed there. Raises
    :class:`SimulationInputError` for a contact that is not valid (``read_contacts`` names its
    line); never for the journey.
    """
    plan = compile_plan(document)
    shared = Script.of(parse_events(list(events)))
    nothing = Script.of(())
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
        person = parse_contact(raw, source=f"contact {index + 1}", events=True)
        own = person.get("events")
        script = shared if own is None else Script.of(own) if own else nothing
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
