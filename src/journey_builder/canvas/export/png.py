"""A PNG written row by row: signature, IHDR, IDAT chunks from one zlib stream, IEND.

PNG is a small, standard format (RFC 2083 / ISO 15948): an 8-byte signature, then chunks of
``length, type, data, CRC-32``. The pixels are one zlib stream over the rows, each row led by
a filter byte (0: none), cut into IDAT chunks of any size. Writing it ourselves lets the
rows come in bands, so an image of any size is never whole in memory: only the compressor's
window and one chunk's worth of output are held. No Qt here.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from typing import BinaryIO

__all__ = ["FAST_FROM_PIXELS", "PNG_SIGNATURE", "PngRowWriter", "level_for"]

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: Output is gathered into IDAT chunks of about this size.
_CHUNK = 1 << 20
#: zlib's default level; see :func:`level_for` for large images.
_LEVEL = 6
#: Past this many pixels, level 1: a 370-megapixel drawing compresses in 2 s instead of 4,
#: to a file about twice the size (level 6 halves what level 1 leaves, at twice the time).
FAST_FROM_PIXELS = 16_000_000
_NO_FILTER = b"\x00"
_MAX_SIDE = (1 << 31) - 1  # the format's own limit


def level_for(pixels: int) -> int:
    """The zlib level for an image of this many pixels: small files for slides, speed for huge."""
    return _LEVEL if pixels <= FAST_FROM_PIXELS else 1


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


class PngRowWriter:
    """Writes an 8-bit RGB PNG of ``width`` × ``height`` to ``out``, row by row.

    Call :meth:`add_row` once per row, top to bottom, with the row's RGB bytes (in one or
    several parts, left to right), then :meth:`finish`.
    """

    def __init__(self, out: BinaryIO, width: int, height: int, *, level: int = _LEVEL) -> None:
        if not (0 < width <= _MAX_SIDE and 0 < height <= _MAX_SIDE):
            raise ValueError(f"a PNG is 1 to {_MAX_SIDE} pixels a side, not {width} × {height}")
        self._out = out
        self.width = width
        self.height = height
        self.rows = 0
        self._row_bytes = 3 * width
        self._zip = zlib.compressobj(level)
        self._pending: list[bytes] = []
        self._pending_size = 0
        # 8-bit samples, colour type 2 (RGB), deflate, adaptive filtering, no interlace
        header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
        out.write(PNG_SIGNATURE)
        out.write(_chunk(b"IHDR", header))

    def add_row(self, parts: Sequence[bytes | bytearray | memoryview]) -> None:
        """One row of RGB bytes (3 per pixel), given as consecutive parts."""
        if self.rows >= self.height:
            raise ValueError("more rows than the image's height")
        size = 0
        compress = self._zip.compress
        self._take(compress(_NO_FILTER))
        for part in parts:
            size += len(part)
            self._take(compress(part))
        if size != self._row_bytes:
            raise ValueError(f"a row of {self.width} pixels is {self._row_bytes} bytes, not {size}")
        self.rows += 1

    def _take(self, data: bytes) -> None:
        if data:
            self._pending.append(data)
            self._pending_size += len(data)
            if self._pending_size >= _CHUNK:
                self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._out.write(_chunk(b"IDAT", b"".join(self._pending)))
            self._pending.clear()
            self._pending_size = 0

    def finish(self) -> None:
        """Close the pixel stream and write IEND; every row must have been given."""
        if self.rows != self.height:
            raise ValueError(f"{self.rows} rows given for an image {self.height} high")
        self._pending.append(self._zip.flush())
        self._pending_size += len(self._pending[-1])
        self._flush()
        self._out.write(_chunk(b"IEND", b""))
