"""What a simulation returns: the steps a contact took and how its path ended (DESIGN §12).

These are the shapes the CLI prints and the editor's Preview panel draws; ``to_json`` gives the
exact JSON of ``simulate --json``. Times are seconds from the contact's entry. A ``reason`` is
English (what the CLI prints); its ``phrase`` is the same words, translatable (the Preview panel
shows it in the reader's language with ``journey_builder.i18n.render``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journey_builder.model.texts import Phrase

__all__ = ["END_KINDS", "CohortResult", "SimEnd", "SimStep", "SimulationResult"]

#: Every way a path can end, in the order reports list them.
END_KINDS: tuple[str, ...] = (
    "exit",
    "dead_end",
    "jump_limit",
    "waiting",
    "step_limit",
    "not_entered",
    "unknown_step",
)


def _seconds(value: float) -> int | float:
    """Whole seconds as an int in JSON (``604800``, not ``604800.0``)."""
    return int(value) if float(value).is_integer() else value


@dataclass(frozen=True)
class SimStep:
    """One step the contact reached, and how it left it."""

    node_id: str
    #: Index of the step in ``document.definition.nodes`` (ids may repeat in a broken journey).
    node_index: int
    #: The ``sourceHandle`` taken: None for a single output or when the path ends at this step.
    #: On a dead end it names the output that has nothing connected.
    handle: str | None
    at: float
    reason: str
    #: Index in ``document.definition.edges`` of the edge followed out, None if none.
    edge_index: int | None
    #: ``reason`` as a translatable phrase (``str(phrase) == reason``).
    phrase: Phrase | None = None


@dataclass(frozen=True)
class SimEnd:
    """How the path ended: one of :data:`END_KINDS`, where, when and why."""

    kind: str
    node_id: str | None
    node_index: int | None
    at: float
    reason: str
    #: ``reason`` as a translatable phrase (``str(phrase) == reason``).
    phrase: Phrase | None = None


@dataclass(frozen=True)
class SimulationResult:
    """One contact's walk: its steps in order, the end, and the contact as it was at the end."""

    steps: tuple[SimStep, ...]
    end: SimEnd
    contact: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {
            "steps": [
                {"nodeId": s.node_id, "handle": s.handle, "at": _seconds(s.at), "reason": s.reason}
                for s in self.steps
            ],
            "end": {"kind": self.end.kind, "nodeId": self.end.node_id, "at": _seconds(self.end.at)},
            "contact": self.contact,
        }


@dataclass(frozen=True)
class CohortResult:
    """Many contacts through one journey: how many reached each step, edge and end."""

    contacts: int
    #: End kind -> contacts whose path ended so (only kinds that occurred).
    ends: dict[str, int]
    #: Step id -> contacts that reached it at least once (every step, 0 included).
    nodes: dict[str, int]
    #: Exit step id -> (contacts that left there, median seconds from entry), for exits reached.
    exits: dict[str, tuple[int, float]]
    #: Contacts that reached each step, by index of ``definition.nodes``.
    node_counts: tuple[int, ...]
    #: Contacts that followed each edge, by index of ``definition.edges``.
    edge_counts: tuple[int, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "contacts": self.contacts,
            "ends": dict(self.ends),
            "nodes": dict(self.nodes),
            "exits": {
                node_id: {"count": count, "medianSeconds": _seconds(median)}
                for node_id, (count, median) in self.exits.items()
            },
        }
