"""Light, dark and high-contrast themes: Fusion with our own palettes, following the OS.

The choice (System, Light, Dark, High contrast) is kept in the settings;
``JOURNEY_BUILDER_THEME=light|dark|high-contrast`` forces one (screenshots, tests). System
follows the OS colour scheme, and its high-contrast setting where Qt reports one. Every theme
draws keyboard focus plainly (:class:`~journey_builder.ui.common.contrast.FocusStyle`). Colours
for meaning (errors, warnings) come from :func:`semantic_colour`, which picks the shade that
reads on the current palette.
"""

from __future__ import annotations

import os
from enum import StrEnum

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from journey_builder.ui.common.contrast import (
    HIGH_CONTRAST_COLOURS,
    HIGH_CONTRAST_DISABLED,
    HIGH_CONTRAST_SHEET,
    FocusStyle,
)

__all__ = [
    "THEME_ENV",
    "ThemeChoice",
    "ThemeManager",
    "dark_palette",
    "high_contrast_palette",
    "is_dark",
    "light_palette",
    "semantic_colour",
]

THEME_ENV = "JOURNEY_BUILDER_THEME"
_SETTINGS_KEY = "view/theme"

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup


class ThemeChoice(StrEnum):
    """What the user chose in View › Theme."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


_LIGHT = {
    _Role.Window: "#f3f4f6",
    _Role.WindowText: "#1d2126",
    _Role.Base: "#ffffff",
    _Role.AlternateBase: "#f5f7fa",
    _Role.ToolTipBase: "#ffffff",
    _Role.ToolTipText: "#1d2126",
    _Role.PlaceholderText: "#7b828d",
    _Role.Text: "#1d2126",
    _Role.Button: "#f8f9fb",
    _Role.ButtonText: "#1d2126",
    _Role.BrightText: "#ffffff",
    _Role.Light: "#ffffff",
    _Role.Midlight: "#e6e8ec",
    _Role.Mid: "#c4c8cf",
    _Role.Dark: "#9aa0a9",
    _Role.Shadow: "#5c6470",
    _Role.Highlight: "#2f6bd8",
    _Role.HighlightedText: "#ffffff",
    _Role.Link: "#2459bd",
    _Role.LinkVisited: "#6b47b8",
    _Role.Accent: "#2f6bd8",
}

_DARK = {
    _Role.Window: "#202328",
    _Role.WindowText: "#e4e6ea",
    _Role.Base: "#17191d",
    _Role.AlternateBase: "#1d2024",
    _Role.ToolTipBase: "#2b2f36",
    _Role.ToolTipText: "#e4e6ea",
    _Role.PlaceholderText: "#858c97",
    _Role.Text: "#e4e6ea",
    _Role.Button: "#2b2f36",
    _Role.ButtonText: "#e4e6ea",
    _Role.BrightText: "#ffffff",
    _Role.Light: "#3a3f47",
    _Role.Midlight: "#31353c",
    _Role.Mid: "#24272d",
    _Role.Dark: "#141619",
    _Role.Shadow: "#0b0c0e",
    _Role.Highlight: "#3a78e8",
    _Role.HighlightedText: "#ffffff",
    _Role.Link: "#78a6ff",
    _Role.LinkVisited: "#b49cff",
    _Role.Accent: "#3a78e8",
}

_DISABLED_LIGHT = {_Role.WindowText: "#9aa0a9", _Role.Text: "#9aa0a9", _Role.ButtonText: "#9aa0a9"}
_DISABLED_DARK = {_Role.WindowText: "#686e78", _Role.Text: "#686e78", _Role.ButtonText: "#686e78"}


def _palette(
    colours: dict[QPalette.ColorRole, str], disabled: dict[QPalette.ColorRole, str]
) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role, colour in disabled.items():
        palette.setColor(_Group.Disabled, role, QColor(colour))
    return palette


def light_palette() -> QPalette:
    """The light palette (neutral greys, blue selection)."""
    return _palette(_LIGHT, _DISABLED_LIGHT)


def dark_palette() -> QPalette:
    """The dark palette (contrast of body text on base is above 12:1)."""
    return _palette(_DARK, _DISABLED_DARK)


def high_contrast_palette() -> QPalette:
    """Pure black and white, yellow for focus and selection (21:1 text, 19:1 highlight)."""
    return _palette(HIGH_CONTRAST_COLOURS, HIGH_CONTRAST_DISABLED)


def is_dark(palette: QPalette) -> bool:
    """Whether a palette is dark: its window colour is darker than its text."""
    return palette.color(_Role.Window).lightnessF() < palette.color(_Role.WindowText).lightnessF()


_SEMANTIC = {
    "error": ("#c2261d", "#ff7b72"),
    "warning": ("#a15c00", "#f0b45a"),
    "ok": ("#1f7a3a", "#6fd08c"),
    "muted": ("#5d6470", "#9aa1ab"),
}


def semantic_colour(kind: str, palette: QPalette | None = None) -> QColor:
    """The colour for ``error``, ``warning``, ``ok`` or ``muted`` text on ``palette``."""
    pal = palette if palette is not None else QGuiApplication.palette()
    light, dark = _SEMANTIC[kind]
    return QColor(dark if is_dark(pal) else light)


class ThemeManager(QObject):
    """Applies the chosen theme to the application and follows the OS colour scheme."""

    #: "light", "dark" or "high-contrast": the theme now in effect.
    themeChanged = Signal(str)

    def __init__(self, app: QApplication, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self._app = app
        self._settings = settings
        forced = os.environ.get(THEME_ENV, "").strip().lower()
        if forced in (ThemeChoice.LIGHT, ThemeChoice.DARK, ThemeChoice.HIGH_CONTRAST):
            self._choice = ThemeChoice(forced)
        else:
            stored = str(settings.value(_SETTINGS_KEY, ThemeChoice.SYSTEM.value))
            self._choice = ThemeChoice(stored) if stored in set(ThemeChoice) else ThemeChoice.SYSTEM
        self._effective = ""
        if app.styleSheet() == HIGH_CONTRAST_SHEET:
            app.setStyleSheet("")  # (put back by _apply) so that style() is the app's own
        if not isinstance(app.style(), FocusStyle):
            self._style = FocusStyle()  # the application owns it from here on
            app.setStyle(self._style)
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self._on_os_scheme_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self._on_os_scheme_changed)
        self._apply()

    @property
    def choice(self) -> ThemeChoice:
        return self._choice

    @property
    def effective(self) -> str:
        """``"light"``, ``"dark"`` or ``"high-contrast"``."""
        return self._effective

    def set_choice(self, choice: ThemeChoice | str) -> None:
        """Use ``choice`` from now on and remember it."""
        self._choice = ThemeChoice(choice)
        self._settings.setValue(_SETTINGS_KEY, self._choice.value)
        self._apply()

    def _os_theme(self) -> str:
        hints = self._app.styleHints()
        if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
            return ThemeChoice.HIGH_CONTRAST.value
        if hints.colorScheme() == Qt.ColorScheme.Dark:
            return ThemeChoice.DARK.value
        return ThemeChoice.LIGHT.value

    def _on_os_scheme_changed(self, _change: object) -> None:
        if self._choice is ThemeChoice.SYSTEM:
            self._apply()

    def _apply(self) -> None:
        system = self._choice is ThemeChoice.SYSTEM
        effective = self._os_theme() if system else self._choice.value
        palettes = {
            ThemeChoice.DARK.value: dark_palette,
            ThemeChoice.HIGH_CONTRAST.value: high_contrast_palette,
        }
        self._app.setPalette(palettes.get(effective, light_palette)())
        high = effective == ThemeChoice.HIGH_CONTRAST.value
        if high:
            self._app.setStyleSheet(HIGH_CONTRAST_SHEET)
        elif self._app.styleSheet() == HIGH_CONTRAST_SHEET:
            self._app.setStyleSheet("")
        if effective != self._effective:
            self._effective = effective
            self.themeChanged.emit(effective)
