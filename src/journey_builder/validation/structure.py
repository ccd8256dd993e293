"""Rules about the shape of the graph: the start step, ids, and how connections leave outputs."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from operator import attrgetter

from journey_builder.model import OutputSpec
from journey_builder.model.texts import QT_TRANSLATE_NOOP, Param, Phrase
from journey_builder.validation.journey_graph import JourneyGraph
from journey_builder.validation.naming import join_names, quoted, quoted_name, step_name, words
from journey_builder.validation.problem import Problem

__all__ = ["check_edges", "check_ids", "check_outputs", "check_start"]

#: (a jump?, several connections?) -> what ``terminal-has-outgoing`` says.
_TERMINAL: dict[tuple[bool, bool], str] = {
    (True, False): QT_TRANSLATE_NOOP(
        "Validation",
        "{step} jumps to another step, so nothing may follow it: remove its connection to {steps}.",
    ),
    (True, True): QT_TRANSLATE_NOOP(
        "Validation",
        "{step} jumps to another step, so nothing may follow it: remove its connections to "
        "{steps}.",
    ),
    (False, False): QT_TRANSLATE_NOOP(
        "Validation",
        "{step} ends the journey, so nothing may follow it: remove its connection to {steps}.",
    ),
    (False, True): QT_TRANSLATE_NOOP(
        "Validation",
        "{step} ends the journey, so nothing may follow it: remove its connections to {steps}.",
    ),
}

_target_of = attrgetter("target")
_id_of = attrgetter("id")


def check_start(g: JourneyGraph) -> Iterator[Problem]:
    """``no-start``, ``multiple-starts``, ``start-has-incoming``."""
    starts = g.start_ids
    if not starts:
        yield Problem.of(
            "no-start",
            words(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The journey has no Start step: add one to say how contacts enter.",
                )
            ),
        )
        return
    if len(starts) > 1:
        yield Problem.of(
            "multiple-starts",
            words(
                QT_TRANSLATE_NOOP(
                    "Validation", "The journey has {count} Start steps ({steps}): keep only one."
                ),
                count=len(starts),
                steps=join_names(g.titles(starts)),
            ),
            tuple(starts),
        )
    start_set = set(starts)
    if start_set.isdisjoint(map(_target_of, g.edges)):
        return  # the usual case, found at C speed
    for index, edge in enumerate(g.edges):
        if edge.target in start_set:
            yield Problem.of(
                "start-has-incoming",
                words(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "The connection {ends} leads into the start: contacts enter only "
                        "through the trigger, so remove it.",
                    ),
                    ends=g.edge_ends(edge),
                ),
                g.existing(edge.source, edge.target),
                g.edge_ids((index,)),
            )


def check_ids(g: JourneyGraph) -> Iterator[Problem]:
    """``duplicate-node-id``, ``duplicate-edge-id``."""
    if g.has_duplicate_ids:
        node_counts = Counter(node.id for node in g.nodes)
        titles: dict[str, list[Param]] = defaultdict(list)
        for node in g.nodes:
            if node_counts[node.id] > 1:
                titles[node.id].append(step_name(node.type, node.data))
        for node_id, names in titles.items():
            yield Problem.of(
                "duplicate-node-id",
                words(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "{count} steps share the id {id} ({steps}): give each step its own id.",
                    ),
                    count=len(names),
                    id=quoted(node_id),
                    steps=join_names(names),
                ),
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
        ends: list[Param] = [g.edge_ends(g.edges[i]) for i in indexes]
        yield Problem.of(
            "duplicate-edge-id",
            words(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{count} connections share the id {id} ({connections}): give each "
                    "connection its own id.",
                ),
                count=len(indexes),
                id=quoted(edge_id),
                connections=join_names(ends),
            ),
            g.existing(*(n for i in indexes for n in (g.edges[i].source, g.edges[i].target))),
            (edge_id,),
        )


def _output_name(output: OutputSpec) -> Param:
    """``'Yes'``: an output's label, quoted (translated when it is the catalogue's)."""
    if output.phrase is not None:
        return Phrase("'{name}'", (("name", output.phrase),))
    return quoted_name(output.label)


def _output_words(output: OutputSpec | None, title: Param, *, first: bool = False) -> Phrase:
    """``the 'Yes' output of 'Check'`` (``The ...`` at the start of a sentence)."""
    if output is None or output.handle is None:
        if first:
            return words(QT_TRANSLATE_NOOP("Validation", "The output of {step}"), step=title)
        return words(QT_TRANSLATE_NOOP("Validation", "the output of {step}"), step=title)
    if first:
        return words(
            QT_TRANSLATE_NOOP("Validation", "The {output} output of {step}"),
            output=_output_name(output),
            step=title,
        )
    return words(
        QT_TRANSLATE_NOOP("Validation", "the {output} output of {step}"),
        output=_output_name(output),
        step=title,
    )


def _labels(outputs: list[OutputSpec]) -> Phrase:
    if not outputs:
        return words(QT_TRANSLATE_NOOP("Validation", "it has no outputs yet"))
    return words(
        QT_TRANSLATE_NOOP("Validation", "its outputs are {outputs}"),
        outputs=join_names([_output_name(o) for o in outputs], most=5),
    )


def _missing(node_id: str | None) -> Phrase:
    if not node_id:
        return words(QT_TRANSLATE_NOOP("Validation", "nowhere"))
    return words(
        QT_TRANSLATE_NOOP("Validation", "a step that does not exist ({id})"), id=quoted(node_id)
    )


def _dangling_words(g: JourneyGraph, source: str | None, target: str | None) -> Phrase:
    """What is wrong with a connection whose ends do not both exist, as a whole message."""
    if source is not None and source in g.by_id:
        return words(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The connection from {step} leads to {missing}: delete it or connect it again.",
            ),
            step=g.title(source),
            missing=_missing(target),
        )
    if target is not None and target in g.by_id:
        return words(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The connection into {step} comes from {missing}: delete it or connect it again.",
            ),
            step=g.title(target),
            missing=_missing(source),
        )
    if not source and not target:
        return words(
            QT_TRANSLATE_NOOP(
                "Validation",
                "A connection has neither a start nor an end: delete it or connect it again.",
            )
        )
    nowhere = words(QT_TRANSLATE_NOOP("Validation", "nowhere"))
    return words(
        QT_TRANSLATE_NOOP(
            "Validation",
            "A connection joins steps that do not exist ({source} to {target}): delete it or "
            "connect it again.",
        ),
        source=quoted(source) if source else nowhere,
        target=quoted(target) if target else nowhere,
    )


def check_edges(g: JourneyGraph) -> Iterator[Problem]:
    """``dangling-edge``, ``self-loop``, ``duplicate-edge``, ``unknown-handle``,
    ``output-fanout``, ``terminal-has-outgoing``."""
    for index in g.dangling:
        edge = g.edges[index]
        yield Problem.of(
            "dangling-edge",
            _dangling_words(g, edge.source, edge.target),
            g.existing(edge.source, edge.target),
            g.edge_ids((index,)),
        )
    for index in g.self_loops:
        source = g.edges[index].source
        assert source is not None
        yield Problem.of(
            "self-loop",
            words(
                QT_TRANSLATE_NOOP(
                    "Validation", "{step} is connected to itself: remove that connection."
                ),
                step=g.title(source),
            ),
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
        jumps = g.by_id[source].type == "jump_to"
        yield Problem.of(
            "terminal-has-outgoing",
            words(
                _TERMINAL[(jumps, len(indexes) > 1)],
                step=g.title(source),
                steps=join_names(g.titles(targets)),
            ),
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
            yield Problem.of(
                "output-fanout",
                words(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "{output} leads to {count} steps ({steps}): an output can lead to one "
                        "step only; use a Random split or a Condition to branch.",
                    ),
                    output=_output_words(output, g.title(source), first=True),
                    count=len(targets),
                    steps=join_names(g.titles(targets)),
                ),
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
    for index in indexes:
        ends = g.edge_ends(g.edges[index])
        if handle is None:
            why = words(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The connection {ends} does not say which output of {step} it leaves from "
                    "({outputs}): connect it again from the right output.",
                ),
                ends=ends,
                step=title,
                outputs=_labels(outputs),
            )
        elif spec is not None and spec.branching:
            why = words(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The connection {ends} leaves from an output {step} does not have ({handle}; "
                    "{outputs}): connect it again from the right output.",
                ),
                ends=ends,
                step=title,
                handle=quoted(handle),
                outputs=_labels(outputs),
            )
        else:
            why = words(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The connection {ends} leaves from an output {step} does not have ({handle}; "
                    "a {type} step has one output): connect it again from the right output.",
                ),
                ends=ends,
                step=title,
                handle=quoted(handle),
                type=Phrase(spec.display_name) if spec is not None else "?",
            )
        yield Problem.of(
            "unknown-handle",
            why,
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
                words(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "{count} connections join {output} to {step}: remove the extra ones.",
                    ),
                    count=len(same),
                    output=_output_words(output, g.title(source)),
                    step=g.title(target),
                ),
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
                    words(
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "Nothing follows {step}: contacts leave the journey after it. "
                            "Connect it to the next step or to an Exit.",
                        ),
                        step=g.title(node_id),
                    ),
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
                words(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "{output} is not connected: contacts who take it leave the journey "
                        "there. Connect it to a step or to an Exit.",
                    ),
                    output=_output_words(output, g.title(node_id), first=True),
                ),
                (node_id,),
            )
        if all_connected and len(outputs) > 1 and len(targets) == 1:
            (target,) = targets
            yield Problem.of(
                "same-target-branches",
                words(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Every output of {step} leads to {target}, so the branch makes no "
                        "difference: connect the outputs to different steps.",
                    ),
                    step=g.title(node_id),
                    target=g.title(target),
                ),
                g.existing(node_id, target),
            )
