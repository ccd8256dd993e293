"""The overview drawing used below the detail zoom: every card as a coloured block, every edge
as a line, in a handful of batched QPainter calls.

Painting 20,000 items one Python call at a time cannot keep a zoomed-out 10,000-step journey
fluid, so when the view zooms out past :data:`~journey_builder.canvas.items.DETAIL_THRESHOLD`
the scene makes its items fully transparent (Qt then skips them without calling into Python,
and keeps their selection) and draws this instead. The minimap draws it too. The blocks and
lines are gathered once; after an edit only the cards and edges it touched are gathered again
(gathering all of a 5,000-step journey takes 70-150 ms, too long for each drag or keystroke).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from journey_builder.canvas.items import EdgeItem, NodeItem
from journey_builder.canvas.style import CanvasStyle

__all__ = ["OverviewPicture"]


@dataclass
class _Gathered:
    blocks: dict[str, dict[str, QRectF]] = field(default_factory=dict)  # colour -> key -> card
    colour_of: dict[str, str] = field(default_factory=dict)  # node key -> colour name
    lines: dict[str, QLineF] = field(default_factory=dict)  # edge key -> line
    cards: dict[str, QRectF] = field(default_factory=dict)  # node key -> card rectangle
    colours: dict[tuple[str, bool], str] = field(default_factory=dict)  # (type, known) -> colour


class OverviewPicture:
    """Cards and edges of a scene, gathered for fast drawing at low zoom."""

    def __init__(self) -> None:
        self._gathered: _Gathered | None = None
        self._dirty_nodes: set[str] = set()
        self._dirty_edges: set[str] = set()

    def invalidate(self) -> None:
        """Everything changed (a new journey, another style): gather all before the next drawing."""
        self._gathered = None
        self._dirty_nodes.clear()
        self._dirty_edges.clear()

    def node_changed(self, key: str) -> None:
        """This card appeared, went, moved or changed: gather it again before the next drawing."""
        if self._gathered is not None:
            self._dirty_nodes.add(key)

    def edge_changed(self, key: str) -> None:
        """This edge appeared, went or moved: gather it again before the next drawing."""
        if self._gathered is not None:
            self._dirty_edges.add(key)

    def gather(
        self,
        nodes: Mapping[str, NodeItem],
        edges: Mapping[str, EdgeItem],
        style: CanvasStyle,
    ) -> _Gathered:
        """The blocks and lines, gathering what changed since the last call (or everything)."""
        data = self._gathered
        if data is None:
            data = self._gathered = _Gathered()
            for item in nodes.values():
                self._put_card(data, item, style)
            for key, edge_item in edges.items():
                if edge_item.shown:
                    data.lines[key] = QLineF(edge_item.start, edge_item.tip)
            return data
        if self._dirty_nodes:
            for key in self._dirty_nodes:
                node = nodes.get(key)
                if node is None:
                    self._drop_card(data, key)
                else:
                    self._put_card(data, node, style)
            self._dirty_nodes.clear()
        if self._dirty_edges:
            for key in self._dirty_edges:
                edge = edges.get(key)
                if edge is None or not edge.shown:
                    data.lines.pop(key, None)
                else:
                    data.lines[key] = QLineF(edge.start, edge.tip)
            self._dirty_edges.clear()
        return data

    @staticmethod
    def _put_card(data: _Gathered, item: NodeItem, style: CanvasStyle) -> None:
        pos = item.pos()
        key = item.key
        rect = QRectF(pos.x(), pos.y(), item.width, item.height)
        which = (item.node_type, item.known)
        colour = data.colours.get(which)
        if colour is None:
            chosen = style.category(item.node_type) if item.known else style.muted_text
            colour = data.colours[which] = chosen.name()
        old = data.colour_of.get(key)
        if old is not None and old != colour:
            data.blocks[old].pop(key, None)
        data.colour_of[key] = colour
        data.blocks.setdefault(colour, {})[key] = rect
        data.cards[key] = rect

    @staticmethod
    def _drop_card(data: _Gathered, key: str) -> None:
        colour = data.colour_of.pop(key, None)
        if colour is not None:
            data.blocks[colour].pop(key, None)
        data.cards.pop(key, None)

    def card_at(self, point: QPointF) -> str | None:
        """The key of the card under a scene point (the last drawn wins), from the gathered data."""
        if self._gathered is None:
            return None
        found = None
        for key, rect in self._gathered.cards.items():
            if rect.contains(point):
                found = key
        return found

    def cards_in(self, area: QRectF) -> list[str]:
        if self._gathered is None:
            return []
        return [key for key, rect in self._gathered.cards.items() if rect.intersects(area)]

    def paint(
        self,
        painter: QPainter,
        nodes: Mapping[str, NodeItem],
        edges: Mapping[str, EdgeItem],
        style: CanvasStyle,
        *,
        selected: Iterable[str] = (),
        badges: Iterable[tuple[str, bool]] = (),
    ) -> None:
        """Draw everything with the painter's current transform (scene coordinates)."""
        data = self.gather(nodes, edges, style)
        scale = max(painter.worldTransform().m11(), 1e-6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(style.edge, 0))
        painter.drawLines(list(data.lines.values()))
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in data.blocks.items():
            if rects:
                painter.setBrush(QColor(colour))
                painter.drawRects(list(rects.values()))
        chosen = [data.cards[k] for k in selected if k in data.cards]
        if chosen:
            pen = QPen(style.selection, 2.5 / scale)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            margin = 2.0 / scale
            painter.drawRects([r.adjusted(-margin, -margin, margin, margin) for r in chosen])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        radius = max(4.0 / scale, 6.0)
        for key, error in badges:
            rect = data.cards.get(key)
            if rect is not None:
                painter.setBrush(style.error if error else style.warning)
                painter.drawEllipse(QPointF(rect.right(), rect.top()), radius, radius)
        painter.restore()
