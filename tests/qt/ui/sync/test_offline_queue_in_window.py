"""The offline queue in the window, against the sandbox over HTTP (issue 10): what is pushed or
paused offline waits in the library, shows in the status bar, outlives a restart of the app and
is sent in order when the sandbox is back on its port; a refusal is shown once, in a notice (no
dialog), and can be retried or discarded; a publish offline is still validated first."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from journey_builder.errors import UnreachableError
from journey_builder.i18n import Translators
from journey_builder.sandbox import Sandbox
from journey_builder.storage.library import SyncState
from journey_builder.ui.shell.workspace import Workspace
from journey_builder.ui.sync.connection import ConnectionState
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
from tests.qt.ui.sync.sync_steps import journey_tab, other_client, push, settle

pytest_plugins = ["tests.qt.ui.app_support"]


@pytest.fixture
def english() -> Iterator[None]:
    """The English catalogue, as the app installs it (plural forms: "1 change waiting")."""
    translators = Translators()
    translators.install("en")
    yield
    translators.remove()


def _offline(qtbot: Any, ws: Workspace) -> None:
    qtbot.waitUntil(lambda: ws.connection.state is ConnectionState.OFFLINE, timeout=WAIT_MS)


def _queue_text(qtbot: Any, ws: Workspace, text: str) -> None:
    button = ws.services.queue_button
    qtbot.waitUntil(lambda: button.text() == text and not button.isHidden(), timeout=WAIT_MS)


def _changes(sandbox: Sandbox) -> list[str]:
    return [f"{r.method} {r.path}" for r in sandbox.requests if r.method != "GET"]


def test_offline_changes_wait_outlive_a_restart_and_arrive_in_order(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox, boxes: Boxes, english: None
) -> None:
    window = make_window()
    ws = workspace(window)
    token = new_token(sandbox)
    sign_in(qtbot, window, sandbox.base_url, token)
    tab = journey_tab(qtbot, window)
    remote_id = push(qtbot, window, tab).remote_id
    ws.actions["publish"].trigger()
    wait_idle(qtbot, ws)
    ws.actions["activate"].trigger()
    wait_idle(qtbot, ws)
    journey_id = entry_of(window, tab).id
    port, state = sandbox.port, sandbox.state
    sandbox.stop()

    # the network is cut: edit and push, then pause (asked now, as always)
    tab.doc.set_journey_fields(name="Renamed offline")
    settle(qtbot, window, tab)
    ws.actions["push"].trigger()
    _offline(qtbot, ws)
    _queue_text(qtbot, ws, "1 change waiting")
    assert "Push “Renamed offline”" in ws.services.queue_button.toolTip()
    ws.actions["pause"].trigger()
    _queue_text(qtbot, ws, "2 changes waiting")
    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage()
            == "Offline: “Renamed offline” will be paused when the connection returns"
        ),
        timeout=WAIT_MS,
    )
    assert boxes.titles() == ["Activate journey", "Pause journey"]
    wait_idle(qtbot, ws)

    # quit and start again: still waiting; the sandbox is still down
    window.close()
    again = make_window()
    ws2 = workspace(again)
    qtbot.waitUntil(lambda: ws2.accounts.signed_in, timeout=WAIT_MS)
    _queue_text(qtbot, ws2, "2 changes waiting")
    _offline(qtbot, ws2)  # the first try at sending found the server down
    assert ws2.library.library.queued_count() == 2

    with Sandbox(port=port, state=state) as back:
        back.add_token(token)
        button = ws2.services.queue_button
        qtbot.waitUntil(lambda: button.isHidden(), timeout=WAIT_MS)
        wait_idle(qtbot, ws2)
        assert _changes(back) == [
            f"PATCH /v1/journeys/{remote_id}",
            f"POST /v1/journeys/{remote_id}/pause",
        ]
        stored = state.get_journey(remote_id)
        assert stored["name"] == "Renamed offline" and stored["status"] == "paused"
    entry = ws2.library.library.get(journey_id)
    assert entry.sync_state is SyncState.SYNCED and entry.status == "paused"
    assert ws2.library.library.queued_count() == 0
    assert boxes.titles() == ["Activate journey", "Pause journey"], "not asked again"
    assert again.statusBar().currentMessage() == "Sent 2 waiting changes"


def _back(qtbot: Any, ws: Workspace, port: int, state: Any, token: str) -> Sandbox:
    back = Sandbox(port=port, state=state)
    back.add_token(token)
    back.start()
    qtbot.waitUntil(lambda: ws.connection.state is ConnectionState.ONLINE, timeout=WAIT_MS)
    return back


def test_a_refusal_is_shown_once_and_can_be_discarded(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox, boxes: Boxes, english: None
) -> None:
    window = make_window()
    ws = workspace(window)
    token = new_token(sandbox)
    sign_in(qtbot, window, sandbox.base_url, token)
    tab = journey_tab(qtbot, window)
    remote_id = push(qtbot, window, tab).remote_id  # a draft: never published
    port, state = sandbox.port, sandbox.state
    sandbox.stop()
    tab.doc.set_journey_fields(name="Edited offline")
    settle(qtbot, window, tab)
    ws.actions["push"].trigger()
    _offline(qtbot, ws)
    ws.actions["activate"].trigger()  # the server will refuse: it is not published
    _queue_text(qtbot, ws, "2 changes waiting")

    back = _back(qtbot, ws, port, state, token)
    try:
        qtbot.waitUntil(lambda: ws.services.notice is not None, timeout=WAIT_MS)
        wait_idle(qtbot, ws)
        notice = ws.services.notice
        assert notice is not None and notice.isVisible() and not notice.isModal()
        [message] = notice.messages()
        assert message.startswith("Activate “Edited offline”: ")
        assert "(HTTP 409)" in message
        assert "The server refused 1 change made while offline." in notice.headline.text()
        assert boxes.titles() == ["Activate journey"], "no message box for the refusal"
        assert state.get_journey(remote_id)["name"] == "Edited offline"  # the push went
        _queue_text(qtbot, ws, "1 refused")
        assert "refused: " in ws.services.queue_button.toolTip()

        # shown once: the connection coming back again sends nothing and shows nothing
        notice.close()
        ws.connection.report_error(_transport_error())
        ws.connection.report_success()
        wait_idle(qtbot, ws)
        assert ws.services.notice is notice and not notice.isVisible()
        assert back.count("POST", f"/v1/journeys/{remote_id}/activate") == 1

        # the status bar's menu: discard it
        menu = ws.services.queue_button.queue_menu
        [item_menu] = [a.menu() for a in menu.actions() if a.menu() is not None]
        assert item_menu.title() == "Activate “Edited offline”"
        texts = [a.text() for a in item_menu.actions()]
        assert texts[0].startswith("Refused: ") and texts[1:] == ["Retry", "Discard"]
        item_menu.actions()[2].trigger()
        qtbot.waitUntil(lambda: ws.services.queue_button.isHidden(), timeout=WAIT_MS)
        assert ws.library.library.failed_changes() == []
    finally:
        back.stop()
    wait_idle(qtbot, ws)


def test_a_refused_change_can_be_retried_from_the_notice(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox, english: None
) -> None:
    window = make_window()
    ws = workspace(window)
    token = new_token(sandbox)
    sign_in(qtbot, window, sandbox.base_url, token)
    tab = journey_tab(qtbot, window)
    remote_id = push(qtbot, window, tab).remote_id
    port, state = sandbox.port, sandbox.state
    sandbox.stop()
    tab.doc.set_journey_fields(name="Edited offline")
    settle(qtbot, window, tab)
    ws.actions["push"].trigger()
    _offline(qtbot, ws)
    ws.actions["activate"].trigger()
    _queue_text(qtbot, ws, "2 changes waiting")
    back = _back(qtbot, ws, port, state, token)
    try:
        qtbot.waitUntil(lambda: ws.services.notice is not None, timeout=WAIT_MS)
        wait_idle(qtbot, ws)
        with other_client(back) as client:  # meanwhile someone publishes it
            client.publish_journey(remote_id)
        notice = ws.services.notice
        assert notice is not None
        qtbot.mouseClick(notice.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: state.get_journey(remote_id)["status"] == "active", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: ws.services.queue_button.isHidden(), timeout=WAIT_MS)
        assert not notice.isVisible()
    finally:
        back.stop()
    wait_idle(qtbot, ws)


def test_publishing_offline_is_validated_first(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox, english: None
) -> None:
    window = make_window()
    ws = workspace(window)
    sign_in(qtbot, window, sandbox.base_url, new_token(sandbox))
    good = journey_tab(qtbot, window)
    sandbox.stop()
    ws.actions["push"].trigger()
    _offline(qtbot, ws)
    _queue_text(qtbot, ws, "1 change waiting")
    bad = ws.library.new_journey()  # a step nothing reaches: an error
    assert bad is not None
    bad.doc.add_node("send_message", None)
    settle(qtbot, window, bad)
    ws.actions["publish"].trigger()
    qtbot.waitUntil(lambda: ws.sync.blocked_dialog is not None, timeout=WAIT_MS)
    wait_idle(qtbot, ws)
    assert ws.library.library.queued_count() == 1, "nothing queued for the journey with errors"
    window.tabs.setCurrentWidget(good)
    ws.actions["publish"].trigger()  # valid: its push is already queued, the publish follows
    _queue_text(qtbot, ws, "2 changes waiting")
    actions = [c.action.value for c in ws.library.library.queued_changes()]
    assert actions == ["push", "publish"]


def _transport_error() -> Exception:
    return UnreachableError("Could not connect to 127.0.0.1 (the test says so)")
