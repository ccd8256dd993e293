"""Faults the sandbox can inject, to see how a client copes (tests, demos).

Two ways: one-shot faults queued in-process (``faults.add("status", status=503)``), each
consumed by the next matching request; and rates (``error_rate=0.1``) for the command line.
Kinds: ``latency`` (wait, then answer), ``status`` (an error status, 5xx by default),
``rate_limit`` (429 with ``Retry-After``), ``malformed`` (200 with broken JSON), ``drop``
(close the connection without answering).
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field

__all__ = ["FAULT_KINDS", "Fault", "Faults"]

FAULT_KINDS = ("latency", "status", "rate_limit", "malformed", "drop")


@dataclass(frozen=True)
class Fault:
    """One injected misbehaviour; ``method``/``path`` limit which requests it hits."""

    kind: str
    status: int = 503
    retry_after: str | None = "1"
    seconds: float = 0.0
    method: str | None = None
    path_prefix: str | None = None
    after_processing: bool = False  # do the work first, then misbehave (a lost answer)

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method != method:
            return False
        return self.path_prefix is None or path.startswith(self.path_prefix)


@dataclass
class Faults:
    """The sandbox's fault settings; safe to change while it serves."""

    latency: float = 0.0
    error_rate: float = 0.0
    rate_limit_rate: float = 0.0
    malformed_rate: float = 0.0
    drop_rate: float = 0.0
    seed: int | None = None
    _queue: list[Fault] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def add(self, kind: str, *, count: int = 1, **options: object) -> None:
        """Queue ``count`` one-shot faults of ``kind`` (see :class:`Fault` for options)."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {FAULT_KINDS}")
        fault = Fault(kind, **options)  # type: ignore[arg-type]
        with self._lock:
            self._queue.extend([fault] * count)

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
            self.latency = self.error_rate = self.rate_limit_rate = 0.0
            self.malformed_rate = self.drop_rate = 0.0

    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    def take(self, method: str, path: str) -> list[Fault]:
        """The faults for this request: queued ones first, then any drawn from the rates."""
        with self._lock:
            out: list[Fault] = []
            if self.latency > 0:
                out.append(Fault("latency", seconds=self.latency))
            for index, fault in enumerate(self._queue):
                if fault.matches(method, path):
                    del self._queue[index]
                    out.append(fault)
                    if fault.kind != "latency":
                        return out
                    break
            for kind, rate in (
                ("drop", self.drop_rate),
                ("status", self.error_rate),
                ("rate_limit", self.rate_limit_rate),
                ("malformed", self.malformed_rate),
            ):
                if rate > 0 and self._rng.random() < rate:
                    out.append(Fault(kind, status=503 if kind == "status" else 429))
                    break
            return out
