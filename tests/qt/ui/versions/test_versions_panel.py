"""The versions panel against the sandbox: list, open read-only, compare with the draft (marked
on the canvas and listed), restore as the draft in one undoable step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from journey_builder.model import JourneyDocument
from journey_builder.sandbox import Sandbox
from journey_builder.storage.files import document_to_text
from journey_builder.ui.editor.editor_tab import EditorTab
from journey_builder.ui.editor.read_only import ReadOnlyBanner
from journey_builder.ui.shell.main_window import MainWindow
from journey_builder.ui.versions.compare import ADDED, CHANGED, REMOVED
from tests.qt.ui.app_support import (
    WAIT_MS,
    WindowFactory,
    new_token,
    sign_in,
    wait_idle,
    workspace,
)
from tests.unit.journey_fixtures import post_purchase

pytest_plugins = ["tests.qt.ui.app_support"]


def _published_twice(qtbot: Any, window: MainWindow) -> EditorTab:
    """A journey published as version 1, renamed and published as version 2, then edited:
    a tag step added, the wait changed, the "loyal" step removed."""
    ws = workspace(window)
    tab = ws.library.new_journey()
    assert tab is not None
    tab.doc.replace_document(JourneyDocument.model_validate(post_purchase()), "Fill in")
    _settle(qtbot, window, tab)
    ws.actions["publish"].trigger()
    wait_idle(qtbot, ws)
    tab.doc.set_journey_fields(name="Post purchase (second)")
    _settle(qtbot, window, tab)
    ws.actions["publish"].trigger()
    wait_idle(qtbot, ws)
    wait_key = tab.doc.keys_for_node_id("wait")[0]
    tab.doc.set_node_data(wait_key, {"label": "Wait 5 days", "amount": 5, "unit": "days"})
    tab.doc.remove(tab.doc.keys_for_node_id("loyal"))
    thanks = tab.doc.keys_for_node_id("thanks")[0]
    tab.doc.add_node("tag", None)
    assert tab.doc.has_node(thanks)
    _settle(qtbot, window, tab)
    return tab


def _settle(qtbot: Any, window: MainWindow, tab: EditorTab) -> None:
    ws = workspace(window)
    binding = ws.library.binding(tab)
    assert binding is not None
    qtbot.waitUntil(lambda: not binding.pending and binding.journey_id is not None, timeout=WAIT_MS)
    wait_idle(qtbot, ws)


def test_versions_compare_open_and_restore(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox
) -> None:
    window = make_window()
    ws = workspace(window)
    panel = ws.versions_panel
    sign_in(qtbot, window, sandbox.base_url, new_token(sandbox))
    tab = _published_twice(qtbot, window)
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: panel.version_labels() == ["Version 2", "Version 1"], timeout=WAIT_MS)
    assert panel.title.text() == "Versions of “Post purchase (second)”"

    # compare version 1 with the draft: marked on the draft's canvas, and listed
    assert panel.select_version(1)
    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.comparison is not None, timeout=WAIT_MS)
    wait_idle(qtbot, ws)
    marks = panel._highlighters[tab].marks()
    assert marks[tab.doc.keys_for_node_id("wait")[0]] == CHANGED
    tag_key = next(
        k
        for k in tab.doc.node_keys()
        if tab.doc.node(k).type == "tag" and tab.doc.node(k).id != "loyal"
    )
    assert marks[tag_key] == ADDED
    texts = panel.difference_texts()
    assert "Changed: Wait 5 days (wait)" in texts
    assert any(t.startswith("Removed: ") and t.endswith("(loyal)") for t in texts)
    assert any(t.startswith("New: ") for t in texts)
    assert panel.compare_title.text().startswith("Draft compared with version 1: ")
    ring = tab.view.journey_scene().node_items[tag_key].childItems()
    assert ring, "the added step has its ring on the canvas"

    # open version 1 read-only: nothing can change it
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.tab_count() == 2, timeout=WAIT_MS)
    version_tab = window.current_tab()
    assert version_tab is not None and version_tab is not tab
    assert version_tab.name == "Post purchase (second) · version 1"
    assert version_tab.findChild(ReadOnlyBanner) is not None
    before = document_to_text(version_tab.doc.document)
    version_tab.doc.add_node("delay", None)
    version_tab.view.select_all()
    window.named_actions["delete"].trigger()
    assert document_to_text(version_tab.doc.document) == before
    assert "read-only" in window.statusBar().currentMessage()
    # with the version open, comparing again marks the removed step on it
    panel.compare_selected()
    qtbot.waitUntil(lambda: version_tab in panel._highlighters, timeout=WAIT_MS)
    removed = panel._highlighters[version_tab].marks()
    assert list(removed.values()) == [REMOVED]
    assert version_tab.doc.node(next(iter(removed))).id == "loyal"
    wait_idle(qtbot, ws)
    assert window.close_tab(window.tabs.indexOf(version_tab))  # nothing to save

    # restore version 1 as the draft; Undo brings the edited draft back
    edited = document_to_text(tab.doc.document)
    assert panel.select_version(1)
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.doc.keys_for_node_id("loyal") != [], timeout=WAIT_MS)
    assert tab.name == "Post purchase (second)"  # the draft's own name stays
    assert tab.doc.node(tab.doc.keys_for_node_id("wait")[0]).data["amount"] == 2
    assert tab.doc.undo_stack.undoText() == "Restore version 1"
    tab.doc.undo_stack.undo()
    assert document_to_text(tab.doc.document) == edited
    panel.clear_marks()
    assert panel._highlighters[tab].marks() == {}
    wait_idle(qtbot, ws)


def test_the_panel_explains_when_there_is_nothing_to_list(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    ws = workspace(window)
    panel = ws.versions_panel
    assert panel.note.text() == "Open a journey from the library to see its versions."
    tab = ws.library.new_journey()
    assert tab is not None
    _settle(qtbot, window, tab)
    panel.set_tab(tab)
    assert panel.note.text() == "Not on Flownally yet: publish it to make a first version."
    assert not panel.open_button.isEnabled()


def test_the_panel_follows_the_current_tab(
    qtbot: Any, make_window: WindowFactory, sandbox: Sandbox
) -> None:
    window = make_window()
    ws = workspace(window)
    panel = ws.versions_panel
    sign_in(qtbot, window, sandbox.base_url, new_token(sandbox))
    first = _published_twice(qtbot, window)
    second = ws.library.new_journey()
    assert second is not None
    second.doc.replace_document(
        JourneyDocument.model_validate({**post_purchase(), "name": "Second"}), "Fill in"
    )
    _settle(qtbot, window, second)
    ws.actions["publish"].trigger()
    wait_idle(qtbot, ws)
    qtbot.waitUntil(lambda: panel.version_labels() == ["Version 1"], timeout=WAIT_MS)
    assert panel.title.text() == "Versions of “Second”"
    sandbox.faults.latency = 0.2  # a listing still running when the tab changes is dropped
    window.tabs.setCurrentWidget(first)
    window.tabs.setCurrentWidget(second)
    window.tabs.setCurrentWidget(first)
    sandbox.faults.latency = 0.0
    qtbot.waitUntil(lambda: panel.version_labels() == ["Version 2", "Version 1"], timeout=WAIT_MS)
    wait_idle(qtbot, ws)
    assert panel.version_labels() == ["Version 2", "Version 1"]
    assert panel.title.text() == "Versions of “Post purchase (second)”"
