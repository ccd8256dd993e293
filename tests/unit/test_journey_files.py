"""Journey files: the four import shapes, every kind of bad file, and atomic saving."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from journey_builder import load_journey, save_journey
from journey_builder.errors import (
    FileReadError,
    FileWriteError,
    JourneyFileError,
    JSONSyntaxError,
    NestingTooDeepError,
    ShapeError,
)
from journey_builder.model import JourneyDocument
from journey_builder.storage.files import (
    MAX_FILE_BYTES,
    FileShape,
    detect_shape,
    document_to_text,
    parse_journey_text,
)
from journey_builder.validation import validate
from tests.unit.journey_fixtures import post_purchase


def write(path: Path, obj: Any) -> Path:
    path.write_text(json.dumps(obj, indent=2), encoding="utf-8")
    return path


# --- the four import shapes ---------------------------------------------------------------------


def test_a_journey_file_loads_as_it_is(tmp_path: Path) -> None:
    obj = {**post_purchase(), "id": "jrn_1", "updatedAt": "2026-04-30T10:05:00Z"}
    doc = load_journey(write(tmp_path / "follow-up.journey.json", obj))
    assert detect_shape(obj) is FileShape.DOCUMENT
    assert doc.name == "Post-purchase follow-up"
    assert doc.id == "jrn_1" and doc.updatedAt == "2026-04-30T10:05:00Z"
    assert doc.to_json() == obj


def test_a_bare_definition_takes_its_name_from_the_file(tmp_path: Path) -> None:
    definition = post_purchase()["definition"]
    doc = load_journey(write(tmp_path / "Welcome series.journey.json", definition))
    assert detect_shape(definition) is FileShape.DEFINITION
    assert doc.name == "Welcome series"
    assert doc.triggerConfig is None and doc.entryMode is None
    assert doc.effective_entry_mode() == "once"
    assert validate(doc) == []  # the start step's trigger stands for the journey's


def test_a_journey_as_the_api_returns_it_keeps_the_server_fields(tmp_path: Path) -> None:
    api = {
        "id": "jrn_01HV8ZF5T2J4M6N8P0Q2R4S6V8",
        "tenantId": "tn_01HV8Y1N3QPY9X2HBQ1M9E8D0",
        "status": "draft",
        "createdAt": "2026-04-30T09:55:00Z",
        "updatedAt": "2026-04-30T10:05:00Z",
        **post_purchase(),
    }
    doc = load_journey(write(tmp_path / "api.json", api))
    assert detect_shape(api) is FileShape.JOURNEY
    assert doc.to_json() == api
    body = doc.api_body()
    assert "status" not in body and "tenantId" not in body and "id" not in body
    assert body["definition"] == api["definition"]


def test_a_journey_summary_without_definition_loads(tmp_path: Path) -> None:
    summary = {"id": "jrn_1", "name": "Summary", "status": "active", "definition": None}
    doc = load_journey(write(tmp_path / "s.json", summary))
    assert doc.nodes == [] and doc.name == "Summary"


def test_a_journey_version_becomes_a_document(tmp_path: Path) -> None:
    full = post_purchase()
    version = {
        "id": "ver_7",
        "journeyId": "jrn_1",
        "definition": full["definition"],
        "triggerConfig": full["triggerConfig"],
        "entryMode": "once",
        "createdAt": "2026-05-01T00:00:00Z",
    }
    doc = load_journey(json.dumps(version))
    assert detect_shape(version) is FileShape.VERSION
    assert doc.name == "Version ver_7"
    assert doc.to_json()["definition"] == full["definition"]
    assert doc.entryMode == "once" and doc.effective_trigger() == full["triggerConfig"]
    assert "journeyId" not in doc.to_json()


def test_loading_never_changes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "j.json"
    path.write_text('{"name":"x","definition":{"nodes":[],"edges":[]},"zz":1}', encoding="utf-8")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    load_journey(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_a_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"name": "Café"}).encode())
    assert load_journey(path).name == "Café"


def test_a_path_that_starts_with_a_brace_is_still_a_path(tmp_path: Path) -> None:
    path = write(tmp_path / "{odd}.json", {"name": "Odd"})
    assert load_journey(path).name == "Odd"


# --- bad files ----------------------------------------------------------------------------------


def refused(tmp_path: Path, content: bytes | str, error: type[JourneyFileError]) -> str:
    path = tmp_path / "bad.journey.json"
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    with pytest.raises(error) as caught:
        load_journey(path)
    assert caught.value.exit_code == 2
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    return message


def test_broken_json_says_line_and_column(tmp_path: Path) -> None:
    message = refused(tmp_path, '{\n  "name": "x",\n  "definition": }\n', JSONSyntaxError)
    assert "line 3, column 17" in message and "not valid JSON" in message


def test_a_missing_comma(tmp_path: Path) -> None:
    with pytest.raises(JSONSyntaxError) as caught:
        load_journey('{"name": "x"\n "entryMode": "once"}')
    assert (caught.value.line, caught.value.column) == (2, 2)
    assert "Expecting ',' delimiter" in str(caught.value)


def test_an_empty_file(tmp_path: Path) -> None:
    assert "line 1, column 1" in refused(tmp_path, "", JSONSyntaxError)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("[1, 2]", "found a list"),
        ('"journey"', "found text"),
        ('{"foo": 1, "bar": 2}', "found an object with bar, foo"),
    ],
)
def test_json_that_is_not_a_journey(tmp_path: Path, content: str, words: str) -> None:
    message = refused(tmp_path, content, ShapeError)
    assert "expected a journey file" in message and words in message


@pytest.mark.parametrize(
    ("obj", "where", "words"),
    [
        ({"name": "x", "definition": {"nodes": {}}}, "definition.nodes", "expected a list"),
        (
            {"name": "x", "definition": {"nodes": [{"type": "start"}]}},
            "definition.nodes[0]",
            '"id" is missing',
        ),
        ({"name": 5}, "name", "expected text"),
        (
            {
                "name": "x",
                "definition": {"nodes": [{"id": "a", "type": "x", "position": {"x": "10"}}]},
            },
            "definition.nodes[0].position.x",
            "expected a number",
        ),
        ({"nodes": [{"id": 3, "type": "x"}]}, "definition.nodes[0].id", "expected text"),
    ],
)
def test_wrong_shapes_say_where(tmp_path: Path, obj: Any, where: str, words: str) -> None:
    path = write(tmp_path / "bad.json", obj)
    with pytest.raises(ShapeError) as caught:
        load_journey(path)
    assert caught.value.path == where
    assert words in str(caught.value)


def test_a_position_is_never_coerced() -> None:
    with pytest.raises(ShapeError):
        load_journey(
            '{"name": "x", "definition": {"nodes": [{"id": "a", "type": "x", "position": {"x": true}}]}}'
        )


def test_a_file_over_50_mb_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.journey.json"
    with path.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: no 50 MB written
    with pytest.raises(FileReadError) as caught:
        load_journey(path)
    assert "at most 50 MB" in str(caught.value)


def test_text_over_50_mb_is_refused() -> None:
    with pytest.raises(FileReadError, match="at most 50 MB"):
        parse_journey_text("{" + " " * MAX_FILE_BYTES + "}")


def nested(depth: int) -> str:
    return '{"name": "deep", "x": ' + "[" * (depth - 1) + "]" * (depth - 1) + "}"


def test_nesting_of_200_levels_is_accepted() -> None:
    assert load_journey(nested(200)).name == "deep"


def test_nesting_over_200_levels_is_refused(tmp_path: Path) -> None:
    message = refused(tmp_path, nested(201), NestingTooDeepError)
    assert "nested 201 levels deep; at most 200" in message
    message = refused(tmp_path, "[" * 100_000, NestingTooDeepError)
    assert "at most 200" in message


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = json.dumps({"name": "[" * 500 + '\\"{' * 300, "note": "]" * 5 + "\\"})
    assert load_journey(text).name == "[" * 500 + '\\"{' * 300


def test_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    message = refused(tmp_path, b'{"name": "caf\xe9"}', FileReadError)
    assert "not UTF-8" in message and "0xe9" in message


@pytest.mark.parametrize(
    ("number", "words"),
    [
        ("NaN", "NaN is not valid JSON"),
        ("Infinity", "Infinity is not valid JSON"),
        ("-Infinity", "-Infinity is not valid JSON"),
        ("1e999", "the number 1e999 is too large"),
        ("1" * 5000, "a number is too long"),
    ],
)
def test_numbers_json_cannot_hold(tmp_path: Path, number: str, words: str) -> None:
    assert words in refused(tmp_path, '{"name": "x", "v": ' + number + "}", ShapeError)


def test_large_but_finite_numbers_are_kept() -> None:
    doc = load_journey('{"name": "x", "v": 1e308, "w": 123456789012345678901234567890}')
    assert doc.to_json()["v"] == 1e308
    assert doc.to_json()["w"] == 123456789012345678901234567890


def test_a_folder(tmp_path: Path) -> None:
    with pytest.raises(FileReadError, match="this is a folder, not a journey file"):
        load_journey(tmp_path)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileReadError, match="no such file") as caught:
        load_journey(tmp_path / "nope.journey.json")
    assert str(tmp_path / "nope.journey.json") in str(caught.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.json", {"name": "x"})
    path.chmod(0)
    with pytest.raises(FileReadError, match="cannot read it"):
        load_journey(path)


# --- saving -------------------------------------------------------------------------------------


def test_save_writes_the_file_form(tmp_path: Path) -> None:
    doc = JourneyDocument.model_validate(post_purchase())
    path = tmp_path / "out.journey.json"
    save_journey(doc, path)
    text = path.read_text(encoding="utf-8")
    assert text == json.dumps(doc.to_json(), indent=2, ensure_ascii=False) + "\n"
    assert text.startswith('{\n  "name": "Post-purchase follow-up",\n  "entryMode": "once",')
    assert os.listdir(tmp_path) == ["out.journey.json"]


def test_save_replaces_an_existing_file_and_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "j.journey.json"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    save_journey(JourneyDocument(name="New"), path)
    assert json.loads(path.read_text(encoding="utf-8")) == {"name": "New"}
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert os.listdir(tmp_path) == ["j.journey.json"]


def test_a_failed_save_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "j.journey.json"
    path.write_text('{"name": "Old"}', encoding="utf-8")

    def disk_full(*_args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(FileWriteError) as caught:
        save_journey(JourneyDocument(name="New"), path)
    assert "No space left on device" in str(caught.value)
    assert "nothing was changed" in str(caught.value)
    assert caught.value.exit_code == 2
    assert path.read_text(encoding="utf-8") == '{"name": "Old"}'
    assert os.listdir(tmp_path) == ["j.journey.json"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_saving_into_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "j.json").write_text("old", encoding="utf-8")
    folder.chmod(0o500)
    try:
        with pytest.raises(FileWriteError):
            save_journey(JourneyDocument(name="New"), folder / "j.json")
        assert (folder / "j.json").read_text(encoding="utf-8") == "old"
    finally:
        folder.chmod(0o700)


def test_saving_into_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match="the folder does not exist"):
        save_journey(JourneyDocument(name="x"), tmp_path / "no" / "j.json")


@pytest.mark.parametrize("value", [float("nan"), float("inf"), {1, 2}])
def test_a_value_json_cannot_store_is_refused(value: Any) -> None:
    with pytest.raises(FileWriteError, match="cannot store"):
        document_to_text({"name": "x", "v": value})


def test_a_lone_surrogate_survives_a_save(tmp_path: Path) -> None:
    doc = load_journey('{"name": "bad \\ud800 text"}')
    path = tmp_path / "s.json"
    save_journey(doc, path)
    assert "\\ud800" in path.read_text(encoding="utf-8")
    assert load_journey(path).name == "bad \ud800 text"


def test_document_to_text_matches_the_standard_writer() -> None:
    obj = {
        "name": 'Ünïcode ✓ "quoted" \\ \n\t',
        "a": [1, 1.5, -0.0, 1e300, True, False, None, [], {}, [[]], {"b": {"c": []}}],
        "big": 10**40,
    }
    assert document_to_text(obj) == json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
