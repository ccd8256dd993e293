"""How the library and remote panels draw a journey: a two-line row with a badge.

First line: the name, and on the right a coloured badge (the sync state: local only, synced,
modified, changed remotely, conflict; or a remote journey's status). Second line, muted: when it
was last edited and its status on Flownally. Everything is drawn as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journey_builder.i18n import label_text
from journey_builder.model import JOURNEY_STATUSES
from journey_builder.model.texts import QT_TRANSLATE_NOOP
from journey_builder.storage.library import SyncState
from journey_builder.ui.common.theme import is_dark, semantic_colour

__all__ = [
    "BADGE_ROLE",
    "DETAIL_ROLE",
    "Badge",
    "JourneyRowDelegate",
    "relative_time",
    "server_time_text",
    "status_badge",
    "sync_badge",
]

#: Item data roles the delegate reads: a :class:`Badge` and the second line.
BADGE_ROLE = Qt.ItemDataRole.UserRole + 10
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 11


@dataclass(frozen=True)
class Badge:
    """A short label with a meaning (its ``kind`` picks the colour) and an explanation."""

    text: str
    kind: str  # ok, accent, warning, error, muted
    tip: str = ""


#: Sync state -> (text, kind, tip); the texts are translated when a badge is made.
_SYNC_BADGES = {
    SyncState.LOCAL: (
        QT_TRANSLATE_NOOP("JourneyList", "Local only"),
        "muted",
        QT_TRANSLATE_NOOP("JourneyList", "Only in this library: not on Flownally yet"),
    ),
    SyncState.SYNCED: (
        QT_TRANSLATE_NOOP("JourneyList", "Synced"),
        "ok",
        QT_TRANSLATE_NOOP("JourneyList", "The same as on Flownally"),
    ),
    SyncState.MODIFIED: (
        QT_TRANSLATE_NOOP("JourneyList", "Modified"),
        "accent",
        QT_TRANSLATE_NOOP("JourneyList", "Edited here since the last push"),
    ),
    SyncState.REMOTE_CHANGED: (
        QT_TRANSLATE_NOOP("JourneyList", "Changed remotely"),
        "warning",
        QT_TRANSLATE_NOOP("JourneyList", "Changed on Flownally since you last synced: update it"),
    ),
    SyncState.CONFLICT: (
        QT_TRANSLATE_NOOP("JourneyList", "Conflict"),
        "error",
        QT_TRANSLATE_NOOP(
            "JourneyList", "Changed here and on Flownally: choose which to keep (Push)"
        ),
    ),
}

_STATUS_KINDS = {"active": "ok", "paused": "warning", "published": "accent", "draft": "muted"}


def sync_badge(state: SyncState) -> Badge:
    text, kind, tip = _SYNC_BADGES[state]
    return Badge(_tr(text), kind, _tr(tip))


def _tr(text: str) -> str:
    return QCoreApplication.translate("JourneyList", text)


def status_badge(status: str | None) -> Badge:
    """A remote journey's status (open enum: unknown values are shown as they are)."""
    text = label_text(JOURNEY_STATUSES, status) or QCoreApplication.translate(
        "JourneyList", "Unknown"
    )
    return Badge(
        text,
        _STATUS_KINDS.get(status or "", "muted"),
        QCoreApplication.translate("JourneyList", "Status on Flownally: {status}").format(
            status=text
        ),
    )


def relative_time(moment: datetime | None, now: datetime | None = None) -> str:
    """ "just now", "5 min ago", "3 h ago", "yesterday 14:05", else the date, in the reader's
    language and format."""
    if moment is None:
        return ""
    now = now or datetime.now(UTC)
    seconds = (now - moment).total_seconds()
    if seconds < 45:
        return QCoreApplication.translate("JourneyList", "just now")
    if seconds < 3600:
        minutes = max(1, round(seconds / 60))
        return JourneyRowDelegate.tr("%n min ago", "", minutes)  # type: ignore[arg-type]
    if seconds < 86400:
        return JourneyRowDelegate.tr("%n h ago", "", round(seconds / 3600))  # type: ignore[arg-type]
    local = moment.astimezone()
    locale = QLocale()
    if seconds < 2 * 86400:
        time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        return QCoreApplication.translate("JourneyList", "yesterday {time}").format(time=time)
    day = QDate(local.year, local.month, local.day)
    if local.year == now.astimezone().year:
        # a date format without the year, as the language writes it ("4 Dec", "4. Dez.")
        return locale.toString(day, QCoreApplication.translate("JourneyList", "d MMM"))
    return locale.toString(day, QCoreApplication.translate("JourneyList", "d MMM yyyy"))


def server_time_text(stamp: str | None) -> str:
    """A server time in the reader's date and time format (as it is if it is not one)."""
    moment = parse_server_time(stamp)
    if moment is None:
        return stamp or ""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def parse_server_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def badge_colours(kind: str, palette: QPalette) -> tuple[QColor, QColor]:
    """(text, fill) for a badge of ``kind`` on ``palette``."""
    if kind == "accent":
        text = QColor(palette.color(QPalette.ColorRole.Highlight))
        if is_dark(palette):
            text = text.lighter(150)
    else:
        text = semantic_colour(kind if kind in ("ok", "warning", "error") else "muted", palette)
    fill = QColor(text)
    fill.setAlphaF(0.16 if is_dark(palette) else 0.11)
    return text, fill


_PAD = 8
_GAP = 3


class JourneyRowDelegate(QStyledItemDelegate):
    """Draws rows as described in the module docstring."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        name = QFont(option.font)
        name.setWeight(QFont.Weight.DemiBold)
        detail = QFont(option.font)
        detail.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        badge = QFont(option.font)
        badge.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.82))
        badge.setWeight(QFont.Weight.DemiBold)
        return name, detail, badge

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        name, detail, _badge = self._fonts(option)
        height = QFontMetrics(name).height() + _GAP + QFontMetrics(detail).height() + 2 * _PAD
        return QSize(200, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        palette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        name_font, detail_font, badge_font = self._fonts(opt)
        rect = opt.rect.adjusted(_PAD + 2, _PAD, -_PAD, -_PAD)
        painter.save()
        try:
            badge = index.data(BADGE_ROLE)
            right = rect.right()
            name_height = QFontMetrics(name_font).height()
            if isinstance(badge, Badge):
                metrics = QFontMetrics(badge_font)
                width = metrics.horizontalAdvance(badge.text) + 12
                height = metrics.height() + 2
                pill = QRectF(right - width, rect.top() + (name_height - height) / 2, width, height)
                fg, bg = badge_colours(badge.kind, palette)
                if selected:
                    fg = palette.color(QPalette.ColorRole.HighlightedText)
                    bg = QColor(fg)
                    bg.setAlphaF(0.22)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(bg)
                painter.drawRoundedRect(pill, height / 2, height / 2)
                painter.setPen(fg)
                painter.setFont(badge_font)
                painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, badge.text)
                right = round(pill.left()) - 8
            text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            painter.setPen(palette.color(text_role))
            painter.setFont(name_font)
            name_rect = QRect(rect.left(), rect.top(), max(0, right - rect.left()), name_height)
            elided = QFontMetrics(name_font).elidedText(
                text, Qt.TextElideMode.ElideRight, name_rect.width()
            )
            painter.drawText(
                name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
            )
            detail = index.data(DETAIL_ROLE)
            if isinstance(detail, str) and detail:
                colour = palette.color(
                    text_role if selected else QPalette.ColorRole.PlaceholderText
                )
                painter.setPen(colour)
                painter.setFont(detail_font)
                top = rect.top() + name_height + _GAP
                detail_rect = QRect(
                    rect.left(), top, rect.width(), QFontMetrics(detail_font).height()
                )
                painter.drawText(
                    detail_rect,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    QFontMetrics(detail_font).elidedText(
                        detail, Qt.TextElideMode.ElideRight, detail_rect.width()
                    ),
                )
        finally:
            painter.restore()
