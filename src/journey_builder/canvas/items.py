"""The graphics items: node cards, edges, problem badges and the live connection preview.

Items only draw; they learn what to draw from :class:`~journey_builder.canvas.scene.JourneyScene`
(which follows the document). Ports and output labels are painted by the card itself rather than
being child items, so a 10,000-node journey stays at two items per node and edge.
Below :data:`DETAIL_THRESHOLD` zoom, cards are plain coloured blocks and edges plain curves.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journey_builder.canvas.card_art import draw_shared, font_metrics
from journey_builder.canvas.geometry import (
    PORT_RADIUS,
    Port,
    card_bounds,
    node_size,
    output_x,
)
from journey_builder.canvas.glyphs import glyph, letter_glyph
from journey_builder.canvas.style import CanvasStyle
from journey_builder.i18n import node_summary_text, node_title_text, output_label
from journey_builder.model import Node, OutputSpec, node_outputs, spec_for

if TYPE_CHECKING:
    pass

__all__ = [
    "DETAIL_THRESHOLD",
    "BadgeItem",
    "EdgeItem",
    "NodeItem",
    "Port",
    "edge_curve",
]

#: Below this zoom, items drop text, icons, ports and arrow heads.
DETAIL_THRESHOLD = 0.4

_RADIUS = 8.0
_FOCUS_GAP = 5.0
_STRIP = 5.0
_ICON = 32.0
_TEXT_LEFT = 58.0
_PORT_HIT = 11.0
_LABEL_HEIGHT = 18.0
# PySide6 enums are Python enums, and looking one up costs microseconds: once, here
_CARD_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
)
_EDGE_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush
_NO_CACHE = QGraphicsItem.CacheMode.NoCache
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter


@cache
def _card_path(width: float, height: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, width, height), _RADIUS, _RADIUS)
    return path


@cache
def _focus_path(width: float, height: float) -> QPainterPath:
    """The focus ring: the card's outline, a gap away from it."""
    path = QPainterPath()
    gap = _FOCUS_GAP
    path.addRoundedRect(
        QRectF(-gap, -gap, width + 2 * gap, height + 2 * gap), _RADIUS + gap, _RADIUS + gap
    )
    return path


@cache
def _strip_path(width: float, height: float) -> QPainterPath:
    strip = QPainterPath()
    strip.addRect(QRectF(0, 0, _STRIP, height))
    return _card_path(width, height).intersected(strip)


@cache
def _icon_tile(height: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(16, (height - _ICON) / 2, _ICON, _ICON), 7, 7)
    return path


class NodeItem(QGraphicsItem):
    """A node card: colour strip, icon, title, one-line summary, input and output ports."""

    def __init__(self, key: str, style: CanvasStyle) -> None:
        super().__init__()
        self.key = key
        self.style = style
        self.node_type = ""
        self._text_of: tuple[str, dict[str, object]] = ("", {})
        self._texts: tuple[str, str] | None = ("", "")
        self.outputs: list[OutputSpec] = []
        self.has_input = True
        self.known = True
        self.width, self.height = node_size(1)
        self._bounds = self._bounds_for_size()
        self._icon = ""
        self._elided: tuple[str, str, list[str]] | None = None
        self._hover_port: Port | None = None
        self.highlight: QColor | None = None  # connection target feedback
        #: Drawn with a ring round it: the card with the keyboard focus (see CardFocus).
        self.focus_ring = False
        self.badge: BadgeItem | None = None
        self.setFlags(_CARD_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)

    # --- content -----------------------------------------------------------------------------

    def refresh(self, node: Node, *, repaint: bool = True) -> None:
        """Take title, summary, outputs and size from the node (``repaint`` False while the
        card is not shown yet). The texts are made when first asked for (drawn, searched):
        most cards of a large journey are never looked at."""
        data = node.data if isinstance(node.data, dict) else {}
        spec = spec_for(node.type)
        self.node_type = node.type
        self.known = spec is not None
        self._text_of = (node.type, data)
        self._texts = None
        self.outputs = node_outputs(node.type, data)
        self.has_input = node.type != "start"
        self._icon = spec.icon if spec is not None else ""
        width, height = node_size(len(self.outputs))
        if (width, height) != (self.width, self.height):
            self.prepareGeometryChange()
            self.width, self.height = width, height
            self._bounds = self._bounds_for_size()
        self._elided = None
        if repaint:
            self.update()

    @property
    def title(self) -> str:
        return self._made_texts()[0]

    @property
    def summary(self) -> str:
        return self._made_texts()[1]

    def _made_texts(self) -> tuple[str, str]:
        if self._texts is None:
            node_type, data = self._text_of
            self._texts = (node_title_text(node_type, data), node_summary_text(node_type, data))
        return self._texts

    def _bounds_for_size(self) -> QRectF:
        """The card, its ports, the output labels below it and the problem badge."""
        return QRectF(*card_bounds(self.width, self.height))

    def set_style(self, style: CanvasStyle) -> None:
        self.style = style
        self._elided = None
        if self.badge is not None:
            self.badge.style = style
        self.update()

    # --- ports -------------------------------------------------------------------------------

    def input_point(self) -> QPointF:
        """Where incoming edges end (scene coordinates): just above the input port."""
        return self.mapToScene(QPointF(self.width / 2, -PORT_RADIUS))

    def output_point(self, handle: str | None) -> QPointF | None:
        """Where an output's edges start (scene coordinates); None for an unknown handle."""
        local = self.output_local(handle)
        return None if local is None else self.mapToScene(local)

    def output_local(self, handle: str | None) -> QPointF | None:
        count = len(self.outputs)
        for i, out in enumerate(self.outputs):
            if out.handle == handle:
                return QPointF(output_x(i, count, self.width), self.height)
        return None

    def port_at(self, local: QPointF) -> Port | None:
        """The port at a point in card coordinates, with a forgiving hit radius."""
        count = len(self.outputs)
        if abs(local.y() - self.height) <= _PORT_HIT:
            for i, out in enumerate(self.outputs):
                if abs(local.x() - output_x(i, count, self.width)) <= _PORT_HIT:
                    return Port(True, out.handle)
        if (
            self.has_input
            and abs(local.y()) <= _PORT_HIT
            and abs(local.x() - self.width / 2) <= _PORT_HIT
        ):
            return Port(False, None)
        return None

    # --- QGraphicsItem -------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath(_card_path(self.width, self.height))
        count = len(self.outputs)
        for i in range(count):
            path.addEllipse(
                QPointF(output_x(i, count, self.width), self.height), _PORT_HIT, _PORT_HIT
            )
        if self.has_input:
            path.addEllipse(QPointF(self.width / 2, 0), _PORT_HIT, _PORT_HIT)
        return path

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        port = self.port_at(event.pos())
        if port != self._hover_port:
            self._hover_port = port
            self.setCursor(
                Qt.CursorShape.CrossCursor
                if port is not None and port.output
                else Qt.CursorShape.ArrowCursor
            )
            self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if self._hover_port is not None:
            self._hover_port = None
            self.unsetCursor()
            self.update()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        style = self.style
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        colour = style.category(self.node_type) if self.known else style.muted_text
        selected = self.isSelected()
        if lod < DETAIL_THRESHOLD:
            painter.setPen(QPen(style.selection, 3 / max(lod, 0.01)) if selected else _NO_PEN)
            painter.setBrush(colour)
            painter.drawRect(QRectF(0, 0, self.width, self.height))
            return
        bounds = self._bounds
        if self.cacheMode() == _NO_CACHE or not draw_shared(
            painter,
            style,
            self._looks(selected),
            bounds.left(),
            bounds.top(),
            bounds.width(),
            bounds.height(),
            lambda shared: self._paint_static(shared, colour, selected),
        ):
            self._paint_static(painter, colour, selected)
        self._paint_text(painter)

    def _looks(self, selected: bool) -> tuple[object, ...]:
        """All a card's drawing but its title and summary depends on (besides style, zoom)."""
        highlight = None if self.highlight is None else self.highlight.rgba()
        _title, _summary, labels = self._elide()
        return (
            (self.node_type, self.known, self._icon, self.width, self.height, self.has_input),
            (len(self.outputs), tuple(labels), self._hover_port, selected, highlight),
            self.focus_ring,
        )

    def _paint_static(self, painter: QPainter, colour: QColor, selected: bool) -> None:
        """The card but its title and summary (which overlap none of this, so they go last)."""
        style = self.style
        card = _card_path(self.width, self.height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if not style.dark:
            painter.setPen(_NO_PEN)
            painter.setBrush(QColor(0, 0, 0, 18))
            painter.drawPath(card.translated(0, 2))
        border = self.highlight or (style.selection if selected else style.card_border)
        width = style.line_width + (1.0 if (selected or self.highlight) else 0.0)
        painter.setPen(QPen(border, width))
        painter.setBrush(style.card)
        painter.drawPath(card)
        if self.focus_ring:
            painter.setPen(QPen(style.focus, 1.0 + style.line_width))
            painter.setBrush(_NO_BRUSH)
            painter.drawPath(_focus_path(self.width, self.height))
        painter.setPen(_NO_PEN)
        painter.setBrush(colour)
        painter.drawPath(_strip_path(self.width, self.height))
        self._paint_icon(painter, colour)
        self._paint_ports(painter, colour)

    # --- painting helpers ----------------------------------------------------------------------

    def _paint_icon(self, painter: QPainter, colour: QColor) -> None:
        tile = _icon_tile(self.height)
        painter.setPen(_NO_PEN)
        painter.setBrush(colour)
        painter.drawPath(tile)
        paths = glyph(self._icon) if self._icon else None
        top = (self.height - _ICON) / 2
        painter.save()
        painter.translate(16 + 6, top + 6)
        painter.scale(20 / 24, 20 / 24)
        white = QColor("#ffffff")
        if paths is None:
            painter.setBrush(white)
            painter.drawPath(letter_glyph(self.node_type[:1] or "?"))
        else:
            outline, solid = paths
            pen = QPen(white, 2.0)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(_NO_BRUSH)
            painter.drawPath(outline)
            painter.setPen(_NO_PEN)
            painter.setBrush(white)
            painter.drawPath(solid)
        painter.restore()

    def prepare(self) -> None:
        """Make the texts and their elided forms now, ahead of the first drawing."""
        self._elide()

    def _elide(self) -> tuple[str, str, list[str]]:
        if self._elided is None:
            style = self.style
            room = self.width - _TEXT_LEFT - 12
            title = font_metrics(style.title_font).elidedText(
                self.title, Qt.TextElideMode.ElideRight, room
            )
            summary = font_metrics(style.summary_font).elidedText(
                self.summary, Qt.TextElideMode.ElideRight, room
            )
            labels: list[str] = []
            if len(self.outputs) > 1:
                slot = self.width / len(self.outputs) - 10
                metrics = font_metrics(style.label_font)
                labels = [
                    metrics.elidedText(output_label(o), Qt.TextElideMode.ElideRight, slot - 12)
                    for o in self.outputs
                ]
            self._elided = (title, summary, labels)
        return self._elided

    def _paint_text(self, painter: QPainter) -> None:
        style = self.style
        title, summary, _labels = self._elide()
        room = self.width - _TEXT_LEFT - 12
        mid = self.height / 2
        painter.setFont(style.title_font)
        painter.setPen(style.text)
        painter.drawText(
            QRectF(_TEXT_LEFT, mid - 20, room, 19),
            _LEFT_MIDDLE,
            title,
        )
        painter.setFont(style.summary_font)
        painter.setPen(style.muted_text)
        painter.drawText(
            QRectF(_TEXT_LEFT, mid + 1, room, 18),
            _LEFT_MIDDLE,
            summary,
        )

    def _paint_ports(self, painter: QPainter, colour: QColor) -> None:
        style = self.style
        if self.has_input:
            hot = self._hover_port == Port(False, None)
            painter.setPen(QPen(style.selection if hot else style.port_border, 1.5))
            painter.setBrush(style.port)
            painter.drawEllipse(QPointF(self.width / 2, 0), PORT_RADIUS, PORT_RADIUS)
        count = len(self.outputs)
        _title, _summary, labels = self._elide()
        for i, out in enumerate(self.outputs):
            x = output_x(i, count, self.width)
            if labels:
                self._paint_label(painter, x, labels[i])
            hot = self._hover_port == Port(True, out.handle)
            painter.setPen(QPen(style.card, 1.5))
            painter.setBrush(style.selection if hot else colour)
            radius = PORT_RADIUS + (1.5 if hot else 0)
            painter.drawEllipse(QPointF(x, self.height), radius, radius)

    def _paint_label(self, painter: QPainter, x: float, text: str) -> None:
        style = self.style
        metrics = font_metrics(style.label_font)
        width = metrics.horizontalAdvance(text) + 12
        rect = QRectF(x - width / 2, self.height + 9, width, _LABEL_HEIGHT)
        painter.setPen(QPen(style.card_border, style.line_width))
        painter.setBrush(style.label_fill)
        painter.drawRoundedRect(rect, _LABEL_HEIGHT / 2, _LABEL_HEIGHT / 2)
        painter.setFont(style.label_font)
        painter.setPen(style.label_text)
        painter.drawText(rect, _CENTRE, text)


class BadgeItem(QGraphicsItem):
    """A red (errors) or amber (warnings only) count on a card's corner; hover for messages."""

    SIZE = 20.0

    def __init__(self, parent: NodeItem, style: CanvasStyle) -> None:
        super().__init__(parent)
        self.style = style
        self.count = 0
        self.error = False
        #: The problems' messages, errors first (screen readers read them with the card).
        self.messages: list[str] = []
        self.setZValue(2)
        self.setAcceptHoverEvents(True)

    def set_problems(self, count: int, error: bool, messages: Sequence[str]) -> None:
        self.count, self.error = count, error
        self.messages = list(messages)
        self.setToolTip("\n".join(f"• {m}" for m in messages))
        self.update()

    def boundingRect(self) -> QRectF:
        half = self.SIZE / 2 + 1
        return QRectF(-half, -half, 2 * half, 2 * half)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        style = self.style
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        colour = style.error if self.error else style.warning
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(style.card, 2.0))
        painter.setBrush(colour)
        if lod < DETAIL_THRESHOLD:
            painter.setPen(_NO_PEN)
        radius = self.SIZE / 2
        painter.drawEllipse(QPointF(0, 0), radius, radius)
        if lod >= DETAIL_THRESHOLD:
            painter.setFont(style.badge_font)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(
                QRectF(-radius, -radius, 2 * radius, 2 * radius),
                _CENTRE,
                str(self.count) if self.count < 100 else "99+",
            )


def edge_curve(p0: QPointF, p1: QPointF) -> QPainterPath:
    """A top-to-bottom cubic from an output to an input; loops back round the right side."""
    x0, y0, x1, y1 = p0.x(), p0.y(), p1.x(), p1.y()
    path = QPainterPath(p0)
    dy = y1 - y0
    if dy >= 24:
        bend = max(28.0, dy * 0.5)
        path.cubicTo(x0, y0 + bend, x1, y1 - bend, x1, y1)
        return path
    side = max(x0, x1) + 150.0
    mid = (y0 + y1) / 2
    path.cubicTo(x0, y0 + 90, side, y0 + 40, side, mid)
    path.cubicTo(side, y1 - 40, x1, y1 - 90, x1, y1)
    return path


class EdgeItem(QGraphicsItem):
    """A curved connection with an arrow head into the target's input."""

    ARROW = 8.0

    def __init__(self, key: str, style: CanvasStyle) -> None:
        super().__init__()
        self.key = key
        self.style = style
        self.source_key: str | None = None
        self.target_key: str | None = None
        self.problem: bool = False
        self._path: QPainterPath | None = None
        self.start = QPointF()
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self._tip = QPointF()
        self._hover = False
        self.setFlags(_EDGE_FLAGS)
        self.shown = True  # mirrors isVisible() without asking Qt
        self.setAcceptHoverEvents(True)  # z stays 0: under the cards (z 1)

    def set_ends(self, start: QPointF, tip: QPointF) -> None:
        """Redraw between an output point and an input point (scene coordinates; the points
        are kept, so pass fresh ones)."""
        self.prepareGeometryChange()
        self.start = start
        self._tip = tip
        self._path = None  # made when first drawn or hit-tested
        self._shape = None
        x0, y0, x1, y1 = start.x(), start.y(), tip.x(), tip.y()
        if y1 - y0 - self.ARROW + 1 >= 24:  # see edge_curve: between the two ends
            xs, ys = [x0, x1], [y0, y1]
        else:  # round the right-hand side
            xs, ys = [x0, x1, max(x0, x1) + 150.0], [y0, y1, y0 + 90, y1 - 90]
        a = self.ARROW + 4
        left, right = min(xs) - a, max(xs) + a
        top, bottom = min(ys) - 4, max(ys) + 4
        self._bounds = QRectF(left, top, right - left, bottom - top)

    def set_style(self, style: CanvasStyle) -> None:
        self.style = style
        self.update()

    def path(self) -> QPainterPath:
        if self._path is None:
            tip = self._tip
            self._path = edge_curve(self.start, QPointF(tip.x(), tip.y() - self.ARROW + 1))
        return self._path

    @property
    def tip(self) -> QPointF:
        return self._tip

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(12)
            self._shape = stroker.createStroke(self.path())
        return self._shape

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = False
        self.update()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        style = self.style
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        hot = self.isSelected() or self._hover
        colour = style.selection if hot else (style.error if self.problem else style.edge)
        if lod < DETAIL_THRESHOLD:
            painter.setPen(QPen(colour, 0))  # cosmetic: one device pixel
            painter.setBrush(_NO_BRUSH)
            painter.drawPath(self.path())
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(colour, (2.4 if hot else 1.6) * style.line_width)
        if self.problem and not hot:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(_NO_BRUSH)
        painter.drawPath(self.path())
        tip, a = self._tip, self.ARROW
        painter.setPen(_NO_PEN)
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(
            QPolygonF(
                [
                    tip,
                    QPointF(tip.x() - a / 1.6, tip.y() - a),
                    QPointF(tip.x() + a / 1.6, tip.y() - a),
                ]
            )
        )
