"""Icons drawn in code (no image files to ship): node types, problem severities, the app.

A node icon is a rounded tile in its category's colour with a white glyph; glyphs are painter
paths on a 24-unit grid so they stay crisp at every size and device pixel ratio.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

from journey_builder.model import spec_for

__all__ = [
    "CATEGORY_COLOURS",
    "app_icon",
    "category_colour",
    "node_icon",
    "severity_icon",
]

CATEGORY_COLOURS: dict[str, str] = {
    "Trigger": "#2e9e5b",
    "Messaging": "#2f6bd8",
    "Timing": "#cf7f00",
    "Logic": "#8a4fd8",
    "Contact": "#0f8f8f",
    "Integration": "#56667f",
    "End": "#d2453d",
}
_UNKNOWN_COLOUR = "#7d848f"
_SIZES = (16, 20, 24, 32, 48, 64)


def category_colour(category: str | None) -> QColor:
    """The colour of a palette category (grey for an unknown type)."""
    return QColor(CATEGORY_COLOURS.get(category or "", _UNKNOWN_COLOUR))


def _text_path(text: str, centre: QPointF, size: float) -> QPainterPath:
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(int(size))
    path = QPainterPath()
    path.addText(0, 0, font, text)
    box = path.boundingRect()
    return path.translated(centre - box.center())


def _circle(cx: float, cy: float, r: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), r, r)
    return path


def _lines(*points: tuple[float, float]) -> QPainterPath:
    path = QPainterPath(QPointF(*points[0]))
    for p in points[1:]:
        path.lineTo(QPointF(*p))
    return path


def _person(path: QPainterPath, cx: float) -> None:
    path.addEllipse(QPointF(cx, 8), 3.5, 3.5)
    path.moveTo(cx - 6.5, 19.5)
    path.cubicTo(cx - 6.5, 12.5, cx + 6.5, 12.5, cx + 6.5, 19.5)


def _glyph(name: str) -> tuple[QPainterPath, QPainterPath]:
    """(stroked, filled) paths of a glyph on a 24 x 24 grid."""
    stroke = QPainterPath()
    fill = QPainterPath()
    if name == "play":
        fill.addPolygon([QPointF(8.5, 5.5), QPointF(18.5, 12), QPointF(8.5, 18.5)])
    elif name == "send":
        fill.addPolygon([QPointF(3.5, 11), QPointF(20.5, 4), QPointF(14, 20.5), QPointF(11, 13.5)])
        stroke = _lines((11, 13), (20, 4.5))
    elif name == "help":
        stroke = _circle(12, 12, 8.5)
        fill = _text_path("?", QPointF(12, 12), 13)
    elif name == "clock":
        stroke = _circle(12, 12, 8.5)
        stroke.addPath(_lines((12, 7), (12, 12), (15.5, 14.5)))
    elif name == "bell":
        stroke.moveTo(5.5, 16.5)
        stroke.lineTo(18.5, 16.5)
        stroke.moveTo(7, 16.5)
        stroke.lineTo(7, 11)
        stroke.arcTo(QRectF(7, 5, 10, 11), 180, -180)
        stroke.lineTo(17, 16.5)
        fill = _circle(12, 19.5, 1.8)
    elif name == "branch":
        stroke = _lines((12, 4), (12, 10))
        stroke.addPath(_lines((6, 19), (6, 15), (12, 10), (18, 15), (18, 19)))
        fill = _circle(12, 4.5, 2)
    elif name == "shuffle":
        stroke = _lines((4, 7), (8, 7))
        stroke.cubicTo(13, 7, 12, 17, 17, 17)
        stroke.lineTo(19, 17)
        stroke.moveTo(4, 17)
        stroke.lineTo(8, 17)
        stroke.cubicTo(13, 17, 12, 7, 17, 7)
        stroke.lineTo(19, 7)
        stroke.addPath(_lines((16.5, 4), (20, 7), (16.5, 10)))
        stroke.addPath(_lines((16.5, 14), (20, 17), (16.5, 20)))
    elif name == "user-edit":
        _person(stroke, 10)
        stroke.addPath(
            _lines((14, 20), (14.5, 17.5), (19.5, 12.5), (21.5, 14.5), (16.5, 19.5), (14, 20))
        )
    elif name == "user-check":
        _person(stroke, 9.5)
        stroke.addPath(_lines((14.5, 14.5), (17, 17), (21.5, 11.5)))
    elif name == "tag":
        stroke = _lines((4, 4), (12, 4), (20.5, 12.5), (12.5, 20.5), (4, 12), (4, 4))
        fill = _circle(8.3, 8.3, 1.8)
    elif name == "chat":
        stroke.addRoundedRect(QRectF(3.5, 4.5, 17, 11.5), 3, 3)
        stroke.addPath(_lines((8, 16), (7, 20.5), (12.5, 16)))
    elif name == "globe":
        stroke = _circle(12, 12, 8.5)
        stroke.addEllipse(QPointF(12, 12), 4, 8.5)
        stroke.addPath(_lines((3.5, 12), (20.5, 12)))
    elif name == "jump":
        stroke = _lines((6, 19), (6, 11.5))
        stroke.quadTo(6, 7.5, 10, 7.5)
        stroke.lineTo(18.5, 7.5)
        stroke.addPath(_lines((15, 4), (18.5, 7.5), (15, 11)))
    elif name == "flag":
        stroke = _lines((7, 3.5), (7, 20.5))
        fill.addPolygon(
            [
                QPointF(7, 4.5),
                QPointF(18.5, 4.5),
                QPointF(15.5, 9),
                QPointF(18.5, 13.5),
                QPointF(7, 13.5),
            ]
        )
    else:
        fill = _text_path("?", QPointF(12, 12), 15)
    return stroke, fill


def _paint_tile(size: int, paint: Callable[[QPainter], None], dpr: float = 1.0) -> QPixmap:
    pixmap = QPixmap(int(size * dpr), int(size * dpr))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 24, size / 24)
    paint(painter)
    painter.end()
    return pixmap


def _glyph_painter(name: str, background: QColor) -> Callable[[QPainter], None]:
    stroke, fill = _glyph(name)

    def paint(p: QPainter) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(background)
        p.drawRoundedRect(QRectF(0, 0, 24, 24), 5.5, 5.5)
        p.translate(3, 3)
        p.scale(18 / 24, 18 / 24)
        pen = QPen(QColor("#ffffff"), 2.1)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(stroke)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#ffffff"))
        p.drawPath(fill)

    return paint


def _icon(paint: Callable[[QPainter], None]) -> QIcon:
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(_paint_tile(size, paint))
        icon.addPixmap(_paint_tile(size, paint, 2.0))
    return icon


@cache
def node_icon(node_type: str) -> QIcon:
    """The icon of a node type (a grey question mark for a type outside the catalogue)."""
    spec = spec_for(node_type)
    name = spec.icon if spec else "unknown"
    return _icon(_glyph_painter(name, category_colour(spec.category if spec else None)))


def _severity_painter(severity: str) -> Callable[[QPainter], None]:
    def paint(p: QPainter) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        if severity == "error":
            p.setBrush(QColor("#d93025"))
            p.drawEllipse(QRectF(2, 2, 20, 20))
            mark = QColor("#ffffff")
            top, bottom, dot = 6.5, 13.5, 17.2
        else:
            p.setBrush(QColor("#f2a100"))
            path = QPainterPath()
            path.addPolygon([QPointF(12, 2.5), QPointF(22.5, 20.5), QPointF(1.5, 20.5)])
            path.closeSubpath()
            p.drawPath(path)
            mark = QColor("#2b2100")
            top, bottom, dot = 9, 14.5, 17.6
        pen = QPen(mark, 2.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawLine(QPointF(12, top), QPointF(12, bottom))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(mark)
        p.drawEllipse(QPointF(12, dot), 1.5, 1.5)

    return paint


@cache
def severity_icon(severity: str) -> QIcon:
    """A red disc for ``error``, an amber triangle for ``warning``."""
    return _icon(_severity_painter(severity))


@cache
def app_icon() -> QIcon:
    """The window icon: the branch glyph on the app's blue."""
    return _icon(_glyph_painter("branch", QColor("#2f6bd8")))
