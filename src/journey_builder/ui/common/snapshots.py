"""Immutable snapshots of an open journey, cheap enough to take on the GUI thread.

Autosave must not read the live document from a worker thread (an edit may be half applied),
and copying or dumping a 10,000-step journey on the GUI thread takes 100-300 ms. So
:class:`DocumentSnapshotter` keeps a JSON-ready dict per step and per connection, dropped when
the document's signals say that item changed and made again only when the next snapshot needs
it: a snapshot costs one list of the keys plus the items edited since the last one. The dicts
are never changed after they are made, so a worker may read them while the user edits on.
:meth:`DocumentSnapshotter.prime` makes them ahead, a few milliseconds per turn of the event
loop, so that the first snapshot of a large journey does not stall the GUI thread either.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QObject, QTimer

from journey_builder.document import EditableJourney
from journey_builder.model import Edge, JourneyDocument, Node, WorkflowDefinition
from journey_builder.storage.library import Library

__all__ = ["DocumentSnapshot", "DocumentSnapshotter", "load_in_steps"]

_WITHOUT_ITEMS: Any = {"definition": {"nodes": True, "edges": True}}
#: How long one turn of :meth:`DocumentSnapshotter.prime` may keep the GUI thread.
_PRIME_SLICE_S = 0.008


@dataclass(frozen=True)
class DocumentSnapshot:
    """The journey at one moment, as JSON-ready parts (safe to hand to another thread)."""

    #: The file form without ``definition.nodes`` / ``definition.edges``.
    shell: dict[str, Any]
    nodes: tuple[dict[str, Any], ...]
    edges: tuple[dict[str, Any], ...]
    #: Whether the file form has a ``nodes`` / ``edges`` key (an absent list stays absent).
    has_nodes: bool
    has_edges: bool

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> DocumentSnapshot:
        """A snapshot of a journey in file form (parsed JSON), to build a document from."""
        top = {k: v for k, v in obj.items() if not (k == "definition" and v is None)}
        definition = top.get("definition")
        nodes: Any = ()
        edges: Any = ()
        has_nodes = has_edges = False
        if isinstance(definition, dict):
            rest = dict(definition)
            has_nodes, has_edges = "nodes" in rest, "edges" in rest
            nodes = rest.pop("nodes", ())
            edges = rest.pop("edges", ())
            top["definition"] = rest
        if not isinstance(nodes, list | tuple) or not isinstance(edges, list | tuple):
            raise ValueError("the definition's nodes and edges must be lists")
        return cls(top, tuple(nodes), tuple(edges), has_nodes, has_edges)

    def to_json(self) -> dict[str, Any]:
        """The file form, keys in the order ``JourneyDocument.to_json()`` gives them."""
        top = dict(self.shell)
        if "definition" in top:
            definition: dict[str, Any] = {}
            if self.has_nodes:
                definition["nodes"] = list(self.nodes)
            if self.has_edges:
                definition["edges"] = list(self.edges)
            definition.update(top["definition"])
            top["definition"] = definition
        return top

    def to_document(self) -> JourneyDocument:
        """A document of its own (for a worker thread): built item by item, so the thread
        gives the GIL back between items and the GUI thread keeps running."""
        top = dict(self.shell)
        if "definition" in top:
            parts: dict[str, Any] = {}
            if self.has_nodes:
                parts["nodes"] = [Node.model_validate(n) for n in self.nodes]
            if self.has_edges:
                parts["edges"] = [Edge.model_validate(e) for e in self.edges]
            parts.update(top["definition"])
            top["definition"] = WorkflowDefinition.model_validate(parts)
        return JourneyDocument.model_validate(top)


class DocumentSnapshotter(QObject):
    """Follows one :class:`EditableJourney` and hands out :class:`DocumentSnapshot` objects."""

    def __init__(self, doc: EditableJourney, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._nodes: dict[str, dict[str, Any]] = {}
        self._edges: dict[str, dict[str, Any]] = {}
        for signal in (doc.nodeAdded, doc.nodeRemoved, doc.nodeMoved, doc.nodeChanged):
            signal.connect(self._forget_node)
        for signal in (doc.edgeAdded, doc.edgeRemoved, doc.edgeChanged):
            signal.connect(self._forget_edge)
        doc.documentReset.connect(self._forget_all)
        self._priming = False
        self._pending: list[tuple[bool, str]] = []
        self._prime_timer = QTimer(self)
        self._prime_timer.setInterval(0)
        self._prime_timer.timeout.connect(self._prime_slice)

    def prime(self) -> None:
        """Make the per-item dicts ahead of the next snapshot, a slice per event-loop turn
        (again after each reset of the document)."""
        self._priming = True
        self._pending = [(True, k) for k in self._doc.node_keys()]
        self._pending += [(False, k) for k in self._doc.edge_keys()]
        self._pending.reverse()
        self._prime_timer.start()

    def _prime_slice(self) -> None:
        doc, pending = self._doc, self._pending
        until = time.perf_counter() + _PRIME_SLICE_S
        while pending and time.perf_counter() < until:
            is_node, key = pending.pop()
            if is_node:
                if key not in self._nodes and doc.has_node(key):
                    self._nodes[key] = doc.node(key).to_json()
            elif key not in self._edges and doc.has_edge(key):
                self._edges[key] = doc.edge(key).to_json()
        if not pending:
            self._prime_timer.stop()

    def _forget_node(self, key: str) -> None:
        self._nodes.pop(key, None)

    def _forget_edge(self, key: str) -> None:
        self._edges.pop(key, None)

    def _forget_all(self) -> None:
        self._nodes.clear()
        self._edges.clear()
        if self._priming:
            self.prime()

    def snapshot(self) -> DocumentSnapshot:
        """The document as it is now (GUI thread)."""
        doc = self._doc
        nodes = self._nodes
        node_parts = []
        for key in doc.node_keys():
            part = nodes.get(key)
            if part is None:
                part = nodes[key] = doc.node(key).to_json()
            node_parts.append(part)
        edges = self._edges
        edge_parts = []
        for key in doc.edge_keys():
            part = edges.get(key)
            if part is None:
                part = edges[key] = doc.edge(key).to_json()
            edge_parts.append(part)
        document = doc.document
        shell = document.model_dump(
            mode="json", exclude_unset=True, by_alias=True, warnings=False, exclude=_WITHOUT_ITEMS
        )
        fields_set = document.definition.model_fields_set
        return DocumentSnapshot(
            shell=shell,
            nodes=tuple(node_parts),
            edges=tuple(edge_parts),
            has_nodes="nodes" in fields_set,
            has_edges="edges" in fields_set,
        )


def load_in_steps(library: Library, journey_id: str) -> JourneyDocument:
    """``library.load(journey_id)`` for a worker thread: the same document, built item by item
    so that the GUI thread keeps the GIL between items (one pydantic call over a 5,000-step
    journey holds it for 150 ms). A stored document that does not build this way is read by
    ``library.load``, which explains what is wrong with it."""
    entry = library.get(journey_id)
    text = library.document_text(journey_id)
    try:
        doc = DocumentSnapshot.from_json(json.loads(text)).to_document()
    except (ValueError, ValidationError):
        return library.load(journey_id)
    if entry.remote_id is not None:
        if doc.id != entry.remote_id:
            doc.id = entry.remote_id
        if entry.remote_updated_at is not None and doc.updatedAt != entry.remote_updated_at:
            doc.updatedAt = entry.remote_updated_at
    return doc
