"""SVG and PDF: vector drawings, so cards keep their text at any size.

Both are painted in canvas units (the SVG's ``viewBox``, the PDF's high resolution), so the
cards are drawn in full detail whatever size the file declares: a reader zooms in and reads
every step. The SVG declares the pixel size asked for (``width``/``height``) and is written
straight to disk by QSvgGenerator, its one size line put right while copying (memory stays
small and time linear in the steps). The PDF is one page the drawing's size (96 pixels to the
inch, at most :data:`MAX_PAGE_PT` points a side, Acrobat's limit: larger drawings are scaled to
fit, still vector), or A4/Letter pages tiling the drawing at its size, for printing, each page
footed with where it sits.
"""

from __future__ import annotations

import math
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTransform,
)
from PySide6.QtSvg import QSvgGenerator

from journey_builder.canvas.export.blocks import Draw
from journey_builder.canvas.export.sizing import OutputSize

__all__ = ["MAX_PAGE_PT", "PAPERS", "PdfPage", "pdf_pages", "write_pdf", "write_svg"]

#: Paper sizes ``--pages`` takes.
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
#: The largest page side in points (200 inches) that PDF readers show (Acrobat's limit).
MAX_PAGE_PT = 14_400.0
#: Points per pixel: the drawing's pixels are printed at 96 to the inch, as on a screen.
PT_PER_PX = 0.75
#: Device units per inch of the PDF: 100 per point, so cards stay detailed at any scale.
_PDF_RESOLUTION = 7200
_MARGIN_PT = 10 / 25.4 * 72  # 10 mm
_FOOTER_PT = 14.0
_HINTS = (
    QPainter.RenderHint.Antialiasing
    | QPainter.RenderHint.TextAntialiasing
    | QPainter.RenderHint.SmoothPixmapTransform
)
_SVG_SIZE = re.compile(rb'<svg width="[^"]*" height="[^"]*"')


def write_svg(path: Path, draw: Draw, size: OutputSize, background: QColor, title: str) -> None:
    """Write the SVG to ``path`` (the caller moves it into place)."""
    raw = path.with_name(path.name + ".raw")
    source = size.source
    area = QRectF(source.left, source.top, source.width, source.height)
    generator = QSvgGenerator()
    generator.setFileName(str(raw))
    generator.setSize(QSize(size.width, size.height))
    generator.setViewBox(QRectF(0, 0, source.width, source.height))
    generator.setTitle(title)
    generator.setDescription("Drawn by Journey Builder")
    try:
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(f"cannot write {raw}")
        try:
            painter.setRenderHints(_HINTS)
            painter.translate(-source.left, -source.top)
            painter.fillRect(area, background)
            draw(painter, area)
        finally:
            painter.end()
        del generator
        _copy_fixing_size(raw, path, size)
    finally:
        raw.unlink(missing_ok=True)


def _copy_fixing_size(raw: Path, path: Path, size: OutputSize) -> None:
    """Copy, stating the size in pixels (QSvgGenerator states millimetres), in constant memory."""
    with open(raw, "rb") as src, open(path, "wb") as dst:
        head = src.read(1 << 16)
        fixed = f'<svg width="{size.width}" height="{size.height}"'.encode()
        dst.write(_SVG_SIZE.sub(fixed, head, count=1))
        shutil.copyfileobj(src, dst, 1 << 20)


@dataclass(frozen=True, slots=True)
class PdfPage:
    """One page: its size (points), where the drawing's part goes on it, and which part."""

    width: float
    height: float
    frame: QRectF  # the printed area on the page, points
    offset: tuple[float, float]  # the part's top-left in the drawing, points
    row: int
    column: int
    rows: int
    columns: int


def pdf_pages(size: OutputSize, paper: str | None) -> tuple[list[PdfPage], float]:
    """The pages and the drawing's points per pixel; one page without ``paper``."""
    draw_w, draw_h = size.width * PT_PER_PX, size.height * PT_PER_PX
    if paper is None:
        fit = min(1.0, MAX_PAGE_PT / draw_w, MAX_PAGE_PT / draw_h)
        # PDF pages are whole points (QPageSize rounds): the page is rounded up and the sliver
        # beyond the drawing gets the background too
        page_w = float(math.ceil(draw_w * fit - 1e-6))
        page_h = float(math.ceil(draw_h * fit - 1e-6))
        page = PdfPage(page_w, page_h, QRectF(0, 0, page_w, page_h), (0.0, 0.0), 0, 0, 1, 1)
        return [page], PT_PER_PX * fit
    sheet = QPageSize(PAPERS[paper]).size(QPageSize.Unit.Point)
    best: tuple[int, float, float] | None = None
    for w, h in ((sheet.width(), sheet.height()), (sheet.height(), sheet.width())):
        inner_w, inner_h = w - 2 * _MARGIN_PT, h - 2 * _MARGIN_PT - _FOOTER_PT
        count = math.ceil(draw_w / inner_w - 1e-9) * math.ceil(draw_h / inner_h - 1e-9)
        if best is None or count < best[0]:
            best = (count, w, h)
    assert best is not None
    _count, w, h = best
    inner_w, inner_h = w - 2 * _MARGIN_PT, h - 2 * _MARGIN_PT - _FOOTER_PT
    columns = max(1, math.ceil(draw_w / inner_w - 1e-9))
    rows = max(1, math.ceil(draw_h / inner_h - 1e-9))
    pages = []
    for r in range(rows):
        for c in range(columns):
            part_w = min(inner_w, draw_w - c * inner_w)
            part_h = min(inner_h, draw_h - r * inner_h)
            frame = QRectF(_MARGIN_PT, _MARGIN_PT, part_w, part_h)
            pages.append(PdfPage(w, h, frame, (c * inner_w, r * inner_h), r, c, rows, columns))
    return pages, PT_PER_PX


def write_pdf(
    path: Path,
    draw: Draw,
    size: OutputSize,
    background: QColor,
    title: str,
    paper: str | None,
) -> Iterator[float]:
    """Write the PDF to ``path``; yields the share of pages done."""
    pages, pt_per_px = pdf_pages(size, paper)
    writer = QPdfWriter(str(path))
    writer.setResolution(_PDF_RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Journey Builder")
    unit = _PDF_RESOLUTION / 72.0  # device units per point
    scale = size.scale * pt_per_px  # points per canvas unit
    source = size.source
    painter = QPainter()
    for number, page in enumerate(pages):
        layout = QPageLayout(
            QPageSize(
                QSizeF(page.width, page.height),
                QPageSize.Unit.Point,
                "",
                QPageSize.SizeMatchPolicy.ExactMatch,
            ),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Point,
        )
        writer.setPageLayout(layout)
        if number == 0:
            if not painter.begin(writer):
                raise OSError(f"cannot write {path}")
        elif not writer.newPage():
            raise OSError(f"cannot add page {number + 1} to {path}")
        frame = page.frame
        painter.resetTransform()
        painter.setRenderHints(_HINTS)
        device_frame = QRectF(
            frame.left() * unit, frame.top() * unit, frame.width() * unit, frame.height() * unit
        )
        painter.setClipRect(device_frame)
        painter.fillRect(device_frame, background)
        ox, oy = page.offset
        dx = (frame.left() - ox) * unit - source.left * scale * unit
        dy = (frame.top() - oy) * unit - source.top * scale * unit
        painter.setTransform(QTransform(scale * unit, 0, 0, scale * unit, dx, dy))
        seen = QRectF(
            source.left + ox / scale,
            source.top + oy / scale,
            frame.width() / scale,
            frame.height() / scale,
        )
        draw(painter, seen)
        if page.rows * page.columns > 1:
            _footer(painter, page, number, len(pages), title, unit)
        yield (number + 1) / len(pages)
    painter.end()


def _footer(
    painter: QPainter, page: PdfPage, number: int, count: int, title: str, unit: float
) -> None:
    painter.setClipping(False)
    painter.resetTransform()
    font = QFont()
    font.setPointSizeF(8)
    painter.setFont(font)
    painter.setPen(QColor("#555555"))
    text = (
        f"{title} — page {number + 1} of {count}: row {page.row + 1} of {page.rows}, "
        f"column {page.column + 1} of {page.columns}"
    )
    box = QRectF(
        _MARGIN_PT * unit,
        (page.height - _MARGIN_PT - _FOOTER_PT + 3) * unit,
        (page.width - 2 * _MARGIN_PT) * unit,
        (_FOOTER_PT - 3) * unit,
    )
    painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
