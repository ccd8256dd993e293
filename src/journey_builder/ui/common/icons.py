"""Icons drawn in code (no image files to ship): node types, problem severities, the app.

A node icon is a rounded tile in its category's colour with the white glyph the canvas cards
use (:mod:`journey_builder.canvas.glyphs`), so the palette and the cards look alike.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from journey_builder.canvas.glyphs import glyph, letter_glyph
from journey_builder.canvas.style import category_colour
from journey_builder.model import spec_for

__all__ = ["app_icon", "node_icon", "severity_icon"]

_SIZES = (16, 20, 24, 32, 48, 64)
_WHITE = QColor("#ffffff")


def _pixmap(size: int, paint: Callable[[QPainter], None], dpr: float = 1.0) -> QPixmap:
    pixmap = QPixmap(int(size * dpr), int(size * dpr))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 24, size / 24)
    paint(painter)
    painter.end()
    return pixmap


def _icon(paint: Callable[[QPainter], None]) -> QIcon:
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(_pixmap(size, paint))
        icon.addPixmap(_pixmap(size, paint, 2.0))
    return icon


def _tile_painter(
    icon_name: str | None, letter: str, background: QColor
) -> Callable[[QPainter], None]:
    paths = glyph(icon_name) if icon_name else None

    def paint(p: QPainter) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(background)
        p.drawRoundedRect(QRectF(0, 0, 24, 24), 5.5, 5.5)
        p.translate(3.5, 3.5)
        p.scale(17 / 24, 17 / 24)
        if paths is None:
            p.setBrush(_WHITE)
            p.drawPath(letter_glyph(letter))
            return
        outline, solid = paths
        pen = QPen(_WHITE, 2.2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(outline)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_WHITE)
        p.drawPath(solid)

    return paint


@cache
def node_icon(node_type: str) -> QIcon:
    """The icon of a node type (its first letter on grey for a type outside the catalogue)."""
    spec = spec_for(node_type)
    return _icon(
        _tile_painter(spec.icon if spec else None, node_type[:1] or "?", category_colour(node_type))
    )


def _severity_painter(severity: str) -> Callable[[QPainter], None]:
    def paint(p: QPainter) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        if severity == "warning":
            p.setBrush(QColor("#f2a100"))
            path = QPainterPath()
            path.addPolygon([QPointF(12, 2.5), QPointF(22.5, 20.5), QPointF(1.5, 20.5)])
            path.closeSubpath()
            p.drawPath(path)
            mark, top, bottom, dot = QColor("#2b2100"), 9.0, 14.5, 17.6
        else:
            p.setBrush(QColor("#d93025" if severity == "error" else "#1f8a4c"))
            p.drawEllipse(QRectF(2, 2, 20, 20))
            mark, top, bottom, dot = _WHITE, 6.5, 13.5, 17.2
        pen = QPen(mark, 2.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        if severity == "ok":
            path = QPainterPath(QPointF(7.5, 12.5))
            path.lineTo(10.8, 15.6)
            path.lineTo(16.5, 8.8)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            return
        p.drawLine(QPointF(12, top), QPointF(12, bottom))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(mark)
        p.drawEllipse(QPointF(12, dot), 1.5, 1.5)

    return paint


@cache
def severity_icon(severity: str) -> QIcon:
    """A red disc for ``error``, an amber triangle for ``warning``, a green tick for ``ok``."""
    return _icon(_severity_painter(severity))


@cache
def app_icon() -> QIcon:
    """A fallback window icon (the branch glyph on blue) when the installed icon is missing."""
    return _icon(_tile_painter("branch", "J", QColor("#2f6bd8")))
