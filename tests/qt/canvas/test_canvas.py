"""The canvas as a user meets it: real view, real mouse and key events on its viewport."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journey_builder.canvas import (
    NODE_TYPE_MIME_TYPE,
    JourneyView,
    MiniMap,
    preset_palette,
)
from journey_builder.canvas.geometry import GRID
from journey_builder.document import FRAGMENT_MIME_TYPE, EditableJourney
from journey_builder.model import JourneyDocument
from journey_builder.validation import Problem

_Btn = Qt.MouseButton
_Mod = Qt.KeyboardModifier


def _journey() -> JourneyDocument:
    trigger = {"type": "contact_created", "conditions": {}}
    return JourneyDocument.model_validate(
        {
            "name": "Canvas test",
            "entryMode": "once",
            "triggerConfig": trigger,
            "definition": {
                "nodes": [
                    {
                        "id": "start",
                        "type": "start",
                        "position": {"x": 0, "y": 0},
                        "data": {"triggerConfig": trigger, "entryMode": "once"},
                    },
                    {
                        "id": "check",
                        "type": "condition",
                        "position": {"x": 0, "y": 160},
                        "data": {"match": "all", "rules": [{"field": "vip", "operator": "is_set"}]},
                    },
                    {
                        "id": "wait",
                        "type": "delay",
                        "position": {"x": -200, "y": 320},
                        "data": {"amount": 2, "unit": "days"},
                    },
                    {
                        "id": "bye",
                        "type": "exit",
                        "position": {"x": 200, "y": 320},
                        "data": {},
                    },
                    {
                        "id": "odd",
                        "type": "crm_sync",
                        "position": {"x": 400, "y": 0},
                        "data": {"keep": True},
                    },
                ],
                "edges": [
                    {"id": "e1", "source": "start", "target": "check"},
                    {"id": "e2", "source": "check", "target": "wait", "sourceHandle": "yes"},
                ],
            },
        }
    )


@pytest.fixture
def view(qtbot: QtBot) -> JourneyView:
    widget = JourneyView(EditableJourney(_journey()))
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.reset_zoom()
    widget.centerOn(QPointF(100, 200))
    return widget


def _key(view: JourneyView, node_id: str) -> str:
    (key,) = view.document.keys_for_node_id(node_id)
    return key


def _send(
    view: JourneyView,
    kind: QEvent.Type,
    at: QPoint,
    button: Qt.MouseButton = _Btn.LeftButton,
    buttons: Qt.MouseButton | None = None,
    modifiers: Qt.KeyboardModifier = _Mod.NoModifier,
) -> None:
    held = (
        buttons
        if buttons is not None
        else (button if kind != QEvent.Type.MouseButtonRelease else _Btn.NoButton)
    )
    local = QPointF(at)
    event = QMouseEvent(
        kind, local, QPointF(view.viewport().mapToGlobal(at)), button, held, modifiers
    )
    QApplication.sendEvent(view.viewport(), event)


def _drag(
    view: JourneyView,
    start: QPoint,
    end: QPoint,
    *,
    button: Qt.MouseButton = _Btn.LeftButton,
    modifiers: Qt.KeyboardModifier = _Mod.NoModifier,
    steps: int = 6,
) -> None:
    _send(view, QEvent.Type.MouseButtonPress, start, button, modifiers=modifiers)
    for i in range(1, steps + 1):
        at = start + (end - start) * (i / steps)
        _send(view, QEvent.Type.MouseMove, at, _Btn.NoButton, buttons=button, modifiers=modifiers)
    _send(view, QEvent.Type.MouseButtonRelease, end, button, modifiers=modifiers)


def _click(view: JourneyView, at: QPoint, modifiers: Qt.KeyboardModifier = _Mod.NoModifier) -> None:
    _send(view, QEvent.Type.MouseButtonPress, at, modifiers=modifiers)
    _send(view, QEvent.Type.MouseButtonRelease, at, modifiers=modifiers)


def _card_centre(view: JourneyView, key: str) -> QPoint:
    item = view.journey_scene().node_items[key]
    return view.mapFromScene(item.mapToScene(QPointF(item.width / 2, item.height / 2)))


def _output_port(view: JourneyView, key: str, handle: str | None) -> QPoint:
    item = view.journey_scene().node_items[key]
    point = item.output_point(handle)
    assert point is not None
    return view.mapFromScene(point)


def _pos(view: JourneyView, key: str) -> tuple[Any, Any]:
    position = view.document.node(key).position
    assert position is not None
    return position.x, position.y


# --- the scene follows the document ------------------------------------------------------------


def test_items_for_every_node_and_edge(view: JourneyView) -> None:
    scene = view.journey_scene()
    assert set(scene.node_items) == set(view.document.node_keys())
    assert set(scene.edge_items) == set(view.document.edge_keys())
    check = scene.node_items[_key(view, "check")]
    assert check.title == "Condition"
    assert check.summary == "If vip is set"
    assert [o.label for o in check.outputs] == ["Yes", "No"]
    assert not scene.node_items[_key(view, "start")].has_input


def test_unknown_type_is_a_generic_card_showing_its_type(view: JourneyView) -> None:
    item = view.journey_scene().node_items[_key(view, "odd")]
    assert not item.known
    assert item.title == "crm_sync"
    assert "crm_sync" in item.summary


def test_add_remove_undo_redo_make_items_come_and_go(view: JourneyView) -> None:
    doc, scene = view.document, view.journey_scene()
    key = doc.add_node("tag", (0, 480), after=(_key(view, "check"), "no"))
    assert key in scene.node_items
    (edge_key,) = [k for k in doc.edges_of(key)]
    assert scene.edge_items[edge_key].isVisible()
    assert scene.node_items[key].pos() == QPointF(0, 480)
    doc.undo_stack.undo()
    assert key not in scene.node_items and edge_key not in scene.edge_items
    doc.undo_stack.redo()
    assert key in scene.node_items and edge_key in scene.edge_items
    doc.remove([key])
    assert key not in scene.node_items and edge_key not in scene.edge_items


def test_edges_follow_a_moved_node(view: JourneyView) -> None:
    doc, scene = view.document, view.journey_scene()
    check = _key(view, "check")
    edge = scene.edge_items[doc.edge_keys()[0]]
    before = edge.path().pointAtPercent(1.0)
    doc.move_nodes({check: (100, 260)})
    after = edge.path().pointAtPercent(1.0)
    assert after.x() - before.x() == pytest.approx(100)
    assert after.y() - before.y() == pytest.approx(100)


def test_data_change_updates_title_summary_and_ports(view: JourneyView) -> None:
    doc, scene = view.document, view.journey_scene()
    wait = _key(view, "wait")
    doc.set_node_data(wait, {"amount": 1, "unit": "weeks", "label": "Cool off"})
    item = scene.node_items[wait]
    assert (item.title, item.summary) == ("Cool off", "Wait 1 week")


def test_document_reset_rebuilds(view: JourneyView) -> None:
    doc = view.document
    doc.replace_document(
        JourneyDocument.model_validate({"definition": {"nodes": [{"id": "a", "type": "exit"}]}}),
        "Restore version",
    )
    assert list(view.journey_scene().node_items) == doc.node_keys()
    assert len(doc.node_keys()) == 1


def test_nodes_without_position_are_laid_out_on_open(qtbot: QtBot) -> None:
    doc = EditableJourney(
        JourneyDocument.model_validate(
            {
                "definition": {
                    "nodes": [
                        {"id": "s", "type": "start"},
                        {"id": "d", "type": "delay", "data": {"amount": 1, "unit": "days"}},
                    ],
                    "edges": [{"source": "s", "target": "d"}],
                }
            }
        )
    )
    view = JourneyView(doc)
    qtbot.addWidget(view)
    s, d = doc.node_keys()
    sp, dp = doc.node(s).position, doc.node(d).position
    assert sp is not None and dp is not None
    assert float(dp.y) > float(sp.y)
    assert doc.undo_stack.count() == 0


# --- connecting ----------------------------------------------------------------------------------


def test_drag_from_an_output_to_a_node_connects(view: JourneyView, qtbot: QtBot) -> None:
    doc = view.document
    check, bye = _key(view, "check"), _key(view, "bye")
    _drag(view, _output_port(view, check, "no"), _card_centre(view, bye))
    new = [k for k in doc.edges_of(bye)]
    assert len(new) == 1
    assert doc.edge_ends(new[0]) == (check, bye)
    assert doc.edge(new[0]).sourceHandle == "no"
    assert doc.undo_stack.count() == 1
    assert view.journey_scene().edge_items[new[0]].isVisible()


def test_connection_preview_follows_the_mouse_then_goes(view: JourneyView) -> None:
    scene = view.journey_scene()
    check = _key(view, "check")
    start = _output_port(view, check, "no")
    _send(view, QEvent.Type.MouseButtonPress, start)
    _send(
        view, QEvent.Type.MouseMove, start + QPoint(30, 90), _Btn.NoButton, buttons=_Btn.LeftButton
    )
    assert scene.connecting
    preview = scene.connection_preview
    assert preview is not None and preview.isVisible()
    _send(view, QEvent.Type.MouseButtonRelease, start + QPoint(30, 90))
    assert not scene.connecting and scene.connection_preview is None
    assert view.document.undo_stack.count() == 0


def test_refused_connection_shows_a_hint(view: JourneyView, qtbot: QtBot) -> None:
    doc = view.document
    wait, start = _key(view, "wait"), _key(view, "start")
    with qtbot.waitSignal(view.hintRequested) as blocker:
        _drag(view, _output_port(view, wait, None), _card_centre(view, start))
    assert "start" in blocker.args[0].lower()
    assert doc.undo_stack.count() == 0


def test_refused_second_edge_from_a_used_output(view: JourneyView, qtbot: QtBot) -> None:
    check, bye = _key(view, "check"), _key(view, "bye")
    with qtbot.waitSignal(view.hintRequested) as blocker:
        _drag(view, _output_port(view, check, "yes"), _card_centre(view, bye))
    assert "already connected" in blocker.args[0]


def test_drag_from_an_exit_has_no_output(view: JourneyView) -> None:
    scene = view.journey_scene()
    assert scene.node_items[_key(view, "bye")].outputs == []


# --- selection, delete, move ---------------------------------------------------------------------


def test_rubber_band_selects_the_nodes_it_touches(view: JourneyView, qtbot: QtBot) -> None:
    wait, bye = _key(view, "wait"), _key(view, "bye")
    top_left = view.mapFromScene(QPointF(-260, 300))
    bottom_right = view.mapFromScene(QPointF(480, 420))
    with qtbot.waitSignal(view.selectionChangedKeys):
        _drag(view, top_left, bottom_right)
    assert view.selected_node_keys() == [wait, bye]
    assert view.document.undo_stack.count() == 0


def test_click_and_ctrl_click_selection(view: JourneyView) -> None:
    wait, bye, check = _key(view, "wait"), _key(view, "bye"), _key(view, "check")
    _click(view, _card_centre(view, wait))
    assert view.selected_node_keys() == [wait]
    _click(view, _card_centre(view, bye), _Mod.ControlModifier)
    assert view.selected_node_keys() == [wait, bye]
    _click(view, _card_centre(view, wait), _Mod.ControlModifier)
    assert view.selected_node_keys() == [bye]
    _click(view, _card_centre(view, check))
    assert view.selected_node_keys() == [check]


def test_select_keys_api_and_signal(view: JourneyView, qtbot: QtBot) -> None:
    keys = [_key(view, "wait"), _key(view, "start")]
    with qtbot.waitSignal(view.selectionChangedKeys) as blocker:
        view.select_keys(keys)
    assert blocker.args[0] == [keys[1], keys[0]]  # document order


def test_delete_key_removes_selection_as_one_step(view: JourneyView, qtbot: QtBot) -> None:
    doc = view.document
    before = doc.to_json()
    check, wait = _key(view, "check"), _key(view, "wait")
    view.select_keys([check, wait])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert doc.keys_for_node_id("check") == [] and doc.keys_for_node_id("wait") == []
    assert check not in view.journey_scene().node_items
    assert len(doc.edge_keys()) == 0
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.to_json() == before
    assert check in view.journey_scene().node_items


def test_delete_a_selected_edge(view: JourneyView) -> None:
    doc = view.document
    edge_key = doc.edge_keys()[1]
    view.select_keys([], [edge_key])
    view.delete_selection()
    assert edge_key not in doc.edge_keys()
    assert len(doc.node_keys()) == 5


def test_dragging_cards_is_one_undo_step(view: JourneyView) -> None:
    doc = view.document
    wait, bye = _key(view, "wait"), _key(view, "bye")
    view.select_keys([wait, bye])
    _drag(view, _card_centre(view, wait), _card_centre(view, wait) + QPoint(60, 30), steps=8)
    assert _pos(view, wait) == (-140, 350)
    assert _pos(view, bye) == (260, 350)
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Move 2 steps"
    doc.undo_stack.undo()
    assert _pos(view, wait) == (-200, 320)
    assert view.journey_scene().node_items[wait].pos() == QPointF(-200, 320)


def test_snap_to_grid(view: JourneyView) -> None:
    wait = _key(view, "wait")
    view.set_snap_to_grid(True)
    assert view.snap_to_grid
    _drag(view, _card_centre(view, wait), _card_centre(view, wait) + QPoint(37, 21))
    x, y = _pos(view, wait)
    assert x % GRID == 0 and y % GRID == 0
    assert (x, y) != (-200, 320)


def test_arrow_keys_nudge_and_tab_walks(view: JourneyView, qtbot: QtBot) -> None:
    doc = view.document
    wait = _key(view, "wait")
    view.select_keys([wait])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert _pos(view, wait) == (-200 + GRID, 320)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.selected_node_keys() == [_key(view, "bye")]
    assert doc.undo_stack.count() == 1


# --- clipboard -----------------------------------------------------------------------------------


def test_copy_puts_definition_json_on_the_clipboard(view: JourneyView) -> None:
    view.select_keys([_key(view, "check"), _key(view, "wait")])
    assert view.copy_selection()
    mime = QGuiApplication.clipboard().mimeData()
    data = json.loads(mime.text())
    assert [n["id"] for n in data["nodes"]] == ["check", "wait"]
    assert [e["id"] for e in data["edges"]] == ["e2"]
    assert mime.hasFormat(FRAGMENT_MIME_TYPE)


def test_paste_gives_new_ids_and_selects_them(view: JourneyView) -> None:
    doc = view.document
    view.select_keys([_key(view, "check"), _key(view, "wait")])
    view.copy_selection()
    new = view.paste()
    assert [doc.node(k).id for k in new] == ["condition_1", "delay_1"]
    assert view.selected_node_keys() == new
    assert set(new) <= set(view.journey_scene().node_items)
    inner = [k for k in doc.edges_of(new[0]) if doc.edge_ends(k) == (new[0], new[1])]
    assert len(inner) == 1
    again = view.paste()
    assert {doc.node(k).id for k in again}.isdisjoint({doc.node(k).id for k in new})
    assert doc.undo_stack.count() == 2


def test_paste_text_from_a_text_editor(view: JourneyView) -> None:
    text = json.dumps(
        {
            "nodes": [{"id": "x", "type": "delay", "position": {"x": 5, "y": 5}, "data": {}}],
            "edges": [],
        }
    )
    QGuiApplication.clipboard().setText(text)
    (key,) = view.paste()
    assert view.document.node(key).type == "delay"


def test_paste_of_other_text_says_so(view: JourneyView, qtbot: QtBot) -> None:
    QGuiApplication.clipboard().setText("just words")
    with qtbot.waitSignal(view.hintRequested):
        assert view.paste() == []
    assert not view.can_paste()


def test_paste_into_another_tab(view: JourneyView, qtbot: QtBot) -> None:
    view.select_keys([_key(view, "wait")])
    view.copy_selection()
    other = JourneyView(EditableJourney(JourneyDocument()))
    qtbot.addWidget(other)
    (key,) = other.paste()
    assert other.document.node(key).data == {"amount": 2, "unit": "days"}


def test_cut_copies_and_removes(view: JourneyView) -> None:
    doc = view.document
    wait = _key(view, "wait")
    view.select_keys([wait])
    assert view.cut_selection()
    assert wait not in doc.node_keys()
    assert doc.undo_stack.undoText() == "Cut 1 step"
    assert json.loads(QGuiApplication.clipboard().text())["nodes"][0]["id"] == "wait"


def test_duplicate_beside_the_original(view: JourneyView) -> None:
    doc = view.document
    wait = _key(view, "wait")
    view.select_keys([wait])
    (copy,) = view.duplicate_selection()
    assert doc.node(copy).id == "delay_1"
    assert _pos(view, copy) == (-160, 360)
    assert view.selected_node_keys() == [copy]


def test_drop_from_the_palette_adds_a_node(view: JourneyView) -> None:
    mime = QMimeData()
    mime.setData(NODE_TYPE_MIME_TYPE, b"send_message")
    key = view.add_node("send_message", QPointF(500, 500))
    assert view.document.node(key).type == "send_message"
    assert view.selected_node_keys() == [key]
    assert mime.hasFormat(NODE_TYPE_MIME_TYPE)


# --- zoom, pan, fit, find ----------------------------------------------------------------------


def test_wheel_zooms_around_the_cursor(view: JourneyView, qtbot: QtBot) -> None:
    at = QPoint(300, 250)
    under = view.mapToScene(at)
    with qtbot.waitSignal(view.zoomChanged) as blocker:
        event = QWheelEvent(
            QPointF(at),
            QPointF(view.viewport().mapToGlobal(at)),
            QPoint(0, 0),
            QPoint(0, 240),
            _Btn.NoButton,
            _Mod.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view.viewport(), event)
    assert blocker.args[0] == pytest.approx(1.0015**240)
    after = view.mapToScene(at)
    assert abs(after.x() - under.x()) < 2 and abs(after.y() - under.y()) < 2


def test_zoom_limits_and_reset(view: JourneyView) -> None:
    view.set_zoom(100)
    assert view.zoom() == pytest.approx(4.0)
    view.set_zoom(0.0001)
    assert view.zoom() == pytest.approx(0.05)
    view.reset_zoom()
    assert view.zoom() == pytest.approx(1.0)


def test_fit_shows_everything(view: JourneyView) -> None:
    view.set_zoom(3.0)
    view.fit()
    visible = view.visible_scene_rect()
    for item in view.journey_scene().node_items.values():
        assert visible.contains(item.sceneBoundingRect())
    assert view.zoom() <= 1.0


def test_zoom_to_selection(view: JourneyView) -> None:
    wait = _key(view, "wait")
    view.select_keys([wait])
    view.zoom_to_selection()
    assert view.zoom() == pytest.approx(1.0)
    assert view.visible_scene_rect().contains(
        view.journey_scene().node_items[wait].sceneBoundingRect()
    )


def test_middle_drag_pans(view: JourneyView) -> None:
    centre = view.visible_scene_rect().center()
    _drag(view, QPoint(400, 400), QPoint(300, 350), button=_Btn.MiddleButton)
    moved = view.visible_scene_rect().center()
    assert moved.x() - centre.x() == pytest.approx(100, abs=1)
    assert moved.y() - centre.y() == pytest.approx(50, abs=1)
    assert view.document.undo_stack.count() == 0


def test_space_drag_pans_instead_of_selecting(view: JourneyView, qtbot: QtBot) -> None:
    view.setFocus()
    centre = view.visible_scene_rect().center()
    qtbot.keyPress(view, Qt.Key.Key_Space)
    _drag(view, QPoint(400, 400), QPoint(350, 400))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert view.visible_scene_rect().center().x() - centre.x() == pytest.approx(50, abs=1)
    assert view.selected_node_keys() == []


def test_find_and_centre(view: JourneyView) -> None:
    assert view.find_nodes("WAIT") == [_key(view, "wait")]  # summary "Wait 2 days" and id
    assert view.find_nodes("vip") == [_key(view, "check")]
    assert view.find_nodes("crm") == [_key(view, "odd")]
    assert view.find_nodes("   ") == []
    bye = _key(view, "bye")
    view.center_on_key(bye)
    item = view.journey_scene().node_items[bye]
    centre = view.visible_scene_rect().center()
    assert abs(centre.x() - item.sceneBoundingRect().center().x()) < 2


# --- problems, theme, minimap -------------------------------------------------------------------


def test_problem_badges(view: JourneyView) -> None:
    scene = view.journey_scene()
    wait, bye = _key(view, "wait"), _key(view, "bye")
    problems = [
        Problem("error", "invalid-config", "Delay: amount is required", ("wait",)),
        Problem("warning", "dead-end", "Delay leads nowhere", ("wait",)),
        Problem("warning", "no-action", "Exit is alone", ("bye",)),
    ]
    view.set_problems(problems)
    badge = scene.badge_for(wait)
    assert badge is not None and badge.count == 2 and badge.error
    assert "amount is required" in badge.toolTip() and "leads nowhere" in badge.toolTip()
    amber = scene.badge_for(bye)
    assert amber is not None and not amber.error
    view.set_problems(problems[2:])
    assert scene.badge_for(wait) is None
    assert scene.node_items[wait].badge is None
    view.set_problems([])
    assert scene.badge_for(bye) is None


def test_problem_edges_are_marked(view: JourneyView) -> None:
    scene = view.journey_scene()
    view.set_problems([Problem("error", "dangling-edge", "bad", (), ("e2",))])
    e2 = view.document.edge_keys()[1]
    assert scene.edge_items[e2].problem
    view.set_problems([])
    assert not scene.edge_items[e2].problem


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_canvas_follows_the_palette(view: JourneyView, theme: str) -> None:
    view.setPalette(preset_palette(theme))
    style = view.journey_scene().canvas_style
    assert style.dark is (theme == "dark")
    image = view.viewport().grab().toImage()
    corner = image.pixelColor(2, 2)
    assert (corner.lightnessF() < 0.3) is (theme == "dark")
    text, card = style.text, style.card
    assert abs(text.lightnessF() - card.lightnessF()) > 0.6  # readable titles
    item = next(iter(view.journey_scene().node_items.values()))
    assert item.style is style


def test_zoomed_out_the_canvas_draws_blocks_and_still_edits(view: JourneyView) -> None:
    doc, scene = view.document, view.journey_scene()
    wait, bye = _key(view, "wait"), _key(view, "bye")
    view.select_keys([bye])
    view.set_zoom(0.2)
    assert scene.overview
    assert all(item.opacity() == 0 for item in scene.node_items.values())
    assert view.selected_node_keys() == [bye]  # selection survives the switch
    view.centerOn(QPointF(100, 200))
    image = view.viewport().grab().toImage()
    block = image.pixelColor(_card_centre(view, wait))
    assert block.name() == scene.canvas_style.category("delay").name()
    # click selects, drag moves (one undo step), empty-canvas drag draws a selecting band
    _click(view, _card_centre(view, wait))
    assert view.selected_node_keys() == [wait]
    _drag(view, _card_centre(view, wait), _card_centre(view, wait) + QPoint(10, 6))
    assert _pos(view, wait) == (-150, 350)
    assert doc.undo_stack.count() == 1
    corner = view.mapFromScene(QPointF(-400, 250))
    _drag(view, corner, view.mapFromScene(QPointF(600, 500)))
    assert view.selected_node_keys() == [wait, bye]
    _click(view, _card_centre(view, wait), _Mod.ControlModifier)
    assert view.selected_node_keys() == [bye]
    view.reset_zoom()
    assert not scene.overview
    assert all(item.opacity() == 1 for item in scene.node_items.values())


def test_minimap_steers_the_view(view: JourneyView, qtbot: QtBot) -> None:
    minimap = MiniMap(view)
    qtbot.addWidget(minimap)
    minimap.resize(220, 150)
    minimap.show()
    qtbot.waitExposed(minimap)
    odd = view.journey_scene().node_items[_key(view, "odd")]
    target = minimap.widget_rect(odd.sceneBoundingRect()).center()
    QApplication.sendEvent(
        minimap,
        QMouseEvent(
            QEvent.Type.MouseButtonPress,
            target,
            QPointF(minimap.mapToGlobal(target.toPoint())),
            _Btn.LeftButton,
            _Btn.LeftButton,
            _Mod.NoModifier,
        ),
    )
    centre = view.visible_scene_rect().center()
    assert abs(centre.x() - odd.sceneBoundingRect().center().x()) < 4
    assert not minimap.widget_rect(view.visible_scene_rect()).isEmpty()
