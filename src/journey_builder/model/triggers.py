"""Trigger types and their parameters (DESIGN §3), read by the inspector and the validator.

Parameters sit beside ``type`` in a TriggerConfig (``{"type": "custom_event", "eventName": ...}``).
An unknown trigger type is kept and not checked.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from journey_builder.model.catalogue import FieldSpec

__all__ = ["TRIGGER_PARAMETERS", "TriggerIssue", "check_trigger"]

_CHANNELS = {
    "email": "Email",
    "sms": "SMS",
    "whatsapp": "WhatsApp",
    "messenger": "Messenger",
    "chat": "Live chat",
}

#: Trigger type -> its parameters (required ones must be present for ``invalid-trigger``).
TRIGGER_PARAMETERS: Mapping[str, tuple[FieldSpec, ...]] = {
    "contact_created": (),
    "contact_field_updated": (FieldSpec("field", "Field", "text", required=True),),
    "contact_tag_updated": (
        FieldSpec("tag", "Tag", "text", required=True),
        FieldSpec("change", "Change", "choice", choices={"added": "Added", "removed": "Removed"}),
    ),
    "conversation_opened": (),
    "conversation_closed": (),
    "message_received": (
        FieldSpec("channel", "Channel", "choice", choices=_CHANNELS),
        FieldSpec("keyword", "Keyword", "text"),
    ),
    "custom_event": (FieldSpec("eventName", "Event name", "text", required=True),),
    "manual": (),
}


@dataclass(frozen=True)
class TriggerIssue:
    """What is wrong with a trigger, for ``invalid-trigger``."""

    field: str
    message: str


def check_trigger(trigger: Any) -> list[TriggerIssue]:
    """Issues of a trigger config; an unknown trigger type is not checked."""
    if not isinstance(trigger, Mapping):
        return [TriggerIssue("triggerConfig", "The journey has no trigger: choose what starts it.")]
    ttype = trigger.get("type")
    if not isinstance(ttype, str) or not ttype.strip():
        return [TriggerIssue("type", "The trigger has no type: choose what starts the journey.")]
    params = TRIGGER_PARAMETERS.get(ttype)
    if params is None:
        return []
    issues: list[TriggerIssue] = []
    for p in params:
        value = trigger.get(p.name)
        if p.required and not (isinstance(value, str) and value.strip()):
            issues.append(
                TriggerIssue(p.name, f"The trigger needs a {p.label.lower()} ('{p.name}').")
            )
        elif (
            p.choices and value is not None and not (isinstance(value, str) and value in p.choices)
        ):
            allowed = ", ".join(p.choices)
            issues.append(
                TriggerIssue(p.name, f"The trigger's {p.label.lower()} must be one of: {allowed}.")
            )
    conditions = trigger.get("conditions")
    if conditions is not None and not isinstance(conditions, Mapping):
        issues.append(TriggerIssue("conditions", "The trigger's conditions must be an object."))
    return issues
