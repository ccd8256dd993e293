"""``journey-builder`` (no verb) and ``journey-builder open FILE`` start the editor for real."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SMOKE = "journey-builder: smoke: first window after"


def _run(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLOWNALLY_", "JOURNEY_"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        QT_QPA_PLATFORM="offscreen",
        JOURNEY_BUILDER_SETTINGS=str(home / "settings.ini"),
        JOURNEY_BUILDER_LIBRARY=str(home / "library.sqlite3"),
        JOURNEY_BUILDER_LOG_DIR=str(home / "logs"),
        JOURNEY_BUILDER_SMOKE_QUIT_MS="0",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return subprocess.run(
        [sys.executable, "-m", "journey_builder", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("verb", [[], ["open"]])
def test_the_editor_starts_and_quits(tmp_path: Path, verb: list[str]) -> None:
    result = _run(verb, tmp_path)
    assert result.returncode == 0, result.stderr
    assert SMOKE in result.stderr


def test_open_file_leaves_it_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "x.journey.json"
    body = {
        "name": "X",
        "definition": {"nodes": [{"id": "s", "type": "start", "data": {}}], "edges": []},
    }
    path.write_text(json.dumps(body), encoding="utf-8")
    before = path.read_bytes()
    result = _run(["open", str(path)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert SMOKE in result.stderr
    assert path.read_bytes() == before
    settings = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "x.journey.json" in settings  # remembered as a recent file
