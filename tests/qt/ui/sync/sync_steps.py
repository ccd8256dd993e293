"""Steps the sync window tests take as a user would (it holds no tests itself)."""

from __future__ import annotations

from typing import Any

from journey_builder.model import JourneyDocument
from journey_builder.sandbox import Sandbox
from journey_builder.sync import JourneysClient
from journey_builder.ui.editor.editor_tab import EditorTab
from journey_builder.ui.shell.main_window import MainWindow
from tests.qt.ui.app_support import WAIT_MS, entry_of, new_token, wait_idle, workspace
from tests.unit.journey_fixtures import post_purchase

__all__ = [
    "edit_step",
    "journey_tab",
    "other_client",
    "push",
    "server_edit_step",
    "settle",
    "step_data",
]


def journey_tab(qtbot: Any, window: MainWindow, name: str = "Post purchase") -> EditorTab:
    """A correct journey in the library, open in a tab, saved."""
    tab = workspace(window).library.new_journey()
    assert tab is not None
    doc = JourneyDocument.model_validate({**post_purchase(), "name": name})
    tab.doc.replace_document(doc, "Fill in")
    settle(qtbot, window, tab)
    return tab


def settle(qtbot: Any, window: MainWindow, tab: EditorTab) -> None:
    """Until the tab's edits are in the library and no network task runs."""
    ws = workspace(window)
    binding = ws.library.binding(tab)
    assert binding is not None
    qtbot.waitUntil(lambda: not binding.pending and binding.journey_id is not None, timeout=WAIT_MS)
    wait_idle(qtbot, ws)


def push(qtbot: Any, window: MainWindow, tab: EditorTab) -> Any:
    """Journey › Push, then the entry as the library has it."""
    ws = workspace(window)
    ws.actions["push"].trigger()
    wait_idle(qtbot, ws)
    return entry_of(window, tab)


def other_client(sandbox: Sandbox) -> JourneysClient:
    """Someone else, with a token of their own."""
    return JourneysClient(sandbox.base_url, new_token(sandbox))


def _key_of(tab: EditorTab, step_id: str) -> str:
    return next(k for k in tab.doc.node_keys() if tab.doc.node(k).id == step_id)


def step_data(tab: EditorTab, step_id: str) -> dict[str, Any]:
    return dict(tab.doc.node(_key_of(tab, step_id)).data)


def edit_step(tab: EditorTab, step_id: str, **data: Any) -> None:
    """Change fields of one step in the editor (one undo step)."""
    key = _key_of(tab, step_id)
    tab.doc.set_node_data(key, {**tab.doc.node(key).data, **data})


def server_edit_step(sandbox: Sandbox, remote_id: str, step_id: str, **data: Any) -> None:
    """Someone changes fields of one step on the server, over HTTP."""
    with other_client(sandbox) as client:
        journey = client.get_journey(remote_id)
        definition = journey.model_dump(mode="json", by_alias=True, exclude_unset=True)[
            "definition"
        ]
        for node in definition["nodes"]:
            if node["id"] == step_id:
                node["data"].update(data)
        client.update_journey(remote_id, {"definition": definition})
