"""Regenerate the Preview panel's screenshots in this folder.

    .venv/bin/python docs/screenshots/make_preview_screenshots.py

Runs the real window (offscreen unless a display is set) on a temporary library and settings
file, so yours are untouched, opens the "Post-purchase follow-up" template as a new user would
and opens Journey › Preview Contact…. Saves:

- ``preview-contact.png`` / ``preview-contact-dark.png``: the "Never answers" sample as a
  first-time buyer (the path bold and numbered on the canvas, the timeline, the contact at the
  end);
- ``preview-cohort.png``: 1,000 generated contacts, 60 % of whom answer the rating question
  (counts on the cards, edges as wide as their share, the chart of how the paths ended).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SIZE = (1600, 1000)


def main() -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.pop("JOURNEY_BUILDER_THEME", None)
    tmp = Path(tempfile.mkdtemp(prefix="jb-preview-shots-"))
    os.environ["JOURNEY_BUILDER_CONFIG_DIR"] = str(tmp / "config")

    from PySide6.QtCore import QEventLoop

    from journey_builder.app import create_app
    from journey_builder.i18n import Translators
    from journey_builder.resources import templates
    from journey_builder.ui.common.settings import open_settings
    from journey_builder.ui.common.theme import ThemeChoice, ThemeManager
    from journey_builder.ui.shell.main_window import MainWindow

    app = create_app()
    translators = Translators()
    translators.install("en")  # as the app does at start-up ("1,000 contacts", "13 steps")

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
    theme.set_choice(ThemeChoice.LIGHT)
    window = MainWindow(settings=settings, theme=theme, library=str(tmp / "library.sqlite3"))
    ws = window.workspace
    assert ws is not None
    window.resize(*SIZE)
    window.show()
    settle(lambda: not ws.net.busy)
    try:
        template = next(t for t in templates() if "post-purchase" in t.path.name)
        tab: Any = window.new_from_template(template)
        settle(lambda: not ws.library.saver.busy)
        window.named_actions["minimap"].setChecked(False)
        window.named_actions["preview"].trigger()
        settle()
        # the status bar says "No problems"; the canvas and the panel get the room
        window.problems_dock.hide()
        ws.versions_dock.hide()
        ws.library_panel.refresh()
        settle()
        panel = window.preview

        # "Never answers", a first-time buyer: the rating question times out, then the
        # "yes" branch and the review request A/B test
        panel.choose_sample(0)
        panel.contact_editor.set_contact(
            {"fields": {"first_name": "Ana", "orders_count": 1}, "tags": ["newsletter"]}
        )
        panel.seed.setValue(3)
        panel.run()
        settle()
        view = tab.view
        view.fit()
        settle()
        for choice, name in (
            (ThemeChoice.LIGHT, "preview-contact"),
            (ThemeChoice.DARK, "preview-contact-dark"),
        ):
            theme.set_choice(choice)
            settle()
            window.grab().save(str(HERE / f"{name}.png"))
            print(f"wrote {name}.png")

        theme.set_choice(ThemeChoice.LIGHT)
        panel.set_mode("cohort")
        panel.cohort_inputs.count.setValue(1000)
        panel.run()
        settle()
        view.fit()
        settle()
        window.grab().save(str(HERE / "preview-cohort.png"))
        print("wrote preview-cohort.png")
    finally:
        window.close()
        settle(lambda: not ws.library.saver.busy)
    return 0


if __name__ == "__main__":
    sys.exit(main())
