"""Three-way sync in the window, against the sandbox over HTTP (issue 10): lifecycle actions are
no conflict; a change made only on the server is offered (take theirs, one undo step; keep
mine); both changed shows the three-way view, merges non-overlapping changes in one undo step
and pushes them; overlapping changes cannot be merged; keep both names mine "NAME (my copy)"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from journey_builder.sandbox import Sandbox
from journey_builder.storage.library import SyncState
from journey_builder.ui.editor.editor_tab import EditorTab
from journey_builder.ui.shell.main_window import MainWindow
from journey_builder.ui.sync.conflict_dialog import ConflictDialog
from tests.qt.ui.app_support import (
    WAIT_MS,
    Boxes,
    WindowFactory,
    entry_of,
    new_token,
    sign_in,
    wait_idle,
    workspace,
)
from tests.qt.ui.sync.sync_steps import (
    edit_step,
    journey_tab,
    other_client,
    push,
    server_edit_step,
    settle,
    step_data,
)

pytest_plugins = ["tests.qt.ui.app_support"]


def _signed_in(qtbot: Any, make_window: WindowFactory, sandbox: Sandbox) -> MainWindow:
    window = make_window()
    sign_in(qtbot, window, sandbox.base_url, new_token(sandbox))
    return window


def test_push_publish_activate_then_edit_and_push_again_is_no_conflict(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox, boxes: Boxes
) -> None:
    window = _signed_in(qtbot, make_window, sandbox)
    ws = workspace(window)
    tab = journey_tab(qtbot, window)
    remote_id = push(qtbot, window, tab).remote_id
    ws.actions["publish"].trigger()
    wait_idle(qtbot, ws)
    ws.actions["activate"].trigger()  # asked, and answered Yes
    wait_idle(qtbot, ws)
    assert entry_of(window, tab).status == "active"
    patches = sandbox.count("PATCH")

    edit_step(tab, "wait", amount=3)
    settle(qtbot, window, tab)
    assert entry_of(window, tab).sync_state is SyncState.MODIFIED
    entry = push(qtbot, window, tab)
    assert not ws.sync.conflict_dialogs, "a publish and an activate are no conflict"
    assert ws.services.resolver.bar_for(entry.id) is None
    assert window.statusBar().currentMessage() == "Pushed “Post purchase”"
    assert entry.sync_state is SyncState.SYNCED and entry.status == "active"
    assert sandbox.count("PATCH") == patches + 1
    with other_client(sandbox) as client:
        stored = client.get_journey(remote_id)
    assert stored.status == "active"
    assert stored.definition is not None
    wait = next(n for n in stored.definition.nodes if n.id == "wait")
    assert wait.data["amount"] == 3
    assert [t for t, _text, _d in boxes.shown] == ["Activate journey"]


def _remote_newer(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> tuple[EditorTab, str]:
    """A pushed journey renamed on the server; pushing again (no local edit) offers theirs."""
    ws = workspace(window)
    tab = journey_tab(qtbot, window, "Mine")
    remote_id = push(qtbot, window, tab).remote_id
    with other_client(sandbox) as client:
        client.update_journey(remote_id, {"name": "Their name"})
    server_edit_step(sandbox, remote_id, "thanks", reason="Theirs")
    patches = sandbox.count("PATCH")
    entry = push(qtbot, window, tab)
    assert sandbox.count("PATCH") == patches, "nothing was sent"
    assert not ws.sync.conflict_dialogs and entry.sync_state is SyncState.REMOTE_CHANGED
    assert window.statusBar().currentMessage() == (
        "The server has a newer version of “Mine”; nothing was sent"
    )
    return tab, remote_id


def test_a_server_only_change_is_offered_and_taking_it_is_one_undo_step(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox, boxes: Boxes
) -> None:
    window = _signed_in(qtbot, make_window, sandbox)
    ws = workspace(window)
    tab, _remote_id = _remote_newer(qtbot, window, sandbox)
    journey_id = entry_of(window, tab).id
    bar = ws.services.resolver.bar_for(journey_id)
    assert bar is not None and bar.isVisible() and tab.isAncestorOf(bar)
    assert bar.text.text() == "The server has a newer version of this journey."
    assert boxes.shown == []  # a bar on the tab, never a dialog
    undo_steps = tab.doc.undo_stack.count()

    qtbot.mouseClick(bar.take_button, Qt.MouseButton.LeftButton)
    assert tab.name == "Their name" and step_data(tab, "thanks")["reason"] == "Theirs"
    assert ws.services.resolver.bar_for(journey_id) is None
    assert tab.doc.undo_stack.count() == undo_steps + 1
    settle(qtbot, window, tab)
    assert entry_of(window, tab).sync_state is SyncState.SYNCED
    tab.doc.undo_stack.undo()  # mine comes back, as an edit not pushed
    assert tab.name == "Mine" and step_data(tab, "thanks")["reason"] == "Bought again"
    settle(qtbot, window, tab)
    assert entry_of(window, tab).sync_state is SyncState.MODIFIED


def test_keep_mine_from_the_bar_overwrites_the_server(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox
) -> None:
    window = _signed_in(qtbot, make_window, sandbox)
    ws = workspace(window)
    tab, remote_id = _remote_newer(qtbot, window, sandbox)
    bar = ws.services.resolver.bar_for(entry_of(window, tab).id)
    assert bar is not None
    qtbot.mouseClick(bar.keep_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ws)
    assert entry_of(window, tab).sync_state is SyncState.SYNCED
    with other_client(sandbox) as client:
        assert client.get_journey(remote_id).name == "Mine"


def _both_changed(
    qtbot: Any, window: MainWindow, sandbox: Sandbox, *, same_step: bool
) -> tuple[EditorTab, str, ConflictDialog]:
    ws = workspace(window)
    tab = journey_tab(qtbot, window, "Shared")
    remote_id = push(qtbot, window, tab).remote_id
    server_edit_step(sandbox, remote_id, "thanks", reason="Theirs")
    edit_step(
        tab,
        "thanks" if same_step else "wait",
        **({"reason": "Mine"} if same_step else {"amount": 5}),
    )
    settle(qtbot, window, tab)
    ws.actions["push"].trigger()
    qtbot.waitUntil(lambda: bool(ws.sync.conflict_dialogs), timeout=WAIT_MS)
    wait_idle(qtbot, ws)
    dialog = next(iter(ws.sync.conflict_dialogs.values()))
    assert isinstance(dialog, ConflictDialog) and dialog.isVisible()
    assert entry_of(window, tab).sync_state is SyncState.CONFLICT
    return tab, remote_id, dialog


def test_both_changed_in_different_steps_shows_three_ways_and_merges(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox
) -> None:
    window = _signed_in(qtbot, make_window, sandbox)
    ws = workspace(window)
    tab, remote_id, dialog = _both_changed(qtbot, window, sandbox, same_step=False)
    assert dialog.three_way is not None and dialog.three_way.isVisible()
    rows = {
        what: (yours, base, theirs, overlap)
        for _g, what, yours, base, theirs, overlap in (dialog.three_way.rows())
    }
    assert rows["Wait 2 days (wait)"] == ("changed", "Wait 2 days", "unchanged", False)
    assert rows["Exit (thanks)"] == ("unchanged", "Exit", "changed", False)
    assert dialog.three_way.group_titles()[0].startswith("Steps: 2 of ")
    assert dialog.merge.isEnabled() and dialog.merge.isVisible()
    assert "Edit › Undo" in dialog.description("merge")
    assert dialog.description("both").startswith(
        "Yours becomes a new journey on the server, “Shared (my copy)”"
    )
    undo_steps = tab.doc.undo_stack.count()
    patches = sandbox.count("PATCH")

    qtbot.mouseClick(dialog.merge, Qt.MouseButton.LeftButton)
    # the merge is in the tab at once, as one undo step: both changes
    assert step_data(tab, "wait")["amount"] == 5
    assert step_data(tab, "thanks")["reason"] == "Theirs"
    assert tab.doc.undo_stack.count() == undo_steps + 1
    wait_idle(qtbot, ws)
    settle(qtbot, window, tab)
    assert sandbox.count("PATCH") == patches + 1
    entry = entry_of(window, tab)
    assert entry.sync_state is SyncState.SYNCED
    assert window.statusBar().currentMessage() == "Merged both copies and pushed “Shared”"
    with other_client(sandbox) as client:
        stored = client.get_journey(remote_id)
    assert stored.definition is not None
    data = {n.id: n.data for n in stored.definition.nodes}
    assert data["wait"]["amount"] == 5 and data["thanks"]["reason"] == "Theirs"
    assert not ws.sync.conflict_dialogs
    tab.doc.undo_stack.undo()  # back to mine alone
    assert step_data(tab, "thanks")["reason"] == "Bought again"


def test_overlapping_changes_cannot_be_merged(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox
) -> None:
    window = _signed_in(qtbot, make_window, sandbox)
    _tab, _remote_id, dialog = _both_changed(qtbot, window, sandbox, same_step=True)
    assert dialog.three_way is not None
    [row] = [r for r in dialog.three_way.rows() if r[5]]
    assert row[1] == "⚠ Exit (thanks)" and row[2] == row[4] == "changed"
    assert not dialog.merge.isEnabled()
    assert dialog.description("merge").startswith("Not possible")
    dialog.choose("merge")  # a disabled choice does nothing
    assert dialog.isVisible() and dialog.choice is None
    for button in (dialog.keep_mine, dialog.take_theirs, dialog.keep_both):
        assert button.isEnabled()
    dialog.reject()
    wait_idle(qtbot, workspace(window))


def test_keep_both_numbers_the_copy_when_the_name_is_taken(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox
) -> None:
    window = _signed_in(qtbot, make_window, sandbox)
    ws = workspace(window)
    taken = journey_tab(qtbot, window, "Shared (my copy)")
    window.close_tab(window.tabs.indexOf(taken))
    tab, remote_id, dialog = _both_changed(qtbot, window, sandbox, same_step=True)
    assert "“Shared (my copy 2)”" in dialog.description("both")
    qtbot.mouseClick(dialog.keep_both, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ws)
    settle(qtbot, window, tab)
    mine = entry_of(window, tab)
    assert tab.name == mine.name == "Shared (my copy 2)"
    assert mine.remote_id not in (None, remote_id) and mine.sync_state is SyncState.SYNCED
    with other_client(sandbox) as client:
        assert client.get_journey(mine.remote_id).name == "Shared (my copy 2)"
        assert client.get_journey(remote_id).name == "Shared"
    names = sorted(e.name for e in ws.library.library.list())
    assert names == ["Shared", "Shared (my copy 2)", "Shared (my copy)"]
    tab.doc.undo_stack.undo()  # the rename was an edit
    assert tab.name == "Shared"
