"""Small widgets the panels share: plain-text labels, a flow layout, an issue line."""

from __future__ import annotations

import html

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QDockWidget, QLabel, QLayout, QLayoutItem, QWidget

from journey_builder.ui.common.theme import semantic_colour

__all__ = ["FlowLayout", "IssueLabel", "PlainLabel", "mono_font", "muted_label", "plain_tooltip"]


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: Qt guesses rich text in tooltips, so a journey
    named "<img src=…>" would otherwise be drawn as markup. Escaped inside a paragraph, it
    reads exactly as typed."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


class PlainLabel(QLabel):
    """A label that never interprets rich text: names and messages come from files."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, wrap: bool = True):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(wrap)
        self.setText(text)


def muted_label(text: str = "", parent: QWidget | None = None, *, small: bool = True) -> PlainLabel:
    """A secondary line (help, descriptions) in the palette's muted colour."""
    label = PlainLabel(text, parent)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    if small:
        font = QFont(label.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.92))
        label.setFont(font)
    return label


def panel_dock(title: str, name: str, widget: QWidget, parent: QWidget) -> QDockWidget:
    """A panel's dock: movable, closable, floatable; ``name`` keeps its place in the saved layout."""
    dock = QDockWidget(title, parent)
    dock.setObjectName(name)
    dock.setWidget(widget)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetMovable
        | QDockWidget.DockWidgetFeature.DockWidgetClosable
        | QDockWidget.DockWidgetFeature.DockWidgetFloatable
    )
    return dock


def mono_font() -> QFont:
    """The system's fixed-width font, for JSON."""
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


class IssueLabel(PlainLabel):
    """A field's live check result under the field: red text, hidden when there is none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self.setObjectName("issue")
        self.hide()

    def set_issues(self, messages: list[str]) -> None:
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.WindowText, semantic_colour("error"))
        self.setPalette(pal)
        self.setText("\n".join(messages))
        self.setVisible(bool(messages))


class FlowLayout(QLayout):
    """Lays children left to right and wraps them (tag chips)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()
