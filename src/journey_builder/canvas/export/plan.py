"""Where every card and curve of an exported drawing goes, worked out without Qt.

The editor's scene answers the same questions with one graphics item per step and connection;
building 10,000 of those costs most of a second, and a zoomed-out export needs none of them:
the blocks-and-curves drawing (:mod:`.blocks`) and the drawing's extent come from this plan.
The numbers follow the canvas items exactly (card bounds, ports, where a curve starts, how far
a loop-back curve swings right), and a test holds the plan's extent equal to the scene's.
Steps the file left without a position are placed the way the scene places them when it opens
the journey (auto-layout, to the right of the placed ones), so both draw the same picture.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from journey_builder.canvas.geometry import PORT_RADIUS, card_bounds, node_size, output_x
from journey_builder.canvas.layout import LayoutEdge, layered_layout
from journey_builder.model import JourneyDocument, Node, node_outputs, spec_for

__all__ = ["Area", "DrawingPlan", "PlannedEdge", "PlannedNode", "UnknownStepsError", "plan_drawing"]

#: The arrow head's length and the curve's bounds (``EdgeItem``).
ARROW = 8.0
_LOOP_SWING = 150.0
_PLACE_GAP = 120.0


@dataclass(frozen=True, slots=True)
class Area:
    """A rectangle by its edges (scene units); ``QRectF`` without Qt."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def united(self, other: Area) -> Area:
        return Area(
            min(self.left, other.left),
            min(self.top, other.top),
            max(self.right, other.right),
            max(self.bottom, other.bottom),
        )

    def adjusted(self, dl: float, dt: float, dr: float, db: float) -> Area:
        return Area(self.left + dl, self.top + dt, self.right + dr, self.bottom + db)

    def intersects(self, other: Area) -> bool:
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )


def _card_area(x: float, y: float, width: float, height: float) -> Area:
    """What a card at (x, y) draws: the card, ports, output labels, badge."""
    left, top, w, h = card_bounds(width, height)
    return Area(x + left, y + top, x + left + w, y + top + h)


def _union(areas: Iterable[Area]) -> Area | None:
    left = top = math.inf
    right = bottom = -math.inf
    seen = False
    for a in areas:
        seen = True
        left, top = min(left, a.left), min(top, a.top)
        right, bottom = max(right, a.right), max(bottom, a.bottom)
    return Area(left, top, right, bottom) if seen else None


@dataclass(frozen=True, slots=True)
class PlannedNode:
    """One card: the step, where its card is, and what colour its category gives it."""

    index: int  # in document order
    node: Node
    x: float
    y: float
    width: float
    height: float
    known: bool  # a type from the catalogue (unknown ones are drawn grey)

    @property
    def bounds(self) -> Area:
        """The card with its ports, labels and badge (the scene's ``sceneBoundingRect``)."""
        return _card_area(self.x, self.y, self.width, self.height)


@dataclass(frozen=True, slots=True)
class PlannedEdge:
    """One drawn connection: from an output point to just above the target's input."""

    index: int  # in document order
    source: int  # node index
    target: int  # node index
    start: tuple[float, float]
    tip: tuple[float, float]
    problem: bool  # from an output the step does not have: drawn in the error colour

    @property
    def bounds(self) -> Area:
        """The curve's extent, as ``EdgeItem.set_ends`` measures it."""
        x0, y0 = self.start
        x1, y1 = self.tip
        xs: tuple[float, ...] = (x0, x1)
        ys: tuple[float, ...] = (y0, y1)
        if y1 - y0 - ARROW + 1 < 24:  # the curve loops round the right-hand side
            xs, ys = (x0, x1, max(x0, x1) + _LOOP_SWING), (y0, y1, y0 + 90, y1 - 90)
        a = ARROW + 4
        return Area(min(xs) - a, min(ys) - 4, max(xs) + a, max(ys) + 4)


class UnknownStepsError(LookupError):
    """Some of the step ids asked for are not in the journey."""

    def __init__(self, missing: Sequence[str], known: Sequence[str]) -> None:
        self.missing = list(missing)
        self.known = list(known)
        super().__init__(", ".join(self.missing))


@dataclass(frozen=True)
class DrawingPlan:
    """Every card and shown curve of a journey, in document order."""

    nodes: list[PlannedNode]
    edges: list[PlannedEdge]  # only those with both ends present
    placed: dict[int, tuple[float, float]]  # positions given to steps the file left unplaced

    def extent(self) -> Area | None:
        """What the cards and curves cover (None for an empty journey), as the scene measures it."""
        return _union([n.bounds for n in self.nodes] + [e.bounds for e in self.edges])

    def region(self, step_ids: Iterable[str], *, neighbours: bool = True) -> DrawingPlan:
        """Only these steps, the steps joined to them by a connection (unless ``neighbours``
        is False), and the connections among all those (a ticket's view of a big journey).

        Raises :class:`UnknownStepsError` naming every id the journey does not have.
        """
        wanted = list(dict.fromkeys(s.strip() for s in step_ids if s.strip()))
        chosen = {n.index for n in self.nodes if n.node.id in set(wanted)}
        found = {self.nodes[i].node.id for i in chosen}
        missing = [s for s in wanted if s not in found]
        if missing or not wanted:
            raise UnknownStepsError(missing, [n.node.id for n in self.nodes])
        drawn = set(chosen)
        for edge in self.edges if neighbours else ():
            if edge.source in chosen:
                drawn.add(edge.target)
            if edge.target in chosen:
                drawn.add(edge.source)
        return DrawingPlan(
            nodes=[n for n in self.nodes if n.index in drawn],
            edges=[e for e in self.edges if e.source in drawn and e.target in drawn],
            placed={i: p for i, p in self.placed.items() if i in drawn},
        )

    def subset_document(self, document: JourneyDocument) -> JourneyDocument:
        """A copy of ``document`` holding only this plan's steps (at their planned positions)
        and connections, for the detailed drawing of a region or a placed journey."""
        data = document.to_json()
        definition = data.setdefault("definition", {})
        raw_nodes = definition.get("nodes") or []
        raw_edges = definition.get("edges") or []
        nodes = []
        for planned in self.nodes:
            raw = dict(raw_nodes[planned.index])
            raw["position"] = {"x": _number(planned.x), "y": _number(planned.y)}
            nodes.append(raw)
        definition["nodes"] = nodes
        definition["edges"] = [raw_edges[e.index] for e in self.edges]
        return JourneyDocument.model_validate(data)


def _number(value: float) -> int | float:
    """Positions as the document writes them (``EditableJourney.place_unpositioned``)."""
    rounded = round(value)
    return int(rounded) if abs(value - rounded) < 1e-6 else round(value, 2)


def _outputs(node: Node) -> list[str | None]:
    data = node.data if isinstance(node.data, dict) else {}
    return [o.handle for o in node_outputs(node.type, data)]


def plan_drawing(document: JourneyDocument) -> DrawingPlan:
    """The plan of the whole journey; unplaced steps get the scene's auto-layout positions."""
    nodes = list(document.nodes)
    edges = list(document.edges)
    first: dict[str, int] = {}
    for i, node in enumerate(nodes):
        first.setdefault(node.id, i)
    handles = [_outputs(n) for n in nodes]
    sizes = [node_size(len(h)) for h in handles]

    def end(node_id: str | None) -> int | None:
        return first.get(node_id) if node_id is not None else None

    ends = [(end(e.source), end(e.target)) for e in edges]
    positions: list[tuple[float, float] | None] = [
        (float(n.position.x), float(n.position.y)) if n.position is not None else None
        for n in nodes
    ]
    placed = _place_unpositioned(nodes, edges, ends, handles, sizes, positions)
    planned_nodes = []
    for i, node in enumerate(nodes):
        x, y = positions[i] or placed[i]
        width, height = sizes[i]
        known = spec_for(node.type) is not None
        planned_nodes.append(PlannedNode(i, node, x, y, width, height, known))
    planned_edges = []
    for j, edge in enumerate(edges):
        src, tgt = ends[j]
        if src is None or tgt is None:
            continue  # an end that names no step: the scene hides such an edge
        s, t = planned_nodes[src], planned_nodes[tgt]
        outs = handles[src]
        handle = edge.sourceHandle or None
        if handle in outs:
            start = (s.x + output_x(outs.index(handle), len(outs), s.width), s.y + s.height)
            problem = False
        else:  # an output the step does not have: from the card's middle, in the error colour
            start = (s.x + s.width / 2, s.y + s.height)
            problem = True
        tip = (t.x + t.width / 2, t.y - PORT_RADIUS)
        planned_edges.append(PlannedEdge(j, src, tgt, start, tip, problem))
    return DrawingPlan(planned_nodes, planned_edges, placed)


def _place_unpositioned(
    nodes: Sequence[Node],
    edges: Sequence[object],
    ends: Sequence[tuple[int | None, int | None]],
    handles: Sequence[list[str | None]],
    sizes: Sequence[tuple[float, float]],
    positions: Sequence[tuple[float, float] | None],
) -> dict[int, tuple[float, float]]:
    """Positions for the steps without one, as ``JourneyScene`` gives them on open.

    Keys are the document's (``n1``, ``n2``... in order) so the layout, which breaks ties by
    name, comes out exactly as in the editor.
    """
    loose = [i for i, p in enumerate(positions) if p is None]
    if not loose:
        return {}
    origin = (0.0, 0.0)
    placed_boxes = [
        _card_area(p[0], p[1], w, h)
        for p, (w, h) in zip(positions, sizes, strict=True)
        if p is not None
    ]
    box = _union(placed_boxes)
    if box is not None:
        origin = (box.right + _PLACE_GAP, box.top)
    key = [f"n{i + 1}" for i in range(len(nodes))]
    wanted = set(loose)
    layout_edges = []
    for j, edge in enumerate(edges):
        src, tgt = ends[j]
        if src is None or tgt is None or src not in wanted or tgt not in wanted:
            continue
        outs = handles[src]
        handle = getattr(edge, "sourceHandle", None) or None
        port = outs.index(handle) if handle in outs else 0
        layout_edges.append(LayoutEdge(key[src], key[tgt], port, max(1, len(outs))))
    roots = [key[i] for i in loose if nodes[i].type == "start"]
    laid = layered_layout(
        [key[i] for i in loose],
        {key[i]: sizes[i] for i in loose},
        layout_edges,
        roots,
        origin=origin,
    )
    result = {}
    for i in loose:
        x, y = laid[key[i]]
        result[i] = (float(_number(x)), float(_number(y)))
    return result
