"""Keys for a journey's steps and connections, and the signals views follow.

A file may hold duplicate step ids or connections without ids, so everything outside the
document speaks of *keys* ("n3", "e7"): stable handles that live as long as the journey object;
an undone removal brings the same key back. The undo ops (``_ops``) keep these maps in step
through the ``_register``/``_unregister``/``_field_changed`` callbacks; editing itself lives in
:class:`~journey_builder.document.editable.EditableJourney`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from journey_builder.i18n import node_title_text
from journey_builder.model import Edge, JourneyDocument, Node, WorkflowDefinition

__all__ = ["KeyedJourney"]


@dataclass
class _KeyState:
    """The document and every map from keys to its objects and back."""

    document: JourneyDocument
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[str, Edge] = field(default_factory=dict)
    node_key_by_obj: dict[int, str] = field(default_factory=dict)
    edge_key_by_obj: dict[int, str] = field(default_factory=dict)
    keys_by_id: dict[str, list[str]] = field(default_factory=dict)
    edges_by_source: dict[str, dict[str, None]] = field(default_factory=dict)
    edges_by_target: dict[str, dict[str, None]] = field(default_factory=dict)
    edge_ids: Counter[str] = field(default_factory=Counter)


class KeyedJourney(QObject):
    """A journey document with keys for its steps and edges, and the signals views follow."""

    nodeAdded = Signal(str)
    nodeRemoved = Signal(str)
    nodeMoved = Signal(str)
    nodeChanged = Signal(str)
    edgeAdded = Signal(str)
    edgeRemoved = Signal(str)
    #: An edge's source, target or handle changed (renaming a node rewires its edges).
    edgeChanged = Signal(str)
    journeyChanged = Signal()
    documentReset = Signal()
    changed = Signal()

    def __init__(
        self, document: JourneyDocument | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._next_node = 0
        self._next_edge = 0
        self._state = self._fresh_state(document if document is not None else JourneyDocument())

    # --- lookup ------------------------------------------------------------------------------

    @property
    def document(self) -> JourneyDocument:
        return self._state.document

    def node_keys(self) -> list[str]:
        """Node keys in document order."""
        by_obj = self._state.node_key_by_obj
        return [by_obj[id(n)] for n in self.document.nodes]

    def edge_keys(self) -> list[str]:
        """Edge keys in document order."""
        by_obj = self._state.edge_key_by_obj
        return [by_obj[id(e)] for e in self.document.edges]

    def node(self, key: str) -> Node:
        return self._state.nodes[key]

    def edge(self, key: str) -> Edge:
        return self._state.edges[key]

    def has_node(self, key: str) -> bool:
        return key in self._state.nodes

    def has_edge(self, key: str) -> bool:
        return key in self._state.edges

    def node_key(self, node: Node) -> str:
        return self._state.node_key_by_obj[id(node)]

    def edge_key(self, edge: Edge) -> str:
        return self._state.edge_key_by_obj[id(edge)]

    def keys_for_node_id(self, node_id: str) -> list[str]:
        """Keys of the nodes with this JSON id, in document order (several when duplicated)."""
        return list(self._state.keys_by_id.get(node_id, ()))

    def edge_ends(self, edge_key: str) -> tuple[str | None, str | None]:
        """Node keys of an edge's source and target (None when that id names no node).

        An edge to a duplicated id joins the first node with that id.
        """
        edge = self.edge(edge_key)
        return self._first_key(edge.source), self._first_key(edge.target)

    def edges_of(self, node_key: str) -> list[str]:
        """Keys of the edges that leave or enter this node (each once)."""
        node = self.node(node_key)
        if self._first_key(node.id) != node_key:
            return []
        found = dict(self._state.edges_by_source.get(node.id, {}))
        found.update(self._state.edges_by_target.get(node.id, {}))
        return list(found)

    def outgoing(self, node_key: str) -> list[str]:
        """Keys of the edges that leave this node."""
        node = self.node(node_key)
        if self._first_key(node.id) != node_key:
            return []
        return list(self._state.edges_by_source.get(node.id, {}))

    def title(self, node_key: str) -> str:
        """The step's title as its card shows it (its label, else its type's translated name)."""
        node = self.node(node_key)
        return node_title_text(node.type, node.data if isinstance(node.data, dict) else {})

    def to_json(self) -> dict[str, Any]:
        """The file form of the document."""
        return self.document.to_json()

    def fragment(self, node_keys: Iterable[str]) -> WorkflowDefinition:
        """Copies of these nodes and of the edges between them (what copy puts on the clipboard)."""
        wanted = set(node_keys)
        nodes = [
            Node.model_validate(n.to_json())
            for n in self.document.nodes
            if self.node_key(n) in wanted
        ]
        edges = []
        for edge in self.document.edges:
            src, tgt = self.edge_ends(self.edge_key(edge))
            if src in wanted and tgt in wanted:
                edges.append(Edge.model_validate(edge.to_json()))
        return WorkflowDefinition(nodes=nodes, edges=edges)

    # --- key bookkeeping (called by the ops) ---------------------------------------------------

    def _fresh_state(self, document: JourneyDocument) -> _KeyState:
        state = _KeyState(document=document)
        previous = getattr(self, "_state", None)
        self._state = state
        try:
            for node in document.nodes:
                self._register_node(self._new_node_key(), node)
            for edge in document.edges:
                self._register_edge(self._new_edge_key(), edge)
        finally:
            if previous is not None:
                self._state = previous
        return state

    def _swap_state(self, state: _KeyState) -> _KeyState:
        previous = self._state
        self._state = state
        self.documentReset.emit()
        self.journeyChanged.emit()
        return previous

    def _register_node(self, key: str, node: Node) -> None:
        st = self._state
        st.nodes[key] = node
        st.node_key_by_obj[id(node)] = key
        self._index_node_id(key, node.id)

    def _unregister_node(self, key: str) -> None:
        st = self._state
        node = st.nodes.pop(key)
        del st.node_key_by_obj[id(node)]
        self._unindex_node_id(key, node.id)

    def _register_edge(self, key: str, edge: Edge) -> None:
        st = self._state
        st.edges[key] = edge
        st.edge_key_by_obj[id(edge)] = key
        self._index_edge(key, edge.source, edge.target)
        if edge.id is not None:
            st.edge_ids[edge.id] += 1

    def _unregister_edge(self, key: str) -> None:
        st = self._state
        edge = st.edges.pop(key)
        del st.edge_key_by_obj[id(edge)]
        self._unindex_edge(key, edge.source, edge.target)
        if edge.id is not None:
            st.edge_ids[edge.id] -= 1
            if st.edge_ids[edge.id] <= 0:
                del st.edge_ids[edge.id]

    def _field_changed(
        self, key: str, target: Node | Edge, name: str, before: Any, after: Any
    ) -> None:
        if isinstance(target, Node):
            if name == "id":
                self._unindex_node_id(key, before)
                self._index_node_id(key, after)
            if name == "position":
                self.nodeMoved.emit(key)
            else:
                self.nodeChanged.emit(key)
            return
        if name in ("source", "target"):
            old_src, old_tgt = target.source, target.target
            if name == "source":
                old_src = before
            else:
                old_tgt = before
            self._unindex_edge(key, old_src, old_tgt)
            self._index_edge(key, target.source, target.target)
        elif name == "id":
            ids = self._state.edge_ids
            if before is not None:
                ids[before] -= 1
                if ids[before] <= 0:
                    del ids[before]
            if after is not None:
                ids[after] += 1
        self.edgeChanged.emit(key)

    def _index_node_id(self, key: str, node_id: str) -> None:
        keys = self._state.keys_by_id.setdefault(node_id, [])
        keys.append(key)
        if len(keys) > 1:  # duplicates are rare; keep them in document order
            order = {id(n): i for i, n in enumerate(self.document.nodes)}
            nodes = self._state.nodes
            keys.sort(key=lambda k: order.get(id(nodes[k]), len(order)))

    def _unindex_node_id(self, key: str, node_id: str) -> None:
        keys = self._state.keys_by_id.get(node_id)
        if keys is None:
            return
        if key in keys:
            keys.remove(key)
        if not keys:
            del self._state.keys_by_id[node_id]

    def _index_edge(self, key: str, source: str | None, target: str | None) -> None:
        if source is not None:
            self._state.edges_by_source.setdefault(source, {})[key] = None
        if target is not None:
            self._state.edges_by_target.setdefault(target, {})[key] = None

    def _unindex_edge(self, key: str, source: str | None, target: str | None) -> None:
        for index, node_id in (
            (self._state.edges_by_source, source),
            (self._state.edges_by_target, target),
        ):
            if node_id is None:
                continue
            keys = index.get(node_id)
            if keys is not None:
                keys.pop(key, None)
                if not keys:
                    del index[node_id]

    # --- new keys ----------------------------------------------------------------------------

    def _new_node_key(self) -> str:
        self._next_node += 1
        return f"n{self._next_node}"

    def _new_edge_key(self) -> str:
        self._next_edge += 1
        return f"e{self._next_edge}"

    def _first_key(self, node_id: str | None) -> str | None:
        if node_id is None:
            return None
        keys = self._state.keys_by_id.get(node_id)
        return keys[0] if keys else None
