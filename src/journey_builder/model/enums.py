"""Known values of the API's open enums, with the labels the app shows.

The API may send values we do not know; they are kept and shown as they are
(:func:`label_for` falls back to the raw value), never rejected.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = [
    "ENTRY_MODES",
    "JOURNEY_STATUSES",
    "RULE_OPERATORS",
    "TRIGGER_TYPES",
    "UNARY_OPERATORS",
    "label_for",
]

JOURNEY_STATUSES: Mapping[str, str] = {
    "draft": "Draft",
    "published": "Published",
    "active": "Active",
    "paused": "Paused",
}

ENTRY_MODES: Mapping[str, str] = {
    "once": "Once per contact, ever",
    "once_at_a_time": "Once at a time (re-enter after leaving)",
    "every_time": "Every time the trigger fires",
}

TRIGGER_TYPES: Mapping[str, str] = {
    "contact_created": "Contact created",
    "contact_field_updated": "Contact field updated",
    "contact_tag_updated": "Contact tag added or removed",
    "conversation_opened": "Conversation opened",
    "conversation_closed": "Conversation closed",
    "message_received": "Message received",
    "custom_event": "Custom event",
    "manual": "Manual enrolment",
}

#: Rule operators (conditions of triggers and of the ``condition`` node).
RULE_OPERATORS: Mapping[str, str] = {
    "equals": "equals",
    "not_equals": "does not equal",
    "contains": "contains",
    "not_contains": "does not contain",
    "starts_with": "starts with",
    "greater_than": "is greater than",
    "less_than": "is less than",
    "is_set": "is set",
    "is_not_set": "is not set",
    "has_tag": "has tag",
    "not_has_tag": "does not have tag",
}

#: Operators that take no value.
UNARY_OPERATORS = frozenset({"is_set", "is_not_set"})


def label_for(table: Mapping[str, str], value: object) -> str:
    """The label of a known value, or the raw value itself for one we do not know."""
    if isinstance(value, str):
        return table.get(value, value)
    return "" if value is None else str(value)
