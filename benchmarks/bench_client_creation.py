"""Milliseconds to create an API client, before and after sharing one TLS context.

The app makes a client per worker task. Before, each client built its own verified TLS
context (loading the system's certificate store, GIL held throughout); now every client gets
the one built on first use (``journey_builder.sync._http.tls_context``). "before" builds the
httpx client exactly as the API client did, with ``verify=True``; "after" creates the API
client itself. Nothing is sent: creation only.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from journey_builder.sync import JourneysClient
from journey_builder.sync._http import httpx, tls_context

ROUNDS = 40
BASE_URL = "https://api.flownally.com/v1"


def _before() -> None:
    client = httpx.Client(
        timeout=httpx.Timeout(30.0, connect=5.0),
        follow_redirects=False,
        trust_env=True,
        headers={"User-Agent": "bench", "Accept": "application/json"},
    )
    client.close()


def _after() -> None:
    JourneysClient(BASE_URL, "bench-token").close()


def _ms_per_call(make: Callable[[], None]) -> list[float]:
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        make()
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    _before()  # imports and first-use costs out of the way
    started = time.perf_counter()
    tls_context()
    first = (time.perf_counter() - started) * 1000
    print(f"shared TLS context, built once:            {first:6.1f} ms")
    for label, make in (
        ("before (own TLS context per client)", _before),
        ("after (shared)", _after),
    ):
        times = _ms_per_call(make)
        print(
            f"{label:<38} median {statistics.median(times):6.2f} ms  "
            f"mean {statistics.fmean(times):6.2f} ms  per client ({ROUNDS} clients)"
        )


if __name__ == "__main__":
    main()
