"""Small journeys for the simulator's tests, written as a list of steps and connections."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from journey_builder.model import JourneyDocument
from journey_builder.simulation import SimulationResult


def step(node_id: str, node_type: str, **data: Any) -> dict[str, Any]:
    return {"id": node_id, "type": node_type, "data": data}


def journey(
    *steps: dict[str, Any],
    edges: Sequence[tuple[str, str | None, str | None]] = (),
    conditions: Any = None,
    start: bool = True,
) -> JourneyDocument:
    """A journey: a start step (id ``start``) unless ``start=False``, then ``steps``; each edge is
    ``(source, target, handle)``. ``conditions`` are the trigger's."""
    trigger: dict[str, Any] = {"type": "contact_created", "conditions": conditions or {}}
    nodes = [step("start", "start", triggerConfig=trigger, entryMode="once")] if start else []
    nodes.extend(steps)
    return JourneyDocument.model_validate(
        {
            "name": "Test journey",
            "entryMode": "once",
            "triggerConfig": trigger,
            "definition": {
                "nodes": nodes,
                "edges": [
                    {"id": f"e{i}", "source": s, "target": t}
                    | ({"sourceHandle": h} if h is not None else {})
                    for i, (s, t, h) in enumerate(edges)
                ],
            },
        }
    )


def path(result: SimulationResult) -> list[tuple[str, str | None]]:
    """The steps taken as ``(id, handle)`` pairs."""
    return [(s.node_id, s.handle) for s in result.steps]


def condition(node_id: str, *rules: dict[str, Any], match: str = "all") -> dict[str, Any]:
    return step(node_id, "condition", match=match, rules=list(rules))


def rule(field: str, operator: str, value: Any = None) -> dict[str, Any]:
    out: dict[str, Any] = {"field": field, "operator": operator}
    if value is not None:
        out["value"] = value
    return out


def branch_journey(*rules: dict[str, Any], match: str = "all") -> JourneyDocument:
    """start -> condition -> yes/no exits: for checking one decision."""
    return journey(
        condition("check", *rules, match=match),
        step("yes_exit", "exit", reason="yes"),
        step("no_exit", "exit", reason="no"),
        edges=[
            ("start", "check", None),
            ("check", "yes_exit", "yes"),
            ("check", "no_exit", "no"),
        ],
    )
