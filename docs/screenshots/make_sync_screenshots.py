"""Regenerate the screenshots of three-way sync and the offline queue (issue 10).

    .venv/bin/python docs/screenshots/make_sync_screenshots.py

Runs the real window (offscreen unless a display is set) on a temporary library, profile folder
and in-memory keyring, signed in to an in-process sandbox for this session only; yours are
untouched. Someone else's changes are made over HTTP with a client of their own. Saves:

- ``conflict-three-way-light.png`` / ``-dark.png``: both copies changed different steps since the
  last sync: the three-way view, Merge Both offered;
- ``conflict-overlap-light.png``: both changed the same step (marked ⚠): no merge;
- ``remote-newer-light.png``: only the server's copy changed: the bar on the journey's tab;
- ``queue-status-light.png``: the sandbox stopped, two pushes waiting: the status bar, with the
  queue's menu open above it.
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
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))  # the repository, for tests.memory_keyring
SIZE = (1600, 1000)


def _keyring() -> None:
    """Tokens kept in memory (the tests' backend): a screenshot never touches a real keyring."""
    import keyring
    from tests.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())


def main() -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("JOURNEY_BUILDER_THEME", "FLOWNALLY_TOKEN", "FLOWNALLY_BASE_URL"):
        os.environ.pop(name, None)
    tmp = Path(tempfile.mkdtemp(prefix="jb-sync-shots-"))
    os.environ["JOURNEY_BUILDER_CONFIG_DIR"] = str(tmp / "config")
    _keyring()

    from make_screenshots import trial_journey
    from PySide6.QtCore import QEventLoop, QPoint
    from PySide6.QtGui import QPainter, QPixmap

    from journey_builder.app import create_app
    from journey_builder.i18n import Translators
    from journey_builder.model import JourneyDocument
    from journey_builder.sandbox import Sandbox
    from journey_builder.sync import JourneysClient
    from journey_builder.ui.common.settings import open_settings
    from journey_builder.ui.common.theme import ThemeChoice, ThemeManager
    from journey_builder.ui.shell.main_window import MainWindow
    from journey_builder.ui.sync.connection import ConnectionState

    app = create_app()
    translators = Translators()
    translators.install("en")  # as the app does at start-up ("2 changes waiting")

    def settle(until: Callable[[], bool] = lambda: True, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if until() or time.monotonic() > deadline:
                break
        for _ in range(10):
            app.processEvents()

    sandbox = Sandbox(port=0).start()
    token = sandbox.tokens["full-access"]
    other = JourneysClient(sandbox.base_url, token)
    settings = open_settings(tmp / "settings.ini")
    theme = ThemeManager(app, settings)
    window = MainWindow(settings=settings, theme=theme, library=str(tmp / "library.sqlite3"))
    ws = window.workspace
    assert ws is not None
    window.resize(*SIZE)
    window.show()

    def idle() -> bool:
        return not ws.net.busy and not ws.library.saver.busy

    def saved(tab: Any) -> bool:
        binding = ws.library.binding(tab)
        return binding is not None and not binding.pending and binding.journey_id is not None

    def journey(name: str) -> Any:
        tab = ws.library.new_journey()
        body = {**trial_journey(), "name": name}
        tab.doc.replace_document(JourneyDocument.model_validate(body), "Fill in")
        tab.view.auto_layout()
        settle(lambda: saved(tab) and idle())
        return tab

    def push(tab: Any) -> str:
        window.tabs.setCurrentWidget(tab)
        ws.actions["push"].trigger()
        settle(idle)
        binding = ws.library.binding(tab)
        remote = ws.library.library.get(binding.journey_id).remote_id
        assert remote is not None
        return remote

    def edit(tab: Any, step: str, **data: Any) -> None:
        key = tab.doc.keys_for_node_id(step)[0]
        tab.doc.set_node_data(key, {**tab.doc.node(key).data, **data})
        settle(lambda: saved(tab) and idle())

    def their_edit(remote: str, step: str, **data: Any) -> None:
        definition = other.get_journey(remote).model_dump(
            mode="json", by_alias=True, exclude_unset=True
        )["definition"]
        for node in definition["nodes"]:
            if node["id"] == step:
                node["data"].update(data)
        other.update_journey(remote, {"definition": definition})

    def conflict_dialog() -> Any:
        ws.actions["push"].trigger()
        settle(lambda: bool(ws.sync.conflict_dialogs) and idle())
        return next(iter(ws.sync.conflict_dialogs.values()))

    try:
        ws.accounts.sign_in(
            "work",
            sandbox.base_url,
            token,
            session_only=True,
            on_done=lambda _r: None,
            on_error=lambda exc: print("sign-in failed:", exc),
        )
        settle(lambda: ws.accounts.signed_in and idle())

        # both changed, different steps: the three-way view, Merge Both offered
        trial = journey("Trial onboarding")
        remote = push(trial)
        ws.actions["publish"].trigger()  # a publish is no conflict: the base copy says so
        settle(idle)
        their_edit(remote, "welcome", templateId="tpl_trial_welcome_v2")
        their_edit(remote, "wait_2d", amount=4)
        other.update_journey(remote, {"entryMode": "every_time"})
        edit(trial, "wait_3d", amount=5)
        edit(trial, "discount_sms", text="25% off your first year, {{first_name}}. Reply YES.")
        trial.doc.remove(trial.doc.keys_for_node_id("assign_rr"))
        settle(lambda: saved(trial) and idle())
        dialog = conflict_dialog()
        for choice in (ThemeChoice.LIGHT, ThemeChoice.DARK):
            theme.set_choice(choice)
            settle()
            dialog.grab().save(str(HERE / f"conflict-three-way-{choice.value}.png"))
            print(f"wrote conflict-three-way-{choice.value}.png")
        theme.set_choice(ThemeChoice.LIGHT)
        dialog.reject()
        settle(idle)

        # both changed the same step: marked, no merge
        shared = journey("Spring sale")
        shared_remote = push(shared)
        their_edit(shared_remote, "discount_sms", text="30% off this week only.")
        edit(shared, "discount_sms", text="A spring gift: 20% off, {{first_name}}.")
        edit(shared, "wait_1d", amount=2)
        dialog = conflict_dialog()
        settle()
        dialog.grab().save(str(HERE / "conflict-overlap-light.png"))
        print("wrote conflict-overlap-light.png")
        dialog.reject()
        settle(idle)

        # only the server's copy changed: the bar on the tab
        team = journey("Re-engagement")
        team_remote = push(team)
        other.update_journey(team_remote, {"name": "Re-engagement (team edit)"})
        push(team)
        settle(
            lambda: ws.services.resolver.bar_for(ws.library.binding(team).journey_id) is not None
        )
        team.view.set_zoom(0.9)
        team.view.center_on_key(team.doc.keys_for_node_id("activated")[0])
        settle()
        top = window.centralWidget()
        shot = top.grab()
        shot.copy(0, 0, shot.width(), min(shot.height(), 460)).save(
            str(HERE / "remote-newer-light.png")
        )
        print("wrote remote-newer-light.png")

        # offline: two pushes wait in the queue
        drafts = [journey("Welcome series"), journey("Birthday offer")]
        for tab in drafts:
            push(tab)
        sandbox.stop()
        for tab in drafts:
            window.tabs.setCurrentWidget(tab)
            edit(tab, "wait_1d", amount=2)
            ws.actions["push"].trigger()
            settle(lambda: ws.connection.state is ConnectionState.OFFLINE and idle())
        button = ws.services.queue_button
        settle(lambda: button.text().startswith("2 "))
        window.statusBar().clearMessage()
        settle()
        bar = window.statusBar()
        menu = button.queue_menu
        menu.popup(button.mapToGlobal(QPoint(0, -menu.sizeHint().height())))
        settle()
        bar_shot = bar.grab()
        menu_shot = menu.grab()
        width = bar_shot.width()
        picture = QPixmap(width, menu_shot.height() + bar_shot.height() + 8)
        picture.fill(window.palette().window().color())
        painter = QPainter(picture)
        x = max(0, button.mapTo(bar, QPoint(0, 0)).x() - 8)
        painter.drawPixmap(min(x, width - menu_shot.width()), 0, menu_shot)
        painter.drawPixmap(0, menu_shot.height() + 8, bar_shot)
        painter.end()
        left = max(0, width - 900)
        picture.copy(left, 0, width - left, picture.height()).save(
            str(HERE / "queue-status-light.png")
        )
        print("wrote queue-status-light.png")
        menu.hide()
    finally:
        window.close()
        other.close()
        sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
