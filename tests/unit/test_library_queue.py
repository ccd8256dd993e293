"""The library's new parts: the offline queue, base copies, preview samples, and the migration
that adds them to a library made by the previous version."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from journey_builder.errors import LibraryEntryNotFoundError, LibraryError
from journey_builder.model import Journey, JourneyDocument
from journey_builder.storage.files import document_from_object
from journey_builder.storage.library import (
    Library,
    QueueAction,
    QueueState,
    SyncState,
)
from journey_builder.storage.library_schema import SCHEMA_VERSION

#: Made by the library code as it was before base copies and the queue (format 2), with
#: journeys, history, open tabs, a setting and the trash.
V2_LIBRARY = Path(__file__).parent / "data" / "library_v2.sqlite3"
V2_LOCAL = "3c8bd5f5-6466-49c2-b34d-0893e51be802"
V2_SYNCED = "d47ce68f-51b4-4f43-87f1-437450c0c7fb"
V2_TRASHED = "ff8d8301-da62-4563-a40a-d02a31baaa8e"


def _doc(name: str = "Welcome", **extra: Any) -> JourneyDocument:
    return document_from_object(
        {
            "name": name,
            "entryMode": "once",
            "triggerConfig": {"type": "contact_created", "conditions": {}},
            "definition": {
                "nodes": [{"id": "start", "type": "start", "data": {"entryMode": "once"}}],
                "edges": [],
            },
            **extra,
        }
    )


def _server(name: str = "Welcome", **extra: Any) -> Journey:
    body = _doc(name).to_json()
    body.update(id="jrn_1", status="draft", updatedAt="2026-01-01T00:00:00Z", tenantId="ten_1")
    body.update(extra)
    return Journey.model_validate(body)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def lib(path: Path) -> Iterator[Library]:
    with Library(path, history_interval=0) as library:
        yield library


# --- migration -----------------------------------------------------------------------------------


def test_a_library_of_the_previous_format_is_upgraded_in_place(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite3"
    shutil.copyfile(V2_LIBRARY, copy)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    conn.close()
    with Library(copy) as lib:
        assert lib.schema_version == SCHEMA_VERSION == 3
        names = {e.id: e.name for e in lib.list(include_trash=True)}
        assert names == {V2_LOCAL: "Local draft", V2_SYNCED: "Pulled", V2_TRASHED: "In the trash"}
        assert lib.load(V2_LOCAL).extra_fields == {"xNote": "edited"}
        assert lib.get(V2_SYNCED).sync_state is SyncState.SYNCED
        assert lib.get(V2_SYNCED).remote_id == "jrn_old"
        assert lib.get(V2_TRASHED).in_trash
        assert len(lib.history(V2_LOCAL)) == 2
        assert lib.get_open_tabs().journey_ids == (V2_LOCAL, V2_SYNCED)
        assert lib.get_setting("theme") == "dark"
        # pulled before base copies existed: no base, so a push compares updatedAt
        assert lib.get_base(V2_SYNCED) is None
        # the new tables work
        lib.enqueue(V2_SYNCED, "publish")
        lib.set_preview_samples(V2_LOCAL, {"contacts": [{"fields": {}, "tags": []}]})
        lib.set_base(V2_SYNCED, _server())
    with Library(copy) as lib:
        assert lib.queued_count() == 1
        assert lib.get_preview_samples(V2_LOCAL)["contacts"] == [{"fields": {}, "tags": []}]
        base = lib.get_base(V2_SYNCED)
        assert base is not None and base.id == "jrn_1"


def test_the_fixture_is_never_changed(tmp_path: Path) -> None:
    before = V2_LIBRARY.read_bytes()
    copy = tmp_path / "old.sqlite3"
    shutil.copyfile(V2_LIBRARY, copy)
    with Library(copy):
        pass
    assert V2_LIBRARY.read_bytes() == before


# --- the offline queue ---------------------------------------------------------------------------


def test_queued_changes_keep_their_order_and_survive_a_restart(path: Path) -> None:
    with Library(path) as lib:
        a = lib.create(_doc("A")).id
        b = lib.create(_doc("B")).id
        lib.enqueue(a, QueueAction.PUSH, {"document": _doc("A").to_json(), "revision": 1})
        lib.enqueue(b, "push", {"document": _doc("B").to_json()})
        lib.enqueue(a, "publish")
        lib.enqueue(a, "activate")
        assert lib.queued_count() == 4
        assert lib.queued_count(a) == 3
    with Library(path) as lib:
        queued = lib.queued_changes()
        assert [(q.journey_id, q.action) for q in queued] == [
            (a, QueueAction.PUSH),
            (b, QueueAction.PUSH),
            (a, QueueAction.PUBLISH),
            (a, QueueAction.ACTIVATE),
        ]
        assert [q.seq for q in queued] == sorted(q.seq for q in queued)
        assert queued[0].payload == {"document": _doc("A").to_json(), "revision": 1}
        assert queued[0].state is QueueState.PENDING and queued[0].last_error is None
        assert queued[0].to_json()["action"] == "push"


def test_repeated_pushes_of_a_journey_coalesce_into_one(lib: Library) -> None:
    a = lib.create(_doc("A")).id
    b = lib.create(_doc("B")).id
    first = lib.enqueue(a, "push", {"document": _doc("A").to_json()})
    lib.enqueue(b, "push", {"document": _doc("B").to_json()})
    again = lib.enqueue(a, "push", {"document": _doc("A2").to_json()})
    assert again.seq == first.seq  # replaced in place: still before B's push
    assert [q.journey_id for q in lib.queued_changes()] == [a, b]
    assert lib.queued_changes()[0].payload["document"]["name"] == "A2"
    # a push after a publish is a new item: the publish must see the first push's content
    lib.enqueue(a, "publish")
    lib.enqueue(a, "push", {"document": _doc("A3").to_json()})
    assert [q.action.value for q in lib.queued_changes()] == ["push", "push", "publish", "push"]
    # other actions never coalesce
    lib.enqueue(b, "pause")
    lib.enqueue(b, "pause")
    assert lib.queued_count(b) == 3


def test_a_push_queued_while_the_last_one_is_being_sent_is_not_lost(lib: Library) -> None:
    a = lib.create(_doc("A")).id
    sending = lib.enqueue(a, "push", {"document": _doc("A1").to_json()})
    # the drain sends A1; meanwhile the user pushes again (offline still, as far as the UI knows)
    lib.enqueue(a, "push", {"document": _doc("A2").to_json()})
    lib.remove_queued(sending.seq, payload=sending.payload)  # A1 went through
    [left] = lib.queued_changes()
    assert left.seq == sending.seq and left.payload["document"]["name"] == "A2"
    lib.mark_queued_failed(left.seq, "refused", payload=sending.payload)
    assert lib.queued_count() == 1 and lib.failed_changes() == []
    lib.remove_queued(left.seq, payload=left.payload)
    assert lib.queued_count() == 0


def test_a_refused_change_keeps_the_servers_message_until_seen(lib: Library) -> None:
    a = lib.create(_doc("A")).id
    push = lib.enqueue(a, "push", {"document": _doc("A").to_json()})
    publish = lib.enqueue(a, "publish")
    failed = lib.mark_queued_failed(push.seq, "The name is too long (HTTP 422)")
    assert failed.failed and failed.last_error == "The name is too long (HTTP 422)"
    assert lib.queued_count() == 1
    assert [q.seq for q in lib.queued_changes()] == [publish.seq]
    assert [q.seq for q in lib.queued_changes(include_failed=True)] == [push.seq, publish.seq]
    assert [q.last_error for q in lib.failed_changes()] == ["The name is too long (HTTP 422)"]
    # a new push does not coalesce into the failed one
    lib.enqueue(a, "push", {"document": _doc("A2").to_json()})
    assert lib.queued_count() == 2
    retried = lib.retry_queued(push.seq)
    assert retried.state is QueueState.PENDING and retried.last_error is None
    lib.remove_queued(push.seq)
    lib.remove_queued(push.seq)  # gone already: no error
    assert lib.failed_changes() == [] and lib.queued_count() == 2
    with pytest.raises(LibraryEntryNotFoundError, match="no queued change number 9999"):
        lib.mark_queued_failed(9999, "x")


def test_the_queue_refuses_unknown_actions_journeys_and_values(lib: Library) -> None:
    a = lib.create(_doc("A")).id
    with pytest.raises(LibraryError, match='Cannot queue "rename": the actions are push'):
        lib.enqueue(a, "rename")
    with pytest.raises(LibraryEntryNotFoundError):
        lib.enqueue("no-such-journey", "push")
    with pytest.raises(LibraryError, match="cannot be queued"):
        lib.enqueue(a, "push", {"document": float("nan")})
    assert lib.queued_count() == 0


def test_a_queued_item_records_the_remote_id(lib: Library) -> None:
    entry = lib.create(_doc(id="jrn_1", updatedAt="t"), from_server=True)
    queued = lib.enqueue(entry.id, "delete")
    assert queued.payload == {"remoteId": "jrn_1"}
    assert lib.enqueue(entry.id, "pause", {"remoteId": "jrn_other"}).payload == {
        "remoteId": "jrn_other"
    }


def test_deleting_a_journey_for_good_keeps_only_its_queued_delete(lib: Library) -> None:
    entry = lib.create(_doc(id="jrn_1", updatedAt="t"), from_server=True)
    other = lib.create(_doc("Other")).id
    lib.enqueue(entry.id, "push", {"document": {}})
    lib.enqueue(entry.id, "pause")
    lib.enqueue(entry.id, "delete")
    lib.enqueue(other, "push", {"document": {}})
    lib.move_to_trash(entry.id)
    lib.purge(entry.id)
    assert [(q.journey_id, q.action.value) for q in lib.queued_changes()] == [
        (entry.id, "delete"),
        (other, "push"),
    ]
    lib.move_to_trash(other)
    assert lib.empty_trash() == 1
    assert [q.action.value for q in lib.queued_changes()] == ["delete"]
    assert lib.clear_queue() == 1 and lib.queued_count() == 0


# --- base copies ---------------------------------------------------------------------------------


def test_a_pulled_journey_is_its_own_base_copy(lib: Library) -> None:
    pulled = JourneyDocument.from_journey(_server())
    entry = lib.create(pulled, from_server=True)
    base = lib.get_base(entry.id)
    assert base is not None and base.to_json() == pulled.to_json()
    lib.save_document(entry.id, _doc("Edited locally", id="jrn_1"))
    assert lib.get_base(entry.id) == base  # a local edit does not move the base
    theirs = JourneyDocument.from_journey(_server("Their edit"))
    lib.save_document(entry.id, theirs, from_server=True)
    again = lib.get_base(entry.id)
    assert again is not None and again.name == "Their edit"
    local = lib.create(_doc("Local")).id
    assert lib.get_base(local) is None


def test_record_pushed_marks_synced_and_keeps_the_servers_answer_as_base(lib: Library) -> None:
    entry = lib.create(_doc("Welcome"))
    lib.save_document(entry.id, _doc("Welcome", xEdited=True))
    revision = lib.get(entry.id).revision
    after = lib.record_pushed(entry.id, _server(), revision=revision)
    assert after.sync_state is SyncState.SYNCED and not after.dirty
    assert (after.remote_id, after.remote_updated_at, after.status) == (
        "jrn_1",
        "2026-01-01T00:00:00Z",
        "draft",
    )
    base = lib.get_base(entry.id)
    assert base is not None and base.extra_fields["tenantId"] == "ten_1"
    # an edit saved while the push ran stays unpushed
    lib.save_document(entry.id, _doc("Welcome", xEdited=2))
    later = lib.record_pushed(entry.id, _server(updatedAt="2026-01-02T00:00:00Z"), revision=1)
    assert later.sync_state is SyncState.MODIFIED and later.dirty


def test_record_lifecycle_takes_the_new_updated_at_only_when_content_is_the_base(
    lib: Library,
) -> None:
    entry = lib.create(JourneyDocument.from_journey(_server()), from_server=True)
    published = _server(status="published", updatedAt="2026-01-02T00:00:00Z")
    after = lib.record_lifecycle(entry.id, published)
    assert after.status == "published" and after.remote_updated_at == "2026-01-02T00:00:00Z"
    base = lib.get_base(entry.id)
    assert base is not None and base.extra_fields["status"] == "published"
    # someone else edited before our activate: the edit must not be taken as seen
    edited = _server("Someone's edit", status="active", updatedAt="2026-01-03T00:00:00Z")
    after = lib.record_lifecycle(entry.id, edited)
    assert after.status == "active" and after.remote_updated_at == "2026-01-02T00:00:00Z"
    base = lib.get_base(entry.id)
    assert base is not None and base.name == "Welcome"
    local = lib.create(_doc("Local")).id
    with pytest.raises(LibraryError, match="never been pushed"):
        lib.record_lifecycle(local, published)


def test_a_damaged_base_copy_reads_as_none_and_can_be_cleared(lib: Library, path: Path) -> None:
    entry = lib.create(JourneyDocument.from_journey(_server()), from_server=True)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE base_copies SET document = '{broken' WHERE journey_id = ?", (entry.id,)
        )
    conn.close()
    assert lib.get_base(entry.id) is None
    lib.set_base(entry.id, _server("Fresh"))
    base = lib.get_base(entry.id)
    assert base is not None and base.name == "Fresh"
    lib.clear_base(entry.id)
    assert lib.get_base(entry.id) is None


# --- preview samples -----------------------------------------------------------------------------


def test_preview_samples_are_kept_beside_the_journey(path: Path) -> None:
    samples = {
        "contacts": [{"fields": {"email": "ana@example.com"}, "tags": ["vip"]}],
        "selected": 0,
        "events": [{"at": "2d", "event": "message_received"}],
    }
    with Library(path) as lib:
        entry = lib.create(_doc())
        assert lib.get_preview_samples(entry.id) == {}
        lib.set_preview_samples(entry.id, samples)
    with Library(path) as lib:
        assert lib.get_preview_samples(entry.id) == samples
        assert "contacts" not in lib.document_text(entry.id)  # never in the journey itself
        copy = lib.duplicate(entry.id)
        assert lib.get_preview_samples(copy.id) == samples
        lib.set_preview_samples(entry.id, {})
        assert lib.get_preview_samples(entry.id) == {}
        assert lib.get_preview_samples(copy.id) == samples
        lib.move_to_trash(copy.id)
        lib.purge(copy.id)
        with pytest.raises(LibraryEntryNotFoundError):
            lib.get_preview_samples(copy.id)


def test_preview_samples_refuse_what_json_cannot_hold(lib: Library) -> None:
    entry = lib.create(_doc())
    lib.set_preview_samples(entry.id, {"contacts": []})
    with pytest.raises(LibraryError, match="must be a JSON object"):
        lib.set_preview_samples(entry.id, [1, 2])  # type: ignore[arg-type]
    with pytest.raises(LibraryError, match="cannot be stored"):
        lib.set_preview_samples(entry.id, {"x": {1, 2}})
    with pytest.raises(LibraryEntryNotFoundError):
        lib.set_preview_samples("nope", {"contacts": []})
    assert lib.get_preview_samples(entry.id) == {"contacts": []}
