"""The minimap over the canvas keeps out of the way: selected cards and drags push it to
another corner; hovering it to use it does not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journey_builder.canvas import JourneyView, MiniMap
from journey_builder.canvas.minimap import CORNERS, MARGIN
from journey_builder.document import EditableJourney
from journey_builder.document.generate import generate_journey

_Btn = Qt.MouseButton
HOME = Qt.Corner.BottomRightCorner


@pytest.fixture
def canvas(qtbot: QtBot) -> tuple[JourneyView, MiniMap]:
    view = JourneyView(EditableJourney(generate_journey(80, seed=3)))
    qtbot.addWidget(view)
    view.resize(900, 700)
    minimap = MiniMap(view, view)
    view.show()
    qtbot.waitExposed(view)
    view.reset_zoom()
    minimap.place()
    return view, minimap


def _on_canvas(view: JourneyView, minimap: MiniMap) -> QRect:
    """The minimap's rectangle in viewport pixels."""
    return minimap.geometry().translated(-view.viewport().geometry().topLeft())


def _card_on_canvas(view: JourneyView, key: str) -> QRect:
    item = view.journey_scene().node_items[key]
    return view.mapFromScene(item.sceneBoundingRect()).boundingRect()


def _mouse(view: JourneyView, kind: QEvent.Type, at: QPoint, held: Qt.MouseButton) -> None:
    button = _Btn.NoButton if kind == QEvent.Type.MouseMove else _Btn.LeftButton
    event = QMouseEvent(
        kind,
        QPointF(at),
        QPointF(view.viewport().mapToGlobal(at)),
        button,
        held,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_it_starts_bottom_right_inside_the_canvas(canvas: tuple[JourneyView, MiniMap]) -> None:
    view, minimap = canvas
    assert minimap.corner == HOME
    area = view.viewport().geometry()
    geometry = minimap.geometry()
    assert geometry.right() == area.right() - MARGIN
    assert geometry.bottom() == area.bottom() - MARGIN


def test_a_selected_card_under_it_sends_it_to_a_free_corner(
    canvas: tuple[JourneyView, MiniMap], qtbot: QtBot
) -> None:
    view, minimap = canvas
    key = view.document.node_keys()[5]
    view.select_keys([key])
    # scroll so that the selected card sits under the minimap's home corner
    card = view.journey_scene().node_items[key].sceneBoundingRect().center()
    home = _on_canvas(view, minimap).center()
    middle = view.viewport().rect().center()
    view.centerOn(card + QPointF(middle.x() - home.x(), middle.y() - home.y()))
    qtbot.waitUntil(lambda: minimap.corner != HOME, timeout=2000)
    assert minimap.corner == CORNERS[1]  # the next corner in turn
    assert not _on_canvas(view, minimap).intersects(_card_on_canvas(view, key))
    # it stays there while nothing comes under it
    view.clear_selection()
    qtbot.wait(20)
    assert minimap.corner == CORNERS[1]


def test_a_drag_reaching_it_moves_it_and_hovering_does_not(
    canvas: tuple[JourneyView, MiniMap], qtbot: QtBot
) -> None:
    view, minimap = canvas
    inside = _on_canvas(view, minimap).center()
    # the pointer merely passes over the canvas under it (no button): it stays
    _mouse(view, QEvent.Type.MouseMove, inside, _Btn.NoButton)
    assert minimap.corner == HOME
    # a rubber band dragged towards it: it gets out of the way at once
    start = view.viewport().rect().center()
    _mouse(view, QEvent.Type.MouseButtonPress, start, _Btn.LeftButton)
    _mouse(view, QEvent.Type.MouseMove, start + QPoint(40, 40), _Btn.LeftButton)
    assert minimap.corner == HOME
    _mouse(view, QEvent.Type.MouseMove, inside, _Btn.LeftButton)
    assert minimap.corner != HOME
    assert not _on_canvas(view, minimap).contains(inside)
    _mouse(view, QEvent.Type.MouseButtonRelease, inside, _Btn.NoButton)


def test_a_minimap_outside_its_view_places_nothing(
    canvas: tuple[JourneyView, MiniMap], qtbot: QtBot
) -> None:
    view, _minimap = canvas
    loose = MiniMap(view)
    qtbot.addWidget(loose)
    loose.resize(200, 100)
    loose.place()
    assert loose.size().width() == 200 and loose.corner == HOME
