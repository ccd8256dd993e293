"""Three-way push against the sandbox: lifecycle actions are no conflict, a remote-only change
is not overwritten, both-changed refuses (or merges), and files keep a base copy beside them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from journey_builder.errors import SyncConflictError
from journey_builder.model import JourneyDocument, SyncCase
from journey_builder.sandbox import Sandbox
from journey_builder.storage.base_files import base_path, read_base
from journey_builder.storage.library import Library, SyncState
from journey_builder.sync import JourneysClient, pull, push_result

from .samples import rich_body
from .test_cli import CLI


def _created(client: JourneysClient) -> tuple[JourneyDocument, JourneyDocument]:
    """A new remote journey: (the document as pushed, its base copy)."""
    result = push_result(client, JourneyDocument.model_validate(rich_body()))
    assert result.created and result.case is SyncCase.LOCAL_ONLY and result.base is not None
    return result.document, result.base


def _edit_step(doc: JourneyDocument, step: str, **data: object) -> JourneyDocument:
    out = doc.model_copy(deep=True)
    node = next(n for n in out.definition.nodes if n.id == step)
    node.data = {**node.data, **data}
    return out


def _server_edit_step(sandbox: Sandbox, journey_id: str, step: str, **data: object) -> None:
    definition = sandbox.state.get_journey(journey_id)["definition"]
    for node in definition["nodes"]:
        if node["id"] == step:
            node["data"].update(data)
    sandbox.state.update_journey(journey_id, {"definition": definition})


def test_push_publish_activate_then_push_again_is_no_conflict(
    client: JourneysClient, sandbox: Sandbox
) -> None:
    doc, base = _created(client)
    assert doc.id is not None
    client.publish_journey(doc.id)
    client.activate_journey(doc.id)
    result = push_result(client, doc, base=base)
    assert result.case is SyncCase.LIFECYCLE_ONLY
    assert not result.changed and sandbox.count("PATCH") == 0
    assert result.document.updatedAt == sandbox.state.get_journey(doc.id)["updatedAt"]
    assert result.base is not None and result.base.extra_fields["status"] == "active"
    # an edit after the lifecycle actions goes through, still without a conflict
    edited = _edit_step(doc, "welcome", subject="New subject")
    result = push_result(client, edited, base=base)
    assert result.case is SyncCase.LIFECYCLE_ONLY and result.changed
    assert sandbox.count("PATCH") == 1
    stored = sandbox.state.get_journey(doc.id)
    assert stored["definition"]["nodes"][1]["data"]["subject"] == "New subject"
    assert stored["status"] == "active"
    # without the base copy the same push is today's false conflict
    with pytest.raises(SyncConflictError) as info:
        push_result(client, _edit_step(doc, "welcome", subject="Again"))
    assert info.value.case == "no_base"


def test_nothing_changed_anywhere_sends_nothing(client: JourneysClient, sandbox: Sandbox) -> None:
    doc, base = _created(client)
    result = push_result(client, doc, base=base)
    assert result.case is SyncCase.UNCHANGED and not result.changed
    assert sandbox.count("PATCH") == 0


def test_a_server_edit_and_no_local_edit_is_remote_only(
    client: JourneysClient, sandbox: Sandbox
) -> None:
    doc, base = _created(client)
    assert doc.id is not None
    sandbox.state.update_journey(doc.id, {"name": "Their name"})
    result = push_result(client, doc, base=base)
    assert result.case is SyncCase.REMOTE_ONLY and result.remote_newer
    assert not result.changed and result.base is None
    assert result.journey.name == "Their name"
    assert sandbox.count("PATCH") == 0
    assert sandbox.state.get_journey(doc.id)["name"] == "Their name"
    # --force sends mine anyway
    forced = push_result(client, doc, base=base, force=True)
    assert forced.changed and forced.case is SyncCase.REMOTE_ONLY
    assert sandbox.state.get_journey(doc.id)["name"] == doc.name


def test_both_changing_the_same_step_is_a_conflict(
    client: JourneysClient, sandbox: Sandbox
) -> None:
    doc, base = _created(client)
    assert doc.id is not None
    _server_edit_step(sandbox, doc.id, "welcome", subject="Theirs")
    mine = _edit_step(doc, "welcome", subject="Mine")
    with pytest.raises(SyncConflictError, match="in the same places") as info:
        push_result(client, mine, base=base, merge=True)
    assert info.value.case == "both_changed" and not info.value.mergeable
    assert "“welcome” was changed in both copies" in str(info.value)
    assert sandbox.count("PATCH") == 0
    forced = push_result(client, mine, base=base, force=True)
    assert forced.changed
    assert sandbox.state.get_journey(doc.id)["definition"]["nodes"][1]["data"]["subject"] == "Mine"


def test_both_changing_different_steps_merges_on_request(
    client: JourneysClient, sandbox: Sandbox
) -> None:
    doc, base = _created(client)
    assert doc.id is not None
    sandbox.state.update_journey(doc.id, {"name": "Their name"})
    client.publish_journey(doc.id)
    mine = _edit_step(doc, "welcome", subject="Mine")
    with pytest.raises(SyncConflictError, match="can be merged") as info:
        push_result(client, mine, base=base)
    assert info.value.mergeable and sandbox.count("PATCH") == 0
    result = push_result(client, mine, base=base, merge=True)
    assert result.merged and result.changed and result.case is SyncCase.BOTH_CHANGED
    stored = sandbox.state.get_journey(doc.id)
    assert stored["name"] == "Their name"
    assert stored["definition"]["nodes"][1]["data"]["subject"] == "Mine"
    assert stored["xTopLevel"] == rich_body()["xTopLevel"]
    assert result.document.name == "Their name"
    assert result.base is not None and result.base.updatedAt == stored["updatedAt"]


def test_a_library_journey_keeps_its_base_copy_across_lifecycle_actions(
    client: JourneysClient, sandbox: Sandbox, tmp_path: Path
) -> None:
    journey_id = sandbox.state.create_journey(rich_body())["id"]
    with Library(tmp_path / "library.sqlite3") as lib:
        entry = lib.create(pull(client, journey_id), from_server=True)
        client.publish_journey(journey_id)
        lib.record_lifecycle(entry.id, client.activate_journey(journey_id))
        doc = lib.load(entry.id)
        result = push_result(client, doc, base=lib.get_base(entry.id))
        assert result.case is SyncCase.UNCHANGED and sandbox.count("PATCH") == 0
        # the activate was recorded as seen; a pause made elsewhere is lifecycle-only
        client.pause_journey(journey_id)
        lib.save_document(entry.id, _edit_step(doc, "bye", reason="Done"))
        entry = lib.get(entry.id)
        result = push_result(client, lib.load(entry.id), base=lib.get_base(entry.id))
        assert result.case is SyncCase.LIFECYCLE_ONLY and result.changed
        after = lib.record_pushed(entry.id, result.journey, revision=entry.revision)
        assert after.sync_state is SyncState.SYNCED and after.status == "paused"
        base = lib.get_base(entry.id)
        assert (
            base is not None
            and base.updatedAt == sandbox.state.get_journey(journey_id)["updatedAt"]
        )


# --- the CLI ---------------------------------------------------------------------------------


@pytest.fixture
def cli(sandbox: Sandbox, tmp_path: Path) -> Iterator[CLI]:
    runner = CLI(sandbox, tmp_path, subprocess=False)
    yield runner
    for text in runner.seen_output:
        assert sandbox.tokens["full-access"] not in text


@pytest.fixture
def cli_process(sandbox: Sandbox, tmp_path: Path) -> CLI:
    return CLI(sandbox, tmp_path, subprocess=True)


def test_the_cli_keeps_a_base_copy_beside_the_file(cli_process: CLI, sandbox: Sandbox) -> None:
    cli = cli_process
    path = cli.write("welcome.journey.json", rich_body())
    sidecar = cli.dir / ".welcome.journey.json.base"
    assert base_path(path) == sidecar
    run = cli("push", str(path))
    assert run.code == 0, run.err
    journey_id = run.out.strip()
    assert json.loads(sidecar.read_text())["id"] == journey_id
    assert json.loads(sidecar.read_text())["tenantId"]  # the server's journey, as returned
    assert cli("publish", str(path)).code == 0
    assert cli("activate", journey_id).code == 0
    run = cli("push", str(path))
    assert run.code == 0, run.err
    assert "push: server changed only its status (active); no conflict" in run.err
    assert sandbox.count("PATCH") == 0
    # someone edits on the server: the file did not change, so nothing is overwritten
    sandbox.state.update_journey(journey_id, {"name": "Their name"})
    before = path.read_text()
    run = cli("push", str(path))
    assert run.code == 1
    assert "push: remote changed; take theirs" in run.err
    assert f"journey-builder pull {journey_id} -o {path} --force" in run.err
    assert path.read_text() == before and sandbox.count("PATCH") == 0
    # pull writes the file and its base copy; the next push has nothing to send
    other = cli.dir / "other.journey.json"
    assert cli("pull", journey_id, "-o", str(other)).code == 0
    base = read_base(other)
    assert base is not None and base.name == "Their name"
    run = cli("push", str(other))
    assert run.code == 0 and "push: no changes since last sync" in run.err


def test_cli_push_names_each_case_and_merges_on_request(cli: CLI, sandbox: Sandbox) -> None:
    path = cli.write("j.journey.json", rich_body())
    run = cli("push", str(path))
    journey_id = run.out.strip()
    assert "push: not on the server yet; created it" in run.err

    data = json.loads(path.read_text())
    data["definition"]["nodes"][1]["data"]["subject"] = "Mine"
    path.write_text(json.dumps(data))
    run = cli("push", str(path), "--json")
    assert run.code == 0 and "push: only your copy changed; no conflict" in run.err
    assert json.loads(run.out)["id"] == journey_id  # --json prints the API's object only

    sandbox.state.update_journey(journey_id, {"name": "Their name"})
    data = json.loads(path.read_text())
    data["definition"]["nodes"][2]["data"] = {"reason": "Mine too"}
    path.write_text(json.dumps(data))
    run = cli("push", str(path))
    assert run.code == 1
    assert "push: both changed since last sync" in run.err and "--merge" in run.err
    run = cli("push", str(path), "--merge")
    assert run.code == 0, run.err
    assert "push: both changed, in different steps; merged and sent" in run.err
    merged = json.loads(path.read_text())
    assert merged["name"] == "Their name"
    assert merged["definition"]["nodes"][2]["data"] == {"reason": "Mine too"}
    assert sandbox.state.get_journey(journey_id)["name"] == "Their name"
    assert json.loads(base_path(path).read_text())["updatedAt"] == merged["updatedAt"]

    # an unusable base copy is said and ignored: updatedAt decides, as before
    base_path(path).write_text("{broken")
    run = cli("push", str(path))
    assert run.code == 0 and "warning: ignoring the base copy" in run.err
    assert "push: no base copy beside the file; compared updatedAt only" in run.err


def test_cli_import_and_export_carry_the_base_copy(
    cli: CLI, sandbox: Sandbox, tmp_path: Path
) -> None:
    journey_id = sandbox.state.create_journey(rich_body())["id"]
    pulled = cli.dir / "pulled.journey.json"
    assert cli("pull", journey_id, "-o", str(pulled)).code == 0
    library = tmp_path / "lib.sqlite3"
    run = cli("--library", str(library), "import", str(pulled))
    assert run.code == 0, run.err
    local_id = run.out.split("\t")[0]
    with Library(library) as lib:
        base = lib.get_base(local_id)
        assert base is not None and base.id == journey_id
    out = cli.dir / "exported.journey.json"
    assert cli("--library", str(library), "export", local_id, str(out)).code == 0
    exported = read_base(out)
    assert exported is not None and exported.to_json() == base.to_json()
