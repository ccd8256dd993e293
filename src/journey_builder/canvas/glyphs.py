"""Node-type glyphs as vector paths on a 24-unit grid: crisp at any zoom, nothing to ship.

``glyph(icon)`` gives an outline path (stroked) and a solid path (filled); an icon name the
canvas does not know gets a letter badge instead (:func:`letter_glyph`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QPainterPath, QPolygonF

__all__ = ["GLYPH_NAMES", "glyph", "letter_glyph"]


def _poly(*points: tuple[float, float], close: bool = False) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    if close:
        path.closeSubpath()
    return path


def _ring(cx: float, cy: float, r: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), r, r)
    return path


def _play() -> tuple[QPainterPath, QPainterPath]:
    return QPainterPath(), _poly((8, 5), (19, 12), (8, 19), close=True)


def _send() -> tuple[QPainterPath, QPainterPath]:
    outline = _poly((3, 11), (21, 3), (14, 21), (11, 13), close=True)
    outline.addPath(_poly((11, 13), (21, 3)))
    return outline, QPainterPath()


def _help() -> tuple[QPainterPath, QPainterPath]:
    outline = _ring(12, 12, 9)
    outline.moveTo(9.2, 9.5)
    outline.cubicTo(9.2, 6.2, 14.8, 6.2, 14.8, 9.5)
    outline.cubicTo(14.8, 11.5, 12, 11.6, 12, 14)
    return outline, _ring(12, 17.3, 1.2)


def _clock() -> tuple[QPainterPath, QPainterPath]:
    outline = _ring(12, 12, 9)
    outline.addPath(_poly((12, 6.5), (12, 12), (16, 14.5)))
    return outline, QPainterPath()


def _bell() -> tuple[QPainterPath, QPainterPath]:
    outline = QPainterPath(QPointF(6.5, 16))
    outline.lineTo(6.5, 11)
    outline.arcTo(QRectF(6.5, 5, 11, 12), 180, -180)
    outline.lineTo(17.5, 16)
    outline.addPath(_poly((4.5, 16.5), (19.5, 16.5)))
    return outline, _ring(12, 19.5, 1.7)


def _branch() -> tuple[QPainterPath, QPainterPath]:
    outline = _poly((12, 6), (12, 11))
    outline.addPath(_poly((6, 18), (6, 15), (12, 11), (18, 15), (18, 18)))
    solid = _ring(12, 5, 2.2)
    solid.addPath(_ring(6, 19.5, 2.2))
    solid.addPath(_ring(18, 19.5, 2.2))
    return outline, solid


def _shuffle() -> tuple[QPainterPath, QPainterPath]:
    outline = QPainterPath(QPointF(3.5, 7))
    outline.lineTo(7, 7)
    outline.cubicTo(12.5, 7, 11.5, 17, 17, 17)
    outline.lineTo(20, 17)
    outline.moveTo(3.5, 17)
    outline.lineTo(7, 17)
    outline.cubicTo(12.5, 17, 11.5, 7, 17, 7)
    outline.lineTo(20, 7)
    outline.addPath(_poly((17, 4), (20, 7), (17, 10)))
    outline.addPath(_poly((17, 14), (20, 17), (17, 20)))
    return outline, QPainterPath()


def _person(cx: float) -> QPainterPath:
    path = _ring(cx, 8, 3.5)
    path.moveTo(cx - 6.5, 19.5)
    path.cubicTo(cx - 6.5, 12.5, cx + 6.5, 12.5, cx + 6.5, 19.5)
    return path


def _user_edit() -> tuple[QPainterPath, QPainterPath]:
    outline = _person(9.5)
    outline.addPath(_poly((14, 20.5), (14.5, 18), (19.5, 13), (21.5, 15), (16.5, 20), close=True))
    return outline, QPainterPath()


def _user_check() -> tuple[QPainterPath, QPainterPath]:
    outline = _person(9)
    outline.addPath(_poly((14.5, 14.5), (17, 17), (21.5, 11.5)))
    return outline, QPainterPath()


def _tag() -> tuple[QPainterPath, QPainterPath]:
    outline = _poly((4, 4), (12, 4), (20.5, 12.5), (12.5, 20.5), (4, 12), close=True)
    return outline, _ring(8.5, 8.5, 1.8)


def _chat() -> tuple[QPainterPath, QPainterPath]:
    outline = QPainterPath()
    outline.addRoundedRect(QRectF(3.5, 4.5, 17, 11.5), 3, 3)
    outline.addPath(_poly((8, 16), (7, 20.5), (12.5, 16)))
    return outline, QPainterPath()


def _globe() -> tuple[QPainterPath, QPainterPath]:
    outline = _ring(12, 12, 9)
    outline.addEllipse(QPointF(12, 12), 4, 9)
    outline.addPath(_poly((3, 12), (21, 12)))
    return outline, QPainterPath()


def _jump() -> tuple[QPainterPath, QPainterPath]:
    outline = QPainterPath(QPointF(6, 20))
    outline.lineTo(6, 12)
    outline.quadTo(6, 7.5, 10.5, 7.5)
    outline.lineTo(19, 7.5)
    outline.addPath(_poly((15.5, 4), (19, 7.5), (15.5, 11)))
    return outline, QPainterPath()


def _flag() -> tuple[QPainterPath, QPainterPath]:
    outline = _poly((6.5, 3.5), (6.5, 21))
    solid = _poly((6.5, 4), (18.5, 4), (15.5, 8.75), (18.5, 13.5), (6.5, 13.5), close=True)
    return outline, solid


_BUILDERS: dict[str, Callable[[], tuple[QPainterPath, QPainterPath]]] = {
    "play": _play,
    "send": _send,
    "help": _help,
    "clock": _clock,
    "bell": _bell,
    "branch": _branch,
    "shuffle": _shuffle,
    "user-edit": _user_edit,
    "user-check": _user_check,
    "tag": _tag,
    "chat": _chat,
    "globe": _globe,
    "jump": _jump,
    "flag": _flag,
}

#: Icon names that have a drawn glyph.
GLYPH_NAMES = frozenset(_BUILDERS)


@cache
def glyph(icon: str) -> tuple[QPainterPath, QPainterPath] | None:
    """(outline, solid) paths of an icon on a 24 x 24 grid, or None for an unknown name."""
    builder = _BUILDERS.get(icon)
    return builder() if builder is not None else None


@cache
def letter_glyph(letter: str) -> QPainterPath:
    """A solid letter centred on the 24 x 24 grid (for node types without a glyph)."""
    font = QFont()
    font.setPixelSize(15)
    font.setBold(True)
    path = QPainterPath()
    path.addText(0, 0, font, (letter or "?")[:1].upper())
    box = path.boundingRect()
    return path.translated(QPointF(12, 12) - box.center())
