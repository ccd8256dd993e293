"""Rules about the shape of the graph: the start step, ids, and how connections leave outputs."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from operator import attrgetter

from journey_builder.model import OutputSpec, node_title
from journey_builder.validation.journey_graph import JourneyGraph
from journey_builder.validation.naming import join_names, quoted
from journey_builder.validation.problem import Problem

__all__ = ["check_edges", "check_ids", "check_outputs", "check_start"]

_target_of = attrgetter("target")
_id_of = attrgetter("id")


def check_start(g: JourneyGraph) -> Iterator[Problem]:
    """``no-start``, ``multiple-starts``, ``start-has-incoming``."""
    starts = g.start_ids
    if not starts:
        yield Problem.of(
            "no-start", "The journey has no Start step: add one to say how contacts enter."
        )
        return
    if len(starts) > 1:
        yield Problem.of(
            "multiple-starts",
            f"The journey has {len(starts)} Start steps ({join_names(g.titles(starts))}): "
            "keep only one.",
            tuple(starts),
        )
    start_set = set(starts)
    if start_set.isdisjoint(map(_target_of, g.edges)):
        return  # the usual case, found at C speed
    for index, edge in enumerate(g.edges):
        if edge.target in start_set:
            yield Problem.of(
                "start-has-incoming",
                f"The connection {g.edge_ends(edge)} leads into the start: contacts enter "
                "only through the trigger, so remove it.",
                g.existing(edge.source, edge.target),
                g.edge_ids((index,)),
            )


def check_ids(g: JourneyGraph) -> Iterator[Problem]:
    """``duplicate-node-id``, ``duplicate-edge-id``."""
    if g.has_duplicate_ids:
        node_counts = Counter(node.id for node in g.nodes)
        titles: dict[str, list[str]] = defaultdict(list)
        for node in g.nodes:
            if node_counts[node.id] > 1:
                titles[node.id].append(quoted(node_title(node.type, node.data)))
        for node_id, names in titles.items():
            yield Problem.of(
                "duplicate-node-id",
                f"{len(names)} steps share the id {quoted(node_id)} ({join_names(names)}): "
                "give each step its own id.",
                (node_id,),
            )
    if len(set(map(_id_of, g.edges))) == len(g.edges):
        return  # the usual case: every edge has an id of its own
    edge_ids = [edge.id for edge in g.edges if edge.id is not None]
    if len(set(edge_ids)) == len(edge_ids):
        return
    edge_counts = Counter(edge_ids)
    groups: dict[str, list[int]] = defaultdict(list)
    for index, edge in enumerate(g.edges):
        if edge.id is not None and edge_counts[edge.id] > 1:
            groups[edge.id].append(index)
    for edge_id, indexes in groups.items():
        ends = [g.edge_ends(g.edges[i]) for i in indexes]
        yield Problem.of(
            "duplicate-edge-id",
            f"{len(indexes)} connections share the id {quoted(edge_id)} "
            f"({join_names(ends)}): give each connection its own id.",
            g.existing(*(n for i in indexes for n in (g.edges[i].source, g.edges[i].target))),
            (edge_id,),
        )


def _output_words(output: OutputSpec | None, title: str) -> str:
    if output is None or output.handle is None:
        return f"the output of {title}"
    return f"the {quoted(output.label)} output of {title}"


def _labels(outputs: list[OutputSpec]) -> str:
    if not outputs:
        return "it has no outputs yet"
    return "its outputs are " + join_names([quoted(o.label) for o in outputs], most=5)


def _dangling_words(g: JourneyGraph, source: str | None, target: str | None) -> str:
    def missing(node_id: str | None) -> str:
        return f"a step that does not exist ({quoted(node_id)})" if node_id else "nowhere"

    if source is not None and source in g.by_id:
        return f"The connection from {g.title(source)} leads to {missing(target)}"
    if target is not None and target in g.by_id:
        return f"The connection into {g.title(target)} comes from {missing(source)}"
    if not source and not target:
        return "A connection has neither a start nor an end"
    ends = f"{quoted(source) if source else 'nowhere'} to {quoted(target) if target else 'nowhere'}"
    return f"A connection joins steps that do not exist ({ends})"


def check_edges(g: JourneyGraph) -> Iterator[Problem]:
    """``dangling-edge``, ``self-loop``, ``duplicate-edge``, ``unknown-handle``,
    ``output-fanout``, ``terminal-has-outgoing``."""
    for index in g.dangling:
        edge = g.edges[index]
        yield Problem.of(
            "dangling-edge",
            f"{_dangling_words(g, edge.source, edge.target)}: delete it or connect it again.",
            g.existing(edge.source, edge.target),
            g.edge_ids((index,)),
        )
    for index in g.self_loops:
        source = g.edges[index].source
        assert source is not None
        yield Problem.of(
            "self-loop",
            f"{g.title(source)} is connected to itself: remove that connection.",
            (source,),
            g.edge_ids((index,)),
        )
    terminal: dict[str, list[int]] = defaultdict(list)
    for position in g.edge_suspects:  # the steps whose connections are not plainly fine
        source = g.ids[position]
        spec = g.spec(source)
        for handle, indexes in g.outputs_used(source).items():
            if (  # the usual case, one connection from an output the step has: fine
                len(indexes) == 1
                and spec is not None
                and not spec.terminal
                and (
                    (handle is None and not spec.branching)
                    or (spec.branching and g.output(source, handle) is not None)
                )
            ):
                continue
            yield from _check_output(g, source, handle, indexes, terminal)
    for source in g.in_order(terminal):
        indexes = sorted(terminal[source])
        targets = list(dict.fromkeys(g.target(i) for i in indexes))
        what = "jumps to another step" if g.by_id[source].type == "jump_to" else "ends the journey"
        yield Problem.of(
            "terminal-has-outgoing",
            f"{g.title(source)} {what}, so nothing may follow it: remove its connection"
            f"{'s' if len(indexes) > 1 else ''} to {join_names(g.titles(targets))}.",
            g.existing(source, *targets),
            g.edge_ids(indexes),
        )


def _check_output(
    g: JourneyGraph,
    source: str,
    handle: str | None,
    indexes: list[int],
    terminal: dict[str, list[int]],
) -> Iterator[Problem]:
    """The connections leaving one output: duplicates, a wrong handle, fan-out."""
    if len(indexes) > 1:
        yield from _duplicates(g, source, handle, indexes)
    spec = g.spec(source)
    if spec is None:
        return  # unknown types are kept, not checked
    if spec.terminal:
        terminal[source].extend(indexes)
        return
    if handle is None and not spec.branching:
        output: OutputSpec | None = None  # the one output of a plain step
    else:
        output = g.output(source, handle)
        if output is None:
            yield from _unknown_handle(g, source, handle, indexes, g.outputs(source))
            return
    if len(indexes) > 1:  # a self-loop is self-loop's, not also a fanout
        targets = list(dict.fromkeys(t for i in indexes if (t := g.target(i)) != source))
        if len(targets) > 1:
            words = _output_words(output, g.title(source))
            yield Problem.of(
                "output-fanout",
                f"{words[0].upper()}{words[1:]} leads to {len(targets)} steps "
                f"({join_names(g.titles(targets))}): an output can lead to one step only; "
                "use a Random split or a Condition to branch.",
                (source, *targets),
                g.edge_ids(indexes),
            )


def _unknown_handle(
    g: JourneyGraph,
    source: str,
    handle: str | None,
    indexes: list[int],
    outputs: list[OutputSpec],
) -> Iterator[Problem]:
    spec = g.spec(source)
    title = g.title(source)
    if handle is None:
        why = f"does not say which output of {title} it leaves from ({_labels(outputs)})"
    elif spec is not None and spec.branching:
        why = f"leaves from an output {title} does not have ({quoted(handle)}; {_labels(outputs)})"
    else:
        name = spec.display_name if spec is not None else "this"
        why = (
            f"leaves from an output {title} does not have ({quoted(handle)}; "
            f"a {name} step has one output)"
        )
    for index in indexes:
        yield Problem.of(
            "unknown-handle",
            f"The connection {g.edge_ends(g.edges[index])} {why}: connect it again from the "
            "right output.",
            g.existing(source, g.target(index)),
            g.edge_ids((index,)),
        )


def _duplicates(
    g: JourneyGraph, source: str, handle: str | None, indexes: list[int]
) -> Iterator[Problem]:
    """``duplicate-edge``: two connections from the same output to the same step."""
    by_target: dict[str, list[int]] = defaultdict(list)
    for index in indexes:
        by_target[g.target(index)].append(index)
    for target, same in by_target.items():
        if len(same) > 1:
            output = g.output(source, handle)
            yield Problem.of(
                "duplicate-edge",
                f"{len(same)} connections join {_output_words(output, g.title(source))} to "
                f"{g.title(target)}: remove the extra ones.",
                g.existing(source, target),
                g.edge_ids(same),
            )


def check_outputs(g: JourneyGraph) -> Iterator[Problem]:
    """``dead-end`` and ``same-target-branches`` (warnings)."""
    for position in g.output_suspects:  # the steps whose outputs are not plainly fine
        node_id = g.ids[position]
        spec = g.spec(node_id)
        if spec is None or spec.terminal:
            continue
        handles = g.outputs_used(node_id)
        if not spec.branching:
            if None not in handles:
                yield Problem.of(
                    "dead-end",
                    f"Nothing follows {g.title(node_id)}: contacts leave the journey after it. "
                    "Connect it to the next step or to an Exit.",
                    (node_id,),
                )
            continue
        outputs = g.outputs(node_id)
        targets: set[str] = set()
        all_connected = True
        for output in outputs:
            indexes = handles.get(output.handle)
            if indexes:
                targets.update(g.target(i) for i in indexes)
                continue
            all_connected = False
            yield Problem.of(
                "dead-end",
                f"The {quoted(output.label)} output of {g.title(node_id)} is not connected: "
                "contacts who take it leave the journey there. Connect it to a step or to an "
                "Exit.",
                (node_id,),
            )
        if all_connected and len(outputs) > 1 and len(targets) == 1:
            (target,) = targets
            yield Problem.of(
                "same-target-branches",
                f"Every output of {g.title(node_id)} leads to {g.title(target)}, so the "
                "branch makes no difference: connect the outputs to different steps.",
                g.existing(node_id, target),
            )
