"""The sentences that say why a simulated contact went where it went.

A walk records *what* happened as small tuples; these functions turn them into text only when
someone reads them (one contact's preview), so a cohort of thousands never builds a sentence.
"""

from __future__ import annotations

from typing import Any

from journey_builder.model import node_summary
from journey_builder.simulation.plan import Branch, Plan, Step
from journey_builder.simulation.rules import RuleSet, printable, shown

__all__ = ["format_at", "human_duration"]

_EVENT_WORDS = {
    "message_received": "message received",
    "conversation_closed": "conversation closed",
    "tag_added": "tag added",
    "field_updated": "field updated",
}


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


def human_duration(seconds: float) -> str:
    """``7 days``, ``1 day 3 hours``, ``90 minutes`` → ``1 hour 30 minutes``."""
    total = round(seconds)
    if total <= 0:
        return "no time"
    parts = []
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute"), (1, "second")):
        amount, total = divmod(total, size)
        if amount:
            parts.append(f"{amount} {unit}{'s' if amount != 1 else ''}")
    return " ".join(parts[:3])


def _name(step: Step) -> str:
    return f"'{printable(step.title, 40)}'"


def _output(handle: str | None) -> str:
    return "the output" if handle is None else f"output '{printable(handle, 30)}'"


def _event_words(step: Step) -> str:
    if step.event == "custom":
        return f"custom event '{printable(step.event_name or '?', 30)}'"
    if step.event in _EVENT_WORDS:
        return _EVENT_WORDS[step.event]
    return f"'{printable(str(step.event), 30)}' event (not an event type a script can hold)"


# --- steps: each takes the plan, the step, then what the walk recorded ------------------------


def entered(_plan: Plan, _step: Step, rules: RuleSet, seen: Any) -> str:
    if not rules.rules:
        return "Entered: the trigger has no conditions."
    return f"Entered: the trigger's conditions match ({rules.explain(True, -1, seen)})."


def passed(_plan: Plan, step: Step) -> str:
    summary = node_summary(step.type, step.data)
    verb = {"send_message": "Sent", "assign": "Assigned"}.get(step.type)
    return f"{verb}: {printable(summary, 60)}." if verb else f"{printable(summary, 60)}."


def delayed(_plan: Plan, step: Step, until: float) -> str:
    if step.seconds is None:
        return "No time passed: the delay has no valid amount and unit."
    return f"Waited {human_duration(step.seconds)}, until {format_at(until)}."


def waiting(_plan: Plan, step: Step, until: float | None) -> str:
    if until is None:
        return "Waiting, with no valid timeout to end the wait."
    what = "the delay" if step.type == "delay" else "the timeout"
    return f"Waiting: {what} ends at {format_at(until)}."


def event_came(_plan: Plan, step: Step, at: float, seen: Any) -> str:
    text = f"Event: {_event_words(step)} at {format_at(at)}"
    if step.rules is not None and step.rules.rules:
        text += f"; its conditions hold ({step.rules.explain(True, -1, seen)})"
    return text + "."


def timed_out(_plan: Plan, step: Step, at: float, rejected: int, index: int, seen: Any) -> str:
    wait = human_duration(step.seconds or 0)
    what = "answer" if step.type == "ask_question" else _event_words(step)
    text = f"Timeout: no {what} within {wait}, so it timed out at {format_at(at)}"
    if rejected:
        plural = "s" if rejected != 1 else ""
        why_not = step.rules.explain(False, index, seen) if step.rules is not None else ""
        text += f" ({rejected} such event{plural} did not meet the conditions: {why_not})"
    return text + "."


def answered(_plan: Plan, step: Step, at: float, value: Any, has_value: bool) -> str:
    text = f"Answered {shown(value) if has_value else ''} at {format_at(at)}".replace("  ", " ")
    if step.save_to is not None and has_value:
        text += f"; saved to field '{printable(step.save_to, 30)}'"
    return text + "."


def decided(_plan: Plan, step: Step, matched: bool, index: int, seen: Any) -> str:
    explained = step.rules.explain(matched, index, seen) if step.rules is not None else ""
    return f"{'Yes' if matched else 'No'}: {explained}."


def drawn(_plan: Plan, _step: Step, branch: Branch, seed: int) -> str:
    pct = f"{branch.percent:g}"
    return f"The draw with seed {seed} chose '{printable(branch.label, 30)}' ({pct}%)."


def updated(_plan: Plan, step: Step, before: Any, after: Any, problem: str | None) -> str:
    if problem is not None:
        return f"Changed nothing: {problem}."
    name = printable(step.field or "?", 30)
    if step.action == "set":
        return f"Set {name} to {shown(after)}."
    if step.action == "clear":
        return f"Cleared {name} (was {shown(before)})."
    return f"Increased {name} by {shown(step.value if step.has_value else 1)}: {shown(before)} → {shown(after)}."


def tagged(_plan: Plan, step: Step, changed: tuple[str, ...], problem: str | None) -> str:
    if problem is not None:
        return f"Changed nothing: {problem}."
    adding = step.action == "add"
    same = tuple(t for t in step.tags if t not in changed)
    parts = []
    if changed:
        word = "Added" if adding else "Removed"
        parts.append(f"{word} tag{'s' if len(changed) != 1 else ''} {_names(changed)}")
    if same:
        word = "already had" if adding else "did not have"
        parts.append(f"{word} {_names(same)}")
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."


def _names(tags: tuple[str, ...]) -> str:
    return ", ".join(f"'{printable(t, 24)}'" for t in tags)


def requested(_plan: Plan, _step: Step, failed_by: int) -> str:
    if failed_by < 0:
        return "Success: the script does not fail this request."
    return f"Failure: the script fails this request (event {failed_by + 1} of the script)."


def jumped(plan: Plan, step: Step, count: int) -> str:
    target = plan.steps[step.jump_target]
    note = "" if step.max_jumps_valid else " (maxJumps is not a whole number ≥ 1: counted as 1)"
    return (
        f"Jump {count} of {step.max_jumps} to {_name(target)} ({printable(target.id, 30)}){note}."
    )


def stopped(_plan: Plan, step: Step) -> str:
    return f"Stopped: '{printable(step.type, 30)}' is a step type the simulator does not know."


def exited(_plan: Plan, step: Step) -> str:
    reason = step.data.get("reason")
    if isinstance(reason, str) and reason.strip():
        return f"Exit: {printable(reason, 60)}."
    return "Exit: the end of the journey."


# --- ends --------------------------------------------------------------------------------------


def end_no_start(_plan: Plan) -> str:
    return "The journey has no start step, so no contact can enter it."


def end_not_entered(_plan: Plan, rules: RuleSet, index: int, seen: Any) -> str:
    why = rules.explain(False, index, seen)
    return f"Did not enter: the trigger's conditions do not match ({why})."


def end_dead(_plan: Plan, step: Step, handle: str | None) -> str:
    return f"Nothing is connected to {_output(handle)} of {_name(step)}: the journey silently ends here."


def end_dangling(_plan: Plan, step: Step, handle: str | None, target: str | None) -> str:
    where = (
        f"'{printable(target, 30)}', which is not a step of this journey" if target else "nowhere"
    )
    return f"The connection from {_output(handle)} of {_name(step)} leads to {where}."


def end_no_branch(_plan: Plan, step: Step) -> str:
    return f"{_name(step)} has no branch to draw (each needs an id and a percent above 0)."


def end_jump_missing(_plan: Plan, step: Step) -> str:
    target = step.jump_target_id
    if not target:
        return f"{_name(step)} names no step to jump to."
    return f"{_name(step)} jumps to '{printable(target, 30)}', which is not a step of this journey."


def end_jump_limit(plan: Plan, step: Step) -> str:
    target = plan.steps[step.jump_target]
    times = f"{step.max_jumps} time{'s' if step.max_jumps != 1 else ''}"
    return f"Already jumped {times} to {_name(target)}: the contact exits."


def end_waiting(_plan: Plan, step: Step, horizon: float) -> str:
    return f"Still waiting at {_name(step)} when the simulation ends at {format_at(horizon)} (its horizon)."


def end_step_limit(_plan: Plan, max_steps: int) -> str:
    return f"Stopped after {max_steps:,} steps: the path seems to loop without end."


def end_unknown(_plan: Plan, step: Step) -> str:
    return f"'{printable(step.type, 30)}' is a step type the simulator does not know: the contact stops here."


def end_exit(_plan: Plan, step: Step) -> str:
    reason = step.data.get("reason")
    if isinstance(reason, str) and reason.strip():
        return f"The contact left the journey: {printable(reason, 60)}."
    return "The contact left the journey."
