"""Autosave: bursts coalesce into one save, no edit waits much longer than the delay."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from journey_builder.errors import LibraryError
from journey_builder.storage.autosave import Autosaver
from journey_builder.storage.library import Library, LibraryEntry


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _text(name: str) -> str:
    return json.dumps({"name": name, "definition": {"nodes": [], "edges": []}}, indent=2) + "\n"


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "library.sqlite3", history_interval=0) as library:
        yield library


def test_burst_is_saved_once_after_the_delay(lib: Library) -> None:
    journey_id = lib.create(_text("v0")).id
    clock = _Clock()
    saver = Autosaver(lib, journey_id, delay=1.0, clock=clock)
    assert saver.seconds_until_due() is None
    for i in range(1, 6):  # (steps that are exact in binary floating point)
        saver.schedule(_text(f"v{i}"))
        clock.now += 0.125
    assert saver.pending
    assert saver.seconds_until_due() == 0.375
    assert saver.poll() is None  # not due yet
    assert lib.get(journey_id).name == "v0"
    clock.now += 0.375
    entry = saver.poll()
    assert entry is not None and entry.name == "v5"
    assert lib.get(journey_id).revision == 2  # five edits, one save
    assert not saver.pending and saver.saves == 1
    assert saver.poll() is None


def test_continuous_edits_are_still_saved_every_delay(lib: Library) -> None:
    """A long drag never postpones the save: the first unsaved edit starts the clock."""
    journey_id = lib.create(_text("v0")).id
    clock = _Clock()
    saved: list[str] = []
    saver = Autosaver(
        lib, journey_id, delay=1.0, clock=clock, on_saved=lambda e: saved.append(e.name)
    )
    for i in range(1, 25):  # an edit every 1/8 s for 3 s, polled as a 1/8 s timer would
        saver.schedule(_text(f"v{i}"))
        clock.now += 0.125
        saver.poll()
    assert saved == ["v8", "v16", "v24"]


def test_flush_saves_now_and_close_flushes(lib: Library) -> None:
    journey_id = lib.create(_text("v0")).id
    saver = Autosaver(lib, journey_id, delay=60.0)
    saver.schedule(_text("v1"))
    flushed = saver.flush()
    assert flushed is not None and flushed.name == "v1"
    assert saver.flush() is None  # nothing pending
    saver.schedule(_text("v2"))
    saver.close()
    assert lib.get(journey_id).name == "v2"


def test_failed_save_keeps_the_edit_and_retries(lib: Library) -> None:
    journey_id = lib.create(_text("v0")).id
    clock = _Clock()
    errors: list[Exception] = []
    saver = Autosaver(lib, journey_id, delay=1.0, clock=clock, on_error=errors.append)
    conn = lib._conn
    assert conn is not None
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full
    big = json.dumps({"name": "big", "definition": {"nodes": [], "edges": []}, "pad": "x" * 50_000})
    saver.schedule(big)
    clock.now += 1.0
    assert saver.poll() is None
    assert len(errors) == 1 and isinstance(errors[0], LibraryError)
    assert "disk is full" in str(saver.last_error)
    assert saver.pending and lib.get(journey_id).name == "v0"
    assert saver.seconds_until_due() == pytest.approx(1.0)  # retried after the delay, no busy loop
    with pytest.raises(LibraryError, match="disk is full"):
        saver.flush()
    conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    clock.now += 1.0
    entry = saver.poll()
    assert entry is not None and entry.name == "big"
    assert saver.last_error is None


def test_newer_edit_during_failed_save_is_not_overwritten(lib: Library) -> None:
    journey_id = lib.create(_text("v0")).id
    saver = Autosaver(lib, journey_id, delay=1.0)
    original = lib.save_document

    def save_and_fail(jid: str, text: str) -> LibraryEntry:
        saver.schedule(_text("newer"))  # the user typed while the disk write failed
        raise LibraryError("Could not save: the disk is full.")

    lib.save_document = save_and_fail  # type: ignore[method-assign,assignment]
    saver.schedule(_text("older"))
    with pytest.raises(LibraryError):
        saver.flush()
    lib.save_document = original  # type: ignore[method-assign]
    entry = saver.flush()
    assert entry is not None and entry.name == "newer"


def test_schedule_takes_text_only(lib: Library) -> None:
    saver = Autosaver(lib, lib.create(_text("v0")).id)
    with pytest.raises(TypeError, match="text"):
        saver.schedule({"name": "x"})  # type: ignore[arg-type]


def test_worker_thread_saves_within_the_delay_and_stops(lib: Library) -> None:
    journey_id = lib.create(_text("v0")).id
    saved = threading.Event()
    names: list[str] = []

    def on_saved(entry: LibraryEntry) -> None:
        names.append(entry.name)
        saved.set()

    saver = Autosaver(lib, journey_id, delay=0.05, on_saved=on_saved)
    saver.start()
    saver.start()  # idempotent
    for i in range(1, 4):
        saver.schedule(_text(f"v{i}"))
    assert saved.wait(timeout=10), "the worker did not save"
    saver.schedule(_text("last"))
    saver.close()
    assert not any(t.name.startswith("autosave-") for t in threading.enumerate())
    assert lib.get(journey_id).name == "last"
    assert names[-1] == "last"
    assert len(names) <= 4
