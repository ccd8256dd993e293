"""Sync tests: real HTTP on 127.0.0.1, a private config dir, and an in-memory keyring.

No test reaches the user's real keyring or config: the keyring backend is swapped for
:class:`MemoryKeyring` and ``JOURNEY_BUILDER_CONFIG_DIR`` points into ``tmp_path``.
Every test must leave no thread behind (checked here).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest

from journey_builder.sandbox import Sandbox, run_sandbox
from journey_builder.sync import JourneysClient, RetryPolicy
from tests.memory_keyring import MemoryKeyring


class Sleeps(list[float]):
    """A fake ``sleep`` that records how long the client wanted to wait."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.setenv("JOURNEY_BUILDER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("FLOWNALLY_TOKEN", raising=False)
    monkeypatch.delenv("FLOWNALLY_BASE_URL", raising=False)
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        yield memory
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(_private_settings: MemoryKeyring) -> MemoryKeyring:
    return _private_settings


@pytest.fixture(autouse=True)
def _no_leftover_threads() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 5
    while True:
        extra = [t for t in threading.enumerate() if t not in before and t.is_alive()]
        if not extra or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    assert not extra, f"threads left behind: {extra}"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with run_sandbox() as sb:
        yield sb


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def client(sandbox: Sandbox, sleeps: Sleeps) -> Iterator[JourneysClient]:
    with JourneysClient(
        sandbox.base_url,
        sandbox.tokens["full-access"],
        retry=RetryPolicy(sleep=sleeps, jitter=lambda: 1.0),
    ) as c:
        yield c
