"""A card's one-line summary of its step's settings ("Wait 2 days") and the outputs that
depend on the data (a split's branches), as translatable phrases.

Every summary takes data as the file holds it, however wrong (a missing unit, a list where a
number belongs): it says "?" rather than fail.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from journey_builder.model.catalogue_types import OutputSpec
from journey_builder.model.enums import RULE_OPERATORS, TRIGGER_TYPES, UNARY_OPERATORS, label_for
from journey_builder.model.texts import QT_TRANSLATE_NOOP, Param, Phrase, counted, phrase

__all__ = [
    "CHANNELS",
    "EVENTS",
    "ask_summary",
    "assign_summary",
    "condition_summary",
    "conversation_summary",
    "delay_summary",
    "duration",
    "exit_summary",
    "fixed_outputs",
    "http_summary",
    "jump_summary",
    "nonempty",
    "one_output",
    "send_summary",
    "short",
    "split_handles",
    "split_outputs",
    "split_summary",
    "start_summary",
    "tag_summary",
    "update_summary",
    "wait_summary",
]

CHANNELS: Mapping[str, str] = {
    "email": QT_TRANSLATE_NOOP("Catalogue", "Email"),
    "sms": QT_TRANSLATE_NOOP("Catalogue", "SMS"),
    "whatsapp": QT_TRANSLATE_NOOP("Catalogue", "WhatsApp"),
    "messenger": QT_TRANSLATE_NOOP("Catalogue", "Messenger"),
    "chat": QT_TRANSLATE_NOOP("Catalogue", "Live chat"),
    "last_interacted": QT_TRANSLATE_NOOP("Catalogue", "Last channel the contact used"),
}
EVENTS: Mapping[str, str] = {
    "message_received": QT_TRANSLATE_NOOP("Catalogue", "Message received"),
    "conversation_closed": QT_TRANSLATE_NOOP("Catalogue", "Conversation closed"),
    "tag_added": QT_TRANSLATE_NOOP("Catalogue", "Tag added"),
    "field_updated": QT_TRANSLATE_NOOP("Catalogue", "Field updated"),
    "custom": QT_TRANSLATE_NOOP("Catalogue", "Custom event"),
}
#: Entry modes as a card's summary names them (the inspector shows the long labels).
_SHORT_MODES: Mapping[str, str] = {
    "once": QT_TRANSLATE_NOOP("Catalogue", "once per contact"),
    "once_at_a_time": QT_TRANSLATE_NOOP("Catalogue", "one run at a time"),
    "every_time": QT_TRANSLATE_NOOP("Catalogue", "every time"),
}
#: Unit -> (one, other): how long a wait is ("1 day", "3 days").
_DURATIONS: Mapping[str, tuple[str, str]] = {
    "minutes": (
        QT_TRANSLATE_NOOP("Catalogue", "{count} minute"),
        QT_TRANSLATE_NOOP("Catalogue", "{count} minutes"),
    ),
    "hours": (
        QT_TRANSLATE_NOOP("Catalogue", "{count} hour"),
        QT_TRANSLATE_NOOP("Catalogue", "{count} hours"),
    ),
    "days": (
        QT_TRANSLATE_NOOP("Catalogue", "{count} day"),
        QT_TRANSLATE_NOOP("Catalogue", "{count} days"),
    ),
    "weeks": (
        QT_TRANSLATE_NOOP("Catalogue", "{count} week"),
        QT_TRANSLATE_NOOP("Catalogue", "{count} weeks"),
    ),
}


def short(value: Any, limit: int = 32) -> str:
    """``value`` on one line, cut to ``limit`` characters."""
    text = " ".join(str(value).split()) if value is not None else ""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def nonempty(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _number(value: Any) -> Param:
    """A number as a parameter (shown in the reader's format); anything else as text."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return "?" if value is None else short(value, 12)


def _label(table: Mapping[str, str], value: Any) -> Phrase:
    """A known value's label (translated when shown); an unknown value as it is."""
    return Phrase(label_for(table, value) or "?")


def duration(amount: Any, unit: Any) -> Phrase:
    """``1 day``, ``3 weeks``; an unknown unit is shown as it is."""
    forms = _DURATIONS.get(unit) if isinstance(unit, str) else None
    if forms is None:
        return phrase("{count} {unit}", count=_number(amount), unit=short(unit or "?", 16))
    return counted(_number(amount), *forms)


def _timeout(timeout: Any) -> Phrase:
    if isinstance(timeout, Mapping):
        return duration(timeout.get("amount"), timeout.get("unit"))
    return Phrase("?")


def _rule(rule: Any) -> Phrase:
    if not isinstance(rule, Mapping):
        return Phrase("?")
    op = rule.get("operator")
    field_name = short(rule.get("field") or "?", 20)
    if op in UNARY_OPERATORS:
        return phrase("{field} {operator}", field=field_name, operator=_label(RULE_OPERATORS, op))
    return phrase(
        "{field} {operator} {value}",
        field=field_name,
        operator=_label(RULE_OPERATORS, op),
        value=short(rule.get("value"), 16),
    )


# --- outputs -------------------------------------------------------------------------------------


def one_output(
    label: str = QT_TRANSLATE_NOOP("Catalogue", "Next"),
) -> Callable[[Mapping[str, Any]], list[OutputSpec]]:
    return lambda _data: [OutputSpec(None, label)]


def fixed_outputs(*pairs: tuple[str, str]) -> Callable[[Mapping[str, Any]], list[OutputSpec]]:
    outs = [OutputSpec(h, label) for h, label in pairs]
    return lambda _data: list(outs)


def _split_branches(data: Mapping[str, Any]) -> Iterator[tuple[int, Mapping[str, Any]]]:
    """The branches of a split that are outputs (they have an id), with their positions."""
    branches = data.get("branches")
    if not isinstance(branches, list):
        return
    for i, b in enumerate(branches):
        if (type(b) is dict or isinstance(b, Mapping)) and isinstance(b.get("id"), str) and b["id"]:
            yield i, b


def split_outputs(data: Mapping[str, Any]) -> list[OutputSpec]:
    outs: list[OutputSpec] = []
    for i, b in _split_branches(data):
        own = b.get("label")
        name: Param = (
            str(own)
            if own
            else phrase(QT_TRANSLATE_NOOP("Catalogue", "Branch {number}"), number=i + 1)
        )
        pct = b.get("percent")
        words = (
            phrase("{name} · {percent}%", name=name, percent=pct)
            if isinstance(pct, int | float) and not isinstance(pct, bool)
            else phrase("{name}", name=name)
        )
        outs.append(OutputSpec(b["id"], str(words), words))
    return outs


def split_handles(data: Mapping[str, Any]) -> list[str | None]:
    """The ids of ``split_outputs(data)``: run on every split of a journey by the validator,
    so without labels (and without a generator)."""
    branches = data.get("branches")
    if not isinstance(branches, list):
        return []
    handles: list[str | None] = []
    for b in branches:
        if type(b) is dict or isinstance(b, Mapping):
            branch_id = b.get("id")
            if isinstance(branch_id, str) and branch_id:
                handles.append(branch_id)
    return handles


# --- summaries -----------------------------------------------------------------------------------


def start_summary(d: Mapping[str, Any]) -> Phrase:
    trig = d.get("triggerConfig")
    ttype = trig.get("type") if isinstance(trig, Mapping) else None
    what = (
        _label(TRIGGER_TYPES, ttype)
        if ttype
        else Phrase(QT_TRANSLATE_NOOP("Catalogue", "No trigger"))
    )
    mode = d.get("entryMode")
    if not mode:
        return what
    return phrase("{trigger} · {mode}", trigger=what, mode=_label(_SHORT_MODES, mode))


def send_summary(d: Mapping[str, Any]) -> Phrase:
    channel = (
        Phrase(QT_TRANSLATE_NOOP("Catalogue", "Last channel"))
        if d.get("channel") == "last_interacted"
        else _label(CHANNELS, d.get("channel"))
    )
    if nonempty(d.get("templateId")):
        return phrase(
            "{channel} · {template}", channel=channel, template=short(d["templateId"], 24)
        )
    if nonempty(d.get("text")):
        return phrase("{channel} · “{text}”", channel=channel, text=short(d["text"], 22))
    return phrase(QT_TRANSLATE_NOOP("Catalogue", "{channel} · no content yet"), channel=channel)


def ask_summary(d: Mapping[str, Any]) -> Phrase:
    return phrase("“{question}”", question=short(d.get("question") or "…", 26))


def delay_summary(d: Mapping[str, Any]) -> Phrase:
    return phrase(
        QT_TRANSLATE_NOOP("Catalogue", "Wait {duration}"),
        duration=duration(d.get("amount"), d.get("unit")),
    )


def wait_summary(d: Mapping[str, Any]) -> Phrase:
    return phrase(
        QT_TRANSLATE_NOOP("Catalogue", "{event} · up to {duration}"),
        event=_label(EVENTS, d.get("event")),
        duration=_timeout(d.get("timeout")),
    )


def condition_summary(d: Mapping[str, Any]) -> Phrase:
    rules = d.get("rules")
    if not isinstance(rules, list) or not rules:
        return Phrase(QT_TRANSLATE_NOOP("Catalogue", "No rules yet"))
    if len(rules) == 1:
        return phrase(QT_TRANSLATE_NOOP("Catalogue", "If {rule}"), rule=_rule(rules[0]))
    if d.get("match") == "any":
        return phrase(QT_TRANSLATE_NOOP("Catalogue", "Any of {count} rules"), count=len(rules))
    return phrase(QT_TRANSLATE_NOOP("Catalogue", "All of {count} rules"), count=len(rules))


def split_summary(d: Mapping[str, Any]) -> Phrase:
    branches = d.get("branches")
    if not isinstance(branches, list) or not branches:
        return Phrase(QT_TRANSLATE_NOOP("Catalogue", "No branches yet"))
    params: list[tuple[str, Param]] = []
    for i, b in enumerate(branches):
        pct = b.get("percent") if isinstance(b, Mapping) else None
        params.append((f"p{i}", _number(pct)))
    return Phrase(" / ".join(f"{{{name}}}%" for name, _ in params), tuple(params))


_UPDATE_VERBS: Mapping[str, tuple[str, str]] = {
    # action -> (with a value, without one)
    "set": (
        QT_TRANSLATE_NOOP("Catalogue", "Set {field} to {value}"),
        QT_TRANSLATE_NOOP("Catalogue", "Set {field}"),
    ),
    "increment": (
        QT_TRANSLATE_NOOP("Catalogue", "Increment {field} by {value}"),
        QT_TRANSLATE_NOOP("Catalogue", "Increment {field}"),
    ),
    "clear": (
        QT_TRANSLATE_NOOP("Catalogue", "Clear {field}"),
        QT_TRANSLATE_NOOP("Catalogue", "Clear {field}"),
    ),
}


def update_summary(d: Mapping[str, Any]) -> Phrase:
    field_name = short(d.get("field") or "?", 24)
    forms = _UPDATE_VERBS.get(str(d.get("action")))
    if forms is None:
        return phrase(QT_TRANSLATE_NOOP("Catalogue", "Update {field}"), field=field_name)
    with_value, without = forms
    if d.get("action") in ("set", "increment") and "value" in d:
        return phrase(with_value, field=field_name, value=short(d["value"], 14))
    return phrase(without, field=field_name)


def tag_summary(d: Mapping[str, Any]) -> Phrase:
    remove = d.get("action") == "remove"
    tags = d.get("tags")
    if not (isinstance(tags, list) and tags):
        if remove:
            return Phrase(QT_TRANSLATE_NOOP("Catalogue", "Remove tags: none yet"))
        return Phrase(QT_TRANSLATE_NOOP("Catalogue", "Add tags: none yet"))
    names = short(", ".join(str(t) for t in tags), 26)
    if remove:
        return phrase(QT_TRANSLATE_NOOP("Catalogue", "Remove {tags}"), tags=names)
    return phrase(QT_TRANSLATE_NOOP("Catalogue", "Add {tags}"), tags=names)


def assign_summary(d: Mapping[str, Any]) -> Phrase:
    to = d.get("to")
    who = short(d.get("assigneeId") or "?", 24)
    if to == "round_robin":
        return Phrase(QT_TRANSLATE_NOOP("Catalogue", "Round robin"))
    if to == "unassign":
        return Phrase(QT_TRANSLATE_NOOP("Catalogue", "Unassign"))
    if to == "user":
        return phrase(QT_TRANSLATE_NOOP("Catalogue", "To user {id}"), id=who)
    if to == "team":
        return phrase(QT_TRANSLATE_NOOP("Catalogue", "To team {id}"), id=who)
    return Phrase(QT_TRANSLATE_NOOP("Catalogue", "Assign"))


def conversation_summary(d: Mapping[str, Any]) -> Phrase:
    if d.get("action") == "close":
        return Phrase(QT_TRANSLATE_NOOP("Catalogue", "Close conversation"))
    return Phrase(QT_TRANSLATE_NOOP("Catalogue", "Open conversation"))


def http_summary(d: Mapping[str, Any]) -> Phrase:
    url = d.get("url")
    host = urlsplit(url).netloc if isinstance(url, str) else ""
    method = short(d.get("method") or "?", 8)
    if not host:
        return phrase(QT_TRANSLATE_NOOP("Catalogue", "{method} · no URL yet"), method=method)
    return phrase("{method} {host}", method=method, host=host)


def jump_summary(d: Mapping[str, Any]) -> Phrase:
    return phrase(
        QT_TRANSLATE_NOOP("Catalogue", "Jump to {target} · at most {count}×"),
        target=short(d.get("targetNodeId") or "?", 20),
        count=_number(d.get("maxJumps", "?")),
    )


def exit_summary(d: Mapping[str, Any]) -> Phrase:
    if nonempty(d.get("reason")):
        return phrase("{reason}", reason=short(d.get("reason"), 30))
    return Phrase(QT_TRANSLATE_NOOP("Catalogue", "End of journey"))
