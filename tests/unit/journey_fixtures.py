"""Journeys for the model, file and validation tests: a realistic correct one, and builders."""

from __future__ import annotations

import copy
from typing import Any

from journey_builder.model import JourneyDocument

TRIGGER = {"type": "custom_event", "eventName": "order_completed", "conditions": {}}


def post_purchase() -> dict[str, Any]:
    """A correct "post-purchase follow-up" journey: a condition, a random split, a wait with
    a timeout that loops back through a delay, and exits. It has no problem at all."""
    nodes = [
        ("start", "start", {"triggerConfig": copy.deepcopy(TRIGGER), "entryMode": "once"}),
        ("wait", "delay", {"label": "Wait 2 days", "amount": 2, "unit": "days"}),
        (
            "again",
            "condition",
            {
                "label": "Ordered again?",
                "match": "all",
                "rules": [{"field": "orders_count", "operator": "greater_than", "value": 1}],
            },
        ),
        ("loyal", "tag", {"action": "add", "tags": ["repeat-buyer"]}),
        ("thanks", "exit", {"reason": "Bought again"}),
        (
            "ab",
            "random_split",
            {
                "label": "Review ask A/B",
                "branches": [
                    {"id": "mail", "label": "Email", "percent": 50},
                    {"id": "text", "label": "SMS", "percent": 50},
                ],
            },
        ),
        (
            "ask-mail",
            "send_message",
            {"channel": "email", "templateId": "review_request", "subject": "How was it?"},
        ),
        ("ask-sms", "send_message", {"channel": "sms", "text": "How was your order? Reply 1-5"}),
        (
            "reply",
            "wait_for_event",
            {"event": "message_received", "timeout": {"amount": 3, "unit": "days"}},
        ),
        ("engaged", "update_contact", {"field": "engaged", "action": "set", "value": True}),
        ("owner", "assign", {"to": "team", "assigneeId": "team_support"}),
        ("nudge", "delay", {"label": "Wait a week", "amount": 1, "unit": "weeks"}),
        ("retry", "jump_to", {"targetNodeId": "reply", "maxJumps": 2}),
        ("done", "exit", {}),
    ]
    edges = [
        ("start", "wait", None),
        ("wait", "again", None),
        ("again", "loyal", "yes"),
        ("loyal", "thanks", None),
        ("again", "ab", "no"),
        ("ab", "ask-mail", "mail"),
        ("ab", "ask-sms", "text"),
        ("ask-mail", "reply", None),
        ("ask-sms", "reply", None),
        ("reply", "engaged", "event"),
        ("engaged", "owner", None),
        ("owner", "done", None),
        ("reply", "nudge", "timeout"),
        ("nudge", "retry", None),
    ]
    return {
        "name": "Post-purchase follow-up",
        "entryMode": "once",
        "triggerConfig": copy.deepcopy(TRIGGER),
        "definition": {
            "nodes": [
                {"id": i, "type": t, "position": {"x": n * 240, "y": 0}, "data": d}
                for n, (i, t, d) in enumerate(nodes)
            ],
            "edges": [
                {"id": f"e{n}", "source": s, "target": t, **({"sourceHandle": h} if h else {})}
                for n, (s, t, h) in enumerate(edges)
            ],
        },
    }


def minimal(*extra_nodes: dict[str, Any], edges: list[dict[str, Any]] | None = None) -> dict:
    """start -> send -> end, correct, plus ``extra_nodes``; ``edges`` replaces the default ones."""
    nodes = [
        node("start", "start", triggerConfig=copy.deepcopy(TRIGGER), entryMode="once"),
        node("send", "send_message", label="Say hello", channel="email", templateId="tpl_hi"),
        node("end", "exit"),
        *extra_nodes,
    ]
    default = [edge("start", "send", id="e1"), edge("send", "end", id="e2")]
    return {
        "name": "Hello",
        "entryMode": "once",
        "triggerConfig": copy.deepcopy(TRIGGER),
        "definition": {"nodes": nodes, "edges": default if edges is None else edges},
    }


def node(node_id: str, node_type: str, **data: Any) -> dict[str, Any]:
    return {"id": node_id, "type": node_type, "data": data}


def edge(source: str | None, target: str | None, handle: str | None = None, **extra: Any) -> dict:
    out: dict[str, Any] = {**extra}
    if source is not None:
        out["source"] = source
    if target is not None:
        out["target"] = target
    if handle is not None:
        out["sourceHandle"] = handle
    return out


def doc(obj: dict[str, Any]) -> JourneyDocument:
    return JourneyDocument.model_validate(obj)
