"""Killing the process in the middle of a burst of saves never corrupts the library.

A child process saves a growing journey in a loop and prints each revision it committed; the
test kills it with SIGKILL while it is busy, then checks what a user reopening the app would see:
an intact database holding a complete document of one of the last committed edits.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from journey_builder.storage.library import LIBRARY_ENV, Library

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

# Each edit adds a node with a large payload, so that saves take long enough to be interrupted.
_EDITOR = textwrap.dedent(
    """
    import json, sys
    from journey_builder.storage.library import Library

    def say(line):  # one write per line: the saver thread prints too
        sys.stdout.write(line + "\\n")
        sys.stdout.flush()

    {setup}
    nodes = [{{"id": "start", "type": "start", "data": {{}}}}]
    i = 0
    while True:
        i += 1
        nodes.append({{"id": f"n{{i}}", "type": "delay", "data": {{"amount": i, "unit": "days",
                      "note": "x" * 4000}}}})
        text = json.dumps({{"name": f"edit {{i}}", "definition": {{"nodes": nodes, "edges": []}}}},
                          indent=2) + "\\n"
        {save}
    """
)

_DIRECT = {
    "setup": "library = Library(sys.argv[1]); journey_id = sys.argv[2]",
    "save": "library.save_document(journey_id, text); say(str(i))",
}

_AUTOSAVE = {
    "setup": (
        "import time; from journey_builder.storage.autosave import Autosaver; "
        "library = Library(sys.argv[1]); journey_id = sys.argv[2]; "
        "saver = Autosaver(library, journey_id, delay=0.2, "
        "on_saved=lambda e: say('saved ' + e.name)); saver.start()"
    ),
    "save": "saver.schedule(text); say(f'scheduled {i}'); time.sleep(0.01)",
}


def _start_child(tmp_path: Path, script: dict[str, str]) -> tuple[Path, str, subprocess.Popen[str]]:
    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        journey_id = library.create(json.dumps({"name": "edit 0", "definition": {}})).id
    program = tmp_path / "editor.py"
    program.write_text(_EDITOR.format(**script), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != LIBRARY_ENV}
    child = subprocess.Popen(
        [sys.executable, str(program), str(path), journey_id],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    return path, journey_id, child


def _kill_after(child: subprocess.Popen[str], wanted: int, prefix: str) -> list[str]:
    """Read lines until ``wanted`` lines start with ``prefix``, SIGKILL, return every line."""
    assert child.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + 120
    try:
        while sum(line.startswith(prefix) for line in lines) < wanted:
            line = child.stdout.readline()
            if not line:
                assert child.stderr is not None
                pytest.fail(f"the editor stopped early: {child.stderr.read()}")
            lines.append(line.strip())
            assert time.monotonic() < deadline, "the editor is too slow"
    finally:
        child.send_signal(signal.SIGKILL)
        rest, errors = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL
    assert "Traceback" not in errors
    return lines + [line.strip() for line in rest.splitlines() if line.strip()]


def _check_intact(path: Path) -> None:
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        raw.close()


def _stored_edit(path: Path, journey_id: str) -> int:
    """The edit number stored, after checking the document is complete and consistent."""
    with Library(path) as library:
        doc = library.load(journey_id)
        entry = library.get(journey_id)
    assert doc.name is not None and doc.name.startswith("edit ")
    number = int(doc.name.removeprefix("edit "))
    assert entry.name == doc.name
    assert [n.id for n in doc.nodes] == ["start", *(f"n{i}" for i in range(1, number + 1))]
    return number


def test_sigkill_during_saves_keeps_the_library_intact(tmp_path: Path) -> None:
    path, journey_id, child = _start_child(tmp_path, _DIRECT)
    lines = _kill_after(child, 40, "")
    last_printed = int(lines[-1])
    _check_intact(path)
    stored = _stored_edit(path, journey_id)
    # The newest printed edit is committed; the one in flight may or may not be.
    assert stored in (last_printed, last_printed + 1)
    with Library(path) as library:
        assert library.get(journey_id).revision == stored + 1


def test_sigkill_with_autosaver_thread_loses_at_most_the_unsaved_burst(tmp_path: Path) -> None:
    path, journey_id, child = _start_child(tmp_path, _AUTOSAVE)
    lines = _kill_after(child, 3, "saved")
    scheduled = [int(line.split()[1]) for line in lines if line.startswith("scheduled")]
    saved = [int(line.split()[2]) for line in lines if line.startswith("saved")]
    assert saved == sorted(saved) and len(set(saved)) == len(saved)  # one save per burst
    assert len(saved) < len(scheduled)  # bursts were coalesced
    _check_intact(path)
    stored = _stored_edit(path, journey_id)
    assert saved[-1] <= stored <= scheduled[-1] + 1
