"""A drawing of any size to PNG, in horizontal bands of tiles, with little memory.

Each band is painted as tiles (QImage, QPainter) side by side, converted to RGB and handed to
:class:`~.png.PngRowWriter` row by row; then the band is dropped. Memory is one band's tiles,
whatever the image's size. Tiles are at most :data:`TILE_WIDTH` pixels wide: QPainter's raster
engine draws shapes correctly only up to 32,767 device pixels (``QT_RASTER_COORD_LIMIT``), and
a QImage holds at most 2^31 bytes, so a band as wide as the image would fail past those.

Every tile is painted with the same scale and a whole-pixel offset, and with a margin of
:data:`_PAD` pixels that is cut off (antialiasing and curve flattening near a tile's edge then
come out as inside one big image), so the seams cannot be seen: a banded image equals one
painted at once, pixel for pixel. One exception: Qt's dasher skips the stretches of a dashed
line outside the tile, which can shift the dashes of a faulty connection by a fraction of a
dash at a seam.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from journey_builder.canvas.export.blocks import Draw
from journey_builder.canvas.export.png import PngRowWriter, level_for
from journey_builder.canvas.export.sizing import OutputSize

__all__ = ["BAND_BYTES", "TILE_WIDTH", "paint_tile", "stream_png"]

#: Widest tile painted (well inside the raster engine's 32,767).
TILE_WIDTH = 8192
#: About how many bytes a band's tiles take (4 per pixel while painted, 3 once converted);
#: sets the band's height. Bigger bands save little time: painting is per item, not per band.
BAND_BYTES = 24 << 20
#: Pixels painted beyond each side of a tile and then cut off.
_PAD = 32
#: Bands are at least this many rows, so the margin costs little.
_MIN_BAND = 128
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
    band_rows: int | None = None,
) -> Iterator[float]:
    """Write the drawing as a PNG to ``out``, one band at a time; yields the share done.

    Bands are ``band_rows`` high (by default as many as :data:`BAND_BYTES` allows), tiles at
    most ``tile_width`` wide.
    """
    width, height = size.width, size.height
    tile_width = max(1, min(tile_width, width))
    if band_rows is None:
        band_rows = max(_MIN_BAND, BAND_BYTES // (4 * width))
    band = max(1, min(height, band_rows))
    writer = PngRowWriter(out, width, height, level=level_for(width * height))
    columns = [(x, min(tile_width, width - x)) for x in range(0, width, tile_width)]
    pad = _PAD
    for y in range(0, height, band):
        rows = min(band, height - y)
        tiles = []
        for x, w in columns:
            # painted with a margin all round and cropped: antialiasing at a tile's edge then
            # comes out as it does inside one big image
            tile = paint_tile(draw, size, background, x - pad, y - pad, w + 2 * pad, rows + 2 * pad)
            rgb = tile.convertToFormat(QImage.Format.Format_RGB888)
            del tile
            stride = rgb.bytesPerLine()
            first = pad * stride + 3 * pad
            tiles.append((rgb, rgb.constBits(), stride, first, 3 * w))
        for r in range(rows):
            writer.add_row(
                [bits[at + r * stride : at + r * stride + n] for _i, bits, stride, at, n in tiles]
            )
        del tiles
        yield (y + rows) / height
    writer.finish()
