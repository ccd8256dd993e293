"""The journey seen as a graph, built once per validation and shared by every rule.

One pass over nodes and one over edges index what the rules ask for: node by id, edges by the
step and output they leave from, successors (connections and jumps); so every rule stays
linear in nodes + edges.
:meth:`JourneyGraph.to_networkx` gives the same graph as a networkx ``DiGraph``; the loop rule
runs networkx's strongly connected components on the part of it that can hold a loop.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from journey_builder.model import (
    CATALOGUE,
    Edge,
    JourneyDocument,
    Node,
    NodeSpec,
    OutputSpec,
    node_title,
)
from journey_builder.validation.naming import quoted

__all__ = ["JourneyGraph"]


class JourneyGraph:
    """Indexes of one document for the rules.

    When two nodes share an id, the first one stands for that id (``duplicate-node-id``
    reports the clash); edges and jumps then refer to it.
    """

    def __init__(self, document: JourneyDocument) -> None:
        self.document = document
        nodes = self.nodes = document.nodes
        edges = self.edges = document.edges
        ids = [node.id for node in nodes]
        by_id = dict(zip(ids, nodes, strict=True))
        order = {node_id: index for index, node_id in enumerate(ids)}
        self.has_duplicate_ids = len(by_id) < len(nodes)
        if self.has_duplicate_ids:  # the first node with an id stands for it
            by_id, order = {}, {}
            for index, node in enumerate(nodes):
                if node.id not in by_id:
                    by_id[node.id] = node
                    order[node.id] = index
        self.by_id: dict[str, Node] = by_id
        self.order: dict[str, int] = order
        self.specs: dict[str, NodeSpec | None] = {
            node_id: CATALOGUE.get(node.type) for node_id, node in by_id.items()
        }
        self.start_ids: list[str] = [i for i, n in by_id.items() if n.type == "start"]

        #: Successors of each step: connections (without self-loops), then its jump.
        succ: dict[str, list[str]] = {node_id: [] for node_id in by_id}
        #: Per step, the edges whose two ends exist by the output (sourceHandle; an empty one
        #: is None) they leave from, self-loops included.
        used: dict[str, dict[str | None, list[int]]] = {node_id: {} for node_id in by_id}
        self.dangling: list[int] = []
        self.self_loops: list[int] = []
        for index, edge in enumerate(edges):
            source = edge.source
            target = edge.target
            if source in succ and target in succ:
                assert source is not None and target is not None  # ids are text
                handles = used[source]
                handle = edge.sourceHandle or None
                group = handles.get(handle)
                if group is None:
                    handles[handle] = [index]
                else:
                    group.append(index)
                if source != target:
                    succ[source].append(target)
                else:
                    self.self_loops.append(index)
            else:
                self.dangling.append(index)
        #: jump_to step id -> its target, for targets that exist and are not the step itself.
        self.jumps: dict[str, str] = {}
        for node_id, node in by_id.items():
            if node.type == "jump_to":
                target = node.data.get("targetNodeId")
                if isinstance(target, str) and target in succ and target != node_id:
                    self.jumps[node_id] = target
                    succ[node_id].append(target)
        self.succ = succ
        self.outputs_used = used
        self._titles: dict[str, str] = {}
        self._outputs: dict[str, list[OutputSpec]] = {}

    def to_networkx(self, node_ids: Iterable[str] | None = None) -> Any:
        """A networkx ``DiGraph`` of connections and jumps (only among ``node_ids`` if given)."""
        import networkx as nx  # imported when needed: it takes a while to import

        graph: Any = nx.DiGraph()
        if node_ids is None:
            graph.add_nodes_from(self.succ)
            graph.add_edges_from((u, v) for u, targets in self.succ.items() for v in targets)
            return graph
        keep = set(node_ids)
        graph.add_nodes_from(keep)
        graph.add_edges_from((u, v) for u in keep for v in self.succ.get(u, ()) if v in keep)
        return graph

    # --- naming ------------------------------------------------------------------------------

    def title(self, node_id: str) -> str:
        """``'Wait 2 days'``: how messages name a step (its label, else its type's name)."""
        title = self._titles.get(node_id)
        if title is None:
            node = self.by_id.get(node_id)
            title = quoted(node_title(node.type, node.data)) if node else quoted(node_id)
            self._titles[node_id] = title
        return title

    def titles(self, node_ids: Iterable[str]) -> list[str]:
        return [self.title(i) for i in node_ids]

    def edge_ends(self, edge: Edge) -> str:
        """``from 'A' to 'B'``: how messages name a connection (marketers never see edge ids)."""
        return f"from {self._end(edge.source)} to {self._end(edge.target)}"

    def _end(self, node_id: str | None) -> str:
        if not node_id:
            return "nowhere"
        if node_id in self.by_id:
            return self.title(node_id)
        return f"a missing step ({quoted(node_id)})"

    # --- per node ----------------------------------------------------------------------------

    def outputs(self, node_id: str) -> list[OutputSpec]:
        """The outputs of a known step (none for an unknown type: it is not checked)."""
        outs = self._outputs.get(node_id)
        if outs is None:
            spec = self.specs.get(node_id)
            outs = spec.outputs(self.by_id[node_id].data) if spec is not None else []
            self._outputs[node_id] = outs
        return outs

    def output(self, node_id: str, handle: str | None) -> OutputSpec | None:
        """The output of a known step that ``handle`` names; None when it has no such output."""
        for output in self.outputs(node_id):
            if output.handle == handle:
                return output
        return None

    def target(self, index: int) -> str:
        """The target of a connected edge (one whose two ends exist)."""
        target = self.edges[index].target
        assert target is not None
        return target

    def in_order(self, node_ids: Iterable[str]) -> list[str]:
        """These steps in the order of the document."""
        order = self.order
        return sorted(node_ids, key=lambda i: order.get(i, -1))

    def edge_ids(self, indexes: Iterable[int]) -> tuple[str, ...]:
        """The ids of these edges (edges without an id are left out)."""
        edges = self.edges
        return tuple(eid for i in indexes if (eid := edges[i].id) is not None)

    def existing(self, *node_ids: str | None) -> tuple[str, ...]:
        """The given ids that name existing steps, each once."""
        by_id = self.by_id
        return tuple(i for i in dict.fromkeys(node_ids) if i is not None and i in by_id)
