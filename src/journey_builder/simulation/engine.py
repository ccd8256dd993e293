"""The walk: one contact from the start step to the end of its path, in simulated time.

:func:`walk` is shared by a single preview (:func:`simulate`) and a cohort, so both follow the
same rules. It records what happened as tuples (step index, handle, time, edge index, reason
recipe); only :func:`simulate` turns the recipes into sentences (a :class:`Phrase` each, and
its English), so a cohort never pays for words.

Time is seconds from entry. A scripted event at time ``t`` changes the contact (``tag_added``,
``field_updated``) from ``t`` on; a wait or question reached at ``T`` with timeout ``d`` takes
the first unused matching event with ``T <= t < T + d`` (an event is used once); events before
``T`` never count. Whatever lies past the horizon never happens: a contact still in a delay,
wait or question then ends ``waiting``.
"""

from __future__ import annotations

import math
import random
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from journey_builder.errors import SimulationInputError
from journey_builder.model import JourneyDocument
from journey_builder.model.texts import QT_TRANSLATE_NOOP, Phrase
from journey_builder.simulation import reasons as why_text
from journey_builder.simulation.inputs import parse_contact, parse_events
from journey_builder.simulation.plan import Plan, Step, compile_plan
from journey_builder.simulation.results import SimEnd, SimStep, SimulationResult
from journey_builder.simulation.rules import as_number, say, shown

__all__ = [
    "DEFAULT_HORIZON",
    "DEFAULT_MAX_STEPS",
    "Responder",
    "Script",
    "Walk",
    "checked_horizon",
    "contact_seed",
    "simulate",
    "walk",
]

#: How far a simulation looks ahead, in seconds, unless told otherwise: a year.
DEFAULT_HORIZON = 365 * 86400.0
#: The guard against endless loops: a path longer than this ends ``step_limit``.
DEFAULT_MAX_STEPS = 10_000

_MASK = (1 << 64) - 1
_PASS_THROUGH = frozenset({"start", "send_message", "assign", "conversation"})
_WHOLE = re.compile(r"\s*[+-]?\d+\s*")

#: What a walk records per step: (step index, handle, time, edge index, reason recipe).
Trace = tuple[int, str | None, float, int | None, tuple[Any, ...]]

# Why an update or tag step changed nothing (made once: a cohort's walks only point at them).
_NO_FIELD = say(QT_TRANSLATE_NOOP("Simulation", "the step names no field"))
_NO_ACTION = say(QT_TRANSLATE_NOOP("Simulation", "the action is not set, clear or increment"))
_NO_VALUE = say(QT_TRANSLATE_NOOP("Simulation", "the step has no value to set"))
_NOT_A_NUMBER = say(QT_TRANSLATE_NOOP("Simulation", "the amount to increase by is not a number"))
_NO_TAG_ACTION = say(QT_TRANSLATE_NOOP("Simulation", "the action is not add or remove"))
_NO_TAGS = say(QT_TRANSLATE_NOOP("Simulation", "the step names no tags"))


def contact_seed(seed: int, index: int) -> int:
    """The random seed of contact ``index`` of a run with ``seed`` (splitmix64 of both), so
    every contact draws its own numbers and a run is the same on every machine."""
    x = (seed * 0x9E3779B97F4A7C15 + (index + 1) * 0xD1B54A32D192ED03) & _MASK
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK
    return x ^ (x >> 31)


_CHANGING = ("tag_added", "field_updated")

#: What a walk may ask when no scripted event answers a step: ``(step, now, deadline)`` gives
#: an event to add to the script (``at`` after ``now``; an http_failure at ``now``) or None.
Responder = Callable[[Step, float, float], dict[str, Any] | None]


@dataclass(slots=True)
class Script:
    """An event script sorted by time once, to be shared by every contact of a cohort (or a
    contact's own). Only generated contacts' scripts grow during a walk (:meth:`add`)."""

    events: list[Mapping[str, Any]]
    ats: list[float]
    #: Position of each sorted event in the script as written (for "event 3 of the script").
    order: list[int]
    #: Whether any event changes the contact (tag_added, field_updated).
    changes: bool

    @classmethod
    def of(cls, events: Sequence[Mapping[str, Any]]) -> Script:
        """The script of checked events (``parse_events``), which it keeps, not copies."""
        ats = [float(e["at"]) for e in events]
        changes = any(e["event"] in _CHANGING for e in events)
        if all(a <= b for a, b in pairwise(ats)):  # written in time order
            return cls(list(events), ats, list(range(len(ats))), changes)
        ranked = sorted(range(len(ats)), key=ats.__getitem__)
        return cls([events[i] for i in ranked], [ats[i] for i in ranked], ranked, changes)

    def add(self, event: Mapping[str, Any]) -> None:
        """Add an event after every one at the same time, as :meth:`of` would have sorted it."""
        at = float(event["at"])
        i = bisect_right(self.ats, at)
        self.events.insert(i, event)
        self.ats.insert(i, at)
        self.order.insert(i, len(self.order))
        self.changes = self.changes or event["event"] in _CHANGING


@dataclass(slots=True)
class Walk:
    """A finished walk: its trace, how it ended (kind, step index or -1, time, recipe), and
    the contact as it was then."""

    trace: list[Trace]
    end_kind: str
    end_index: int
    end_at: float
    end_why: tuple[Any, ...]
    fields: dict[str, Any]
    tags: list[str]


def _apply(
    script: Script,
    start: int,
    until: float,
    fields: dict[str, Any],
    tags: list[str],
    tagset: set[str],
) -> int:
    """Apply the contact changes of events ``start..`` up to time ``until``; the next index."""
    events, ats, n = script.events, script.ats, len(script.ats)
    i = start
    while i < n and ats[i] <= until:
        event = events[i]
        kind = event["event"]
        if kind == "tag_added":
            tag = event["tag"]
            if tag not in tagset:
                tagset.add(tag)
                tags.append(tag)
        elif kind == "field_updated" and "value" in event:
            if event["value"] is None:
                fields.pop(event["field"], None)
            else:
                fields[event["field"]] = event["value"]
        i += 1
    return i


def _matches(step: Step, event: Mapping[str, Any]) -> bool:
    node = event.get("nodeId")
    if node is not None and node != step.id:
        return False
    if step.type == "ask_question":
        return bool(event["event"] == "answer")
    if event["event"] != step.event:
        return False
    return step.event != "custom" or event.get("eventName") == step.event_name


def _integral(value: Any) -> bool:
    """Whether a number (or number text) is written as a whole number: 3 and "3", not 3.0."""
    if value is None or value == "" or type(value) is int:
        return True
    return isinstance(value, str) and _WHOLE.fullmatch(value) is not None


def _increment(before: Any, step: Step) -> tuple[Any, Phrase | None]:
    """The new value of an increment, or why there is none (a text that is not a number)."""
    by = step.value if step.has_value else 1
    amount = as_number(by)
    if amount is None:
        return before, _NOT_A_NUMBER
    start = 0.0 if before is None or before == "" else as_number(before)
    if start is None:
        return before, say(
            QT_TRANSLATE_NOOP("Simulation", "{field} holds {value}, not a number to increase"),
            field=str(step.field),
            value=shown(before),
        )
    total = start + amount
    if total.is_integer() and _integral(before) and _integral(by):
        return int(total), None
    return total, None


def walk(
    plan: Plan,
    fields: dict[str, Any],
    tags: list[str],
    script: Script,
    *,
    rng_seed: int,
    seed: int,
    horizon: float,
    max_steps: int,
    respond: Responder | None = None,
) -> Walk:
    """Walk one contact (``fields`` and ``tags`` are changed in place) through ``plan``.

    ``respond`` (generated contacts only) is asked at each wait, question and request what
    the contact does there; the events it gives join ``script`` as if scripted."""
    trace: list[Trace] = []
    append = trace.append
    tagset = set(tags)
    events, ats, n_events, changes = script.events, script.ats, len(script.ats), script.changes
    applied = _apply(script, 0, 0.0, fields, tags, tagset) if changes else 0
    used: set[int] = set()
    jumps: dict[int, int] = {}
    rng: random.Random | None = None
    steps = plan.steps
    now = 0.0

    def done(kind: str, index: int, at: float, recipe: tuple[Any, ...]) -> Walk:
        # The contact as it is when the path ends; one still waiting lives on to the horizon.
        if changes:
            until = horizon if kind == "waiting" else min(max(at, now), horizon)
            _apply(script, applied, until, fields, tags, tagset)
        return Walk(trace, kind, index, at, recipe, fields, tags)

    if plan.start < 0:
        return done("not_entered", -1, 0.0, (why_text.end_no_start,))
    trigger = plan.trigger
    if trigger.rules:
        ok, index = trigger.decide(fields, tagset)
        if not ok:
            seen = trigger.witness(index, fields)
            return done(
                "not_entered", plan.start, 0.0, (why_text.end_not_entered, trigger, index, seen)
            )
        entered: tuple[Any, ...] = (
            why_text.entered,
            steps[plan.start],
            trigger,
            trigger.witness(-1, fields),
        )
    else:
        entered = (why_text.entered, steps[plan.start], trigger, None)

    cur = plan.start
    while True:
        step = steps[cur]
        if len(trace) >= max_steps:
            return done("step_limit", cur, now, (why_text.end_step_limit, max_steps))
        if changes and applied < n_events and ats[applied] <= now:
            applied = _apply(script, applied, now, fields, tags, tagset)
        kind = step.type
        at = now
        handle: str | None = None
        recipe: tuple[Any, ...]
        if kind in _PASS_THROUGH:
            recipe = entered if kind == "start" else (why_text.passed, step)
        elif kind == "condition":
            rules = step.rules
            assert rules is not None
            ok, index = rules.decide(fields, tagset)
            handle = "yes" if ok else "no"
            recipe = (why_text.decided, step, ok, index, rules.witness(index, fields))
        elif kind == "delay":
            if step.seconds is not None:
                if now + step.seconds > horizon:
                    append((cur, None, at, None, (why_text.waiting, step, now + step.seconds)))
                    return done("waiting", cur, at, (why_text.end_waiting, step, horizon))
                now += step.seconds
            recipe = (why_text.delayed, step, now)
        elif kind == "wait_for_event" or kind == "ask_question":
            deadline = now + step.seconds if step.seconds is not None else math.inf
            if respond is not None:
                offered = respond(step, now, deadline)
                if offered is not None:
                    script.add(offered)
                    n_events, changes = len(ats), script.changes
            found, rejected, why_not = -1, 0, (-1, None)
            if n_events:
                rules = step.rules
                j = bisect_left(ats, now)
                while j < n_events and ats[j] < deadline and ats[j] <= horizon:
                    event = events[j]
                    if j not in used and _matches(step, event):
                        if rules is not None and rules.rules:
                            if changes:
                                applied = _apply(script, applied, ats[j], fields, tags, tagset)
                            ok, index = rules.decide(fields, tagset, event["data"])
                            if not ok:
                                rejected += 1
                                why_not = (index, rules.witness(index, fields, event["data"]))
                                j += 1
                                continue
                        found = j
                        break
                    j += 1
            if found >= 0:
                used.add(found)
                event = events[found]
                now = ats[found]
                if changes:
                    applied = _apply(script, applied, now, fields, tags, tagset)
                if kind == "ask_question":
                    handle = "answered"
                    has_value = "value" in event
                    if has_value and step.save_to is not None:
                        fields[step.save_to] = event["value"]
                    recipe = (why_text.answered, step, now, event.get("value"), has_value)
                else:
                    handle = "event"
                    seen = step.rules.witness(-1, fields, event["data"]) if step.rules else None
                    recipe = (why_text.event_came, step, now, seen)
            elif deadline <= horizon:
                now = deadline
                handle = "timeout"
                recipe = (why_text.timed_out, step, now, rejected, *why_not)
            else:
                until = deadline if step.seconds is not None else None
                append((cur, None, at, None, (why_text.waiting, step, until)))
                return done("waiting", cur, at, (why_text.end_waiting, step, horizon))
        elif kind == "random_split":
            branches = step.branches
            if not branches:
                append((cur, None, at, None, (why_text.end_no_branch, step)))
                return done("dead_end", cur, at, (why_text.end_no_branch, step))
            if rng is None:
                rng = random.Random(rng_seed)
            draw = rng.random() * branches[-1].upto
            chosen = next((b for b in branches if draw < b.upto), branches[-1])
            handle = chosen.id
            recipe = (why_text.drawn, step, chosen, seed)
        elif kind == "update_contact":
            recipe = _update(step, fields)
        elif kind == "tag":
            recipe = _tag(step, tags, tagset)
        elif kind == "http_request":
            if respond is not None:
                offered = respond(step, now, now)
                if offered is not None:
                    script.add(offered)
                    n_events = len(ats)
            failed = -1
            for j in range(n_events):
                if ats[j] > now:
                    break
                event = events[j]
                if event["event"] == "http_failure" and j not in used:
                    node = event.get("nodeId")
                    if node is None or node == step.id:
                        failed = j
                        used.add(j)
                        break
            handle = "failure" if failed >= 0 else "success"
            recipe = (why_text.requested, step, script.order[failed] if failed >= 0 else -1)
        elif kind == "jump_to":
            target = step.jump_target
            if target < 0:
                append((cur, None, at, None, (why_text.end_jump_missing, step)))
                return done("dead_end", cur, at, (why_text.end_jump_missing, step))
            count = jumps.get(target, 0)
            if count >= step.max_jumps:
                append((cur, None, at, None, (why_text.end_jump_limit, step)))
                return done("jump_limit", cur, at, (why_text.end_jump_limit, step))
            jumps[target] = count + 1
            append((cur, None, at, None, (why_text.jumped, step, count + 1)))
            cur = target
            continue
        elif kind == "exit":
            append((cur, None, at, None, (why_text.exited, step)))
            return done("exit", cur, at, (why_text.end_exit, step))
        else:
            append((cur, None, at, None, (why_text.stopped, step)))
            return done("unknown_step", cur, at, (why_text.end_unknown, step))

        out = step.outs.get(handle)
        if out is None and not step.branching:
            out = step.first_out
        if out is None:
            append((cur, handle, at, None, recipe))
            return done("dead_end", cur, now, (why_text.end_dead, step, handle))
        edge, target, target_id = out
        append((cur, handle, at, edge, recipe))
        if target < 0:
            return done("dead_end", cur, now, (why_text.end_dangling, step, handle, target_id))
        cur = target


def _update(step: Step, fields: dict[str, Any]) -> tuple[Any, ...]:
    name, action = step.field, step.action
    if name is None:
        return (why_text.updated, step, None, None, _NO_FIELD)
    if action is None:
        return (why_text.updated, step, None, None, _NO_ACTION)
    before = fields.get(name)
    if action == "set":
        if not step.has_value:
            return (why_text.updated, step, before, before, _NO_VALUE)
        fields[name] = step.value
        return (why_text.updated, step, before, step.value, None)
    if action == "clear":
        fields.pop(name, None)
        return (why_text.updated, step, before, None, None)
    after, problem = _increment(before, step)
    if problem is None:
        fields[name] = after
    return (why_text.updated, step, before, after, problem)


def _tag(step: Step, tags: list[str], tagset: set[str]) -> tuple[Any, ...]:
    if step.action is None:
        return (why_text.tagged, step, (), _NO_TAG_ACTION)
    if not step.tags:
        return (why_text.tagged, step, (), _NO_TAGS)
    if step.action == "add":
        changed = tuple(t for t in step.tags if t not in tagset)
        tags.extend(changed)
        tagset.update(changed)
    else:
        changed = tuple(t for t in step.tags if t in tagset)
        for t in changed:
            tags.remove(t)
            tagset.discard(t)
    return (why_text.tagged, step, changed, None)


def checked_horizon(seconds: float) -> float:
    """The horizon as a float; refused (SimulationInputError) unless finite and not negative."""
    try:
        horizon = float(seconds)
    except (TypeError, ValueError, OverflowError):
        horizon = math.nan
    if not math.isfinite(horizon) or horizon < 0:
        raise SimulationInputError(
            f"the horizon must be a number of seconds of 0 or more, not {seconds!r}"
        )
    return horizon


def _say(plan: Plan, recipe: tuple[Any, ...]) -> Phrase:
    explain: Callable[..., Phrase] = recipe[0]
    return explain(plan, *recipe[1:])


def simulate(
    document: JourneyDocument,
    contact: Mapping[str, Any],
    events: Sequence[Mapping[str, Any]] = (),
    *,
    seed: int = 0,
    horizon_seconds: float = DEFAULT_HORIZON,
    max_steps: int = DEFAULT_MAX_STEPS,
) -> SimulationResult:
    """Walk one sample contact through ``document`` (DESIGN §12); the document is not changed.

    Raises :class:`SimulationInputError` for a contact or events that are not valid; never for
    the journey, however broken (it ends the path with a reason instead).
    """
    person = parse_contact(contact)
    horizon = checked_horizon(horizon_seconds)
    plan = compile_plan(document)
    result = walk(
        plan,
        person["fields"],
        person["tags"],
        Script.of(parse_events(list(events))),
        rng_seed=contact_seed(seed, 0),
        seed=seed,
        horizon=horizon,
        max_steps=max_steps,
    )
    steps = plan.steps
    sim_steps = []
    for i, handle, at, edge, recipe in result.trace:
        said = _say(plan, recipe)
        sim_steps.append(SimStep(steps[i].id, i, handle, at, str(said), edge, said))
    end_step = steps[result.end_index] if result.end_index >= 0 else None
    said = _say(plan, result.end_why)
    end = SimEnd(
        kind=result.end_kind,
        node_id=end_step.id if end_step is not None else None,
        node_index=result.end_index if end_step is not None else None,
        at=result.end_at,
        reason=str(said),
        phrase=said,
    )
    return SimulationResult(tuple(sim_steps), end, {"fields": result.fields, "tags": result.tags})
