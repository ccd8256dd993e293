"""The node catalogue (DESIGN §3): one registry that the canvas, inspector and validator read.

Per node type a :class:`NodeSpec` holds the data model as a list of :class:`FieldSpec` (required
fields, allowed values, ranges, when a field applies), the outputs, display name, category, icon
name and a one-line summary. :mod:`journey_builder.model.node_checks` turns the data model into
field-level issues, so the inspector's live checks and the validator's ``invalid-config`` say
the same thing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

from journey_builder.model.enums import (
    ENTRY_MODES,
    RULE_OPERATORS,
    TRIGGER_TYPES,
    UNARY_OPERATORS,
    label_for,
)

__all__ = [
    "CATALOGUE",
    "CATEGORIES",
    "TIME_UNITS",
    "DataIssue",
    "FieldKind",
    "FieldSpec",
    "NodeSpec",
    "OutputSpec",
    "node_outputs",
    "node_summary",
    "node_title",
    "spec_for",
]

FieldKind = Literal[
    "text",  # one line of text
    "multiline",  # several lines of text
    "choice",  # one of ``choices``
    "integer",  # a whole number within ``minimum``/``maximum``
    "tags",  # a list of non-empty strings
    "timeout",  # {"amount": int > 0, "unit": TIME_UNITS}
    "rules",  # [{"field", "operator", "value"}]
    "branches",  # [{"id", "label", "percent"}]
    "trigger",  # a TriggerConfig object
    "url",  # an https:// URL
    "mapping",  # {str: str}, e.g. HTTP headers
    "json",  # any JSON value
    "node_ref",  # the id of another node
]

TIME_UNITS: Mapping[str, str] = {
    "minutes": "minutes",
    "hours": "hours",
    "days": "days",
    "weeks": "weeks",
}

#: Category name -> the order the palette shows them in.
CATEGORIES: tuple[str, ...] = (
    "Trigger",
    "Messaging",
    "Timing",
    "Logic",
    "Contact",
    "Integration",
    "End",
)


@dataclass(frozen=True)
class FieldSpec:
    """One field of a node's ``data``: what the inspector draws and the validator checks."""

    name: str
    label: str
    kind: FieldKind
    required: bool = False
    choices: Mapping[str, str] = field(default_factory=dict)
    minimum: float | None = None
    maximum: float | None = None
    help: str = ""
    placeholder: str = ""
    #: The field applies only when another field holds one of these values.
    when: tuple[str, tuple[str, ...]] | None = None
    default: Any = None

    def applies(self, data: Mapping[str, Any]) -> bool:
        if self.when is None:
            return True
        other, values = self.when
        return data.get(other) in values


@dataclass(frozen=True)
class OutputSpec:
    """One output of a node: ``handle`` is the edge's ``sourceHandle`` (None for a single output)."""

    handle: str | None
    label: str


@dataclass(frozen=True)
class DataIssue:
    """A problem with one field of a node's data, in words a marketer understands."""

    field: str
    message: str


@dataclass(frozen=True)
class NodeSpec:
    """Everything the app knows about one node type."""

    type: str
    display_name: str
    category: str
    icon: str
    description: str
    fields: tuple[FieldSpec, ...]
    outputs: Callable[[Mapping[str, Any]], list[OutputSpec]]
    summary: Callable[[Mapping[str, Any]], str]
    default_data: Callable[[], dict[str, Any]]
    extra_checks: Callable[[Mapping[str, Any]], list[DataIssue]] = lambda _data: []
    terminal: bool = False
    #: Outputs are named by ``sourceHandle`` (an edge without one is ``unknown-handle``).
    branching: bool = False
    #: The handles of ``outputs(data)`` without their labels, for types whose outputs depend on
    #: the data (a split's branch ids); None when every node of the type has the same outputs.
    data_handles: Callable[[Mapping[str, Any]], list[str | None]] | None = None

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)


# --- helpers for summaries -------------------------------------------------------------------


def _short(value: Any, limit: int = 32) -> str:
    text = " ".join(str(value).split()) if value is not None else ""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _plural(amount: Any, unit: Any) -> str:
    unit_s = str(unit) if unit else "?"
    if isinstance(amount, int | float) and not isinstance(amount, bool) and amount == 1:
        unit_s = unit_s[:-1] if unit_s.endswith("s") else unit_s
    amount_s = _fmt_number(amount) if amount is not None else "?"
    return f"{amount_s} {unit_s}"


def _fmt_number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _timeout_text(timeout: Any) -> str:
    if isinstance(timeout, Mapping):
        return _plural(timeout.get("amount"), timeout.get("unit"))
    return "?"


def _rule_text(rule: Any) -> str:
    if not isinstance(rule, Mapping):
        return "?"
    op = rule.get("operator")
    text = f"{rule.get('field') or '?'} {label_for(RULE_OPERATORS, op)}"
    if op not in UNARY_OPERATORS:
        text += f" {_short(rule.get('value'), 16)}"
    return text


def _one(label: str = "Next") -> Callable[[Mapping[str, Any]], list[OutputSpec]]:
    return lambda _data: [OutputSpec(None, label)]


def _fixed(*pairs: tuple[str, str]) -> Callable[[Mapping[str, Any]], list[OutputSpec]]:
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


def _split_outputs(data: Mapping[str, Any]) -> list[OutputSpec]:
    outs: list[OutputSpec] = []
    for i, b in _split_branches(data):
        label = str(b.get("label") or f"Branch {i + 1}")
        pct = b.get("percent")
        if isinstance(pct, int | float) and not isinstance(pct, bool):
            label = f"{label} · {_fmt_number(pct)}%"
        outs.append(OutputSpec(b["id"], label))
    return outs


def _split_handles(data: Mapping[str, Any]) -> list[str | None]:
    """The ids of ``_split_outputs(data)``: run on every split of a journey by the validator,
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


# --- field sets ------------------------------------------------------------------------------

_LABEL = FieldSpec(
    "label", "Card title", "text", help="Shown on the card; leave empty for the default."
)

_CHANNELS = {
    "email": "Email",
    "sms": "SMS",
    "whatsapp": "WhatsApp",
    "messenger": "Messenger",
    "chat": "Live chat",
    "last_interacted": "Last channel the contact used",
}
_ANSWER_TYPES = {
    "text": "Text",
    "choice": "Choice",
    "number": "Number",
    "email": "Email address",
    "phone": "Phone number",
    "date": "Date",
}
_EVENTS = {
    "message_received": "Message received",
    "conversation_closed": "Conversation closed",
    "tag_added": "Tag added",
    "field_updated": "Field updated",
    "custom": "Custom event",
}
_MATCH = {"all": "All rules match", "any": "Any rule matches"}
_HTTP_METHODS = {m: m for m in ("GET", "POST", "PUT", "PATCH", "DELETE")}


def _check_send_message(data: Mapping[str, Any]) -> list[DataIssue]:
    template = data.get("templateId")
    if isinstance(template, str) and template and not template.isspace():
        return []
    text = data.get("text")
    if isinstance(text, str) and text and not text.isspace():
        return []
    return [DataIssue("templateId", "needs a template or a message text")]


def _check_ask_question(data: Mapping[str, Any]) -> list[DataIssue]:
    if data.get("answerType") == "choice":
        choices = data.get("choices")
        if not isinstance(choices, list) or not [c for c in choices if _nonempty(c)]:
            return [DataIssue("choices", "needs at least one choice for a choice question")]
    return []


def _check_wait_for_event(data: Mapping[str, Any]) -> list[DataIssue]:
    if data.get("event") == "custom" and not _nonempty(data.get("eventName")):
        return [DataIssue("eventName", "needs the name of the custom event")]
    return []


def _check_assign(data: Mapping[str, Any]) -> list[DataIssue]:
    if data.get("to") in ("user", "team") and not _nonempty(data.get("assigneeId")):
        return [DataIssue("assigneeId", f"needs the {data.get('to')} to assign to")]
    return []


def _check_split(data: Mapping[str, Any]) -> list[DataIssue]:
    branches = data.get("branches")
    if not isinstance(branches, list):
        return []
    issues: list[DataIssue] = []
    seen: set[str] = set()
    for i, b in enumerate(branches):
        if not (type(b) is dict or isinstance(b, Mapping)) or not _nonempty(b.get("id")):
            issues.append(DataIssue("branches", f"branch {i + 1} needs an id"))
            continue
        if b["id"] in seen:
            issues.append(DataIssue("branches", f"two branches share the id '{b['id']}'"))
        seen.add(b["id"])
    return issues


def _check_update_contact(data: Mapping[str, Any]) -> list[DataIssue]:
    if data.get("action") == "increment" and "value" in data:
        value = data["value"]
        if type(value) is int or type(value) is float:  # the usual case, without ABCs
            return []
        if not (isinstance(value, int | float) and not isinstance(value, bool)):
            return [DataIssue("value", "must be a number to increment by")]
    return []


def _nonempty(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


# --- the catalogue ---------------------------------------------------------------------------


def _start_summary(d: Mapping[str, Any]) -> str:
    trig = d.get("triggerConfig")
    ttype = trig.get("type") if isinstance(trig, Mapping) else None
    text = label_for(TRIGGER_TYPES, ttype) if ttype else "No trigger"
    mode = d.get("entryMode")
    return f"{text} · {mode}" if mode else text


def _send_summary(d: Mapping[str, Any]) -> str:
    channel = label_for(_CHANNELS, d.get("channel")) or "?"
    if channel == _CHANNELS["last_interacted"]:
        channel = "Last channel"
    if _nonempty(d.get("templateId")):
        return f"{channel} · {_short(d['templateId'], 24)}"
    if _nonempty(d.get("text")):
        return f"{channel} · “{_short(d['text'], 22)}”"
    return f"{channel} · no content yet"


def _condition_summary(d: Mapping[str, Any]) -> str:
    rules = d.get("rules")
    if not isinstance(rules, list) or not rules:
        return "No rules yet"
    if len(rules) == 1:
        return f"If {_rule_text(rules[0])}"
    word = "Any" if d.get("match") == "any" else "All"
    return f"{word} of {len(rules)} rules"


def _split_summary(d: Mapping[str, Any]) -> str:
    branches = d.get("branches")
    if not isinstance(branches, list) or not branches:
        return "No branches yet"
    parts = []
    for b in branches:
        pct = b.get("percent") if isinstance(b, Mapping) else None
        parts.append(f"{_fmt_number(pct)}%" if pct is not None else "?%")
    return " / ".join(parts)


def _update_summary(d: Mapping[str, Any]) -> str:
    verb = {"set": "Set", "clear": "Clear", "increment": "Increment"}.get(
        str(d.get("action")), "Update"
    )
    text = f"{verb} {d.get('field') or '?'}"
    if d.get("action") in ("set", "increment") and "value" in d:
        text += f" {'to' if d.get('action') == 'set' else 'by'} {_short(d['value'], 14)}"
    return text


def _tag_summary(d: Mapping[str, Any]) -> str:
    verb = "Remove" if d.get("action") == "remove" else "Add"
    tags = d.get("tags")
    names = ", ".join(str(t) for t in tags) if isinstance(tags, list) and tags else "no tags yet"
    return f"{verb} {_short(names, 26)}"


def _assign_summary(d: Mapping[str, Any]) -> str:
    to = d.get("to")
    if to == "round_robin":
        return "Round robin"
    if to == "unassign":
        return "Unassign"
    if to in ("user", "team"):
        return f"To {to} {d.get('assigneeId') or '?'}"
    return "Assign"


def _http_summary(d: Mapping[str, Any]) -> str:
    url = d.get("url")
    host = urlsplit(url).netloc if isinstance(url, str) else ""
    return f"{d.get('method') or '?'} {host or 'no URL yet'}"


_TIMEOUT_HELP = "How long to wait before taking the timeout path."

CATALOGUE: dict[str, NodeSpec] = {
    spec.type: spec
    for spec in (
        NodeSpec(
            type="start",
            display_name="Start",
            category="Trigger",
            icon="play",
            description="Where contacts enter: the journey's trigger and entry mode.",
            fields=(
                FieldSpec("triggerConfig", "Trigger", "trigger", required=True),
                FieldSpec("entryMode", "Entry mode", "choice", required=True, choices=ENTRY_MODES),
            ),
            outputs=_one(),
            summary=_start_summary,
            default_data=lambda: {
                "triggerConfig": {"type": "contact_created", "conditions": {}},
                "entryMode": "once",
            },
        ),
        NodeSpec(
            type="send_message",
            display_name="Send message",
            category="Messaging",
            icon="send",
            description="Send a message on a channel, from a template or as text.",
            fields=(
                _LABEL,
                FieldSpec("channel", "Channel", "choice", required=True, choices=_CHANNELS),
                FieldSpec("templateId", "Template", "text", placeholder="tpl_welcome"),
                FieldSpec(
                    "text", "Message text", "multiline", help="Used when no template is set."
                ),
                FieldSpec("subject", "Subject", "text", when=("channel", ("email",))),
            ),
            outputs=_one(),
            summary=_send_summary,
            default_data=lambda: {"channel": "email", "templateId": ""},
            extra_checks=_check_send_message,
        ),
        NodeSpec(
            type="ask_question",
            display_name="Ask a question",
            category="Messaging",
            icon="help",
            description="Ask the contact a question and wait for the answer.",
            fields=(
                _LABEL,
                FieldSpec("question", "Question", "multiline", required=True),
                FieldSpec(
                    "answerType", "Answer type", "choice", required=True, choices=_ANSWER_TYPES
                ),
                FieldSpec("choices", "Choices", "tags", when=("answerType", ("choice",))),
                FieldSpec(
                    "saveToField", "Save answer to field", "text", placeholder="contact field"
                ),
                FieldSpec("timeout", "Timeout", "timeout", required=True, help=_TIMEOUT_HELP),
            ),
            outputs=_fixed(("answered", "Answered"), ("timeout", "Timeout")),
            branching=True,
            summary=lambda d: f"“{_short(d.get('question') or '…', 26)}”",
            default_data=lambda: {
                "question": "",
                "answerType": "text",
                "timeout": {"amount": 1, "unit": "days"},
            },
            extra_checks=_check_ask_question,
        ),
        NodeSpec(
            type="delay",
            display_name="Delay",
            category="Timing",
            icon="clock",
            description="Wait for a fixed time.",
            fields=(
                _LABEL,
                FieldSpec("amount", "Wait", "integer", required=True, minimum=1),
                FieldSpec("unit", "Unit", "choice", required=True, choices=TIME_UNITS),
            ),
            outputs=_one(),
            summary=lambda d: f"Wait {_plural(d.get('amount'), d.get('unit'))}",
            default_data=lambda: {"amount": 1, "unit": "days"},
        ),
        NodeSpec(
            type="wait_for_event",
            display_name="Wait for event",
            category="Timing",
            icon="bell",
            description="Wait until something happens, or give up after a timeout.",
            fields=(
                _LABEL,
                FieldSpec("event", "Event", "choice", required=True, choices=_EVENTS),
                FieldSpec("eventName", "Event name", "text", when=("event", ("custom",))),
                FieldSpec("conditions", "Conditions", "json"),
                FieldSpec("timeout", "Timeout", "timeout", required=True, help=_TIMEOUT_HELP),
            ),
            outputs=_fixed(("event", "Event"), ("timeout", "Timeout")),
            branching=True,
            summary=lambda d: (
                f"{label_for(_EVENTS, d.get('event')) or '?'} · up to {_timeout_text(d.get('timeout'))}"
            ),
            default_data=lambda: {
                "event": "message_received",
                "timeout": {"amount": 1, "unit": "days"},
            },
            extra_checks=_check_wait_for_event,
        ),
        NodeSpec(
            type="condition",
            display_name="Condition",
            category="Logic",
            icon="branch",
            description="Take the yes or the no path depending on the contact.",
            fields=(
                _LABEL,
                FieldSpec("match", "Match", "choice", required=True, choices=_MATCH),
                FieldSpec("rules", "Rules", "rules", required=True),
            ),
            outputs=_fixed(("yes", "Yes"), ("no", "No")),
            branching=True,
            summary=_condition_summary,
            default_data=lambda: {
                "match": "all",
                "rules": [{"field": "", "operator": "equals", "value": ""}],
            },
        ),
        NodeSpec(
            type="random_split",
            display_name="Random split",
            category="Logic",
            icon="shuffle",
            description="Send contacts down 2–5 branches at random, by percentage.",
            fields=(_LABEL, FieldSpec("branches", "Branches", "branches", required=True)),
            outputs=_split_outputs,
            data_handles=_split_handles,
            branching=True,
            summary=_split_summary,
            default_data=lambda: {
                "branches": [
                    {"id": "a", "label": "A", "percent": 50},
                    {"id": "b", "label": "B", "percent": 50},
                ]
            },
            extra_checks=_check_split,
        ),
        NodeSpec(
            type="update_contact",
            display_name="Update contact",
            category="Contact",
            icon="user-edit",
            description="Set, clear or increment a contact field.",
            fields=(
                _LABEL,
                FieldSpec("field", "Field", "text", required=True),
                FieldSpec(
                    "action",
                    "Action",
                    "choice",
                    required=True,
                    choices={"set": "Set", "clear": "Clear", "increment": "Increment"},
                ),
                FieldSpec("value", "Value", "json", when=("action", ("set", "increment"))),
            ),
            outputs=_one(),
            summary=_update_summary,
            default_data=lambda: {"field": "", "action": "set", "value": ""},
            extra_checks=_check_update_contact,
        ),
        NodeSpec(
            type="tag",
            display_name="Tag contact",
            category="Contact",
            icon="tag",
            description="Add or remove tags.",
            fields=(
                _LABEL,
                FieldSpec(
                    "action",
                    "Action",
                    "choice",
                    required=True,
                    choices={"add": "Add", "remove": "Remove"},
                ),
                FieldSpec("tags", "Tags", "tags", required=True),
            ),
            outputs=_one(),
            summary=_tag_summary,
            default_data=lambda: {"action": "add", "tags": []},
        ),
        NodeSpec(
            type="assign",
            display_name="Assign",
            category="Contact",
            icon="user-check",
            description="Assign the conversation to a user or team.",
            fields=(
                _LABEL,
                FieldSpec(
                    "to",
                    "Assign to",
                    "choice",
                    required=True,
                    choices={
                        "user": "A user",
                        "team": "A team",
                        "round_robin": "Round robin",
                        "unassign": "Nobody (unassign)",
                    },
                ),
                FieldSpec("assigneeId", "User or team id", "text", when=("to", ("user", "team"))),
            ),
            outputs=_one(),
            summary=_assign_summary,
            default_data=lambda: {"to": "round_robin"},
            extra_checks=_check_assign,
        ),
        NodeSpec(
            type="conversation",
            display_name="Conversation",
            category="Contact",
            icon="chat",
            description="Open or close the contact's conversation.",
            fields=(
                _LABEL,
                FieldSpec(
                    "action",
                    "Action",
                    "choice",
                    required=True,
                    choices={"open": "Open", "close": "Close"},
                ),
                FieldSpec("note", "Note", "multiline"),
            ),
            outputs=_one(),
            summary=lambda d: f"{'Close' if d.get('action') == 'close' else 'Open'} conversation",
            default_data=lambda: {"action": "close"},
        ),
        NodeSpec(
            type="http_request",
            display_name="HTTP request",
            category="Integration",
            icon="globe",
            description="Call a web service; take the success or the failure path.",
            fields=(
                _LABEL,
                FieldSpec("method", "Method", "choice", required=True, choices=_HTTP_METHODS),
                FieldSpec("url", "URL", "url", required=True, placeholder="https://"),
                FieldSpec("headers", "Headers", "mapping"),
                FieldSpec("body", "Body", "json"),
                FieldSpec("timeoutSeconds", "Timeout (seconds)", "integer", minimum=1, maximum=30),
            ),
            outputs=_fixed(("success", "Success"), ("failure", "Failure")),
            branching=True,
            summary=_http_summary,
            default_data=lambda: {"method": "POST", "url": "https://"},
        ),
        NodeSpec(
            type="jump_to",
            display_name="Jump to",
            category="Logic",
            icon="jump",
            description="Send the contact back to another step, a limited number of times.",
            fields=(
                _LABEL,
                FieldSpec("targetNodeId", "Jump to step", "node_ref", required=True),
                FieldSpec("maxJumps", "At most", "integer", required=True, minimum=1, maximum=10),
            ),
            outputs=lambda _d: [],
            summary=lambda d: (
                f"Jump to {d.get('targetNodeId') or '?'} · max {d.get('maxJumps', '?')}"
            ),
            default_data=lambda: {"targetNodeId": "", "maxJumps": 1},
            terminal=True,
        ),
        NodeSpec(
            type="exit",
            display_name="Exit",
            category="End",
            icon="flag",
            description="The contact leaves the journey.",
            fields=(_LABEL, FieldSpec("reason", "Reason", "text")),
            outputs=lambda _d: [],
            summary=lambda d: (
                _short(d.get("reason"), 30) if _nonempty(d.get("reason")) else "End of journey"
            ),
            default_data=dict,
            terminal=True,
        ),
    )
}


def spec_for(node_type: str) -> NodeSpec | None:
    """The spec of a known type; None for a type outside the catalogue (kept, drawn generic)."""
    return CATALOGUE.get(node_type)


def node_outputs(node_type: str, data: Mapping[str, Any]) -> list[OutputSpec]:
    """The outputs of a node; an unknown type gets one unnamed output so it can be connected."""
    spec = CATALOGUE.get(node_type)
    if spec is None:
        return [OutputSpec(None, "Next")]
    return spec.outputs(data)


def node_title(node_type: str, data: Mapping[str, Any]) -> str:
    """The card title: the user's label, else the type's display name (raw type when unknown)."""
    label = data.get("label")
    if isinstance(label, str) and label.strip():
        return label.strip()
    spec = CATALOGUE.get(node_type)
    return spec.display_name if spec else node_type


def node_summary(node_type: str, data: Mapping[str, Any]) -> str:
    """The one-line summary under the title ("Wait 2 days", "Email · tpl_welcome")."""
    spec = CATALOGUE.get(node_type)
    if spec is None:
        return f"Unknown type “{_short(node_type, 24)}”"
    try:
        return spec.summary(data)
    except (TypeError, ValueError, AttributeError):
        return spec.display_name


def known_node_types() -> Sequence[str]:
    """Catalogue types in palette order (by category, then as listed)."""
    order = {c: i for i, c in enumerate(CATEGORIES)}
    return [s.type for s in sorted(CATALOGUE.values(), key=lambda s: order.get(s.category, 99))]
