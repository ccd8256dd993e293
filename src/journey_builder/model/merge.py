"""The three-way view of a journey and the merge of non-overlapping changes (issue 10).

:func:`three_way` sets the base copy, mine and theirs side by side (see :mod:`.sync_case` for
what they are and what counts as content): steps matched by id (the n-th repeat of an id with
the n-th), connections by their ends, journey fields by key, each row saying what either side
changed. :meth:`ThreeWay.merge` takes each side's changes when they do not overlap: a step's
position and the rest of it merge separately (moving a card does not collide with editing its
text), and the connections leaving one output are merged as one unit, so two sides that
rewired the same output never yield two edges from it.

An overlap's ``message`` is English (the CLI prints it); its ``phrase`` is the same sentence,
translatable (templates marked in the context ``"Merge"``), which the three-way view shows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from journey_builder.errors import MergeConflictError
from journey_builder.model.diff import EdgeEnds, NodeRef, nodes_by_ref
from journey_builder.model.journey import Edge, JourneyDocument, Node
from journey_builder.model.sync_case import ABSENT, canonical_json, is_server_field, top_fields
from journey_builder.model.texts import QT_TRANSLATE_NOOP, Phrase

__all__ = [
    "MERGE_CONTEXT",
    "Change",
    "EdgeRow",
    "FieldRow",
    "Overlap",
    "StepRow",
    "ThreeWay",
    "three_way",
]

#: The translation context of the overlaps' sentences.
MERGE_CONTEXT = "Merge"


class Change(StrEnum):
    """What one side did to a step, connection or field, against the base."""

    NONE = "none"
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    MOVED = "moved"  # steps only: the position alone changed


# --- the three-way view ------------------------------------------------------------------------


@dataclass(frozen=True)
class StepRow:
    """One step in the three copies; a copy without it holds None."""

    ref: NodeRef
    mine: Node | None
    base: Node | None
    theirs: Node | None
    mine_change: Change
    theirs_change: Change
    overlap: bool = False

    @property
    def id(self) -> str:
        return self.ref.id

    @property
    def mine_changed(self) -> bool:
        return self.mine_change is not Change.NONE

    @property
    def theirs_changed(self) -> bool:
        return self.theirs_change is not Change.NONE


@dataclass(frozen=True)
class FieldRow:
    """One journey-level field: ``name``, ``triggerConfig``, ``entryMode``, an unknown
    top-level field, or ``definition.<key>`` for an unknown field of the definition.
    A copy without the field holds :data:`ABSENT`."""

    key: str
    mine: Any
    base: Any
    theirs: Any
    mine_change: Change
    theirs_change: Change
    overlap: bool = False

    @property
    def label(self) -> str:
        """A name for people ("trigger" rather than ``triggerConfig``)."""
        return _FIELD_LABELS.get(self.key, self.key)

    @property
    def mine_changed(self) -> bool:
        return self.mine_change is not Change.NONE

    @property
    def theirs_changed(self) -> bool:
        return self.theirs_change is not Change.NONE


_FIELD_LABELS = {"name": "name", "triggerConfig": "trigger", "entryMode": "entry mode"}


@dataclass(frozen=True)
class EdgeRow:
    """One connection (matched by its ends; ``occurrence`` for repeats) in the three copies.
    ``overlap``: both sides changed where this connection's output leads, differently."""

    ends: EdgeEnds
    occurrence: int
    mine: Edge | None
    base: Edge | None
    theirs: Edge | None
    mine_change: Change
    theirs_change: Change
    overlap: bool = False

    @property
    def mine_changed(self) -> bool:
        return self.mine_change is not Change.NONE

    @property
    def theirs_changed(self) -> bool:
        return self.theirs_change is not Change.NONE


@dataclass(frozen=True)
class Overlap:
    """Something both copies changed differently: the merge cannot choose for the user."""

    kind: Literal["step", "field", "connection"]
    key: str
    message: str
    #: ``message`` as a translatable phrase (``str(phrase) == message``).
    phrase: Phrase | None = field(default=None, compare=False)

    @classmethod
    def of(cls, kind: Literal["step", "field", "connection"], key: str, said: Phrase) -> Overlap:
        return cls(kind, key, str(said), said)


def _said(template: str, /, **params: str) -> Phrase:
    """An overlap's sentence: ``template`` marked ``QT_TRANSLATE_NOOP("Merge", …)``."""
    return Phrase(template, tuple(params.items()), MERGE_CONTEXT)


@dataclass(frozen=True)
class ThreeWay:
    """Mine, the base and theirs side by side, with what each side changed (see :func:`three_way`)."""

    base: JourneyDocument
    mine: JourneyDocument
    theirs: JourneyDocument
    steps: tuple[StepRow, ...]
    fields: tuple[FieldRow, ...]
    edges: tuple[EdgeRow, ...]
    overlaps: tuple[Overlap, ...]
    _merged: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @property
    def mergeable(self) -> bool:
        """No overlaps: :meth:`merge` can combine the two sides."""
        return not self.overlaps

    @property
    def mine_changed(self) -> bool:
        return _any_change(self, "mine")

    @property
    def theirs_changed(self) -> bool:
        return _any_change(self, "theirs")

    def merge(self) -> JourneyDocument:
        """Theirs with my non-overlapping changes (or mine with theirs: the same journey).

        Steps and connections added or removed on either side are taken; unknown fields are
        kept; the server's fields (``id``, ``updatedAt``, ``status``...) are theirs, since
        the result replaces their copy. Raises :class:`MergeConflictError` when anything
        overlaps.
        """
        if self.overlaps or self._merged is None:
            listed = "; ".join(o.message for o in self.overlaps[:5])
            more = len(self.overlaps) - 5
            if more > 0:
                listed += f"; and {more} more"
            raise MergeConflictError(
                f"Both copies changed the same parts of “{self.mine.display_name}”, so they "
                f"cannot be merged automatically: {listed}.",
                overlaps=[o.message for o in self.overlaps],
            )
        return JourneyDocument.model_validate(self._merged)


def _any_change(view: ThreeWay, side: Literal["mine", "theirs"]) -> bool:
    rows: Iterable[StepRow | FieldRow | EdgeRow] = (*view.steps, *view.fields, *view.edges)
    attr = f"{side}_changed"
    return any(getattr(row, attr) for row in rows)


def _pick(base: str, mine: str, theirs: str) -> Literal["mine", "theirs"] | None:
    """Which side's value the merge takes (None: they overlap). Arguments are canonical texts."""
    if mine == theirs or theirs == base:
        return "mine"
    if mine == base:
        return "theirs"
    return None


def _split_node(node: Node | None) -> tuple[str, str, dict[str, Any] | None]:
    """(the node without its position, its position, the node's JSON), as canonical texts."""
    if node is None:
        return canonical_json(ABSENT), canonical_json(ABSENT), None
    data = node.to_json()
    position = data.pop("position", ABSENT)
    return (
        canonical_json(data),
        canonical_json(position),
        data | ({} if position is ABSENT else {"position": position}),
    )


def _node_change(
    base: tuple[str, str], side: tuple[str, str], present: tuple[bool, bool]
) -> Change:
    in_base, in_side = present
    if not in_base:
        return Change.ADDED if in_side else Change.NONE
    if not in_side:
        return Change.REMOVED
    if side[0] != base[0]:
        return Change.CHANGED
    return Change.MOVED if side[1] != base[1] else Change.NONE


def _merge_steps(
    base: JourneyDocument, mine: JourneyDocument, theirs: JourneyDocument
) -> tuple[list[StepRow], list[Overlap], list[dict[str, Any]]]:
    b_nodes, m_nodes, t_nodes = (
        nodes_by_ref(base.nodes),
        nodes_by_ref(mine.nodes),
        nodes_by_ref(theirs.nodes),
    )
    order = list(m_nodes) + [r for r in t_nodes if r not in m_nodes]
    order += [r for r in b_nodes if r not in m_nodes and r not in t_nodes]
    rows: list[StepRow] = []
    overlaps: list[Overlap] = []
    merged: list[dict[str, Any]] = []
    for ref in order:
        b, m, t = b_nodes.get(ref), m_nodes.get(ref), t_nodes.get(ref)
        b_rest, b_pos, _ = _split_node(b)
        m_rest, m_pos, m_json = _split_node(m)
        t_rest, t_pos, t_json = _split_node(t)
        m_change = _node_change((b_rest, b_pos), (m_rest, m_pos), (b is not None, m is not None))
        t_change = _node_change((b_rest, b_pos), (t_rest, t_pos), (b is not None, t is not None))
        result, clash = _merge_node(
            (b_rest, b_pos), (m_rest, m_pos, m_json), (t_rest, t_pos, t_json), (m_change, t_change)
        )
        rows.append(StepRow(ref, m, b, t, m_change, t_change, overlap=clash is not None))
        if clash is not None:
            overlaps.append(Overlap.of("step", ref.id, _said(clash, id=ref.id)))
        elif result is not None:
            merged.append(result)
    return rows, overlaps, merged


def _merge_node(
    base: tuple[str, str],
    mine: tuple[str, str, dict[str, Any] | None],
    theirs: tuple[str, str, dict[str, Any] | None],
    changes: tuple[Change, Change],
) -> tuple[dict[str, Any] | None, str | None]:
    """The merged node's JSON (None: removed) or the template of a sentence naming the clash
    (``{id}``: the step's id)."""
    m_change, t_change = changes
    m_json, t_json = mine[2], theirs[2]
    if m_json is None or t_json is None:
        if m_json is None and t_json is None:
            return None, None
        kept, kept_change, gone_change = (
            (t_json, t_change, m_change) if m_json is None else (m_json, m_change, t_change)
        )
        if gone_change is Change.NONE:  # never there on that side, and not in the base either
            return kept, None
        # One side removed the step: it stays removed unless the other side changed more than
        # where it is drawn.
        if kept_change in (Change.NONE, Change.MOVED):
            return None, None
        if m_json is None:
            return None, QT_TRANSLATE_NOOP(
                "Merge", "step “{id}” was removed in your copy and changed in the other"
            )
        return None, QT_TRANSLATE_NOOP(
            "Merge", "step “{id}” was removed in the server's copy and changed in the other"
        )
    rest = _pick(base[0], mine[0], theirs[0])
    pos = _pick(base[1], mine[1], theirs[1])
    if rest is None or pos is None:
        if m_change is Change.ADDED:
            return None, QT_TRANSLATE_NOOP("Merge", "both copies added a step “{id}”, differently")
        if rest is None:
            return None, QT_TRANSLATE_NOOP(
                "Merge", "step “{id}” was changed in both copies, differently"
            )
        return None, QT_TRANSLATE_NOOP("Merge", "step “{id}” was moved in both copies, differently")
    out = dict(m_json if rest == "mine" else t_json)
    source = m_json if pos == "mine" else t_json
    out.pop("position", None)
    if "position" in source:
        out["position"] = source["position"]
    return out, None


def _field_change(base: str, side: str, absent: str) -> Change:
    if side == base:
        return Change.NONE
    if base == absent:
        return Change.ADDED
    return Change.REMOVED if side == absent else Change.CHANGED


def _merge_fields(
    base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any], prefix: str = ""
) -> tuple[list[FieldRow], list[Overlap], dict[str, Any]]:
    keys = list(dict.fromkeys([*mine, *theirs, *base]))
    absent = canonical_json(ABSENT)
    rows: list[FieldRow] = []
    overlaps: list[Overlap] = []
    merged: dict[str, Any] = {}
    for key in keys:
        b, m, t = base.get(key, ABSENT), mine.get(key, ABSENT), theirs.get(key, ABSENT)
        b_text, m_text, t_text = canonical_json(b), canonical_json(m), canonical_json(t)
        m_change = _field_change(b_text, m_text, absent)
        t_change = _field_change(b_text, t_text, absent)
        side = _pick(b_text, m_text, t_text)
        name = prefix + key
        rows.append(FieldRow(name, m, b, t, m_change, t_change, overlap=side is None))
        if side is None:
            overlaps.append(Overlap.of("field", name, _field_clash(name)))
            continue
        value = m if side == "mine" else t
        if value is not ABSENT:
            merged[key] = value
    return rows, overlaps, merged


def _field_clash(name: str) -> Phrase:
    if name == "name":
        return _said(QT_TRANSLATE_NOOP("Merge", "the name was changed in both copies"))
    if name == "triggerConfig":
        return _said(QT_TRANSLATE_NOOP("Merge", "the trigger was changed in both copies"))
    if name == "entryMode":
        return _said(QT_TRANSLATE_NOOP("Merge", "the entry mode was changed in both copies"))
    return _said(
        QT_TRANSLATE_NOOP("Merge", "the field “{field}” was changed in both copies"), field=name
    )


_Slot = tuple[str | None, str | None]


def _edges_by_slot(edges: Sequence[Edge]) -> dict[_Slot, list[dict[str, Any]]]:
    out: dict[_Slot, list[dict[str, Any]]] = {}
    for edge in edges:
        out.setdefault((edge.source, edge.sourceHandle), []).append(edge.to_json())
    return out


def _slot_text(edges: list[dict[str, Any]] | None) -> str:
    return canonical_json(sorted(canonical_json(e) for e in edges or ()))


def _edge_rows(
    base: Sequence[Edge], mine: Sequence[Edge], theirs: Sequence[Edge], clashing: set[_Slot]
) -> list[EdgeRow]:
    def keyed(edges: Sequence[Edge]) -> dict[tuple[EdgeEnds, int], Edge]:
        seen: Counter[EdgeEnds] = Counter()
        out: dict[tuple[EdgeEnds, int], Edge] = {}
        for edge in edges:
            ends = EdgeEnds.of(edge)
            out[(ends, seen[ends])] = edge
            seen[ends] += 1
        return out

    b, m, t = keyed(base), keyed(mine), keyed(theirs)
    absent = canonical_json(ABSENT)
    rows = []
    for key in dict.fromkeys([*m, *t, *b]):
        be, me, te = b.get(key), m.get(key), t.get(key)
        b_text = canonical_json(be.to_json()) if be else absent
        m_change = _field_change(b_text, canonical_json(me.to_json()) if me else absent, absent)
        t_change = _field_change(b_text, canonical_json(te.to_json()) if te else absent, absent)
        ends = key[0]
        overlap = (ends.source, ends.handle) in clashing
        rows.append(EdgeRow(ends, key[1], me, be, te, m_change, t_change, overlap=overlap))
    return rows


def _merge_edges(
    base: JourneyDocument, mine: JourneyDocument, theirs: JourneyDocument
) -> tuple[list[EdgeRow], list[Overlap], list[tuple[dict[str, Any], Literal["mine", "theirs"]]]]:
    """Connections merged per output (``source``, ``sourceHandle``): the side that changed
    where an output leads wins; both changing it differently is an overlap."""
    b_slots = _edges_by_slot(base.edges)
    m_slots = _edges_by_slot(mine.edges)
    t_slots = _edges_by_slot(theirs.edges)
    decisions: dict[_Slot, Literal["mine", "theirs"]] = {}
    clashing: set[_Slot] = set()
    overlaps: list[Overlap] = []
    for slot in dict.fromkeys([*m_slots, *t_slots, *b_slots]):
        side = _pick(
            _slot_text(b_slots.get(slot)),
            _slot_text(m_slots.get(slot)),
            _slot_text(t_slots.get(slot)),
        )
        if side is None:
            clashing.add(slot)
            source, handle = slot
            said = (
                _said(
                    QT_TRANSLATE_NOOP(
                        "Merge",
                        "where the output “{output}” of step “{step}” leads was changed in both "
                        "copies",
                    ),
                    output=str(handle),
                    step=str(source),
                )
                if handle
                else _said(
                    QT_TRANSLATE_NOOP(
                        "Merge", "where step “{step}” leads was changed in both copies"
                    ),
                    step=str(source),
                )
            )
            overlaps.append(Overlap.of("connection", f"{source}:{handle or ''}", said))
        else:
            decisions[slot] = side
    merged: list[tuple[dict[str, Any], Literal["mine", "theirs"]]] = []
    for edge in mine.edges:
        if decisions.get((edge.source, edge.sourceHandle)) == "mine":
            merged.append((edge.to_json(), "mine"))
    for edge in theirs.edges:
        if decisions.get((edge.source, edge.sourceHandle)) == "theirs":
            merged.append((edge.to_json(), "theirs"))
    rows = _edge_rows(base.edges, mine.edges, theirs.edges, clashing)
    return rows, overlaps, merged


def _dangling(
    edges: list[tuple[dict[str, Any], Literal["mine", "theirs"]]],
    kept: set[Any],
    mine: JourneyDocument,
    theirs: JourneyDocument,
) -> list[Overlap]:
    """Connections the merge would leave pointing at a step the other side removed
    (``kept``: the ids of the merged steps and of the steps that overlap already)."""
    had = {"mine": {n.id for n in mine.nodes}, "theirs": {n.id for n in theirs.nodes}}
    out: list[Overlap] = []
    for edge, side in edges:
        for end in (edge.get("source"), edge.get("target")):
            if end is not None and end not in kept and end in had[side]:
                said = (
                    _said(
                        QT_TRANSLATE_NOOP(
                            "Merge",
                            "a connection to step “{step}” was added while your copy removed "
                            "that step",
                        ),
                        step=str(end),
                    )
                    if side == "theirs"
                    else _said(
                        QT_TRANSLATE_NOOP(
                            "Merge",
                            "a connection to step “{step}” was added while the server's copy "
                            "removed that step",
                        ),
                        step=str(end),
                    )
                )
                key = f"{edge.get('source')}->{edge.get('target')}"
                out.append(Overlap.of("connection", key, said))
    return out


def three_way(base: JourneyDocument, mine: JourneyDocument, theirs: JourneyDocument) -> ThreeWay:
    """The per-step, per-field and per-connection view of the three copies, with overlaps."""
    step_rows, overlaps, nodes = _merge_steps(base, mine, theirs)
    b_top, m_top, t_top = top_fields(base), top_fields(mine), top_fields(theirs)

    def content(top: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in top.items() if not is_server_field(k)}

    field_rows, field_overlaps, fields = _merge_fields(
        content(b_top), content(m_top), content(t_top)
    )
    def_rows, def_overlaps, def_fields = _merge_fields(
        base.definition.extra_fields,
        mine.definition.extra_fields,
        theirs.definition.extra_fields,
        prefix="definition.",
    )
    edge_rows, edge_overlaps, edges = _merge_edges(base, mine, theirs)
    overlaps += field_overlaps + def_overlaps + edge_overlaps
    kept = {n.get("id") for n in nodes} | {r.id for r in step_rows if r.overlap}
    overlaps += _dangling(edges, kept, mine, theirs)
    merged: dict[str, Any] | None = None
    if not overlaps:
        merged = {}
        for key in dict.fromkeys([*m_top, "definition", *t_top]):
            if key == "definition":
                merged[key] = {
                    "nodes": nodes,
                    "edges": [edge for edge, _ in edges],
                    **def_fields,
                }
            elif is_server_field(key):
                merged[key] = t_top.get(key, m_top.get(key))
            elif key in fields:
                merged[key] = fields[key]
    return ThreeWay(
        base=base,
        mine=mine,
        theirs=theirs,
        steps=tuple(step_rows),
        fields=tuple(field_rows + def_rows),
        edges=tuple(edge_rows),
        overlaps=tuple(overlaps),
        _merged=merged,
    )
