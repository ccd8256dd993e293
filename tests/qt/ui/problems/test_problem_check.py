"""The problems panel with a large journey: checked on a worker thread from a snapshot, newest
result shown, stale ones dropped, no thread left behind."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from journey_builder.document import EditableJourney
from journey_builder.document.generate import generate_journey
from journey_builder.model import JourneyDocument
from journey_builder.ui.problems import problem_check
from journey_builder.ui.problems.problem_check import ItemCopies
from journey_builder.ui.problems.problems_panel import BACKGROUND_FROM, ProblemsPanel
from journey_builder.validation import Problem, validate


def _large_doc() -> tuple[EditableJourney, str]:
    """A journey big enough for the worker thread, with one step nothing leads to."""
    doc = EditableJourney(generate_journey(BACKGROUND_FROM + 50, seed=11))
    lonely = doc.add_node("delay", (9000.0, 9000.0))
    return doc, lonely


def _codes(panel: ProblemsPanel) -> list[str]:
    tree = panel.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]  # type: ignore[union-attr]


def _check_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "problems-check"]


class _HeldValidation:
    """Stands in for ``validate`` on the worker: records where it ran and what it found, and
    holds the first check until released (so the test can edit while it runs)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.started = threading.Event()
        self.threads: list[str] = []
        self.found: list[list[str]] = []

    def __call__(self, document: JourneyDocument) -> list[Problem]:
        self.threads.append(threading.current_thread().name)
        self.started.set()
        if len(self.threads) == 1:
            assert self.release.wait(10)
        problems = validate(document)
        self.found.append([p.code for p in problems])
        return problems


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[_HeldValidation]:
    fake = _HeldValidation()
    monkeypatch.setattr(problem_check, "validate", fake)
    yield fake
    fake.release.set()  # never leave the worker waiting


def _panel(qtbot: QtBot) -> ProblemsPanel:
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _recorder(panel: ProblemsPanel) -> list[list[str]]:
    shown: list[list[str]] = []
    panel.problemsChanged.connect(lambda problems: shown.append([p.code for p in problems]))
    return shown


def test_large_journey_is_checked_on_a_worker_thread(qtbot: QtBot, held: _HeldValidation) -> None:
    held.release.set()
    doc, lonely = _large_doc()
    panel = _panel(qtbot)
    panel.set_document(doc)
    assert panel.checking
    qtbot.waitUntil(lambda: not panel.checking, timeout=10_000)
    assert held.threads == ["problems-check"]
    assert "unreachable-node" in _codes(panel)
    unreachable = next(p for p in panel.problems if p.code == "unreachable-node")
    assert doc.node(lonely).id in unreachable.nodeIds
    # an edit is checked again after the pause, on the worker again
    doc.remove([lonely])
    qtbot.waitUntil(lambda: "unreachable-node" not in _codes(panel), timeout=10_000)
    assert held.threads == ["problems-check", "problems-check"]
    qtbot.waitUntil(lambda: not _check_threads(), timeout=5_000)


def test_a_stale_result_is_dropped_and_the_newest_shown(
    qtbot: QtBot, held: _HeldValidation
) -> None:
    doc, lonely = _large_doc()
    panel = _panel(qtbot)
    shown = _recorder(panel)
    panel.set_document(doc)
    qtbot.waitUntil(lambda: panel.checking and held.started.is_set(), timeout=10_000)
    assert _codes(panel) == [] and panel.empty.text() == "Checking…"
    doc.remove([lonely])  # while the first check runs
    panel.check_now()  # waits for the running one
    held.release.set()
    qtbot.waitUntil(lambda: not panel.checking, timeout=10_000)
    # the first check saw the journey as it was when asked (the snapshot), not the edit ...
    assert len(held.found) == 2
    assert "unreachable-node" in held.found[0]
    assert "unreachable-node" not in held.found[1]
    # ... and was never shown: only the newest result was
    assert shown == [held.found[1]]
    assert _codes(panel) == held.found[1]
    qtbot.waitUntil(lambda: not _check_threads(), timeout=5_000)


def test_switching_journeys_drops_the_other_journeys_result(
    qtbot: QtBot, held: _HeldValidation
) -> None:
    doc, _lonely = _large_doc()
    small = EditableJourney(generate_journey(5, seed=1))
    panel = _panel(qtbot)
    shown = _recorder(panel)
    panel.set_document(doc)
    qtbot.waitUntil(lambda: held.started.is_set(), timeout=10_000)
    panel.set_document(small)  # small: checked at once, on the GUI thread
    assert shown == [[p.code for p in validate(small.document)]]
    held.release.set()
    qtbot.waitUntil(lambda: not panel.checking, timeout=10_000)
    assert len(shown) == 1  # the large journey's late result did not replace it
    qtbot.waitUntil(lambda: not _check_threads(), timeout=5_000)


def test_shutdown_waits_for_the_check_and_shows_nothing_after(
    qtbot: QtBot, held: _HeldValidation
) -> None:
    doc, _lonely = _large_doc()
    panel = _panel(qtbot)
    shown = _recorder(panel)
    panel.set_document(doc)
    qtbot.waitUntil(lambda: held.started.is_set(), timeout=10_000)
    releaser = threading.Timer(0.2, held.release.set)
    releaser.start()
    panel.shutdown()  # returns once the running check has ended
    assert not _check_threads()
    releaser.join()
    assert len(held.found) == 1
    qtbot.wait(50)
    assert shown == [] and not panel.checking


def _edits(doc: EditableJourney) -> list[Callable[[], Any]]:
    keys = doc.node_keys()
    step = keys[3]  # edited again and again: each snapshot must keep its own copy
    return [
        lambda: doc.move_nodes({step: (123.0, 456.0)}),
        lambda: doc.set_node_data(step, {**doc.node(step).data, "label": "Changed"}),
        lambda: doc.move_nodes({step: (7.0, 8.0)}),
        lambda: doc.set_node_id(step, "renamed"),  # rewires its edges
        lambda: doc.set_node_data(step, {**doc.node(step).data, "label": "Again"}),
        lambda: doc.remove([keys[6]]),
        lambda: doc.connect(doc.add_node("tag", (1.0, 2.0)), None, keys[7]),
        lambda: doc.set_journey_fields(name="Another name"),
    ]


def test_snapshots_do_not_change_with_later_edits(qtbot: QtBot) -> None:
    doc = EditableJourney(generate_journey(30, seed=3))
    copies = ItemCopies.for_document(doc)
    assert ItemCopies.for_document(doc) is copies  # one per journey
    assert copies.fill(10.0)
    for edit in _edits(doc):
        before = copies.snapshot()
        frozen = before.to_json()
        assert frozen == doc.to_json()
        edit()
        assert before.to_json() == frozen  # the edit did not reach the snapshot
        assert copies.snapshot().to_json() == doc.to_json()  # the next one has it
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert copies.snapshot().to_json() == doc.to_json()


def test_closing_the_panel_mid_check_leaves_no_thread(qtbot: QtBot, held: _HeldValidation) -> None:
    doc, _lonely = _large_doc()
    panel = ProblemsPanel()  # deleted by the test itself, like a closing window deletes it
    panel.set_document(doc)
    qtbot.waitUntil(lambda: held.started.is_set(), timeout=10_000)
    releaser = threading.Timer(0.2, held.release.set)
    releaser.start()
    shiboken6.delete(panel)  # waits for the running check
    assert not _check_threads()
    releaser.join()
    assert len(held.found) == 1
    qtbot.wait(50)  # its late result, if any had been sent, would land on nothing
