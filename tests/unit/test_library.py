"""The local library: schema and migrations, refusals, CRUD, search, trash, sync state, session."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from journey_builder.errors import LibraryEntryNotFoundError, LibraryError
from journey_builder.model import JourneyDocument
from journey_builder.storage.files import document_from_object, document_to_text
from journey_builder.storage.library import (
    LIBRARY_ENV,
    Library,
    SyncState,
    default_library_path,
)
from journey_builder.storage.library_schema import APPLICATION_ID, SCHEMA_VERSION


def _doc(name: str | None = "Welcome", nodes: int = 1, **extra: Any) -> JourneyDocument:
    obj: dict[str, Any] = {
        "entryMode": "once",
        "triggerConfig": {"type": "contact_created", "conditions": {}},
        "definition": {
            "nodes": [
                {"id": "start", "type": "start", "data": {"entryMode": "once"}},
                *(
                    {"id": f"n{i}", "type": "delay", "data": {"amount": i, "unit": "days"}}
                    for i in range(1, nodes)
                ),
            ],
            "edges": [],
        },
        **extra,
    }
    if name is not None:
        obj = {"name": name, **obj}
    return document_from_object(obj)


@pytest.fixture
def lib(tmp_path: Path) -> Any:
    with Library(tmp_path / "library.sqlite3", history_interval=0) as library:
        yield library


# --- where the library lives ------------------------------------------------------------------


def test_default_path_prefers_override_then_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(LIBRARY_ENV, raising=False)
    default = default_library_path()
    assert default.name == "library.sqlite3"
    assert "journey-builder" in str(default.parent)
    monkeypatch.setenv(LIBRARY_ENV, str(tmp_path / "env.sqlite3"))
    assert default_library_path() == tmp_path / "env.sqlite3"
    assert default_library_path(tmp_path / "cli.sqlite3") == tmp_path / "cli.sqlite3"
    monkeypatch.setenv(LIBRARY_ENV, "  ")
    assert default_library_path() == default


def test_library_uses_environment_when_no_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LIBRARY_ENV, str(tmp_path / "from-env.sqlite3"))
    with Library() as library:
        library.create(_doc())
    assert (tmp_path / "from-env.sqlite3").exists()


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="does not exist"):
        Library(tmp_path / "no" / "such" / "library.sqlite3")


# --- schema -----------------------------------------------------------------------------------


def test_new_library_has_current_schema_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        assert library.schema_version == SCHEMA_VERSION
        conn = library._conn
        assert conn is not None
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        raw.close()
    assert {"journeys", "history", "open_tabs", "settings"} <= tables


# The format of version 1, written out by hand: released migrations must never change.
_V1_SQL = """
CREATE TABLE journeys (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, document TEXT NOT NULL,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, remote_id TEXT,
    remote_updated_at TEXT, dirty INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1)),
    sync_state TEXT NOT NULL DEFAULT 'local'
        CHECK (sync_state IN ('local', 'synced', 'modified', 'remote_changed', 'conflict')),
    deleted_at TEXT
);
CREATE INDEX journeys_remote_id ON journeys (remote_id);
CREATE INDEX journeys_modified_at ON journeys (modified_at);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
PRAGMA user_version = 1;
"""


def test_version_1_library_is_migrated_keeping_its_journeys(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path)
    raw.executescript(_V1_SQL)
    raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    text = document_to_text(_doc("Old one", extra_field={"kept": True}))
    raw.execute(
        "INSERT INTO journeys VALUES ('old-1', 'Old one', ?, '2024-01-01T00:00:00.000000Z', "
        "'2024-01-02T00:00:00.000000Z', 'jrn_9', '2024-01-02T00:00:00Z', 0, 'synced', NULL)",
        (text,),
    )
    raw.execute("INSERT INTO settings VALUES ('theme', '\"dark\"')")
    raw.commit()
    raw.close()

    with Library(path) as library:
        assert library.schema_version == SCHEMA_VERSION
        entry = library.get("old-1")
        assert entry.name == "Old one"
        assert entry.revision == 1
        assert entry.status is None
        assert entry.sync_state is SyncState.SYNCED
        assert library.load("old-1").extra_fields == {"extra_field": {"kept": True}}
        assert library.get_setting("theme") == "dark"
        # The new tables work on the migrated file.
        library.save_document("old-1", _doc("Old one, edited"))
        assert library.get("old-1").sync_state is SyncState.MODIFIED
        assert len(library.history("old-1")) == 1
        library.set_open_tabs(["old-1"], active="old-1")
        assert library.get_open_tabs().active == "old-1"


def test_newer_library_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        library.create(_doc())
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 7}")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="newer Journey Builder") as info:
        Library(path)
    assert f"format {SCHEMA_VERSION + 7}" in str(info.value)
    assert path.read_bytes() == before


def test_not_a_database_is_refused_and_left_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"These are my notes, not a database.\n" * 200)
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="not a Journey Builder library"):
        Library(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_database_of_another_program_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE invoices (n INTEGER)")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="another program"):
        Library(path)
    assert path.read_bytes() == before


def test_damaged_library_is_a_clear_error_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        for i in range(20):
            library.create(_doc(f"J{i}", nodes=30))
    data = bytearray(path.read_bytes())
    data[100:] = b"\xa5" * (len(data) - 100)  # keep the header, ruin every page
    path.write_bytes(bytes(data))
    with pytest.raises(LibraryError, match="damaged"), Library(path) as library:
        library.list()
    assert path.read_bytes() == bytes(data)


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="is a folder"):
        Library(tmp_path)


def test_closed_library_says_so(tmp_path: Path) -> None:
    library = Library(tmp_path / "library.sqlite3")
    library.close()
    with pytest.raises(LibraryError, match="closed"):
        library.list()


# --- create, read, save -----------------------------------------------------------------------


def test_create_and_load_keep_every_field(lib: Library) -> None:
    doc = document_from_object(
        {
            "name": "Odd",
            "definition": {
                "nodes": [{"id": "a", "type": "teleport", "data": {"to": "mars"}, "glow": 1}],
                "edges": [{"id": "e", "source": "a", "target": "a", "color": "red"}],
                "viewport": {"zoom": 2},
            },
            "folder": "Spring",
        }
    )
    entry = lib.create(doc)
    assert entry.name == "Odd"
    assert entry.sync_state is SyncState.LOCAL
    assert entry.dirty and entry.remote_id is None and not entry.in_trash
    assert lib.load(entry.id).to_json() == doc.to_json()
    assert lib.document_text(entry.id) == document_to_text(doc)


def test_unnamed_journey_is_listed_as_untitled_but_document_unchanged(lib: Library) -> None:
    entry = lib.create(_doc(name=None))
    assert entry.name == "Untitled journey"
    assert "name" not in lib.load(entry.id).to_json()


def test_create_from_pulled_document_links_the_remote_journey(lib: Library) -> None:
    doc = _doc(id="jrn_1", updatedAt="2025-01-01T00:00:00Z", status="draft")
    imported = lib.create(doc)
    assert imported.remote_id == "jrn_1"
    assert imported.remote_updated_at == "2025-01-01T00:00:00Z"
    assert imported.status == "draft"
    assert imported.sync_state is SyncState.MODIFIED and imported.dirty
    pulled = lib.create(doc, from_server=True)
    assert pulled.sync_state is SyncState.SYNCED and not pulled.dirty
    with pytest.raises(LibraryError, match="carry its id"):
        lib.create(_doc(), from_server=True)


def test_save_document_marks_dirty_bumps_revision_and_skips_identical_text(lib: Library) -> None:
    entry = lib.create(_doc(id="jrn_1", updatedAt="u1"), from_server=True)
    same = lib.save_document(entry.id, _doc(id="jrn_1", updatedAt="u1"))
    assert same == entry  # nothing changed, nothing written
    edited = lib.save_document(entry.id, _doc("Renamed in editor", id="jrn_1", updatedAt="u1"))
    assert edited.name == "Renamed in editor"
    assert edited.dirty and edited.sync_state is SyncState.MODIFIED
    assert edited.revision == entry.revision + 1
    assert edited.modified_at >= entry.modified_at


def test_save_document_accepts_file_text_and_refuses_broken_text(lib: Library) -> None:
    entry = lib.create(_doc())
    text = document_to_text(_doc("From text", nodes=3))
    saved = lib.save_document(entry.id, text)
    assert saved.name == "From text"
    assert lib.document_text(entry.id) == text
    with pytest.raises(LibraryError, match="not valid JSON"):
        lib.save_document(entry.id, '{"name": "x", ')
    with pytest.raises(LibraryError, match="not a journey"):
        lib.save_document(entry.id, "[1, 2]")
    assert lib.document_text(entry.id) == text


def test_save_bare_definition_text_stores_the_file_form(lib: Library) -> None:
    entry = lib.create(_doc())
    lib.save_document(entry.id, json.dumps({"nodes": [], "edges": []}))
    stored = json.loads(lib.document_text(entry.id))
    assert stored == {"definition": {"nodes": [], "edges": []}}


def test_unknown_id_is_not_found(lib: Library) -> None:
    with pytest.raises(LibraryEntryNotFoundError, match="no journey with the id"):
        lib.get("nope")
    with pytest.raises(LibraryEntryNotFoundError):
        lib.save_document("nope", _doc())
    with pytest.raises(LibraryEntryNotFoundError):
        lib.load("nope")


def test_rename_changes_entry_and_document(lib: Library) -> None:
    entry = lib.create(_doc("Before"))
    renamed = lib.rename(entry.id, "  After  ")
    assert renamed.name == "After"
    assert lib.load(entry.id).name == "After"
    assert renamed.revision == entry.revision + 1
    with pytest.raises(LibraryError, match="needs a name"):
        lib.rename(entry.id, "   ")
    assert lib.get(entry.id).name == "After"


def test_duplicate_is_a_local_copy_without_server_fields(lib: Library) -> None:
    original = lib.create(
        _doc("Welcome", id="jrn_1", updatedAt="u1", status="active", tenantId="t", folder="x"),
        from_server=True,
    )
    copy = lib.duplicate(original.id)
    assert copy.name == "Welcome (copy)"
    assert copy.id != original.id
    assert copy.sync_state is SyncState.LOCAL and copy.remote_id is None
    doc = lib.load(copy.id).to_json()
    assert doc["name"] == "Welcome (copy)"
    assert doc["folder"] == "x"
    assert not {"id", "updatedAt", "status", "tenantId"} & set(doc)
    assert doc["definition"] == lib.load(original.id).to_json()["definition"]
    assert lib.duplicate(original.id).name == "Welcome (copy 2)"
    assert lib.duplicate(original.id, name="Mine").name == "Mine"


# --- list, search, sort, find -----------------------------------------------------------------


def test_list_sorts_and_searches(lib: Library) -> None:
    names = ["banana", "Apple", "cherry", "Élan vital"]
    ids = [lib.create(_doc(n)).id for n in names]
    lib.save_document(ids[0], _doc("banana", nodes=2))  # banana is now the newest change
    assert [e.name for e in lib.list()] == ["banana", "Élan vital", "cherry", "Apple"]
    assert [e.name for e in lib.list(sort="created")] == [
        "Élan vital",
        "cherry",
        "Apple",
        "banana",
    ]
    assert [e.name for e in lib.list(sort="name")] == ["Apple", "banana", "cherry", "Élan vital"]
    assert [e.name for e in lib.list(search="AN")] == ["banana", "Élan vital"]
    assert [e.name for e in lib.list(search="élan")] == ["Élan vital"]
    assert [e.name for e in lib.list(search="100%")] == []
    with pytest.raises(LibraryError, match="Cannot sort"):
        lib.list(sort="size")  # type: ignore[arg-type]


def test_search_matches_remote_id(lib: Library) -> None:
    lib.create(_doc("Linked", id="jrn_abc"))
    lib.create(_doc("Other"))
    assert [e.name for e in lib.list(search="jrn_abc")] == ["Linked"]


def test_find_by_id_remote_id_name_and_prefix(lib: Library) -> None:
    a = lib.create(_doc("Welcome series", id="jrn_77"))
    b = lib.create(_doc("Win-back"))
    assert lib.find(a.id) == a
    assert lib.find("jrn_77") == a
    assert lib.find("Win-back") == b
    assert lib.find("  win-BACK ") == b
    assert lib.find(b.id[:8]) == b
    with pytest.raises(LibraryEntryNotFoundError, match='"Nobody"'):
        lib.find("Nobody")


def test_find_ambiguous_name_lists_the_candidates(lib: Library) -> None:
    a = lib.create(_doc("Twin"))
    b = lib.create(_doc("Twin"))
    with pytest.raises(LibraryError, match="2 journeys match the name") as info:
        lib.find("Twin")
    assert not isinstance(info.value, LibraryEntryNotFoundError)
    assert a.id in str(info.value) and b.id in str(info.value)
    lib.move_to_trash(a.id)
    assert lib.find("Twin") == lib.get(b.id)  # the trash does not count for names


def test_exact_name_wins_over_case_insensitive(lib: Library) -> None:
    lower = lib.create(_doc("promo"))
    lib.create(_doc("PROMO"))
    assert lib.find("promo") == lower


# --- trash ------------------------------------------------------------------------------------


def test_trash_restore_purge_and_empty(lib: Library) -> None:
    keep = lib.create(_doc("Keep"))
    gone = lib.create(_doc("Gone"))
    also = lib.create(_doc("Also gone"))
    trashed = lib.move_to_trash(gone.id)
    assert trashed.in_trash and isinstance(trashed.deleted_at, datetime)
    assert [e.name for e in lib.list()] == ["Also gone", "Keep"]
    assert [e.name for e in lib.list(include_trash=True, sort="name")] == [
        "Also gone",
        "Gone",
        "Keep",
    ]
    assert [e.name for e in lib.trash()] == ["Gone"]
    assert lib.load(gone.id).name == "Gone"  # still readable in the trash

    with pytest.raises(LibraryError, match="not in the trash"):
        lib.purge(keep.id)
    assert lib.get(keep.id).name == "Keep"

    restored = lib.restore(gone.id)
    assert not restored.in_trash
    lib.move_to_trash(gone.id)
    lib.purge(gone.id)
    with pytest.raises(LibraryEntryNotFoundError):
        lib.get(gone.id)

    lib.move_to_trash(also.id)
    assert lib.empty_trash() == 1
    assert [e.name for e in lib.list(include_trash=True)] == ["Keep"]


def test_purge_removes_history_and_tabs(lib: Library) -> None:
    entry = lib.create(_doc())
    lib.set_open_tabs([entry.id], active=entry.id)
    lib.move_to_trash(entry.id)
    assert lib.get_open_tabs().journey_ids == ()
    lib.purge(entry.id)
    conn = lib._conn
    assert conn is not None
    assert conn.execute("SELECT count(*) FROM history").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM open_tabs").fetchone()[0] == 0


# --- sync state -------------------------------------------------------------------------------


def test_sync_states_follow_pushes_edits_and_remote_changes(lib: Library) -> None:
    entry = lib.create(_doc())
    assert entry.sync_state is SyncState.LOCAL
    with pytest.raises(LibraryError, match="never been pushed"):
        lib.mark_remote_changed(entry.id)

    pushed = lib.mark_synced(entry.id, "jrn_5", "u1", "draft", revision=entry.revision)
    assert (pushed.sync_state, pushed.dirty, pushed.remote_id) == (SyncState.SYNCED, False, "jrn_5")
    assert lib.load(entry.id).id == "jrn_5"
    assert lib.load(entry.id).updatedAt == "u1"

    remote = lib.mark_remote_changed(entry.id)
    assert remote.sync_state is SyncState.REMOTE_CHANGED
    assert remote.remote_updated_at == "u1"  # the base of the next push is kept
    edited = lib.save_document(entry.id, _doc("Edited"))
    assert edited.sync_state is SyncState.CONFLICT and edited.dirty

    pulled = lib.save_document(
        entry.id, _doc("Theirs", id="jrn_5", updatedAt="u2", status="active"), from_server=True
    )
    assert (pulled.sync_state, pulled.dirty) == (SyncState.SYNCED, False)
    assert (pulled.remote_updated_at, pulled.status) == ("u2", "active")

    lib.save_document(entry.id, _doc("Mine again", id="jrn_5", updatedAt="u2"))
    assert lib.mark_conflict(entry.id).sync_state is SyncState.CONFLICT

    status = lib.set_remote_status(entry.id, "paused", "u3")
    assert (status.status, status.remote_updated_at, status.dirty) == ("paused", "u3", True)


def test_mark_synced_keeps_edits_made_during_the_push(lib: Library) -> None:
    entry = lib.create(_doc())
    pushed_revision = entry.revision
    lib.save_document(entry.id, _doc("Edited while pushing"))  # autosave during the push
    after = lib.mark_synced(entry.id, "jrn_1", "u1", revision=pushed_revision)
    assert after.dirty and after.sync_state is SyncState.MODIFIED
    assert after.remote_id == "jrn_1"


# --- history ----------------------------------------------------------------------------------


def test_history_is_bounded_and_restorable(tmp_path: Path) -> None:
    with Library(tmp_path / "l.sqlite3", history_limit=5, history_interval=0) as library:
        entry = library.create(_doc("v0"))
        for i in range(1, 12):
            library.save_document(entry.id, _doc(f"v{i}"))
        snaps = library.history(entry.id)
        assert [s.name for s in snaps] == ["v11", "v10", "v9", "v8", "v7"]
        assert snaps[0].revision == 12
        assert library.history_document(snaps[-1].seq).name == "v7"
        restored = library.restore_snapshot(entry.id, snaps[-1].seq)
        assert restored.name == "v7"
        assert library.load(entry.id).name == "v7"
        other = library.create(_doc("other"))
        with pytest.raises(LibraryError, match="another journey"):
            library.restore_snapshot(other.id, snaps[0].seq)
        with pytest.raises(LibraryEntryNotFoundError):
            library.history_document(10_000)


def test_history_takes_at_most_one_snapshot_per_interval(tmp_path: Path) -> None:
    with Library(tmp_path / "l.sqlite3", history_interval=3600) as library:
        entry = library.create(_doc("v0"))
        for i in range(1, 5):
            library.save_document(entry.id, _doc(f"v{i}"))
        assert [s.name for s in library.history(entry.id)] == ["v0"]
        library.save_document(entry.id, _doc("milestone"), snapshot=True)
        assert [s.name for s in library.history(entry.id)] == ["milestone", "v0"]


# --- session and settings ---------------------------------------------------------------------


def test_open_tabs_round_trip(lib: Library) -> None:
    a, b, c = (lib.create(_doc(n)).id for n in "abc")
    assert lib.get_open_tabs().journey_ids == ()
    lib.set_open_tabs([c, a, b, a], active=a)
    tabs = lib.get_open_tabs()
    assert tabs.journey_ids == (c, a, b)
    assert tabs.active == a
    lib.set_open_tabs([b])
    assert lib.get_open_tabs().journey_ids == (b,)
    assert lib.get_open_tabs().active is None
    with pytest.raises(LibraryEntryNotFoundError):
        lib.set_open_tabs([a, "missing"])
    assert lib.get_open_tabs().journey_ids == (b,)  # the failed write changed nothing
    with pytest.raises(LibraryError, match="active tab"):
        lib.set_open_tabs([a], active=b)


def test_settings(lib: Library) -> None:
    assert lib.get_setting("theme", "light") == "light"
    lib.set_setting("theme", "dark")
    lib.set_setting("recent", {"files": ["a.json"], "n": 2})
    assert lib.get_setting("theme") == "dark"
    assert lib.get_setting("recent") == {"files": ["a.json"], "n": 2}
    lib.delete_setting("theme")
    assert lib.get_setting("theme") is None
    with pytest.raises(LibraryError, match="cannot be stored"):
        lib.set_setting("bad", {1, 2})


def test_settings_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite3"
    with Library(path) as library:
        library.set_setting("zoom", 1.5)
    with Library(path) as library:
        assert library.get_setting("zoom") == 1.5


# --- robustness -------------------------------------------------------------------------------


def test_disk_full_loses_nothing(lib: Library) -> None:
    entry = lib.create(_doc("Small"))
    conn = lib._conn
    assert conn is not None
    # Cap the file at its current size: the next growth fails exactly like a full disk.
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(LibraryError, match="disk is full") as info:
        lib.save_document(entry.id, _doc("Big", nodes=3000))
    assert "Nothing was lost" in str(info.value)
    with pytest.raises(LibraryError, match="disk is full"):
        lib.create(_doc("Another", nodes=3000))
    after = lib.get(entry.id)
    assert after == entry
    assert lib.load(entry.id).name == "Small"
    assert [e.name for e in lib.list()] == ["Small"]
    assert len(lib.history(entry.id)) == 1
    conn.execute("PRAGMA max_page_count = 1073741823")
    assert lib.save_document(entry.id, _doc("Big", nodes=3000)).name == "Big"


def test_one_library_shared_by_threads(lib: Library) -> None:
    ids = [lib.create(_doc(f"j{i}")).id for i in range(4)]
    errors: list[BaseException] = []

    def edit(journey_id: str) -> None:
        try:
            for n in range(2, 12):
                lib.save_document(journey_id, _doc(f"{journey_id} {n}", nodes=n))
        except BaseException as exc:  # reported to the main thread below
            errors.append(exc)

    threads = [threading.Thread(target=edit, args=(i,)) for i in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    for journey_id in ids:
        assert len(lib.load(journey_id).nodes) == 11
        assert lib.get(journey_id).revision == 11


def test_two_libraries_on_one_file_see_each_other(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    with Library(path) as first, Library(path) as second:
        entry = first.create(_doc("Shared"))
        second.save_document(entry.id, _doc("Changed elsewhere"))
        assert first.get(entry.id).name == "Changed elsewhere"


def test_entry_json_has_utc_timestamps(lib: Library) -> None:
    entry = lib.create(_doc())
    data = entry.to_json()
    assert data["syncState"] == "local"
    assert data["createdAt"].endswith("Z")
    assert datetime.fromisoformat(data["createdAt"]).tzinfo == UTC
    assert data["deletedAt"] is None


def test_default_folder_is_created_on_first_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journey_builder.storage import library_location

    data = tmp_path / "user-data" / "journey-builder"
    monkeypatch.setattr(library_location, "default_directory", lambda: data)
    monkeypatch.delenv(LIBRARY_ENV, raising=False)
    with Library() as library:
        assert library.path == data / "library.sqlite3"
        library.create(_doc())
    assert (data / "library.sqlite3").is_file()
