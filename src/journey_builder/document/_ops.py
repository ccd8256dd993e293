"""Reversible primitive changes to a journey document, the parts undo commands are made of.

Each op changes one thing (insert a node or edge, take out some, assign one field, swap the
top-level journey fields, swap the whole document) and can revert it exactly: list positions,
which fields were present in the file and the order of unknown fields all come back, so
``to_json()`` after undo equals ``to_json()`` before the edit. Ops call back into the
:class:`~journey_builder.document.keyed.KeyedJourney` (the "host") to keep its key maps
and to emit its signals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from journey_builder.document.keyed import KeyedJourney
from journey_builder.model import Edge, JourneyDocument, Node
from journey_builder.model._open import OpenModel

__all__ = [
    "FieldOp",
    "InsertEdgeOp",
    "InsertNodeOp",
    "Op",
    "RemoveManyOp",
    "ReplaceDocumentOp",
    "TopFieldsOp",
    "TopState",
]


class Op(Protocol):
    """One reversible change."""

    def apply(self) -> None: ...  # pragma: no cover - protocol

    def revert(self) -> None: ...  # pragma: no cover - protocol


def _mark_set(model: OpenModel, name: str) -> bool:
    """Record ``name`` as present (so it is written); return whether it already was."""
    fields_set: set[str] = model.__pydantic_fields_set__
    was = name in fields_set
    fields_set.add(name)
    return was


def _index_of(items: list[Any], obj: Any) -> int:
    """Position of ``obj`` by identity (pydantic models compare by value; duplicates exist)."""
    for i, item in enumerate(items):
        if item is obj:
            return i
    raise ValueError("the item is not in the list")


@dataclass
class _ListPresence:
    """Whether ``document.definition`` and its list were present before the first insert."""

    definition_was_set: bool = True
    list_was_set: bool = True

    def mark(self, doc: JourneyDocument, list_name: str) -> None:
        self.definition_was_set = _mark_set(doc, "definition")
        self.list_was_set = _mark_set(doc.definition, list_name)

    def unmark(self, doc: JourneyDocument, list_name: str) -> None:
        items: list[Any] = getattr(doc.definition, list_name)
        if not self.list_was_set and not items:
            doc.definition.__pydantic_fields_set__.discard(list_name)
        if not self.definition_was_set and not doc.definition.__pydantic_fields_set__:
            doc.__pydantic_fields_set__.discard("definition")


@dataclass
class InsertNodeOp:
    """Put ``node`` into the document under ``key`` (at ``index``, or at the end)."""

    host: KeyedJourney
    key: str
    node: Node
    index: int | None = None
    _presence: _ListPresence = field(default_factory=_ListPresence)
    _placed_at: int = -1

    def apply(self) -> None:
        doc = self.host.document
        self._presence.mark(doc, "nodes")
        nodes = doc.definition.nodes
        self._placed_at = len(nodes) if self.index is None else min(self.index, len(nodes))
        nodes.insert(self._placed_at, self.node)
        self.host._register_node(self.key, self.node)
        self.host.nodeAdded.emit(self.key)

    def revert(self) -> None:
        doc = self.host.document
        nodes = doc.definition.nodes
        del nodes[_index_of(nodes, self.node)]
        self._presence.unmark(doc, "nodes")
        self.host._unregister_node(self.key)
        self.host.nodeRemoved.emit(self.key)


@dataclass
class InsertEdgeOp:
    """Put ``edge`` into the document under ``key`` (at ``index``, or at the end)."""

    host: KeyedJourney
    key: str
    edge: Edge
    index: int | None = None
    _presence: _ListPresence = field(default_factory=_ListPresence)

    def apply(self) -> None:
        doc = self.host.document
        self._presence.mark(doc, "edges")
        edges = doc.definition.edges
        edges.insert(len(edges) if self.index is None else min(self.index, len(edges)), self.edge)
        self.host._register_edge(self.key, self.edge)
        self.host.edgeAdded.emit(self.key)

    def revert(self) -> None:
        doc = self.host.document
        edges = doc.definition.edges
        del edges[_index_of(edges, self.edge)]
        self._presence.unmark(doc, "edges")
        self.host._unregister_edge(self.key)
        self.host.edgeRemoved.emit(self.key)


@dataclass
class RemoveManyOp:
    """Take several nodes or edges out at once (one pass over the list, not one per item)."""

    host: KeyedJourney
    kind: str  # "nodes" or "edges"
    keys: list[str]
    _taken: list[tuple[int, str, Any]] = field(default_factory=list)  # (index, key, object)

    def apply(self) -> None:
        host = self.host
        items: list[Any] = getattr(host.document.definition, self.kind)
        objects = {k: (host.node(k) if self.kind == "nodes" else host.edge(k)) for k in self.keys}
        where = {id(obj): i for i, obj in enumerate(items)}
        self._taken = sorted(
            ((where[id(obj)], key, obj) for key, obj in objects.items()), reverse=True
        )
        for index, key, _obj in self._taken:
            del items[index]
            if self.kind == "nodes":
                host._unregister_node(key)
                host.nodeRemoved.emit(key)
            else:
                host._unregister_edge(key)
                host.edgeRemoved.emit(key)

    def revert(self) -> None:
        host = self.host
        items: list[Any] = getattr(host.document.definition, self.kind)
        for index, key, obj in reversed(self._taken):
            items.insert(index, obj)
            if self.kind == "nodes":
                host._register_node(key, obj)
                host.nodeAdded.emit(key)
            else:
                host._register_edge(key, obj)
                host.edgeAdded.emit(key)


_MISSING: Any = object()


@dataclass
class FieldOp:
    """Assign one field of a node or an edge (``position``, ``data``, ``id``, ``source`` ...).

    ``old`` is read when the op is made; a field that was absent from the file is absent again
    after revert. ``new`` may be replaced later when undo steps merge (typing in one field).
    """

    host: KeyedJourney
    key: str
    target: Node | Edge
    name: str
    new: Any
    old: Any = _MISSING
    old_was_set: bool = True
    #: False: the edit removes the field from the file (e.g. ``sourceHandle`` of a single output).
    new_is_set: bool = True

    def __post_init__(self) -> None:
        if self.old is _MISSING:
            self.old = getattr(self.target, self.name)
            self.old_was_set = self.name in self.target.__pydantic_fields_set__

    @property
    def slot(self) -> tuple[int, str]:
        """What this op changes; two ops with the same slot merge."""
        return (id(self.target), self.name)

    def apply(self) -> None:
        self._assign(self.new, was_set=self.new_is_set)

    def revert(self) -> None:
        self._assign(self.old, was_set=self.old_was_set)

    def _assign(self, value: Any, *, was_set: bool) -> None:
        before = getattr(self.target, self.name)
        setattr(self.target, self.name, value)
        if not was_set:
            self.target.__pydantic_fields_set__.discard(self.name)
        self.host._field_changed(self.key, self.target, self.name, before, value)


@dataclass(frozen=True)
class TopState:
    """The journey's own fields (everything but ``definition``), as the file holds them."""

    values: dict[str, Any]
    fields_set: frozenset[str]
    extras: dict[str, Any]

    @classmethod
    def of(cls, doc: JourneyDocument) -> TopState:
        names = [n for n in type(doc).model_fields if n != "definition"]
        return cls(
            values={n: getattr(doc, n) for n in names},
            fields_set=frozenset(doc.__pydantic_fields_set__),
            extras=dict(doc.__pydantic_extra__ or {}),
        )

    def restore(self, doc: JourneyDocument) -> None:
        doc.__dict__.update(self.values)
        object.__setattr__(doc, "__pydantic_extra__", dict(self.extras))
        object.__setattr__(doc, "__pydantic_fields_set__", set(self.fields_set))


@dataclass
class TopFieldsOp:
    """Swap the journey's own fields (name, trigger, entry mode, unknown top-level fields)."""

    host: KeyedJourney
    old: TopState
    new: TopState
    slot: tuple[int, str] = (0, "top")

    def apply(self) -> None:
        self.new.restore(self.host.document)
        self.host.journeyChanged.emit()

    def revert(self) -> None:
        self.old.restore(self.host.document)
        self.host.journeyChanged.emit()


@dataclass
class ReplaceDocumentOp:
    """Swap the whole document (restore a version, apply a pulled journey).

    The host's key state is swapped as a whole, so the keys older undo steps hold stay valid.
    """

    host: KeyedJourney
    new_document: JourneyDocument
    _old: Any = None
    _new: Any = None

    def apply(self) -> None:
        state = self._new if self._new is not None else self.host._fresh_state(self.new_document)
        self._old = self.host._swap_state(state)

    def revert(self) -> None:
        self._new = self.host._swap_state(self._old)
