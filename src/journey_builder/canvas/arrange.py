"""Auto-layout of a journey's document: sizes and edges read from the document, handed to the
Qt-free :func:`~journey_builder.canvas.layout.layered_layout`, and the result applied as one
undo step (the start step stays where it is)."""

from __future__ import annotations

from collections.abc import Iterable

from journey_builder.canvas.geometry import node_size
from journey_builder.canvas.layout import LayoutEdge, layered_layout
from journey_builder.canvas.scene_builder import model_bounds
from journey_builder.document import EditableJourney
from journey_builder.model import node_outputs

__all__ = ["auto_layout", "layout_positions", "place_unpositioned"]

#: Space between the existing drawing and steps placed for a file that left them unplaced.
_PLACE_GAP = 120.0


def layout_positions(
    doc: EditableJourney,
    keys: Iterable[str] | None = None,
    *,
    origin: tuple[float, float] = (0.0, 0.0),
) -> dict[str, tuple[float, float]]:
    """Auto-layout positions for these nodes (all by default), top to bottom."""
    chosen = list(keys) if keys is not None else doc.node_keys()
    wanted = set(chosen)
    sizes: dict[str, tuple[float, float]] = {}
    for key in chosen:
        node = doc.node(key)
        data = node.data if isinstance(node.data, dict) else {}
        sizes[key] = node_size(len(node_outputs(node.type, data)))
    edges: list[LayoutEdge] = []
    for edge_key in doc.edge_keys():
        src, tgt = doc.edge_ends(edge_key)
        if src not in wanted or tgt not in wanted or src is None or tgt is None:
            continue
        node = doc.node(src)
        data = node.data if isinstance(node.data, dict) else {}
        handles = [o.handle for o in node_outputs(node.type, data)]
        handle = doc.edge(edge_key).sourceHandle or None
        port = handles.index(handle) if handle in handles else 0
        edges.append(LayoutEdge(src, tgt, port, max(1, len(handles))))
    roots = [k for k in chosen if doc.node(k).type == "start"]
    return layered_layout(chosen, sizes, edges, roots, origin=origin)


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
    origin = (0.0, 0.0)
    if placed:
        origin = (max(b[2] for b in placed) + _PLACE_GAP, min(b[1] for b in placed))
    doc.place_unpositioned(layout_positions(doc, loose, origin=origin))
