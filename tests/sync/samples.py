"""Journey bodies for the sync tests: valid for publishing, with unknown fields at every level."""

from __future__ import annotations

import copy
from typing import Any

_TRIGGER = {"type": "contact_created", "conditions": {}, "xTriggerNote": "kept"}

RICH_BODY: dict[str, Any] = {
    "name": "Post-purchase follow-up",
    "entryMode": "once",
    "triggerConfig": _TRIGGER,
    "definition": {
        "nodes": [
            {
                "id": "start",
                "type": "start",
                "position": {"x": 0, "y": 0, "xZ": 3},
                "data": {"triggerConfig": _TRIGGER, "entryMode": "once"},
                "xNodeColour": "teal",
            },
            {
                "id": "welcome",
                "type": "send_message",
                "position": {"x": 0, "y": 120},
                "data": {
                    "channel": "email",
                    "subject": "Thanks!",
                    "text": "Thanks for your order",
                    "xDataTracking": {"utm": ["a", "b"]},
                },
            },
            {"id": "bye", "type": "exit", "position": {"x": 0, "y": 240}, "data": {}},
        ],
        "edges": [
            {"id": "e1", "source": "start", "target": "welcome", "xEdgeStyle": "dashed"},
            {"id": "e2", "source": "welcome", "target": "bye", "sourceHandle": None},
        ],
        "xViewport": {"zoom": 1.5},
    },
    "xTopLevel": {"owner": "marketing", "tags": [1, 2.5, None, True]},
}


def rich_body(**changes: Any) -> dict[str, Any]:
    body = copy.deepcopy(RICH_BODY)
    body.update(changes)
    return body


def broken_body() -> dict[str, Any]:
    """A journey the validator refuses: no start node."""
    return {
        "name": "Broken",
        "entryMode": "once",
        "triggerConfig": {"type": "contact_created", "conditions": {}},
        "definition": {"nodes": [{"id": "bye", "type": "exit", "data": {}}], "edges": []},
    }
