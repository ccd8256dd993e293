"""Sample contacts of a journey: what the Preview panel edits, and where it keeps them.

Samples live beside the journey in the library (DESIGN §12), never in its file: a
:class:`SampleStore` loads and saves one JSON object per journey. :class:`LibrarySampleStore`
writes it with ``Library.set_preview_samples`` (through the library's write queue, so the GUI
thread never waits behind an autosave); a journey not saved in the library yet keeps its
samples in memory until it has an entry, and a tab without a library entry (a file opened
without the library) uses :class:`MemorySampleStore`, for this session only.

The stored object::

    {"samples": [{"name", "contact": {"fields", "tags"}, "events": [{"at": "2d3h", "event",
      "nodeId", "eventName" | "tag" | "field", "value"}], "seed"}],
     "selected": "Never answers", "mode": "contact" | "cohort",
     "cohort": {"count", "seed", "answerRate": percent}}

Keys this version does not know are kept as they were.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from journey_builder.errors import JourneyBuilderError
from journey_builder.model import JourneyDocument
from journey_builder.simulation import (
    ANSWER_RATE,
    SimStep,
    format_at,
    generate_contacts,
    simulate,
)
from journey_builder.storage.library import Library

__all__ = [
    "DEFAULT_COHORT",
    "LibrarySampleStore",
    "MemorySampleStore",
    "Sample",
    "SampleSet",
    "SampleStore",
    "default_samples",
]

#: Contacts generated for a cohort unless the user chose another number.
DEFAULT_COHORT = 1000
_MAX_SAMPLES = 200
#: Generated contacts tried for the default samples (one from this many steps on).
_TRIES = 12
_LARGE = 400


@dataclass
class Sample:
    """One named sample: a contact, an event script (as typed: ``at`` may be ``"2d3h"``), a seed."""

    name: str
    contact: dict[str, Any] = field(default_factory=lambda: {"fields": {}, "tags": []})
    events: list[dict[str, Any]] = field(default_factory=list)
    seed: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "contact": copy.deepcopy(self.contact),
            "events": copy.deepcopy(self.events),
            "seed": self.seed,
        }

    @classmethod
    def from_json(cls, obj: Any, fallback_name: str) -> Sample | None:
        """A sample from stored JSON; None for something that is not one (it is skipped)."""
        if not isinstance(obj, Mapping):
            return None
        name = obj.get("name")
        contact = obj.get("contact")
        events = obj.get("events")
        seed = obj.get("seed")
        if not isinstance(contact, Mapping):
            contact = {}
        fields = contact.get("fields")
        tags = contact.get("tags")
        return cls(
            name=name.strip() if isinstance(name, str) and name.strip() else fallback_name,
            contact={
                "fields": dict(fields) if isinstance(fields, Mapping) else {},
                "tags": [t for t in tags if isinstance(t, str)] if isinstance(tags, list) else [],
            },
            events=[dict(e) for e in events if isinstance(e, Mapping)]
            if isinstance(events, list)
            else [],
            seed=seed if isinstance(seed, int) and not isinstance(seed, bool) else 0,
        )


@dataclass
class SampleSet:
    """Every sample of a journey, the one chosen, the mode and the cohort's settings."""

    samples: list[Sample]
    selected: int = 0
    mode: str = "contact"
    cohort_count: int = DEFAULT_COHORT
    cohort_seed: int = 0
    #: How many generated contacts answer each question (and see each event), in %.
    cohort_answers: int = round(ANSWER_RATE * 100)
    #: Keys of the stored object this version does not know (kept when saving).
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def current(self) -> Sample:
        return self.samples[self.selected]

    def names(self) -> list[str]:
        return [s.name for s in self.samples]

    def unique_name(self, base: str) -> str:
        """``base``, or ``base 2``, ``base 3``… if a sample has that name already."""
        names = set(self.names())
        if base not in names:
            return base
        n = 2
        while f"{base} {n}" in names:
            n += 1
        return f"{base} {n}"

    def to_json(self) -> dict[str, Any]:
        obj = dict(self.extra)
        obj["samples"] = [s.to_json() for s in self.samples]
        obj["selected"] = self.current.name
        obj["mode"] = self.mode
        obj["cohort"] = {
            "count": self.cohort_count,
            "seed": self.cohort_seed,
            "answerRate": self.cohort_answers,
        }
        return obj

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> SampleSet | None:
        """The stored set; None when it holds no usable sample (the defaults are used)."""
        raw = obj.get("samples")
        if not isinstance(raw, list):
            return None
        samples: list[Sample] = []
        for i, item in enumerate(raw[:_MAX_SAMPLES]):
            sample = Sample.from_json(item, f"Sample {i + 1}")
            if sample is not None:
                samples.append(sample)
        if not samples:
            return None
        names = [s.name for s in samples]
        chosen = obj.get("selected")
        selected = names.index(chosen) if isinstance(chosen, str) and chosen in names else 0
        cohort = obj.get("cohort")
        cohort = cohort if isinstance(cohort, Mapping) else {}
        count = cohort.get("count")
        seed = cohort.get("seed")
        answers = cohort.get("answerRate")
        mode = obj.get("mode")
        known = {"samples", "selected", "mode", "cohort"}
        return cls(
            samples=samples,
            selected=selected,
            mode=mode if mode in ("contact", "cohort") else "contact",
            cohort_count=count
            if isinstance(count, int) and not isinstance(count, bool) and 1 <= count <= 1_000_000
            else DEFAULT_COHORT,
            cohort_seed=seed if isinstance(seed, int) and not isinstance(seed, bool) else 0,
            cohort_answers=answers
            if isinstance(answers, int) and not isinstance(answers, bool) and 0 <= answers <= 100
            else round(ANSWER_RATE * 100),
            extra={k: copy.deepcopy(v) for k, v in obj.items() if k not in known},
        )


class SampleStore(Protocol):
    """Where a journey's samples are kept."""

    #: Whether the samples outlive this session (False: a file opened without the library).
    persistent: bool

    def load(self) -> dict[str, Any]: ...  # pragma: no cover - protocol

    def save(self, data: dict[str, Any]) -> None: ...  # pragma: no cover - protocol


class MemorySampleStore:
    """Samples for this session only (a tab without a library entry)."""

    persistent = False

    def __init__(self) -> None:
        self._data: dict[str, Any] = {}

    def load(self) -> dict[str, Any]:
        return copy.deepcopy(self._data)

    def save(self, data: dict[str, Any]) -> None:
        self._data = copy.deepcopy(data)


class LibrarySampleStore:
    """Samples in the library, beside the journey ``journey_id()`` names.

    ``journey_id`` is asked on every load and save: a new journey gets its entry on its first
    autosave, and until then its samples wait here (:meth:`flush` writes them once it has
    one). ``submit`` runs a write off the GUI thread (the library's queue); ``on_error`` hears
    a write that failed, in words for the user.
    """

    persistent = True

    def __init__(
        self,
        library: Library,
        journey_id: Callable[[], str | None],
        *,
        submit: Callable[[Callable[[], None], Callable[[Exception], None]], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        self._library = library
        self._journey_id = journey_id
        self._submit = submit
        self._on_error = on_error
        self._pending: dict[str, Any] | None = None
        self._known: str | None = None

    def _id(self) -> str | None:
        """The journey's entry; the last one known once its tab let go of it (a closing tab
        forgets its entry before the panel saves what it still holds)."""
        jid = self._journey_id()
        if jid is not None:
            self._known = jid
        return jid or self._known

    def load(self) -> dict[str, Any]:
        if self._pending is not None:
            return copy.deepcopy(self._pending)
        jid = self._id()
        if jid is None:
            return {}
        try:
            return self._library.get_preview_samples(jid)
        except JourneyBuilderError as exc:
            self._report(exc)
            return {}

    def save(self, data: dict[str, Any]) -> None:
        self._pending = copy.deepcopy(data)
        self.flush()

    def flush(self) -> None:
        """Write what waits, if the journey has its library entry now."""
        jid = self._id()
        if self._pending is None or jid is None:
            return
        data, self._pending = self._pending, None
        library = self._library

        def write() -> None:
            library.set_preview_samples(jid, data)

        if self._submit is None:
            try:
                write()
            except JourneyBuilderError as exc:
                self._report(exc)
        else:
            self._submit(write, self._report)

    def _report(self, exc: Exception) -> None:
        if self._on_error is not None:
            self._on_error(str(exc))


def _answer_value(data: Mapping[str, Any]) -> Any:
    if data.get("answerType") == "choice":
        choices = data.get("choices")
        if isinstance(choices, list) and choices and isinstance(choices[0], str | int | float):
            return choices[0]
    if data.get("answerType") == "number":
        return 5
    return "Yes"


def _answering_event(document: JourneyDocument, at: float, node_index: int) -> dict[str, Any]:
    """A scripted event that answers (or satisfies) the wait or question at ``node_index``."""
    node = document.definition.nodes[node_index]
    data = node.data if isinstance(node.data, dict) else {}
    event: dict[str, Any] = {"at": format_at(at + 3600).lstrip("+"), "nodeId": node.id}
    if node.type == "ask_question":
        event.update(event="answer", value=_answer_value(data))
        return event
    kind = data.get("event")
    event["event"] = kind if isinstance(kind, str) else "message_received"
    if kind == "custom":
        event["eventName"] = data.get("eventName") or "event"
    elif kind == "tag_added":
        event["tag"] = "tag"
    elif kind == "field_updated":
        event["field"] = "field"
    return event


def _first_wait(document: JourneyDocument, contact: dict[str, Any]) -> SimStep | None:
    """The first wait or question on the contact's path (None if its path meets none)."""
    try:
        walk = simulate(document, contact)
    except JourneyBuilderError:  # a generated contact is valid; this is a safety net
        return None
    nodes = document.definition.nodes
    waits = ("ask_question", "wait_for_event")
    return next((s for s in walk.steps if nodes[s.node_index].type in waits), None)


def default_samples(document: JourneyDocument, names: Mapping[str, str]) -> SampleSet:
    """The samples a journey starts with: a plausible contact for it and, when a path meets a
    wait or a question, such a contact twice: one who never answers and one who answers an hour
    after the question (the event script says so). The first few generated contacts are tried
    (one for a large journey). ``names`` gives the translated "sample", "never" and "answers"."""
    tries = 1 if len(document.definition.nodes) >= _LARGE else _TRIES
    people = [
        {"fields": dict(p.get("fields", {})), "tags": list(p.get("tags", []))}
        for p in generate_contacts(document, tries, seed=0)
    ] or [{"fields": {}, "tags": []}]
    for contact in people:
        waiting = _first_wait(document, contact)
        if waiting is not None:
            answer = _answering_event(document, waiting.at, waiting.node_index)
            return SampleSet(
                [
                    Sample(names["never"], copy.deepcopy(contact)),
                    Sample(names["answers"], copy.deepcopy(contact), [answer]),
                ]
            )
    return SampleSet([Sample(names["sample"], people[0])])
