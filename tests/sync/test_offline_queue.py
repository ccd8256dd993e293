"""The offline queue drained against the sandbox over HTTP: sent in order, kept while the
server is down, refusals kept once with the server's own message."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from journey_builder.model import JourneyDocument, SyncCase
from journey_builder.sandbox import Sandbox, SandboxState
from journey_builder.storage.library import Library, QueueState, SyncState
from journey_builder.sync import DrainItem, DrainStatus, JourneysClient, RetryPolicy, drain, pull

from .conftest import Sleeps
from .samples import rich_body


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "library.sqlite3") as library:
        yield library


def _queue_push(lib: Library, journey_id: str) -> None:
    """What the editor does when Push is pressed offline."""
    entry = lib.get(journey_id)
    lib.enqueue(
        journey_id,
        "push",
        {"document": lib.load(journey_id).to_json(), "revision": entry.revision},
    )


def _paths(sandbox: Sandbox) -> list[str]:
    return [f"{r.method} {r.path}" for r in sandbox.requests if r.method != "GET"]


def test_queued_changes_are_sent_in_order(
    client: JourneysClient, sandbox: Sandbox, lib: Library
) -> None:
    # A: made offline, pushed, published and activated while offline
    a = lib.create(JourneyDocument.model_validate(rich_body(name="Offline draft"))).id
    _queue_push(lib, a)
    lib.enqueue(a, "publish")
    lib.enqueue(a, "activate")
    # B: on the server and active; paused while offline
    b_remote = sandbox.state.create_journey(rich_body(name="Live"))["id"]
    client.publish_journey(b_remote)
    client.activate_journey(b_remote)
    b = lib.create(pull(client, b_remote), from_server=True).id
    lib.enqueue(b, "pause")
    assert lib.queued_count() == 4

    seen: list[DrainItem] = []
    report = drain(client, lib, on_item=seen.append)
    assert [i.status for i in report.items] == [DrainStatus.SENT] * 4
    assert seen == list(report.items) and not report.offline
    assert [i.action for i in report.sent] == ["push", "publish", "activate", "pause"]
    a_remote = lib.get(a).remote_id
    assert a_remote is not None
    assert _paths(sandbox)[-4:] == [
        "POST /v1/journeys",
        f"POST /v1/journeys/{a_remote}/publish",
        f"POST /v1/journeys/{a_remote}/activate",
        f"POST /v1/journeys/{b_remote}/pause",
    ]
    assert report.items[0].case is SyncCase.LOCAL_ONLY
    assert report.items[1].version is not None and report.items[1].version.id.startswith("ver_")
    assert lib.queued_count() == 0 and lib.failed_changes() == []
    entry = lib.get(a)
    assert entry.sync_state is SyncState.SYNCED and entry.status == "active"
    assert entry.remote_updated_at == sandbox.state.get_journey(a_remote)["updatedAt"]
    assert lib.get(b).status == "paused"
    base = lib.get_base(a)
    assert base is not None and base.id == a_remote


def test_a_change_waits_while_the_server_is_down_and_goes_when_it_returns(
    lib: Library, sleeps: Sleeps
) -> None:
    state = SandboxState()
    first = Sandbox(state=state)
    port = first.port
    token = first.add_token("sbx_test-queue-token")
    first.start()
    remote_id = state.create_journey(rich_body())["id"]
    with JourneysClient(first.base_url, token) as online:
        entry = lib.create(pull(online, remote_id), from_server=True)
    first.stop()

    new = lib.create(JourneyDocument.model_validate(rich_body(name="Made offline"))).id
    _queue_push(lib, new)  # a create: its POST never left, so it waits too
    doc = lib.load(entry.id)
    doc.name = "Renamed offline"
    lib.save_document(entry.id, doc)
    _queue_push(lib, entry.id)
    lib.enqueue(entry.id, "publish")
    retry = RetryPolicy(sleep=sleeps, jitter=lambda: 1.0)
    with JourneysClient(f"http://127.0.0.1:{port}/v1", token, retry=retry) as client:
        report = drain(client, lib)
        assert report.offline
        assert [i.status for i in report.items] == [DrainStatus.WAITING] * 3
        assert report.items[0].message.startswith("Offline: Could not connect")
        assert lib.queued_count() == 3 and lib.failed_changes() == []
        assert lib.get(entry.id).sync_state is SyncState.MODIFIED

        second = Sandbox(port=port, state=state)
        second.add_token(token)
        second.start()
        try:
            report = drain(client, lib)
        finally:
            second.stop()
    assert [i.status for i in report.items] == [DrainStatus.SENT] * 3
    assert report.items[1].case is SyncCase.LOCAL_ONLY
    assert state.count() == 2 and lib.get(new).remote_id is not None
    assert state.get_journey(remote_id)["name"] == "Renamed offline"
    assert state.get_journey(remote_id)["status"] == "published"
    assert lib.queued_count() == 0
    assert lib.get(entry.id).sync_state is SyncState.SYNCED


def test_a_refusal_is_kept_once_with_the_servers_message(
    client: JourneysClient, sandbox: Sandbox, lib: Library
) -> None:
    draft_remote = sandbox.state.create_journey(rich_body(name="Draft"))["id"]
    draft = lib.create(pull(client, draft_remote), from_server=True).id
    other = lib.create(JourneyDocument.model_validate(rich_body(name="Other"))).id
    lib.enqueue(draft, "activate")  # never published: the server refuses
    lib.enqueue(draft, "pause")  # not active: refused as well, with its own reason
    _queue_push(lib, other)

    report = drain(client, lib)
    statuses = [(i.action, i.status) for i in report.items]
    assert statuses == [
        ("activate", DrainStatus.REFUSED),
        ("pause", DrainStatus.REFUSED),
        ("push", DrainStatus.SENT),
    ]
    refused = report.refused[0]
    assert "publish it before activating it" in refused.message and "(HTTP 409)" in refused.message
    assert "Only an active journey can be paused" in report.refused[1].message
    failed = lib.failed_changes()
    assert [f.last_error for f in failed] == [i.message for i in report.refused]
    assert all(f.state is QueueState.FAILED for f in failed)
    assert lib.queued_count() == 0
    # shown once: the next drain does not send them again, nor report them
    again = drain(client, lib)
    assert again.items == ()
    posts = sum(1 for p in _paths(sandbox) if p.endswith("/activate"))
    assert posts == 1
    for item in failed:
        lib.remove_queued(item.seq)
    assert lib.failed_changes() == []


def test_a_refused_push_holds_back_the_publish_after_it(
    client: JourneysClient, sandbox: Sandbox, lib: Library
) -> None:
    remote_id = sandbox.state.create_journey(rich_body())["id"]
    entry = lib.create(pull(client, remote_id), from_server=True).id
    doc = lib.load(entry)
    node = doc.definition.nodes[1]
    node.data = {**node.data, "subject": "Mine"}
    lib.save_document(entry, doc)
    _queue_push(lib, entry)
    lib.enqueue(entry, "publish")
    lib.enqueue(entry, "pause")
    # meanwhile someone changed the same step on the server
    definition = sandbox.state.get_journey(remote_id)["definition"]
    definition["nodes"][1]["data"]["subject"] = "Theirs"
    sandbox.state.update_journey(remote_id, {"definition": definition})

    report = drain(client, lib)
    push, publish, pause = report.items
    assert push.status is DrainStatus.REFUSED and push.case is SyncCase.BOTH_CHANGED
    assert "changed on the server since the last sync, and here too" in push.message
    assert publish.status is DrainStatus.REFUSED
    assert publish.message.startswith("Not sent, because the push before it was refused")
    assert pause.status is DrainStatus.REFUSED and "(HTTP 409)" in pause.message
    assert lib.get(entry).sync_state is SyncState.CONFLICT
    assert sandbox.count("PATCH") == 0 and sandbox.count("POST") == 1  # the pause only
    assert sandbox.state.get_journey(remote_id)["status"] == "draft"


def test_a_push_the_servers_newer_copy_makes_pointless_is_refused(
    client: JourneysClient, sandbox: Sandbox, lib: Library
) -> None:
    remote_id = sandbox.state.create_journey(rich_body())["id"]
    entry = lib.create(pull(client, remote_id), from_server=True).id
    _queue_push(lib, entry)  # nothing changed locally
    sandbox.state.update_journey(remote_id, {"name": "Their name"})
    [item] = drain(client, lib).items
    assert item.status is DrainStatus.REFUSED and item.case is SyncCase.REMOTE_ONLY
    assert "take the server's copy" in item.message
    assert lib.get(entry).sync_state is SyncState.REMOTE_CHANGED
    assert sandbox.state.get_journey(remote_id)["name"] == "Their name"


def test_repeated_pushes_go_as_one_request(
    client: JourneysClient, sandbox: Sandbox, lib: Library
) -> None:
    remote_id = sandbox.state.create_journey(rich_body())["id"]
    entry = lib.create(pull(client, remote_id), from_server=True).id
    for subject in ("one", "two", "three"):
        doc = lib.load(entry)
        node = doc.definition.nodes[1]
        node.data = {**node.data, "subject": subject}
        lib.save_document(entry, doc)
        _queue_push(lib, entry)
    assert lib.queued_count() == 1
    report = drain(client, lib)
    assert [i.status for i in report.items] == [DrainStatus.SENT]
    assert sandbox.count("PATCH") == 1
    stored = sandbox.state.get_journey(remote_id)
    assert stored["definition"]["nodes"][1]["data"]["subject"] == "three"


def test_a_rejected_sign_in_stops_the_drain_and_keeps_everything(
    sandbox: Sandbox, lib: Library
) -> None:
    entry = lib.create(JourneyDocument.model_validate(rich_body())).id
    _queue_push(lib, entry)
    lib.enqueue(entry, "publish")
    with JourneysClient(sandbox.base_url, "sbx_not-a-valid-token") as client:
        report = drain(client, lib)
    assert not report.offline
    assert [i.status for i in report.items] == [DrainStatus.WAITING] * 2
    assert report.items[0].message.startswith("Sign in again")
    assert lib.queued_count() == 2 and lib.failed_changes() == []


def test_a_queued_delete_outlives_the_local_copy(
    client: JourneysClient, sandbox: Sandbox, lib: Library
) -> None:
    remote_id = sandbox.state.create_journey(rich_body())["id"]
    gone = sandbox.state.create_journey(rich_body(name="Already gone"))["id"]
    entry = lib.create(pull(client, remote_id), from_server=True).id
    other = lib.create(pull(client, gone), from_server=True).id
    lib.enqueue(entry, "delete")
    lib.enqueue(other, "delete")
    lib.move_to_trash(entry)
    lib.purge(entry)
    sandbox.state.delete_journey(gone)
    report = drain(client, lib)
    assert [i.status for i in report.items] == [DrainStatus.SENT] * 2
    assert report.items[1].message == "It was already deleted on the server."
    assert sandbox.state.count() == 0
    assert lib.queued_count() == 0


def test_a_publish_whose_answer_was_lost_is_not_sent_twice(
    client: JourneysClient, sandbox: Sandbox, lib: Library
) -> None:
    remote_id = sandbox.state.create_journey(rich_body())["id"]
    entry = lib.create(pull(client, remote_id), from_server=True).id
    lib.enqueue(entry, "publish")
    sandbox.faults.add(
        "drop",
        method="POST",
        path_prefix=f"/v1/journeys/{remote_id}/publish",
        after_processing=True,
    )
    [item] = drain(client, lib).items
    assert item.status is DrainStatus.REFUSED
    assert "it may have happened" in item.message and "Check the journey" in item.message
    assert [f.seq for f in lib.failed_changes()] == [item.seq]
    assert drain(client, lib).items == ()
    assert sandbox.count("POST", f"/v1/journeys/{remote_id}/publish") == 1
    assert sandbox.state.get_journey(remote_id)["status"] == "published"
