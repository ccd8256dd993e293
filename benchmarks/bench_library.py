"""Library benchmark: save 1,000- and 10,000-node journeys, list and search 1,000 entries, open.

Run: ``.venv/bin/python benchmarks/bench_library.py`` (``--quick`` takes fewer samples). Prints
milliseconds (median of the samples) for:

* a save as the autosaver does it (file-form text in: checked, then one transaction with fsync),
* a save of a document object (serialise with ``document_to_text``, then the same),
* loading the document back,
* the same text saved with ``synchronous=NORMAL``, to show what the FULL setting costs,
* listing, searching and finding among 1,000 entries, and opening that library.

Everything runs in a temporary folder that is removed at the end.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from journey_builder.storage.files import document_from_object, document_to_text
from journey_builder.storage.library import Library

_STEPS: list[tuple[str, dict[str, Any]]] = [
    ("send_message", {"channel": "email", "templateId": "tpl_welcome", "subject": "Welcome!"}),
    ("delay", {"amount": 2, "unit": "days"}),
    ("tag", {"action": "add", "tags": ["engaged", "spring"]}),
    ("update_contact", {"field": "stage", "action": "set", "value": "nurture"}),
    ("send_message", {"channel": "sms", "text": "Your code is ready: see the app for details."}),
]


def journey(nodes: int) -> dict[str, Any]:
    """A chain of ``nodes`` realistic steps, with positions, as the editor would save it."""
    trigger = {"type": "contact_created", "conditions": {}}
    out_nodes: list[dict[str, Any]] = [
        {
            "id": "start",
            "type": "start",
            "position": {"x": 0, "y": 0},
            "data": {"triggerConfig": trigger, "entryMode": "once"},
        }
    ]
    edges: list[dict[str, Any]] = []
    for i in range(1, nodes):
        kind, data = _STEPS[i % len(_STEPS)]
        out_nodes.append(
            {"id": f"n{i}", "type": kind, "position": {"x": 0, "y": 120 * i}, "data": dict(data)}
        )
        edges.append({"id": f"e{i}", "source": out_nodes[i - 1]["id"], "target": f"n{i}"})
    return {
        "name": f"Journey of {nodes} steps",
        "entryMode": "once",
        "triggerConfig": trigger,
        "definition": {"nodes": out_nodes, "edges": edges},
    }


def median_ms(action: Callable[[int], object], samples: int) -> float:
    times = []
    for i in range(samples):
        start = time.perf_counter()
        action(i)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench_saves(folder: Path, nodes: int, samples: int) -> list[tuple[str, float]]:
    obj = journey(nodes)
    doc = document_from_object(obj)
    texts = []
    for i in range(samples + 1):  # each save differs, as edits do
        obj["name"] = f"Journey of {nodes} steps, edit {i}"
        texts.append(json.dumps(obj, indent=2, ensure_ascii=False) + "\n")
    rows = []
    with Library(folder / f"save-{nodes}.sqlite3", history_interval=3600) as library:
        journey_id = library.create(texts[0]).id
        size_kb = len(texts[0].encode()) / 1024
        rows.append(
            (
                f"save {nodes:,} nodes from text ({size_kb:,.0f} KB)",
                median_ms(lambda i: library.save_document(journey_id, texts[i + 1]), samples),
            )
        )

        def save_doc(i: int) -> None:
            doc.name = f"object edit {i}"
            library.save_document(journey_id, doc)

        rows.append((f"save {nodes:,} nodes from a document", median_ms(save_doc, samples)))
        rows.append(
            (f"load {nodes:,} nodes", median_ms(lambda i: library.load(journey_id), samples))
        )
        # For comparison only: what the durable setting costs (the library uses FULL).
        conn = library._conn
        assert conn is not None
        conn.execute("PRAGMA synchronous = NORMAL")
        rows.append(
            (
                f"save {nodes:,} nodes from text, synchronous=NORMAL",
                median_ms(lambda i: library.save_document(journey_id, texts[samples - i]), samples),
            )
        )
    return rows


def bench_many(folder: Path, entries: int, samples: int) -> list[tuple[str, float]]:
    path = folder / "many.sqlite3"
    texts = [
        document_to_text(document_from_object({**journey(20), "name": f"Campaign {i:04d}"}))
        for i in range(entries)
    ]
    start = time.perf_counter()
    with Library(path) as library:
        for text in texts:
            library.create(text)
    create_ms = (time.perf_counter() - start) * 1000 / entries
    rows = [(f"create one entry (of {entries:,}, 20 nodes each)", create_ms)]
    with Library(path) as library:
        rows.append((f"list {entries:,} entries", median_ms(lambda i: library.list(), samples)))
        rows.append(
            (
                f"list {entries:,} entries sorted by name",
                median_ms(lambda i: library.list(sort="name"), samples),
            )
        )
        rows.append(
            (
                f"search {entries:,} entries",
                median_ms(lambda i: library.list(search="campaign 05"), samples),
            )
        )
        rows.append(
            (
                f"find by name among {entries:,}",
                median_ms(lambda i: library.find(f"Campaign {i:04d}"), samples),
            )
        )

    def open_close(i: int) -> None:
        Library(path).close()

    rows.append((f"open the library of {entries:,} entries", median_ms(open_close, samples)))
    size_mb = path.stat().st_size / 1e6
    rows.append((f"library file size with {entries:,} entries (MB, not ms)", size_mb))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer samples")
    args = parser.parse_args(argv)
    samples = 5 if args.quick else 15
    with tempfile.TemporaryDirectory(prefix="bench-library-") as tmp:
        folder = Path(tmp)
        rows = bench_saves(folder, 1_000, samples)
        rows += bench_saves(folder, 10_000, max(3, samples // 3))
        rows += bench_many(folder, 1_000, samples)
    width = max(len(label) for label, _ in rows)
    print(f"Journey Builder library benchmark (Python {sys.version.split()[0]})")
    print(f"{'what':<{width}}  {'ms':>9}")
    for label, value in rows:
        print(f"{label:<{width}}  {value:>9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
