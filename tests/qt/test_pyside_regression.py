"""DESIGN §5: PySide6 6.12 on CPython 3.11 aborts after ~5,000 None-returning calls."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def test_twenty_thousand_none_returning_calls_do_not_abort(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    for i in range(20_000):
        widget.setWindowTitle(f"x{i % 7}")
    assert widget.windowTitle() == f"x{19_999 % 7}"


def test_pyside_pin_matches_python_version() -> None:
    major, minor = (int(p) for p in PySide6.__version__.split(".")[:2])
    if sys.version_info < (3, 12):
        assert (major, minor) < (6, 12), "pin PySide6-Essentials below 6.12 on Python < 3.12"
