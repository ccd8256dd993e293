"""Core benchmark: load (from text), validate and save journeys of 1,000 to 100,000 steps.

Run: ``.venv/bin/python benchmarks/bench_core.py`` (``--quick`` skips 100,000). Prints a table
of milliseconds (best of a few runs; a load includes freeing the document it replaces) and
peak memory per size, the load+validate sum the targets are about, the 35-step skip-ahead graph
(millions of simple paths, which the validator must never enumerate), and the targets. Other
processes share the CPU: compare with the machine-speed line and run it more than once.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from journey_builder.model import JourneyDocument
from journey_builder.storage.files import document_to_text, parse_journey_text, save_journey
from journey_builder.validation import validate

SIZES = (1_000, 10_000, 100_000)
TARGETS = {
    1_000: "-",
    10_000: "load+validate <= 150 ms, validate <= 50 ms",
    100_000: "load+validate <= 2 s",
}


class _Builder:
    """Grows a realistic journey block by block: every open output joins the next block."""

    def __init__(self) -> None:
        self.nodes: list[dict[str, Any]] = []
        self.edges: list[dict[str, Any]] = []
        self.pending: list[tuple[str, str | None]] = []
        self.column = 0

    def node(self, kind: str, data: dict[str, Any], row: int = 0) -> str:
        node_id = f"n{len(self.nodes)}"
        self.nodes.append(
            {
                "id": node_id,
                "type": kind,
                "position": {"x": self.column * 280, "y": row * 160},
                "data": data,
            }
        )
        return node_id

    def edge(self, source: str, target: str, handle: str | None = None) -> None:
        edge: dict[str, Any] = {"id": f"e{len(self.edges)}", "source": source, "target": target}
        if handle is not None:
            edge["sourceHandle"] = handle
        self.edges.append(edge)

    def enter(self, node_id: str) -> None:
        for source, handle in self.pending:
            self.edge(source, node_id, handle)
        self.pending = []
        self.column += 1


def _message(b: _Builder, i: int) -> None:
    node = b.node(
        "send_message",
        {"label": f"Message {i}", "channel": "email", "templateId": f"tpl_{i}", "subject": "Hi"},
    )
    b.enter(node)
    b.pending = [(node, None)]


def _condition(b: _Builder, i: int) -> None:
    cond = b.node(
        "condition",
        {"match": "all", "rules": [{"field": "orders", "operator": "greater_than", "value": 1}]},
    )
    b.enter(cond)
    yes = b.node("tag", {"action": "add", "tags": [f"loyal-{i}"]}, row=-1)
    no = b.node("update_contact", {"field": "score", "action": "increment", "value": 1}, row=1)
    b.edge(cond, yes, "yes")
    b.edge(cond, no, "no")
    b.column += 1
    b.pending = [(yes, None), (no, None)]


def _split(b: _Builder, i: int) -> None:
    split = b.node(
        "random_split",
        {
            "branches": [
                {"id": "a", "label": "A", "percent": 60},
                {"id": "b", "label": "B", "percent": 40},
            ]
        },
    )
    b.enter(split)
    sms = b.node("send_message", {"channel": "sms", "text": f"Offer {i}"}, row=-1)
    mail = b.node("send_message", {"channel": "email", "templateId": f"offer_{i}"}, row=1)
    b.edge(split, sms, "a")
    b.edge(split, mail, "b")
    b.column += 1
    b.pending = [(sms, None), (mail, None)]


def _wait_loop(b: _Builder, i: int) -> None:
    """A loop through a delay: no reply yet -> wait a day -> wait for the reply again."""
    wait = b.node(
        "wait_for_event",
        {"event": "message_received", "timeout": {"amount": 2, "unit": "days"}},
    )
    b.enter(wait)
    delay = b.node("delay", {"amount": 1, "unit": "days"}, row=1)
    b.edge(wait, delay, "timeout")
    b.edge(delay, wait)
    b.column += 1
    b.pending = [(wait, "event")]


def _jump_back(b: _Builder, i: int) -> None:
    """A condition whose "no" path jumps back to the last delay (a loop through a jump)."""
    target = next(n["id"] for n in reversed(b.nodes) if n["type"] == "delay")
    cond = b.node("condition", {"match": "any", "rules": [{"field": "vip", "operator": "is_set"}]})
    b.enter(cond)
    jump = b.node("jump_to", {"targetNodeId": target, "maxJumps": 3}, row=1)
    b.edge(cond, jump, "no")
    b.column += 1
    b.pending = [(cond, "yes")]


_BLOCKS: tuple[Callable[[_Builder, int], None], ...] = (
    _message,
    _condition,
    _wait_loop,
    _split,
    _jump_back,
    _message,
)


def make_journey(size: int) -> dict[str, Any]:
    """A correct journey file of about ``size`` steps (branches, splits, loops via delays)."""
    b = _Builder()
    start = b.node(
        "start",
        {"triggerConfig": {"type": "contact_created", "conditions": {}}, "entryMode": "once"},
    )
    b.column += 1
    b.pending = [(start, None)]
    i = 0
    while len(b.nodes) < size - 1:
        _BLOCKS[i % len(_BLOCKS)](b, i)
        i += 1
    b.enter(b.node("exit", {"reason": "done"}))
    return {
        "name": f"Benchmark {size}",
        "entryMode": "once",
        "triggerConfig": {"type": "contact_created", "conditions": {}},
        "definition": {"nodes": b.nodes, "edges": b.edges},
    }


def skip_ahead(size: int = 35) -> JourneyDocument:
    """Conditions whose yes goes to the next step and no skips one, and a way back to the
    start: a graph with millions of simple cycles, which the validator must never list."""
    rule = {"field": "score", "operator": "greater_than", "value": 5}
    nodes: list[dict[str, Any]] = [
        {
            "id": "n0",
            "type": "start",
            "data": {
                "triggerConfig": {"type": "contact_created", "conditions": {}},
                "entryMode": "once",
            },
        }
    ]
    nodes += [
        {"id": f"n{i}", "type": "condition", "data": {"match": "all", "rules": [rule]}}
        for i in range(1, size)
    ]
    edges: list[dict[str, Any]] = [{"id": "e0", "source": "n0", "target": "n1"}]
    for i in range(1, size):
        for handle, step in (("yes", 1), ("no", 2)):
            target = (i + step) % size
            if target > i or (handle == "yes" and target == 0):
                edges.append(
                    {
                        "id": f"e{len(edges)}",
                        "source": f"n{i}",
                        "target": f"n{target}",
                        "sourceHandle": handle,
                    }
                )
    return JourneyDocument.model_validate(
        {"name": "Skip ahead", "definition": {"nodes": nodes, "edges": edges}}
    )


def _best_ms(func: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        began = time.perf_counter()
        func()
        times.append((time.perf_counter() - began) * 1000)
    return min(times)


def _peak_mib(func: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        func()
        return tracemalloc.get_traced_memory()[1] / (1024 * 1024)
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 100,000-step journey")
    args = parser.parse_args(argv)
    sizes = SIZES[:2] if args.quick else SIZES
    reference = _best_ms(lambda: sum(range(1_000_000)), 5)
    print(
        f"Python {sys.version.split()[0]}; best of 5 runs (3 at 100,000); ms unless noted; "
        f"machine speed: sum(range(10**6)) takes {reference:.1f} ms"
    )
    header = (
        f"{'steps':>8} {'edges':>8} {'MB':>6} {'load':>8} {'validate':>9} {'load+val':>9} "
        f"{'save':>8} {'total':>8} {'peak MiB':>9} {'problems':>9}  target"
    )
    print(header)
    print("-" * len(header))
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "bench.journey.json"
        for size in sizes:
            text = json.dumps(make_journey(size), indent=2)
            repeat = 3 if size >= 100_000 else 5
            doc = parse_journey_text(text)
            problems = validate(doc)
            load = _best_ms(lambda t=text: parse_journey_text(t), repeat)
            check = _best_ms(lambda d=doc: validate(d), repeat)
            save = _best_ms(lambda d=doc: save_journey(d, out), repeat)
            if document_to_text(doc) != out.read_text(encoding="utf-8"):
                print("save wrote something else than document_to_text", file=sys.stderr)
                failed = True
            peak = _peak_mib(lambda t=text: save_journey(validate_and_return(t), out))
            errors = sum(p.is_error for p in problems)
            print(
                f"{size:>8,} {len(doc.edges):>8,} {len(text) / 1e6:>6.1f} {load:>8.1f} "
                f"{check:>9.1f} {load + check:>9.1f} {save:>8.1f} {load + check + save:>8.1f} "
                f"{peak:>9.1f} {len(problems):>9}  {TARGETS[size]}"
            )
            if errors:
                failed = True
                print(f"  unexpected errors: {[p.code for p in problems if p.is_error][:5]}")
            if size == 10_000 and (load + check > 150 or check > 50):
                failed = True
            if size == 100_000 and load + check > 2000:
                failed = True
    doc = skip_ahead()
    times = [_best_ms(lambda: validate(doc), 1) for _ in range(20)]
    codes = sorted({p.code for p in validate(doc)})
    print(
        f"\nskip-ahead graph (35 steps, {len(doc.edges)} edges): validate "
        f"{min(times):.2f} ms best, {statistics.median(times):.2f} ms median "
        f"(target < 10 ms); problems found: {', '.join(codes)}"
    )
    if statistics.median(times) >= 10:
        failed = True
    print("\nall targets met" if not failed else "\nSOME TARGETS MISSED")
    return 1 if failed else 0


def validate_and_return(text: str) -> JourneyDocument:
    """Load and validate, for the memory figure of the whole round trip."""
    doc = parse_journey_text(text)
    validate(doc)
    return doc


if __name__ == "__main__":
    sys.exit(main())
