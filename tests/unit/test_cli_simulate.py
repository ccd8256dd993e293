"""``journey-builder simulate`` run as a user runs it, in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.unit.journey_fixtures import minimal, node

TEMPLATES = Path("resources/templates").resolve()


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "journey_builder", "simulate", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def write(path: Path, obj: Any) -> str:
    text = obj if isinstance(obj, str) else json.dumps(obj, indent=2)
    path.write_text(text, encoding="utf-8")
    return path.name


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    template = TEMPLATES / "post-purchase-follow-up.journey.json"
    write(tmp_path / "post.journey.json", template.read_text(encoding="utf-8"))
    write(tmp_path / "first.json", {"fields": {"first_name": "Ana", "orders_count": 1}})
    write(
        tmp_path / "repeat.json",
        {"fields": {"orders_count": 4, "repeat_orders": 3}, "tags": ["vip"]},
    )
    return tmp_path


def test_text_output_one_line_per_step_then_the_end(folder: Path) -> None:
    result = run(folder, "post.journey.json", "--contact", "repeat.json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].endswith("· seed 0")
    steps = lines[1:-2]
    assert len(steps) == 9
    assert " → timeout  Timeout: no answer within 3 days" in steps[2]
    assert steps[3].startswith("+3d ")
    assert "Delay — Wait 7 days (wait_a_week)" in steps[3]
    assert steps[3].endswith("Waited 7 days, until +10d.")
    assert steps[4].startswith("+10d")
    assert "First order? — If orders_count equals 1 (first_order) " in steps[4]
    assert " → no       No: " in steps[4]
    assert steps[4].endswith("No: orders_count equals 1, does not hold (orders_count is 4).")
    assert "Increased repeat_orders by 1: 3 → 4." in steps[6]
    assert lines[-2].startswith("End: exit (+10d) at 'Exit' (exit_done).")
    assert lines[-1] == "Contact: orders_count=4, repeat_orders=4; tags: vip, repeat_customer"
    # The reason column starts at the same place on every line.
    assert len({line.index(line.split("  ")[-1].strip()) for line in steps}) == 1


def test_json_output_has_the_documented_shape(folder: Path) -> None:
    result = run(folder, "post.journey.json", "--contact", "first.json", "--json", "--seed", "3")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert list(out) == ["steps", "end", "contact"]
    assert out["steps"][0] == {
        "nodeId": "start",
        "handle": None,
        "at": 0,
        "reason": "Entered: the trigger has no conditions.",
    }
    assert [s["nodeId"] for s in out["steps"]][4:6] == ["first_order", "review_test"]
    assert out["steps"][5]["handle"] in ("email", "sms")
    assert out["steps"][5]["reason"].startswith("The draw with seed 3 chose")
    assert out["end"] == {"kind": "exit", "nodeId": "exit_done", "at": 864000}
    assert out["contact"] == {
        "fields": {"first_name": "Ana", "orders_count": 1},
        "tags": ["review_requested"],
    }
    again = run(folder, "post.journey.json", "--contact", "first.json", "--json", "--seed", "3")
    assert again.stdout == result.stdout


def test_events_and_horizon(folder: Path) -> None:
    question = TEMPLATES / "conversation-follow-up.journey.json"
    write(folder / "ana.json", {"fields": {"first_name": "Ana"}})
    write(folder / "answers.json", [{"at": "3h", "event": "answer", "value": 5}])
    silent = json.loads(run(folder, str(question), "--contact", "ana.json", "--json").stdout)
    assert [s["handle"] for s in silent["steps"]][2] == "timeout"
    assert silent["end"] == {"kind": "exit", "nodeId": "exit_no_answer", "at": 90000}
    answered = run(
        folder, str(question), "--contact", "ana.json", "--events", "answers.json", "--json"
    )
    out = json.loads(answered.stdout)
    assert [(s["nodeId"], s["handle"]) for s in out["steps"]][2:4] == [
        ("csat_question", "answered"),
        ("happy", "yes"),
    ]
    assert out["contact"]["fields"]["csat_score"] == 5
    short = run(folder, str(question), "--contact", "ana.json", "--horizon", "2h", "--json")
    assert json.loads(short.stdout)["end"] == {
        "kind": "waiting",
        "nodeId": "csat_question",
        "at": 3600,
    }
    text = run(folder, str(question), "--contact", "ana.json", "--horizon", "2h")
    assert "End: waiting (+1h) at 'Rate the conversation' (csat_question)." in text.stdout


def test_a_cohort_as_text_and_json(folder: Path) -> None:
    rows = ["first_name,orders_count,tags"] + [f"C{i},{1 if i % 4 else 3},vip" for i in range(40)]
    write(folder / "people.csv", "\n".join(rows) + "\n")
    result = run(folder, "post.journey.json", "--cohort", "people.csv", "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert list(out) == ["contacts", "ends", "nodes", "exits"]
    assert out["contacts"] == 40
    assert out["ends"] == {"exit": 40}
    assert out["nodes"]["review_test"] == 30
    assert out["nodes"]["loyalty_email"] == 10
    assert out["exits"] == {"exit_done": {"count": 40, "medianSeconds": 864000}}
    text = run(folder, "post.journey.json", "--cohort", "people.csv").stdout
    assert "· 40 contacts · seed 0" in text.splitlines()[0]
    assert "█" * 30 + " 100.0%" in text
    loyalty = next(line for line in text.splitlines() if "(loyalty_email)" in line)
    assert loyalty.rstrip().endswith("10  " + "█" * 8)  # 10 of 40: a quarter of the bar
    write(folder / "people.jsonl", '{"fields": {"orders_count": 1}}\n{"tags": []}\n')
    jsonl = json.loads(
        run(folder, "post.journey.json", "--cohort", "people.jsonl", "--json").stdout
    )
    assert jsonl["contacts"] == 2


def test_a_json_lines_cohort_with_each_contact_s_own_events(folder: Path) -> None:
    def answer(at: str, value: int) -> list[dict[str, Any]]:
        return [{"at": at, "event": "answer", "nodeId": "ask_rating", "value": value}]

    people = [
        {"fields": {"orders_count": 1}, "events": answer("2h", 1)},  # unhappy: customer care
        {"fields": {"orders_count": 1}, "events": answer("1d", 5)},  # happy, first order
        {"fields": {"orders_count": 3}, "events": []},  # its own script: never answers
        {"fields": {"orders_count": 3}},  # the shared script (--events): answers 2
    ]
    write(folder / "people.jsonl", "\n".join(json.dumps(p) for p in people) + "\n")
    write(folder / "shared.json", answer("3h", 2))
    args = ["post.journey.json", "--cohort", "people.jsonl", "--json"]
    result = run(folder, *args, "--events", "shared.json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert list(out) == ["contacts", "ends", "nodes", "exits"]
    assert out["contacts"] == 4
    assert out["nodes"]["unhappy"] == 3
    assert out["nodes"]["to_support"] == 2
    assert out["exits"] == {
        "exit_support": {"count": 2, "medianSeconds": (7200 + 10800) // 2},
        "exit_done": {"count": 2, "medianSeconds": (86400 + 7 * 86400 + 10 * 86400) // 2},
    }
    alone = json.loads(run(folder, *args).stdout)  # no shared script: the last never answers
    assert alone["nodes"]["to_support"] == 1 and alone["nodes"]["unhappy"] == 2
    write(folder / "bad.jsonl", json.dumps(people[0]) + "\n" + '{"events": [{"at": "1d"}]}\n')
    bad = run(folder, "post.journey.json", "--cohort", "bad.jsonl")
    assert bad.returncode == 2 and bad.stdout == ""
    assert "bad.jsonl: line 2: events: item 1: 'event' is missing" in bad.stderr


def test_a_journey_with_errors_is_refused_unless_anyway(folder: Path) -> None:
    broken = minimal(node("lost", "delay", label="Wait 2 days", amount=2, unit="days"))
    write(folder / "broken.journey.json", broken)
    result = run(folder, "broken.journey.json", "--contact", "first.json")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "broken.journey.json has 1 error, so it is not simulated" in result.stderr
    assert (
        "  error  unreachable-node  Wait 2 days (lost)  'Wait 2 days' can never be reached"
        in result.stderr
    )
    anyway = run(folder, "broken.journey.json", "--contact", "first.json", "--anyway", "--json")
    assert anyway.returncode == 0
    assert "has 1 error; simulating anyway" in anyway.stderr
    assert json.loads(anyway.stdout)["end"]["kind"] == "exit"


@pytest.mark.parametrize(
    ("files", "args", "message"),
    [
        (
            {"bad.json": '{"fields": {"a": 1},\n  "tags": [}'},
            ["--contact", "bad.json"],
            "bad.json: line 2, column 12: Expecting value",
        ),
        (
            {"bad.json": '{"fields": {}, "tags": ["a", 2]}'},
            ["--contact", "bad.json"],
            "bad.json: tags[1] must be text",
        ),
        (
            {
                "ev.json": '[\n {"at": "1d", "event": "answer"},\n {"at": "soon", "event": "answer"}\n]'
            },
            ["--contact", "first.json", "--events", "ev.json"],
            "ev.json: line 3 (event 2): 'at': 'soon' is not a duration",
        ),
        (
            {"c.csv": "a,b\n1,2\n3\n"},
            ["--cohort", "c.csv"],
            "c.csv: line 3: 1 cell, but the header names 2 columns",
        ),
        (
            {"c.jsonl": '{"fields": {}}\n[1]\n'},
            ["--cohort", "c.jsonl"],
            "c.jsonl: line 2: a contact is an object",
        ),
        ({}, ["--contact", "nowhere.json"], "nowhere.json: no such file"),
    ],
)
def test_unreadable_contacts_and_events_exit_2_naming_the_line(
    folder: Path, files: dict[str, str], args: list[str], message: str
) -> None:
    for name, text in files.items():
        write(folder / name, text)
    result = run(folder, "post.journey.json", *args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert f"journey-builder: {message}" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "one of the arguments --contact --cohort is required"),
        (["--contact", "first.json", "--cohort", "c.csv"], "not allowed with argument"),
        (["--contact", "first.json", "--horizon", "soon"], "'soon' is not a duration"),
        (["--contact", "first.json", "--horizon", "0"], "the horizon must be longer than 0"),
        (["--contact", "first.json", "--seed", "x"], "invalid int value"),
    ],
)
def test_bad_usage_exits_2(folder: Path, args: list[str], message: str) -> None:
    result = run(folder, "post.journey.json", *args)
    assert result.returncode == 2
    assert message in result.stderr


def test_an_unreadable_journey_exits_2_and_the_file_is_never_written(folder: Path) -> None:
    write(folder / "broken.json", '{"name": ')
    result = run(folder, "broken.json", "--contact", "first.json")
    assert result.returncode == 2
    assert "broken.json: line 1, column 10" in result.stderr
    journey = folder / "post.journey.json"
    before = (journey.read_bytes(), journey.stat().st_mtime_ns)
    assert run(folder, "post.journey.json", "--contact", "first.json").returncode == 0
    assert (journey.read_bytes(), journey.stat().st_mtime_ns) == before


def test_help_lists_the_verb() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "journey_builder", "--help"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert "simulate" in result.stdout
