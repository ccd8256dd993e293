"""Validation problems on the canvas: a badge per card with problems, and edges drawn as faulty.

What each card should show is kept by node key, so a card built after the problems arrived
(a large journey's cards are built a slice at a time) gets its badge when it appears.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol

import shiboken6

from journey_builder.canvas.items import BadgeItem, NodeItem
from journey_builder.canvas.style import CanvasStyle
from journey_builder.document import EditableJourney
from journey_builder.i18n import problem_text

__all__ = ["ProblemLike", "ProblemMarks"]


class ProblemLike(Protocol):
    """What :meth:`ProblemMarks.show` reads from a validation Problem."""

    @property
    def severity(self) -> str: ...  # pragma: no cover - protocol

    @property
    def message(self) -> str: ...  # pragma: no cover - protocol

    @property
    def nodeIds(self) -> Sequence[str]: ...  # pragma: no cover - protocol


class _Wanted:
    """One card's badge: how many problems, whether any is an error, the messages."""

    __slots__ = ("count", "error", "messages")

    def __init__(self, count: int, error: bool, messages: list[str]) -> None:
        self.count = count
        self.error = error
        self.messages = messages


class ProblemMarks:
    """The badges of one scene's cards and the set of edges named by a problem."""

    def __init__(self, document: EditableJourney) -> None:
        self._document = document
        self._wanted: dict[str, _Wanted] = {}
        self._badges: dict[str, BadgeItem] = {}
        self.problem_edges: set[str] = set()

    def clear(self) -> None:
        """The scene was emptied (its items, badges included, are gone)."""
        self._wanted.clear()
        self._badges.clear()
        self.problem_edges = set()

    def show(
        self, problems: Iterable[Any], node_items: dict[str, NodeItem], style: CanvasStyle
    ) -> set[str]:
        """Take a new list of problems; returns the edges whose problem state flipped (the
        scene redraws them). Errors come first in a badge's tooltip."""
        per_key: dict[str, list[Any]] = {}
        edge_ids: set[str] = set()
        doc = self._document
        for problem in problems:
            for node_id in getattr(problem, "nodeIds", ()) or ():
                for key in doc.keys_for_node_id(node_id):
                    per_key.setdefault(key, []).append(problem)
            edge_ids.update(getattr(problem, "edgeIds", ()) or ())
        self._wanted = {}
        for key, found in per_key.items():
            errors = [p for p in found if getattr(p, "severity", "") == "error"]
            ordered = errors + [p for p in found if p not in errors]
            self._wanted[key] = _Wanted(
                len(found), bool(errors), [problem_text(p) for p in ordered]
            )
        for key in [k for k in self._badges if k not in self._wanted]:
            badge = self._badges.pop(key)
            if shiboken6.isValid(badge):
                shiboken6.delete(badge)  # a child of its card: deleted, never left half-removed
            owner = node_items.get(key)
            if owner is not None:
                owner.badge = None
        for key in self._wanted:
            node = node_items.get(key)
            if node is not None:
                self.attach(node, style)
        problem_edges = set()
        if edge_ids:
            for key in doc.edge_keys():
                edge_id = doc.edge(key).id
                if edge_id is not None and edge_id in edge_ids:
                    problem_edges.add(key)
        flipped = problem_edges ^ self.problem_edges
        self.problem_edges = problem_edges
        return flipped

    def attach(self, node: NodeItem, style: CanvasStyle) -> None:
        """Give a card the badge its problems call for (a card just built, or new problems)."""
        wanted = self._wanted.get(node.key)
        if wanted is None:
            return
        badge = self._badges.get(node.key)
        if badge is None:
            badge = self._badges[node.key] = BadgeItem(node, style)
            node.badge = badge
        badge.setPos(node.width - 4, 4)
        badge.set_problems(wanted.count, wanted.error, wanted.messages)

    def node_removed(self, key: str) -> None:
        """The card went (its badge with it, as a child item); the next check decides again."""
        self._badges.pop(key, None)
        self._wanted.pop(key, None)

    def edge_removed(self, key: str) -> None:
        self.problem_edges.discard(key)

    def badge_for(self, key: str) -> BadgeItem | None:
        return self._badges.get(key)

    def badges(self) -> list[tuple[str, bool]]:
        """(node key, has an error) of every badge shown, for the overview picture."""
        return [(k, b.error) for k, b in self._badges.items()]
