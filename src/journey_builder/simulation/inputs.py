"""Reading what a simulation is fed: durations, sample contacts, event scripts, cohort files.

Everything here checks its input and raises :class:`SimulationInputError` with the file and the
line (or the item) that is wrong, so a CLI user can fix the file; the simulator itself then never
has to doubt a contact or an event.
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from journey_builder.errors import SimulationInputError

__all__ = [
    "EVENT_TYPES",
    "parse_contact",
    "parse_duration",
    "parse_events",
    "read_contact",
    "read_contacts",
    "read_events",
]

#: Event types a script may hold: the waits' events, plus answers and HTTP failures.
EVENT_TYPES: tuple[str, ...] = (
    "message_received",
    "conversation_closed",
    "tag_added",
    "field_updated",
    "custom",
    "answer",
    "http_failure",
)

_UNIT_SECONDS = {"w": 604800.0, "d": 86400.0, "h": 3600.0, "m": 60.0, "s": 1.0}
_UNIT_NAMES = {
    "w": "w",
    "wk": "w",
    "week": "w",
    "weeks": "w",
    "d": "d",
    "day": "d",
    "days": "d",
    "h": "h",
    "hr": "h",
    "hrs": "h",
    "hour": "h",
    "hours": "h",
    "m": "m",
    "min": "m",
    "mins": "m",
    "minute": "m",
    "minutes": "m",
    "s": "s",
    "sec": "s",
    "secs": "s",
    "second": "s",
    "seconds": "s",
}
_NUMBER = re.compile(r"[+]?(?:\d+\.?\d*|\.\d+)")
_PART = re.compile(r"\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-zA-Z]+)\s*,?")
_DURATION_HINT = "write it like '2d3h', '90m', '1w' or a number of seconds"
_TYPE_NAMES = {
    dict: "an object",
    list: "a list",
    str: "text",
    bool: "true/false",
    int: "a number",
    float: "a number",
    type(None): "null",
}


def _kind(value: Any) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _show(value: Any, limit: int = 40) -> str:
    try:
        text = (
            value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
        )
    except (ValueError, TypeError, RecursionError):  # a huge int, odd keys, deep nesting
        text = f"<{type(value).__name__}>"
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parse_duration(text: str | float | int) -> float:
    """Seconds in a duration: ``"2d3h"``, ``"90m"``, ``"1w 2d"``, ``"1.5h"``, ``3600``, ``"3600"``."""
    if type(text) is float and 0.0 <= text < math.inf:  # seconds already (a checked script)
        return text
    if isinstance(text, bool) or not isinstance(text, str | int | float):
        raise SimulationInputError(f"{_show(text)} is not a duration: {_DURATION_HINT}")
    if not isinstance(text, str):
        seconds = _finite(text)
        if seconds is None or seconds < 0:
            raise SimulationInputError(f"{_show(text)} is not a duration: it must be 0 or more")
        return seconds
    stripped = text.strip()
    if _NUMBER.fullmatch(stripped):
        total = float(stripped)
        if not math.isfinite(total):
            raise SimulationInputError(f"'{_show(text)}' is too long a duration")
        return total
    total = 0.0
    pos = 0
    for match in _PART.finditer(stripped):
        unit = _UNIT_NAMES.get(match.group(2).lower())
        if match.start() != pos or unit is None:
            break
        total += float(match.group(1)) * _UNIT_SECONDS[unit]
        pos = match.end()
    if not stripped or pos != len(stripped):
        raise SimulationInputError(f"'{_show(text)}' is not a duration: {_DURATION_HINT}")
    if not math.isfinite(total):
        raise SimulationInputError(f"'{_show(text)}' is too long a duration")
    return total


def _finite(value: float) -> float | None:
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


# --- contacts --------------------------------------------------------------------------------

_CONTACT_SHAPE = 'a contact is an object like {"fields": {"plan": "pro"}, "tags": ["vip"]}'


def parse_contact(data: Any, *, source: str = "contact", events: bool = False) -> dict[str, Any]:
    """A checked copy of a contact, ``{"fields": {...}, "tags": [...]}`` (tags without repeats).

    Other keys (a name, an id, a note) are ignored, but an object with keys and neither
    ``fields`` nor ``tags`` is refused: it is most likely a typo that would silently simulate
    an empty contact. ``events`` (a cohort's contacts): an ``events`` key is the contact's own
    event script, checked and kept (``at`` in seconds); without it there is no such key.
    """
    if not isinstance(data, Mapping):
        raise SimulationInputError(f"{_CONTACT_SHAPE}, not {_kind(data)}", source=source)
    own = data.get("events") if events else None
    if data and "fields" not in data and "tags" not in data and own is None:
        keys = ", ".join(f"'{_show(k, 20)}'" for k in list(data)[:3])
        raise SimulationInputError(
            f"has neither 'fields' nor 'tags' (found {keys}); {_CONTACT_SHAPE}", source=source
        )
    fields = data.get("fields")
    if fields is None:
        fields = {}
    if not isinstance(fields, Mapping):
        raise SimulationInputError(
            f"'fields' must be an object of field names and values, not {_kind(fields)}",
            source=source,
        )
    tags = data.get("tags")
    if tags is None:
        tags = []
    if not isinstance(tags, list | tuple):
        raise SimulationInputError(
            f"'tags' must be a list of texts, not {_kind(tags)}", source=source
        )
    clean_tags: list[str] = []
    for i, tag in enumerate(tags):
        if not isinstance(tag, str):
            raise SimulationInputError(
                f"tags[{i}] must be text, not {_kind(tag)} ({_show(tag)})", source=source
            )
        if tag not in clean_tags:
            clean_tags.append(tag)
    contact: dict[str, Any] = {"fields": {str(k): v for k, v in fields.items()}, "tags": clean_tags}
    if own is not None:
        if not isinstance(own, list | tuple):
            raise SimulationInputError(
                f"'events': {_EVENTS_SHAPE}, not {_kind(own)}", source=source
            )
        contact["events"] = parse_events(own, source=f"{source}: events")
    return contact


# --- events ----------------------------------------------------------------------------------

_EVENTS_SHAPE = 'an event script is a list like [{"at": "2d3h", "event": "custom", "eventName": …}]'


def parse_events(data: Any, *, source: str = "events") -> list[dict[str, Any]]:
    """Checked events in script order, ``at`` in seconds; also accepts ``{"events": [...]}``."""
    if isinstance(data, Mapping) and "events" in data:
        data = data["events"]
    if not isinstance(data, list | tuple):
        raise SimulationInputError(f"{_EVENTS_SHAPE}, not {_kind(data)}", source=source)
    return [_parse_event(item, f"{source}: item {i + 1}") for i, item in enumerate(data)]


def _text(item: Mapping[str, Any], key: str, where: str, why: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        got = "it is missing" if value is None else f"not {_kind(value)}"
        raise SimulationInputError(f"'{key}' must be {why} ({got})", source=where)
    return value


def _parse_event(item: Any, where: str) -> dict[str, Any]:
    if type(item) is not dict and not isinstance(item, Mapping):
        raise SimulationInputError(
            f'an event must be an object like {{"at": "1d", "event": "custom", …}}, not {_kind(item)}',
            source=where,
        )
    kind = item.get("event")
    if kind not in EVENT_TYPES:
        known = ", ".join(EVENT_TYPES)
        got = "'event' is missing" if kind is None else f"'{_show(kind, 30)}' is not an event type"
        raise SimulationInputError(f"{got}; use one of: {known}", source=where)
    event: dict[str, Any] = {"event": kind}
    if "at" in item:
        try:
            event["at"] = parse_duration(item["at"])
        except SimulationInputError as exc:
            raise SimulationInputError(f"'at': {exc.detail}", source=where) from None
    elif kind == "http_failure":
        event["at"] = 0.0  # a failure without a time fails the next request, whenever it is
    else:
        raise SimulationInputError(
            f"'at' is missing: when does it happen? ({_DURATION_HINT}, from entry)", source=where
        )
    data = item.get("data")
    if data is None:
        data = {}
    if type(data) is not dict and not isinstance(data, Mapping):
        raise SimulationInputError(f"'data' must be an object, not {_kind(data)}", source=where)
    event["data"] = dict(data)
    if item.get("nodeId") is not None:
        event["nodeId"] = _text(item, "nodeId", where, "the id of a step")
    if kind == "custom":
        event["eventName"] = _text(item, "eventName", where, "the custom event's name")
    elif kind == "tag_added":
        event["tag"] = _text(item, "tag", where, "the tag that was added")
        event["data"].setdefault("tag", event["tag"])
    elif kind == "field_updated":
        event["field"] = _text(item, "field", where, "the name of the field that changed")
        event["data"].setdefault("field", event["field"])
        if "value" in item:
            event["value"] = item["value"]
            event["data"].setdefault("value", item["value"])
    elif kind == "answer":
        key = "value" if "value" in item else "answer" if "answer" in item else None
        if key is not None:
            event["value"] = item[key]
            event["data"].setdefault("value", item[key])
    return event


# --- files -----------------------------------------------------------------------------------


def _read_text(path: str | os.PathLike[str]) -> str:
    name = os.fspath(path)
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise SimulationInputError("no such file", source=name) from None
    except IsADirectoryError:
        raise SimulationInputError("this is a folder, not a file", source=name) from None
    except UnicodeDecodeError as exc:
        line = Path(path).read_bytes()[: exc.start].count(b"\n") + 1
        raise SimulationInputError(f"line {line}: this is not UTF-8 text", source=name) from None
    except OSError as exc:
        raise SimulationInputError(f"cannot be read ({exc.strerror})", source=name) from None


def _load_json(text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SimulationInputError(
            f"line {exc.lineno}, column {exc.colno}: {exc.msg}", source=source
        ) from None
    except RecursionError:
        raise SimulationInputError("the JSON is nested too deeply", source=source) from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise SimulationInputError(f"cannot be read as JSON: {exc}", source=source) from None


def _item_lines(text: str, count: int) -> list[int]:
    """The line each item of a top-level JSON array starts on (the text is known to parse)."""
    decoder = json.JSONDecoder()
    lines: list[int] = []
    pos = text.index("[") + 1
    line, counted = 1, 0
    ws = re.compile(r"[\s,]*")
    for _ in range(count):
        match = ws.match(text, pos)
        pos = match.end() if match else pos
        line += text.count("\n", counted, pos)
        counted = pos
        lines.append(line)
        _value, pos = decoder.raw_decode(text, pos)
    return lines


def read_contact(path: str | os.PathLike[str]) -> dict[str, Any]:
    """One sample contact from a JSON file."""
    name = os.fspath(path)
    return parse_contact(_load_json(_read_text(path), name), source=name)


def read_events(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """An event script from a JSON file; a wrong event is named by its line."""
    name = os.fspath(path)
    text = _read_text(path)
    data = _load_json(text, name)
    if not isinstance(data, list):
        return parse_events(data, source=name)
    lines = _item_lines(text, len(data))
    return [
        _parse_event(item, f"{name}: line {line} (event {i + 1})")
        for i, (item, line) in enumerate(zip(data, lines, strict=True))
    ]


def read_contacts(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """Contacts from a cohort file, one at a time.

    ``.csv``: a header of field names, one contact per row; empty cells are not set; a ``tags``
    column is split on ``;`` or ``,``; an ``events`` column holds the contact's own event script
    as a JSON list. ``.jsonl``/``.ndjson``: one contact object per line (its own script under
    ``events``). ``.json``: a list of contact objects. Other names are read as JSON lines when
    the file starts with ``{``, else as CSV. Errors name the file and the line.
    """
    name = os.fspath(path)
    suffix = Path(name).suffix.lower()
    if suffix == ".json":
        text = _read_text(path)
        data = _load_json(text, name)
        if not isinstance(data, list):
            raise SimulationInputError(
                f"a .json cohort must be a list of contacts, not {_kind(data)}", source=name
            )
        for item, line in zip(data, _item_lines(text, len(data)), strict=True):
            yield parse_contact(item, source=f"{name}: line {line}", events=True)
        return
    if suffix not in (".csv", ".jsonl", ".ndjson"):
        head = _read_text(path).lstrip()[:1]
        suffix = ".jsonl" if head == "{" else ".csv"
    try:
        with open(path, encoding="utf-8-sig", newline="") as stream:
            if suffix == ".csv":
                yield from _csv_contacts(stream, name)
            else:
                yield from _jsonl_contacts(stream, name)
    except FileNotFoundError:
        raise SimulationInputError("no such file", source=name) from None
    except IsADirectoryError:
        raise SimulationInputError("this is a folder, not a file", source=name) from None
    except UnicodeDecodeError:
        raise SimulationInputError("this is not UTF-8 text", source=name) from None
    except OSError as exc:
        raise SimulationInputError(f"cannot be read ({exc.strerror})", source=name) from None


def _jsonl_contacts(stream: Any, name: str) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"{name}: line {number}"
        try:
            data = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            raise SimulationInputError(f"column {exc.colno}: {exc.msg}", source=where) from None
        except RecursionError:
            raise SimulationInputError("the JSON is nested too deeply", source=where) from None
        except ValueError as exc:  # e.g. an integer of more than 4,300 digits
            raise SimulationInputError(f"cannot be read as JSON: {exc}", source=where) from None
        yield parse_contact(data, source=where, events=True)


_TAG_SPLIT = re.compile(r"[;,]")


def _csv_contacts(stream: Any, name: str) -> Iterator[dict[str, Any]]:
    reader = csv.reader(stream, strict=True)  # a stray quote is an error, not a merged row
    header: list[str] | None = None
    tags_column = events_column = -1
    first_line = 1
    try:
        for row in reader:
            line, first_line = first_line, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            where = f"{name}: line {line}"
            if header is None:
                header = [cell.strip() for cell in row]
                _check_header(header, where)
                lowered = [h.lower() for h in header]
                tags_column = lowered.index("tags") if "tags" in lowered else -1
                events_column = lowered.index("events") if "events" in lowered else -1
                continue
            if len(row) != len(header):
                raise SimulationInputError(
                    f"{len(row)} cell{'s' if len(row) != 1 else ''}, but the header names "
                    f"{len(header)} column{'s' if len(header) != 1 else ''}",
                    source=where,
                )
            fields: dict[str, Any] = {}
            tags: list[str] = []
            contact: dict[str, Any] = {"fields": fields, "tags": tags}
            for i, cell in enumerate(row):
                if i == tags_column:
                    for tag in _TAG_SPLIT.split(cell):
                        if tag.strip() and tag.strip() not in tags:
                            tags.append(tag.strip())
                elif i == events_column:
                    if cell.strip():
                        contact["events"] = _cell_events(cell, f"{where}: events")
                elif cell != "":
                    fields[header[i]] = cell
            yield contact
    except csv.Error as exc:
        raise SimulationInputError(f"line {first_line}: {exc}", source=name) from None


def _cell_events(cell: str, where: str) -> list[dict[str, Any]]:
    """A CSV cell's event script: a JSON list, as an ``events`` key holds it in JSON lines."""
    try:
        data = json.loads(cell)
    except json.JSONDecodeError as exc:
        raise SimulationInputError(
            f"column {exc.colno} of the cell: {exc.msg} (write the events as a JSON list)",
            source=where,
        ) from None
    except (RecursionError, ValueError):
        raise SimulationInputError("the cell cannot be read as JSON", source=where) from None
    if not isinstance(data, list):
        raise SimulationInputError(f"{_EVENTS_SHAPE}, not {_kind(data)}", source=where)
    return parse_events(data, source=where)


def _check_header(header: list[str], where: str) -> None:
    seen: set[str] = set()
    for i, column in enumerate(header):
        if not column:
            raise SimulationInputError(
                f"column {i + 1} of the header has no name (the header names the fields)",
                source=where,
            )
        if column in seen:
            raise SimulationInputError(f"the header names '{column}' twice", source=where)
        seen.add(column)
