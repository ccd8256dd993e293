"""The zoomed-out overview and the minimap after edits: what they draw after gathering only the
changed cards and edges is what a fresh drawing of the same journey shows."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from journey_builder.canvas import JourneyView, MiniMap
from journey_builder.canvas.scene import JourneyScene
from journey_builder.document import EditableJourney
from journey_builder.document.generate import generate_journey
from journey_builder.validation import Problem


def _view(qtbot: QtBot, doc: EditableJourney) -> JourneyView:
    view = JourneyView(doc)
    qtbot.addWidget(view)
    view.resize(800, 600)
    return view


def _overview_image(scene: JourneyScene, area: QRectF) -> QImage:
    """The overview picture of ``area`` as the zoomed-out canvas and the minimap draw it."""
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        scale = min(400 / area.width(), 300 / area.height())
        painter.scale(scale, scale)
        painter.translate(-area.topLeft())
        scene.paint_overview(painter)
    finally:
        painter.end()
    return image


def test_overview_after_edits_matches_a_fresh_drawing(qtbot: QtBot) -> None:
    doc = EditableJourney(generate_journey(80, seed=3))
    view = _view(qtbot, doc)
    scene = view.journey_scene()
    area = scene.content_rect().adjusted(-400, -400, 400, 400)
    before = _overview_image(scene, area)  # gathered once, in full
    keys = doc.node_keys()
    moved = keys[10]
    position = doc.node(moved).position
    assert position is not None
    doc.move_nodes({moved: (float(position.x) + 300, float(position.y) + 120)})
    added = doc.add_node("delay", (900.0, 700.0))
    doc.connect(added, None, keys[25])
    doc.remove([keys[30]])
    doc.set_node_id(keys[40], "renamed_step")  # its edges are rewired
    doc.set_node_data(keys[50], {**doc.node(keys[50]).data, "label": "A much longer title"})
    doc.undo_stack.undo()
    doc.undo_stack.undo()  # the rename goes again
    edited = _overview_image(scene, area)
    assert edited != before
    second = _view(qtbot, doc)  # a second view of the same journey, drawn afresh
    fresh = second.journey_scene()
    assert edited == _overview_image(fresh, area)
    assert added in fresh.node_items


def test_minimap_follows_edits_and_badges(qtbot: QtBot) -> None:
    doc = EditableJourney(generate_journey(40, seed=5))
    view = _view(qtbot, doc)
    view.show()
    minimap = MiniMap(view)
    qtbot.addWidget(minimap)
    minimap.resize(220, 150)
    minimap.show()
    qtbot.waitExposed(minimap)
    first = minimap.grab().toImage()
    key = doc.node_keys()[5]
    position = doc.node(key).position
    assert position is not None
    doc.move_nodes({key: (float(position.x) + 2000, float(position.y) + 2000)})
    qtbot.waitUntil(lambda: minimap.grab().toImage() != first, timeout=2000)
    moved = minimap.grab().toImage()
    node_id = doc.node(doc.node_keys()[0]).id
    view.set_problems([Problem("error", "dead-end", "bad", (node_id,), ())])
    qtbot.waitUntil(lambda: minimap.grab().toImage() != moved, timeout=2000)
