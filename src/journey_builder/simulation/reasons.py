"""The sentences that say why a simulated contact went where it went.

A walk records *what* happened as small tuples; these functions turn them into words only when
someone reads them (one contact's preview), so a cohort of thousands never builds a sentence.
Each returns a :class:`Phrase`: its ``str()`` is the English reason the CLI and ``--json``
print, and the Preview panel shows it translated (templates marked in the context
``"Simulation"``; step names, tags and values stay as written). docs/translations.md.
"""

from __future__ import annotations

from typing import Any

from journey_builder.model import node_summary_phrase, spec_for
from journey_builder.model.texts import (
    CATALOGUE_CONTEXT,
    QT_TRANSLATE_NOOP,
    Param,
    Phrase,
    counted,
    format_number,
)
from journey_builder.simulation.plan import Branch, Plan, Step
from journey_builder.simulation.rules import (
    SIMULATION_CONTEXT,
    RuleSet,
    glue,
    printable,
    say,
    shown_param,
)

__all__ = ["duration_phrase", "format_at", "human_duration"]

_SIM = SIMULATION_CONTEXT

_EVENT_WORDS = {
    "message_received": say(QT_TRANSLATE_NOOP("Simulation", "message received")),
    "conversation_closed": say(QT_TRANSLATE_NOOP("Simulation", "conversation closed")),
    "tag_added": say(QT_TRANSLATE_NOOP("Simulation", "tag added")),
    "field_updated": say(QT_TRANSLATE_NOOP("Simulation", "field updated")),
}


#: (seconds, one, other) of the units a duration is told in.
_UNITS = (
    (
        86400,
        QT_TRANSLATE_NOOP("Simulation", "{count} day"),
        QT_TRANSLATE_NOOP("Simulation", "{count} days"),
    ),
    (
        3600,
        QT_TRANSLATE_NOOP("Simulation", "{count} hour"),
        QT_TRANSLATE_NOOP("Simulation", "{count} hours"),
    ),
    (
        60,
        QT_TRANSLATE_NOOP("Simulation", "{count} minute"),
        QT_TRANSLATE_NOOP("Simulation", "{count} minutes"),
    ),
    (
        1,
        QT_TRANSLATE_NOOP("Simulation", "{count} second"),
        QT_TRANSLATE_NOOP("Simulation", "{count} seconds"),
    ),
)


class _Grouped(int):
    """A count the English writes with thousands separators ("10,000"); the ui writes it in
    the reader's format."""

    def __str__(self) -> str:
        return f"{int(self):,}"


def format_at(seconds: float) -> str:
    """A time from entry as people read it: ``+0``, ``+45m``, ``+2d 3h``, ``+7d``."""
    total = round(seconds)
    if total <= 0:
        return "+0"
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{v}{u}" for v, u in ((days, "d"), (hours, "h"), (minutes, "m"), (secs, "s")) if v]
    return "+" + " ".join(parts)


def duration_phrase(seconds: float) -> Phrase:
    """``7 days``, ``1 day 3 hours``, ``90 minutes`` → ``1 hour 30 minutes`` (at most 3 units)."""
    total = round(seconds)
    if total <= 0:
        return say(QT_TRANSLATE_NOOP("Simulation", "no time"))
    parts: list[Phrase] = []
    for size, one, other in _UNITS:
        amount, total = divmod(total, size)
        if amount:
            parts.append(counted(amount, one, other, _SIM))
    parts = parts[:3]
    if len(parts) == 1:
        return parts[0]
    names = ("a", "b", "c")[: len(parts)]
    return glue(" ".join(f"{{{n}}}" for n in names), **dict(zip(names, parts, strict=True)))


def human_duration(seconds: float) -> str:
    """``7 days``, ``1 day 3 hours``, ``90 minutes`` → ``1 hour 30 minutes``."""
    return str(duration_phrase(seconds))


def _title(step: Step) -> Param:
    """A step as a reason names it (the caller quotes it): its label, else its type's name."""
    label = step.data.get("label")
    spec = spec_for(step.type)
    if not (isinstance(label, str) and label.strip()) and spec is not None:
        name = spec.display_name
        if printable(name, 40) == name:
            return Phrase(name, (), CATALOGUE_CONTEXT)
    return printable(step.title, 40)


def _event_words(step: Step) -> Phrase:
    if step.event == "custom":
        return say(
            QT_TRANSLATE_NOOP("Simulation", "custom event '{name}'"),
            name=printable(step.event_name or "?", 30),
        )
    if step.event in _EVENT_WORDS:
        return _EVENT_WORDS[step.event]
    return say(
        QT_TRANSLATE_NOOP("Simulation", "'{event}' event (not an event type a script can hold)"),
        event=printable(str(step.event), 30),
    )


def _percent(value: float) -> Param:
    """A branch's percent: the number when the English writes it as ``:g`` does, else that text."""
    text = f"{value:g}"
    return value if format_number(value) == text else text


# --- steps: each takes the plan, the step, then what the walk recorded ------------------------


def entered(_plan: Plan, _step: Step, rules: RuleSet, seen: Any) -> Phrase:
    if not rules.rules:
        return say(QT_TRANSLATE_NOOP("Simulation", "Entered: the trigger has no conditions."))
    return say(
        QT_TRANSLATE_NOOP("Simulation", "Entered: the trigger's conditions match ({why})."),
        why=rules.explain(True, -1, seen),
    )


def passed(_plan: Plan, step: Step) -> Phrase:
    summary = node_summary_phrase(step.type, step.data)
    english = str(summary)
    short = printable(english, 60)
    said: Param = summary if short == english else short
    if step.type == "send_message":
        return say(QT_TRANSLATE_NOOP("Simulation", "Sent: {summary}."), summary=said)
    if step.type == "assign":
        return say(QT_TRANSLATE_NOOP("Simulation", "Assigned: {summary}."), summary=said)
    return glue("{summary}.", summary=said)


def delayed(_plan: Plan, step: Step, until: float) -> Phrase:
    if step.seconds is None:
        return say(
            QT_TRANSLATE_NOOP(
                "Simulation", "No time passed: the delay has no valid amount and unit."
            )
        )
    return say(
        QT_TRANSLATE_NOOP("Simulation", "Waited {duration}, until {at}."),
        duration=duration_phrase(step.seconds),
        at=format_at(until),
    )


def waiting(_plan: Plan, step: Step, until: float | None) -> Phrase:
    if until is None:
        return say(
            QT_TRANSLATE_NOOP("Simulation", "Waiting, with no valid timeout to end the wait.")
        )
    if step.type == "delay":
        return say(
            QT_TRANSLATE_NOOP("Simulation", "Waiting: the delay ends at {at}."), at=format_at(until)
        )
    return say(
        QT_TRANSLATE_NOOP("Simulation", "Waiting: the timeout ends at {at}."), at=format_at(until)
    )


def event_came(_plan: Plan, step: Step, at: float, seen: Any) -> Phrase:
    event, when = _event_words(step), format_at(at)
    if step.rules is not None and step.rules.rules:
        return say(
            QT_TRANSLATE_NOOP("Simulation", "Event: {event} at {at}; its conditions hold ({why})."),
            event=event,
            at=when,
            why=step.rules.explain(True, -1, seen),
        )
    return say(QT_TRANSLATE_NOOP("Simulation", "Event: {event} at {at}."), event=event, at=when)


def timed_out(_plan: Plan, step: Step, at: float, rejected: int, index: int, seen: Any) -> Phrase:
    wait, when = duration_phrase(step.seconds or 0), format_at(at)
    text: Phrase
    if step.type == "ask_question":
        text = say(
            QT_TRANSLATE_NOOP(
                "Simulation", "Timeout: no answer within {wait}, so it timed out at {at}"
            ),
            wait=wait,
            at=when,
        )
    else:
        text = say(
            QT_TRANSLATE_NOOP(
                "Simulation", "Timeout: no {event} within {wait}, so it timed out at {at}"
            ),
            event=_event_words(step),
            wait=wait,
            at=when,
        )
    if not rejected:
        return glue("{text}.", text=text)
    why_not: Param = step.rules.explain(False, index, seen) if step.rules is not None else ""
    note = counted(
        rejected,
        QT_TRANSLATE_NOOP("Simulation", "{count} such event did not meet the conditions: {why}"),
        QT_TRANSLATE_NOOP("Simulation", "{count} such events did not meet the conditions: {why}"),
        _SIM,
        why=why_not,
    )
    return glue("{text} ({note}).", text=text, note=note)


def answered(_plan: Plan, step: Step, at: float, value: Any, has_value: bool) -> Phrase:
    when = format_at(at)
    if not has_value:
        return say(QT_TRANSLATE_NOOP("Simulation", "Answered at {at}."), at=when)
    if step.save_to is not None:
        return say(
            QT_TRANSLATE_NOOP("Simulation", "Answered {value} at {at}; saved to field '{field}'."),
            value=shown_param(value),
            at=when,
            field=printable(step.save_to, 30),
        )
    return say(
        QT_TRANSLATE_NOOP("Simulation", "Answered {value} at {at}."),
        value=shown_param(value),
        at=when,
    )


def decided(_plan: Plan, step: Step, matched: bool, index: int, seen: Any) -> Phrase:
    explained: Param = step.rules.explain(matched, index, seen) if step.rules is not None else ""
    if matched:
        return say(QT_TRANSLATE_NOOP("Simulation", "Yes: {why}."), why=explained)
    return say(QT_TRANSLATE_NOOP("Simulation", "No: {why}."), why=explained)


def drawn(_plan: Plan, _step: Step, branch: Branch, seed: int) -> Phrase:
    name: Param = (
        printable(branch.label, 30)
        if branch.named
        else Phrase(
            QT_TRANSLATE_NOOP("Catalogue", "Branch {number}"),
            (("number", branch.number),),
            CATALOGUE_CONTEXT,
        )
    )
    return say(
        QT_TRANSLATE_NOOP("Simulation", "The draw with seed {seed} chose '{branch}' ({percent}%)."),
        seed=str(seed),
        branch=name,
        percent=_percent(branch.percent),
    )


def updated(_plan: Plan, step: Step, before: Any, after: Any, problem: Phrase | None) -> Phrase:
    if problem is not None:
        return say(QT_TRANSLATE_NOOP("Simulation", "Changed nothing: {problem}."), problem=problem)
    name = printable(step.field or "?", 30)
    if step.action == "set":
        return say(
            QT_TRANSLATE_NOOP("Simulation", "Set {field} to {value}."),
            field=name,
            value=shown_param(after),
        )
    if step.action == "clear":
        return say(
            QT_TRANSLATE_NOOP("Simulation", "Cleared {field} (was {value})."),
            field=name,
            value=shown_param(before),
        )
    return say(
        QT_TRANSLATE_NOOP("Simulation", "Increased {field} by {amount}: {before} → {after}."),
        field=name,
        amount=shown_param(step.value if step.has_value else 1),
        before=shown_param(before),
        after=shown_param(after),
    )


def tagged(_plan: Plan, step: Step, changed: tuple[str, ...], problem: Phrase | None) -> Phrase:
    if problem is not None:
        return say(QT_TRANSLATE_NOOP("Simulation", "Changed nothing: {problem}."), problem=problem)
    adding = step.action == "add"
    same = tuple(t for t in step.tags if t not in changed)
    first: Phrase | None = None
    if changed and adding:
        first = counted(
            len(changed),
            QT_TRANSLATE_NOOP("Simulation", "Added tag {tags}"),
            QT_TRANSLATE_NOOP("Simulation", "Added tags {tags}"),
            _SIM,
            tags=_names(changed),
        )
    elif changed:
        first = counted(
            len(changed),
            QT_TRANSLATE_NOOP("Simulation", "Removed tag {tags}"),
            QT_TRANSLATE_NOOP("Simulation", "Removed tags {tags}"),
            _SIM,
            tags=_names(changed),
        )
    if not same:
        return glue("{text}.", text=first) if first is not None else glue(".")
    if first is None:
        if adding:
            return say(QT_TRANSLATE_NOOP("Simulation", "Already had {tags}."), tags=_names(same))
        return say(QT_TRANSLATE_NOOP("Simulation", "Did not have {tags}."), tags=_names(same))
    rest = (
        say(QT_TRANSLATE_NOOP("Simulation", "already had {tags}"), tags=_names(same))
        if adding
        else say(QT_TRANSLATE_NOOP("Simulation", "did not have {tags}"), tags=_names(same))
    )
    return glue("{text}; {rest}.", text=first, rest=rest)


def _names(tags: tuple[str, ...]) -> str:
    return ", ".join(f"'{printable(t, 24)}'" for t in tags)


def requested(_plan: Plan, _step: Step, failed_by: int) -> Phrase:
    if failed_by < 0:
        return say(
            QT_TRANSLATE_NOOP("Simulation", "Success: the script does not fail this request.")
        )
    return say(
        QT_TRANSLATE_NOOP(
            "Simulation", "Failure: the script fails this request (event {number} of the script)."
        ),
        number=failed_by + 1,
    )


def jumped(plan: Plan, step: Step, count: int) -> Phrase:
    target = plan.steps[step.jump_target]
    params: dict[str, Param] = {
        "count": count,
        "most": step.max_jumps,
        "step": _title(target),
        "id": printable(target.id, 30),
    }
    if step.max_jumps_valid:
        return say(
            QT_TRANSLATE_NOOP("Simulation", "Jump {count} of {most} to '{step}' ({id})."), **params
        )
    return say(
        QT_TRANSLATE_NOOP(
            "Simulation",
            "Jump {count} of {most} to '{step}' ({id}) "
            "(maxJumps is not a whole number ≥ 1: counted as 1).",
        ),
        **params,
    )


def stopped(_plan: Plan, step: Step) -> Phrase:
    return say(
        QT_TRANSLATE_NOOP(
            "Simulation", "Stopped: '{type}' is a step type the simulator does not know."
        ),
        type=printable(step.type, 30),
    )


def exited(_plan: Plan, step: Step) -> Phrase:
    reason = step.data.get("reason")
    if isinstance(reason, str) and reason.strip():
        return say(QT_TRANSLATE_NOOP("Simulation", "Exit: {reason}."), reason=printable(reason, 60))
    return say(QT_TRANSLATE_NOOP("Simulation", "Exit: the end of the journey."))


# --- ends --------------------------------------------------------------------------------------


def end_no_start(_plan: Plan) -> Phrase:
    return say(
        QT_TRANSLATE_NOOP(
            "Simulation", "The journey has no start step, so no contact can enter it."
        )
    )


def end_not_entered(_plan: Plan, rules: RuleSet, index: int, seen: Any) -> Phrase:
    return say(
        QT_TRANSLATE_NOOP(
            "Simulation", "Did not enter: the trigger's conditions do not match ({why})."
        ),
        why=rules.explain(False, index, seen),
    )


def end_dead(_plan: Plan, step: Step, handle: str | None) -> Phrase:
    if handle is None:
        return say(
            QT_TRANSLATE_NOOP(
                "Simulation",
                "Nothing is connected to the output of '{step}': the journey silently ends here.",
            ),
            step=_title(step),
        )
    return say(
        QT_TRANSLATE_NOOP(
            "Simulation",
            "Nothing is connected to output '{output}' of '{step}': the journey silently ends here.",
        ),
        output=printable(handle, 30),
        step=_title(step),
    )


def end_dangling(_plan: Plan, step: Step, handle: str | None, target: str | None) -> Phrase:
    params: dict[str, Param] = {"step": _title(step)}
    if handle is not None:
        params["output"] = printable(handle, 30)
    if target:
        params["target"] = printable(target, 30)
        if handle is None:
            template = QT_TRANSLATE_NOOP(
                "Simulation",
                "The connection from the output of '{step}' leads to '{target}', which is not a "
                "step of this journey.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Simulation",
                "The connection from output '{output}' of '{step}' leads to '{target}', which is "
                "not a step of this journey.",
            )
    elif handle is None:
        template = QT_TRANSLATE_NOOP(
            "Simulation", "The connection from the output of '{step}' leads to nowhere."
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Simulation", "The connection from output '{output}' of '{step}' leads to nowhere."
        )
    return say(template, **params)


def end_no_branch(_plan: Plan, step: Step) -> Phrase:
    return say(
        QT_TRANSLATE_NOOP(
            "Simulation", "'{step}' has no branch to draw (each needs an id and a percent above 0)."
        ),
        step=_title(step),
    )


def end_jump_missing(_plan: Plan, step: Step) -> Phrase:
    target = step.jump_target_id
    if not target:
        return say(
            QT_TRANSLATE_NOOP("Simulation", "'{step}' names no step to jump to."), step=_title(step)
        )
    return say(
        QT_TRANSLATE_NOOP(
            "Simulation", "'{step}' jumps to '{target}', which is not a step of this journey."
        ),
        step=_title(step),
        target=printable(target, 30),
    )


def end_jump_limit(plan: Plan, step: Step) -> Phrase:
    return counted(
        step.max_jumps,
        QT_TRANSLATE_NOOP(
            "Simulation", "Already jumped {count} time to '{step}': the contact exits."
        ),
        QT_TRANSLATE_NOOP(
            "Simulation", "Already jumped {count} times to '{step}': the contact exits."
        ),
        _SIM,
        step=_title(plan.steps[step.jump_target]),
    )


def end_waiting(_plan: Plan, step: Step, horizon: float) -> Phrase:
    return say(
        QT_TRANSLATE_NOOP(
            "Simulation",
            "Still waiting at '{step}' when the simulation ends at {at} (its horizon).",
        ),
        step=_title(step),
        at=format_at(horizon),
    )


def end_step_limit(_plan: Plan, max_steps: int) -> Phrase:
    return say(
        QT_TRANSLATE_NOOP(
            "Simulation", "Stopped after {count} steps: the path seems to loop without end."
        ),
        count=_Grouped(max_steps),
    )


def end_unknown(_plan: Plan, step: Step) -> Phrase:
    return say(
        QT_TRANSLATE_NOOP(
            "Simulation",
            "'{type}' is a step type the simulator does not know: the contact stops here.",
        ),
        type=printable(step.type, 30),
    )


def end_exit(_plan: Plan, step: Step) -> Phrase:
    reason = step.data.get("reason")
    if isinstance(reason, str) and reason.strip():
        return say(
            QT_TRANSLATE_NOOP("Simulation", "The contact left the journey: {reason}."),
            reason=printable(reason, 60),
        )
    return say(QT_TRANSLATE_NOOP("Simulation", "The contact left the journey."))
