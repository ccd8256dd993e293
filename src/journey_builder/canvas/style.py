"""Canvas colours and fonts, taken from a QPalette so the canvas follows the app's theme.

The UI sets the application palette (light or dark, following the OS); the view rebuilds its
:class:`CanvasStyle` whenever its palette changes. Category colours are fixed hues, with a
lighter or darker shade chosen for the theme so they read on either background. A palette whose
text stands out from its window at 17:1 or more (the app's high-contrast theme, or an OS
high-contrast palette) gets a high-contrast canvas: no greys, thick borders, the palette's
highlight for selection and focus.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPixmap

from journey_builder.model import spec_for

__all__ = [
    "CATEGORY_COLOURS",
    "CanvasStyle",
    "category_colour",
    "contrast_ratio",
    "grid_brush",
    "is_dark_palette",
    "is_high_contrast_palette",
    "preset_palette",
]

#: Category hues (the palette panel uses the same ones).
CATEGORY_COLOURS: dict[str, str] = {
    "Trigger": "#2e9e5b",
    "Messaging": "#2f6bd8",
    "Timing": "#cf7f00",
    "Logic": "#8a4fd8",
    "Contact": "#0f8f8f",
    "Integration": "#56667f",
    "End": "#d2453d",
}
_UNKNOWN_COLOUR = "#7d848f"

_Role = QPalette.ColorRole


def category_colour(node_type: str) -> QColor:
    """The colour of a node type's category (grey for a type outside the catalogue)."""
    spec = spec_for(node_type)
    return QColor(CATEGORY_COLOURS.get(spec.category, _UNKNOWN_COLOUR) if spec else _UNKNOWN_COLOUR)


def is_dark_palette(palette: QPalette) -> bool:
    """A palette is dark when its window is darker than its text."""
    return palette.color(_Role.Window).lightnessF() < palette.color(_Role.WindowText).lightnessF()


def _luminance(colour: QColor) -> float:
    """Relative luminance as WCAG 2 defines it (0 black … 1 white)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours: 1 (same) to 21 (black on white)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


#: Text on window at this ratio or more is a high-contrast palette (ours is 21:1, the light
#: and dark themes are under 15:1).
HIGH_CONTRAST_RATIO = 17.0


def is_high_contrast_palette(palette: QPalette) -> bool:
    """Whether a palette asks for high contrast (window against window text)."""
    ratio = contrast_ratio(palette.color(_Role.Window), palette.color(_Role.WindowText))
    return ratio >= HIGH_CONTRAST_RATIO


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


_PRESETS = {
    "light": {
        _Role.Window: "#f3f4f6",
        _Role.WindowText: "#1d2126",
        _Role.Base: "#ffffff",
        _Role.Text: "#1d2126",
        _Role.Button: "#f8f9fb",
        _Role.ButtonText: "#1d2126",
        _Role.Mid: "#c4c8cf",
        _Role.Dark: "#9aa0a9",
        _Role.PlaceholderText: "#6b727d",
        _Role.Highlight: "#2f6bd8",
        _Role.HighlightedText: "#ffffff",
        _Role.ToolTipBase: "#ffffff",
        _Role.ToolTipText: "#1d2126",
    },
    "dark": {
        _Role.Window: "#202328",
        _Role.WindowText: "#e4e6ea",
        _Role.Base: "#17191d",
        _Role.Text: "#e4e6ea",
        _Role.Button: "#2b2f36",
        _Role.ButtonText: "#e4e6ea",
        _Role.Mid: "#3a3f47",
        _Role.Dark: "#141619",
        _Role.PlaceholderText: "#9399a3",
        _Role.Highlight: "#3a78e8",
        _Role.HighlightedText: "#ffffff",
        _Role.ToolTipBase: "#2b2f36",
        _Role.ToolTipText: "#e4e6ea",
    },
    "high-contrast": {
        _Role.Window: "#000000",
        _Role.WindowText: "#ffffff",
        _Role.Base: "#000000",
        _Role.Text: "#ffffff",
        _Role.Button: "#000000",
        _Role.ButtonText: "#ffffff",
        _Role.Mid: "#ffffff",
        _Role.Dark: "#ffffff",
        _Role.PlaceholderText: "#ffffff",
        _Role.Highlight: "#ffff00",
        _Role.HighlightedText: "#000000",
        _Role.ToolTipBase: "#000000",
        _Role.ToolTipText: "#ffffff",
    },
}


def preset_palette(theme: str) -> QPalette:
    """A light, dark or high-contrast palette for drawing without a window (``render``, tests)."""
    palette = QPalette()
    for role, colour in _PRESETS[theme].items():
        palette.setColor(role, QColor(colour))
    return palette


@cache
def _font(pixel_size: int, bold: bool) -> QFont:
    font = QFont()
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@dataclass(frozen=True)
class CanvasStyle:
    """Every colour and font the canvas draws with."""

    dark: bool
    #: No greys, thick lines (see :func:`is_high_contrast_palette`).
    high_contrast: bool
    background: QColor
    grid: QColor
    card: QColor
    card_border: QColor
    text: QColor
    muted_text: QColor
    edge: QColor
    edge_hover: QColor
    port: QColor
    port_border: QColor
    selection: QColor
    selection_fill: QColor
    #: The ring round the card with the keyboard focus (apart from the selection's colour).
    focus: QColor
    accept: QColor
    refuse: QColor
    error: QColor
    warning: QColor
    label_fill: QColor
    label_text: QColor
    title_font: QFont
    summary_font: QFont
    label_font: QFont
    badge_font: QFont
    #: Width of card borders and edges at rest (selected and hovered ones draw thicker).
    line_width: float

    @classmethod
    def from_palette(cls, palette: QPalette) -> CanvasStyle:
        if is_high_contrast_palette(palette):
            return cls._high_contrast(palette)
        dark = is_dark_palette(palette)
        window = palette.color(_Role.Window)
        text = palette.color(_Role.Text)
        base = palette.color(_Role.Base)
        button = palette.color(_Role.Button)
        highlight = palette.color(_Role.Highlight)
        card = _mix(button, text, 0.04) if dark else base
        background = _mix(window, QColor("#000000"), 0.12) if dark else window
        return cls(
            dark=dark,
            high_contrast=False,
            background=background,
            grid=_mix(background, text, 0.22 if dark else 0.2),
            card=card,
            card_border=_mix(card, text, 0.22 if dark else 0.2),
            text=text,
            muted_text=_mix(text, card, 0.3 if dark else 0.32),
            edge=_mix(background, text, 0.5 if dark else 0.45),
            edge_hover=highlight,
            port=card,
            port_border=_mix(card, text, 0.5),
            selection=highlight,
            selection_fill=QColor(highlight.red(), highlight.green(), highlight.blue(), 40),
            focus=QColor(text),
            accept=QColor("#3fbf6f" if dark else "#1f8a4c"),
            refuse=QColor("#ff7b72" if dark else "#c2261d"),
            error=QColor("#e5534b" if dark else "#d1242f"),
            warning=QColor("#d29922" if dark else "#b76e00"),
            label_fill=_mix(background, text, 0.1 if dark else 0.07),
            label_text=_mix(text, background, 0.15),
            title_font=_font(13, True),
            summary_font=_font(12, False),
            label_font=_font(11, False),
            badge_font=_font(11, True),
            line_width=1.0,
        )

    @classmethod
    def _high_contrast(cls, palette: QPalette) -> CanvasStyle:
        """Cards in the palette's own two colours with thick borders; the highlight marks
        selection and focus; meaning colours are the brightest that still differ."""
        dark = is_dark_palette(palette)
        background = palette.color(_Role.Window)
        text = palette.color(_Role.WindowText)
        highlight = palette.color(_Role.Highlight)
        fill = QColor(highlight)
        fill.setAlpha(70)
        return cls(
            dark=dark,
            high_contrast=True,
            background=background,
            grid=_mix(background, text, 0.5),
            card=QColor(background),
            card_border=QColor(text),
            text=QColor(text),
            muted_text=QColor(text),
            edge=QColor(text),
            edge_hover=QColor(highlight),
            port=QColor(background),
            port_border=QColor(text),
            selection=QColor(highlight),
            selection_fill=fill,
            focus=QColor(highlight),
            accept=QColor("#00ff66" if dark else "#006b2e"),
            refuse=QColor("#ff6e6e" if dark else "#b00000"),
            error=QColor("#ff6e6e" if dark else "#b00000"),
            warning=QColor("#ffb000" if dark else "#7a4a00"),
            label_fill=QColor(background),
            label_text=QColor(text),
            title_font=_font(14, True),
            summary_font=_font(12, True),
            label_font=_font(11, True),
            badge_font=_font(11, True),
            line_width=2.0,
        )

    def category(self, node_type: str) -> QColor:
        """The node type's colour, brightened a little on a dark background."""
        colour = category_colour(node_type)
        if self.high_contrast:
            return colour.lighter(135) if self.dark else colour.darker(130)
        return colour.lighter(118) if self.dark else colour


def grid_brush(style: CanvasStyle, step: int) -> QBrush:
    """The canvas background with a grid dot every ``step`` units, as a brush to tile with."""
    tile = QPixmap(step, step)
    tile.fill(style.background)
    painter = QPainter(tile)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.grid)
    painter.drawRect(0, 0, 1, 1)
    painter.end()
    return QBrush(tile)
