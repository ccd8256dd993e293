"""The canvas as a screen reader meets it: the view's accessibility tree, its cards and
connections, their states; the keyboard focus ring; the high-contrast canvas style."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journey_builder.canvas import CanvasStyle, JourneyView, preset_palette
from journey_builder.canvas.card_focus import FRAME_WIDTH
from journey_builder.canvas.style import contrast_ratio, is_high_contrast_palette
from journey_builder.document import EditableJourney
from journey_builder.document.generate import generate_journey
from journey_builder.model import JourneyDocument
from journey_builder.validation import Problem

_Name = QAccessible.Text.Name
_Description = QAccessible.Text.Description
_Role = QAccessible.Role
_Event = QAccessible.Event


def _journey() -> JourneyDocument:
    """Start → Ask a question; its "Answered" output → Delay; "Timeout" left free."""
    return JourneyDocument.model_validate(
        {
            "name": "Accessible",
            "definition": {
                "nodes": [
                    {"id": "start", "type": "start", "position": {"x": 0, "y": 0}},
                    {
                        "id": "ask",
                        "type": "ask_question",
                        "position": {"x": 0, "y": 180},
                        "data": {"question": "How was it?", "answerType": "text"},
                    },
                    {
                        "id": "wait",
                        "type": "delay",
                        "position": {"x": -160, "y": 360},
                        "data": {"amount": 2, "unit": "days"},
                    },
                    {"id": "bye", "type": "exit", "position": {"x": 400, "y": 0}},
                ],
                "edges": [
                    {"id": "e1", "source": "start", "target": "ask"},
                    {"id": "e2", "source": "ask", "target": "wait", "sourceHandle": "answered"},
                ],
            },
        }
    )


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[JourneyView]:
    widget = JourneyView(EditableJourney(_journey()))
    widget.setAccessibleName("Canvas")
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.reset_zoom()
    yield widget


@pytest.fixture
def announced(view: JourneyView) -> list[tuple[Any, int]]:
    """Every accessibility event the canvas tells, with QAccessible switched on meanwhile (so
    the events really go through Qt's accessibility layer)."""
    events: list[tuple[Any, int]] = []
    view.accessibility.announced.connect(lambda kind, child: events.append((kind, child)))
    QAccessible.setActive(True)
    yield events
    QAccessible.setActive(False)


def _tree(view: JourneyView) -> QAccessibleInterface:
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface is not None
    return iface


def _children(iface: QAccessibleInterface) -> list[QAccessibleInterface]:
    found = [iface.child(i) for i in range(iface.childCount())]
    assert all(c is not None for c in found)
    return found


def _named(iface: QAccessibleInterface, name: str) -> QAccessibleInterface:
    matches = [c for c in _children(iface) if c.text(_Name) == name]
    assert len(matches) == 1, [c.text(_Name) for c in _children(iface)]
    return matches[0]


def _key(view: JourneyView, node_id: str) -> str:
    (key,) = view.document.keys_for_node_id(node_id)
    return key


def _focus(qtbot: QtBot, view: JourneyView) -> None:
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)


def test_the_view_is_a_list_of_its_cards_then_its_connections(view: JourneyView) -> None:
    iface = _tree(view)
    assert iface.role() == _Role.List
    assert iface.text(_Name) == "Canvas"
    assert "4 steps and 2 connections" in iface.text(_Description)
    assert "Alt+arrow keys" in iface.text(QAccessible.Text.Help)
    children = _children(iface)
    assert [c.text(_Name) for c in children] == [
        "Start",
        "Ask a question",
        "Delay",
        "Exit",
        "From Start to Ask a question",
        "From Ask a question (Answered) to Delay",
    ]
    assert all(c.role() == _Role.ListItem for c in children)
    for index, child in enumerate(children):
        assert iface.indexOfChild(child) == index
        parent = child.parent()
        assert parent is not None and parent.object() is view
    ask = children[1].text(_Description)
    assert ask.startswith("Ask a question. ")
    assert "Leads to Delay (Answered)" in ask
    assert "Not connected: Timeout" in ask
    assert "Comes from Start" in ask
    assert "Wait 2 days" in children[2].text(_Description)
    assert "Leads nowhere yet" in children[2].text(_Description)
    assert children[4].text(_Description) == "Connection"


def test_cards_say_where_they_are_and_where_they_lead(view: JourneyView) -> None:
    iface = _tree(view)
    ask = _named(iface, "Ask a question")
    rect = ask.rect()
    item = view.journey_scene().node_items[_key(view, "ask")]
    top_left = view.viewport().mapToGlobal(view.mapFromScene(item.sceneBoundingRect().topLeft()))
    assert abs(rect.left() - top_left.x()) <= 1 and abs(rect.top() - top_left.y()) <= 1
    found = iface.childAt(rect.center().x(), rect.center().y())
    assert found is not None and found.text(_Name) == "Ask a question"
    relations = {(r.text(_Name), flag) for r, flag in ask.relations()}
    assert relations == {
        ("Delay", QAccessible.RelationFlag.FlowsTo),
        ("Start", QAccessible.RelationFlag.FlowsFrom),
    }
    edge = _named(iface, "From Start to Ask a question")
    assert {(r.text(_Name), flag) for r, flag in edge.relations()} == {
        ("Start", QAccessible.RelationFlag.FlowsFrom),
        ("Ask a question", QAccessible.RelationFlag.FlowsTo),
    }


def test_problems_are_read_with_the_card(view: JourneyView) -> None:
    view.set_problems(
        [
            Problem("warning", "dead-end", "Delay leads nowhere", ("wait",)),
            Problem("error", "invalid-config", "Delay: amount is required", ("wait",)),
        ]
    )
    text = _named(_tree(view), "Delay").text(_Description)
    assert "2 problems: Delay: amount is required; Delay leads nowhere" in text
    view.set_problems([])
    assert "problem" not in _named(_tree(view), "Delay").text(_Description)


def test_the_tree_follows_added_removed_and_renamed_steps(
    view: JourneyView, announced: list[tuple[Any, int]]
) -> None:
    iface = _tree(view)
    doc = view.document
    delay = _named(iface, "Delay")
    assert delay.isValid()
    key = doc.add_node("send_message", (300, 300), after=(_key(view, "ask"), "timeout"))
    assert iface.childCount() == 8
    assert "Send message" in [c.text(_Name) for c in _children(iface)]
    assert "Not connected" not in _named(iface, "Ask a question").text(_Description)
    assert (_Event.ObjectCreated, 4) in announced  # the new card, after the four others
    doc.remove([_key(view, "wait")], [])
    assert not delay.isValid()
    assert iface.childCount() == 6
    assert "Delay" not in [c.text(_Name) for c in _children(iface)]
    assert (_Event.ObjectDestroyed, -1) in announced
    doc.undo_stack.undo()
    assert "Delay" in [c.text(_Name) for c in _children(iface)]
    doc.set_node_data(key, {**doc.node(key).data, "label": "Thank you"})
    assert "Thank you" in [c.text(_Name) for c in _children(iface)]
    assert "From Ask a question (Timeout) to Thank you" in [c.text(_Name) for c in _children(iface)]


def test_selection_and_keyboard_focus_are_states(
    view: JourneyView, qtbot: QtBot, announced: list[tuple[Any, int]]
) -> None:
    iface = _tree(view)
    view.select_keys([_key(view, "ask")])
    ask = _named(iface, "Ask a question")
    assert ask.state().selected and ask.state().selectable
    assert not _named(iface, "Start").state().selected
    assert (_Event.SelectionAdd, 1) in announced
    _focus(qtbot, view)
    # the selected card took the keyboard focus with it
    assert view.card_focus.key() == _key(view, "ask")
    assert ask.state().focused and ask.state().focusable
    focused = iface.focusChild()
    assert focused is not None and focused.text(_Name) == "Ask a question"
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    delay = _named(iface, "Delay")
    assert delay.state().focused and delay.state().selected
    assert not ask.state().focused and not ask.state().selected
    assert (_Event.Focus, 2) in announced
    # Ctrl+A selects everything; the focus stays on one card
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert all(c.state().selected for c in _children(iface))
    assert [c.text(_Name) for c in _children(iface) if c.state().focused] == ["Delay"]
    # Escape clears the selection; the focus ring stays where the keyboard is
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not any(c.state().selected for c in _children(iface))
    assert view.journey_scene().node_items[_key(view, "wait")].focus_ring


def test_the_focus_ring_and_frame_show_only_with_the_keyboard_focus(
    view: JourneyView, qtbot: QtBot
) -> None:
    view.clearFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    wait = view.journey_scene().node_items[_key(view, "wait")]
    view.select_keys([_key(view, "wait")])
    assert not wait.focus_ring  # the canvas has no keyboard focus
    _focus(qtbot, view)
    assert wait.focus_ring
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    picture = view.grab().toImage()
    edge = picture.pixelColor(FRAME_WIDTH // 2, picture.height() // 2)
    assert edge.rgb() == highlight.rgb()
    view.clearFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    assert not wait.focus_ring
    picture = view.grab().toImage()
    assert picture.pixelColor(FRAME_WIDTH // 2, picture.height() // 2).rgb() != highlight.rgb()


def test_alt_arrows_go_to_the_nearest_card_that_way(view: JourneyView, qtbot: QtBot) -> None:
    _focus(qtbot, view)
    view.card_focus.set_key(_key(view, "start"))
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(view, Qt.Key.Key_Down, alt)
    assert view.selected_node_keys() == [_key(view, "ask")]
    qtbot.keyClick(view, Qt.Key.Key_Down, alt)
    assert view.card_focus.key() == _key(view, "wait")
    qtbot.keyClick(view, Qt.Key.Key_Down, alt)  # nothing further down: the focus stays
    assert view.card_focus.key() == _key(view, "wait")
    qtbot.keyClick(view, Qt.Key.Key_Up, alt)
    assert view.card_focus.key() == _key(view, "ask")
    qtbot.keyClick(view, Qt.Key.Key_Right, alt)
    assert view.card_focus.key() == _key(view, "bye")
    positions = {k: view.document.node(k).position for k in view.document.node_keys()}
    assert positions == {k: view.document.node(k).position for k in view.document.node_keys()}
    assert not view.document.undo_stack.canUndo()  # moving the focus is not an edit


def test_enter_opens_the_focused_card(view: JourneyView, qtbot: QtBot) -> None:
    _focus(qtbot, view)
    with qtbot.waitSignal(view.stepActivated) as caught:
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert caught.args == [view.card_focus.key()]


def test_another_journey_in_the_view_gets_a_fresh_tree(view: JourneyView) -> None:
    iface = _tree(view)
    old = _named(iface, "Delay")
    view.set_document(
        EditableJourney(
            JourneyDocument.model_validate(
                {"definition": {"nodes": [{"id": "x", "type": "exit", "data": {}}]}}
            )
        )
    )
    assert not old.isValid()
    assert [c.text(_Name) for c in _children(_tree(view))] == ["Exit"]


def test_high_contrast_palette_gets_a_canvas_without_greys() -> None:
    palette = preset_palette("high-contrast")
    assert is_high_contrast_palette(palette)
    assert not is_high_contrast_palette(preset_palette("light"))
    assert not is_high_contrast_palette(preset_palette("dark"))
    style = CanvasStyle.from_palette(palette)
    assert style.high_contrast and style.dark
    assert style.background == QColor("#000000")
    for colour in (style.text, style.muted_text, style.card_border, style.edge, style.label_text):
        assert colour == QColor("#ffffff")
    assert style.selection == style.focus == QColor("#ffff00")
    assert style.line_width >= 2
    assert contrast_ratio(style.error, style.card) >= 4.5
    assert contrast_ratio(style.warning, style.card) >= 4.5
    light = CanvasStyle.from_palette(preset_palette("light"))
    assert not light.high_contrast and light.line_width == 1
    assert light.focus != light.selection  # focus and selection are told apart


def test_the_view_draws_high_contrast_when_its_palette_asks(view: JourneyView) -> None:
    view.setPalette(preset_palette("high-contrast"))
    QApplication.processEvents()
    assert view.journey_scene().canvas_style.high_contrast
    card = view.journey_scene().node_items[_key(view, "start")]
    assert card.style.card_border == QColor("#ffffff")


def test_cards_built_a_slice_at_a_time_join_the_tree_as_they_appear(qtbot: QtBot) -> None:
    doc = EditableJourney(generate_journey(600, seed=3))
    view = JourneyView(doc, build="slices")
    qtbot.addWidget(view)
    view.journey_scene().builder.slice_ms = 1.0  # many slices
    view.resize(800, 600)
    view.show()
    iface = _tree(view)
    seen = [iface.childCount()]

    def built() -> bool:
        seen.append(iface.childCount())
        return not view.building

    qtbot.waitUntil(built, timeout=20000)
    total = len(doc.node_keys()) + len(doc.edge_keys())
    assert seen[0] < total  # asked while cards were still being made
    assert iface.childCount() == total
    assert len(set(seen)) > 2  # the count grew with the cards
    names = {iface.child(i).text(_Name) for i in range(len(doc.node_keys()))}
    assert names == {doc.title(k) for k in doc.node_keys()}
