"""A journey compiled once for simulation: steps by index, outputs by handle, parsed config.

Everything a walk would otherwise look up or parse per contact (the edge out of each output,
rules, durations, split thresholds, jump targets) is done here, once per journey, so a cohort
of thousands costs little more per contact than following the path. Broken data never raises:
it compiles to something the walk explains (no timeout, no valid branch, an unknown action).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from journey_builder.model import CATALOGUE, JourneyDocument, node_title
from journey_builder.simulation.rules import RuleSet, as_number, compile_rules

__all__ = ["Branch", "Out", "Plan", "Step", "compile_plan", "duration_of"]

_UNIT_SECONDS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0, "weeks": 604800.0}

#: An output's connection: (edge index, target step index or -1 when missing, target id).
Out = tuple[int, int, str | None]


@dataclass(frozen=True, slots=True)
class Branch:
    """One usable branch of a random split; ``upto`` is its cumulative share."""

    id: str
    label: str
    percent: float
    upto: float
    #: Its place among the split's branches (1-based) and whether ``label`` is its own (else
    #: "Branch {number}", which a reason shows translated).
    number: int = 0
    named: bool = True


@dataclass(slots=True)
class Step:
    """One node, ready to walk. Only the fields of its own type are filled in."""

    index: int
    id: str
    type: str
    title: str
    data: Mapping[str, Any]
    known: bool
    branching: bool
    outs: dict[str | None, Out] = field(default_factory=dict)
    #: The first edge out of the node, whatever its handle (single-output nodes accept it).
    first_out: Out | None = None
    #: delay: its length; waits and questions: their timeout. None when missing or invalid.
    seconds: float | None = None
    rules: RuleSet | None = None
    branches: tuple[Branch, ...] = ()
    event: str | None = None
    event_name: str | None = None
    save_to: str | None = None
    field: str | None = None
    action: str | None = None
    value: Any = None
    has_value: bool = False
    tags: tuple[str, ...] = ()
    jump_target: int = -1
    jump_target_id: str | None = None
    max_jumps: int = 1
    max_jumps_valid: bool = True


@dataclass(frozen=True, slots=True)
class Plan:
    """A journey ready to walk: its steps, the start step (-1 if none) and the trigger's rules."""

    steps: tuple[Step, ...]
    start: int
    starts: int
    trigger: RuleSet
    edge_count: int
    #: Whether two steps share an id (then per-id counts must merge steps).
    duplicate_ids: bool


def duration_of(value: Any) -> float | None:
    """Seconds of ``{amount, unit}`` (a delay's data or a timeout); None when not valid."""
    if not isinstance(value, Mapping):
        return None
    unit_name = value.get("unit")
    unit = _UNIT_SECONDS.get(unit_name) if isinstance(unit_name, str) else None
    amount = _positive(value.get("amount"))
    if unit is None or amount is None or not math.isfinite(amount * unit):
        return None
    return amount * unit


def _positive(value: Any) -> float | None:
    """A JSON number above 0 as a finite float (not true, not a text); else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = as_number(value)
    return number if number is not None and number > 0 else None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _branches(data: Mapping[str, Any]) -> tuple[Branch, ...]:
    raw = data.get("branches")
    if not isinstance(raw, list):
        return ()
    out: list[Branch] = []
    total = 0.0
    seen: set[str] = set()
    for i, branch in enumerate(raw):
        if not isinstance(branch, Mapping):
            continue
        branch_id, pct = branch.get("id"), _positive(branch.get("percent"))
        if not isinstance(branch_id, str) or not branch_id or branch_id in seen or pct is None:
            continue
        seen.add(branch_id)
        total += pct
        label = branch.get("label")
        named = isinstance(label, str) and bool(label.strip())
        name = label if isinstance(label, str) and named else f"Branch {i + 1}"
        out.append(Branch(branch_id, name, pct, total, i + 1, named))
    return tuple(out)


def _configure(step: Step, data: Mapping[str, Any], index_of: Mapping[str, int]) -> None:
    kind = step.type
    if kind == "delay":
        step.seconds = duration_of(data)
    elif kind in ("wait_for_event", "ask_question"):
        step.seconds = duration_of(data.get("timeout"))
        if kind == "wait_for_event":
            step.event = data.get("event") if isinstance(data.get("event"), str) else None
            step.event_name = (
                data.get("eventName") if isinstance(data.get("eventName"), str) else None
            )
            step.rules = compile_rules(data.get("conditions"))
        else:
            step.save_to = _text(data.get("saveToField"))
    elif kind == "condition":
        rules = data.get("rules")
        step.rules = compile_rules(
            {"match": data.get("match"), "rules": rules if isinstance(rules, list) else []}
        )
    elif kind == "random_split":
        step.branches = _branches(data)
    elif kind == "update_contact":
        step.field = _text(data.get("field"))
        action = data.get("action")
        step.action = action if action in ("set", "clear", "increment") else None
        step.has_value = "value" in data
        step.value = data.get("value")
    elif kind == "tag":
        action = data.get("action")
        step.action = action if action in ("add", "remove") else None
        tags = data.get("tags")
        if isinstance(tags, list):
            step.tags = tuple(dict.fromkeys(t for t in tags if isinstance(t, str) and t))
    elif kind == "jump_to":
        target = data.get("targetNodeId")
        step.jump_target_id = target if isinstance(target, str) else None
        step.jump_target = index_of.get(target, -1) if isinstance(target, str) else -1
        most = data.get("maxJumps")
        if isinstance(most, int) and not isinstance(most, bool) and most >= 1:
            step.max_jumps = most
        else:
            step.max_jumps, step.max_jumps_valid = 1, False


def compile_plan(document: JourneyDocument) -> Plan:
    """The walkable form of a journey; never raises on a journey the model loads."""
    nodes = document.definition.nodes
    index_of: dict[str, int] = {}
    for i, node in enumerate(nodes):
        index_of.setdefault(node.id, i)
    steps: list[Step] = []
    for i, node in enumerate(nodes):
        spec = CATALOGUE.get(node.type)
        data = node.data if isinstance(node.data, Mapping) else {}
        step = Step(
            index=i,
            id=node.id,
            type=node.type,
            title=node_title(node.type, data),
            data=data,
            known=spec is not None,
            branching=spec.branching if spec is not None else False,
        )
        _configure(step, data, index_of)
        steps.append(step)
    for e, edge in enumerate(document.definition.edges):
        source = index_of.get(edge.source) if edge.source is not None else None
        if source is None:
            continue
        target = index_of.get(edge.target, -1) if edge.target is not None else -1
        out: Out = (e, target, edge.target)
        step = steps[source]
        step.outs.setdefault(edge.sourceHandle, out)
        if step.first_out is None:
            step.first_out = out
    starts = [i for i, node in enumerate(nodes) if node.type == "start"]
    trigger = document.effective_trigger()
    rules = compile_rules(trigger.get("conditions") if isinstance(trigger, Mapping) else None)
    return Plan(
        steps=tuple(steps),
        start=starts[0] if starts else -1,
        starts=len(starts),
        trigger=rules,
        edge_count=len(document.definition.edges),
        duplicate_ids=len(index_of) != len(nodes),
    )
