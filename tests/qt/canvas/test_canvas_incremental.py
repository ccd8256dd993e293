"""Building a large journey's canvas a slice at a time: the result is exactly the document,
what is in view comes first, edits during the build are neither lost nor doubled, and the view
answers (selection, find, fit) before the build is done."""

from __future__ import annotations

import statistics

from PySide6.QtCore import QPointF, QRectF
from pytestqt.qtbot import QtBot

from journey_builder.canvas import JourneyView
from journey_builder.canvas.arrange import model_bounds
from journey_builder.canvas.scene import JourneyScene
from journey_builder.canvas.view import MIN_ZOOM
from journey_builder.document import EditableJourney
from journey_builder.document.generate import generate_journey
from journey_builder.model import JourneyDocument
from journey_builder.validation import Problem


def _journey(steps: int, seed: int) -> EditableJourney:
    doc = EditableJourney(generate_journey(steps, seed=seed))
    assert len(doc.node_keys()) == steps  # (some seeds end every branch early)
    return doc


def _grid_journey(rows: int, columns: int) -> EditableJourney:
    """Chains of delays side by side, one chain per column (a wide and tall journey that fits
    the view above the smallest zoom)."""
    nodes: list[dict[str, object]] = [
        {
            "id": "start",
            "type": "start",
            "position": {"x": columns * 150, "y": -200},
            "data": {"triggerConfig": {"type": "contact_created"}, "entryMode": "once"},
        }
    ]
    edges: list[dict[str, object]] = []
    for column in range(columns):
        above = "start"
        for row in range(rows):
            node_id = f"d{column}_{row}"
            position = {"x": column * 300, "y": row * 160}
            nodes.append({"id": node_id, "type": "delay", "position": position, "data": {}})
            edges.append({"id": f"e_{node_id}", "source": above, "target": node_id})
            above = node_id
    definition = {"nodes": nodes, "edges": edges}
    return EditableJourney(
        JourneyDocument.model_validate({"name": "Grid", "definition": definition})
    )


def _sliced_view(qtbot: QtBot, doc: EditableJourney, *, slice_ms: float = 2.0) -> JourneyView:
    view = JourneyView(doc, build="slices")
    qtbot.addWidget(view)
    view.journey_scene().builder.slice_ms = slice_ms  # many slices even on a fast machine
    view.resize(800, 600)
    return view


def _finish(qtbot: QtBot, view: JourneyView) -> None:
    qtbot.waitUntil(lambda: not view.building, timeout=20000)


def _picture_of(scene: JourneyScene) -> dict[str, object]:
    """Everything the items show, by key: cards (place, size, text) and curves (ends)."""
    cards = {
        key: (item.pos().x(), item.pos().y(), item.width, item.title, item.summary)
        for key, item in scene.node_items.items()
    }
    curves = {
        key: (
            item.source_key,
            item.target_key,
            item.shown,
            (item.start.x(), item.start.y(), item.tip.x(), item.tip.y()) if item.shown else None,
            item.problem,
        )
        for key, item in scene.edge_items.items()
    }
    return {"cards": cards, "curves": curves}


def _in_scene(scene: JourneyScene) -> tuple[int, int]:
    """Items the Qt scene holds (not just the dicts): no item added twice or left behind."""
    from journey_builder.canvas.items import EdgeItem, NodeItem

    items = scene.items()
    return (
        sum(isinstance(i, NodeItem) for i in items),
        sum(isinstance(i, EdgeItem) for i in items),
    )


def test_the_build_ends_with_exactly_the_documents_items(qtbot: QtBot) -> None:
    doc = _journey(600, seed=7)
    view = _sliced_view(qtbot, doc)
    scene = view.journey_scene()
    assert view.building and len(scene.node_items) < 600  # nothing made before the loop runs
    progress: list[tuple[int, int]] = []
    view.buildProgress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(view.buildFinished, timeout=20000):
        view.show()
    assert list(scene.node_items) == doc.node_keys()  # in document order, as made at once
    assert list(scene.edge_items) == doc.edge_keys()
    assert _in_scene(scene) == (len(doc.node_keys()), len(doc.edge_keys()))
    assert len(progress) > 2 and progress[-1][0] == progress[-1][1]
    assert [p[0] for p in progress] == sorted(p[0] for p in progress)
    made_at_once = JourneyScene(doc)
    assert _picture_of(scene) == _picture_of(made_at_once)
    assert scene.content_rect() == made_at_once.content_rect()
    # the file had no positions: they were laid out a phase per slice, as at once
    same_file = EditableJourney(generate_journey(600, seed=7))
    laid_out_at_once = JourneyScene(same_file)
    assert _picture_of(laid_out_at_once) == _picture_of(scene)


def test_fit_while_steps_are_being_placed_waits_for_their_places(qtbot: QtBot) -> None:
    doc = _grid_journey(20, 30)
    for key in doc.node_keys()[1:]:
        doc.node(key).position = None  # (as a file without positions would)
    view = _sliced_view(qtbot, doc, slice_ms=0.5)
    scene = view.journey_scene()
    view.show()
    assert scene.placing and view.isVisible()  # from the start, before any slice ran
    view.fit()  # the extent is not known yet: fits again once it is
    placed = []
    scene.builder.placed.connect(lambda: placed.append(view.zoom()))
    _finish(qtbot, view)
    assert placed and not scene.placing
    visible = view.visible_scene_rect()
    assert all(visible.intersects(item.sceneBoundingRect()) for item in scene.node_items.values())
    assert visible.contains(scene.content_rect()) or view.zoom() == MIN_ZOOM


def test_cards_in_view_are_made_first(qtbot: QtBot) -> None:
    doc = _journey(900, seed=8)
    view = _sliced_view(qtbot, doc)
    view.show()
    qtbot.waitExposed(view)
    _finish(qtbot, view)
    scene = view.journey_scene()
    keys = doc.node_keys()
    far = scene.node_items[keys[len(keys) * 2 // 3]]
    view.centerOn(far.sceneBoundingRect().center())
    visible = view.visible_scene_rect()
    order: list[str] = []
    real = scene.build_node

    def recording(key: str) -> None:
        order.append(key)
        real(key)

    scene.build_node = recording  # type: ignore[method-assign]
    scene.rebuild()  # as a restored version would: the build starts where the view looks
    _finish(qtbot, view)
    assert sorted(order) == sorted(keys)

    def rect_of(key: str) -> QRectF:
        bounds = model_bounds(doc.node(key))
        assert bounds is not None
        x0, y0, x1, y1 = bounds
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    seen = [i for i, key in enumerate(order) if rect_of(key).intersects(visible)]
    around = visible.adjusted(
        -visible.width(), -visible.height(), visible.width(), visible.height()
    )
    outside = [i for i, key in enumerate(order) if not rect_of(key).intersects(around)]
    assert seen and outside
    assert max(seen) < min(outside)
    assert seen == list(range(len(seen))), "every card in view before any other"
    middle = visible.center()
    first = rect_of(order[0]).center()
    assert all(
        (rect_of(order[i]).center() - middle).manhattanLength()
        >= (first - middle).manhattanLength() - 1
        for i in seen
    )


def test_edits_and_undo_during_the_build_end_consistent(qtbot: QtBot) -> None:
    doc = _journey(800, seed=2)
    view = _sliced_view(qtbot, doc, slice_ms=1.0)
    view.show()
    scene = view.journey_scene()
    qtbot.waitUntil(lambda: len(scene.node_items) > 20)
    assert view.building
    keys = doc.node_keys()
    made = [k for k in keys if k in scene.node_items]
    missing = [k for k in keys if k not in scene.node_items]
    assert len(missing) > 100
    # one of each kind of edit, to cards that exist and to cards not made yet
    doc.remove([missing[0], made[1]])
    doc.move_nodes({missing[5]: (-5000.0, -4000.0), made[2]: (6000.0, 100.0)})
    node = doc.node(missing[6])
    doc.set_node_data(missing[6], {**node.data, "label": "Renamed while opening"})
    added = doc.add_node("delay", (300.0, -900.0))
    doc.connect(added, None, missing[7])
    doc.remove([missing[8]])
    doc.undo_stack.undo()  # missing[8] comes back (maybe before the build reaches it)
    doc.undo_stack.undo()
    doc.undo_stack.redo()  # the connection again
    doc.set_node_id(missing[9], "renamed_while_opening")  # its edges are rewired
    _finish(qtbot, view)
    assert set(scene.node_items) == set(doc.node_keys())
    assert set(scene.edge_items) == set(doc.edge_keys())
    assert _in_scene(scene) == (len(doc.node_keys()), len(doc.edge_keys()))
    assert missing[0] not in scene.node_items and missing[8] in scene.node_items
    assert scene.node_items[missing[6]].title == "Renamed while opening"
    assert scene.node_items[missing[5]].pos() == QPointF(-5000.0, -4000.0)
    assert _picture_of(scene) == _picture_of(JourneyScene(doc))
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert _picture_of(scene) == _picture_of(JourneyScene(doc))


def test_steps_removed_while_being_placed_are_left_out(qtbot: QtBot) -> None:
    doc = _journey(900, seed=12)  # (generated without positions: laid out while opening)
    view = _sliced_view(qtbot, doc, slice_ms=0.2)
    scene = view.journey_scene()
    view.show()
    qtbot.waitUntil(lambda: len(scene.builder.slice_durations) > 2)
    assert scene.placing
    keys = doc.node_keys()
    doc.remove([keys[3], keys[400]])  # read by the layout already, or not yet
    qtbot.waitUntil(lambda: len(scene.builder.slice_durations) > 6)
    doc.remove([keys[850]])
    doc.undo_stack.undo()  # back, still without a position: placed with the others
    _finish(qtbot, view)
    assert set(scene.node_items) == set(doc.node_keys())
    assert all(doc.node(k).position is not None for k in doc.node_keys())
    assert _picture_of(scene) == _picture_of(JourneyScene(doc))


def test_a_step_put_back_without_a_position_while_placing_is_placed_too(qtbot: QtBot) -> None:
    doc = _journey(500, seed=3)  # (generated without positions: laid out while opening)
    view = _sliced_view(qtbot, doc, slice_ms=0.0)  # one small step per slice
    scene = view.journey_scene()
    straggler = doc.node_keys()[250]
    doc.remove([straggler])  # before the first slice: the layout never sees it
    put_back: list[str] = []

    def undo_once(_key: str) -> None:
        if not put_back:  # the first step placed: the layout is done, placing has begun
            put_back.append(straggler)
            doc.undo_stack.undo()

    doc.nodeMoved.connect(undo_once)
    view.show()
    _finish(qtbot, view)
    assert put_back and doc.has_node(straggler)
    placed = doc.node(straggler).position
    assert placed is not None
    assert scene.node_items[straggler].pos() == QPointF(float(placed.x), float(placed.y))
    assert _picture_of(scene) == _picture_of(JourneyScene(doc))


def test_a_document_reset_during_the_build_starts_again(qtbot: QtBot) -> None:
    doc = _journey(500, seed=10)
    view = _sliced_view(qtbot, doc)
    view.show()
    scene = view.journey_scene()
    qtbot.waitUntil(lambda: len(scene.node_items) > 10)
    doc.replace_document(generate_journey(450, seed=9), "Restore a version")
    _finish(qtbot, view)
    assert _picture_of(scene) == _picture_of(JourneyScene(doc))
    assert _in_scene(scene) == (len(doc.node_keys()), len(doc.edge_keys()))


def test_a_long_build_keeps_each_slice_short(qtbot: QtBot) -> None:
    """A sanity check only: speed is measured by benchmarks/bench_canvas.py."""
    doc = _journey(2000, seed=1)
    view = _sliced_view(qtbot, doc, slice_ms=8.0)
    view.show()
    _finish(qtbot, view)
    slices = view.journey_scene().builder.slice_durations
    assert len(slices) > 3
    assert statistics.median(slices) < 40
    assert max(slices) < 400  # a garbage collection may land in a slice; a whole build would not


def test_fit_during_the_build_shows_the_whole_journey(qtbot: QtBot) -> None:
    doc = _grid_journey(20, 30)
    view = _sliced_view(qtbot, doc)
    view.show()
    qtbot.waitExposed(view)
    scene = view.journey_scene()
    qtbot.waitUntil(lambda: len(scene.node_items) > 0)
    assert view.building
    view.fit()
    assert view.zoom() > MIN_ZOOM  # (it fits without the zoom's limit)
    visible = view.visible_scene_rect()
    for key in doc.node_keys():
        bounds = model_bounds(doc.node(key))
        assert bounds is not None
        x0, y0, x1, y1 = bounds
        assert visible.contains(QRectF(x0, y0, x1 - x0, y1 - y0)), key
    early = view.zoom()
    _finish(qtbot, view)
    view.fit()
    assert abs(view.zoom() - early) / early < 0.05  # the edges' loops add a little at most


def test_the_view_answers_before_the_build_is_done(qtbot: QtBot) -> None:
    doc = _journey(900, seed=5)
    view = _sliced_view(qtbot, doc, slice_ms=1.0)
    view.show()
    scene = view.journey_scene()
    qtbot.waitUntil(lambda: len(scene.node_items) > 5)
    missing = [k for k in doc.node_keys() if k not in scene.node_items]
    assert missing
    late = missing[-1]
    # a badge for a card not made yet appears when it is made
    view.set_problems([Problem("error", "dead-end", "Goes nowhere", (doc.node(late).id,), ())])
    # find looks at every step, made or not
    assert late in view.find_nodes(doc.node(late).id)
    view.center_on_key(late)  # made now, so it can be shown
    assert late in scene.node_items
    assert view.visible_scene_rect().contains(scene.node_items[late].sceneBoundingRect().center())
    view.select_keys([missing[-2]])
    assert view.selected_node_keys() == [missing[-2]]
    view.zoom_to_selection()
    view.focusNextPrevChild(True)  # Tab walks on to a card that may not exist yet
    assert len(view.selected_node_keys()) == 1
    view.set_zoom(0.1)  # the overview draws what exists
    view.viewport().grab()
    view.set_zoom(1.0)
    assert view.building
    view.select_all()  # every card is needed: made now
    assert not view.building
    assert len(view.selected_node_keys()) == len(doc.node_keys())
    badge = scene.badge_for(late)
    assert badge is not None and badge.error
