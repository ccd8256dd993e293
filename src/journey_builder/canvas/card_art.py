"""Shared images of what cards have in common, so a card drawn for the first time is quick.

Each card keeps its own drawing as a pixmap (DeviceCoordinateCache), but the first drawing of
a card, when a region of the canvas comes into view for the first time, costs a few dozen
antialiased paths: shadow, card and border, colour strip, icon tile and glyph, ports and
output labels. Everything but the title and the summary looks the same on every card of the
same kind, in the same state, at the same zoom; that part is drawn once into an image here and
copied pixel for pixel into each card's pixmap, and the card draws its two lines of text over
it. The image is drawn with the same sub-pixel offset as the card it is copied into, so the
result is the very same pixels as drawing the card directly.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter, QTransform

from journey_builder.canvas.style import CanvasStyle

__all__ = ["draw_shared", "font_metrics"]

#: The most bytes of images kept; the least recently used go first.
_BUDGET = 24 * 1024 * 1024
_AFFINE = QTransform.TransformationType.TxScale.value
_FORMAT = QImage.Format.Format_ARGB32_Premultiplied
#: Offsets shared: whole pixels, halves, ... eighths (100 %, 50 %, 200 % zoom on whole units).
_STEPS = 8.0

_images: OrderedDict[Hashable, QImage] = OrderedDict()
_sizes: dict[Hashable, int] = {}
#: Styles the images were drawn in, by id: kept alive so no other style can reuse the id.
_styles: dict[int, CanvasStyle] = {}
_used = [0]
_metrics: dict[str, QFontMetricsF] = {}


def font_metrics(font: QFont) -> QFontMetricsF:
    """Metrics of one of the style's fonts, made once (eliding text asks for them often)."""
    key = font.key()
    found = _metrics.get(key)
    if found is None:
        found = _metrics[key] = QFontMetricsF(font)
    return found


def draw_shared(
    painter: QPainter,
    style: CanvasStyle,
    looks: Hashable,
    left: float,
    top: float,
    width: float,
    height: float,
    draw: Callable[[QPainter], None],
) -> bool:
    """Copy the drawing ``draw`` makes of the area (``left``, ``top``, ``width``, ``height``)
    in item coordinates, from a shared image keyed by ``looks`` (everything the drawing depends
    on besides the style and the zoom), drawing it there first if needed.

    Returns False without drawing when the painter's transform is not a plain scale and move,
    or the card sits at an odd fraction of a pixel (an image drawn at one offset is exact only
    there, and odd fractions rarely repeat): then the caller draws directly.
    """
    device = painter.deviceTransform()
    scale = device.m11()
    if device.type().value > _AFFINE or scale <= 0 or device.m22() != scale:
        return False
    x = device.dx() + scale * left
    y = device.dy() + scale * top
    ix, iy = math.floor(x), math.floor(y)
    fx, fy = x - ix, y - iy
    if (fx * _STEPS) % 1.0 or (fy * _STEPS) % 1.0:
        return False
    hints = painter.renderHints()
    key = (id(style), looks, scale, fx, fy, int(hints.value))
    image = _images.get(key)
    if image is None:
        image = _draw(style, key, draw, hints, scale, fx, fy, left, top, width, height)
    else:
        _images.move_to_end(key)
    ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    painter.save()
    painter.setWorldTransform(QTransform.fromScale(1 / ratio, 1 / ratio))
    painter.drawImage(QPoint(ix, iy), image)
    painter.restore()
    return True


def _draw(
    style: CanvasStyle,
    key: Hashable,
    draw: Callable[[QPainter], None],
    hints: QPainter.RenderHint,
    scale: float,
    fx: float,
    fy: float,
    left: float,
    top: float,
    width: float,
    height: float,
) -> QImage:
    image = QImage(math.ceil(fx + width * scale), math.ceil(fy + height * scale), _FORMAT)
    image.fill(0)
    painter = QPainter(image)
    try:
        painter.setRenderHints(hints)
        painter.translate(fx, fy)
        painter.scale(scale, scale)
        painter.translate(-left, -top)
        draw(painter)
    finally:
        painter.end()
    size = image.sizeInBytes()
    if _used[0] + size > _BUDGET:
        while _images and _used[0] + size > _BUDGET:
            old, _image = _images.popitem(last=False)
            _used[0] -= _sizes.pop(old)
        alive = {k[0] for k in _images if isinstance(k, tuple)}
        for style_id in [s for s in _styles if s not in alive]:
            del _styles[style_id]
    _styles[id(style)] = style
    _images[key] = image
    _sizes[key] = size
    _used[0] += size
    return image
