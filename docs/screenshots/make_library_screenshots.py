"""Regenerate the screenshots of the library, sign-in, conflict and versions screens.

    .venv/bin/python docs/screenshots/make_library_screenshots.py

Runs the real window (offscreen unless a display is set) on a temporary library, profile folder
and in-memory keyring, signed in to an in-process sandbox for this session only; yours are
untouched. Journeys are put in every sync state the way a user gets there (push, edit, someone
else's change, publish, activate, pause). Saves, in light and dark:

- ``library-panel-*.png``: the library panel (badges, search, trash) and the remote section;
- ``sign-in-*.png``: the sign-in dialog; ``sign-in-no-keyring-light.png``: without a keyring;
- ``conflict-*.png``: the conflict dialog after a push met someone else's change;
- ``versions-compare-*.png``: version 1 compared with the draft, marked on the canvas.
"""

from __future__ import annotations

import copy
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
    os.environ.pop("JOURNEY_BUILDER_THEME", None)
    os.environ.pop("FLOWNALLY_TOKEN", None)
    os.environ.pop("FLOWNALLY_BASE_URL", None)
    tmp = Path(tempfile.mkdtemp(prefix="jb-library-shots-"))
    os.environ["JOURNEY_BUILDER_CONFIG_DIR"] = str(tmp / "config")
    _keyring()

    from make_screenshots import trial_journey
    from PySide6.QtCore import QEventLoop, Qt

    from journey_builder.app import create_app
    from journey_builder.model import JourneyDocument
    from journey_builder.resources import templates
    from journey_builder.sandbox import Sandbox
    from journey_builder.storage.files import load_journey
    from journey_builder.sync import JourneysClient
    from journey_builder.ui.account.sign_in_dialog import SignInDialog
    from journey_builder.ui.common.settings import open_settings
    from journey_builder.ui.common.theme import ThemeChoice, ThemeManager
    from journey_builder.ui.shell.main_window import MainWindow

    app = create_app()

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

    try:
        # team journeys already on the server, some live
        for title, status in (("Re-engagement", "active"), ("Onboarding tips", "paused")):
            journey = other.create_journey(
                {**load_journey(templates()[0].path).api_body(), "name": title}
            )
            other.publish_journey(journey.id)
            other.activate_journey(journey.id)
            if status == "paused":
                other.pause_journey(journey.id)
        other.create_journey({"name": "Spring sale (draft)"})

        ws.accounts.sign_in(
            "work",
            sandbox.base_url,
            token,
            session_only=True,
            on_done=lambda _r: None,
            on_error=lambda exc: print("sign-in failed:", exc),
        )
        settle(lambda: ws.accounts.signed_in and idle())

        def journey(body: dict[str, Any]) -> Any:
            tab = ws.library.new_journey()
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

        trial = journey(trial_journey())
        window.tabs.setCurrentWidget(trial)
        ws.actions["publish"].trigger()
        settle(idle)
        welcome = journey(load_journey(templates()[1].path).to_json())
        push(welcome)
        cart_body = load_journey(templates()[2].path).to_json()
        cart = journey(cart_body)
        cart_remote = push(cart)
        winback_body = copy.deepcopy(trial_journey())
        winback_body["name"] = "Win-back"
        winback = journey(winback_body)
        winback_remote = push(winback)
        journey({"name": "Birthday offer", "definition": trial_journey()["definition"]})

        # someone else changes two journeys; the draft of one is edited here too
        other.update_journey(cart_remote, {"name": cart_body["name"], "entryMode": "every_time"})
        other.update_journey(
            winback_remote, {"name": "Win-back (team edit)", "entryMode": "every_time"}
        )
        winback.doc.add_node("delay", None)
        settle(lambda: saved(winback) and idle())
        # the trial draft moves on since its version 1
        doc = trial.doc
        doc.set_node_data(doc.keys_for_node_id("wait_3d")[0], {"amount": 5, "unit": "days"})
        doc.remove(doc.keys_for_node_id("tips"))
        doc.add_node("tag", None, after=(doc.keys_for_node_id("wait_3d")[0], None))
        settle(lambda: saved(trial) and idle())
        ws.remote_panel.refresh()
        settle(idle)
        # close all but the trial journey; a trashed one for the Trash count
        for tab in (welcome, cart, winback):
            window.close_tab(window.tabs.indexOf(tab))
        scratch = journey({"name": "Old test journey"})
        binding = ws.library.binding(scratch)
        ws.library.move_to_trash(binding.journey_id)
        settle(idle)
        window.tabs.setCurrentWidget(trial)
        ws.library_panel.refresh()
        settle(idle)

        window.resizeDocks(
            [ws.library_dock, window.palette_dock], [640, 200], Qt.Orientation.Vertical
        )
        for choice in (ThemeChoice.LIGHT, ThemeChoice.DARK):
            theme.set_choice(choice)
            settle()
            ws.library_panel.select(ws.library.binding(trial).journey_id)
            ws.library_dock.grab().save(str(HERE / f"library-panel-{choice.value}.png"))
            print(f"wrote library-panel-{choice.value}.png")

            dialog = SignInDialog(ws.accounts, profile="work", parent=window)
            dialog.base_url.setText("https://api.flownally.com/v1")
            dialog.token.setText("x" * 36)
            dialog.show()
            settle(lambda d=dialog: not ws.net.busy)
            dialog.adjustSize()
            settle()
            dialog.grab().save(str(HERE / f"sign-in-{choice.value}.png"))
            print(f"wrote sign-in-{choice.value}.png")
            if choice is ThemeChoice.LIGHT:
                dialog._explain_keyring("backend keyring.backends.fail.Keyring")
                dialog.adjustSize()
                settle()
                dialog.grab().save(str(HERE / "sign-in-no-keyring-light.png"))
                print("wrote sign-in-no-keyring-light.png")
            dialog.reject()
            dialog.deleteLater()

        # conflict: push the win-back draft over the team's edit
        theme.set_choice(ThemeChoice.LIGHT)
        ws.library.open_entry(ws.library.find_remote(winback_remote).id)
        settle(idle)
        ws.actions["push"].trigger()
        settle(lambda: bool(ws.sync.conflict_dialogs) and idle())
        conflict = next(iter(ws.sync.conflict_dialogs.values()))
        for choice in (ThemeChoice.LIGHT, ThemeChoice.DARK):
            theme.set_choice(choice)
            conflict.adjustSize()
            settle()
            conflict.grab().save(str(HERE / f"conflict-{choice.value}.png"))
            print(f"wrote conflict-{choice.value}.png")
        conflict.reject()
        window.close_current_tab()
        window.tabs.setCurrentWidget(trial)
        settle(idle)

        # versions: compare version 1 with the draft
        window.resizeDocks(
            [ws.library_dock, window.palette_dock], [460, 300], Qt.Orientation.Vertical
        )
        ws.show_versions()
        window.resizeDocks([ws.versions_dock], [230], Qt.Orientation.Vertical)
        panel = ws.versions_panel
        settle(lambda: bool(panel.version_labels()) and idle())
        panel.select_version(1)
        panel.compare_selected()
        settle(lambda: panel.comparison is not None and idle())
        trial.view.set_zoom(0.75)
        trial.view.center_on_key(doc.keys_for_node_id("wait_3d")[0])
        for choice in (ThemeChoice.LIGHT, ThemeChoice.DARK):
            theme.set_choice(choice)
            settle()
            panel.compare_selected()  # marks in the theme's colours
            settle(lambda: idle())
            trial.view.center_on_key(doc.keys_for_node_id("wait_3d")[0])
            settle()
            window.grab().save(str(HERE / f"versions-compare-{choice.value}.png"))
            print(f"wrote versions-compare-{choice.value}.png")
    finally:
        window.close()
        other.close()
        sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
