"""Themes: switching the palette, and the environment variable that forces one."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from journey_builder.ui.common.settings import open_settings
from journey_builder.ui.common.theme import ThemeChoice, ThemeManager, is_dark


def test_theme_switch_changes_the_palette(qtbot: Any, tmp_path: Any, monkeypatch: Any) -> None:
    monkeypatch.delenv("JOURNEY_BUILDER_THEME", raising=False)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = open_settings(tmp_path / "settings.ini")
    theme = ThemeManager(app, settings)
    with qtbot.waitSignal(theme.themeChanged) as blocker:
        theme.set_choice(ThemeChoice.DARK)
    assert blocker.args == ["dark"]
    assert is_dark(app.palette())
    window = app.palette().color(QPalette.ColorRole.Window)
    assert window.lightnessF() < 0.3
    theme.set_choice(ThemeChoice.LIGHT)
    assert not is_dark(app.palette())
    assert app.palette().color(QPalette.ColorRole.Window).lightnessF() > 0.8
    assert settings.value("view/theme") == "light"
    # the choice is remembered
    assert ThemeManager(app, settings).choice is ThemeChoice.LIGHT


def test_theme_env_var_forces_a_theme(qtbot: Any, tmp_path: Any, monkeypatch: Any) -> None:
    monkeypatch.setenv("JOURNEY_BUILDER_THEME", "dark")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme = ThemeManager(app, open_settings(tmp_path / "settings.ini"))
    assert theme.effective == "dark"
    assert is_dark(app.palette())
    theme.set_choice(ThemeChoice.LIGHT)
