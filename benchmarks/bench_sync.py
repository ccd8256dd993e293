"""List 10,000 journeys through the client, pages of 100, from an in-process sandbox.

The journeys are put straight into the sandbox's state (not over HTTP). Prints wall time and
requests (without tracing), then peak traced memory (client and server in this process) for
streaming with ``iter_journeys`` and for a materialised list. Target: <= 5 s on 2 cores, and
memory flat while streaming: the peak for 10,000 should match the peak for 1,000.
"""

from __future__ import annotations

import gc
import itertools
import time
import tracemalloc
from collections.abc import Callable

from journey_builder.sandbox import Sandbox, run_sandbox
from journey_builder.sync import JourneysClient

TOTAL = 10_000
PAGE = 100


def _consume(client: JourneysClient, materialise: bool, limit: int) -> int:
    journeys = client.iter_journeys(page_size=PAGE)
    if materialise:
        return len(list(journeys))
    return sum(1 for _ in itertools.islice(journeys, limit))


def _timed(client: JourneysClient, requests: Callable[[], int], materialise: bool) -> None:
    before = requests()
    started = time.perf_counter()
    seen = _consume(client, materialise, TOTAL)
    seconds = time.perf_counter() - started
    label = "materialised" if materialise else "streaming"
    print(f"{label:<13} {seen:>6} journeys  {seconds:5.2f} s  {requests() - before:>4} requests")


def _peak(client: JourneysClient, materialise: bool, limit: int) -> float:
    gc.collect()
    tracemalloc.start()
    seen = _consume(client, materialise, limit)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert seen == limit, seen
    return peak / 1e6


def _seed(sb: Sandbox) -> None:
    started = time.perf_counter()
    for i in range(TOTAL):
        sb.state.create_journey(
            {
                "name": f"Journey {i:05d}",
                "entryMode": "once",
                "triggerConfig": {"type": "contact_created", "conditions": {}},
                "definition": {"nodes": [], "edges": []},
            }
        )
    print(
        f"seeded {TOTAL} journeys into the sandbox state in {time.perf_counter() - started:.2f} s"
    )


def main() -> None:
    with run_sandbox() as sb:
        _seed(sb)
        with JourneysClient(sb.base_url, sb.tokens["read-only"]) as client:
            client.list_journeys(page_size=1)  # open the connection
            requests = lambda: sb.count("GET", "/v1/journeys")  # noqa: E731
            _timed(client, requests, materialise=False)
            _timed(client, requests, materialise=True)
            print("peak traced memory (client and sandbox, this process):")
            print(f"  streaming 1,000      {_peak(client, False, TOTAL // 10):6.2f} MB")
            print(f"  streaming 10,000     {_peak(client, False, TOTAL):6.2f} MB")
            print(f"  materialised 10,000  {_peak(client, True, TOTAL):6.2f} MB")


if __name__ == "__main__":
    main()
