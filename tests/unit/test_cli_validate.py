"""``journey-builder validate FILE... [--json]`` run as a user runs it, in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.unit.journey_fixtures import edge, minimal, node, post_purchase


def run(cwd: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "journey_builder", "validate", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        input=stdin,
        env=env,
        timeout=60,
        check=False,
    )


def write(path: Path, obj: Any) -> str:
    path.write_text(json.dumps(obj, indent=2), encoding="utf-8")
    return path.name


def with_error_and_warning() -> dict[str, Any]:
    """One unreachable step (error) that is also a dead end (warning)."""
    return minimal(node("lost", "delay", label="Wait 2 days", amount=2, unit="days"))


def only_warning() -> dict[str, Any]:
    obj = minimal()
    obj["entryMode"] = "weekly"
    obj["definition"]["nodes"][0]["data"]["entryMode"] = "weekly"
    return obj


def test_a_correct_journey_exits_0(tmp_path: Path) -> None:
    name = write(tmp_path / "follow-up.journey.json", post_purchase())
    result = run(tmp_path, name)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "no problems in follow-up.journey.json\n"
    assert result.stderr == ""


def test_warnings_alone_exit_0(tmp_path: Path) -> None:
    name = write(tmp_path / "w.journey.json", only_warning())
    result = run(tmp_path, name)
    assert result.returncode == 0
    assert "warning  unknown-entry-mode" in result.stdout
    assert result.stdout.endswith("1 warning in w.journey.json\n")


def test_errors_exit_1_with_one_aligned_line_per_problem(tmp_path: Path) -> None:
    name = write(tmp_path / "welcome.journey.json", with_error_and_warning())
    result = run(tmp_path, name)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[-1] == "1 error, 1 warning in welcome.journey.json"
    error, warning = lines[:2]
    assert error.startswith(
        "welcome.journey.json:  error    unreachable-node  'Wait 2 days' (lost)  "
    )
    assert error.endswith("'Wait 2 days' can never be reached: connect it to the journey.")
    assert warning.startswith(
        "welcome.journey.json:  warning  dead-end          'Wait 2 days' (lost)  "
    )
    # Columns line up: the message starts at the same place on both lines.
    assert error.index("'Wait 2 days' can") == warning.index("Nothing follows")


def test_several_files_get_an_overall_summary(tmp_path: Path) -> None:
    a = write(tmp_path / "a.journey.json", with_error_and_warning())
    b = write(tmp_path / "b.journey.json", only_warning())
    c = write(tmp_path / "c.journey.json", post_purchase())
    result = run(tmp_path, a, b, c)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "1 error, 1 warning in a.journey.json" in lines
    assert "1 warning in b.journey.json" in lines
    assert "no problems in c.journey.json" in lines
    assert lines[-1] == "1 error, 2 warnings in 3 files"
    codes_at = [line.index("unknown-entry-mode") for line in lines if "unknown-entry-mode" in line]
    assert codes_at == [lines[0].index("unreachable-node")]  # aligned across files


def test_an_unreadable_file_exits_2_and_the_others_are_still_checked(tmp_path: Path) -> None:
    good = write(tmp_path / "a.journey.json", with_error_and_warning())
    (tmp_path / "broken.json").write_text('{"name": ', encoding="utf-8")
    result = run(tmp_path, good, "broken.json", "missing.json")
    assert result.returncode == 2
    assert "unreachable-node" in result.stdout
    assert result.stdout.splitlines()[-1] == (
        "1 error, 1 warning in 1 file; 2 files could not be read"
    )
    assert "broken.json: line 1, column 10" in result.stderr
    assert "missing.json: no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_json_output(tmp_path: Path) -> None:
    a = write(tmp_path / "a.journey.json", with_error_and_warning())
    b = write(tmp_path / "b.journey.json", post_purchase())
    result = run(tmp_path, a, b, "--json")
    assert result.returncode == 1
    out = json.loads(result.stdout)
    assert [f["path"] for f in out["files"]] == [a, b]
    first = out["files"][0]["problems"]
    assert first[0] == {
        "severity": "error",
        "code": "unreachable-node",
        "message": "'Wait 2 days' can never be reached: connect it to the journey.",
        "nodeIds": ["lost"],
        "edgeIds": [],
    }
    assert [p["code"] for p in first] == ["unreachable-node", "dead-end"]
    assert out["files"][1] == {"path": b, "problems": []}
    assert result.stderr == ""


def test_json_output_names_the_field_of_invalid_config(tmp_path: Path) -> None:
    obj = minimal()
    del obj["definition"]["nodes"][1]["data"]["channel"]
    result = run(tmp_path, write(tmp_path / "x.json", obj), "--json")
    problem = json.loads(result.stdout)["files"][0]["problems"][0]
    assert problem["code"] == "invalid-config" and problem["field"] == "channel"


def test_json_output_with_an_unreadable_file(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text("[" * 300, encoding="utf-8")
    good = write(tmp_path / "ok.json", only_warning())
    result = run(tmp_path, "deep.json", good, "--json")
    assert result.returncode == 2
    files = json.loads(result.stdout)["files"]
    assert files[0]["path"] == "deep.json"
    assert "at most 200" in files[0]["error"]
    assert files[0]["problems"] == []
    assert files[1]["problems"][0]["code"] == "unknown-entry-mode"
    assert "deep.json" in result.stderr and "at most 200" in result.stderr


def test_reading_from_stdin(tmp_path: Path) -> None:
    result = run(tmp_path, "-", stdin=json.dumps(post_purchase()))
    assert result.returncode == 0
    assert result.stdout == "no problems in -\n"


def test_hostile_text_cannot_reach_the_terminal(tmp_path: Path) -> None:
    obj = minimal(node("lost\x1b[2J", "exit", label="\x1b]0;owned\x07Evil\u202e"))
    result = run(tmp_path, write(tmp_path / "h.json", obj))
    assert result.returncode == 1
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    assert "\x07" not in result.stdout


def test_help_and_usage(tmp_path: Path) -> None:
    result = run(tmp_path, "--help")
    assert result.returncode == 0
    assert "--json" in result.stdout and "FILE" in result.stdout
    result = run(tmp_path)
    assert result.returncode == 2
    assert "FILE" in result.stderr


def test_edges_without_ids_are_named_by_their_ends(tmp_path: Path) -> None:
    obj = minimal()
    obj["definition"]["edges"].append(edge("send", "ghost"))
    result = run(tmp_path, write(tmp_path / "d.json", obj), "--json")
    problem = json.loads(result.stdout)["files"][0]["problems"][0]
    assert problem["code"] == "dangling-edge"
    assert problem["edgeIds"] == []
    assert problem["message"].startswith(
        "The connection from 'Say hello' leads to a step that does not exist ('ghost')"
    )
