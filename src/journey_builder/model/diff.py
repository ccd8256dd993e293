"""What differs between two journeys: nodes added, removed or changed, edges, and the journey's
own settings (name, trigger, entry mode). No Qt here; the editor's compare view and the conflict
dialog draw from it.

Nodes are matched by ``id``. A file may repeat an id, so the n-th node with an id is matched with
the n-th node with that id on the other side (:attr:`NodeRef.occurrence`). A node whose type,
data or unknown fields differ is *changed*; one that only moved is *moved*, kept apart because a
layout change is rarely what a reviewer is looking for. Edges are matched by their ends
(``source``, ``sourceHandle``, ``target``), not by id: two copies of a journey often give the
same connection different ids.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from journey_builder.model.journey import Edge, JourneyDocument, Node, WorkflowDefinition

__all__ = [
    "DefinitionDiff",
    "EdgeEnds",
    "JourneyDiff",
    "NodeRef",
    "diff_definitions",
    "diff_journeys",
    "nodes_by_ref",
]


@dataclass(frozen=True, order=True)
class NodeRef:
    """A node named by its id and, for repeated ids, which one (0 for the first)."""

    id: str
    occurrence: int = 0


@dataclass(frozen=True, order=True)
class EdgeEnds:
    """A connection named by its ends (an edge may lack any of them)."""

    source: str | None
    handle: str | None
    target: str | None

    @classmethod
    def of(cls, edge: Edge) -> EdgeEnds:
        return cls(edge.source, edge.sourceHandle, edge.target)


@dataclass(frozen=True)
class DefinitionDiff:
    """From definition A (before) to B (after); every tuple is sorted."""

    added_nodes: tuple[NodeRef, ...] = ()
    removed_nodes: tuple[NodeRef, ...] = ()
    changed_nodes: tuple[NodeRef, ...] = ()
    moved_nodes: tuple[NodeRef, ...] = ()
    added_edges: tuple[EdgeEnds, ...] = ()
    removed_edges: tuple[EdgeEnds, ...] = ()

    @property
    def is_empty(self) -> bool:
        """Nothing differs, positions included."""
        return not (self.differs or self.moved_nodes)

    @property
    def differs(self) -> bool:
        """Something other than positions differs."""
        return bool(
            self.added_nodes
            or self.removed_nodes
            or self.changed_nodes
            or self.added_edges
            or self.removed_edges
        )

    def summary(self) -> str:
        """One line for people: "2 steps added, 1 removed, 3 changed; 1 connection added"."""
        steps = _counts(
            (len(self.added_nodes), "added"),
            (len(self.removed_nodes), "removed"),
            (len(self.changed_nodes), "changed"),
            (len(self.moved_nodes), "moved"),
        )
        links = _counts((len(self.added_edges), "added"), (len(self.removed_edges), "removed"))
        parts = []
        if steps:
            parts.append(_noun(steps, "step", "steps"))
        if links:
            parts.append(_noun(links, "connection", "connections"))
        return "; ".join(parts) if parts else "No differences"


@dataclass(frozen=True)
class JourneyDiff:
    """From journey A to B: the definition, and which of the journey's own settings differ."""

    definition: DefinitionDiff
    name_changed: bool = False
    trigger_changed: bool = False
    entry_mode_changed: bool = False
    other_fields: tuple[str, ...] = ()

    @property
    def settings_changed(self) -> tuple[str, ...]:
        """Readable names of the journey settings that differ."""
        names = []
        if self.name_changed:
            names.append("name")
        if self.trigger_changed:
            names.append("trigger")
        if self.entry_mode_changed:
            names.append("entry mode")
        names.extend(self.other_fields)
        return tuple(names)

    @property
    def is_empty(self) -> bool:
        return self.definition.is_empty and not self.settings_changed


def _counts(*pairs: tuple[int, str]) -> list[tuple[int, str]]:
    return [(n, word) for n, word in pairs if n]


def _noun(pairs: Sequence[tuple[int, str]], one: str, many: str) -> str:
    first_n, first_word = pairs[0]
    head = f"{first_n} {one if first_n == 1 else many} {first_word}"
    rest = [f"{n} {word}" for n, word in pairs[1:]]
    return ", ".join([head, *rest])


def nodes_by_ref(nodes: Iterable[Node]) -> dict[NodeRef, Node]:
    """Each node under its :class:`NodeRef` (a repeated id counts its occurrences)."""
    seen: Counter[str] = Counter()
    out: dict[NodeRef, Node] = {}
    for node in nodes:
        out[NodeRef(node.id, seen[node.id])] = node
        seen[node.id] += 1
    return out


def _content(node: Node) -> dict[str, Any]:
    """What a node means, without where it is drawn."""
    data = node.to_json()
    data.pop("position", None)
    return data


def _position(node: Node) -> tuple[float, float] | None:
    if node.position is None:
        return None
    return (float(node.position.x), float(node.position.y))


def diff_definitions(before: WorkflowDefinition, after: WorkflowDefinition) -> DefinitionDiff:
    """What changed from ``before`` to ``after``."""
    old = nodes_by_ref(before.nodes)
    new = nodes_by_ref(after.nodes)
    changed: list[NodeRef] = []
    moved: list[NodeRef] = []
    for ref in old.keys() & new.keys():
        a, b = old[ref], new[ref]
        if _content(a) != _content(b):
            changed.append(ref)
        elif _position(a) != _position(b):
            moved.append(ref)
    old_edges = Counter(EdgeEnds.of(e) for e in before.edges)
    new_edges = Counter(EdgeEnds.of(e) for e in after.edges)
    return DefinitionDiff(
        added_nodes=tuple(sorted(new.keys() - old.keys())),
        removed_nodes=tuple(sorted(old.keys() - new.keys())),
        changed_nodes=tuple(sorted(changed)),
        moved_nodes=tuple(sorted(moved)),
        added_edges=tuple(sorted((new_edges - old_edges).elements(), key=_edge_sort_key)),
        removed_edges=tuple(sorted((old_edges - new_edges).elements(), key=_edge_sort_key)),
    )


def _edge_sort_key(ends: EdgeEnds) -> tuple[str, str, str]:
    return (ends.source or "", ends.handle or "", ends.target or "")


def _top_fields(doc: JourneyDocument) -> dict[str, Any]:
    """The journey's own fields in file form, without dumping the (large) definition."""
    return doc.model_dump(
        mode="json", exclude_unset=True, by_alias=True, warnings=False, exclude={"definition"}
    )


#: Top-level fields that are sync metadata or server bookkeeping, not content.
_NOT_CONTENT = frozenset({"id", "updatedAt", "createdAt", "tenantId", "status", "definition"})


def diff_journeys(before: JourneyDocument, after: JourneyDocument) -> JourneyDiff:
    """What changed from journey ``before`` to ``after`` (sync metadata aside).

    Trigger and entry mode are compared as the journey takes effect (its own, else its start
    step's), so moving the trigger from the start step to the journey is no change.
    """
    a_top = _top_fields(before)
    b_top = _top_fields(after)
    known = {"name", "triggerConfig", "entryMode"}
    others = sorted(
        key
        for key in (a_top.keys() | b_top.keys()) - _NOT_CONTENT - known
        if a_top.get(key) != b_top.get(key)
    )
    return JourneyDiff(
        definition=diff_definitions(before.definition, after.definition),
        name_changed=before.display_name != after.display_name,
        trigger_changed=before.effective_trigger() != after.effective_trigger(),
        entry_mode_changed=before.effective_entry_mode() != after.effective_entry_mode(),
        other_fields=tuple(others),
    )
