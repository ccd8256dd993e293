"""Regenerate the first-run screenshots: the welcome page on an empty library.

    .venv/bin/python docs/screenshots/make_welcome_screenshots.py

Runs the real window (offscreen unless a display is set) on a new temporary library, settings
and profile folder, with no usable keyring (as on a machine without GNOME Keyring or KWallet),
so it looks the way a first start does. Yours are untouched. Saves ``welcome-light.png`` and
``welcome-dark.png``: the whole window.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZE = (1600, 1000)


def main() -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("JOURNEY_BUILDER_THEME", "FLOWNALLY_TOKEN", "FLOWNALLY_BASE_URL"):
        os.environ.pop(name, None)
    tmp = Path(tempfile.mkdtemp(prefix="jb-welcome-shots-"))
    os.environ["JOURNEY_BUILDER_CONFIG_DIR"] = str(tmp / "config")
    os.environ["JOURNEY_BUILDER_LOG_DIR"] = str(tmp / "logs")

    import keyring
    from keyring.backends import fail
    from PySide6.QtCore import QEventLoop, QPoint
    from PySide6.QtGui import QCursor

    from journey_builder.app import create_app
    from journey_builder.ui.common.settings import open_settings
    from journey_builder.ui.common.theme import ThemeChoice, ThemeManager
    from journey_builder.ui.shell.main_window import MainWindow

    keyring.set_keyring(fail.Keyring())
    app = create_app()

    def settle(until: Callable[[], bool] = lambda: True, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if until() or time.monotonic() > deadline:
                break
        for _ in range(10):
            app.processEvents()

    settings = open_settings(tmp / "settings.ini")
    theme = ThemeManager(app, settings)
    window = MainWindow(settings=settings, theme=theme, library=str(tmp / "library.sqlite3"))
    ws = window.workspace
    assert ws is not None
    window.resize(*SIZE)
    window.show()
    try:
        settle(lambda: bool(ws.accounts.problem) and not ws.net.busy)
        assert window.welcome_showing(), "the library is new: the welcome page should show"
        # the pointer away from the cards, so none is drawn as hovered
        QCursor.setPos(window.mapToGlobal(QPoint(window.width() - 4, window.height() - 4)))
        for choice in (ThemeChoice.LIGHT, ThemeChoice.DARK):
            theme.set_choice(choice)
            settle(lambda: False, timeout=0.5)
            window.grab().save(str(HERE / f"welcome-{choice.value}.png"))
            print(f"saved welcome-{choice.value}.png")
    finally:
        window.close()
        settle(lambda: not ws.net.busy, timeout=5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
