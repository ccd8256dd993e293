"""A drawing of any size to PNG, in horizontal bands of tiles, with little memory.

Each band is painted as tiles (QImage, QPainter) side by side, converted to RGB and handed to
:class:`~.png.PngRowWriter` row by row; then the band is dropped. Memory is one band's tiles,
whatever the image's size. Tiles are at most :data:`TILE_WIDTH` pixels wide: QPainter's raster
engine draws shapes correctly only up to 32,767 device pixels (``QT_RASTER_COORD_LIMIT``), and
a QImage holds at most 2^31 bytes, so a band as wide as the image would fail past those.

Every tile is painted with the same scale and a whole-pixel offset, so the seams cannot be
seen: a banded image equals one painted at once, pixel for pixel.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from journey_builder.canvas.export.blocks import Draw
from journey_builder.canvas.export.png import PngRowWriter
from journey_builder.canvas.export.sizing import OutputSize

__all__ = ["TILE_BYTES", "TILE_WIDTH", "paint_tile", "stream_png"]

#: Widest tile painted (well inside the raster engine's 32,767).
TILE_WIDTH = 8192
#: About how many bytes one tile takes (4 per pixel); sets the band's height.
TILE_BYTES = 32 << 20
_HINTS = (
    QPainter.RenderHint.Antialiasing
    | QPainter.RenderHint.TextAntialiasing
    | QPainter.RenderHint.SmoothPixmapTransform
)


def paint_tile(
    draw: Draw, size: OutputSize, background: QColor, x: int, y: int, width: int, height: int
) -> QImage:
    """The image's pixels ``[x, x + width) × [y, y + height)``, painted on their own."""
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise MemoryError(f"no memory for a {width} × {height} tile")
    image.fill(background)
    s = size.scale
    left, top = size.source.left, size.source.top
    painter = QPainter(image)
    try:
        painter.setRenderHints(_HINTS)
        painter.setTransform(QTransform(s, 0, 0, s, -left * s - x, -top * s - y))
        draw(painter, QRectF(left + x / s, top + y / s, width / s, height / s))
    finally:
        painter.end()
    return image


def stream_png(
    out: BinaryIO,
    draw: Draw,
    size: OutputSize,
    background: QColor,
    *,
    tile_width: int = TILE_WIDTH,
    tile_bytes: int = TILE_BYTES,
) -> Iterator[float]:
    """Write the drawing as a PNG to ``out``, one band at a time; yields the share done."""
    width, height = size.width, size.height
    tile_width = max(1, min(tile_width, width))
    band = max(1, min(height, tile_bytes // (4 * tile_width)))
    writer = PngRowWriter(out, width, height)
    columns = [(x, min(tile_width, width - x)) for x in range(0, width, tile_width)]
    for y in range(0, height, band):
        rows = min(band, height - y)
        tiles = []
        for x, w in columns:
            rgb = paint_tile(draw, size, background, x, y, w, rows).convertToFormat(
                QImage.Format.Format_RGB888
            )
            tiles.append((rgb, rgb.constBits(), rgb.bytesPerLine(), 3 * w))
        for r in range(rows):
            writer.add_row([bits[r * stride : r * stride + n] for _img, bits, stride, n in tiles])
        del tiles
        yield (y + rows) / height
    writer.finish()
