"""The Preview panel as a new user meets it: Journey › Preview Contact… on the post-purchase
journey, a contact who never answers, one who answers, a cohort of 1,000 generated contacts;
samples kept in the library (never in the journey file); live re-runs; the timeline's rows
showing their step on the canvas."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from journey_builder.document import EditableJourney
from journey_builder.document.generate import generate_journey
from journey_builder.model import JourneyDocument
from journey_builder.resources import templates
from journey_builder.simulation import generate_contacts, simulate, simulate_cohort
from journey_builder.storage.files import load_journey
from journey_builder.ui.common.settings import open_settings
from journey_builder.ui.common.theme import ThemeManager
from journey_builder.ui.editor.editor_tab import EditorTab
from journey_builder.ui.preview.install import PREVIEW_KEYS, preview_dock
from journey_builder.ui.preview.preview_panel import DEBOUNCE_MS, PreviewPanel
from journey_builder.ui.shell.actions import shortcut_text
from journey_builder.ui.shell.main_window import MainWindow
from tests.qt.ui.app_support import WAIT_MS, Boxes, WindowFactory, wait_idle, workspace
from tests.unit.journey_fixtures import post_purchase

pytest_plugins = ["tests.qt.ui.app_support"]


# --- set-up ------------------------------------------------------------------------------------


@pytest.fixture
def plain_window(qtbot: QtBot, tmp_path: Path, boxes: Boxes) -> Iterator[MainWindow]:
    """A window without a library (files only), closed at the end of the test."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = open_settings(tmp_path / "settings.ini")
    window = MainWindow(settings=settings, theme=ThemeManager(app, settings))
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for i in range(window.tab_count()):
        window.tab(i).doc.undo_stack.setClean()
    window.close()
    window.deleteLater()


def _open(window: MainWindow, body: dict[str, Any] | JourneyDocument) -> EditorTab:
    doc = body if isinstance(body, JourneyDocument) else JourneyDocument.model_validate(body)
    return window.add_tab(EditableJourney(doc))


def _template() -> JourneyDocument:
    template = next(t for t in templates() if "post-purchase" in t.path.name)
    return load_journey(template.path)


def _preview(qtbot: QtBot, window: MainWindow) -> PreviewPanel:
    """Journey › Preview Contact…, as a user opens it."""
    action = window.named_actions["preview"]
    assert action.isEnabled()
    action.trigger()
    panel = window.preview
    dock = preview_dock(panel)
    assert dock is not None and dock.isVisible()
    qtbot.waitUntil(panel.isVisible)
    return panel


def _click_run(qtbot: QtBot, panel: PreviewPanel) -> None:
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.running, timeout=WAIT_MS)


def _key(tab: EditorTab, node_id: str) -> str:
    return tab.doc.keys_for_node_id(node_id)[0]


def _path(panel: PreviewPanel) -> list[str]:
    """The timeline's steps as "id → handle" (the end row left out)."""
    rows = [r for r in panel.results.timeline.rows() if not r.is_end]
    return [r.title.split("(", 1)[1].replace(")", "") for r in rows]


# --- one contact -----------------------------------------------------------------------------


def test_a_contact_who_never_answers(qtbot: QtBot, plain_window: MainWindow) -> None:
    tab = _open(plain_window, post_purchase())
    panel = _preview(qtbot, plain_window)
    # a journey with a wait starts with two samples: one never answers, one answers
    assert panel.samples().names() == ["Never answers", "Answers"]
    assert panel.picker.combo.currentText() == "Never answers"
    assert panel.event_table.raw_events() == []
    _click_run(qtbot, panel)
    # not a repeat buyer, the split draws SMS with seed 0, the reply never comes: the wait
    # times out three times (the jump goes back twice), then the jump limit ends the path
    assert _path(panel) == [
        "start",
        "wait",
        "again → no",
        "ab → text",
        "ask-sms",
        "reply → timeout",
        "nudge",
        "retry",
        "reply → timeout",
        "nudge",
        "retry",
        "reply → timeout",
        "nudge",
        "retry",
    ]
    rows = panel.results.timeline.rows()
    assert rows[5].when == "+2d" and "no message received within 3 days" in rows[5].reason
    end = rows[-1]
    assert end.is_end and end.title.startswith("End: Jump limit") and end.when == "+32d"
    status = panel.status.text()
    assert status.startswith("14 step") and status.endswith(" · ended at +32d: Jump limit")
    # the canvas: the path bold and numbered, the answered branch and the other split dimmed
    overlay = panel.overlay
    assert overlay is not None and overlay.mode == "path"
    doc = tab.doc
    timeout_edge = next(
        e for e in doc.edge_keys() if doc.edge_ends(e) == (_key(tab, "reply"), _key(tab, "nudge"))
    )
    assert overlay.edge_label(timeout_edge) == "6, 9, 12"
    dimmed = {doc.node(k).id for k in overlay.dimmed_nodes()}
    assert dimmed == {"loyal", "thanks", "ask-mail", "engaged", "owner", "done"}
    assert overlay.end_key() == _key(tab, "retry")
    # nothing changed on the contact
    assert panel.results.final_contact.changes() == {}


def test_a_contact_who_answers_takes_the_other_path(qtbot: QtBot, plain_window: MainWindow) -> None:
    tab = _open(plain_window, post_purchase())
    panel = _preview(qtbot, plain_window)
    panel.picker.combo.setCurrentIndex(1)
    panel.picker.combo.activated.emit(1)  # as the user picks "Answers"
    # its script answers the wait an hour after the contact reaches it
    assert panel.event_table.raw_events() == [
        {"at": "2d 1h", "event": "message_received", "nodeId": "reply"}
    ]
    _click_run(qtbot, panel)
    assert _path(panel) == [
        "start",
        "wait",
        "again → no",
        "ab → text",
        "ask-sms",
        "reply → event",
        "engaged",
        "owner",
        "done",
    ]
    assert panel.results.timeline.rows()[-1].title.startswith("End: Exit")
    assert panel.results.final_contact.changes() == {"engaged": "new"}
    overlay = panel.overlay
    assert overlay is not None
    dimmed = {tab.doc.node(k).id for k in overlay.dimmed_nodes()}
    assert dimmed == {"loyal", "thanks", "ask-mail", "nudge", "retry"}
    # the user moves the answer past the 3-day timeout: the preview follows at once
    table = panel.event_table.table
    table.item(0, 0).setText("6d")
    qtbot.waitUntil(lambda: "reply → timeout" in _path(panel), timeout=WAIT_MS)
    assert panel.samples().current.events[0]["at"] == "6d"


def test_the_shipped_template_never_answered_answered_and_unhappy(
    qtbot: QtBot, plain_window: MainWindow
) -> None:
    """The walk of the issue's "done when", on the template as shipped: its rating question
    times out for one who never answers; an answer goes on to "Unhappy?"; a low one to care."""
    tab = _open(plain_window, _template())
    panel = _preview(qtbot, plain_window)
    assert panel.samples().names() == ["Never answers", "Answers"]
    _click_run(qtbot, panel)
    never = _path(panel)
    assert never[:4] == ["start", "thank_you", "ask_rating → timeout", "wait_a_week"]
    rating = next(r for r in panel.results.timeline.rows() if "(ask_rating)" in r.title)
    assert rating.when == "+0" and "no answer within 3 days" in rating.reason
    assert _key(tab, "unhappy") in (panel.overlay.dimmed_nodes() if panel.overlay else set())
    panel.choose_sample(1)
    answer = panel.event_table.raw_events()[0]
    assert answer["event"] == "answer" and answer["nodeId"] == "ask_rating"
    _click_run(qtbot, panel)
    assert _path(panel)[2:5] == ["ask_rating → answered", "unhappy → no", "wait_a_week"]
    changes = panel.results.final_contact.changes()
    assert changes.get("order_rating") == "new"
    panel.event_table.table.item(0, 4).setText("2")  # an unhappy customer
    qtbot.waitUntil(lambda: "unhappy → yes" in _path(panel), timeout=DEBOUNCE_MS + WAIT_MS)
    assert _path(panel)[-2:] == ["to_support", "exit_support"]
    assert panel.results.timeline.rows()[-1].title.startswith("End: Exit")


# --- a cohort --------------------------------------------------------------------------------


def test_a_cohort_of_1000_generated_contacts(qtbot: QtBot, plain_window: MainWindow) -> None:
    tab = _open(plain_window, _template())
    panel = _preview(qtbot, plain_window)
    qtbot.mouseClick(panel.cohort_mode, Qt.MouseButton.LeftButton)
    assert panel.mode == "cohort"
    assert panel.cohort_inputs.count.value() == 1000
    _click_run(qtbot, panel)
    doc = tab.doc
    expected = simulate_cohort(doc.document, generate_contacts(doc.document, 1000, seed=0), seed=0)
    nodes, edges = doc.node_keys(), doc.edge_keys()
    assert panel.status.text().startswith("1,000 contact")
    overlay = panel.overlay
    assert overlay is not None and overlay.mode == "counts"
    counts = {k: overlay.node_count(k) for k in nodes}
    assert counts == {k: expected.node_counts[i] for i, k in enumerate(nodes)}
    assert counts[_key(tab, "start")] == 1000
    # generated contacts answer the rating question (60 %), and the unhappy ones (a rating
    # under 3) are handed to customer care
    shown = {doc.edge(e).sourceHandle: overlay.edge_label(e) or "" for e in edges}
    answered, timed_out = (int(shown[h].replace(",", "")) for h in ("answered", "timeout"))
    assert 500 < answered < 700 and answered + timed_out == 1000
    assert 100 < counts[_key(tab, "to_support")] == counts[_key(tab, "exit_support")] < 400
    assert counts[_key(tab, "review_email")] > 0 and counts[_key(tab, "loyalty_email")] > 0
    # every card's count is what its incoming edges brought (this journey has no jumps)
    for key in nodes:
        if key != _key(tab, "start"):
            incoming = [e for e in edges if doc.edge_ends(e)[1] == key]
            assert counts[key] == sum(expected.edge_counts[edges.index(e)] for e in incoming)
    # wider bands for busier edges
    by_count = sorted(edges, key=lambda e: expected.edge_counts[edges.index(e)])
    widths = [overlay.edge_width(e) for e in by_count]
    assert widths == sorted(widths)
    # the chart: one bar per exit step and per other end, adding up to the cohort
    bars = panel.results.chart.bars()
    assert sum(b.count for b in bars) == 1000
    assert sum(b.count for b in bars if b.kind == "exit") == expected.ends.get("exit", 0)
    for kind, count in expected.ends.items():
        if kind != "exit":
            assert [b.count for b in bars if b.kind == kind] == [count]
    assert abs(sum(b.percent for b in bars) - 100.0) < 1e-6
    assert all(b.value_text().endswith(" %") for b in bars)
    exits = panel.results.exits
    assert sum(
        int(exits.topLevelItem(i).text(1).replace(",", ""))
        for i in range(exits.topLevelItemCount())
    ) == expected.ends.get("exit", 0)
    assert {b.label for b in bars} == {
        "Exit · Follow-up complete",
        "Exit · Handed to customer care",
    }
    # the answer rate: nobody answers at 0 %, so nobody reaches customer care
    panel.cohort_inputs.answers.setValue(0)
    qtbot.waitUntil(
        lambda: overlay.node_count(_key(tab, "to_support")) == 0, timeout=DEBOUNCE_MS + WAIT_MS
    )
    assert overlay.node_count(_key(tab, "wait_a_week")) == 1000


def test_a_cohort_from_a_csv_file(qtbot: QtBot, plain_window: MainWindow, tmp_path: Path) -> None:
    _open(plain_window, post_purchase())
    panel = _preview(qtbot, plain_window)
    panel.set_mode("cohort")
    good = tmp_path / "people.csv"
    good.write_text("first_name,orders_count,tags\nAna,1,vip\nBo,3,\nCy,,vip;new\n", "utf-8")
    assert panel.cohort_inputs.load_file(good)
    assert panel.cohort_inputs.file_label.text().startswith("people.csv: 3 contact")
    _click_run(qtbot, panel)
    assert panel.status.text().startswith("3 contact")
    assert sum(b.count for b in panel.results.chart.bars()) == 3
    bad = tmp_path / "broken.csv"
    bad.write_text("first_name,orders_count\nAna,1\nBo,3,extra\n", "utf-8")
    assert not panel.cohort_inputs.load_file(bad)
    issue = panel.cohort_inputs.issue
    assert issue.isVisible() and "broken.csv: line 3" in issue.text()
    assert panel.cohort_inputs.loaded() is not None and len(panel.cohort_inputs.loaded() or []) == 3


# --- samples ---------------------------------------------------------------------------------


def test_samples_live_in_the_library_and_come_back(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    library = tmp_path / "library.sqlite3"
    window = make_window(library)
    ws = workspace(window)
    tab = window.new_from_template(next(t for t in templates() if "post-purchase" in t.path.name))
    assert tab is not None
    binding = ws.library.binding(tab)
    assert binding is not None
    qtbot.waitUntil(lambda: binding.journey_id is not None and not binding.pending, timeout=WAIT_MS)
    wait_idle(qtbot, ws)
    journey_id = binding.journey_id
    assert journey_id is not None
    stored_before = ws.library.library.document_text(journey_id)
    panel = _preview(qtbot, window)
    assert not panel.picker.note.isVisible()  # kept in the library: no "session only" note
    _click_run(qtbot, panel)
    panel.save_samples()
    wait_idle(qtbot, ws)
    assert ws.library.library.get_preview_samples(journey_id) == {}  # nothing changed, no write
    panel.add_sample("Answers yes")
    panel.contact_editor.set_contact({"fields": {"orders_count": 1, "vip": True}, "tags": ["a"]})
    panel.event_table.set_events([{"at": "1h", "event": "answer", "value": "yes"}])
    panel.seed.setValue(7)
    _click_run(qtbot, panel)
    panel.save_samples()
    wait_idle(qtbot, ws)
    saved = ws.library.library.get_preview_samples(journey_id)
    names = [s["name"] for s in saved["samples"]]
    assert names[-1] == "Answers yes" and saved["selected"] == "Answers yes"
    assert saved["samples"][-1]["contact"] == {
        "fields": {"orders_count": 1, "vip": True},
        "tags": ["a"],
    }
    assert saved["samples"][-1]["seed"] == 7
    # the journey itself is as it was: samples are beside it, never in it
    assert ws.library.library.document_text(journey_id) == stored_before
    assert "samples" not in stored_before and "Answers yes" not in stored_before
    window.close()

    again = make_window(library)
    ws2 = workspace(again)
    reopened = ws2.library.open_entry(journey_id)
    assert reopened is not None
    panel2 = _preview(qtbot, again)
    assert panel2.samples().names() == names
    assert panel2.picker.combo.currentText() == "Answers yes"
    assert panel2.contact_editor.contact() == {
        "fields": {"orders_count": 1, "vip": True},
        "tags": ["a"],
    }
    assert panel2.event_table.raw_events() == [{"at": "1h", "event": "answer", "value": "yes"}]
    assert panel2.seed.value() == 7
    # the cohort's settings come back too: how many, the seed and the answer rate
    panel2.set_mode("cohort")
    assert panel2.cohort_inputs.answers.value() == 60
    panel2.cohort_inputs.count.setValue(500)
    panel2.cohort_inputs.answers.setValue(35)
    panel2.seed.setValue(4)
    panel2.save_samples()
    wait_idle(qtbot, ws2)
    cohort = ws2.library.library.get_preview_samples(journey_id)["cohort"]
    assert cohort == {"count": 500, "seed": 4, "answerRate": 35}
    again.close()
    third = make_window(library)
    assert workspace(third).library.open_entry(journey_id) is not None
    panel3 = _preview(qtbot, third)
    assert panel3.mode == "cohort"
    assert (panel3.cohort_inputs.count.value(), panel3.cohort_inputs.answers.value()) == (500, 35)
    assert panel3.seed.value() == 4


def test_an_edit_just_before_the_tab_closes_is_kept(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    ws = workspace(window)
    tab = window.new_from_template(next(t for t in templates() if "post-purchase" in t.path.name))
    assert tab is not None
    binding = ws.library.binding(tab)
    assert binding is not None
    qtbot.waitUntil(lambda: binding.journey_id is not None and not binding.pending, timeout=WAIT_MS)
    journey_id = binding.journey_id
    assert journey_id is not None
    panel = _preview(qtbot, window)
    fields = panel.contact_editor.fields
    row = next(r for r in range(fields.rowCount()) if fields.item(r, 0).text() == "first_name")
    fields.item(row, 1).setText("Zoe")  # saved a moment later, unless the tab goes first
    assert window.close_tab(window.tabs.indexOf(tab))
    wait_idle(qtbot, ws)
    saved = ws.library.library.get_preview_samples(journey_id)
    assert saved["samples"][0]["contact"]["fields"]["first_name"] == "Zoe"


def test_a_file_without_the_library_keeps_samples_for_the_session_and_is_never_changed(
    qtbot: QtBot, plain_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "post-purchase.journey.json"
    path.write_text(json.dumps(post_purchase(), indent=2), encoding="utf-8")
    before = path.read_bytes()
    tab = plain_window.open_path(path)
    assert tab is not None
    panel = _preview(qtbot, plain_window)
    assert panel.picker.note.isVisible()
    assert "this session only" in panel.picker.note.text()
    panel.rename_sample("Quiet one")
    _click_run(qtbot, panel)
    # another tab and back: the samples are still there
    _open(plain_window, _template())
    assert panel.samples().names() != ["Quiet one", "Answers"]
    plain_window.tabs.setCurrentWidget(tab)
    assert panel.samples().names() == ["Quiet one", "Answers"]
    assert path.read_bytes() == before
    assert not tab.modified and tab.doc.undo_stack.count() == 0


# --- live re-runs, the timeline, errors ----------------------------------------------------------


def test_editing_the_journey_runs_the_preview_again(qtbot: QtBot, plain_window: MainWindow) -> None:
    tab = _open(plain_window, post_purchase())
    panel = _preview(qtbot, plain_window)
    panel.contact_editor.set_contact({"fields": {"orders_count": 2}, "tags": []})
    _click_run(qtbot, panel)
    assert "again → yes" in _path(panel)
    again = _key(tab, "again")
    data = dict(tab.doc.node(again).data)
    data["rules"] = [{"field": "orders_count", "operator": "greater_than", "value": 5}]
    tab.doc.set_node_data(again, data)  # one undoable edit, as the inspector makes it
    assert "again → yes" in _path(panel)  # not at once: a pause in the edits first
    qtbot.waitUntil(lambda: "again → no" in _path(panel), timeout=DEBOUNCE_MS + WAIT_MS)
    tab.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: "again → yes" in _path(panel), timeout=DEBOUNCE_MS + WAIT_MS)


def test_clicking_a_timeline_row_selects_and_centres_its_step(
    qtbot: QtBot, plain_window: MainWindow
) -> None:
    tab = _open(plain_window, post_purchase())
    panel = _preview(qtbot, plain_window)
    _click_run(qtbot, panel)
    view = tab.view
    view.set_zoom(1.5)
    view.center_on_key(_key(tab, "start"))
    timeline = panel.results.timeline
    row = next(i for i, r in enumerate(timeline.rows()) if "(ask-sms)" in r.title)
    item = timeline.item(row)
    timeline.scrollToItem(item)
    qtbot.mouseClick(
        timeline.viewport(), Qt.MouseButton.LeftButton, pos=timeline.visualItemRect(item).center()
    )
    target = _key(tab, "ask-sms")
    assert view.selected_node_keys() == [target]
    card = view.journey_scene().node_items[target].sceneBoundingRect().center()
    middle = view.mapToScene(view.viewport().rect().center())
    assert (middle - card).manhattanLength() < 40
    # Enter on the end row shows the step where the path ended
    timeline.setCurrentRow(timeline.count() - 1)
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert view.selected_node_keys() == [_key(tab, "retry")]


def test_a_journey_with_errors_asks_before_running(qtbot: QtBot, plain_window: MainWindow) -> None:
    body = post_purchase()
    next(n for n in body["definition"]["nodes"] if n["id"] == "again")["data"]["rules"] = []
    _open(plain_window, body)
    panel = _preview(qtbot, plain_window)
    qtbot.waitUntil(lambda: plain_window.problems.counts()[0] > 0, timeout=WAIT_MS)
    errors = plain_window.problems.counts()[0]
    assert panel.banner.isVisible()
    text = panel.banner_text.text()
    assert text.startswith(f"This journey has {errors} error")
    assert text.endswith("; the preview may not match what will run.")
    _click_run(qtbot, panel)
    assert panel.results.timeline.count() == 0
    assert panel.status.text().startswith("Not run")
    qtbot.mouseClick(panel.anyway_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.results.timeline.count() > 0, timeout=WAIT_MS)
    assert not panel.anyway_button.isVisible() and panel.banner.isVisible()


def test_a_large_journey_runs_on_a_worker_and_stale_results_are_dropped(
    qtbot: QtBot, plain_window: MainWindow
) -> None:
    before = set(threading.enumerate())
    document = generate_journey(450, seed=3)
    tab = _open(plain_window, document)
    panel = _preview(qtbot, plain_window)
    panel.run_button.click()
    assert panel.running  # on the worker: the panel shows the result when it comes
    assert panel.status.text() == "Running…"
    qtbot.waitUntil(lambda: not panel.running, timeout=WAIT_MS)
    first = panel.results.timeline.rows()
    assert first
    # an edit while a run is on its way: only the run after the edit is shown
    panel.run_button.click()
    start = tab.doc.node_keys()[0]
    first_edge = tab.doc.outgoing(start)[0]
    tab.doc.disconnect_edges([first_edge])
    qtbot.waitUntil(lambda: len(panel.results.timeline.rows()) == 2, timeout=DEBOUNCE_MS + WAIT_MS)
    qtbot.waitUntil(lambda: not panel.running, timeout=WAIT_MS)
    rows = panel.results.timeline.rows()
    assert rows[-1].is_end and "Dead end" in rows[-1].title
    expected = simulate(tab.doc.document, panel.contact_editor.contact())
    assert len(rows) == len(expected.steps) + 1
    qtbot.waitUntil(
        lambda: not [t for t in threading.enumerate() if t not in before and t.is_alive()],
        timeout=WAIT_MS,
    )


def test_mistakes_in_the_inputs_are_shown_under_them(
    qtbot: QtBot, plain_window: MainWindow, boxes: Boxes
) -> None:
    _open(plain_window, post_purchase())
    panel = _preview(qtbot, plain_window)
    editor = panel.contact_editor
    qtbot.mouseClick(editor.json_toggle, Qt.MouseButton.LeftButton)
    assert editor.pages.currentWidget() is editor.json
    editor.json.setPlainText('{"fields": {"plan": "pro"},')
    _click_run(qtbot, panel)
    assert editor.issue.isVisible() and "contact JSON: line 1, column" in editor.issue.text()
    assert panel.results.timeline.count() == 0
    # back to the form: refused while the JSON does not parse, nothing lost
    qtbot.mouseClick(editor.json_toggle, Qt.MouseButton.LeftButton)
    assert editor.pages.currentWidget() is editor.json and editor.json_toggle.isChecked()
    editor.json.setPlainText('{"fields": {"plan": "pro", "score": 3}, "tags": ["vip"]}')
    qtbot.mouseClick(editor.json_toggle, Qt.MouseButton.LeftButton)
    assert editor.pages.currentIndex() == 0
    assert editor.contact() == {"fields": {"plan": "pro", "score": 3}, "tags": ["vip"]}
    assert editor.tags.text() == "vip"
    panel.event_table.set_events([{"at": "soon", "event": "custom", "eventName": "paid"}])
    _click_run(qtbot, panel)
    issue = panel.event_table.issue
    assert issue.isVisible() and issue.text().startswith(
        "event row 1: 'at': 'soon' is not a duration"
    )
    assert boxes.shown == []  # never a dialog


def test_typed_values_and_enter_runs(qtbot: QtBot, plain_window: MainWindow) -> None:
    _open(plain_window, post_purchase())
    panel = _preview(qtbot, plain_window)
    editor = panel.contact_editor
    qtbot.mouseClick(editor.add_field, Qt.MouseButton.LeftButton)
    row = editor.fields.rowCount() - 1
    editor.fields.item(row, 0).setText("orders_count")
    editor.fields.item(row, 1).setText("2")
    qtbot.mouseClick(editor.add_field, Qt.MouseButton.LeftButton)
    editor.fields.item(row + 1, 0).setText("code")
    editor.fields.item(row + 1, 1).setText('"2"')
    contact = editor.contact()
    assert contact["fields"]["orders_count"] == 2 and contact["fields"]["code"] == "2"
    panel.seed.setFocus()
    qtbot.keyClick(panel.seed, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.results.timeline.count() > 0, timeout=WAIT_MS)
    assert "again → yes" in _path(panel)


def test_the_menu_item_its_key_and_closing_the_panel(
    qtbot: QtBot, plain_window: MainWindow, make_window: WindowFactory
) -> None:
    for window in (plain_window, make_window()):
        action = window.named_actions["preview"]
        assert shortcut_text(action) == PREVIEW_KEYS
        journey_menu = next(
            a.menu()
            for a in window.menuBar().actions()
            if a.menu() is not None and a.text() == "&Journey"
        )
        assert isinstance(journey_menu, QMenu) and action in journey_menu.actions()
        others = [a for a in window.findChildren(type(action)) if a is not action and a.shortcuts()]
        assert all(PREVIEW_KEYS not in shortcut_text(a).split(", ") for a in others)
        dock = preview_dock(window.preview)
        assert dock is not None and dock.isHidden()  # hidden until asked for
    tab = _open(plain_window, post_purchase())
    panel = _preview(qtbot, plain_window)
    _click_run(qtbot, panel)
    overlay = panel.overlay
    assert overlay is not None and overlay.mode == "path"
    dock = preview_dock(panel)
    assert dock is not None
    dock.close()
    assert overlay.mode is None  # the canvas is left unmarked
    scene = tab.view.journey_scene()
    plain = 0.0 if scene.overview else 1.0  # zoomed out, the cards are drawn as one picture
    assert all(i.opacity() == plain for i in scene.node_items.values())
    plain_window.named_actions["preview"].trigger()
    qtbot.waitUntil(lambda: overlay.mode == "path", timeout=WAIT_MS)


def test_the_final_contact_marks_what_the_path_changed(
    qtbot: QtBot, plain_window: MainWindow
) -> None:
    _open(plain_window, _template())
    panel = _preview(qtbot, plain_window)
    panel.contact_editor.set_contact({"fields": {"orders_count": 4}, "tags": ["vip"]})
    _click_run(qtbot, panel)
    changes = panel.results.final_contact.changes()
    assert changes.get("repeat_orders") == "new"
    assert changes.get("tags") == "changed"
    view = panel.results.final_contact
    labels = [view.topLevelItem(i).text(0) for i in range(view.topLevelItemCount())]
    assert "repeat_orders  (new)" in labels and "Tags  (changed)" in labels
    tags_row = next(
        view.topLevelItem(i)
        for i in range(view.topLevelItemCount())
        if view.topLevelItem(i).text(0).startswith("Tags")
    )
    assert "repeat_customer" in tags_row.text(1) and tags_row.text(2) == "vip"
    assert tags_row.font(0).bold()


def test_a_closed_panel_reads_nothing_when_tabs_change(
    qtbot: QtBot, plain_window: MainWindow
) -> None:
    panel = plain_window.preview
    asked: list[object] = []
    default = panel.store_for

    def counting(doc: EditableJourney) -> Any:
        asked.append(doc)
        return default(doc)

    panel.store_for = counting
    first = _open(plain_window, post_purchase())
    second = _open(plain_window, _template())
    plain_window.tabs.setCurrentWidget(first)
    assert len(asked) == 3  # the store is found, but nothing is read from it
    assert panel.samples().names() == ["Sample contact"]  # the panel's own, untouched
    _preview(qtbot, plain_window)
    assert panel.samples().names() == ["Never answers", "Answers"]
    plain_window.tabs.setCurrentWidget(second)
    assert panel.samples().names() == ["Never answers", "Answers"]  # the template's own two
    assert panel.event_table.raw_events() == []
