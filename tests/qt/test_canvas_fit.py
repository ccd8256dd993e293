"""Fit before the view is shown: a new journey opens at a readable zoom, not at 15 %."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from journey_builder.canvas import JourneyView
from journey_builder.document import EditableJourney
from journey_builder.model import JourneyDocument, Node, Position, WorkflowDefinition


def _small_journey() -> EditableJourney:
    start = Node(
        id="start",
        type="start",
        position=Position(x=0, y=0),
        data={"triggerConfig": {"type": "contact_created", "conditions": {}}, "entryMode": "once"},
    )
    return EditableJourney(
        JourneyDocument(name="New", definition=WorkflowDefinition(nodes=[start]))
    )


def test_fit_before_show_waits_for_the_real_size(qtbot: QtBot) -> None:
    view = JourneyView(_small_journey())
    qtbot.addWidget(view)
    view.fit()  # as a new tab does, while the viewport is still a placeholder size
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: abs(view.zoom() - 1.0) < 1e-6)
    card = view.visible_scene_rect()
    assert card.contains(0, 0), "the start card is in view"


def test_a_zoom_before_show_cancels_the_pending_fit(qtbot: QtBot) -> None:
    view = JourneyView(_small_journey())
    qtbot.addWidget(view)
    view.fit()
    view.set_zoom(0.5)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)
    assert abs(view.zoom() - 0.5) < 1e-6
