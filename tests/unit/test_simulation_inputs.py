"""What a simulation is fed: durations, contacts, event scripts and cohort files, and their errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from journey_builder.errors import JourneyBuilderError, SimulationInputError
from journey_builder.simulation import (
    parse_contact,
    parse_duration,
    parse_events,
    read_contact,
    read_contacts,
    read_events,
)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("2d3h", 2 * 86400 + 3 * 3600),
        ("90m", 5400),
        ("1w", 604800),
        ("1w 2d", 9 * 86400),
        ("1.5h", 5400),
        ("45s", 45),
        ("2 days, 3 hours", 2 * 86400 + 3 * 3600),
        ("3600", 3600),
        (3600, 3600),
        (0.5, 0.5),
        ("0", 0),
    ],
)
def test_durations(text: Any, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    "text", ["", "2x", "d", "2d 3", "-1", -5, True, None, [1], "1e999h", float("nan")]
)
def test_bad_durations_say_how_to_write_one(text: Any) -> None:
    with pytest.raises(SimulationInputError) as caught:
        parse_duration(text)
    assert caught.value.exit_code == 2
    assert isinstance(caught.value, JourneyBuilderError)


def test_a_contact_is_checked_and_copied() -> None:
    raw = {"fields": {"plan": "pro"}, "tags": ["vip", "vip", "beta"], "name": "Ana"}
    contact = parse_contact(raw)
    assert contact == {"fields": {"plan": "pro"}, "tags": ["vip", "beta"]}
    contact["fields"]["plan"] = "free"
    assert raw["fields"]["plan"] == "pro"
    assert parse_contact({}) == {"fields": {}, "tags": []}
    assert parse_contact({"fields": None, "tags": None}) == {"fields": {}, "tags": []}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "contact: a contact is an object like"),
        ({"feilds": {"plan": "pro"}}, "contact: has neither 'fields' nor 'tags' (found 'feilds')"),
        (
            {"fields": ["plan"]},
            "contact: 'fields' must be an object of field names and values, not a list",
        ),
        ({"tags": "vip"}, "contact: 'tags' must be a list of texts, not text"),
        ({"tags": ["vip", 3]}, "contact: tags[1] must be text, not a number (3)"),
    ],
)
def test_bad_contacts_are_refused_with_where(data: Any, message: str) -> None:
    with pytest.raises(SimulationInputError) as caught:
        parse_contact(data)
    assert str(caught.value).startswith(message)


def test_events_are_normalised_with_seconds() -> None:
    events = parse_events(
        [
            {"at": "2d3h", "event": "custom", "eventName": "upgraded", "data": {"plan": "pro"}},
            {"at": 60, "event": "answer", "value": "yes", "nodeId": "q1"},
            {"at": "1h", "event": "answer", "answer": 4},
            {"event": "http_failure", "nodeId": "h"},
            {"at": "1d", "event": "tag_added", "tag": "vip"},
            {"at": "1d", "event": "field_updated", "field": "plan", "value": None},
        ]
    )
    assert events[0] == {
        "event": "custom",
        "at": 183600.0,
        "data": {"plan": "pro"},
        "eventName": "upgraded",
    }
    assert events[1]["value"] == "yes" and events[1]["nodeId"] == "q1" and events[1]["at"] == 60
    assert events[2]["value"] == 4
    assert events[3]["at"] == 0
    assert events[4]["data"] == {"tag": "vip"}
    assert events[5]["value"] is None
    assert parse_events({"events": [{"at": 0, "event": "message_received"}]})[0]["at"] == 0
    assert parse_events(events) == events  # normalising twice changes nothing


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({"at": "1d"}, "events: item 1: 'event' is missing; use one of: message_received,"),
        (
            {"at": "1d", "event": "clicked"},
            "events: item 1: 'clicked' is not an event type; use one of:",
        ),
        (
            {"event": "custom", "eventName": "x"},
            "events: item 1: 'at' is missing: when does it happen?",
        ),
        (
            {"at": "soon", "event": "message_received"},
            "events: item 1: 'at': 'soon' is not a duration",
        ),
        (
            {"at": "1d", "event": "custom"},
            "events: item 1: 'eventName' must be the custom event's name (it is missing)",
        ),
        (
            {"at": "1d", "event": "tag_added", "tag": 3},
            "events: item 1: 'tag' must be the tag that was added (not a number)",
        ),
        (
            {"at": "1d", "event": "field_updated"},
            "events: item 1: 'field' must be the name of the field",
        ),
        (
            {"at": "1d", "event": "custom", "eventName": "x", "data": [1]},
            "events: item 1: 'data' must be an object, not a list",
        ),
        ("later", "events: item 1: an event must be an object"),
    ],
)
def test_bad_events_are_refused_with_the_item(item: Any, message: str) -> None:
    with pytest.raises(SimulationInputError) as caught:
        parse_events([item])
    assert str(caught.value).startswith(message)
    with pytest.raises(SimulationInputError, match="an event script is a list"):
        parse_events("2d: upgraded")


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_an_event_file_names_the_line_of_a_bad_event(tmp_path: Path) -> None:
    script = '[\n  {"at": "1d", "event": "message_received"},\n\n  {"at": "2d",\n   "event": "clicked"}\n]\n'
    path = write(tmp_path / "events.json", script)
    with pytest.raises(SimulationInputError) as caught:
        read_events(path)
    assert str(caught.value).startswith(f"{path}: line 4 (event 2): 'clicked' is not an event type")
    broken = write(tmp_path / "broken.json", '[\n  {"at": "1d",, }\n]')
    with pytest.raises(SimulationInputError, match=r"broken\.json: line 2, column 15: "):
        read_events(broken)
    good = write(tmp_path / "good.json", '[{"at": "1d", "event": "message_received"}]')
    assert read_events(good)[0]["at"] == 86400


def test_contact_files(tmp_path: Path) -> None:
    path = write(tmp_path / "ana.json", '{"fields": {"plan": "pro"}, "tags": ["vip"]}')
    assert read_contact(path) == {"fields": {"plan": "pro"}, "tags": ["vip"]}
    with pytest.raises(SimulationInputError, match=r"missing\.json: no such file"):
        read_contact(tmp_path / "missing.json")
    with pytest.raises(SimulationInputError, match=r"bad\.json: line 2, column 1: "):
        read_contact(write(tmp_path / "bad.json", '{"fields": {}\n'))
    (tmp_path / "latin1.json").write_bytes(b'{"fields":\n {"name": "Jos\xe9"}}')
    with pytest.raises(SimulationInputError, match=r"latin1\.json: line 2: this is not UTF-8 text"):
        read_contact(tmp_path / "latin1.json")
    with pytest.raises(SimulationInputError, match="nested too deeply"):
        read_contact(write(tmp_path / "deep.json", "[" * 100_000 + "]" * 100_000))


def test_a_csv_cohort(tmp_path: Path) -> None:
    text = '\ufeffplan,orders_count,tags\npro,3,vip; beta\n\n"free, for now",,\n,1,"a,b"\n'
    path = write(tmp_path / "people.csv", text)
    assert list(read_contacts(path)) == [
        {"fields": {"plan": "pro", "orders_count": "3"}, "tags": ["vip", "beta"]},
        {"fields": {"plan": "free, for now"}, "tags": []},
        {"fields": {"orders_count": "1"}, "tags": ["a", "b"]},
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "plan,tags\npro,vip\nfree,x,extra\n",
            "people.csv: line 3: 3 cells, but the header names 2 columns",
        ),
        ("plan,,tags\n", "people.csv: line 1: column 2 of the header has no name"),
        ("plan,plan\n", "people.csv: line 1: the header names 'plan' twice"),
        ('plan\n"pro\n', "people.csv: line 2: unexpected end of data"),
        ('plan\n"pro"x\n', "people.csv: line 2: ',' expected after"),
    ],
)
def test_bad_csv_cohorts_name_the_line(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path / "people.csv", text)
    with pytest.raises(SimulationInputError) as caught:
        list(read_contacts(path))
    assert str(caught.value).startswith(f"{tmp_path / message}")


def test_json_lines_and_json_list_cohorts(tmp_path: Path) -> None:
    lines = '{"fields": {"plan": "pro"}}\n\n{"tags": ["vip"]}\n'
    assert list(read_contacts(write(tmp_path / "c.jsonl", lines))) == [
        {"fields": {"plan": "pro"}, "tags": []},
        {"fields": {}, "tags": ["vip"]},
    ]
    bad = write(tmp_path / "bad.jsonl", '{"fields": {}}\n{"fields": {"plan": "pro"}\n')
    with pytest.raises(SimulationInputError, match=r"bad\.jsonl: line 2: column 27: Expecting ','"):
        list(read_contacts(bad))
    wrong = write(tmp_path / "wrong.ndjson", '{"fields": {}}\n{"tags": "vip"}\n')
    with pytest.raises(SimulationInputError, match=r"wrong\.ndjson: line 2: 'tags' must be a list"):
        list(read_contacts(wrong))
    listed = write(tmp_path / "c.json", json.dumps([{"fields": {"a": 1}}, {"tags": [1]}], indent=1))
    with pytest.raises(SimulationInputError, match=r"c\.json: line 7: tags\[0\] must be text"):
        list(read_contacts(listed))
    sniffed = write(tmp_path / "contacts.txt", '{"fields": {"plan": "pro"}}\n')
    assert list(read_contacts(sniffed)) == [{"fields": {"plan": "pro"}, "tags": []}]
    with pytest.raises(SimulationInputError, match="no such file"):
        list(read_contacts(tmp_path / "none.csv"))


def test_numbers_too_large_for_a_float_are_refused_not_raised(tmp_path: Path) -> None:
    for text in (10**400, "9" * 400, "1" * 400 + "w"):
        with pytest.raises(SimulationInputError, match="duration"):
            parse_duration(text)
    huge = write(tmp_path / "huge.json", '{"fields": {"n": ' + "1" * 5000 + "}}")
    with pytest.raises(SimulationInputError, match=r"huge\.json: cannot be read as JSON: Exceeds"):
        read_contact(huge)
    lines = write(tmp_path / "huge.jsonl", '{"fields": {"n": ' + "1" * 5000 + "}}\n")
    with pytest.raises(SimulationInputError, match=r"huge\.jsonl: line 1: cannot be read as JSON"):
        list(read_contacts(lines))


# --- a cohort's contacts with their own events ---------------------------------------------------


def test_json_lines_contacts_carry_their_own_events(tmp_path: Path) -> None:
    lines = (
        '{"fields": {"plan": "pro"}, "events": [{"at": "2h", "event": "answer", "value": 4}]}\n'
        '{"fields": {"plan": "free"}}\n'
        '{"events": []}\n'
    )
    assert list(read_contacts(write(tmp_path / "c.jsonl", lines))) == [
        {
            "fields": {"plan": "pro"},
            "tags": [],
            "events": [{"event": "answer", "at": 7200.0, "data": {"value": 4}, "value": 4}],
        },
        {"fields": {"plan": "free"}, "tags": []},
        {"fields": {}, "tags": [], "events": []},
    ]
    listed = write(
        tmp_path / "c.json",
        json.dumps([{"tags": ["vip"]}, {"events": [{"at": "1d", "event": "custom"}]}], indent=1),
    )
    with pytest.raises(SimulationInputError) as caught:
        list(read_contacts(listed))
    assert str(caught.value) == (
        f"{tmp_path / 'c.json'}: line 7: events: item 1: "
        "'eventName' must be the custom event's name (it is missing)"
    )


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"events": {"at": "1h"}}', "line 2: 'events': an event script is a list like"),
        ('{"events": "1h answer"}', "line 2: 'events': an event script is a list like"),
        (
            '{"tags": [], "events": [{"at": "soon", "event": "answer"}]}',
            "line 2: events: item 1: 'at': 'soon' is not a duration",
        ),
        (
            '{"events": [{}, {"event": "clicked", "at": 1}]}',
            "line 2: events: item 1: 'event' is missing",
        ),
        ('{"fields": {}, "events": [1]}', "line 2: events: item 1: an event must be an object"),
    ],
)
def test_bad_events_of_a_contact_name_its_line(tmp_path: Path, line: str, message: str) -> None:
    path = write(tmp_path / "c.jsonl", '{"fields": {"plan": "pro"}}\n' + line + "\n")
    with pytest.raises(SimulationInputError) as caught:
        list(read_contacts(path))
    assert str(caught.value).startswith(f"{path}: {message}")


def test_a_csv_events_column_holds_a_json_list(tmp_path: Path) -> None:
    text = (
        "plan,events,tags\n"
        'pro,"[{""at"": ""1d"", ""event"": ""custom"", ""eventName"": ""paid""}]",vip\n'
        "free,,\n"
    )
    assert list(read_contacts(write(tmp_path / "people.csv", text))) == [
        {
            "fields": {"plan": "pro"},
            "tags": ["vip"],
            "events": [{"event": "custom", "at": 86400.0, "data": {}, "eventName": "paid"}],
        },
        {"fields": {"plan": "free"}, "tags": []},
    ]


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ('"[{""at"": 1,}]"', "line 3: events: column 11 of the cell: Expecting property name"),
        ('"{""at"": 1}"', "line 3: events: an event script is a list like"),
        ('"[{""at"": ""1d"", ""event"": ""tag_added""}]"', "line 3: events: item 1: 'tag' must be"),
    ],
)
def test_a_bad_csv_events_cell_names_its_line(tmp_path: Path, cell: str, message: str) -> None:
    path = write(tmp_path / "people.csv", f"plan,events\nfree,\npro,{cell}\n")
    with pytest.raises(SimulationInputError) as caught:
        list(read_contacts(path))
    assert str(caught.value).startswith(f"{path}: {message}")


def test_a_single_contact_keeps_its_shape_whatever_else_it_holds() -> None:
    contact = {"fields": {"plan": "pro"}, "events": [{"at": "1h", "event": "answer"}]}
    assert parse_contact(contact) == {"fields": {"plan": "pro"}, "tags": []}
    with pytest.raises(SimulationInputError, match="has neither 'fields' nor 'tags'"):
        parse_contact({"events": []})
    assert parse_contact({"events": []}, events=True) == {"fields": {}, "tags": [], "events": []}
