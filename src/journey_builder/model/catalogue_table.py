"""The node types of the catalogue (DESIGN §3), in palette order within each category.

Texts are English and marked for translation (``Catalogue`` context); summaries and the
outputs that depend on the data come from :mod:`journey_builder.model.summaries`.
"""

from __future__ import annotations

from journey_builder.model.catalogue_checks import (
    check_ask_question,
    check_assign,
    check_send_message,
    check_split,
    check_update_contact,
    check_wait_for_event,
)
from journey_builder.model.catalogue_types import TIME_UNITS, FieldSpec, NodeSpec
from journey_builder.model.enums import ENTRY_MODES
from journey_builder.model.summaries import (
    CHANNELS,
    EVENTS,
    ask_summary,
    assign_summary,
    condition_summary,
    conversation_summary,
    delay_summary,
    exit_summary,
    fixed_outputs,
    http_summary,
    jump_summary,
    one_output,
    send_summary,
    split_handles,
    split_outputs,
    split_summary,
    start_summary,
    tag_summary,
    update_summary,
    wait_summary,
)
from journey_builder.model.texts import QT_TRANSLATE_NOOP

__all__ = ["NODE_SPECS"]

_LABEL = FieldSpec(
    "label",
    QT_TRANSLATE_NOOP("Catalogue", "Card title"),
    "text",
    help=QT_TRANSLATE_NOOP("Catalogue", "Shown on the card; leave empty for the default."),
)
_ANSWER_TYPES = {
    "text": QT_TRANSLATE_NOOP("Catalogue", "Text"),
    "choice": QT_TRANSLATE_NOOP("Catalogue", "Choice"),
    "number": QT_TRANSLATE_NOOP("Catalogue", "Number"),
    "email": QT_TRANSLATE_NOOP("Catalogue", "Email address"),
    "phone": QT_TRANSLATE_NOOP("Catalogue", "Phone number"),
    "date": QT_TRANSLATE_NOOP("Catalogue", "Date"),
}
_MATCH = {
    "all": QT_TRANSLATE_NOOP("Catalogue", "All rules match"),
    "any": QT_TRANSLATE_NOOP("Catalogue", "Any rule matches"),
}
_HTTP_METHODS = {m: m for m in ("GET", "POST", "PUT", "PATCH", "DELETE")}
_TIMEOUT_HELP = QT_TRANSLATE_NOOP("Catalogue", "How long to wait before taking the timeout path.")

NODE_SPECS: tuple[NodeSpec, ...] = (
    NodeSpec(
        type="start",
        display_name=QT_TRANSLATE_NOOP("Catalogue", "Start"),
        category=QT_TRANSLATE_NOOP("Catalogue", "Trigger"),
        icon="play",
        description=QT_TRANSLATE_NOOP(
            "Catalogue", "Where contacts enter: the journey's trigger and entry mode."
        ),
        fields=(
            FieldSpec(
                "triggerConfig", QT_TRANSLATE_NOOP("Catalogue", "Trigger"), "trigger", required=True
            ),
            FieldSpec(
                "entryMode",
                QT_TRANSLATE_NOOP("Catalogue", "Entry mode"),
                "choice",
                required=True,
                choices=ENTRY_MODES,
            ),
        ),
        outputs=one_output(),
        summary=start_summary,
        default_data=lambda: {
            "triggerConfig": {"type": "contact_created", "conditions": {}},
            "entryMode": "once",
        },
    ),
    NodeSpec(
        type="send_message",
        display_name=QT_TRANSLATE_NOOP("Catalogue", "Send message"),
        category=QT_TRANSLATE_NOOP("Catalogue", "Messaging"),
        icon="send",
        description=QT_TRANSLATE_NOOP(
            "Catalogue", "Send a message on a channel, from a template or as text."
        ),
        fields=(
            _LABEL,
            FieldSpec(
                "channel",
                QT_TRANSLATE_NOOP("Catalogue", "Channel"),
                "choice",
                required=True,
                choices=CHANNELS,
            ),
            FieldSpec(
                "templateId",
                QT_TRANSLATE_NOOP("Catalogue", "Template"),
                "text",
                placeholder="tpl_welcome",
            ),
            FieldSpec(
                "text",
                QT_TRANSLATE_NOOP("Catalogue", "Message text"),
                "multiline",
                help=QT_TRANSLATE_NOOP("Catalogue", "Used when no template is set."),
            ),
            FieldSpec(
                "subject",
                QT_TRANSLATE_NOOP("Catalogue", "Subject"),
                "text",
                when=("channel", ("email",)),
            ),
        ),
        outputs=one_output(),
        summary=send_summary,
        default_data=lambda: {"channel": "email", "templateId": ""},
        extra_checks=check_send_message,
    ),
    NodeSpec(
        type="ask_question",
        display_name=QT_TRANSLATE_NOOP("Catalogue", "Ask a question"),
        category=QT_TRANSLATE_NOOP("Catalogue", "Messaging"),
        icon="help",
        description=QT_TRANSLATE_NOOP(
            "Catalogue", "Ask the contact a question and wait for the answer."
        ),
        fields=(
            _LABEL,
            FieldSpec(
                "question", QT_TRANSLATE_NOOP("Catalogue", "Question"), "multiline", required=True
            ),
            FieldSpec(
                "answerType",
                QT_TRANSLATE_NOOP("Catalogue", "Answer type"),
                "choice",
                required=True,
                choices=_ANSWER_TYPES,
            ),
            FieldSpec(
                "choices",
                QT_TRANSLATE_NOOP("Catalogue", "Choices"),
                "tags",
                when=("answerType", ("choice",)),
            ),
            FieldSpec(
                "saveToField",
                QT_TRANSLATE_NOOP("Catalogue", "Save answer to field"),
                "text",
                placeholder=QT_TRANSLATE_NOOP("Catalogue", "contact field"),
            ),
            FieldSpec(
                "timeout",
                QT_TRANSLATE_NOOP("Catalogue", "Timeout"),
                "timeout",
                required=True,
                help=_TIMEOUT_HELP,
            ),
        ),
        outputs=fixed_outputs(
            ("answered", QT_TRANSLATE_NOOP("Catalogue", "Answered")),
            ("timeout", QT_TRANSLATE_NOOP("Catalogue", "Timeout")),
        ),
        branching=True,
        summary=ask_summary,
        default_data=lambda: {
            "question": "",
            "answerType": "text",
            "timeout": {"amount": 1, "unit": "days"},
        },
        extra_checks=check_ask_question,
    ),
    NodeSpec(
        type="delay",
        display_name=QT_TRANSLATE_NOOP("Catalogue", "Delay"),
        category=QT_TRANSLATE_NOOP("Catalogue", "Timing"),
        icon="clock",
        description=QT_TRANSLATE_NOOP("Catalogue", "Wait for a fixed time."),
        fields=(
            _LABEL,
            FieldSpec(
                "amount",
                QT_TRANSLATE_NOOP("Catalogue", "Wait"),
                "integer",
                required=True,
                minimum=1,
            ),
            FieldSpec(
                "unit",
                QT_TRANSLATE_NOOP("Catalogue", "Unit"),
                "choice",
                required=True,
                choices=TIME_UNITS,
            ),
        ),
        outputs=one_output(),
        summary=delay_summary,
        default_data=lambda: {"amount": 1, "unit": "days"},
    ),
    NodeSpec(
        type="wait_for_event",
        display_name=QT_TRANSLATE_NOOP("Catalogue", "Wait for event"),
        category=QT_TRANSLATE_NOOP("Catalogue", "Timing"),
        icon="bell",
        description=QT_TRANSLATE_NOOP(
            "Catalogue", "Wait until something happens, or give up after a timeout."
        ),
        fields=(
            _LABEL,
            FieldSpec(
                "event",
                QT_TRANSLATE_NOOP("Catalogue", "Event"),
                "choice",
                required=True,
                choices=EVENTS,
            ),
            FieldSpec(
                "eventName",
                QT_TRANSLATE_NOOP("Catalogue", "Event name"),
                "text",
                when=("event", ("custom",)),
            ),
            FieldSpec("conditions", QT_TRANSLATE_NOOP("Catalogue", "Conditions"), "json"),
            FieldSpec(
                "timeout",
                QT_TRANSLATE_NOOP("Catalogue", "Timeout"),
                "timeout",
                required=True,
                help=_TIMEOUT_HELP,
            ),
        ),
        outputs=fixed_outputs(
            ("event", QT_TRANSLATE_NOOP("Catalogue", "Event")),
            ("timeout", QT_TRANSLATE_NOOP("Catalogue", "Timeout")),
        ),
        branching=True,
        summary=wait_summary,
        default_data=lambda: {
            "event": "message_received",
            "timeout": {"amount": 1, "unit": "days"},
        },
        extra_checks=check_wait_for_event,
    ),
    NodeSpec(
        type="condition",
        display_name=QT_TRANSLATE_NOOP("Catalogue", "Condition"),
        category=QT_TRANSLATE_NOOP("Catalogue", "Logic"),
        icon="branch",
        description=QT_TRANSLATE_NOOP(
            "Catalogue", "Take the yes or the no path depending on the contact."
        ),
        fields=(
            _LABEL,
            FieldSpec(
                "match",
                QT_TRANSLATE_NOOP("Catalogue", "Match"),
                "choice",
                required=True,
                choices=_MATCH,
            ),
            FieldSpec("rules", QT_TRANSLATE_NOOP("Catalogue", "Rules"), "rules", required=True),
        ),
        outputs=fixed_outputs(
            ("yes", QT_TRANSLATE_NOOP("Catalogue", "Yes")),
            ("no", QT_TRANSLATE_NOOP("Catalogue", "No")),
        ),
        branching=True,
        summary=condition_summary,
        default_data=lambda: {
            "match": "all",
            "rules": [{"field": "", "operator": "equals", "value": ""}],
        },
    ),
    NodeSpec(
        type="random_split",
        display_name=QT_TRANSLATE_NOOP("Catalogue", "Random split"),
        category=QT_TRANSLATE_NOOP("Catalogue", "Logic"),
        icon="shuffle",
        description=QT_TRANSLATE_NOOP(
            "Catalogue", "Send contacts down 2–5 branches at random, by percentage."
        ),
        fields=(
            _LABEL,
            FieldSpec(
                "branches", QT_TRANSLATE_NOOP("Catalogue", "Branches"), "branches", required=True
            ),
        ),
        outputs=split_outputs,
        data_handles=split_handles,
        branching=True,
        summary=split_summary,
        default_data=lambda: {
            "branches": [
                {"id": "a", "label": "A", "percent": 50},
                {"id": "b", "label": "B", "percent": 50},
            ]
        },
        extra_checks=check_split,
    ),
    NodeSpec(
        type="update_contact",
        display_name=QT_TRANSLATE_NOOP("Catalogue", "Update contact"),
        category=QT_TRANSLATE_NOOP("Catalogue", "Contact"),
        icon="user-edit",
        description=QT_TRANSLATE_NOOP("Catalogue", "Set, clear or increment a contact field."),
        fields=(
            _LABEL,
            FieldSpec("field", QT_TRANSLATE_NOOP("Catalogue", "Field"), "text", required=True),
            FieldSpec(
                "action",
                QT_TRANSLATE_NOOP("Catalogue", "Action"),
                "choice",
                required=True,
                choices={
                    "set": QT_TRANSLATE_NOOP("Catalogue", "Set"),
                    "clear": QT_TRANSLATE_NOOP("Catalogue", "Clear"),
                    "increment": QT_TRANSLATE_NOOP("Catalogue", "Increment"),
                },
            ),
            FieldSpec(
                "value",
                QT_TRANSLATE_NOOP("Catalogue", "Value"),
                "json",
                when=("action", ("set", "increment")),
            ),
        ),
        outputs=one_output(),
        summary=update_summary,
        default_data=lambda: {"field": "", "action": "set", "value": ""},
        extra_checks=check_update_contact,
    ),
    NodeSpec(
        type="tag",
        display_name=QT_TRANSLATE_NOOP("Catalogue", "Tag contact"),
        category=QT_TRANSLATE_NOOP("Catalogue", "Contact"),
        icon="tag",
        description=QT_TRANSLATE_NOOP("Catalogue", "Add or remove tags."),
        fields=(
            _LABEL,
            FieldSpec(
                "action",
                QT_TRANSLATE_NOOP("Catalogue", "Action"),
                "choice",
                required=True,
                choices={
                    "add": QT_TRANSLATE_NOOP("Catalogue", "Add"),
                    "remove": QT_TRANSLATE_NOOP("Catalogue", "Remove"),
                },
            ),
            FieldSpec("tags", QT_TRANSLATE_NOOP("Catalogue", "Tags"), "tags", required=True),
        ),
        outputs=one_output(),
        summary=tag_summary,
        default_data=lambda: {"action": "add", "tags": []},
    ),
    NodeSpec(
        type="assign",
        display_name=QT_TRANSLATE_NOOP("Catalogue", "Assign"),
        category=QT_TRANSLATE_NOOP("Catalogue", "Contact"),
        icon="user-check",
        description=QT_TRANSLATE_NOOP("Catalogue", "Assign the conversation to a user or team."),
        fields=(
            _LABEL,
            FieldSpec(
                "to",
                QT_TRANSLATE_NOOP("Catalogue", "Assign to"),
                "choice",
                required=True,
                choices={
                    "user": QT_TRANSLATE_NOOP("Catalogue", "A user"),
                    "team": QT_TRANSLATE_NOOP("Catalogue", "A team"),
                    "round_robin": QT_TRANSLATE_NOOP("Catalogue", "Round robin"),
                    "unassign": QT_TRANSLATE_NOOP("Catalogue", "Nobody (unassign)"),
                },
            ),
            FieldSpec(
                "assigneeId",
                QT_TRANSLATE_NOOP("Catalogue", "User or team id"),
                "text",
                when=("to", ("user", "team")),
            ),
        ),
        outputs=one_output(),
        summary=assign_summary,
        default_data=lambda: {"to": "round_robin"},
        extra_checks=check_assign,
    ),
    NodeSpec(
        type="conversation",
        display_name=QT_TRANSLATE_NOOP("Catalogue", "Conversation"),
        category=QT_TRANSLATE_NOOP("Catalogue", "Contact"),
        icon="chat",
        description=QT_TRANSLATE_NOOP("Catalogue", "Open or close the contact's conversation."),
        fields=(
            _LABEL,
            FieldSpec(
                "action",
                QT_TRANSLATE_NOOP("Catalogue", "Action"),
                "choice",
                required=True,
                choices={
                    "open": QT_TRANSLATE_NOOP("Catalogue", "Open"),
                    "close": QT_TRANSLATE_NOOP("Catalogue", "Close"),
                },
            ),
            FieldSpec("note", QT_TRANSLATE_NOOP("Catalogue", "Note"), "multiline"),
        ),
        outputs=one_output(),
        summary=conversation_summary,
        default_data=lambda: {"action": "close"},
    ),
    NodeSpec(
        type="http_request",
        display_name=QT_TRANSLATE_NOOP("Catalogue", "HTTP request"),
        category=QT_TRANSLATE_NOOP("Catalogue", "Integration"),
        icon="globe",
        description=QT_TRANSLATE_NOOP(
            "Catalogue", "Call a web service; take the success or the failure path."
        ),
        fields=(
            _LABEL,
            FieldSpec(
                "method",
                QT_TRANSLATE_NOOP("Catalogue", "Method"),
                "choice",
                required=True,
                choices=_HTTP_METHODS,
            ),
            FieldSpec(
                "url",
                QT_TRANSLATE_NOOP("Catalogue", "URL"),
                "url",
                required=True,
                placeholder="https://",
            ),
            FieldSpec("headers", QT_TRANSLATE_NOOP("Catalogue", "Headers"), "mapping"),
            FieldSpec("body", QT_TRANSLATE_NOOP("Catalogue", "Body"), "json"),
            FieldSpec(
                "timeoutSeconds",
                QT_TRANSLATE_NOOP("Catalogue", "Timeout (seconds)"),
                "integer",
                minimum=1,
                maximum=30,
            ),
        ),
        outputs=fixed_outputs(
            ("success", QT_TRANSLATE_NOOP("Catalogue", "Success")),
            ("failure", QT_TRANSLATE_NOOP("Catalogue", "Failure")),
        ),
        branching=True,
        summary=http_summary,
        default_data=lambda: {"method": "POST", "url": "https://"},
    ),
    NodeSpec(
        type="jump_to",
        display_name=QT_TRANSLATE_NOOP("Catalogue", "Jump to"),
        category=QT_TRANSLATE_NOOP("Catalogue", "Logic"),
        icon="jump",
        description=QT_TRANSLATE_NOOP(
            "Catalogue", "Send the contact back to another step, a limited number of times."
        ),
        fields=(
            _LABEL,
            FieldSpec(
                "targetNodeId",
                QT_TRANSLATE_NOOP("Catalogue", "Jump to step"),
                "node_ref",
                required=True,
            ),
            FieldSpec(
                "maxJumps",
                QT_TRANSLATE_NOOP("Catalogue", "At most"),
                "integer",
                required=True,
                minimum=1,
                maximum=10,
            ),
        ),
        outputs=lambda _d: [],
        summary=jump_summary,
        default_data=lambda: {"targetNodeId": "", "maxJumps": 1},
        terminal=True,
    ),
    NodeSpec(
        type="exit",
        display_name=QT_TRANSLATE_NOOP("Catalogue", "Exit"),
        category=QT_TRANSLATE_NOOP("Catalogue", "End"),
        icon="flag",
        description=QT_TRANSLATE_NOOP("Catalogue", "The contact leaves the journey."),
        fields=(_LABEL, FieldSpec("reason", QT_TRANSLATE_NOOP("Catalogue", "Reason"), "text")),
        outputs=lambda _d: [],
        summary=exit_summary,
        default_data=dict,
        terminal=True,
    ),
)
