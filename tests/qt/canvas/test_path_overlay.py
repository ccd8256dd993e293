"""The Preview's marks on the canvas: a contact's path bold and numbered with the rest dimmed,
a cohort's counts on cards and edges, and nothing left behind when they are cleared."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from journey_builder.canvas import JourneyView, preset_palette
from journey_builder.canvas.items import DETAIL_THRESHOLD
from journey_builder.canvas.path_overlay import (
    DIM_OPACITY,
    MAX_BAND,
    MIN_BAND,
    PATH_WIDTH,
    PathOverlay,
    band_width,
)
from journey_builder.document import EditableJourney
from journey_builder.model import JourneyDocument
from journey_builder.resources import templates
from journey_builder.simulation import generate_contacts, simulate, simulate_cohort
from journey_builder.storage.files import load_journey
from tests.unit.journey_fixtures import post_purchase


def _template() -> JourneyDocument:
    template = next(t for t in templates() if "post-purchase" in t.path.name)
    return load_journey(template.path)


def _journey() -> JourneyDocument:
    """The tests' post-purchase journey (a condition, a split, a wait that loops back through a
    delay and a jump), laid out top to bottom."""
    body = post_purchase()
    rows = {"start": 0, "wait": 1, "again": 2, "loyal": 3, "thanks": 4, "ab": 3, "ask-mail": 4}
    rows |= {"ask-sms": 4, "reply": 5, "engaged": 6, "owner": 7, "done": 8, "nudge": 6, "retry": 7}
    columns = {"loyal": 0, "thanks": 0, "ask-mail": 1, "engaged": 1, "owner": 1, "done": 1}
    columns |= {"nudge": 3, "retry": 3, "ask-sms": 3}
    for node in body["definition"]["nodes"]:
        node["position"] = {"x": columns.get(node["id"], 2) * 300, "y": rows[node["id"]] * 160}
    return JourneyDocument.model_validate(body)


_ALIVE: list[JourneyView] = []


@pytest.fixture(autouse=True)
def _views_live_till_teardown() -> Iterator[None]:
    """Views are held until the test's teardown deletes them. A view and its helpers refer to
    each other, so a view only the test's locals held would be freed by the garbage collector
    whenever it runs, possibly while Qt paints that very view after the test."""
    yield
    for view in _ALIVE:
        if shiboken6.isValid(view):
            view.close()
            shiboken6.delete(view)
    _ALIVE.clear()


def _view(
    qtbot: QtBot, theme: str = "light", document: JourneyDocument | None = None
) -> JourneyView:
    view = JourneyView(EditableJourney(document or _journey()))
    _ALIVE.append(view)
    view.setPalette(preset_palette(theme))
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show()
    qtbot.waitExposed(view)
    view.reset_zoom()
    return view


def _key(view: JourneyView, node_id: str) -> str:
    return view.document.keys_for_node_id(node_id)[0]


def _show_walk(view: JourneyView, overlay: PathOverlay, contact: dict[str, Any], seed: int) -> Any:
    doc = view.document
    result = simulate(doc.document, contact, seed=seed)
    nodes, edges = doc.node_keys(), doc.edge_keys()
    overlay.show_path(
        [
            (nodes[s.node_index], edges[s.edge_index] if s.edge_index is not None else None)
            for s in result.steps
        ],
        nodes[result.end.node_index] if result.end.node_index is not None else None,
        "Ends here · Exit",
        result.end.kind,
    )
    return result


def _pixel(view: JourneyView, at: QPointF) -> QColor:
    """The colour the scene draws at a scene point (rendered at 100 %)."""
    image = QImage(9, 9, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    view.journey_scene().render(painter, QRectF(0, 0, 9, 9), QRectF(at.x() - 4, at.y() - 4, 9, 9))
    painter.end()
    return image.pixelColor(4, 4)


def _distance(a: QColor, b: QColor) -> float:
    return float(abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()))


def _mark_items(view: JourneyView) -> list[Any]:
    from journey_builder.canvas import path_overlay

    kinds = (path_overlay._Band, path_overlay._Pill)
    return [i for i in view.journey_scene().items() if isinstance(i, kinds)]


def test_a_path_is_bold_and_numbered_and_the_rest_is_dimmed(qtbot: QtBot) -> None:
    view = _view(qtbot)
    overlay = PathOverlay(view)
    scene = view.journey_scene()
    doc = view.document
    # a repeat buyer: "Ordered again?" says yes, tagged, exits
    result = _show_walk(view, overlay, {"fields": {"orders_count": 3}, "tags": []}, seed=0)
    assert [s.node_id for s in result.steps] == ["start", "wait", "again", "loyal", "thanks"]
    edges = doc.edge_keys()
    expected = {
        edges[s.edge_index]: [n] for n, s in enumerate(result.steps, 1) if s.edge_index is not None
    }
    assert len(expected) == 4
    assert overlay.mode == "path"
    assert overlay.taken_edges() == expected
    for key, numbers in expected.items():
        assert overlay.edge_width(key) == PATH_WIDTH
        assert overlay.edge_label(key) == str(numbers[0])
        assert scene.edge_items[key].opacity() == 1.0
    # the numbers sit on the source cards, at the output the step left through
    assert overlay.labels_on(_key(view, "again")) == ["3"]
    assert overlay.labels_on(_key(view, "loyal")) == ["4"]
    # the other branches are dimmed, cards and edges
    skipped = {_key(view, i) for i in ("ab", "ask-mail", "ask-sms", "reply", "engaged", "owner")}
    skipped |= {_key(view, i) for i in ("done", "nudge", "retry")}
    assert overlay.dimmed_nodes() == skipped
    for key in skipped:
        assert scene.node_items[key].opacity() == DIM_OPACITY
    untaken = set(edges) - set(expected)
    assert overlay.dimmed_edges() == untaken
    assert all(scene.edge_items[k].opacity() == DIM_OPACITY for k in untaken)
    # where the path ended is said on the card
    assert overlay.end_key() == _key(view, "thanks")
    assert overlay.labels_on(_key(view, "thanks")) == ["Ends here · Exit"]


def test_an_edge_taken_again_and_again_lists_every_step_number(qtbot: QtBot) -> None:
    view = _view(qtbot)
    overlay = PathOverlay(view)
    doc = view.document
    # never answers: the wait times out three times (two jumps back), then the jump limit
    result = _show_walk(view, overlay, {"fields": {"orders_count": 1}, "tags": []}, seed=0)
    assert result.end.kind == "jump_limit"
    reply, nudge = _key(view, "reply"), _key(view, "nudge")
    timeout = next(e for e in doc.edge_keys() if doc.edge_ends(e) == (reply, nudge))
    numbers = [n for n, s in enumerate(result.steps, 1) if s.node_id == "reply"]
    assert len(numbers) == 3
    assert overlay.taken_edges()[timeout] == numbers
    assert overlay.edge_label(timeout) == ", ".join(map(str, numbers))
    assert overlay.end_key() == _key(view, "retry")
    # the answered branch is dimmed
    assert {_key(view, "engaged"), _key(view, "done")} <= overlay.dimmed_nodes()


def test_any_shipped_template_path_matches_the_simulator(qtbot: QtBot) -> None:
    view = _view(qtbot, document=_template())
    overlay = PathOverlay(view)
    doc = view.document
    for seed in range(4):
        result = _show_walk(view, overlay, {"fields": {"orders_count": 1}, "tags": []}, seed)
        edges = doc.edge_keys()
        taken = {edges[s.edge_index] for s in result.steps if s.edge_index is not None}
        assert set(overlay.taken_edges()) == taken
        assert overlay.dimmed_edges() == set(edges) - taken


def test_the_path_is_drawn_in_the_text_colour_over_a_dimmed_rest(qtbot: QtBot) -> None:
    for theme in ("light", "dark"):
        view = _view(qtbot, theme)
        overlay = PathOverlay(view)
        scene = view.journey_scene()
        style = scene.canvas_style
        _show_walk(view, overlay, {"fields": {"orders_count": 3}, "tags": []}, seed=0)
        taken = scene.edge_items[next(iter(overlay.taken_edges()))]
        at = taken.path().pointAtPercent(0.5)
        assert _distance(_pixel(view, at), style.text) < 90, theme
        skipped = scene.edge_items[next(iter(overlay.dimmed_edges()))]
        colour = _pixel(view, skipped.path().pointAtPercent(0.5))
        # a dimmed edge is nearer the background than a plain edge would be
        assert _distance(colour, style.background) < _distance(style.edge, style.background), theme


def test_cohort_counts_on_cards_and_edges_as_wide_as_their_share(qtbot: QtBot) -> None:
    view = _view(qtbot)
    overlay = PathOverlay(view)
    doc = view.document
    people = generate_contacts(doc.document, 1000, seed=0)
    cohort = simulate_cohort(doc.document, people, seed=0)
    nodes, edges = doc.node_keys(), doc.edge_keys()
    node_counts = {k: cohort.node_counts[i] for i, k in enumerate(nodes)}
    edge_counts = {k: cohort.edge_counts[i] for i, k in enumerate(edges)}
    overlay.show_counts(node_counts, edge_counts, cohort.contacts)
    assert overlay.mode == "counts"
    assert {k: overlay.node_count(k) for k in nodes} == node_counts
    assert overlay.node_count(_key(view, "start")) == 1000
    for key in nodes:
        assert f"{node_counts[key]:,}" in overlay.labels_on(key)
    # each card's count is what came in along its edges (the jump only goes back to a step
    # its contacts reached before, so it brings no one new)
    for key in nodes:
        if key != _key(view, "start"):
            incoming = [e for e in edges if doc.edge_ends(e)[1] == key]
            assert node_counts[key] == sum(edge_counts[e] for e in incoming)
    # widths follow the counts: more contacts, wider band; 1,000 of 1,000 is the widest
    ordered = sorted(edges, key=lambda e: edge_counts[e])
    widths = [overlay.edge_width(e) for e in ordered]
    assert widths == sorted(widths)
    for a, b in pairwise(ordered):
        if edge_counts[a] < edge_counts[b]:
            assert overlay.edge_width(a) < overlay.edge_width(b)
    assert overlay.edge_width(_key_of_edge(view, "start")) == MAX_BAND
    assert overlay.edge_label(_key_of_edge(view, "start")) == "1,000"
    assert band_width(1, 1000) > MIN_BAND - 1e-9 and band_width(0, 1000) == 0.0


def _key_of_edge(view: JourneyView, source_id: str) -> str:
    doc = view.document
    source = _key(view, source_id)
    return next(e for e in doc.edge_keys() if doc.edge_ends(e)[0] == source)


def test_steps_no_contact_reached_are_dimmed_in_a_cohort(qtbot: QtBot) -> None:
    view = _view(qtbot)
    overlay = PathOverlay(view)
    doc = view.document
    scene = view.journey_scene()
    repeaters = [{"fields": {"orders_count": 3}, "tags": []}] * 20
    cohort = simulate_cohort(doc.document, repeaters)
    nodes, edges = doc.node_keys(), doc.edge_keys()
    overlay.show_counts(
        {k: cohort.node_counts[i] for i, k in enumerate(nodes)},
        {k: cohort.edge_counts[i] for i, k in enumerate(edges)},
        cohort.contacts,
    )
    never = {_key(view, i) for i in ("ab", "ask-mail", "ask-sms", "reply", "engaged", "owner")}
    never |= {_key(view, i) for i in ("done", "nudge", "retry")}
    assert overlay.dimmed_nodes() == never
    assert all(scene.node_items[k].opacity() == DIM_OPACITY for k in never)
    assert overlay.node_count(_key(view, "ab")) == 0
    assert overlay.labels_on(_key(view, "ab")) == ["0"]
    assert overlay.edge_width(_key_of_edge(view, "ab")) == 0.0
    assert overlay.edge_width(_key_of_edge(view, "loyal")) == MAX_BAND


def test_clear_removes_every_mark_and_undims(qtbot: QtBot) -> None:
    view = _view(qtbot)
    overlay = PathOverlay(view)
    scene = view.journey_scene()
    _show_walk(view, overlay, {"fields": {}, "tags": []}, seed=0)
    assert _mark_items(view)
    overlay.clear()
    assert _mark_items(view) == []
    assert overlay.mode is None and overlay.taken_edges() == {} and overlay.dimmed_nodes() == set()
    assert all(i.opacity() == 1.0 for i in [*scene.node_items.values(), *scene.edge_items.values()])


def test_the_dims_come_back_after_the_zoomed_out_overview(qtbot: QtBot) -> None:
    view = _view(qtbot)
    overlay = PathOverlay(view)
    scene = view.journey_scene()
    _show_walk(view, overlay, {"fields": {}, "tags": []}, seed=0)
    dimmed = next(iter(overlay.dimmed_nodes()))
    view.set_zoom(DETAIL_THRESHOLD / 2)
    assert scene.overview
    view.set_zoom(1.0)
    assert not scene.overview
    assert scene.node_items[dimmed].opacity() == DIM_OPACITY
    taken = next(iter(overlay.taken_edges()))
    assert scene.edge_items[taken].opacity() == 1.0


def test_marks_follow_a_moved_card_and_never_edit_the_journey(qtbot: QtBot) -> None:
    view = _view(qtbot)
    overlay = PathOverlay(view)
    scene = view.journey_scene()
    doc = view.document
    before = doc.to_json()
    _show_walk(view, overlay, {"fields": {"orders_count": 3}, "tags": []}, seed=0)
    assert doc.to_json() == before and doc.undo_stack.count() == 0
    key = _key(view, "loyal")
    edge_key = next(e for e in overlay.taken_edges() if doc.edge_ends(e)[1] == key)
    edge = scene.edge_items[edge_key]
    old = edge.boundingRect()
    doc.move_nodes({key: (1500.0, 900.0)})
    assert edge.boundingRect() != old
    band = next(i for i in edge.childItems())
    assert band.boundingRect() == edge.boundingRect()  # it strokes the edge's new curve
    card = scene.node_items[key]
    pill = next(i for i in card.childItems() if getattr(i, "text", None) == "4")
    assert pill.scenePos().x() > 1500  # it moved with the card
    assert doc.undo_stack.count() == 1  # the move, nothing of the overlay's


def test_edits_that_remove_or_reset_items_leave_no_stale_marks(qtbot: QtBot) -> None:
    view = _view(qtbot)
    overlay = PathOverlay(view)
    doc = view.document
    _show_walk(view, overlay, {"fields": {"orders_count": 3}, "tags": []}, seed=0)
    doc.remove([_key(view, "loyal")])
    assert all(doc.has_edge(e) for e in overlay.taken_edges())
    assert _key(view, "thanks") in overlay.reached_nodes()
    overlay.labels_on(_key(view, "again"))
    doc.undo_stack.undo()
    overlay.clear()
    _show_walk(view, overlay, {"fields": {"orders_count": 3}, "tags": []}, seed=0)
    doc.reset_document(_journey())
    assert overlay.mode is None and _mark_items(view) == []
    overlay.clear()  # nothing to clear: no error
    assert all(i.opacity() == 1.0 for i in view.journey_scene().node_items.values()), (
        "a reset journey is drawn plainly"
    )


def test_a_theme_change_recolours_the_marks(qtbot: QtBot) -> None:
    view = _view(qtbot, "light")
    overlay = PathOverlay(view)
    scene = view.journey_scene()
    _show_walk(view, overlay, {"fields": {"orders_count": 3}, "tags": []}, seed=0)
    taken = scene.edge_items[next(iter(overlay.taken_edges()))]
    at = taken.path().pointAtPercent(0.5)
    light_ink = _pixel(view, at)
    view.setPalette(preset_palette("dark"))
    dark_ink = _pixel(view, at)
    assert _distance(dark_ink, scene.canvas_style.text) < 90
    assert _distance(light_ink, dark_ink) > 200
