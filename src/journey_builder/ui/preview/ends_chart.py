"""A small bar chart of how a cohort's paths ended, drawn with QPainter.

One row per end: exits one by one (each exit step is a different outcome), then the other
kinds (still waiting, dead end, jump limit…). Each row has its label, a bar as long as its share
and the count with its percentage, so the chart reads without colour; green is an exit, blue
still waiting, amber an end that usually means a mistake. Its accessible description lists the
same rows as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from journey_builder.canvas.path_overlay import end_colour
from journey_builder.ui.common.theme import is_dark

__all__ = ["Bar", "EndsChart"]

_PAD = 6.0
_GAP = 8.0


@dataclass(frozen=True)
class Bar:
    """One row of the chart."""

    kind: str
    label: str
    count: int
    percent: float

    def value_text(self) -> str:
        return f"{self.count:,} · {self.percent:.1f} %"


class EndsChart(QWidget):
    """Bars of end counts; :meth:`set_bars` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._total = 0
        self.setAccessibleName(self.tr("How the paths ended"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setToolTip("")

    def set_bars(self, bars: Sequence[tuple[str, str, int]], total: int) -> None:
        """``bars``: (end kind, label, count) in the order to show them."""
        self._total = total
        self._bars = [
            Bar(kind, label, count, 100.0 * count / total if total else 0.0)
            for kind, label, count in bars
        ]
        self.setAccessibleDescription("\n".join(f"{b.label}: {b.value_text()}" for b in self._bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    # --- geometry --------------------------------------------------------------------------------

    def _row_height(self) -> float:
        return QFontMetricsF(self.font()).height() + 10.0

    def sizeHint(self) -> QSize:
        rows = max(1, len(self._bars))
        return QSize(320, int(rows * self._row_height() + 2 * _PAD))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def _columns(self) -> tuple[float, float, float]:
        """(label width, bar start, bar room) for the current width."""
        metrics = QFontMetricsF(self.font())
        width = float(self.width())
        widest = max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0.0)
        label_w = min(widest, width * 0.42)
        value_w = max((metrics.horizontalAdvance(b.value_text()) for b in self._bars), default=0.0)
        start = _PAD + label_w + _GAP
        room = max(8.0, width - start - value_w - _GAP - _PAD)
        return label_w, start, room

    def _row_rect(self, index: int) -> QRectF:
        h = self._row_height()
        return QRectF(0, _PAD + index * h, self.width(), h)

    # --- drawing ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        dark = is_dark(palette)
        metrics = QFontMetricsF(self.font())
        label_w, start, room = self._columns()
        text = palette.color(QPalette.ColorRole.WindowText)
        track = palette.color(QPalette.ColorRole.Mid)
        track.setAlphaF(0.35)
        for i, bar in enumerate(self._bars):
            row = self._row_rect(i)
            mid = row.center().y()
            painter.setPen(text)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w)
            painter.drawText(
                QRectF(_PAD, row.top(), label_w, row.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            bar_h = max(8.0, row.height() - 12.0)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(QRectF(start, mid - bar_h / 2, room, bar_h), 3, 3)
            length = room * bar.percent / 100.0
            if bar.count > 0:
                painter.setBrush(end_colour(bar.kind, dark))
                painter.drawRoundedRect(
                    QRectF(start, mid - bar_h / 2, max(3.0, length), bar_h), 3, 3
                )
            painter.setPen(text)
            painter.drawText(
                QPointF(start + room + _GAP, mid + metrics.ascent() / 2 - metrics.descent() / 2),
                bar.value_text(),
            )
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for i, bar in enumerate(self._bars):
                if self._row_rect(i).contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), f"{bar.label}: {bar.value_text()}", self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)
