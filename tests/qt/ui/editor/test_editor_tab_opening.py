"""A large journey's tab opens at once and makes its cards a slice at a time, with a thin bar
along the top of the canvas saying how far it has come; a small one is drawn in one go."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from journey_builder.document import EditableJourney
from journey_builder.document.generate import generate_journey
from journey_builder.ui.editor.editor_tab import SLICED_OPEN_STEPS, EditorTab


def test_a_large_journey_opens_with_a_progress_bar(qtbot: QtBot) -> None:
    steps = SLICED_OPEN_STEPS + 200
    doc = EditableJourney(generate_journey(steps, seed=3))
    assert len(doc.node_keys()) == steps
    tab = EditorTab(doc)
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    assert tab.opening and len(tab.view.journey_scene().node_items) == 0
    tab.view.journey_scene().builder.slice_ms = 1.0  # several slices even on a fast machine
    seen: list[int] = []
    tab.view.buildProgress.connect(lambda done, _total: seen.append(tab.progress.value()))
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.progress.isVisible()
    bar = tab.progress.geometry()
    assert bar.top() == tab.view.viewport().geometry().top()
    assert bar.width() == tab.view.viewport().width()
    qtbot.waitUntil(lambda: not tab.opening, timeout=20000)
    assert not tab.progress.isVisible()
    assert len(seen) > 2 and seen == sorted(seen)
    assert len(tab.view.journey_scene().node_items) == steps


def test_a_small_journey_is_drawn_at_once(qtbot: QtBot) -> None:
    doc = EditableJourney(generate_journey(40, seed=3))
    tab = EditorTab(doc)
    qtbot.addWidget(tab)
    assert not tab.opening
    assert len(tab.view.journey_scene().node_items) == 40
    tab.show()
    qtbot.waitExposed(tab)
    assert not tab.progress.isVisible()
