"""Preview panel benchmark: what a re-run costs the GUI thread at 1,000 and 5,000 steps.

Run: ``.venv/bin/python benchmarks/bench_preview.py`` (offscreen unless a display is set).
For a generated journey in a real view it prints, in milliseconds (best of 3): one contact's
walk (it runs on a worker from 400 steps, so it is not GUI-thread time there), drawing its path
(first time, then a re-run), a cohort of 1,000 generated contacts (worker, same), drawing the
counts on every card and edge (first time, then a re-run, which updates the marks in place),
and clearing them. Other processes share the CPU: run it more than once.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import Any

SIZES = (1_000, 5_000)


def _best(fn: Callable[[], Any], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def _measure(app: Any, size: int) -> tuple[float, ...]:
    from journey_builder.canvas import JourneyView
    from journey_builder.canvas.path_overlay import PathOverlay
    from journey_builder.document import EditableJourney
    from journey_builder.document.generate import generate_journey
    from journey_builder.simulation import generate_contacts, simulate, simulate_cohort

    doc = EditableJourney(generate_journey(size, seed=1))
    view = JourneyView(doc)
    view.resize(1200, 800)
    view.show()
    view.journey_scene().finish_build()
    app.processEvents()
    overlay = PathOverlay(view)
    document = doc.document
    nodes, edges = doc.node_keys(), doc.edge_keys()
    walk_ms = _best(lambda: simulate(document, {"fields": {}, "tags": []}))
    walk = simulate(document, {"fields": {}, "tags": []})
    steps = [
        (nodes[s.node_index], edges[s.edge_index] if s.edge_index is not None else None)
        for s in walk.steps
    ]
    path_first = _best(lambda: (overlay.clear(), overlay.show_path(steps)), runs=1)
    path_again = _best(lambda: overlay.show_path(steps))
    people = generate_contacts(document, 1000, seed=0)
    cohort_ms = _best(lambda: simulate_cohort(document, people), runs=1)
    cohort = simulate_cohort(document, people)
    node_counts = {k: cohort.node_counts[i] for i, k in enumerate(nodes)}
    edge_counts = {k: cohort.edge_counts[i] for i, k in enumerate(edges)}
    counts_first = _best(
        lambda: (overlay.clear(), overlay.show_counts(node_counts, edge_counts, 1000)), runs=1
    )
    counts_again = _best(lambda: overlay.show_counts(node_counts, edge_counts, 1000))
    clear_ms = _best(overlay.clear, runs=1)
    view.close()
    view.deleteLater()
    app.processEvents()
    return walk_ms, path_first, path_again, cohort_ms, counts_first, counts_again, clear_ms


def main() -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    print(
        f"{'steps':>6} {'walk':>6} {'path':>6} {'path again':>10} {'cohort':>7} "
        f"{'counts':>7} {'counts again':>12} {'clear':>6}"
    )
    for size in SIZES:
        walk, path, path_again, cohort, counts, counts_again, clear = _measure(app, size)
        print(
            f"{size:>6} {walk:>6.0f} {path:>6.0f} {path_again:>10.0f} {cohort:>7.0f} "
            f"{counts:>7.0f} {counts_again:>12.0f} {clear:>6.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
