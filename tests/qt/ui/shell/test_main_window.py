"""The main window as a user drives it: palette, inspector, canvas, problems, files, prompts,
themes and the keyboard-only path."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QSpinBox,
)

from journey_builder.ui.common.settings import open_settings
from journey_builder.ui.common.theme import ThemeChoice, ThemeManager, is_dark
from journey_builder.ui.editor.editor_tab import MODIFIED_MARK, EditorTab
from journey_builder.ui.editor.step_dialogs import AddStepDialog, ConnectDialog
from journey_builder.ui.inspector.node_form import NodeForm
from journey_builder.ui.shell.export_dialog import ExportImageDialog
from journey_builder.ui.shell.main_window import MainWindow
from journey_builder.ui.shell.shortcuts_dialog import ShortcutsDialog


class _Boxes:
    """Records message boxes instead of showing them; answers with ``answer``."""

    def __init__(self) -> None:
        self.answer = QMessageBox.StandardButton.Discard
        self.shown: list[tuple[str, str, str]] = []

    def exec(self, box: QMessageBox) -> int:
        self.shown.append((box.windowTitle(), box.text(), box.informativeText()))
        assert box.textFormat() == Qt.TextFormat.PlainText
        return int(self.answer.value)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> _Boxes:
    recorder = _Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: recorder.exec(box))
    return recorder


@pytest.fixture
def window(
    qtbot: Any, tmp_path: Path, boxes: _Boxes, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    monkeypatch.delenv("JOURNEY_BUILDER_THEME", raising=False)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = open_settings(tmp_path / "settings.ini")
    win = MainWindow(settings=settings, theme=ThemeManager(app, settings))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.new_journey()
    win.show()
    qtbot.waitExposed(win)
    return win


def _tab(win: MainWindow) -> EditorTab:
    tab = win.current_tab()
    assert tab is not None
    return tab


def _start(win: MainWindow) -> str:
    return _tab(win).doc.keys_for_node_id("start")[0]


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def test_new_window_has_a_blank_journey_with_a_start(window: MainWindow) -> None:
    tab = _tab(window)
    assert [tab.doc.node(k).type for k in tab.doc.node_keys()] == ["start"]
    assert window.tabs.tabText(0) == "Untitled journey"
    assert not tab.modified
    assert window.file_state.text() == "New journey, not saved yet"
    assert window.zoom_label.text().endswith("%")


def test_palette_double_click_adds_after_the_selected_step(window: MainWindow) -> None:
    tab = _tab(window)
    start = _start(window)
    tab.view.select_keys([start])
    palette = window.palette_panel
    palette.tree.itemDoubleClicked.emit(palette.item_for("delay"), 0)
    keys = tab.doc.node_keys()
    assert len(keys) == 2
    new = keys[1]
    assert tab.doc.node(new).type == "delay"
    edge = tab.doc.edge(tab.doc.edge_keys()[0])
    assert (edge.source, edge.target) == ("start", tab.doc.node(new).id)
    assert tab.view.selected_node_keys() == [new]
    assert isinstance(window.inspector.form, NodeForm)
    assert window.inspector.form.key == new
    assert tab.title().endswith(MODIFIED_MARK)
    assert window.tabs.tabText(0).endswith(MODIFIED_MARK)


def test_palette_drag_drops_a_step_where_it_is_dropped(window: MainWindow) -> None:
    tab = _tab(window)
    mime: QMimeData = window.palette_panel.tree.mimeData([window.palette_panel.item_for("tag")])
    viewport = tab.view.viewport()
    at = QPointF(viewport.width() * 0.7, viewport.height() * 0.7)
    enter = QDragEnterEvent(
        at.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        at,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, drop)
    types = [tab.doc.node(k).type for k in tab.doc.node_keys()]
    assert types == ["start", "tag"]
    key = tab.doc.node_keys()[1]
    item = tab.view.journey_scene().node_items[key]
    assert item.sceneBoundingRect().contains(tab.view.mapToScene(at.toPoint()))


def test_inspector_edit_changes_the_document_and_the_card(window: MainWindow, qtbot: Any) -> None:
    tab = _tab(window)
    tab.view.select_keys([_start(window)])
    window.add_step("delay")
    key = tab.view.selected_node_keys()[0]
    card = tab.view.journey_scene().node_items[key]
    assert card.summary == "Wait 1 day"
    form = window.inspector.form
    assert isinstance(form, NodeForm)
    spin = form.blocks["amount"].editor.findChild(QSpinBox)
    assert spin is not None
    spin.setValue(3)
    assert tab.doc.node(key).data["amount"] == 3
    assert card.summary == "Wait 3 days"


def test_typing_is_one_undo_step_and_menu_undo_redo(window: MainWindow, qtbot: Any) -> None:
    tab = _tab(window)
    tab.view.select_keys([_start(window)])
    window.add_step("send_message")
    key = tab.view.selected_node_keys()[0]
    form = window.inspector.form
    assert isinstance(form, NodeForm)
    steps = tab.doc.undo_stack.count()
    box = form.blocks["templateId"].editor.focus_widget()
    qtbot.keyClicks(box, "tpl_hello")
    assert tab.doc.node(key).data["templateId"] == "tpl_hello"
    assert tab.doc.undo_stack.count() == steps + 1
    undo, redo = window.named_actions["undo"], window.named_actions["redo"]
    assert undo.isEnabled()
    undo.trigger()
    assert "templateId" not in tab.doc.node(key).data or tab.doc.node(key).data["templateId"] == ""
    redo.trigger()
    assert tab.doc.node(key).data["templateId"] == "tpl_hello"
    undo.trigger()
    undo.trigger()  # the added step goes
    assert tab.doc.node_keys() == [_start(window)]


def test_problem_click_selects_and_centres_the_step(window: MainWindow, qtbot: Any) -> None:
    tab = _tab(window)
    tab.view.select_keys([])
    key = tab.view.add_node("delay", QPointF(2600, 1800))  # far away, not connected
    tab.view.select_keys([])
    window.problems.check_now()
    panel = window.problems
    codes = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]  # type: ignore[union-attr]
    assert "unreachable-node" in codes
    assert window.problem_button.text() == panel.summary.text()
    assert "error" in window.problem_button.text()
    row = codes.index("unreachable-node")
    item = panel.tree.topLevelItem(row)
    assert item is not None
    panel.tree.itemClicked.emit(item, 1)
    assert tab.view.selected_node_keys() == [key]
    card = tab.view.journey_scene().node_items[key]
    centre = tab.view.mapFromScene(card.sceneBoundingRect().center())
    middle = tab.view.viewport().rect().center()
    assert abs(centre.x() - middle.x()) <= 2 and abs(centre.y() - middle.y()) <= 2
    # the canvas shows a badge on the step
    assert tab.view.journey_scene().badge_for(key) is not None


def _odd_file(tmp_path: Path) -> tuple[Path, bytes]:
    body = {
        "name": "Odd one <b>",
        "entryMode": "once",
        "triggerConfig": {"type": "contact_created", "conditions": {}, "x-source": "crm"},
        "definition": {
            "nodes": [
                {
                    "id": "start",
                    "type": "start",
                    "position": {"x": 0, "y": 0},
                    "data": {
                        "triggerConfig": {
                            "type": "contact_created",
                            "conditions": {},
                            "x-source": "crm",
                        },
                        "entryMode": "once",
                    },
                },
                {
                    "id": "survey",
                    "type": "sms_survey",
                    "position": {"x": 0, "y": 160, "z": 3},
                    "data": {"questions": [{"q": "Ünïcode ✓"}], "weight": 1.5},
                    "selected": False,
                },
                {
                    "id": "wait",
                    "type": "delay",
                    "position": {"x": 0, "y": 320},
                    "data": {"unit": "days", "amount": 2, "jitter": {"max": 3}},
                },
            ],
            "edges": [
                {"id": "e1", "source": "start", "target": "survey", "animated": True},
                {"source": "survey", "target": "wait"},
            ],
            "viewport": {"zoom": 1.2},
        },
        "updatedAt": "2025-01-01T00:00:00Z",
        "folder": "Experiments",
    }
    raw = (json.dumps(body, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    path = tmp_path / "odd.journey.json"
    path.write_bytes(raw)
    return path, raw


def test_open_then_save_is_byte_identical(window: MainWindow, tmp_path: Path) -> None:
    path, raw = _odd_file(tmp_path)
    tab = window.open_path(path)
    assert tab is not None
    assert window.tab_count() == 1  # the untouched blank journey made way
    assert window.tabs.tabText(0) == "Odd one <b>"
    # an edit and its undo leave the file as it was
    tab.view.select_keys(tab.doc.keys_for_node_id("wait"))
    window.add_step("exit")
    window.named_actions["undo"].trigger()
    window.named_actions["save"].trigger()
    assert path.read_bytes() == raw
    assert window.file_state.text() == "Saved · odd.journey.json"
    assert window.recent.paths()[0] == str(path)


def test_unknown_node_type_gets_the_raw_json_editor(window: MainWindow, tmp_path: Path) -> None:
    path, _raw = _odd_file(tmp_path)
    tab = window.open_path(path)
    assert tab is not None
    key = tab.doc.keys_for_node_id("survey")[0]
    tab.view.select_keys([key])
    form = window.inspector.form
    assert isinstance(form, NodeForm)
    assert form.raw_editor is not None
    form.raw_editor.box.setPlainText('{"questions": []')
    form.raw_editor.apply_button.click()
    assert tab.doc.node(key).data["weight"] == 1.5
    assert "not valid JSON" in form.raw_editor.error.text()
    form.raw_editor.box.setPlainText('{"questions": [], "weight": 2}')
    form.raw_editor.apply_button.click()
    assert tab.doc.node(key).data == {"questions": [], "weight": 2}
    # unknown fields of a known type are kept and shown as JSON
    tab.view.select_keys(tab.doc.keys_for_node_id("wait"))
    form = window.inspector.form
    assert isinstance(form, NodeForm)
    assert form.extras_editor is not None
    assert '"jitter"' in form.extras_editor.box.toPlainText()


def test_a_broken_file_is_explained_and_nothing_is_lost(
    window: MainWindow, tmp_path: Path, boxes: _Boxes
) -> None:
    tab = _tab(window)
    tab.view.select_keys([_start(window)])
    window.add_step("delay")
    bad = tmp_path / "bad.journey.json"
    bad.write_text('{"name": "x", "definition": {"nodes": [}', encoding="utf-8")
    assert window.open_path(bad) is None
    title, text, _detail = boxes.shown[-1]
    assert title == "Cannot open the journey"
    assert "line 1" in text and "bad.journey.json" in text
    assert window.tab_count() == 1 and len(tab.doc.node_keys()) == 2


def test_closing_a_modified_tab_asks_first(
    window: MainWindow, tmp_path: Path, boxes: _Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(window)
    tab.view.select_keys([_start(window)])
    window.add_step("exit")
    boxes.answer = QMessageBox.StandardButton.Cancel
    assert not window.close_current_tab()
    assert window.tab_count() == 1
    assert boxes.shown[-1][1] == "Save the changes to “Untitled journey” before closing?"
    target = tmp_path / "kept.journey.json"
    _save_to(monkeypatch, target)
    boxes.answer = QMessageBox.StandardButton.Save
    assert window.close_current_tab()
    assert window.tab_count() == 0
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert [n["type"] for n in saved["definition"]["nodes"]] == ["start", "exit"]


def test_discard_closes_without_saving(window: MainWindow, boxes: _Boxes, tmp_path: Path) -> None:
    path, raw = _odd_file(tmp_path)
    tab = window.open_path(path)
    assert tab is not None
    tab.view.select_all()
    tab.view.delete_selection()
    boxes.answer = QMessageBox.StandardButton.Discard
    assert window.close_current_tab()
    assert path.read_bytes() == raw


def test_quitting_with_unsaved_work_asks_and_can_be_cancelled(
    window: MainWindow, boxes: _Boxes
) -> None:
    tab = _tab(window)
    tab.view.select_keys([_start(window)])
    window.add_step("exit")
    boxes.answer = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible()
    assert len(boxes.shown) == 1
    boxes.answer = QMessageBox.StandardButton.Discard
    assert window.close()


def test_save_errors_are_shown_and_the_work_stays(
    window: MainWindow, boxes: _Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save_to(monkeypatch, tmp_path / "missing-folder" / "x.journey.json")
    assert not window.save()
    title, text, detail = boxes.shown[-1]
    assert title == "Cannot save the journey"
    assert "folder does not exist" in text
    assert "not saved" in detail
    assert _tab(window).doc.path is None


def test_theme_menu_switches_the_palette(window: MainWindow, qtbot: Any) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    view = _tab(window).view
    window.theme_actions[ThemeChoice.DARK].trigger()
    assert is_dark(app.palette())
    qtbot.waitUntil(lambda: is_dark(view.palette()))
    qtbot.waitUntil(lambda: view.journey_scene().canvas_style.dark)  # the canvas follows
    window.theme_actions[ThemeChoice.LIGHT].trigger()
    assert not is_dark(app.palette())
    qtbot.waitUntil(lambda: not view.journey_scene().canvas_style.dark)
    assert app.palette().color(QPalette.ColorRole.Base).name() == "#ffffff"


def test_export_image_writes_a_png(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "picture.png"
    _save_to(monkeypatch, target)
    # the options as they open (the whole journey, fitted to a slide, PNG), accepted
    monkeypatch.setattr(ExportImageDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    window.named_actions["export_image"].trigger()
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "picture.png" in window.statusBar().currentMessage()


def test_standard_shortcuts_are_set(window: MainWindow) -> None:
    a = window.named_actions
    assert a["save"].shortcut().toString() == "Ctrl+S"
    assert a["open"].shortcut().toString() == "Ctrl+O"
    assert a["undo"].shortcut().toString() == "Ctrl+Z"
    assert a["duplicate"].shortcut().toString() == "Ctrl+D"
    assert a["fit"].shortcut().toString() == "Ctrl+0"
    assert a["find"].shortcut().toString() == "Ctrl+F"
    every = [s.toString() for act in a.values() for s in act.shortcuts()]
    assert len(every) == len(set(every)), "no key is claimed twice"


def _when_dialog_opens(qtbot: Any, kind: type, act: Any) -> None:
    """Run ``act(dialog)`` once a modal dialog of ``kind`` is showing."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def test_keyboard_only_add_after_selected_and_connect(window: MainWindow, qtbot: Any) -> None:
    tab = _tab(window)
    view = tab.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # walk to the start step
    assert view.selected_node_keys() == [_start(window)]

    def pick_delay(dialog: AddStepDialog) -> None:
        qtbot.keyClicks(dialog.filter, "delay")
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    _when_dialog_opens(qtbot, AddStepDialog, pick_delay)
    window.named_actions["add_after"].trigger()
    delay = view.selected_node_keys()[0]
    assert tab.doc.node(delay).type == "delay"
    assert len(tab.doc.edge_keys()) == 1

    # an exit placed on its own, then connected with the Connect dialog
    exit_key = view.add_node("exit", QPointF(600, 600))
    view.select_keys([delay])

    def choose_exit(dialog: ConnectDialog) -> None:
        combo = dialog.target_combo
        combo.setCurrentIndex(combo.findData(exit_key))
        assert "Connects" in dialog.hint.text()
        qtbot.keyClick(combo, Qt.Key.Key_Return)

    _when_dialog_opens(qtbot, ConnectDialog, choose_exit)
    edge_key = window.connect_dialog()
    assert edge_key is not None
    edge = tab.doc.edge(edge_key)
    assert (edge.source, edge.target) == (tab.doc.node(delay).id, tab.doc.node(exit_key).id)


def test_connect_dialog_refuses_with_a_hint(window: MainWindow, qtbot: Any) -> None:
    tab = _tab(window)
    exit_key = tab.view.add_node("exit", QPointF(300, 300))
    dialog = ConnectDialog(tab.doc, exit_key, window)
    qtbot.addWidget(dialog)
    assert "has no outputs" in dialog.hint.text()
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findData(_start(window)))
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData(_start(window)))
    assert dialog.hint.text()  # a step cannot lead to itself / into the start
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData(exit_key))
    assert dialog.hint.text().startswith("Connects")
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_find_bar_selects_matches(window: MainWindow, qtbot: Any) -> None:
    tab = _tab(window)
    tab.view.select_keys([_start(window)])
    window.add_step("delay")
    window.add_step("exit")
    window.open_find()
    assert tab.find_bar.isVisible()
    qtbot.keyClicks(tab.find_bar.line, "exit")
    assert tab.view.selected_node_keys() == tab.doc.keys_for_node_id("exit_1")
    assert tab.find_bar.count.text() == "1 of 1"
    qtbot.keyClick(tab.find_bar.line, Qt.Key.Key_Escape)
    assert not tab.find_bar.isVisible()


def test_recent_files_menu_reopens(window: MainWindow, tmp_path: Path) -> None:
    path, _raw = _odd_file(tmp_path)
    window.open_path(path)
    window.close_current_tab()
    window._fill_recent_menu()
    entries = [a for a in window.recent_menu.actions() if a.statusTip() == str(path)]
    assert entries
    entries[0].trigger()
    assert window.tab_count() == 1
    assert _tab(window).doc.path == str(path)


def test_tabs_keep_their_own_undo_and_inspector(window: MainWindow, tmp_path: Path) -> None:
    first = _tab(window)
    first.view.select_keys([_start(window)])
    window.add_step("delay")
    path, _raw = _odd_file(tmp_path)
    second = window.open_path(path)
    assert second is not None and window.tab_count() == 2
    assert window.inspector.document is second.doc
    assert not window.named_actions["undo"].isEnabled()
    window.tabs.setCurrentWidget(first)
    assert window.inspector.document is first.doc
    assert window.named_actions["undo"].isEnabled()
    assert window.windowTitle().startswith("Untitled journey")


def test_status_bar_shows_the_zoom(window: MainWindow) -> None:
    tab = _tab(window)
    tab.view.reset_zoom()
    assert window.zoom_label.text() == "100 %"
    window.named_actions["zoom_in"].trigger()
    assert window.zoom_label.text() == "125 %"


def test_shortcut_keys_reach_the_actions(window: MainWindow, qtbot: Any) -> None:
    tab = _tab(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tab.view.setFocus()
    tab.view.select_keys([_start(window)])
    window.add_step("delay")
    delay = tab.view.selected_node_keys()[0]
    qtbot.keyClick(tab.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(tab.doc.node_keys()) == 3
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(tab.doc.node_keys()) == 2
    tab.view.select_keys([delay])
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert tab.doc.node_keys() == [_start(window)]
    qtbot.keyClick(tab.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.find_bar.isVisible()


def test_keyboard_reaches_every_panel(window: MainWindow, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    a = window.named_actions
    a["focus_palette"].trigger()
    qtbot.waitUntil(lambda: window.palette_panel.tree.hasFocus())
    a["focus_inspector"].trigger()
    qtbot.waitUntil(lambda: window.inspector.isAncestorOf(QApplication.focusWidget()))
    a["focus_problems"].trigger()
    qtbot.waitUntil(lambda: window.problems.tree.hasFocus())
    a["focus_canvas"].trigger()
    qtbot.waitUntil(lambda: _tab(window).view.hasFocus())


def test_closing_the_last_tab_shows_a_way_back(window: MainWindow, qtbot: Any) -> None:
    assert window.close_current_tab()
    assert window.tab_count() == 0
    assert window.central.currentIndex() == 1
    assert not window.named_actions["save"].isEnabled()
    buttons = window.central.currentWidget().findChildren(QPushButton)
    new = next(b for b in buttons if b.text() == "New journey")
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    assert window.tab_count() == 1
    assert window.central.currentIndex() == 0


def test_shortcuts_dialog_lists_the_menus_keys(window: MainWindow, qtbot: Any) -> None:
    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    rows = [
        tuple(dialog.table.topLevelItem(i).text(c) for c in range(3))  # type: ignore[union-attr]
        for i in range(dialog.table.topLevelItemCount())
    ]
    assert ("File", "Save", "Ctrl+S") in rows
    assert ("View › Panels", "Go to Canvas", "Alt+2") in rows
    assert ("Edit", "Connect", "Ctrl+L") in rows


def test_a_start_step_is_never_added_after_another_step(window: MainWindow) -> None:
    tab = _tab(window)
    tab.view.select_keys([_start(window)])
    window.add_step("start")
    assert len(tab.doc.node_keys()) == 2
    assert tab.doc.edge_keys() == []  # placed on its own, not connected into
    dialog = AddStepDialog("Start", window)
    types = [dialog.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.list.count())]
    assert "start" not in types and "delay" in types
    dialog.deleteLater()
