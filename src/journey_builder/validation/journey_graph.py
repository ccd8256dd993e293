"""The journey seen as a graph, built once per validation and shared by every rule.

One pass over nodes and one over edges index what the rules ask for, by node position (an int
is cheaper to look up and compare than an id): node ids and types, which output each
connection leaves from, which steps are entered from an earlier one, which connections go back
up the document. The pass over edges also notes the few steps the rules must look at closely
(an output used twice, a handle the step does not have, a way out of an end step, outputs left
unconnected or all leading to one step): for a correct journey of 100,000 steps the rules then
have next to nothing left to do, and every rule stays linear in nodes + edges.
Successors (:attr:`JourneyGraph.succ`) are built only when a rule must walk the graph;
:meth:`JourneyGraph.to_networkx` gives it as a networkx ``DiGraph``, on whose part that can
hold a loop the loop rule runs networkx's strongly connected components.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cached_property
from typing import Any

from journey_builder.model import (
    CATALOGUE,
    Edge,
    JourneyDocument,
    Node,
    NodeSpec,
    OutputSpec,
)
from journey_builder.model.texts import QT_TRANSLATE_NOOP, Param, Phrase
from journey_builder.validation.naming import quoted, step_name, words
from journey_builder.validation.quiet_steps import QUIET_SETTINGS

__all__ = ["WAITING_TYPES", "JourneyGraph"]


class _Outputs:
    """A kind of outputs (one, none, named by the data), for the pass over connections."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"<{self.name}>"


#: One unnamed output (``sourceHandle`` absent or null).
_ONE = _Outputs("one output")
#: An exit or a jump: no output at all.
_NONE = _Outputs("no output")
#: A branching type whose handles depend on the data (a split's branch ids).
_BY_DATA = _Outputs("handles from the data")

#: Per known type: _ONE, _NONE, _BY_DATA, or the tuple of its output handles.
_OUTPUTS_BY_TYPE: dict[str, _Outputs | tuple[str | None, ...]] = {}
for _type, _spec in CATALOGUE.items():
    if _spec.terminal:
        _OUTPUTS_BY_TYPE[_type] = _NONE
    elif not _spec.branching:
        _OUTPUTS_BY_TYPE[_type] = _ONE
    elif _spec.data_handles is not None:
        _OUTPUTS_BY_TYPE[_type] = _BY_DATA
    else:
        _OUTPUTS_BY_TYPE[_type] = tuple(o.handle for o in _spec.outputs({}))


#: Per known type, a small number: a list of them is counted and searched by identity, at C
#: speed (a list of type names is compared text by text).
_TYPE_NUMBERS: dict[str, int] = {t: number for number, t in enumerate(CATALOGUE)}
#: Steps that make a contact wait: a loop through one of them cannot spin.
WAITING_TYPES = frozenset({"delay", "wait_for_event", "ask_question"})
_WAITING_NUMBERS = frozenset(_TYPE_NUMBERS[t] for t in WAITING_TYPES)
#: Type number -> its entry of _OUTPUTS_BY_TYPE.
_OUTPUTS_BY_NUMBER: dict[int | None, _Outputs | tuple[str | None, ...]] = {
    number: _OUTPUTS_BY_TYPE[t] for t, number in _TYPE_NUMBERS.items()
}


def _positions(items: list[int | None], value: int) -> list[int]:
    """Where ``value`` is in ``items`` (list.index runs at C speed; a loop would not)."""
    found: list[int] = []
    index = -1
    try:
        while True:
            index = items.index(value, index + 1)
            found.append(index)
    except ValueError:
        return found


class JourneyGraph:
    """Indexes of one document for the rules.

    Steps are numbered by their position in the document. When two nodes share an id, the
    first one stands for that id (``duplicate-node-id`` reports the clash); edges and jumps
    then refer to it, and the later ones take part in no connection.
    """

    def __init__(self, document: JourneyDocument) -> None:
        self.document = document
        nodes = self.nodes = document.nodes
        edges = self.edges = document.edges
        count = len(nodes)
        # One pass over the steps (each touched once: at 100,000 steps memory is the cost):
        # ids, types, and the steps whose settings their quiet test does not pass.
        ids: list[str] = []
        types: list[str] = []
        unquiet: list[Node] = []
        add_id, add_type, quiet_test = ids.append, types.append, QUIET_SETTINGS.get
        for node in nodes:
            add_id(node.id)
            node_type = node.type
            add_type(node_type)
            is_quiet = quiet_test(node_type)
            if is_quiet is None or not is_quiet(node.data):
                unquiet.append(node)
        self.ids, self.types = ids, types
        #: Steps for the settings rules to put into words (unknown types included), in order.
        self.unquiet_steps = unquiet
        #: Per position, the number of its type (None for a type outside the catalogue).
        numbers: list[int | None] = list(map(_TYPE_NUMBERS.get, types))
        self._numbers = numbers
        #: id -> position of the node standing for it (the first one with that id).
        order = dict(zip(ids, range(count), strict=True))
        self.has_duplicate_ids = len(order) < count
        if self.has_duplicate_ids:
            order = {}
            for index, node_id in enumerate(ids):
                order.setdefault(node_id, index)
        self.order: dict[str, int] = order
        self.start_ids: list[str] = [ids[p] for p in self.positions("start")]

        #: Per position: how the step's connections are checked (see _OUTPUTS_BY_TYPE; None
        #: for a type outside the catalogue).
        outs: list[_Outputs | tuple[str | None, ...] | None] = list(
            map(_OUTPUTS_BY_NUMBER.get, numbers)
        )
        #: How many outputs the known, non-terminal steps have between them.
        expected = 0
        #: Steps whose outputs must be looked at closely (a split naming two branches alike).
        odd_outputs: set[int] = set()
        for node_type, number in _TYPE_NUMBERS.items():
            type_outputs = _OUTPUTS_BY_NUMBER[number]
            if type_outputs is _ONE:
                expected += numbers.count(number)
            elif isinstance(type_outputs, tuple):
                expected += len(type_outputs) * numbers.count(number)
            elif type_outputs is _BY_DATA:
                data_handles = CATALOGUE[node_type].data_handles
                assert data_handles is not None
                for index in _positions(numbers, number):
                    data = nodes[index].data
                    handles = tuple(data_handles(data)) if isinstance(data, dict) else ()
                    if len(set(handles)) < len(handles):
                        odd_outputs.add(index)
                    outs[index] = handles
                    expected += len(handles)
        if self.has_duplicate_ids:  # a node whose id is taken has no connection of its own
            for index in set(range(count)).difference(order.values()):
                lost = outs[index]
                expected -= len(lost) if isinstance(lost, tuple) else lost is _ONE
                outs[index] = None
            odd_outputs.intersection_update(order.values())
        self._outs = outs

        # One pass over the connections. For each it notes, at the cost of a few list and
        # dict lookups, what the rules need in the usual case; anything unusual makes its
        # step a suspect, which the rules then look at closely (outputs_used).
        #: Steps with a one-output: is it connected. Branching steps: handle -> target of
        #: the first connection from each of their outputs.
        taken = [False] * count
        named: list[dict[str | None, int] | None] = [None] * count
        named_outputs = 0  # how many named outputs are connected, all steps together
        named_steps = 0  # how many branching steps have a connection
        #: Branching steps whose connections lead to more than one step.
        spread: set[int] = set()
        #: Steps with a connection from an earlier step (see reached_in_order).
        entered = [False] * count
        unchecked_outputs: set[Any] = set()
        suspects: set[int] = set()
        dangling: list[int] = []
        self_loops: list[int] = []
        #: Connections between steps that do not wait going back up the document's order:
        #: every cycle has a connection going back, so without one there is no loop.
        back: list[int] = []
        waiting = _WAITING_NUMBERS
        get: Callable[[Any], int | None] = order.get
        for index, edge in enumerate(edges):
            source = get(edge.source)
            target = get(edge.target)
            if source is None or target is None:
                dangling.append(index)
                continue
            if source < target:
                entered[target] = True
            elif source == target:
                self_loops.append(index)
            elif numbers[source] not in waiting and numbers[target] not in waiting:
                back.append(index)
            outputs = outs[source]
            if outputs is _ONE:
                if not edge.sourceHandle and not taken[source]:
                    taken[source] = True
                    continue
            elif outputs is None:  # not checked: only a repeated connection is of interest
                key = (source, edge.sourceHandle or None)
                if key not in unchecked_outputs:
                    unchecked_outputs.add(key)
                    continue
            elif isinstance(outputs, tuple):  # a branching step's handles
                handle = edge.sourceHandle
                if handle in outputs:
                    targets = named[source]
                    if targets is None:
                        named[source] = {handle: target}
                        named_outputs += 1
                        named_steps += 1
                        continue
                    if handle not in targets:
                        if target not in targets.values():
                            spread.add(source)
                        targets[handle] = target
                        named_outputs += 1
                        continue
            suspects.add(source)
        self.dangling = dangling
        self.self_loops = self_loops
        self.back_without_wait = back
        self._taken = taken
        self._named = named
        #: Steps whose connections need the exact check: a repeated or unknown output, a
        #: terminal step's connection.
        self.edge_suspects: list[int] = sorted(suspects)
        suspects |= odd_outputs
        if taken.count(True) + named_outputs < expected:  # an output is not connected
            suspects.update(self._unconnected())
        if len(spread) < named_steps:  # a branching step whose outputs all lead to one step?
            suspects.update(p for p, t in enumerate(named) if t is not None and p not in spread)
        #: Steps whose outputs need the exact check (dead ends, all branches to one step).
        self.output_suspects: list[int] = sorted(suspects)

        #: jump_to step id -> its target, for targets that exist and are not the step itself.
        self.jumps: dict[str, str] = {}
        for index in self.positions("jump_to"):
            node_id = ids[index]
            target_id = nodes[index].data.get("targetNodeId")
            if isinstance(target_id, str) and target_id in order and target_id != node_id:
                self.jumps[node_id] = target_id
                if index < order[target_id]:
                    entered[order[target_id]] = True
        #: Every step but the starts is entered from an earlier step: then every step can be
        #: reached from a start (by induction on the position), without a search.
        self.reached_in_order = entered.count(True) - sum(
            entered[order[i]] for i in self.start_ids
        ) == len(order) - len(self.start_ids)
        self._outputs_used: dict[int, dict[str | None, list[int]]] | None = None
        self._titles: dict[str, Param] = {}
        self._outputs: dict[str, list[OutputSpec]] = {}

    @cached_property
    def succ(self) -> list[list[int]]:
        """Successors of each step by position: connections (without self-loops), then its
        jump. Built when a rule needs to walk the graph, which a correct journey spares."""
        succ: list[list[int]] = [[] for _ in self.ids]
        get: Callable[[Any], int | None] = self.order.get
        for edge in self.edges:
            source = get(edge.source)
            target = get(edge.target)
            if source is not None and target is not None and source != target:
                succ[source].append(target)
        order = self.order
        for jump, target_id in self.jumps.items():
            succ[order[jump]].append(order[target_id])
        return succ

    @cached_property
    def by_id(self) -> dict[str, Node]:
        """id -> the node standing for it (the first one with that id)."""
        nodes = self.nodes
        return {node_id: nodes[index] for node_id, index in self.order.items()}

    def positions_of_type(self, node_type: str) -> list[int]:
        """The positions of every step of a known type (ids taken or not), in order."""
        return _positions(self._numbers, _TYPE_NUMBERS[node_type])

    def positions(self, node_type: str) -> list[int]:
        """The positions of the steps of a known type that stand for their id, in order."""
        ids, order = self.ids, self.order
        number = _TYPE_NUMBERS[node_type]
        return [p for p in _positions(self._numbers, number) if order[ids[p]] == p]

    def _unconnected(self) -> list[int]:
        """Known, non-terminal steps with an output that has no connection."""
        taken, named, outs = self._taken, self._named, self._outs
        found: list[int] = []
        for index in self.order.values():
            outputs = outs[index]
            if outputs is _ONE:
                if not taken[index]:
                    found.append(index)
            elif isinstance(outputs, tuple):
                targets = named[index]
                if targets is None or any(h not in targets for h in outputs):
                    found.append(index)
        return found

    # --- the exact view, for the steps that need it ---------------------------------------------

    def outputs_used(self, node_id: str) -> dict[str | None, list[int]]:
        """The connections (both ends existing, self-loops included) leaving a step, by the
        output (``sourceHandle``; an empty one is None) they leave from, in document order."""
        if self._outputs_used is None:
            by_source: dict[int, dict[str | None, list[int]]] = {}
            get: Callable[[Any], int | None] = self.order.get
            for index, edge in enumerate(self.edges):
                source = get(edge.source)
                if source is None or get(edge.target) is None:
                    continue
                by_source.setdefault(source, {}).setdefault(edge.sourceHandle or None, []).append(
                    index
                )
            self._outputs_used = by_source
        return self._outputs_used.get(self.order[node_id], {})

    def spec(self, node_id: str) -> NodeSpec | None:
        """The catalogue spec of a step; None for a type outside the catalogue."""
        return CATALOGUE.get(self.by_id[node_id].type)

    def to_networkx(self, node_ids: Iterable[str] | None = None) -> Any:
        """A networkx ``DiGraph`` of connections and jumps (only among ``node_ids`` if given)."""
        import networkx as nx  # imported when needed: it takes a while to import

        ids, order, succ = self.ids, self.order, self.succ
        keep = list(order) if node_ids is None else list(dict.fromkeys(node_ids))
        wanted = set(keep)
        graph: Any = nx.DiGraph()
        graph.add_nodes_from(keep)
        graph.add_edges_from(
            (u, ids[v]) for u in keep if u in order for v in succ[order[u]] if ids[v] in wanted
        )
        return graph

    # --- naming ------------------------------------------------------------------------------

    def title(self, node_id: str) -> Param:
        """``'Wait 2 days'``: how messages name a step (its label, else its type's name)."""
        title = self._titles.get(node_id)
        if title is None:
            node = self.by_id.get(node_id)
            title = step_name(node.type, node.data) if node else quoted(node_id)
            self._titles[node_id] = title
        return title

    def titles(self, node_ids: Iterable[str]) -> list[Param]:
        return [self.title(i) for i in node_ids]

    def edge_ends(self, edge: Edge) -> Phrase:
        """``from 'A' to 'B'``: how messages name a connection (marketers never see edge ids)."""
        return words(
            QT_TRANSLATE_NOOP("Validation", "from {source} to {target}"),
            source=self._end(edge.source),
            target=self._end(edge.target),
        )

    def _end(self, node_id: str | None) -> Param:
        if not node_id:
            return words(QT_TRANSLATE_NOOP("Validation", "nowhere"))
        if node_id in self.by_id:
            return self.title(node_id)
        return words(QT_TRANSLATE_NOOP("Validation", "a missing step ({id})"), id=quoted(node_id))

    # --- per node ----------------------------------------------------------------------------

    def outputs(self, node_id: str) -> list[OutputSpec]:
        """The outputs of a known step (none for an unknown type: it is not checked)."""
        outs = self._outputs.get(node_id)
        if outs is None:
            spec = self.spec(node_id)
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
