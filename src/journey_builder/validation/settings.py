"""Rules about what steps and the trigger hold: data, split percentages, jumps, entry mode."""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Any, TypeGuard

from journey_builder.model import (
    CATALOGUE,
    ENTRY_MODES,
    TRIGGER_TYPES,
    DataIssue,
    Node,
    NodeSpec,
    check_node_data,
    check_trigger,
    label_for,
)
from journey_builder.model.texts import QT_TRANSLATE_NOOP, Param, Phrase
from journey_builder.validation.journey_graph import JourneyGraph
from journey_builder.validation.naming import join_names, quoted, quoted_name, step_name, words
from journey_builder.validation.problem import Problem

__all__ = ["check_journey", "check_nodes"]

#: Steps that are not an action: a journey of only these does nothing (``no-action``).
_NOT_ACTIONS = frozenset({"start", "delay", "exit"})

# How a DataIssue's message continues after the field's label ("Unit is required").
_AFTER_LABEL = ("is ", "must ", "amount ", "unit ", "'")


def check_nodes(g: JourneyGraph) -> Iterator[Problem]:
    """``unknown-node-type``, ``invalid-config``, ``split-percent``, ``jump-target-missing``."""
    # The graph's pass over the steps ran each one's quiet test (see quiet_steps): only the
    # steps it did not pass, and jumps whose target is wrong, are put into words.
    flagged = {id(node) for node in g.unquiet_steps}
    nodes, order = g.nodes, g.order
    for index in g.positions_of_type("jump_to"):
        node = nodes[index]
        if not _jump_ok(node, order):
            flagged.add(id(node))
    if not flagged:
        return
    journey_has_trigger = g.document.triggerConfig is not None
    for node in nodes:
        if id(node) in flagged:
            yield from _node_problems(g, node, journey_has_trigger)


def _jump_ok(node: Node, order: Mapping[str, int]) -> bool:
    target = node.data.get("targetNodeId")
    return type(target) is str and target != node.id and target in order


def _node_problems(g: JourneyGraph, node: Node, journey_has_trigger: bool) -> Iterator[Problem]:
    node_type = node.type
    spec = CATALOGUE.get(node_type)
    if spec is None:
        yield Problem.of(
            "unknown-node-type",
            words(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{step} is a step of a type this app does not know ({type}): it is kept "
                    "as it is, but not checked.",
                ),
                step=_title(node),
                type=quoted(node_type),
            ),
            (node.id,),
        )
        return
    for issue in check_node_data(node_type, node.data):
        if node_type == "start" and _left_to_journey_rules(issue, node, journey_has_trigger):
            continue
        yield Problem.of(
            "invalid-config",
            _config_message(_title(node), spec, issue),
            (node.id,),
            field=issue.field,
        )
    if node_type == "random_split":
        yield from _check_split(node)
    elif node_type == "jump_to":
        yield from _check_jump(g, node)


def _title(node: Node) -> Param:
    """How messages name this very step (two steps may share an id)."""
    return step_name(node.type, node.data)


def _left_to_journey_rules(issue: DataIssue, node: Node, journey_has_trigger: bool) -> bool:
    """Start-step issues another rule reports better, so nothing is reported twice.

    An unknown entry mode is only ``unknown-entry-mode``; when the journey has no trigger of
    its own the start step's trigger is the journey's, and ``invalid-trigger`` speaks for it.
    """
    if issue.field == "entryMode":
        mode = node.data.get("entryMode")
        return isinstance(mode, str) and bool(mode.strip()) and mode not in ENTRY_MODES
    return issue.field == "triggerConfig" and not journey_has_trigger


def _config_message(title: Param, spec: NodeSpec, issue: DataIssue) -> Phrase:
    what: Param = issue.phrase if issue.phrase is not None else issue.message
    if issue.message.startswith("needs "):
        return words(QT_TRANSLATE_NOOP("Validation", "{step} {issue}."), step=title, issue=what)
    field = spec.field(issue.field)
    label: Param = (
        Phrase(field.label)
        if field is not None
        else words(QT_TRANSLATE_NOOP("Validation", "Settings"))
        if issue.field == "data"
        else issue.field
    )
    if issue.message.startswith(_AFTER_LABEL):
        return words(
            QT_TRANSLATE_NOOP("Validation", "{step}: {field} {issue}."),
            step=title,
            field=label,
            issue=what,
        )
    return words(
        QT_TRANSLATE_NOOP("Validation", "{step}: {field}: {issue}."),
        step=title,
        field=label,
        issue=what,
    )


def _is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_split(node: Node) -> Iterator[Problem]:
    branches = node.data.get("branches")
    if not isinstance(branches, list):
        return  # missing or not a list: invalid-config says so
    ids = (node.id,)
    count = len(branches)
    if count < 2 or count > 5:
        yield Problem.of(
            "split-percent",
            words(
                QT_TRANSLATE_NOOP("Validation", "{step} has 1 branch: a random split needs 2 to 5.")
                if count == 1
                else QT_TRANSLATE_NOOP(
                    "Validation", "{step} has {count} branches: a random split needs 2 to 5."
                ),
                step=_title(node),
                count=count,
            ),
            ids,
        )
    percents: list[float] = []
    for number, branch in enumerate(branches, start=1):
        pct = branch.get("percent") if isinstance(branch, Mapping) else None
        if not _is_number(pct) or not math.isfinite(pct) or pct <= 0:
            label = branch.get("label") if isinstance(branch, Mapping) else None
            name: Param = quoted(label) if isinstance(label, str) and label.strip() else number
        if not _is_number(pct) or not math.isfinite(pct):
            yield Problem.of(
                "split-percent",
                words(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Branch {branch} of {step} has no percentage: give it a share above 0%.",
                    ),
                    branch=name,
                    step=_title(node),
                ),
                ids,
            )
            continue
        percents.append(pct)
        if pct <= 0:
            yield Problem.of(
                "split-percent",
                words(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Branch {branch} of {step} gets {percent}%: every branch needs more "
                        "than 0%.",
                    ),
                    branch=name,
                    step=_title(node),
                    percent=pct,
                ),
                ids,
            )
    if count and len(percents) == count:
        total = math.fsum(percents)
        if not math.isclose(total, 100.0, rel_tol=0.0, abs_tol=1e-6):
            yield Problem.of(
                "split-percent",
                words(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "The branches of {step} add up to {percent}%, not 100%: change the "
                        "percentages.",
                    ),
                    step=_title(node),
                    percent=total,
                ),
                ids,
            )


def _check_jump(g: JourneyGraph, node: Node) -> Iterator[Problem]:
    target = node.data.get("targetNodeId")
    if not isinstance(target, str) or not target.strip():
        return  # invalid-config says it is missing
    if target == node.id:
        yield Problem.of(
            "jump-target-missing",
            words(
                QT_TRANSLATE_NOOP(
                    "Validation", "{step} jumps to itself: choose another step to jump to."
                ),
                step=_title(node),
            ),
            (node.id,),
        )
    elif target not in g.by_id:
        yield Problem.of(
            "jump-target-missing",
            words(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{step} jumps to a step that does not exist ({id}): choose the step to "
                    "jump to.",
                ),
                step=_title(node),
                id=quoted(target),
            ),
            (node.id,),
        )


def check_journey(g: JourneyGraph) -> Iterator[Problem]:
    """``invalid-trigger``, ``trigger-mismatch``, ``unknown-entry-mode``, ``no-action``."""
    doc = g.document
    starts = [g.nodes[g.order[i]] for i in g.start_ids]
    start_ids = tuple(g.start_ids)
    for issue in check_trigger(doc.effective_trigger()):
        yield Problem.of("invalid-trigger", issue.phrase or issue.message, start_ids)

    if doc.triggerConfig is not None:
        journey_trigger = _comparable(doc.triggerConfig.to_json())
        for start in starts:
            own = start.data.get("triggerConfig")
            if isinstance(own, Mapping) and _comparable(own) != journey_trigger:
                if own.get("type") == journey_trigger.get("type"):
                    what = words(
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "The trigger settings of {step} differ from the journey's: make "
                            "them the same.",
                        ),
                        step=g.title(start.id),
                    )
                else:
                    what = words(
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "The trigger of {step} ({own}) differs from the journey's "
                            "({journey}): make them the same.",
                        ),
                        step=g.title(start.id),
                        own=_trigger_words(own),
                        journey=_trigger_words(journey_trigger),
                    )
                yield Problem.of("trigger-mismatch", what, (start.id,))
    if doc.entryMode is not None:
        for start in starts:
            own_mode = start.data.get("entryMode")
            if isinstance(own_mode, str) and own_mode != doc.entryMode:
                yield Problem.of(
                    "trigger-mismatch",
                    words(
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "The entry mode of {step} ({own}) differs from the journey's "
                            "({journey}): make them the same.",
                        ),
                        step=g.title(start.id),
                        own=quoted(own_mode),
                        journey=quoted(doc.entryMode),
                    ),
                    (start.id,),
                )

    unknown: dict[str, list[str]] = {}
    if doc.entryMode is not None and _is_unknown_mode(doc.entryMode):
        unknown[doc.entryMode] = []
    for start in starts:
        mode = start.data.get("entryMode")
        if isinstance(mode, str) and _is_unknown_mode(mode):
            unknown.setdefault(mode, []).append(start.id)
    for mode, ids in unknown.items():
        yield Problem.of(
            "unknown-entry-mode",
            words(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The entry mode {mode} is not one this app knows ({known}): it is kept as "
                    "it is; check that the server accepts it.",
                ),
                mode=quoted(mode),
                known=join_names([quoted(m) for m in ENTRY_MODES]),
            ),
            tuple(ids),
        )

    if all(node.type in _NOT_ACTIONS for node in g.nodes):
        yield Problem.of(
            "no-action",
            words(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The journey does nothing yet: add a step such as Send message or Tag contact.",
                )
            ),
        )


def _is_unknown_mode(mode: str) -> bool:
    return bool(mode.strip()) and mode not in ENTRY_MODES


def _comparable(trigger: Mapping[str, Any]) -> dict[str, Any]:
    """A trigger with empty conditions left out: ``{}`` means no conditions (DESIGN §3)."""
    return {k: v for k, v in trigger.items() if not (k == "conditions" and not v)}


def _trigger_words(trigger: Mapping[str, Any]) -> Param:
    ttype = trigger.get("type")
    if not ttype:
        return words(QT_TRANSLATE_NOOP("Validation", "no trigger type"))
    if isinstance(ttype, str) and ttype in TRIGGER_TYPES:
        return quoted_name(TRIGGER_TYPES[ttype])
    return quoted(label_for(TRIGGER_TYPES, ttype))
