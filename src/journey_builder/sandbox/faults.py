"""Faults the sandbox can inject, to see how a client copes (tests, demos).

Three ways: one-shot faults queued in-process (``faults.add("status", status=503)``), each
consumed by the next matching request; rates (``error_rate=0.1``) for the command line; and a
``mode`` that every request meets (``journey-builder sandbox --fault trickle``).
Kinds: ``latency`` (wait, then answer), ``status`` (an error status, 5xx by default),
``rate_limit`` (429 with ``Retry-After``), ``malformed`` (200 with broken JSON), ``drop``
(close the connection without answering), and the hostile ones of
:mod:`journey_builder.sandbox.hostile` (``HOSTILE_KINDS``: not JSON, wrong types, an error
under a 200, endless pages, a 50 MB page, a trickle, a reset mid-body, redirects, a
Retry-After of a year).
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field

__all__ = ["FAULT_KINDS", "HOSTILE_KINDS", "PAYLOAD_KINDS", "Fault", "Faults", "fault_kind"]

#: Answers a hostile or broken server gives; the command line spells them with hyphens.
HOSTILE_KINDS = (
    "not_json",
    "wrong_types",
    "error_200",
    "endless_pages",
    "huge_page",
    "trickle",
    "reset_mid_body",
    "redirect_http",
    "redirect_other_host",
    "retry_after_year",
)
FAULT_KINDS = ("latency", "status", "rate_limit", "malformed", "drop", *HOSTILE_KINDS)
#: Kinds that misbehave with the real answer, so the request is processed first.
PAYLOAD_KINDS = frozenset({"wrong_types", "endless_pages", "trickle", "reset_mid_body"})


def fault_kind(name: str) -> str:
    """``name`` as a kind (``not-json`` -> ``not_json``), or ValueError listing the kinds."""
    kind = name.strip().lower().replace("-", "_")
    if kind not in FAULT_KINDS:
        spelled = ", ".join(k.replace("_", "-") for k in FAULT_KINDS)
        raise ValueError(f"unknown fault kind {name!r}; expected one of {spelled}")
    return kind


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
    location: str | None = None  # redirect_other_host: where to (default: a host that is not)
    field: str | None = None  # wrong_types: one dotted path (``journeys.0.name``), else all
    size: int = 50 * 1024 * 1024  # huge_page: bytes sent
    chunked: bool = True  # huge_page: no Content-Length, so only reading tells the size

    @property
    def processes_first(self) -> bool:
        return self.after_processing or self.kind in PAYLOAD_KINDS

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
    mode: Fault | None = None  # met by every request no queued fault claims
    _queue: list[Fault] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def add(self, kind: str, *, count: int = 1, **options: object) -> None:
        """Queue ``count`` one-shot faults of ``kind`` (see :class:`Fault` for options)."""
        fault = Fault(fault_kind(kind), **options)  # type: ignore[arg-type]
        with self._lock:
            self._queue.extend([fault] * count)

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
            self.latency = self.error_rate = self.rate_limit_rate = 0.0
            self.malformed_rate = self.drop_rate = 0.0
            self.mode = None

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
            if self.mode is not None and self.mode.matches(method, path):
                out.append(self.mode)
                return out
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
