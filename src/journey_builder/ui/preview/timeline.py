"""The contact's path as a list: one row per step, then how it ended.

A row reads "3.  +7d   First order? (first_order) → yes", with the simulator's reason on the
line below ("Yes: orders_count equals 1, holds"): number and time in narrow columns, the step in
bold, the reason muted and wrapped to the list's width. The number is the one on the canvas, on the
edge the step left through. A click, or Enter, on a row asks the window to select and centre
that step; the end row points at the step where the path ended.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from journey_builder.i18n import phrase_text
from journey_builder.simulation import SimulationResult
from journey_builder.ui.common.theme import semantic_colour
from journey_builder.ui.common.widgets import plain_tooltip
from journey_builder.ui.preview.texts import end_name, when

__all__ = ["TimelineList", "TimelineRow", "timeline_rows"]

_KEY_ROLE = Qt.ItemDataRole.UserRole
_PAD = 6.0


@dataclass(frozen=True)
class TimelineRow:
    """One row: its number ("3." or "■" for the end), when, what, why, and the step it shows."""

    marker: str
    when: str
    title: str
    reason: str
    node_key: str | None
    is_end: bool = False

    @property
    def headline(self) -> str:
        return f"{self.marker}  {self.when}   {self.title}"

    @property
    def text(self) -> str:
        return f"{self.headline}\n{self.reason}" if self.reason else self.headline


def timeline_rows(
    result: SimulationResult,
    node_keys: Sequence[str],
    titles: Sequence[str],
    end_label: str,
) -> list[TimelineRow]:
    """Rows for a walk; ``node_keys`` and ``titles`` by index of the definition's nodes (as
    they were when the walk ran). ``end_label`` is the translated "End" word; the reasons are
    shown in the reader's language."""
    rows: list[TimelineRow] = []
    for number, step in enumerate(result.steps, start=1):
        key = node_keys[step.node_index] if step.node_index < len(node_keys) else None
        title = titles[step.node_index] if step.node_index < len(titles) else step.node_id
        what = f"{title} ({step.node_id})"
        if step.handle is not None:
            what += f" → {step.handle}"
        reason = phrase_text(step.phrase, step.reason)
        rows.append(TimelineRow(f"{number}.", when(step.at), what, reason, key))
    end = result.end
    index = end.node_index
    key = node_keys[index] if index is not None and index < len(node_keys) else None
    what = f"{end_label}: {end_name(end.kind)}"
    if index is not None and index < len(titles):
        what += f" · {titles[index]} ({end.node_id})"
    reason = phrase_text(end.phrase, end.reason)
    rows.append(TimelineRow("■", when(end.at), what, reason, key, is_end=True))
    return rows


class _RowDelegate(QStyledItemDelegate):
    """Draws a row as a number and a time in narrow columns, the step in bold beside them, and
    the reason under the step in the muted colour, wrapped to the list's width."""

    def __init__(self, owner: TimelineList) -> None:
        super().__init__(owner)
        self._owner = owner

    def _fonts(self) -> tuple[QFont, QFont]:
        base = QFont(self._owner.font())
        bold = QFont(base)
        bold.setBold(True)
        return bold, base

    def _columns(self) -> tuple[float, float]:
        """(x of the time, x of the text)."""
        metrics = QFontMetricsF(self._owner.font())
        number_w = metrics.horizontalAdvance("88.") + _PAD
        when_w = metrics.horizontalAdvance("+88d 88h") + 2 * _PAD
        return _PAD + number_w, _PAD + number_w + when_w

    def _row(self, index: QModelIndex | QPersistentModelIndex) -> TimelineRow | None:
        rows = self._owner.rows()
        return rows[index.row()] if 0 <= index.row() < len(rows) else None

    def _text_rects(self, row: TimelineRow, width: float) -> tuple[QRectF, QRectF]:
        bold, base = self._fonts()
        _when_x, text_x = self._columns()
        room = max(40.0, width - text_x - _PAD)
        flags = int(Qt.TextFlag.TextWordWrap)
        title = QFontMetricsF(bold).boundingRect(QRectF(0, 0, room, 1e6), flags, row.title)
        reason = QFontMetricsF(base).boundingRect(QRectF(0, 0, room, 1e6), flags, row.reason)
        top = _PAD / 2 + 1
        title_rect = QRectF(text_x, top, room, title.height())
        reason_rect = QRectF(
            text_x, title_rect.bottom() + 1, room, reason.height() if row.reason else 0
        )
        return title_rect, reason_rect

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        row = self._row(index)
        if row is None:
            return super().sizeHint(option, index)
        width = float(self._owner.viewport().width())
        _title, reason = self._text_rects(row, width)
        return QSize(int(width), int(reason.bottom() + _PAD / 2 + 2))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = self._row(index)
        if row is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = self._owner
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        ink = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = ink if selected else semantic_colour("muted", palette)
        bold, base = self._fonts()
        origin = QPointF(opt.rect.topLeft())
        title_rect, reason_rect = self._text_rects(row, float(opt.rect.width()))
        when_x, _text_x = self._columns()
        painter.save()
        painter.translate(origin)
        painter.setFont(bold if row.is_end else base)
        painter.setPen(muted)
        line = QRectF(_PAD, title_rect.top(), when_x - _PAD, title_rect.height())
        painter.drawText(
            line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), row.marker
        )
        when_rect = QRectF(
            when_x, title_rect.top(), title_rect.left() - when_x, title_rect.height()
        )
        painter.drawText(
            when_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), row.when
        )
        painter.setFont(bold)
        painter.setPen(ink)
        painter.drawText(title_rect, int(Qt.TextFlag.TextWordWrap), row.title)
        painter.setFont(base)
        painter.setPen(muted)
        painter.drawText(reason_rect, int(Qt.TextFlag.TextWordWrap), row.reason)
        painter.restore()


class TimelineList(QListWidget):
    """The rows of :func:`timeline_rows`; activating one asks to show its step."""

    #: The node key of the row clicked or entered.
    stepActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Timeline"))
        self.setAccessibleDescription(
            self.tr("The steps the contact took, in order; Enter shows the step on the canvas")
        )
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setItemDelegate(_RowDelegate(self))
        self.itemClicked.connect(self._activate)
        self._rows: list[TimelineRow] = []

    def set_rows(self, rows: Sequence[TimelineRow]) -> None:
        self.clear()
        self._rows = list(rows)
        for row in rows:
            item = QListWidgetItem(row.text, self)
            item.setData(_KEY_ROLE, row.node_key)
            item.setToolTip(plain_tooltip(row.text))

    def rows(self) -> list[TimelineRow]:
        return list(self._rows)

    def row_texts(self) -> list[str]:
        return [row.text for row in self._rows]

    def activate_row(self, index: int) -> None:
        """As a click on row ``index``."""
        item = self.item(index)
        if item is not None:
            self.setCurrentItem(item)
            self._activate(item)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self._activate(item)
            event.accept()
            return
        super().keyPressEvent(event)

    def _activate(self, item: QListWidgetItem) -> None:
        key = item.data(_KEY_ROLE)
        if isinstance(key, str):
            self.stepActivated.emit(key)
