"""``validate(document)``: every rule of DESIGN §4, in a stable order."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator

from journey_builder.model import JourneyDocument
from journey_builder.validation.flow import check_loops, check_reachable
from journey_builder.validation.journey_graph import JourneyGraph
from journey_builder.validation.problem import Problem
from journey_builder.validation.settings import check_journey, check_nodes
from journey_builder.validation.structure import check_edges, check_ids, check_outputs, check_start

__all__ = ["validate"]

_RULE_GROUPS: tuple[Callable[[JourneyGraph], Iterator[Problem]], ...] = (
    check_start,
    check_ids,
    check_edges,
    check_outputs,
    check_nodes,
    check_journey,
    check_reachable,
    check_loops,
)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cycle collector: the indexes add tens of thousands of objects at once and no
    cycles, and a full collection over a large journey costs more than the whole validation."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def validate(document: JourneyDocument) -> list[Problem]:
    """The problems of a journey: errors first, then by code, then in the order of the steps.

    Any error blocks publishing; warnings never do. The document is not changed.
    """
    with _gc_paused():
        graph = JourneyGraph(document)
        problems = [problem for group in _RULE_GROUPS for problem in group(graph)]
        if problems:
            _sort(problems, graph)
        # The indexes go before the collector is back: left alive, its first pass would walk
        # them all (they are freed by reference counting: they hold no cycle).
        del graph
    return problems


def _sort(problems: list[Problem], graph: JourneyGraph) -> None:
    """Errors first, then by code, then by the first step and connection they name."""
    node_order = graph.order
    edge_order: dict[str, int] = {}
    for index, edge in enumerate(graph.edges):
        if edge.id is not None:
            edge_order.setdefault(edge.id, index)

    def key(p: Problem) -> tuple[int, str, int, int]:
        node_pos = min((node_order.get(i, -1) for i in p.nodeIds), default=-1)
        edge_pos = min((edge_order.get(i, -1) for i in p.edgeIds), default=-1)
        return (0 if p.is_error else 1, p.code, node_pos, edge_pos)

    problems.sort(key=key)  # stable: ties keep the rules' own order (fields as listed, ...)
