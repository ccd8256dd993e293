"""Push and pull: lossless round trips, conflicts, force, and a remote that disappeared."""

from __future__ import annotations

import pytest

from journey_builder.errors import NotFoundError, SyncConflictError
from journey_builder.model import JourneyDocument
from journey_builder.sandbox import Sandbox
from journey_builder.sync import JourneysClient, pull, push, push_result

from .samples import RICH_BODY, rich_body


def test_push_creates_then_pull_returns_every_unknown_field(
    client: JourneysClient, sandbox: Sandbox
) -> None:
    doc = JourneyDocument.model_validate(rich_body())
    pushed = push(client, doc)
    assert pushed.id and pushed.id.startswith("jrn_")
    assert pushed.updatedAt
    assert doc.id is None  # the input is not changed
    assert sandbox.count("POST", "/v1/journeys") == 1

    pulled = pull(client, pushed.id)
    assert pulled.api_body() == RICH_BODY
    node = pulled.definition.nodes[0]
    assert node.extra_fields == {"xNodeColour": "teal"}
    assert node.position is not None and node.position.extra_fields == {"xZ": 3}
    assert pulled.definition.nodes[1].data["xDataTracking"] == {"utm": ["a", "b"]}
    assert pulled.definition.edges[0].extra_fields == {"xEdgeStyle": "dashed"}
    assert pulled.triggerConfig is not None
    assert pulled.triggerConfig.extra_fields == {"xTriggerNote": "kept"}
    assert pulled.definition.extra_fields == {"xViewport": {"zoom": 1.5}}
    assert pulled.extra_fields["xTopLevel"] == {"owner": "marketing", "tags": [1, 2.5, None, True]}
    assert pulled.updatedAt == pushed.updatedAt


def test_pull_edit_push_patches_and_keeps_unknown_fields(
    client: JourneysClient, sandbox: Sandbox
) -> None:
    journey_id = push(client, JourneyDocument.model_validate(rich_body())).id
    assert journey_id is not None
    doc = pull(client, journey_id)
    doc.name = "Renamed"
    node = doc.definition.nodes[1]
    node.data = {**node.data, "subject": "New subject"}
    again = push(client, doc)
    assert again.id == journey_id
    assert again.updatedAt != doc.updatedAt
    assert sandbox.count("PATCH", f"/v1/journeys/{journey_id}") == 1
    assert sandbox.count("POST", "/v1/journeys") == 1

    stored = sandbox.state.get_journey(journey_id)
    assert stored["name"] == "Renamed"
    assert stored["definition"]["nodes"][1]["data"]["subject"] == "New subject"
    assert stored["definition"]["nodes"][1]["data"]["xDataTracking"] == {"utm": ["a", "b"]}
    assert stored["xTopLevel"] == RICH_BODY["xTopLevel"]
    # server-managed fields pulled into the document are never sent back as content
    assert stored["status"] == "draft" and "tenantId" in stored


def test_someone_else_patches_between_pull_and_push(
    client: JourneysClient, sandbox: Sandbox
) -> None:
    journey_id = push(client, JourneyDocument.model_validate(rich_body())).id
    assert journey_id is not None
    mine = pull(client, journey_id)
    sandbox.state.update_journey(journey_id, {"name": "Their edit"})
    mine.name = "My edit"
    with pytest.raises(SyncConflictError, match="changed on the server") as info:
        push(client, mine)
    err = info.value
    assert err.local_updated_at == mine.updatedAt
    assert err.remote_updated_at == sandbox.state.get_journey(journey_id)["updatedAt"]
    assert "--force" in str(err) and "Pull it" in str(err)
    assert sandbox.state.get_journey(journey_id)["name"] == "Their edit"
    assert sandbox.count("PATCH") == 0

    forced = push(client, mine, force=True)
    assert sandbox.state.get_journey(journey_id)["name"] == "My edit"
    assert forced.updatedAt == sandbox.state.get_journey(journey_id)["updatedAt"]


def test_pushing_an_unchanged_document_sends_no_patch(
    client: JourneysClient, sandbox: Sandbox
) -> None:
    journey_id = push(client, JourneyDocument.model_validate(rich_body())).id
    assert journey_id is not None
    doc = pull(client, journey_id)
    result = push_result(client, doc)
    assert not result.changed and not result.created
    assert sandbox.count("PATCH") == 0
    assert result.document.updatedAt == doc.updatedAt


def test_pushing_a_file_whose_remote_was_deleted_says_what_to_do(
    client: JourneysClient, sandbox: Sandbox
) -> None:
    doc = push(client, JourneyDocument.model_validate(rich_body()))
    assert doc.id is not None
    sandbox.state.delete_journey(doc.id)
    with pytest.raises(NotFoundError, match='remove "id"'):
        push(client, doc)


def test_a_document_with_an_id_but_no_updated_at_is_a_conflict(
    client: JourneysClient,
) -> None:
    doc = push(client, JourneyDocument.model_validate(rich_body()))
    doc.updatedAt = None
    with pytest.raises(SyncConflictError, match="no updatedAt"):
        push(client, doc)


def test_pull_uses_get_because_list_items_are_summaries(
    client: JourneysClient, sandbox: Sandbox
) -> None:
    journey_id = push(client, JourneyDocument.model_validate(rich_body())).id
    assert journey_id is not None
    summary = next(client.iter_journeys())
    assert summary.definition is None
    doc = pull(client, journey_id)
    assert len(doc.definition.nodes) == 3
    assert sandbox.count("GET", f"/v1/journeys/{journey_id}") == 1
