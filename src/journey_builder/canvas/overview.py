"""The overview drawing used below the detail zoom: every card as a coloured block, every edge
as a line, in a handful of batched QPainter calls.

Painting 20,000 items one Python call at a time cannot keep a zoomed-out 10,000-step journey
fluid, so when the view zooms out past :data:`~journey_builder.canvas.items.DETAIL_THRESHOLD`
the scene makes its items fully transparent (Qt then skips them without calling into Python,
and keeps their selection) and draws this instead. The minimap draws it too. The blocks and
lines are gathered once and kept until the journey changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from journey_builder.canvas.items import EdgeItem, NodeItem
from journey_builder.canvas.style import CanvasStyle

__all__ = ["OverviewPicture"]


@dataclass
class _Gathered:
    blocks: dict[str, list[QRectF]]  # colour name -> card rectangles
    lines: list[QLineF]
    cards: dict[str, QRectF]  # node key -> card rectangle


class OverviewPicture:
    """Cards and edges of a scene, gathered for fast drawing at low zoom."""

    def __init__(self) -> None:
        self._gathered: _Gathered | None = None

    def invalidate(self) -> None:
        """The journey changed: gather again before the next drawing."""
        self._gathered = None

    def gather(
        self, nodes: Iterable[NodeItem], edges: Iterable[EdgeItem], style: CanvasStyle
    ) -> _Gathered:
        if self._gathered is None:
            blocks: dict[str, list[QRectF]] = {}
            cards: dict[str, QRectF] = {}
            colours: dict[str, str] = {}
            for item in nodes:
                pos = item.pos()
                rect = QRectF(pos.x(), pos.y(), item.width, item.height)
                cards[item.key] = rect
                colour = colours.get(item.node_type)
                if colour is None:
                    chosen = style.category(item.node_type) if item.known else style.muted_text
                    colour = colours[item.node_type] = chosen.name()
                blocks.setdefault(colour, []).append(rect)
            lines = [QLineF(e.start, e.tip) for e in edges if e.shown]
            self._gathered = _Gathered(blocks, lines, cards)
        return self._gathered

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
        nodes: Iterable[NodeItem],
        edges: Iterable[EdgeItem],
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
        painter.drawLines(data.lines)
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in data.blocks.items():
            painter.setBrush(QColor(colour))
            painter.drawRects(rects)
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
