"""Known values of the API's open enums, with the labels the app shows.

The API may send values we do not know; they are kept and shown as they are
(:func:`label_for` falls back to the raw value), never rejected. Labels are English, marked for
translation (the ui shows them translated).
"""

from __future__ import annotations

from collections.abc import Mapping

from journey_builder.model.texts import QT_TRANSLATE_NOOP

__all__ = [
    "ENTRY_MODES",
    "JOURNEY_STATUSES",
    "RULE_OPERATORS",
    "TRIGGER_TYPES",
    "UNARY_OPERATORS",
    "label_for",
]

JOURNEY_STATUSES: Mapping[str, str] = {
    "draft": QT_TRANSLATE_NOOP("Catalogue", "Draft"),
    "published": QT_TRANSLATE_NOOP("Catalogue", "Published"),
    "active": QT_TRANSLATE_NOOP("Catalogue", "Active"),
    "paused": QT_TRANSLATE_NOOP("Catalogue", "Paused"),
}

ENTRY_MODES: Mapping[str, str] = {
    "once": QT_TRANSLATE_NOOP("Catalogue", "Once per contact, ever"),
    "once_at_a_time": QT_TRANSLATE_NOOP("Catalogue", "Once at a time (re-enter after leaving)"),
    "every_time": QT_TRANSLATE_NOOP("Catalogue", "Every time the trigger fires"),
}

TRIGGER_TYPES: Mapping[str, str] = {
    "contact_created": QT_TRANSLATE_NOOP("Catalogue", "Contact created"),
    "contact_field_updated": QT_TRANSLATE_NOOP("Catalogue", "Contact field updated"),
    "contact_tag_updated": QT_TRANSLATE_NOOP("Catalogue", "Contact tag added or removed"),
    "conversation_opened": QT_TRANSLATE_NOOP("Catalogue", "Conversation opened"),
    "conversation_closed": QT_TRANSLATE_NOOP("Catalogue", "Conversation closed"),
    "message_received": QT_TRANSLATE_NOOP("Catalogue", "Message received"),
    "custom_event": QT_TRANSLATE_NOOP("Catalogue", "Custom event"),
    "manual": QT_TRANSLATE_NOOP("Catalogue", "Manual enrolment"),
}

#: Rule operators (conditions of triggers and of the ``condition`` node).
RULE_OPERATORS: Mapping[str, str] = {
    "equals": QT_TRANSLATE_NOOP("Catalogue", "equals"),
    "not_equals": QT_TRANSLATE_NOOP("Catalogue", "does not equal"),
    "contains": QT_TRANSLATE_NOOP("Catalogue", "contains"),
    "not_contains": QT_TRANSLATE_NOOP("Catalogue", "does not contain"),
    "starts_with": QT_TRANSLATE_NOOP("Catalogue", "starts with"),
    "greater_than": QT_TRANSLATE_NOOP("Catalogue", "is greater than"),
    "less_than": QT_TRANSLATE_NOOP("Catalogue", "is less than"),
    "is_set": QT_TRANSLATE_NOOP("Catalogue", "is set"),
    "is_not_set": QT_TRANSLATE_NOOP("Catalogue", "is not set"),
    "has_tag": QT_TRANSLATE_NOOP("Catalogue", "has tag"),
    "not_has_tag": QT_TRANSLATE_NOOP("Catalogue", "does not have tag"),
}

#: Operators that take no value.
UNARY_OPERATORS = frozenset({"is_set", "is_not_set"})


def label_for(table: Mapping[str, str], value: object) -> str:
    """The label of a known value, or the raw value itself for one we do not know."""
    if isinstance(value, str):
        return table.get(value, value)
    return "" if value is None else str(value)
