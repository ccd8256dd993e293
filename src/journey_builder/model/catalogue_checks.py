"""Checks of a step's data that its fields alone cannot express ("a template or a text").

Each returns :class:`DataIssue` s whose words continue the step's name ("needs ...") or a
field's label ("must be ..."), as :mod:`journey_builder.model.node_checks` ones do.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from journey_builder.model.catalogue_types import DataIssue
from journey_builder.model.summaries import nonempty
from journey_builder.model.texts import QT_TRANSLATE_NOOP, VALIDATION_CONTEXT, phrase

__all__ = [
    "check_ask_question",
    "check_assign",
    "check_send_message",
    "check_split",
    "check_update_contact",
    "check_wait_for_event",
]


def _issue(field_name: str, template: str, **params: Any) -> DataIssue:
    return DataIssue.of(field_name, phrase(template, VALIDATION_CONTEXT, **params))


def check_send_message(data: Mapping[str, Any]) -> list[DataIssue]:
    template = data.get("templateId")
    if isinstance(template, str) and template and not template.isspace():
        return []
    text = data.get("text")
    if isinstance(text, str) and text and not text.isspace():
        return []
    return [
        _issue("templateId", QT_TRANSLATE_NOOP("Validation", "needs a template or a message text"))
    ]


def check_ask_question(data: Mapping[str, Any]) -> list[DataIssue]:
    if data.get("answerType") == "choice":
        choices = data.get("choices")
        if not isinstance(choices, list) or not [c for c in choices if nonempty(c)]:
            return [
                _issue(
                    "choices",
                    QT_TRANSLATE_NOOP(
                        "Validation", "needs at least one choice for a choice question"
                    ),
                )
            ]
    return []


def check_wait_for_event(data: Mapping[str, Any]) -> list[DataIssue]:
    if data.get("event") == "custom" and not nonempty(data.get("eventName")):
        return [
            _issue(
                "eventName", QT_TRANSLATE_NOOP("Validation", "needs the name of the custom event")
            )
        ]
    return []


def check_assign(data: Mapping[str, Any]) -> list[DataIssue]:
    to = data.get("to")
    if to in ("user", "team") and not nonempty(data.get("assigneeId")):
        if to == "user":
            return [
                _issue("assigneeId", QT_TRANSLATE_NOOP("Validation", "needs the user to assign to"))
            ]
        return [
            _issue("assigneeId", QT_TRANSLATE_NOOP("Validation", "needs the team to assign to"))
        ]
    return []


def check_split(data: Mapping[str, Any]) -> list[DataIssue]:
    branches = data.get("branches")
    if not isinstance(branches, list):
        return []
    issues: list[DataIssue] = []
    seen: set[str] = set()
    for i, b in enumerate(branches):
        if not (type(b) is dict or isinstance(b, Mapping)) or not nonempty(b.get("id")):
            issues.append(
                _issue(
                    "branches",
                    QT_TRANSLATE_NOOP("Validation", "branch {number} needs an id"),
                    number=i + 1,
                )
            )
            continue
        if b["id"] in seen:
            issues.append(
                _issue(
                    "branches",
                    QT_TRANSLATE_NOOP("Validation", "two branches share the id '{id}'"),
                    id=b["id"],
                )
            )
        seen.add(b["id"])
    return issues


def check_update_contact(data: Mapping[str, Any]) -> list[DataIssue]:
    if data.get("action") == "increment" and "value" in data:
        value = data["value"]
        if type(value) is int or type(value) is float:  # the usual case, without ABCs
            return []
        if not (isinstance(value, int | float) and not isinstance(value, bool)):
            return [
                _issue("value", QT_TRANSLATE_NOOP("Validation", "must be a number to increment by"))
            ]
    return []
