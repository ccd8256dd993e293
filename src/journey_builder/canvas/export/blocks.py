"""The zoomed-out drawing, straight from the plan: cards as coloured blocks, connections as
thin curves, in a handful of batched QPainter calls.

This is what the canvas items draw below the detail zoom (``DETAIL_THRESHOLD``): a card is its
category colour with no text, a connection a one-pixel curve (red from an output the step does
not have). Drawing it from the plan instead of a scene skips making two graphics items per
step and connection, which is most of the time of a zoomed-out export of a large journey.
Uses QtGui only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from journey_builder.canvas.export.plan import ARROW, DrawingPlan
from journey_builder.canvas.style import CanvasStyle

__all__ = ["Draw", "blocks_drawing"]

#: Draws in scene coordinates (the painter is already transformed) what lies in the area.
Draw = Callable[[QPainter, QRectF], None]


def _curve(path: QPainterPath, x0: float, y0: float, x1: float, y1: float) -> None:
    """The canvas's connection curve (``items._curve``): straight down with a bend, or round
    the right-hand side when the target is not below."""
    path.moveTo(x0, y0)
    dy = y1 - y0
    if dy >= 24:
        bend = max(28.0, dy * 0.5)
        path.cubicTo(x0, y0 + bend, x1, y1 - bend, x1, y1)
        return
    side = max(x0, x1) + 150.0
    mid = (y0 + y1) / 2
    path.cubicTo(x0, y0 + 90, side, y0 + 40, side, mid)
    path.cubicTo(side, y1 - 40, x1, y1 - 90, x1, y1)


def blocks_drawing(plan: DrawingPlan, style: CanvasStyle) -> Draw:
    """A drawing function for the plan in ``style``; the paths and rectangles are made once."""
    colour_of: dict[tuple[str, bool], str] = {}
    blocks: dict[str, list[QRectF]] = {}
    for node in plan.nodes:
        which = (node.node.type, node.known)
        name = colour_of.get(which)
        if name is None:
            colour = style.category(node.node.type) if node.known else style.muted_text
            name = colour_of[which] = colour.name()
        blocks.setdefault(name, []).append(QRectF(node.x, node.y, node.width, node.height))
    plain, problem = QPainterPath(), QPainterPath()
    for edge in plan.edges:
        (x0, y0), (x1, y1) = edge.start, edge.tip
        _curve(problem if edge.problem else plain, x0, y0, x1, y1 - ARROW + 1)
    fills = [(QColor(name), rects) for name, rects in blocks.items()]
    lines = [(style.edge, plain), (style.error, problem)]

    def draw(painter: QPainter, area: QRectF) -> None:
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for colour, path in lines:
            if not path.isEmpty():
                painter.setPen(QPen(colour, 0))  # cosmetic: one device pixel, as the items
                painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in fills:
            painter.setBrush(colour)
            painter.drawRects(rects)
        painter.restore()

    return draw
