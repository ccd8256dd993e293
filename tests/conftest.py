"""Shared test set-up: Qt runs offscreen, and no test touches the user's real data or keyring."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The window tests' shared fixtures and helpers: asserts in them are rewritten like a test's.
pytest.register_assert_rewrite("tests.qt.ui.app_support")


@pytest.fixture(autouse=True)
def _private_library(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point JOURNEY_BUILDER_LIBRARY at a fresh file, so no test opens the user's real library."""
    folder = tmp_path_factory.mktemp("library")
    monkeypatch.setenv("JOURNEY_BUILDER_LIBRARY", str(folder / "library.sqlite3"))


@pytest.fixture(autouse=True)
def _private_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings, profiles and logs go to a fresh folder too: tests never touch the user's own."""
    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.setenv("JOURNEY_BUILDER_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("JOURNEY_BUILDER_LOG_DIR", str(home / "log"))
    monkeypatch.setenv("JOURNEY_BUILDER_SETTINGS", str(home / "settings.ini"))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Let Qt free what Python made while Python is still alive (see canvas release_clipboard)."""
    import sys

    if "PySide6.QtGui" not in sys.modules:
        return
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        from journey_builder.canvas.view import release_clipboard

        release_clipboard()
        QGuiApplication.clipboard().clear()
