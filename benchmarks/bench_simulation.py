"""Simulation benchmark: one sample contact, and cohorts of 1,000 and 10,000 contacts.

Run: ``.venv/bin/python benchmarks/bench_simulation.py``. Prints milliseconds (best of a few
runs) for:

- one contact through the post-purchase template (what the Preview panel pays per refresh),
  with and without an event script;
- cohorts of generated contacts (``generate_contacts``) through two generated 100-step journeys:
  the branching one of ``document.generate`` (paths of a dozen steps or so) and a long one in
  which every contact walks about 100 steps (conditions, splits, tags, waits in a chain), the
  worst case for the target: 10,000 contacts through a 100-step journey in at most 2 s. Each
  cohort runs twice: with the events generated for each contact (answers, awaited events,
  failed requests: in the long chain about 8 a contact) and the same contacts without them.

Other processes share the CPU: run it more than once before believing a "missed".
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

from journey_builder.document.generate import generate_journey
from journey_builder.model import JourneyDocument
from journey_builder.resources import resource_path
from journey_builder.simulation import generate_contacts, simulate, simulate_cohort
from journey_builder.storage.files import load_journey

TARGET_SECONDS = 2.0


def best_ms(work: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times) * 1000


def long_journey(steps: int = 100) -> JourneyDocument:
    """A chain of ``steps`` steps that every contact walks to the end: each condition, split,
    wait and request has both outputs joining the next step, so no branch cuts a path short."""
    kinds = ("send_message", "condition", "tag", "delay", "random_split", "update_contact")
    kinds += ("wait_for_event", "http_request")
    nodes: list[dict[str, Any]] = [
        {
            "id": "start",
            "type": "start",
            "data": {
                "triggerConfig": {"type": "contact_created", "conditions": {}},
                "entryMode": "once",
            },
        }
    ]
    edges: list[dict[str, Any]] = []
    outputs: list[str | None] = [None]
    for i in range(1, steps - 1):
        kind = kinds[i % len(kinds)]
        node_id = f"{kind}_{i}"
        for handle in outputs:
            edge: dict[str, Any] = {
                "id": f"e{len(edges)}",
                "source": nodes[-1]["id"],
                "target": node_id,
            }
            if handle is not None:
                edge["sourceHandle"] = handle
            edges.append(edge)
        data: dict[str, Any]
        if kind == "send_message":
            data, outputs = {"channel": "email", "templateId": f"tpl_{i}"}, [None]
        elif kind == "condition":
            rule = {
                "field": ("plan", "score", "country")[i % 3],
                "operator": "equals",
                "value": "pro",
            }
            data, outputs = {"match": "all", "rules": [rule]}, ["yes", "no"]
        elif kind == "tag":
            data, outputs = {"action": "add", "tags": [f"seg-{i % 7}"]}, [None]
        elif kind == "delay":
            data, outputs = {"amount": 1, "unit": "hours"}, [None]
        elif kind == "random_split":
            branches = [
                {"id": "a", "label": "A", "percent": 30},
                {"id": "b", "label": "B", "percent": 70},
            ]
            data, outputs = {"branches": branches}, ["a", "b"]
        elif kind == "update_contact":
            data, outputs = {"field": "score", "action": "increment", "value": 1}, [None]
        elif kind == "wait_for_event":
            data = {
                "event": "custom",
                "eventName": "clicked",
                "timeout": {"amount": 2, "unit": "hours"},
            }
            outputs = ["event", "timeout"]
        else:
            data, outputs = (
                {"method": "POST", "url": "https://hooks.example.com/x"},
                ["success", "failure"],
            )
        nodes.append({"id": node_id, "type": kind, "data": data})
    nodes.append({"id": "exit", "type": "exit", "data": {"reason": "Done"}})
    for handle in outputs:
        edge = {"id": f"e{len(edges)}", "source": nodes[-2]["id"], "target": "exit"}
        if handle is not None:
            edge["sourceHandle"] = handle
        edges.append(edge)
    return JourneyDocument.model_validate(
        {
            "name": "Long chain (100 steps)",
            "entryMode": "once",
            "triggerConfig": {"type": "contact_created", "conditions": {}},
            "definition": {"nodes": nodes, "edges": edges},
        }
    )


def main() -> int:
    template = load_journey(resource_path("templates/post-purchase-follow-up.journey.json"))
    contact = {"fields": {"first_name": "Ana", "orders_count": 1}, "tags": []}
    events = [
        {"at": "2d", "event": "custom", "eventName": "upgraded"},
        {"at": "3d", "event": "tag_added", "tag": "vip"},
    ]
    print("Simulation benchmark (best of several runs)")
    print()
    one = best_ms(lambda: simulate(template, contact, seed=1), 200)
    scripted = best_ms(lambda: simulate(template, contact, events, seed=1), 200)
    print(f"one contact, post-purchase template ({len(template.nodes)} steps): {one:.2f} ms")
    print(f"  with a 2-event script:                           {scripted:.2f} ms")
    print()
    journeys = {
        "branching (document.generate, 100 steps)": generate_journey(100, seed=7),
        "long chain (every contact walks 100 steps)": long_journey(100),
    }
    verdicts = []
    print(
        f"{'journey':44}  {'events':>6}  {'contacts':>8}  {'ms':>8}  {'µs/contact':>10}"
        f"  {'steps/contact':>13}  {'events/contact':>14}"
    )
    for name, journey in journeys.items():
        for count in (1_000, 10_000):
            generated = generate_contacts(journey, count, seed=1)
            bare = [{"fields": p["fields"], "tags": p["tags"]} for p in generated]
            for label, people in (("yes", generated), ("no", bare)):
                result = simulate_cohort(journey, people, seed=1)
                reached = sum(result.node_counts)
                events = sum(len(p.get("events", ())) for p in people)
                ms = best_ms(lambda j=journey, p=people: simulate_cohort(j, p, seed=1), 3)
                print(
                    f"{name:44}  {label:>6}  {count:>8,}  {ms:>8.0f}  {ms * 1000 / count:>10.1f}"
                    f"  {reached / count:>13.1f}  {events / count:>14.1f}"
                )
                if count == 10_000:
                    verdicts.append((f"{name}, events {label}", ms / 1000))
        made = best_ms(lambda j=journey: generate_contacts(j, 10_000, seed=1), 1)
        print(f"{'':44}  generate_contacts(10,000): {made:.0f} ms")
    print()
    print("(steps/contact counts each step once per contact: the distinct steps a path reaches)")
    for name, seconds in verdicts:
        met = "met" if seconds <= TARGET_SECONDS else "missed"
        print(f"10,000 contacts, {name}: {seconds:.2f} s; target ≤ {TARGET_SECONDS:g} s: {met}")
    print(f"Python {sys.version.split()[0]}; one process, one core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
