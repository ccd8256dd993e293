"""Noticing changes made on the server (issue 10), against the sandbox over HTTP, with short
injected intervals: a content change gets its library badge and a quiet notice (and an open
journey the offer to take it), a publish made elsewhere does not; never a dialog; the wait
doubles while nothing changes and starts again short when the window is activated; no polling
while signed out, offline or in the background."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from journey_builder.errors import UnreachableError
from journey_builder.sandbox import Sandbox
from journey_builder.storage.library import SyncState
from journey_builder.ui.shell.main_window import MainWindow
from journey_builder.ui.sync.remote_watch import PollResult, RemoteWatch
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
from tests.qt.ui.sync.sync_steps import journey_tab, other_client, push, server_edit_step

pytest_plugins = ["tests.qt.ui.app_support"]


def _activate(qtbot: Any, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def _watch(qtbot: Any, window: MainWindow, first: float, longest: float) -> RemoteWatch:
    watch = workspace(window).services.watch
    watch.first, watch.longest = first, longest
    _activate(qtbot, window)
    watch.reset()
    assert watch.running
    return watch


def _badges(window: MainWindow) -> dict[str, str]:
    return {name: badge for name, badge, _detail in workspace(window).library_panel.row_texts()}


def test_a_change_on_the_server_is_noticed_quietly(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox, boxes: Boxes
) -> None:
    window = make_window()
    ws = workspace(window)
    sign_in(qtbot, window, sandbox.base_url, new_token(sandbox))
    open_tab = journey_tab(qtbot, window, "Open here")
    open_remote = push(qtbot, window, open_tab).remote_id
    closed = journey_tab(qtbot, window, "Closed here")
    closed_remote = push(qtbot, window, closed).remote_id
    published = journey_tab(qtbot, window, "Published elsewhere")
    published_remote = push(qtbot, window, published).remote_id
    closed_id = entry_of(window, closed).id
    published_id = entry_of(window, published).id
    window.close_tab(window.tabs.indexOf(closed))
    window.close_tab(window.tabs.indexOf(published))
    window.tabs.setCurrentWidget(open_tab)
    wait_idle(qtbot, ws)

    polls: list[PollResult] = []
    watch = _watch(qtbot, window, 0.2, 0.4)
    watch.polled.connect(polls.append)
    qtbot.waitUntil(lambda: len(polls) >= 1, timeout=WAIT_MS)
    assert polls[-1].changes == ()

    server_edit_step(sandbox, open_remote, "thanks", reason="Theirs")
    server_edit_step(sandbox, closed_remote, "wait", amount=9)
    with other_client(sandbox) as client:
        client.publish_journey(published_remote)  # only its status moves: not a change
    qtbot.waitUntil(
        lambda: _badges(window).get("Closed here") == "Changed remotely", timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: _badges(window).get("Open here") == "Changed remotely", timeout=WAIT_MS)
    message = window.statusBar().currentMessage()
    assert "changed on Flownally" in message and "“Closed here”" in message
    # the open journey, with no edits of its own, is offered the server's copy on its tab
    bar = ws.services.resolver.bar_for(entry_of(window, open_tab).id)
    assert bar is not None and bar.isVisible() and bar.theirs is not None
    assert open_tab.isAncestorOf(bar)
    assert next(n for n in bar.theirs.nodes if n.id == "thanks").data["reason"] == "Theirs"
    lib = ws.library.library
    qtbot.waitUntil(lambda: lib.get(published_id).status == "published", timeout=WAIT_MS)
    assert lib.get(published_id).sync_state is SyncState.SYNCED
    assert _badges(window)["Published elsewhere"] == "Synced"
    assert lib.get(closed_id).sync_state is SyncState.REMOTE_CHANGED
    # never a dialog
    assert boxes.shown == [] and not ws.sync.conflict_dialogs
    # noticed once: later polls do not read those journeys again
    seen = sandbox.count("GET", f"/v1/journeys/{closed_remote}")
    count = len(polls)
    qtbot.waitUntil(lambda: len(polls) >= count + 2, timeout=WAIT_MS)
    assert sandbox.count("GET", f"/v1/journeys/{closed_remote}") == seen
    watch.stop()
    wait_idle(qtbot, ws)


def test_the_wait_doubles_while_nothing_changes_and_resets_on_activation(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox
) -> None:
    window = make_window()
    ws = workspace(window)
    sign_in(qtbot, window, sandbox.base_url, new_token(sandbox))
    tab = journey_tab(qtbot, window)
    remote_id = push(qtbot, window, tab).remote_id
    intervals: list[float] = []
    watch = _watch(qtbot, window, 0.1, 0.4)
    assert watch.interval == 0.1
    watch.polled.connect(lambda _r: intervals.append(watch.interval))
    qtbot.waitUntil(lambda: len(intervals) >= 4, timeout=WAIT_MS)
    # the first poll sets the mark; then each unchanged list doubles the wait, up to 0.4 s
    assert intervals[:4] == [0.1, 0.2, 0.4, 0.4]

    # a change on the server: short again
    server_edit_step(sandbox, remote_id, "wait", amount=7)
    qtbot.waitUntil(lambda: intervals[-1] == 0.1, timeout=WAIT_MS)
    count = len(intervals)
    qtbot.waitUntil(lambda: len(intervals) >= count + 2, timeout=WAIT_MS)
    assert intervals[-1] > 0.1

    # in the background: no polling
    other = QWidget()
    other.show()
    _activate(qtbot, other)
    qtbot.waitUntil(lambda: not watch.running and watch._task is None, timeout=WAIT_MS)
    count = watch.polls
    qtbot.wait(600)
    assert watch.polls == count
    # activated again: the shortest wait, and polling again
    _activate(qtbot, window)
    assert watch.interval == 0.1 and watch.running
    qtbot.waitUntil(lambda: watch.polls > count, timeout=WAIT_MS)
    other.close()
    other.deleteLater()

    # offline or signed out: no polling
    _activate(qtbot, window)
    ws.connection.report_error(UnreachableError("Could not connect (the test says so)"))
    qtbot.waitUntil(lambda: not watch.running, timeout=WAIT_MS)
    ws.connection.stop()  # no retry meanwhile: the test decides when it is back
    ws.connection.report_success()
    assert watch.running
    ws.sign_out()
    assert not watch.running
    count = watch.polls
    qtbot.wait(400)
    assert watch.polls == count
    wait_idle(qtbot, ws)
