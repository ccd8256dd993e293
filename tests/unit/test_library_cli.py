"""``import``, ``export`` and ``library`` on the command line, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from journey_builder.cli import main
from journey_builder.storage.library import LIBRARY_ENV, Library

# A journey file in the file form, with fields and a node type the app does not know.
_ODD_JOURNEY = {
    "name": "Spring promo",
    "entryMode": "once_in_a_blue_moon",
    "triggerConfig": {"type": "moon_phase", "conditions": {}, "phase": "full"},
    "definition": {
        "nodes": [
            {
                "id": "start",
                "type": "start",
                "position": {"x": 0, "y": 0, "z": 3},
                "data": {"triggerConfig": {"type": "moon_phase"}, "entryMode": "once"},
                "selected": True,
            },
            {"id": "t1", "type": "teleport", "data": {"to": "mars", "nested": [1, {"a": None}]}},
        ],
        "edges": [{"id": "e1", "source": "start", "target": "t1", "animated": True}],
        "viewport": {"x": 1.5, "y": -2, "zoom": 0.75},
    },
    "id": "jrn_123",
    "updatedAt": "2025-03-01T10:00:00Z",
    "folder": "Campaigns/Spring",
    "tags": ["a", "ü"],
}


def _file_text(obj: dict[str, Any]) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def _run(library: Path, *args: str, env: dict[str, str] | None = None) -> Any:
    full_env = {k: v for k, v in os.environ.items() if k != LIBRARY_ENV}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "journey_builder", "--library", str(library), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        timeout=120,
        check=False,
    )


def test_import_then_export_is_lossless_in_subprocesses(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    source = tmp_path / "spring.journey.json"
    source.write_text(_file_text(_ODD_JOURNEY), encoding="utf-8")
    before = source.read_bytes()

    imported = _run(library, "import", str(source))
    assert imported.returncode == 0, imported.stderr
    journey_id, name = imported.stdout.rstrip("\n").split("\t")
    assert name == "Spring promo"
    assert "Imported" in imported.stderr
    assert source.read_bytes() == before  # import never changes the file

    out = tmp_path / "out.journey.json"
    exported = _run(library, "export", journey_id, str(out))
    assert exported.returncode == 0, exported.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == _ODD_JOURNEY
    assert out.read_bytes() == before  # the file form is stable, byte for byte

    by_name = tmp_path / "by-name.json"
    assert _run(library, "export", "Spring promo", str(by_name)).returncode == 0
    assert by_name.read_bytes() == before


def test_import_of_other_key_order_exports_the_same_json(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    source = tmp_path / "compact.json"
    reordered = dict(reversed(list(_ODD_JOURNEY.items())))
    source.write_text(json.dumps(reordered, separators=(",", ":")), encoding="utf-8")
    assert main(["--library", str(library), "import", str(source)]) == 0
    out = tmp_path / "out.json"
    assert main(["--library", str(library), "export", "jrn_123", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == _ODD_JOURNEY


def test_import_prints_id_and_name_and_creates_an_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "library.sqlite3"
    source = tmp_path / "welcome.journey.json"
    source.write_text(json.dumps({"nodes": [], "edges": []}), encoding="utf-8")
    assert main(["--library", str(library), "import", str(source)]) == 0
    journey_id, name = capsys.readouterr().out.rstrip("\n").split("\t")
    assert name == "welcome"  # a bare definition is named after its file
    with Library(library) as lib:
        entry = lib.get(journey_id)
        assert entry.name == "welcome"
        assert entry.sync_state.value == "local"


def test_import_of_api_journey_links_the_remote_journey(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "library.sqlite3"
    source = tmp_path / "api.json"
    api_journey = {
        "id": "jrn_9",
        "tenantId": "t1",
        "name": "From the API",
        "status": "active",
        "createdAt": "2025-01-01T00:00:00Z",
        "updatedAt": "2025-01-02T00:00:00Z",
        "definition": {"nodes": [], "edges": []},
    }
    source.write_text(json.dumps(api_journey), encoding="utf-8")
    assert main(["--library", str(library), "import", "--json", str(source)]) == 0
    entry = json.loads(capsys.readouterr().out)
    assert entry["name"] == "From the API"
    assert entry["remoteId"] == "jrn_9"
    assert entry["remoteUpdatedAt"] == "2025-01-02T00:00:00Z"
    assert entry["status"] == "active"
    assert entry["syncState"] == "modified"


def test_unreadable_files_exit_2_and_create_nothing(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    missing = _run(library, "import", str(tmp_path / "missing.json"))
    assert missing.returncode == 2
    assert "no such file" in missing.stderr
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "name": "x",\n  "definition": {\n}', encoding="utf-8")
    result = _run(library, "import", str(broken))
    assert result.returncode == 2
    assert "line 4" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    if library.exists():
        with Library(library) as lib:
            assert lib.list(include_trash=True) == []


def test_export_of_unknown_or_ambiguous_journey_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "library.sqlite3"
    source = tmp_path / "twin.json"
    source.write_text(json.dumps({"name": "Twin", "definition": {}}), encoding="utf-8")
    assert main(["--library", str(library), "import", str(source)]) == 0
    assert main(["--library", str(library), "import", str(source)]) == 0
    capsys.readouterr()
    out = tmp_path / "out.json"
    assert main(["--library", str(library), "export", "Twin", str(out)]) == 2
    err = capsys.readouterr().err
    assert "2 journeys match the name" in err
    assert main(["--library", str(library), "export", "Nobody", str(out)]) == 2
    assert '"Nobody"' in capsys.readouterr().err
    assert not out.exists()


def test_export_to_missing_folder_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "library.sqlite3"
    with Library(library) as lib:
        lib.create(json.dumps({"name": "Solo", "definition": {"nodes": [], "edges": []}}))
    code = main(["--library", str(library), "export", "Solo", str(tmp_path / "no" / "x.json")])
    assert code == 2
    assert "folder does not exist" in capsys.readouterr().err


def test_export_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    library = tmp_path / "library.sqlite3"
    with Library(library) as lib:
        lib.create(_file_text(_ODD_JOURNEY))
    assert main(["--library", str(library), "export", "Spring promo", "-"]) == 0
    assert capsys.readouterr().out == _file_text(_ODD_JOURNEY)


def test_library_verb_lists_entries(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    library = tmp_path / "library.sqlite3"
    assert main(["--library", str(library), "library"]) == 0
    assert "The library is empty." in capsys.readouterr().err
    with Library(library) as lib:
        a = lib.create(json.dumps({"name": "Alpha", "definition": {}}))
        b = lib.create(json.dumps({"name": "Beta\nline", "definition": {}}))
        lib.move_to_trash(a.id)
    assert main(["--library", str(library), "library"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["ID", "STATE", "CHANGED", "(UTC)", "NAME"]
    assert len(table) == 2
    assert table[1].startswith(b.id) and table[1].endswith("Beta\\nline")
    assert main(["--library", str(library), "library", "--trash", "--json"]) == 0
    assert [e["name"] for e in json.loads(capsys.readouterr().out)] == ["Alpha"]


def test_library_from_environment_and_not_a_database(tmp_path: Path) -> None:
    library = tmp_path / "env-library.sqlite3"
    source = tmp_path / "j.json"
    source.write_text(json.dumps({"name": "Env", "definition": {}}), encoding="utf-8")
    env = {**os.environ, LIBRARY_ENV: str(library)}
    result = subprocess.run(
        [sys.executable, "-m", "journey_builder", "import", str(source)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    with Library(library) as lib:
        assert [e.name for e in lib.list()] == ["Env"]

    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n", encoding="utf-8")
    refused = _run(notes, "library")
    assert refused.returncode == 2
    assert "not a Journey Builder library" in refused.stderr
    assert notes.read_text(encoding="utf-8") == "not a database\n"
