"""Accounts and sync in the window, against the sandbox on 127.0.0.1: sign in (keyring or this
session only), the remote list, open, push, conflicts and their three resolutions, publish
(blocked by validation, refused by scope), activate, pause, delete, and working offline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import keyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from journey_builder.model import JourneyDocument
from journey_builder.sandbox import Sandbox
from journey_builder.sandbox.state import ALL_SCOPES
from journey_builder.storage.library import SyncState
from journey_builder.sync import SESSION_TOKENS, JourneysClient, ProfileStore
from journey_builder.sync.credentials import KEYRING_SERVICE
from journey_builder.ui.editor.editor_tab import EditorTab
from journey_builder.ui.shell.main_window import MainWindow
from journey_builder.ui.sync.conflict_dialog import ConflictDialog
from journey_builder.ui.sync.connection import ConnectionState
from tests.qt.ui.app_support import (
    WAIT_MS,
    Boxes,
    MemoryKeyring,
    WindowFactory,
    entry_of,
    new_token,
    sign_in,
    wait_idle,
    workspace,
)
from tests.unit.journey_fixtures import post_purchase

pytest_plugins = ["tests.qt.ui.app_support"]


def _journey_tab(qtbot: Any, window: MainWindow, name: str = "Post purchase") -> EditorTab:
    """A correct journey in the library, open in a tab, saved."""
    ws = workspace(window)
    tab = ws.library.new_journey()
    assert tab is not None
    doc = JourneyDocument.model_validate({**post_purchase(), "name": name})
    tab.doc.replace_document(doc, "Fill in")
    _settle(qtbot, window, tab)
    return tab


def _settle(qtbot: Any, window: MainWindow, tab: EditorTab) -> None:
    ws = workspace(window)
    binding = ws.library.binding(tab)
    assert binding is not None
    qtbot.waitUntil(lambda: not binding.pending and binding.journey_id is not None, timeout=WAIT_MS)
    wait_idle(qtbot, ws)


def _push(qtbot: Any, window: MainWindow, tab: EditorTab) -> Any:
    ws = workspace(window)
    ws.actions["push"].trigger()
    wait_idle(qtbot, ws)
    return entry_of(window, tab)


def _other_client(sandbox: Sandbox) -> JourneysClient:
    return JourneysClient(sandbox.base_url, new_token(sandbox))


# --- signing in ----------------------------------------------------------------------------------


def test_sign_in_keeps_the_token_in_the_keyring_only(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox, app_env: MemoryKeyring, tmp_path: Path
) -> None:
    window = make_window()
    ws = workspace(window)
    assert ws.account_button.text() == "Not signed in"
    assert not ws.actions["push"].isEnabled()
    dialog = ws.open_sign_in()
    assert dialog.token.echoMode() == dialog.token.EchoMode.Password
    token = new_token(sandbox)
    sign_in(qtbot, window, sandbox.base_url, token, profile="work")
    assert app_env.secrets[(KEYRING_SERVICE, "work")] == token
    assert SESSION_TOKENS.get("work") is None
    assert ws.account_button.text().startswith("work · 127.0.0.1:")
    assert ws.connection_button.text() == "● Online"
    for path in (tmp_path / "config").rglob("*"):
        if path.is_file():
            assert token not in path.read_text(encoding="utf-8")
    assert ProfileStore().get("work").base_url == sandbox.base_url

    # a restart signs in from the keyring, without asking
    window.close()
    again = make_window()
    qtbot.waitUntil(lambda: workspace(again).accounts.signed_in, timeout=WAIT_MS)
    assert workspace(again).accounts.profile_name == "work"

    workspace(again).sign_out()
    wait_idle(qtbot, workspace(again))
    assert (KEYRING_SERVICE, "work") not in app_env.secrets
    assert workspace(again).account_button.text() == "Not signed in"
    assert workspace(again).connection_button.isHidden()


def test_without_a_usable_keyring_the_token_is_kept_for_this_session_only(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox, tmp_path: Path
) -> None:
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # app_env restores the previous one
    window = make_window()
    ws = workspace(window)
    dialog = ws.open_sign_in()
    qtbot.waitUntil(lambda: dialog.keyring_note.isVisible(), timeout=WAIT_MS)
    assert "no usable keyring" in dialog.keyring_note.text()
    assert "never keeps tokens in plain text" in dialog.keyring_note.text()
    assert dialog.session_only.isChecked()
    token = new_token(sandbox)
    dialog.profile.setCurrentText("work")
    dialog.base_url.setText(sandbox.base_url)
    qtbot.keyClicks(dialog.token, token)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.accounts.signed_in, timeout=WAIT_MS)
    assert SESSION_TOKENS.get("work") == token
    assert ws.account_button.text().endswith("(this session)")
    for path in tmp_path.rglob("*"):
        if path.is_file() and path.suffix in (".json", ".ini"):
            assert token not in path.read_text(encoding="utf-8", errors="replace")
    wait_idle(qtbot, ws)


def test_a_refused_token_is_not_kept_and_the_dialog_says_why(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox, app_env: MemoryKeyring
) -> None:
    window = make_window()
    ws = workspace(window)
    dialog = ws.open_sign_in()
    dialog.base_url.setText(sandbox.base_url)
    qtbot.keyClicks(dialog.token, "sbx_not_a_real_token")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.status.text().startswith("The server did not accept"), timeout=WAIT_MS
    )
    assert not ws.accounts.signed_in
    assert not app_env.secrets
    assert dialog.isVisible()
    dialog.base_url.setText("http://example.com/v1")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert "is not secure" in dialog.status.text()
    dialog.reject()
    assert dialog.token.text() == ""


def test_switching_profiles(qtbot: Any, make_window: WindowFactory, sandbox: Sandbox) -> None:
    window = make_window()
    ws = workspace(window)
    sign_in(qtbot, window, sandbox.base_url, new_token(sandbox), profile="work")
    sign_in(qtbot, window, sandbox.base_url, new_token(sandbox), profile="other")
    assert ws.accounts.profile_name == "other"
    assert ws.accounts.profile_names() == ["other", "work"]
    ws.switch_profile("work")
    qtbot.waitUntil(lambda: ws.accounts.profile_name == "work", timeout=WAIT_MS)
    assert ws.accounts.signed_in
    wait_idle(qtbot, ws)


def test_try_the_sandbox(qtbot: Any, make_window: WindowFactory) -> None:
    window = make_window()
    ws = workspace(window)
    ws.remote_panel.sandboxRequested.emit()
    qtbot.waitUntil(lambda: ws.accounts.signed_in, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(ws.remote_panel.journeys_shown()) == 3, timeout=WAIT_MS)
    assert ws.account_button.text().startswith("Sandbox · 127.0.0.1:")
    wait_idle(qtbot, ws)
    window.close()  # stops the sandbox: no thread is left (checked by app_env)
    assert ws.accounts.sandbox is None


# --- the remote list -------------------------------------------------------------------------------


def test_the_remote_list_streams_in_and_can_be_cancelled(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox
) -> None:
    token = new_token(sandbox)
    with JourneysClient(sandbox.base_url, token) as client:
        for i in range(120):
            client.create_journey({"name": f"Journey {i:03}"})
    window = make_window()
    ws = workspace(window)
    panel = ws.remote_panel
    pages: list[int] = []
    sign_in(qtbot, window, sandbox.base_url, token)
    assert len(panel.journeys_shown()) == 120
    assert panel.progress_text.isHidden() or panel.progress_text.text() == ""

    # slow pages: the first arrives, then Cancel stops the listing
    sandbox.faults.latency = 0.3
    panel.model.rowsInserted.connect(lambda *_a: pages.append(panel.model.rowCount()))
    panel.refresh()
    assert panel.busy and panel.cancel_button.isVisible()
    qtbot.waitUntil(lambda: bool(pages), timeout=WAIT_MS)
    assert panel.progress_text.text().startswith("Loaded 50 of 120")
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT_MS)
    assert panel.progress_text.text().startswith("Stopped: ")
    assert len(panel.journeys_shown()) < 120
    assert not ws.window.statusBar().currentMessage().startswith("Offline")
    sandbox.faults.latency = 0.0


def test_opening_a_remote_journey_pulls_it_into_the_library(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox
) -> None:
    token = new_token(sandbox)
    with JourneysClient(sandbox.base_url, token) as client:
        remote = client.create_journey({**post_purchase(), "name": "From the team"})
    window = make_window()
    ws = workspace(window)
    sign_in(qtbot, window, sandbox.base_url, token)
    assert ws.remote_panel.open_journey(remote.id)
    qtbot.waitUntil(lambda: window.tab_count() == 1, timeout=WAIT_MS)
    tab = window.current_tab()
    assert tab is not None and tab.name == "From the team"
    entry = entry_of(window, tab)
    assert entry.remote_id == remote.id and entry.sync_state is SyncState.SYNCED
    assert ws.sync_label.text() == "Synced"
    # opening it again shows the same tab, no second copy
    assert ws.remote_panel.open_journey(remote.id)
    wait_idle(qtbot, ws)
    assert window.tab_count() == 1 and len(ws.library.library.list()) == 1


# --- push and conflicts ------------------------------------------------------------------------


def test_push_creates_then_updates(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox
) -> None:
    window = make_window()
    ws = workspace(window)
    sign_in(qtbot, window, sandbox.base_url, new_token(sandbox))
    tab = _journey_tab(qtbot, window)
    assert ws.sync_label.text() == "Local only"
    entry = _push(qtbot, window, tab)
    assert entry.remote_id is not None and entry.sync_state is SyncState.SYNCED
    assert tab.doc.document.id == entry.remote_id
    assert window.statusBar().currentMessage() == "Pushed “Post purchase”"
    assert ws.sync_label.text() == "Synced"
    qtbot.waitUntil(lambda: len(ws.remote_panel.journeys_shown()) == 1, timeout=WAIT_MS)

    tab.doc.set_journey_fields(name="Post purchase v2")
    _settle(qtbot, window, tab)
    assert entry_of(window, tab).sync_state is SyncState.MODIFIED
    assert ws.sync_label.text() == "Modified · not pushed"
    entry = _push(qtbot, window, tab)
    assert entry.sync_state is SyncState.SYNCED
    with _other_client(sandbox) as client:
        assert client.get_journey(entry.remote_id).name == "Post purchase v2"
    assert sandbox.count("POST", "/v1/journeys") == 1


def _conflicted(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> tuple[EditorTab, str, ConflictDialog]:
    """A pushed journey edited here and, meanwhile, by someone else: push shows the dialog."""
    ws = workspace(window)
    tab = _journey_tab(qtbot, window, "Shared journey")
    remote_id = _push(qtbot, window, tab).remote_id
    with _other_client(sandbox) as client:
        client.update_journey(remote_id, {"name": "Their name", "entryMode": "every_time"})
    tab.doc.set_journey_fields(name="My name")
    tab.doc.add_node("delay", None)
    _settle(qtbot, window, tab)
    ws.actions["push"].trigger()
    qtbot.waitUntil(lambda: bool(ws.sync.conflict_dialogs), timeout=WAIT_MS)
    dialog = next(iter(ws.sync.conflict_dialogs.values()))
    assert entry_of(window, tab).sync_state is SyncState.CONFLICT
    qtbot.waitUntil(lambda: ws.library_panel.row_texts()[0][1] == "Conflict", timeout=WAIT_MS)
    return tab, remote_id, dialog


def test_conflict_dialog_shows_what_differs(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox
) -> None:
    window = make_window()
    sign_in(qtbot, window, sandbox.base_url, new_token(sandbox))
    _tab, _remote_id, dialog = _conflicted(qtbot, window, sandbox)
    rows = {what: (mine, theirs) for what, mine, theirs in dialog.rows}
    assert rows["Name"] == ("My name", "Their name")
    assert rows["Entry mode"][1] == "Every time the trigger fires"
    count = len(post_purchase()["definition"]["nodes"])
    assert rows["Steps"] == (f"{count + 1} steps", f"{count} steps")
    assert any(mine == "1 only in yours" for what, mine, _t in dialog.rows if what == "")
    dialog.reject()
    wait_idle(qtbot, workspace(window))


def test_conflict_keep_mine_overwrites_the_server(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox
) -> None:
    window = make_window()
    sign_in(qtbot, window, sandbox.base_url, new_token(sandbox))
    tab, remote_id, dialog = _conflicted(qtbot, window, sandbox)
    qtbot.mouseClick(dialog.keep_mine, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, workspace(window))
    assert entry_of(window, tab).sync_state is SyncState.SYNCED
    with _other_client(sandbox) as client:
        assert client.get_journey(remote_id).name == "My name"


def test_conflict_take_theirs_is_one_undo_step(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox
) -> None:
    window = make_window()
    sign_in(qtbot, window, sandbox.base_url, new_token(sandbox))
    tab, _remote_id, dialog = _conflicted(qtbot, window, sandbox)
    mine_nodes = len(tab.doc.node_keys())
    qtbot.mouseClick(dialog.take_theirs, Qt.MouseButton.LeftButton)
    assert tab.name == "Their name"
    assert len(tab.doc.node_keys()) == mine_nodes - 1
    _settle(qtbot, window, tab)
    assert entry_of(window, tab).sync_state is SyncState.SYNCED
    tab.doc.undo_stack.undo()  # mine comes back, as an edit not pushed yet
    assert tab.name == "My name" and len(tab.doc.node_keys()) == mine_nodes
    _settle(qtbot, window, tab)
    assert entry_of(window, tab).sync_state is SyncState.MODIFIED


def test_conflict_keep_both_makes_mine_a_new_journey(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox
) -> None:
    window = make_window()
    ws = workspace(window)
    sign_in(qtbot, window, sandbox.base_url, new_token(sandbox))
    tab, remote_id, dialog = _conflicted(qtbot, window, sandbox)
    qtbot.mouseClick(dialog.keep_both, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ws)
    mine = entry_of(window, tab)
    assert mine.remote_id not in (None, remote_id)
    assert mine.sync_state is SyncState.SYNCED
    assert tab.doc.document.id == mine.remote_id
    assert mine.name == tab.name == "My name (my copy)"  # renamed as an edit: Undo undoes it
    entries = {e.name: e for e in ws.library.library.list()}
    assert entries["Their name"].remote_id == remote_id
    assert entries["Their name"].sync_state is SyncState.SYNCED
    with _other_client(sandbox) as client:
        assert client.get_journey(mine.remote_id).name == "My name (my copy)"
        assert client.get_journey(remote_id).name == "Their name"


# --- publish and lifecycle ---------------------------------------------------------------------


def test_publish_is_blocked_by_validation_errors(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox
) -> None:
    window = make_window()
    ws = workspace(window)
    sign_in(qtbot, window, sandbox.base_url, new_token(sandbox))
    tab = ws.library.new_journey()  # only a start step, and a step nothing reaches
    assert tab is not None
    tab.doc.add_node("send_message", None)
    _settle(qtbot, window, tab)
    ws.actions["publish"].trigger()
    qtbot.waitUntil(lambda: ws.sync.blocked_dialog is not None, timeout=WAIT_MS)
    dialog = ws.sync.blocked_dialog
    assert dialog is not None
    assert dialog.headline.text().endswith("so it was not published.")
    assert dialog.messages(), "the errors are listed"
    assert any("never be reached" in m for m in dialog.messages())
    assert sandbox.count("POST") == 0  # nothing was sent: not even a push
    wait_idle(qtbot, ws)


def test_publish_activate_pause_and_delete(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox, boxes: Boxes
) -> None:
    window = make_window()
    ws = workspace(window)
    sign_in(qtbot, window, sandbox.base_url, new_token(sandbox))
    tab = _journey_tab(qtbot, window)
    ws.actions["publish"].trigger()  # never pushed: pushed first, then published
    wait_idle(qtbot, ws)
    entry = entry_of(window, tab)
    assert entry.remote_id is not None and entry.status == "published"
    assert entry.sync_state is SyncState.SYNCED  # publishing is no false conflict
    assert window.statusBar().currentMessage().startswith("Pushed your edits and published")

    ws.actions["activate"].trigger()
    wait_idle(qtbot, ws)
    assert boxes.shown[-1][1] == "Activate “Post purchase”?"
    assert entry_of(window, tab).status == "active"
    assert not ws.actions["activate"].isEnabled() and ws.actions["pause"].isEnabled()

    # delete an active journey: offered to pause first; declining changes nothing
    boxes.answers = [QMessageBox.StandardButton.Cancel]
    ws.actions["delete_remote"].trigger()
    assert boxes.shown[-1][0] == "Delete active journey"
    wait_idle(qtbot, ws)
    assert entry_of(window, tab).status == "active"

    ws.actions["pause"].trigger()
    wait_idle(qtbot, ws)
    assert boxes.shown[-1][1] == "Pause “Post purchase”?"
    assert entry_of(window, tab).status == "paused"

    # a change of mind on the server side: activating a paused journey again works
    journey_id = entry_of(window, tab).id
    remote_id = entry.remote_id
    ws.actions["delete_remote"].trigger()
    assert boxes.shown[-1][0] == "Delete journey"
    assert "Contacts still in it" in boxes.shown[-1][2]
    wait_idle(qtbot, ws)
    assert window.tab_count() == 0  # its tab closed; the copy is in the trash
    assert ws.library.library.get(journey_id).in_trash
    with _other_client(sandbox) as client:
        assert remote_id not in [j.id for j in client.iter_journeys()]


def test_deleting_an_active_journey_pauses_it_first(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox, boxes: Boxes
) -> None:
    window = make_window()
    ws = workspace(window)
    sign_in(qtbot, window, sandbox.base_url, new_token(sandbox))
    tab = _journey_tab(qtbot, window)
    ws.actions["publish"].trigger()
    wait_idle(qtbot, ws)
    ws.actions["activate"].trigger()
    wait_idle(qtbot, ws)
    remote_id = entry_of(window, tab).remote_id
    ws.actions["delete_remote"].trigger()  # "Pause and Delete"
    wait_idle(qtbot, ws)
    assert boxes.shown[-1][0] == "Delete active journey"
    assert sandbox.count("POST", f"/v1/journeys/{remote_id}/pause") == 1
    assert sandbox.count("DELETE", f"/v1/journeys/{remote_id}") == 1


def test_a_refusal_shows_the_servers_message(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox, boxes: Boxes
) -> None:
    window = make_window()
    ws = workspace(window)
    sign_in(qtbot, window, sandbox.base_url, new_token(sandbox))
    tab = _journey_tab(qtbot, window)
    _push(qtbot, window, tab)
    ws.actions["activate"].trigger()  # never published: the server refuses
    wait_idle(qtbot, ws)
    title, text, _detail = boxes.shown[-1]
    assert title == "The server refused to activate it"
    assert "(HTTP 409)" in text
    assert entry_of(window, tab).status == "draft"


def test_a_missing_scope_is_named(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox, boxes: Boxes
) -> None:
    window = make_window()
    ws = workspace(window)
    token = new_token(sandbox, ALL_SCOPES - {"journey:publish"})
    sign_in(qtbot, window, sandbox.base_url, token)
    tab = _journey_tab(qtbot, window)
    ws.actions["publish"].trigger()
    wait_idle(qtbot, ws)
    assert boxes.shown[-1][0] == "Not allowed"
    assert "lacks the permission journey:publish" in boxes.shown[-1][1]
    assert entry_of(window, tab).remote_id is not None  # the push before it went through


def test_a_revoked_token_asks_to_sign_in_again(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox, boxes: Boxes
) -> None:
    window = make_window()
    ws = workspace(window)
    sign_in(qtbot, window, sandbox.base_url, new_token(sandbox))
    tab = _journey_tab(qtbot, window)
    # the token is revoked: a sandbox on the same port and data no longer knows it
    port, state = sandbox.port, sandbox.state
    sandbox.stop()
    with Sandbox(port=port, state=state) as revoked:
        ws.actions["push"].trigger()
        ws.actions["push"].trigger()  # two refusals, one question
        qtbot.waitUntil(lambda: ws.sign_in_dialog is not None, timeout=WAIT_MS)
        wait_idle(qtbot, ws)
        assert boxes.titles().count("Sign in again") == 1
        assert "no longer valid" in boxes.shown[-1][1]
        assert ws.sign_in_dialog.profile.currentText() == "work"
        sign_in(qtbot, window, revoked.base_url, new_token(revoked))
        entry = _push(qtbot, window, tab)
        assert entry.remote_id is not None


# --- offline -----------------------------------------------------------------------------------


def test_offline_is_calm_and_coming_back_works(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox, boxes: Boxes
) -> None:
    window = make_window()
    ws = workspace(window)
    token = new_token(sandbox)
    sign_in(qtbot, window, sandbox.base_url, token)
    tab = _journey_tab(qtbot, window)
    port, state = sandbox.port, sandbox.state
    sandbox.stop()

    ws.actions["push"].trigger()
    qtbot.waitUntil(lambda: ws.connection.state is ConnectionState.OFFLINE, timeout=WAIT_MS)
    assert ws.connection_button.text() == "● Offline"
    qtbot.waitUntil(lambda: not ws.net.busy or ws.connection.state is ConnectionState.OFFLINE)
    assert boxes.shown == []  # no dialog
    qtbot.waitUntil(
        lambda: (
            window.statusBar()
            .currentMessage()
            .startswith("Offline: “Post purchase” will be pushed when the connection returns")
        ),
        timeout=WAIT_MS,
    )
    # work goes on locally
    tab.doc.set_journey_fields(name="Edited offline")
    _settle(qtbot, window, tab)
    assert entry_of(window, tab).name == "Edited offline"

    with Sandbox(port=port, state=state) as back:
        back.add_token(token)
        qtbot.waitUntil(lambda: ws.connection.state is ConnectionState.ONLINE, timeout=WAIT_MS)
        assert ws.connection_button.text() == "● Online"
        entry = _push(qtbot, window, tab)
        assert entry.sync_state is SyncState.SYNCED
        with JourneysClient(back.base_url, token) as client:
            assert client.get_journey(entry.remote_id).name == "Edited offline"
        wait_idle(qtbot, ws)
    assert boxes.shown == []


def test_files_keep_id_and_updated_at_after_a_push(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox, tmp_path: Path
) -> None:
    path = tmp_path / "team.journey.json"
    path.write_text(json.dumps({**post_purchase(), "name": "Team"}), encoding="utf-8")
    window = make_window()
    sign_in(qtbot, window, sandbox.base_url, new_token(sandbox))
    tab = window.open_path(path)
    assert tab is not None
    _settle(qtbot, window, tab)
    entry = _push(qtbot, window, tab)
    assert window.save(tab)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["id"] == entry.remote_id
    assert saved["updatedAt"] == entry.remote_updated_at
