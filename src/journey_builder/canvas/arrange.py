"""Where cards go, from the document alone (before or without any item): a card's extent, the
auto-layout (sizes and edges read from the document, handed to the Qt-free
:mod:`~journey_builder.canvas.layout`), and placing steps a file left without a position.

:func:`layout_steps` is the auto-layout a piece at a time (a generator), for the scene builder
to run between event-loop turns; the other functions run it through.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable

from journey_builder.canvas.geometry import card_bounds, node_size
from journey_builder.canvas.layout import LayoutEdge, layered_layout_steps, run_to_end
from journey_builder.document import EditableJourney
from journey_builder.model import Node, node_outputs

__all__ = [
    "auto_layout",
    "layout_positions",
    "layout_steps",
    "model_bounds",
    "place_unpositioned",
    "placing_origin",
]

#: Space between the existing drawing and steps placed for a file that left them unplaced.
_PLACE_GAP = 120.0
#: Steps read between two yields of :func:`layout_steps`.
_CHUNK = 200

Bounds = tuple[float, float, float, float]


def model_bounds(node: Node) -> Bounds | None:
    """(left, top, right, bottom) of what the node's card draws, from the document alone
    (None while it has no position)."""
    position = node.position
    if position is None:
        return None
    data = node.data if isinstance(node.data, dict) else {}
    left, top, width, height = card_bounds(*node_size(len(node_outputs(node.type, data))))
    x, y = float(position.x) + left, float(position.y) + top
    return x, y, x + width, y + height


def placing_origin(placed: Iterable[Bounds]) -> tuple[float, float]:
    """Where steps without a position go: right of the drawing of those that have one."""
    right = top = None
    for _left, y0, x1, _bottom in placed:
        right = x1 if right is None else max(right, x1)
        top = y0 if top is None else min(top, y0)
    if right is None or top is None:
        return 0.0, 0.0
    return right + _PLACE_GAP, top


def layout_steps(
    doc: EditableJourney,
    keys: Iterable[str] | None = None,
    *,
    origin: tuple[float, float] = (0.0, 0.0),
) -> Generator[None, None, dict[str, tuple[float, float]]]:
    """Auto-layout positions for these nodes (all by default), top to bottom, a piece at a
    time: yields every few hundred steps read and between the layout's phases. A step removed
    meanwhile is left out (the document may change between two pieces)."""
    chosen = list(keys) if keys is not None else doc.node_keys()
    sizes: dict[str, tuple[float, float]] = {}
    handles: dict[str, list[str | None]] = {}
    for i, key in enumerate(chosen):
        if i % _CHUNK == _CHUNK - 1:
            yield
        if not doc.has_node(key):
            continue
        node = doc.node(key)
        data = node.data if isinstance(node.data, dict) else {}
        outputs = node_outputs(node.type, data)
        sizes[key] = node_size(len(outputs))
        handles[key] = [o.handle for o in outputs]
    edges: list[LayoutEdge] = []
    for i, edge_key in enumerate(doc.edge_keys()):
        if i % _CHUNK == _CHUNK - 1:
            yield
        if not doc.has_edge(edge_key):
            continue
        src, tgt = doc.edge_ends(edge_key)
        if src is None or tgt is None or src not in sizes or tgt not in sizes:
            continue
        ports = handles[src]
        handle = doc.edge(edge_key).sourceHandle or None
        port = ports.index(handle) if handle in ports else 0
        edges.append(LayoutEdge(src, tgt, port, max(1, len(ports))))
    chosen = [k for k in chosen if k in sizes and doc.has_node(k)]
    roots = [k for k in chosen if doc.node(k).type == "start"]
    return (yield from layered_layout_steps(chosen, sizes, edges, roots, origin=origin))


def layout_positions(
    doc: EditableJourney,
    keys: Iterable[str] | None = None,
    *,
    origin: tuple[float, float] = (0.0, 0.0),
) -> dict[str, tuple[float, float]]:
    """Auto-layout positions for these nodes (all by default), top to bottom."""
    return run_to_end(layout_steps(doc, keys, origin=origin))


def auto_layout(doc: EditableJourney) -> None:
    """Lay the whole journey out again (one undo step); the start step stays where it is."""
    positions = layout_positions(doc)
    if not positions:
        return
    anchor = next((k for k in doc.node_keys() if doc.node(k).type == "start"), None)
    anchor = anchor or next(iter(positions))
    pos = doc.node(anchor).position
    if pos is not None:
        ax, ay = positions[anchor]
        dx, dy = float(pos.x) - ax, float(pos.y) - ay
        positions = {k: (x + dx, y + dy) for k, (x, y) in positions.items()}
    doc.apply_layout(positions)


def place_unpositioned(doc: EditableJourney) -> None:
    """Lay out steps the file left without a position, right of the others (on open; not an
    undo step). Reads positions from the document, so it runs before any card exists."""
    keys = doc.node_keys()
    loose = [k for k in keys if doc.node(k).position is None]
    if not loose:
        return
    placed = [b for k in keys if (b := model_bounds(doc.node(k))) is not None]
    doc.place_unpositioned(layout_positions(doc, loose, origin=placing_origin(placed)))
