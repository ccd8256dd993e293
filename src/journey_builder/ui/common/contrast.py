"""Focus that always shows, and the high-contrast theme's palette and borders.

Fusion draws keyboard focus faintly (a tinted outline, and only after a key has moved the
focus), and on several widgets not at all. :class:`FocusStyle` wraps Fusion: it draws the focus
on every widget that has it, as a solid two-pixel line in the palette's highlight (in the
highlighted-text colour where the highlight is the background, a selected row).

The high-contrast theme is pure black and white with yellow for focus and selection. Fusion
draws frames a shade darker than the window, which on black is black; the style sheet below
gives the common controls thick white borders instead, and yellow ones while they have focus.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionFocusRect,
    QTabBar,
    QWidget,
)

__all__ = [
    "FOCUS_WIDTH",
    "HIGH_CONTRAST_COLOURS",
    "HIGH_CONTRAST_SHEET",
    "FocusStyle",
]

#: Width of the focus line, in pixels.
FOCUS_WIDTH = 2

_Role = QPalette.ColorRole
_PE = QStyle.PrimitiveElement
_FOCUS = QStyle.StateFlag.State_HasFocus
_KEYBOARD = QStyle.StateFlag.State_KeyboardFocusChange
_Option = TypeVar("_Option", bound=QStyleOption)

HIGH_CONTRAST_COLOURS: dict[QPalette.ColorRole, str] = {
    _Role.Window: "#000000",
    _Role.WindowText: "#ffffff",
    _Role.Base: "#000000",
    _Role.AlternateBase: "#000000",
    _Role.ToolTipBase: "#000000",
    _Role.ToolTipText: "#ffffff",
    _Role.PlaceholderText: "#ffffff",
    _Role.Text: "#ffffff",
    _Role.Button: "#000000",
    _Role.ButtonText: "#ffffff",
    _Role.BrightText: "#ffff00",
    _Role.Light: "#ffffff",
    _Role.Midlight: "#ffffff",
    _Role.Mid: "#ffffff",
    _Role.Dark: "#ffffff",
    _Role.Shadow: "#ffffff",
    _Role.Highlight: "#ffff00",
    _Role.HighlightedText: "#000000",
    _Role.Link: "#00ffff",
    _Role.LinkVisited: "#ff80ff",
    _Role.Accent: "#ffff00",
}
#: Disabled text: still readable on black, told apart by its colour and dashed borders.
HIGH_CONTRAST_DISABLED: dict[QPalette.ColorRole, str] = {
    _Role.WindowText: "#9a9a9a",
    _Role.Text: "#9a9a9a",
    _Role.ButtonText: "#9a9a9a",
}

_EDITS = "QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView"
_EDITS_FOCUS = ", ".join(f"{name.strip()}:focus" for name in _EDITS.split(","))

#: Thick white borders, yellow focus and selection (applied with the high-contrast palette).
HIGH_CONTRAST_SHEET = f"""
{_EDITS} {{ border: 2px solid #ffffff; }}
{_EDITS_FOCUS} {{ border: 3px solid #ffff00; }}
QLineEdit, QAbstractSpinBox, QComboBox {{ padding: 2px 4px; min-height: 20px; }}
QLineEdit:disabled, QAbstractSpinBox:disabled, QComboBox:disabled {{ border-style: dashed; }}
QComboBox::drop-down {{ border-left: 2px solid #ffffff; width: 18px; }}
QComboBox::down-arrow {{
    width: 0; height: 0;
    border-left: 5px solid #000000; border-right: 5px solid #000000;
    border-top: 7px solid #ffffff;
}}
QComboBox QAbstractItemView {{ border: 2px solid #ffffff; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    border-left: 2px solid #ffffff; width: 16px;
}}
QAbstractSpinBox::up-arrow {{
    width: 0; height: 0;
    border-left: 4px solid #000000; border-right: 4px solid #000000;
    border-bottom: 6px solid #ffffff;
}}
QAbstractSpinBox::down-arrow {{
    width: 0; height: 0;
    border-left: 4px solid #000000; border-right: 4px solid #000000;
    border-top: 6px solid #ffffff;
}}
QPushButton {{ border: 2px solid #ffffff; padding: 4px 12px; background: #000000; }}
QPushButton:focus {{ border: 3px solid #ffff00; }}
QPushButton:pressed, QPushButton:checked {{ background: #ffff00; color: #000000; }}
QPushButton:disabled {{ border-style: dashed; }}
QToolButton {{ border: 2px solid #ffffff; padding: 2px 6px; background: #000000; }}
QToolButton:focus {{ border: 3px solid #ffff00; }}
QToolButton:pressed, QToolButton:checked {{ background: #ffff00; color: #000000; }}
QToolButton:disabled {{ border-style: dashed; }}
QTabBar QToolButton {{ border: 1px solid #ffffff; padding: 0; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; padding: 1px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid #ffff00; }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: 14px; height: 14px; border: 2px solid #ffffff; background: #000000;
}}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background: #ffff00; }}
QAbstractItemView::item:selected {{ background: #ffff00; color: #000000; }}
QHeaderView::section {{
    background: #000000; color: #ffffff; border: 1px solid #ffffff; padding: 2px 4px;
}}
QTabBar::tab {{
    border: 2px solid #ffffff; padding: 4px 10px; margin-right: 2px; background: #000000;
}}
QTabBar::tab:selected {{ background: #ffff00; color: #000000; }}
QTabBar::tab:focus {{ background: #000000; color: #ffff00; border: 3px solid #ffff00; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: #ffff00; color: #000000; }}
QMenu {{ border: 2px solid #ffffff; }}
QMenu::separator {{ height: 2px; background: #ffffff; margin: 4px 0; }}
QToolTip {{ border: 2px solid #ffffff; background: #000000; color: #ffffff; }}
QDockWidget::title {{ border-bottom: 2px solid #ffffff; padding: 3px; }}
QScrollBar:vertical {{ background: #000000; width: 14px; border-left: 1px solid #ffffff; }}
QScrollBar:horizontal {{ background: #000000; height: 14px; border-top: 1px solid #ffffff; }}
QScrollBar::handle {{ background: #ffffff; min-height: 24px; min-width: 24px; margin: 2px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QProgressBar {{ border: 2px solid #ffffff; text-align: center; }}
QProgressBar::chunk {{ background: #ffff00; }}
QSplitter::handle {{ background: #ffffff; }}
QStatusBar {{ border-top: 2px solid #ffffff; }}
QToolBar {{ border-bottom: 2px solid #ffffff; spacing: 4px; }}
"""


class FocusStyle(QProxyStyle):
    """Fusion with focus drawn wherever a widget has it, plainly."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == _PE.PE_FrameFocusRect:
            if _sheet_shows_focus(widget):
                return
            # a row in a list is tight: a thinner line keeps its text clear
            thin = isinstance(widget, QAbstractItemView)
            self._focus_line(option, painter, inset=0 if thin else 1, width=1 if thin else None)
            return
        super().drawPrimitive(element, _shown(option), painter, widget)
        if (
            element == _PE.PE_Frame
            and isinstance(widget, QAbstractScrollArea)
            and option.state & _FOCUS
        ):
            # text boxes and lists: Fusion's frame does not change with focus
            self._focus_line(option, painter, inset=0)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, _shown(option), painter, widget)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, _shown(option), painter, widget)
        if (
            element == QStyle.ControlElement.CE_TabBarTabLabel
            and option.state & _FOCUS
            and not _has_sheet()  # the high-contrast sheet draws the focused tab itself
        ):
            self._focus_line(option, painter, inset=2)  # Fusion only tints the tab

    @staticmethod
    def _focus_line(
        option: QStyleOption, painter: QPainter, inset: int = 1, width: int | None = None
    ) -> None:
        """A plain rectangle in the highlight colour (in the highlighted text's colour where
        the highlight is the background)."""
        line = width or FOCUS_WIDTH
        colour = option.palette.color(_Role.Highlight)
        if isinstance(option, QStyleOptionFocusRect) and _near(option.backgroundColor, colour):
            colour = option.palette.color(_Role.HighlightedText)
        rect = QRect(option.rect).adjusted(inset, inset, -inset, -inset)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pen = QPen(colour, line)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = line / 2
        painter.drawRect(rect.toRectF().adjusted(half, half, -half, -half))
        painter.restore()


def _shown(option: _Option) -> _Option:
    """Fusion draws focus only after a key moved it; with focus, always draw it."""
    if option.state & _FOCUS and not option.state & _KEYBOARD:
        option.state |= _KEYBOARD
    return option


def _has_sheet() -> bool:
    app = QApplication.instance()
    return isinstance(app, QApplication) and bool(app.styleSheet())


def _sheet_shows_focus(widget: QWidget | None) -> bool:
    """The high-contrast style sheet gives buttons and tabs a focus border of their own."""
    return isinstance(widget, (QAbstractButton, QTabBar)) and _has_sheet()


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60
