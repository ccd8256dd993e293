"""The app on the local library: autosave off the GUI thread, the library panel, files linked
to entries, tabs restored on restart."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journey_builder.document import EditableJourney
from journey_builder.document.generate import generate_journey
from journey_builder.model import JourneyDocument
from journey_builder.resources import templates
from journey_builder.storage.files import document_to_text, load_journey
from journey_builder.storage.library import Library, SyncState
from journey_builder.ui.common.settings import open_settings
from journey_builder.ui.common.snapshots import DocumentSnapshotter
from journey_builder.ui.common.theme import ThemeManager
from journey_builder.ui.editor.editor_tab import MODIFIED_MARK, EditorTab
from journey_builder.ui.shell.main_window import MainWindow
from tests.qt.ui.app_support import WAIT_MS, WindowFactory, entry_of, wait_idle, workspace
from tests.unit.journey_fixtures import post_purchase

pytest_plugins = ["tests.qt.ui.app_support"]


def _journey_file(tmp_path: Path, name: str = "Post purchase") -> Path:
    obj = post_purchase()
    obj["name"] = name
    obj["colour"] = "teal"  # an unknown field: kept through the library
    path = tmp_path / f"{name.lower().replace(' ', '-')}.journey.json"
    path.write_text(json.dumps(obj, indent=2), encoding="utf-8")
    return path


def _stored_text(window: Any, tab: EditorTab) -> str:
    ws = workspace(window)
    binding = ws.library.binding(tab)
    assert binding is not None and binding.journey_id is not None
    return ws.library.library.document_text(binding.journey_id)


def _saved(qtbot: Any, window: Any, tab: EditorTab) -> None:
    """Until the tab's edits are in the library."""
    binding = workspace(window).library.binding(tab)
    assert binding is not None
    qtbot.waitUntil(lambda: not binding.pending, timeout=WAIT_MS)
    wait_idle(qtbot, workspace(window))


# --- snapshots ---------------------------------------------------------------------------------


def test_snapshots_follow_every_kind_of_edit(qtbot: Any) -> None:
    doc = EditableJourney(JourneyDocument.model_validate({**post_purchase(), "colour": "teal"}))
    snapshots = DocumentSnapshotter(doc)

    def same() -> bool:
        snap = snapshots.snapshot()
        return document_to_text(snap.to_json()) == document_to_text(
            doc.document
        ) and document_to_text(snap.to_document()) == document_to_text(doc.document)

    assert same()
    key = doc.add_node("delay", None)
    assert same()
    doc.move_nodes({key: (400, 500)})
    assert same()
    doc.set_node_data(key, {"amount": 3, "unit": "days"})
    doc.set_node_id(key, "wait-3")
    doc.set_journey_fields(name="Renamed", entryMode="every_time")
    assert same()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert same()
    doc.replace_document(JourneyDocument(name="Other"), "Replace")
    assert same()
    doc.undo_stack.undo()
    assert same()
    doc.remove(doc.node_keys()[:2])
    assert same()
    # a document without a definition stays without one
    bare = EditableJourney(JourneyDocument.model_validate({"name": "Bare"}))
    snap = DocumentSnapshotter(bare).snapshot()
    assert snap.to_json() == {"name": "Bare"}


def test_primed_snapshots_are_made_ahead_and_still_follow_edits(qtbot: Any) -> None:
    doc = EditableJourney(generate_journey(400))
    snapshots = DocumentSnapshotter(doc)
    snapshots.prime()
    first = doc.node_keys()[0]
    doc.move_nodes({first: (999, 999)})  # an edit while priming
    qtbot.waitUntil(lambda: len(snapshots._nodes) == len(doc.node_keys()), timeout=WAIT_MS)
    doc.set_node_data(doc.node_keys()[1], {"amount": 3, "unit": "days"})
    snap = snapshots.snapshot()
    assert document_to_text(snap.to_json()) == document_to_text(doc.document)
    assert snap.nodes[0]["position"] == {"x": 999, "y": 999}
    doc.replace_document(JourneyDocument(name="Other"), "Replace")  # primes again after a reset
    assert document_to_text(snapshots.snapshot().to_json()) == document_to_text(doc.document)


# --- autosave ----------------------------------------------------------------------------------


def test_new_journey_lands_in_the_library_and_edits_autosave_off_the_gui_thread(
    qtbot: Any, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    ws = workspace(window)
    saving_threads: list[str] = []
    real_save = Library.save_document

    def recording_save(self: Library, *args: Any, **kwargs: Any) -> Any:
        saving_threads.append(threading.current_thread().name)
        return real_save(self, *args, **kwargs)

    monkeypatch.setattr(Library, "save_document", recording_save)
    tab = ws.library.new_journey()
    assert tab is not None
    qtbot.waitUntil(lambda: ws.library_panel.model.rowCount() == 1, timeout=WAIT_MS)
    assert ws.library_panel.row_texts()[0][:2] == ("Untitled journey", "Local only")
    assert window.file_state.text() == "In the library"

    tab.doc.add_node("delay", None)
    tab.doc.set_journey_fields(name="Welcome")
    assert tab.title().endswith(MODIFIED_MARK)  # until the save lands
    _saved(qtbot, window, tab)
    assert _stored_text(window, tab) == document_to_text(tab.doc.document)
    assert saving_threads and "MainThread" not in saving_threads
    # saved in the library: the tab no longer claims unsaved changes, and closes without asking
    qtbot.waitUntil(lambda: not tab.title().endswith(MODIFIED_MARK), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: ws.library_panel.row_texts()[0][0] == "Welcome", timeout=WAIT_MS)
    assert window.close_tab(window.tabs.indexOf(tab))
    assert workspace(window).library.library.list()[0].name == "Welcome"


def test_a_burst_of_edits_is_saved_within_about_a_second(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    ws = workspace(window)
    tab = ws.library.new_journey()
    assert tab is not None
    _saved(qtbot, window, tab)
    key = tab.doc.add_node("delay", None)
    for i in range(30):  # a drag: many moves, one save at most every 0.6 s
        tab.doc.move_nodes({key: (10 * i, 300)})
    _saved(qtbot, window, tab)
    stored = json.loads(_stored_text(window, tab))
    moved = next(n for n in stored["definition"]["nodes"] if n["type"] == "delay")
    assert moved["position"] == {"x": 290, "y": 300}


def test_closing_a_tab_saves_its_last_edit_at_once(qtbot: Any, make_window: WindowFactory) -> None:
    window = make_window()
    ws = workspace(window)
    tab = ws.library.new_journey()
    assert tab is not None
    _saved(qtbot, window, tab)
    journey_id = entry_of(window, tab).id
    tab.doc.set_journey_fields(name="Last second edit")
    window.close_tab(window.tabs.indexOf(tab))  # before the autosave is due
    assert ws.library.library.get(journey_id).name == "Last second edit"


def test_an_untouched_new_journey_leaves_nothing_behind(
    qtbot: Any, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    tab = window.new_journey()
    window.close_tab(window.tabs.indexOf(tab))
    window.new_journey().doc.add_node("delay", None)  # edited: it is kept
    window.close()
    with Library(tmp_path / "library.sqlite3") as library:
        assert [e.name for e in library.list()] == ["Untitled journey"]


# --- files -------------------------------------------------------------------------------------


def test_opening_a_file_imports_it_and_save_still_writes_the_file(
    qtbot: Any, make_window: WindowFactory, tmp_path: Path
) -> None:
    path = _journey_file(tmp_path)
    window = make_window()
    ws = workspace(window)
    tab = window.open_path(path)
    assert tab is not None
    _saved(qtbot, window, tab)
    entries = ws.library.library.list()
    assert [e.name for e in entries] == ["Post purchase"]
    assert json.loads(_stored_text(window, tab))["colour"] == "teal"
    assert window.file_state.text().startswith("Saved · ")

    tab.doc.set_journey_fields(name="Post purchase v2")
    _saved(qtbot, window, tab)
    assert ws.library.library.get(entries[0].id).name == "Post purchase v2"
    assert load_journey(path).name == "Post purchase"  # the file waits for Save
    assert window.save(tab)
    assert load_journey(path).name == "Post purchase v2"
    # opening the same file again shows the same tab; no second entry
    assert window.open_path(path) is tab
    assert len(ws.library.library.list()) == 1


def test_reopening_a_file_shows_later_library_edits_and_a_changed_file_wins(
    qtbot: Any, make_window: WindowFactory, tmp_path: Path
) -> None:
    path = _journey_file(tmp_path)
    window = make_window()
    ws = workspace(window)
    tab = window.open_path(path)
    assert tab is not None
    _saved(qtbot, window, tab)
    journey_id = entry_of(window, tab).id
    tab.doc.set_journey_fields(name="Edited, not saved to the file")
    window.close_tab(window.tabs.indexOf(tab))  # Discard: the file stays as it was
    wait_idle(qtbot, ws)

    again = window.open_path(path)
    assert again is not None
    assert again.name == "Edited, not saved to the file"  # the library's later edits
    assert again.modified  # ... which the file does not have yet
    again.doc.undo_stack.undo()
    assert again.name == "Post purchase"  # one Undo shows the file
    again.doc.undo_stack.redo()
    _saved(qtbot, window, again)
    window.close_tab(window.tabs.indexOf(again))
    wait_idle(qtbot, ws)

    obj = json.loads(path.read_text(encoding="utf-8"))
    obj["name"] = "Changed by someone else"
    path.write_text(json.dumps(obj), encoding="utf-8")
    third = window.open_path(path)
    assert third is not None and third.name == "Changed by someone else"
    _saved(qtbot, window, third)
    # both kept: the library's later edits, and the changed file as a journey of its own
    assert ws.library.library.get(journey_id).name == "Edited, not saved to the file"
    assert entry_of(window, third).id != journey_id
    assert "changed outside Journey Builder" in window.statusBar().currentMessage()
    window.close_tab(window.tabs.indexOf(third))
    wait_idle(qtbot, ws)
    # changed outside again, with nothing newer in the library: the next version of its entry
    path.write_text(json.dumps({**obj, "name": "Third outside change"}), encoding="utf-8")
    fourth = window.open_path(path)
    assert fourth is not None
    _saved(qtbot, window, fourth)
    assert entry_of(window, fourth).name == "Third outside change"
    assert len(ws.library.library.list()) == 2


# --- the panel ---------------------------------------------------------------------------------


def test_panel_search_sort_rename_duplicate_trash_restore(
    qtbot: Any, make_window: WindowFactory, tmp_path: Path
) -> None:
    with Library(tmp_path / "library.sqlite3") as library:
        for name in ("Welcome", "Abandoned cart", "Winback"):
            library.create(JourneyDocument(name=name))
    window = make_window()
    ws = workspace(window)
    panel = ws.library_panel
    assert [r[0] for r in panel.row_texts()] == ["Winback", "Abandoned cart", "Welcome"]
    panel.sort.setCurrentIndex(panel.sort.findText("Name"))
    assert [r[0] for r in panel.row_texts()] == ["Abandoned cart", "Welcome", "Winback"]
    qtbot.keyClicks(panel.search, "w")
    qtbot.waitUntil(lambda: len(panel.row_texts()) == 2, timeout=WAIT_MS)
    panel.search.clear()
    qtbot.waitUntil(lambda: len(panel.row_texts()) == 3, timeout=WAIT_MS)

    # rename in place (F2)
    assert panel.select(panel.entries_shown()[1].id)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    editor = panel.list.focusWidget()
    editor.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(editor, "Welcome series")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Welcome series" in [r[0] for r in panel.row_texts()], timeout=WAIT_MS)

    # duplicate, then trash and restore
    winback = next(e for e in panel.entries_shown() if e.name == "Winback")
    menu = panel.actions_menu(winback)
    next(a for a in menu.actions() if a.text() == "Duplicate").trigger()
    qtbot.waitUntil(lambda: "Winback (copy)" in [r[0] for r in panel.row_texts()], timeout=WAIT_MS)
    next(a for a in panel.actions_menu(winback).actions() if a.text() == "Move to Trash").trigger()
    qtbot.waitUntil(lambda: "Winback" not in [r[0] for r in panel.row_texts()], timeout=WAIT_MS)
    assert panel.trash_button.text() == "Trash (1)"
    panel.trash_button.click()
    assert panel.trash_button.text() == "Back to Journeys"
    assert [r[0] for r in panel.row_texts()] == ["Winback"]
    assert panel.row_texts()[0][2].startswith("Trashed ")
    trashed = panel.entries_shown()[0]
    next(a for a in panel.actions_menu(trashed).actions() if a.text() == "Restore").trigger()
    qtbot.waitUntil(lambda: not panel.row_texts(), timeout=WAIT_MS)
    assert panel.empty.text() == "The trash is empty."
    panel.show_trash(False)
    assert "Winback" in [r[0] for r in panel.row_texts()]


def test_double_click_opens_and_trashing_an_open_journey_closes_its_tab(
    qtbot: Any, make_window: WindowFactory, tmp_path: Path
) -> None:
    with Library(tmp_path / "library.sqlite3") as library:
        library.create(JourneyDocument(name="Welcome"))
    window = make_window()
    ws = workspace(window)
    panel = ws.library_panel
    index = panel.model.index(0, 0)
    rect = panel.list.visualRect(index)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.tab_count() == 1, timeout=WAIT_MS)
    assert window.current_tab() is not None and window.current_tab().name == "Welcome"  # type: ignore[union-attr]
    entry = panel.entries_shown()[0]
    ws.library.move_to_trash(entry.id)
    assert window.tab_count() == 0
    wait_idle(qtbot, ws)
    assert ws.library.library.get(entry.id).in_trash


def test_new_from_a_template(qtbot: Any, make_window: WindowFactory) -> None:
    window = make_window()
    ws = workspace(window)
    template = templates()[0]
    ws.library_panel.new_from_template(template)
    tab = window.current_tab()
    assert tab is not None and tab.name == load_journey(template.path).name
    _saved(qtbot, window, tab)
    assert entry_of(window, tab).sync_state is SyncState.LOCAL
    assert len(tab.doc.node_keys()) == len(load_journey(template.path).nodes)


def test_import_and_export(qtbot: Any, make_window: WindowFactory, tmp_path: Path) -> None:
    good = _journey_file(tmp_path, "Imported one")
    bad = tmp_path / "broken.json"
    bad.write_text("{ not json", encoding="utf-8")
    window = make_window()
    ws = workspace(window)
    ws.library.import_files([str(good), str(bad)])
    wait_idle(qtbot, ws)
    qtbot.waitUntil(
        lambda: [r[0] for r in ws.library_panel.row_texts()] == ["Imported one"], timeout=WAIT_MS
    )
    assert "broken.json" in window.statusBar().currentMessage()  # the bad file is named
    entry = ws.library_panel.entries_shown()[0]
    out = tmp_path / "out" / "exported.journey.json"
    out.parent.mkdir()
    ws.library.export(entry.id, str(out))
    wait_idle(qtbot, ws)
    assert load_journey(out).name == "Imported one"
    assert json.loads(out.read_text(encoding="utf-8"))["colour"] == "teal"


# --- restart -----------------------------------------------------------------------------------


def test_restart_restores_the_open_tabs_and_the_active_one(
    qtbot: Any, make_window: WindowFactory, tmp_path: Path
) -> None:
    library_path = tmp_path / "shared.sqlite3"
    first = make_window(library_path)
    ws = workspace(first)
    one = ws.library.new_journey()
    two = ws.library.new_journey()
    three = ws.library.new_journey()
    assert one and two and three
    one.doc.set_journey_fields(name="One")
    two.doc.set_journey_fields(name="Two")
    three.doc.set_journey_fields(name="Three")
    for tab in (one, two, three):
        _saved(qtbot, first, tab)
    first.tabs.setCurrentWidget(two)
    first.close()

    second = make_window(library_path)
    assert workspace(second).restore_session() == 3
    assert [second.tab(i).name for i in range(second.tab_count())] == ["One", "Two", "Three"]
    current = second.current_tab()
    assert current is not None and current.name == "Two"


def test_a_library_that_cannot_open_leaves_a_working_editor(
    qtbot: Any, make_window: WindowFactory, tmp_path: Path, boxes: Any
) -> None:
    not_a_library = tmp_path / "notes.txt"
    not_a_library.write_text("hello", encoding="utf-8")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = open_settings(tmp_path / "other.ini")
    window = MainWindow(
        settings=settings, theme=ThemeManager(app, settings), library=str(not_a_library)
    )
    qtbot.addWidget(window)
    assert window.workspace is None
    assert boxes.titles() == ["Cannot open the library"]
    assert "not a Journey Builder library" in boxes.shown[0][1]
    assert window.new_journey() is not None
    window.close()
    assert not_a_library.read_text(encoding="utf-8") == "hello"


def test_save_journey_file_round_trip_via_library(
    qtbot: Any, make_window: WindowFactory, tmp_path: Path
) -> None:
    """A file opened, edited and saved keeps unknown fields in both places."""
    path = _journey_file(tmp_path, "Lossless")
    window = make_window()
    tab = window.open_path(path)
    assert tab is not None
    key = tab.doc.add_node("tag", None)
    tab.doc.set_node_data(key, {"action": "add", "tags": ["vip"]})
    _saved(qtbot, window, tab)
    assert window.save(tab)
    saved = json.loads(path.read_text(encoding="utf-8"))
    stored = json.loads(_stored_text(window, tab))
    assert saved["colour"] == stored["colour"] == "teal"
    assert saved["definition"] == stored["definition"]


def test_the_app_opens_a_file_into_the_library_given_on_the_command_line(
    tmp_path: Path,
) -> None:
    """``journey-builder --library PATH open FILE``: the file lands in that library, and the
    next start reopens it."""
    path = _journey_file(tmp_path, "From the command line")
    library = tmp_path / "chosen.sqlite3"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLOWNALLY_", "JOURNEY_"))}
    env.update(
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
        JOURNEY_BUILDER_SETTINGS=str(tmp_path / "settings.ini"),
        JOURNEY_BUILDER_CONFIG_DIR=str(tmp_path / "config"),
        JOURNEY_BUILDER_LOG_DIR=str(tmp_path / "logs"),
        JOURNEY_BUILDER_SMOKE_QUIT_MS="0",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    for args in (["--library", str(library), "open", str(path)], ["--library", str(library)]):
        result = subprocess.run(
            [sys.executable, "-m", "journey_builder", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
    with Library(library) as lib:
        entries = lib.list()
        assert [e.name for e in entries] == ["From the command line"]
        assert lib.get_open_tabs().journey_ids == (entries[0].id,)
    assert not (tmp_path / "data").exists() or not list((tmp_path / "data").rglob("*.sqlite3"))
