"""Three-way sync benchmark: classify, the per-step view and the merge, 1,000 to 10,000 steps.

Run: ``.venv/bin/python benchmarks/bench_merge.py`` (``--quick`` takes fewer samples). Prints
milliseconds (median of the samples) for:

* ``classify(base, mine, theirs)``: what every push with a base copy costs before any request,
* ``three_way(base, mine, theirs)``: the per-step rows the conflict dialog draws from,
* ``ThreeWay.merge()``: building the merged journey,

with mine and theirs each changing one step in ten (different steps, so the merge succeeds).
Costs grow linearly with the steps: compare the per-1,000-steps column across sizes.
"""

from __future__ import annotations

import argparse
import copy
import statistics
import time
from collections.abc import Callable
from typing import Any

from journey_builder.model import JourneyDocument
from journey_builder.model.merge import three_way
from journey_builder.model.sync_case import classify

_STEPS: list[tuple[str, dict[str, Any]]] = [
    ("send_message", {"channel": "email", "templateId": "tpl_welcome", "subject": "Welcome!"}),
    ("delay", {"amount": 2, "unit": "days"}),
    ("tag", {"action": "add", "tags": ["engaged", "spring"]}),
    ("update_contact", {"field": "stage", "action": "set", "value": "nurture"}),
]


def _journey(nodes: int) -> dict[str, Any]:
    trigger = {"type": "contact_created", "conditions": {}}
    out: list[dict[str, Any]] = [
        {"id": "start", "type": "start", "position": {"x": 0, "y": 0}, "data": {}}
    ]
    edges = []
    for i in range(1, nodes):
        kind, data = _STEPS[i % len(_STEPS)]
        out.append({"id": f"n{i}", "type": kind, "position": {"x": 0, "y": 120 * i}, "data": data})
        edges.append({"id": f"e{i}", "source": out[i - 1]["id"], "target": f"n{i}"})
    return {
        "name": f"{nodes} steps",
        "entryMode": "once",
        "triggerConfig": trigger,
        "definition": {"nodes": out, "edges": edges},
        "id": "jrn_bench",
        "updatedAt": "2026-01-01T00:00:00Z",
    }


def _sides(nodes: int) -> tuple[JourneyDocument, JourneyDocument, JourneyDocument]:
    base = _journey(nodes)
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    for i in range(1, nodes, 10):
        mine["definition"]["nodes"][i]["position"] = {"x": 40, "y": 120 * i}
    for i in range(5, nodes, 10):
        theirs["definition"]["nodes"][i]["data"] = {"label": "changed", "amount": 1}
    theirs["status"] = "published"
    return (
        JourneyDocument.model_validate(base),
        JourneyDocument.model_validate(mine),
        JourneyDocument.model_validate(theirs),
    )


def _median_ms(run: Callable[[], object], samples: int) -> float:
    times = []
    for _ in range(samples):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer samples")
    args = parser.parse_args()
    samples = 3 if args.quick else 7
    print(f"{'steps':>6}  {'what':<10} {'ms':>9}  {'ms/1k steps':>11}")
    for nodes in (1_000, 5_000, 10_000):
        base, mine, theirs = _sides(nodes)
        view = three_way(base, mine, theirs)
        assert view.mergeable
        figures = {
            "classify": _median_ms(lambda b=base, m=mine, t=theirs: classify(b, m, t), samples),
            "three_way": _median_ms(lambda b=base, m=mine, t=theirs: three_way(b, m, t), samples),
            "merge": _median_ms(view.merge, samples),
        }
        for what, ms in figures.items():
            print(f"{nodes:>6}  {what:<10} {ms:>9.1f}  {ms * 1000 / nodes:>11.2f}")


if __name__ == "__main__":
    main()
