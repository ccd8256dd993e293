"""When to retry a request and how long to wait (DESIGN §8).

GETs are retried with exponential backoff and jitter on connection errors, timeouts, 429 and
5xx. Any request is retried on 429 after ``Retry-After``, unless the server asks for longer than
``max_retry_after``: then it fails at once and says so (no sleeping for a year). Other methods are re-sent only when
the request surely never left (the connection could not be opened): a POST that may have
reached the server is never sent twice, so a create is never duplicated.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["Cancel", "RetryPolicy", "is_cancelled"]

#: Something the app sets to stop a long operation: an Event, or a callable returning True.
Cancel = threading.Event | Callable[[], bool] | None


def is_cancelled(cancel: Cancel) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


@dataclass(frozen=True)
class RetryPolicy:
    """Retry limits; ``sleep`` and ``jitter`` are injectable so tests run fast and repeatably."""

    max_retries: int = 3
    backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 120.0
    sleep: Callable[[float], None] = time.sleep
    jitter: Callable[[], float] = field(default=random.random)

    def backoff_delay(self, attempt: int) -> float:
        """Seconds before retry ``attempt`` (0-based): exponential, with jitter in [50 %, 100 %]."""
        base = min(self.max_backoff, self.backoff * (2**attempt))
        return float(base * (0.5 + 0.5 * self.jitter()))

    def retry_after_delay(self, retry_after: float | None, attempt: int) -> float:
        """The server's ``Retry-After`` (the client never waits past ``max_retry_after``: it
        fails instead), else the backoff."""
        if retry_after is None:
            return self.backoff_delay(attempt)
        return min(retry_after, self.max_retry_after)

    def wait(self, seconds: float, cancel: Cancel) -> bool:
        """Sleep ``seconds`` unless cancelled; True when cancelled (before or during the wait)."""
        if is_cancelled(cancel):
            return True
        if seconds <= 0:
            return False
        if isinstance(cancel, threading.Event) and self.sleep is time.sleep:
            return cancel.wait(seconds)
        self.sleep(seconds)
        return is_cancelled(cancel)
