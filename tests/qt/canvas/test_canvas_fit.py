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


def _tall_journey(steps: int = 12) -> EditableJourney:
    nodes = [
        Node(
            id="start",
            type="start",
            position=Position(x=0, y=0),
            data={"triggerConfig": {"type": "contact_created"}, "entryMode": "once"},
        )
    ]
    nodes += [
        Node(id=f"d{i}", type="delay", position=Position(x=0, y=160 * i), data={"amount": i})
        for i in range(1, steps)
    ]
    return EditableJourney(JourneyDocument(name="Tall", definition=WorkflowDefinition(nodes=nodes)))


def test_fit_before_the_window_is_shown_uses_the_shown_size(qtbot: QtBot) -> None:
    """The app fits a new tab before its window is shown; the fit must be for the real size."""
    view = JourneyView(_tall_journey())
    qtbot.addWidget(view)
    view.fit()  # hidden: the viewport has a placeholder size
    view.resize(1200, 900)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.viewport().height() > 800)
    qtbot.wait(10)
    deferred = view.zoom()
    view.set_zoom(1.0)
    view.fit()  # now shown: fits the real size at once
    assert abs(deferred - view.zoom()) < 1e-6
    assert deferred > 0.4, "the tall journey fills the real viewport, not a placeholder one"


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
