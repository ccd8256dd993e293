"""Generated journeys of any size: branching, valid, reproducible (benchmarks, tests, demos).

No Qt here. Positions are left out; the canvas lays such journeys out when it opens them.
"""

from __future__ import annotations

import random
from collections import deque
from typing import Any

from journey_builder.model import JourneyDocument

__all__ = ["generate_journey"]

_TRIGGER = {"type": "contact_created", "conditions": {}}


def _step(kind: str, i: int, rng: random.Random) -> tuple[dict[str, Any], list[str | None]]:
    """Data and output handles of step ``i`` of a given kind."""
    if kind == "send_message":
        channel = rng.choice(["email", "sms", "whatsapp"])
        data: dict[str, Any] = {"channel": channel, "templateId": f"tpl_{i}"}
        if channel == "email":
            data["subject"] = f"Hello #{i}"
        return data, [None]
    if kind == "delay":
        return {"amount": rng.randint(1, 5), "unit": rng.choice(["hours", "days"])}, [None]
    if kind == "condition":
        rule = {"field": rng.choice(["vip", "country", "plan"]), "operator": "is_set"}
        return {"match": "all", "rules": [rule]}, ["yes", "no"]
    if kind == "random_split":
        count = rng.choice([2, 3])
        shares = [50, 50] if count == 2 else [34, 33, 33]
        ids: list[str | None] = [f"b{j}" for j in range(count)]
        branches = [{"id": ids[j], "label": "ABC"[j], "percent": shares[j]} for j in range(count)]
        return {"branches": branches}, ids
    if kind == "wait_for_event":
        return {
            "event": "message_received",
            "timeout": {"amount": 2, "unit": "days"},
        }, ["event", "timeout"]
    if kind == "tag":
        return {"action": "add", "tags": [f"seg-{i % 17}"]}, [None]
    if kind == "update_contact":
        return {"field": "score", "action": "increment", "value": 1}, [None]
    return {"method": "POST", "url": f"https://hooks.example.com/{i}"}, ["success", "failure"]


_KINDS = (
    ("send_message", 30),
    ("delay", 20),
    ("condition", 12),
    ("tag", 10),
    ("update_contact", 8),
    ("wait_for_event", 6),
    ("random_split", 4),
    ("http_request", 4),
)


def generate_journey(node_count: int, *, seed: int = 0, name: str | None = None) -> JourneyDocument:
    """A valid branching journey with exactly ``node_count`` steps (at least 2).

    Branches end in exit steps; once the budget is spent, the outputs still open lead to the
    last exit, so the graph also has merges.
    """
    node_count = max(2, node_count)
    rng = random.Random(seed)
    kinds = [k for k, _w in _KINDS]
    weights = [w for _k, w in _KINDS]
    nodes: list[dict[str, Any]] = [
        {"id": "start", "type": "start", "data": {"triggerConfig": _TRIGGER, "entryMode": "once"}}
    ]
    edges: list[dict[str, Any]] = []
    open_outputs: deque[tuple[str, str | None]] = deque([("start", None)])

    def link(source: str, handle: str | None, target: str) -> None:
        edge: dict[str, Any] = {"id": f"e{len(edges) + 1}", "source": source, "target": target}
        if handle is not None:
            edge["sourceHandle"] = handle
        edges.append(edge)

    last_exit = ""
    while open_outputs:
        remaining = node_count - len(nodes)
        source, handle = open_outputs.popleft()
        i = len(nodes)
        if remaining <= 0:  # out of budget: join the most recent exit
            link(source, handle, last_exit)
            continue
        # An early exit only while another branch is still open: the last open output never
        # ends the journey before it has its steps (same draws as before, so seeds keep their
        # journeys wherever they already reached the count).
        early = i > 3 and rng.random() < 0.06
        if remaining <= len(open_outputs) + 1 or (early and open_outputs):
            last_exit = f"exit_{i}"
            nodes.append({"id": last_exit, "type": "exit", "data": {"reason": f"Branch {i} done"}})
            link(source, handle, last_exit)
            continue
        kind = rng.choices(kinds, weights)[0]
        data, outputs = _step(kind, i, rng)
        node_id = f"{kind}_{i}"
        nodes.append({"id": node_id, "type": kind, "data": data})
        link(source, handle, node_id)
        open_outputs.extend((node_id, h) for h in outputs)
    return JourneyDocument.model_validate(
        {
            "name": name or f"Generated journey ({node_count} steps)",
            "entryMode": "once",
            "triggerConfig": _TRIGGER,
            "definition": {"nodes": nodes, "edges": edges},
        }
    )
