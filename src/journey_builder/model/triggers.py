"""Trigger types and their parameters (DESIGN §3), read by the inspector and the validator.

Parameters sit beside ``type`` in a TriggerConfig (``{"type": "custom_event", "eventName": ...}``).
An unknown trigger type is kept and not checked.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from journey_builder.model.catalogue import FieldSpec
from journey_builder.model.summaries import CHANNELS
from journey_builder.model.texts import QT_TRANSLATE_NOOP, VALIDATION_CONTEXT, Phrase, phrase

__all__ = ["TRIGGER_PARAMETERS", "TriggerIssue", "check_trigger"]

_CHANNELS = {key: label for key, label in CHANNELS.items() if key != "last_interacted"}

#: Trigger type -> its parameters (required ones must be present for ``invalid-trigger``).
TRIGGER_PARAMETERS: Mapping[str, tuple[FieldSpec, ...]] = {
    "contact_created": (),
    "contact_field_updated": (
        FieldSpec("field", QT_TRANSLATE_NOOP("Catalogue", "Field"), "text", required=True),
    ),
    "contact_tag_updated": (
        FieldSpec("tag", QT_TRANSLATE_NOOP("Catalogue", "Tag"), "text", required=True),
        FieldSpec(
            "change",
            QT_TRANSLATE_NOOP("Catalogue", "Change"),
            "choice",
            choices={
                "added": QT_TRANSLATE_NOOP("Catalogue", "Added"),
                "removed": QT_TRANSLATE_NOOP("Catalogue", "Removed"),
            },
        ),
    ),
    "conversation_opened": (),
    "conversation_closed": (),
    "message_received": (
        FieldSpec(
            "channel", QT_TRANSLATE_NOOP("Catalogue", "Channel"), "choice", choices=_CHANNELS
        ),
        FieldSpec("keyword", QT_TRANSLATE_NOOP("Catalogue", "Keyword"), "text"),
    ),
    "custom_event": (
        FieldSpec("eventName", QT_TRANSLATE_NOOP("Catalogue", "Event name"), "text", required=True),
    ),
    "manual": (),
}

#: What a missing required parameter is called ("The trigger needs a field ('field').").
_NEEDS: Mapping[str, str] = {
    "field": QT_TRANSLATE_NOOP("Validation", "The trigger needs a field ('field')."),
    "tag": QT_TRANSLATE_NOOP("Validation", "The trigger needs a tag ('tag')."),
    "eventName": QT_TRANSLATE_NOOP("Validation", "The trigger needs an event name ('eventName')."),
}
#: What a parameter with a value outside its choices is told.
_ONE_OF: Mapping[str, str] = {
    "change": QT_TRANSLATE_NOOP("Validation", "The trigger's change must be one of: {allowed}."),
    "channel": QT_TRANSLATE_NOOP("Validation", "The trigger's channel must be one of: {allowed}."),
}


@dataclass(frozen=True)
class TriggerIssue:
    """What is wrong with a trigger, for ``invalid-trigger``: English, and translatable."""

    field: str
    message: str
    phrase: Phrase | None = dataclasses.field(default=None, compare=False)


def _issue(field_name: str, template: str, **params: str) -> TriggerIssue:
    words = phrase(template, VALIDATION_CONTEXT, **params)
    return TriggerIssue(field_name, str(words), words)


def check_trigger(trigger: Any) -> list[TriggerIssue]:
    """Issues of a trigger config; an unknown trigger type is not checked."""
    if not isinstance(trigger, Mapping):
        return [
            _issue(
                "triggerConfig",
                QT_TRANSLATE_NOOP(
                    "Validation", "The journey has no trigger: choose what starts it."
                ),
            )
        ]
    ttype = trigger.get("type")
    if not isinstance(ttype, str) or not ttype.strip():
        return [
            _issue(
                "type",
                QT_TRANSLATE_NOOP(
                    "Validation", "The trigger has no type: choose what starts the journey."
                ),
            )
        ]
    params = TRIGGER_PARAMETERS.get(ttype)
    if params is None:
        return []
    issues: list[TriggerIssue] = []
    for p in params:
        value = trigger.get(p.name)
        if p.required and not (isinstance(value, str) and value.strip()):
            template = _NEEDS.get(
                p.name, QT_TRANSLATE_NOOP("Validation", "The trigger needs a value for '{name}'.")
            )
            issues.append(_issue(p.name, template, name=p.name))
        elif (
            p.choices and value is not None and not (isinstance(value, str) and value in p.choices)
        ):
            template = _ONE_OF.get(
                p.name,
                QT_TRANSLATE_NOOP(
                    "Validation", "The trigger's '{name}' must be one of: {allowed}."
                ),
            )
            issues.append(_issue(p.name, template, name=p.name, allowed=", ".join(p.choices)))
    conditions = trigger.get("conditions")
    if conditions is not None and not isinstance(conditions, Mapping):
        issues.append(
            _issue(
                "conditions",
                QT_TRANSLATE_NOOP("Validation", "The trigger's conditions must be an object."),
            )
        )
    return issues
