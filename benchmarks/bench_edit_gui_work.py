"""GUI-thread work after one edit of a large journey: the minimap redraw, a zoomed-out frame and
the problems panel's check, at 5,000 and 10,000 steps.

Run: ``.venv/bin/python benchmarks/bench_edit_gui_work.py`` (offscreen; ``--sizes 5000``).
Each figure is the median of 7 edits (a move of one card), in milliseconds:

- minimap redraw: drawing the minimap after the edit (the overview picture gathers only what
  the edit touched); "full gather" is the same redraw when every card and edge is gathered
  again, as every redraw did before;
- zoomed-out frame: one repaint of the canvas zoomed to fit (the overview picture) after the
  edit, and the same with a full gather;
- problems check: what ``check_now`` costs the GUI thread (a snapshot of the journey handed to
  the worker thread), and, for comparison, ``validate`` of the live journey on the GUI thread
  (as the panel did before); "result" is how long until the result is shown.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from journey_builder.document import EditableJourney
from journey_builder.document.generate import generate_journey
from journey_builder.ui.editor.editor_tab import EditorTab
from journey_builder.ui.problems.problems_panel import ProblemsPanel
from journey_builder.validation import validate


def _ms(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):6.1f}"


def _measure(app: QApplication, size: int) -> None:
    doc = EditableJourney(generate_journey(size, seed=7))
    tab = EditorTab(doc)
    tab.resize(1600, 1000)
    tab.show()
    tab.minimap.show()
    for _ in range(20):
        app.processEvents()
    view, minimap = tab.view, tab.minimap
    scene = view.journey_scene()
    view.fit()
    app.processEvents()
    panel = ProblemsPanel()
    panel.set_document(doc)
    while panel.checking:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    keys = doc.node_keys()
    position = doc.node(keys[100]).position
    x0, y0 = (float(position.x), float(position.y)) if position is not None else (0.0, 0.0)
    figures: dict[str, list[float]] = {}

    def record(name: str, value: float) -> None:
        figures.setdefault(name, []).append(value)

    for i in range(7):
        doc.move_nodes({keys[100]: (x0 + 10 * (i + 1), y0)})
        record("minimap redraw", _ms(minimap._render))
        scene._touch()  # everything gathered again: what each redraw cost before
        record("minimap redraw, full gather", _ms(minimap._render))
        doc.move_nodes({keys[100]: (x0 + 10 * (i + 1), y0 + 5)})
        record("zoomed-out frame", _ms(view.viewport().grab))
        scene._touch()
        record("zoomed-out frame, full gather", _ms(view.viewport().grab))
        doc.move_nodes({keys[100]: (x0, y0 + 10 * (i + 1))})
        started = time.perf_counter()
        record("problems check (GUI thread)", _ms(panel.check_now))
        while panel.checking:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
        record("problems check, result shown", (time.perf_counter() - started) * 1000)
        record("validate on the GUI thread (before)", _ms(lambda: validate(doc.document)))
    print(f"{size:,} steps (zoom to fit {view.zoom():.0%}, overview {scene.overview}):")
    for name, values in figures.items():
        print(f"  {name:<40} {_median(values)} ms (max {max(values):6.1f})")
    panel.shutdown()
    tab.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5000,10000", help="comma-separated step counts")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    for size in (int(s) for s in args.sizes.split(",")):
        _measure(app, size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
