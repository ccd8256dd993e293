"""Cards copy what they have in common from shared images (canvas/card_art.py): the picture
must be the very same pixels as each card drawing itself, at any zoom and in any state."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from journey_builder.canvas import JourneyView, preset_palette
from journey_builder.canvas import items as items_module
from journey_builder.canvas.items import Port
from journey_builder.document import EditableJourney
from journey_builder.document.generate import generate_journey


def _view(qtbot: QtBot, zoom: float, theme: str) -> JourneyView:
    doc = EditableJourney(generate_journey(60, seed=2))
    view = JourneyView(doc)
    qtbot.addWidget(view)
    view.setPalette(preset_palette(theme))
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    scene = view.journey_scene()
    keys = doc.node_keys()
    scene.select_keys(keys[2:4])
    scene.node_items[keys[5]].highlight = QColor("#1f8a4c")
    scene.node_items[keys[6]]._hover_port = Port(False, None)  # (as hovering over its input)
    view.set_zoom(zoom)
    qtbot.wait(5)  # the scene rectangle follows the zoom on the next turn
    view.centerOn(scene.node_items[keys[4]].sceneBoundingRect().center() + QPointF(13.3, 7.7))
    return view


def _fresh_grab(view: JourneyView) -> QImage:
    """The viewport with every card drawn afresh (their own pixmaps dropped)."""
    scene = view.journey_scene()
    scene.set_card_caching(False)
    scene.set_card_caching(True)
    return view.viewport().grab().toImage()


@pytest.mark.parametrize(
    ("zoom", "theme", "copied"),
    [(1.0, "light", True), (2.0, "dark", True), (0.5, "light", True), (0.61, "light", False)],
)
def test_cards_from_shared_images_are_the_same_pixels(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, zoom: float, theme: str, copied: bool
) -> None:
    view = _view(qtbot, zoom, theme)
    real = items_module.draw_shared
    answers: list[bool] = []

    def counting(*args: Any) -> bool:
        answers.append(real(*args))
        return answers[-1]

    monkeypatch.setattr(items_module, "draw_shared", counting)
    shared = _fresh_grab(view)
    again = _fresh_grab(view)  # every image is in the shared cache now
    # at whole-pixel offsets the cards copy from shared images; at odd fractions they draw
    assert answers and any(answers) == copied
    monkeypatch.setattr(items_module, "draw_shared", lambda *_args: False)
    direct = _fresh_grab(view)
    assert shared == direct
    assert again == direct
    assert direct != view.viewport().grab().toImage().copy(0, 0, 1, 1)  # (not empty)
