"""Rules about how contacts move: what can be reached, and loops that never wait.

Both are linear in nodes + edges and never enumerate cycles (a 35-step journey can hold
millions of them): reachability is one breadth-first search from the start over connections
and jumps; loops are strongly connected components of the graph without its waiting steps.
"""

from __future__ import annotations

from collections.abc import Iterator

from journey_builder.model.texts import QT_TRANSLATE_NOOP
from journey_builder.validation.journey_graph import WAITING_TYPES, JourneyGraph
from journey_builder.validation.naming import join_names, words
from journey_builder.validation.problem import Problem

__all__ = ["WAITING_TYPES", "check_loops", "check_reachable"]


def check_reachable(g: JourneyGraph) -> Iterator[Problem]:
    """``unreachable-node``: steps no path of connections and jumps leads to from the start."""
    if not g.start_ids:
        return  # no-start says it; every step would be unreachable
    if g.reached_in_order:
        return  # the usual case: no search needed
    succ = g.succ
    reached = [False] * len(succ)
    stack = [g.order[i] for i in g.start_ids]
    for start in stack:
        reached[start] = True
    while stack:
        for target in succ[stack.pop()]:
            if not reached[target]:
                reached[target] = True
                stack.append(target)
    if reached.count(True) == len(g.order):
        return
    for node_id, position in g.order.items():
        if not reached[position]:
            yield Problem.of(
                "unreachable-node",
                words(
                    QT_TRANSLATE_NOOP(
                        "Validation", "{step} can never be reached: connect it to the journey."
                    ),
                    step=g.title(node_id),
                ),
                (node_id,),
            )


def _may_loop(g: JourneyGraph, candidates: set[int]) -> set[int]:
    """The candidates left after peeling, again and again, those nothing among them enters.

    What is peeled lies on no cycle; what is left holds every cycle among the candidates
    (and is empty when there is none). One pass over their connections: linear.
    """
    succ = g.succ
    entering = dict.fromkeys(candidates, 0)
    for source in candidates:
        for target in succ[source]:
            if target in entering:
                entering[target] += 1
    ready = [position for position, count in entering.items() if count == 0]
    while ready:
        source = ready.pop()
        del entering[source]
        for target in succ[source]:
            count = entering.get(target)
            if count is not None:
                entering[target] = count - 1
                if count == 1:
                    ready.append(target)
    return set(entering)


def _goes_back_without_wait(g: JourneyGraph) -> bool:
    """Whether a connection or a jump between two non-waiting steps goes back up the
    document's order: every cycle has one, so without one there is no loop to look for (the
    usual case, answered without looking at a single step)."""
    if g.back_without_wait:
        return True
    types, order = g.types, g.order
    for jump, target_id in g.jumps.items():  # a jump_to step never waits
        target = order[target_id]
        if target < order[jump] and types[target] not in WAITING_TYPES:
            return True
    return False


def check_loops(g: JourneyGraph) -> Iterator[Problem]:
    """``loop-without-delay``: a cycle of connections and jumps through no waiting step.

    Such a cycle lies wholly among the non-waiting steps, so it is inside a strongly connected
    component (of more than one step) of the graph with the waiting steps removed, and every
    such component holds one. Self-loops are ``self-loop``'s business.
    """
    if not _goes_back_without_wait(g):
        return
    types = g.types
    candidates = {p for p in g.order.values() if types[p] not in WAITING_TYPES}
    left = _may_loop(g, candidates)
    if not left:
        return
    import networkx as nx  # only when a loop is possible: it takes a while to import

    ids = g.ids
    graph = g.to_networkx(ids[p] for p in sorted(left))
    loops = [c for c in nx.strongly_connected_components(graph) if len(c) > 1]
    loop_of = {node_id: number for number, loop in enumerate(loops) for node_id in loop}
    loop_edges: list[list[int]] = [[] for _ in loops]
    for source, number in loop_of.items():
        for indexes in g.outputs_used(source).values():
            for index in indexes:
                target = g.target(index)
                if target != source and loop_of.get(target) == number:
                    loop_edges[number].append(index)
    for loop, edges in zip(loops, loop_edges, strict=True):
        edges.sort()
        members = g.in_order(loop)
        yield Problem.of(
            "loop-without-delay",
            words(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{steps} form a loop with no wait in it, so contacts would go round it "
                    "without pause: add a Delay, Wait for event or Ask a question step to the "
                    "loop.",
                ),
                steps=join_names(g.titles(members)),
            ),
            tuple(members),
            g.edge_ids(edges),
        )
