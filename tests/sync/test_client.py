"""The client against the sandbox over real HTTP: every endpoint, pagination, cancellation."""

from __future__ import annotations

import threading

import pytest

from journey_builder.errors import BadResponseError, RequestCancelledError
from journey_builder.model import Journey, JourneyList, JourneyVersion, JourneyVersionList
from journey_builder.sandbox import Sandbox, run_sandbox
from journey_builder.sync import JourneysClient, RetryPolicy
from journey_builder.sync.client import USER_AGENT

from .samples import rich_body
from .tiny_server import Reply, Seen, tiny_server


def test_every_endpoint_returns_model_objects(client: JourneysClient, sandbox: Sandbox) -> None:
    created = client.create_journey(rich_body())
    assert isinstance(created, Journey)
    assert created.id.startswith("jrn_") and created.status == "draft"

    page = client.list_journeys(page_size=10)
    assert isinstance(page, JourneyList)
    assert [j.id for j in page.journeys] == [created.id]

    fetched = client.get_journey(created.id)
    assert fetched.definition is not None and len(fetched.definition.nodes) == 3

    updated = client.update_journey(created.id, {"name": "Renamed"})
    assert updated.name == "Renamed"
    assert updated.updatedAt != created.updatedAt
    assert updated.definition is not None  # PATCH is partial: the definition stays

    version = client.publish_journey(created.id)
    assert isinstance(version, JourneyVersion)
    assert version.journeyId == created.id
    assert client.get_journey(created.id).status == "published"

    assert client.activate_journey(created.id).status == "active"
    assert client.pause_journey(created.id).status == "paused"

    versions = client.list_versions(created.id)
    assert isinstance(versions, JourneyVersionList)
    assert [v.id for v in versions.journeyVersions] == [version.id]
    assert client.get_version(version.id).to_json() == version.to_json()

    client.delete_journey(created.id)
    assert client.list_journeys().journeys == []
    paths = {(r.method, r.path) for r in sandbox.requests}
    base = "/v1/journeys"
    assert {
        ("GET", base),
        ("POST", base),
        ("GET", f"{base}/{created.id}"),
        ("PATCH", f"{base}/{created.id}"),
        ("DELETE", f"{base}/{created.id}"),
        ("POST", f"{base}/{created.id}/publish"),
        ("POST", f"{base}/{created.id}/activate"),
        ("POST", f"{base}/{created.id}/pause"),
        ("GET", f"{base}/{created.id}/versions"),
        ("GET", f"{base}/versions/{version.id}"),
    } <= paths


def test_user_agent_names_the_app(client: JourneysClient, sandbox: Sandbox) -> None:
    client.list_journeys()
    assert sandbox.requests[-1].user_agent == USER_AGENT
    assert USER_AGENT.startswith("journey-builder/")


def test_iter_journeys_follows_every_page(client: JourneysClient, sandbox: Sandbox) -> None:
    for i in range(23):
        sandbox.state.create_journey({"name": f"J{i:02d}"})
    names = [j.name for j in client.iter_journeys(page_size=5)]
    assert names == [f"J{i:02d}" for i in range(23)]
    assert sandbox.count("GET", "/v1/journeys") == 5


def test_a_server_capping_page_size_is_followed_to_the_end(sleeps: list[float]) -> None:
    with run_sandbox() as sb:
        sb.state.max_page_size = 7
        for i in range(20):
            sb.state.create_journey({"name": f"n{i}"})
        with JourneysClient(sb.base_url, sb.tokens["read-only"]) as c:
            pages = list(c.iter_journey_pages(page_size=100))
        assert [len(p.journeys) for p in pages] == [7, 7, 6]
        assert len({j.id for p in pages for j in p.journeys}) == 20


def test_list_items_are_summaries_so_get_fetches_the_definition(
    client: JourneysClient,
) -> None:
    created = client.create_journey(rich_body())
    listed = next(client.iter_journeys())
    assert listed.id == created.id
    assert listed.definition is None
    assert client.get_journey(created.id).definition is not None


def test_versions_are_listed_newest_first_across_pages(client: JourneysClient) -> None:
    journey = client.create_journey(rich_body())
    made = [client.publish_journey(journey.id).id for _ in range(5)]
    listed = [v.id for v in client.iter_versions(journey.id, page_size=2)]
    assert listed == list(reversed(made))


def test_pagination_stops_on_empty_null_or_absent_token_and_ignores_total_size() -> None:
    pages = [
        {"journeys": [{"id": "a"}], "nextPageToken": "t1", "totalSize": 1},
        {"journeys": [{"id": "b"}], "nextPageToken": None, "totalSize": 1},
    ]
    pages_absent = [{"journeys": [{"id": "c"}], "totalSize": 99}]
    pages_empty = [{"journeys": [{"id": "d"}], "nextPageToken": "", "totalSize": 99}]

    for script, expected in ((pages, ["a", "b"]), (pages_absent, ["c"]), (pages_empty, ["d"])):
        replies = iter(script)
        with (
            tiny_server(lambda seen, r=replies: Reply(200, next(r))) as server,
            JourneysClient(server.base_url, "tok") as c,
        ):
            assert [j.id for j in c.iter_journeys()] == expected


def test_a_server_repeating_its_page_token_is_stopped() -> None:
    def respond(seen: Seen) -> Reply:
        return Reply(200, {"journeys": [{"id": "same"}], "nextPageToken": "again"})

    with tiny_server(respond) as server, JourneysClient(server.base_url, "tok") as c:
        got = []
        with pytest.raises(BadResponseError, match="page token it had sent before"):
            for journey in c.iter_journeys():
                got.append(journey.id)
        assert len(server.seen) == 2
        assert got == ["same", "same"]


def test_listing_can_be_cancelled_between_pages(client: JourneysClient, sandbox: Sandbox) -> None:
    for i in range(10):
        sandbox.state.create_journey({"name": f"n{i}"})
    stop = threading.Event()
    seen = []
    with pytest.raises(RequestCancelledError, match="Cancelled"):
        for journey in client.iter_journeys(page_size=3, cancel=stop):
            seen.append(journey.id)
            if len(seen) == 3:
                stop.set()
    assert len(seen) == 3
    assert sandbox.count("GET", "/v1/journeys") == 1


def test_a_cancel_callable_on_the_client_stops_before_sending(sandbox: Sandbox) -> None:
    with (
        JourneysClient(sandbox.base_url, sandbox.tokens["full-access"], cancel=lambda: True) as c,
        pytest.raises(RequestCancelledError),
    ):
        c.list_journeys()
    assert sandbox.count() == 0


def test_ids_cannot_escape_their_path_segment(client: JourneysClient, sandbox: Sandbox) -> None:
    from journey_builder.errors import NotFoundError

    with pytest.raises(NotFoundError):
        client.get_journey("../journeys?x=1")
    assert sandbox.requests[-1].path == "/v1/journeys/..%2Fjourneys%3Fx%3D1"
    with pytest.raises(ValueError):
        client.get_journey("..")


def test_if_match_is_sent_only_after_the_server_sent_an_etag() -> None:
    journey = {"id": "jrn_1", "name": "A", "updatedAt": "2026-01-01T00:00:00Z"}

    def respond(seen: Seen) -> Reply:
        headers = {"ETag": '"v7"'} if seen.path.endswith("/jrn_2") else {}
        return Reply(200, {**journey, "id": seen.path.rsplit("/", 1)[-1]}, headers)

    with tiny_server(respond) as server, JourneysClient(server.base_url, "tok") as c:
        c.get_journey("jrn_1")
        c.update_journey("jrn_1", {"name": "B"}, if_match=c.etag_for("jrn_1"))
        c.get_journey("jrn_2")
        c.update_journey("jrn_2", {"name": "B"}, if_match=c.etag_for("jrn_2"))
    patches = [s for s in server.seen if s.method == "PATCH"]
    assert "If-Match" not in patches[0].headers
    assert patches[1].headers["If-Match"] == '"v7"'


def test_repr_never_shows_the_token(sandbox: Sandbox) -> None:
    token = sandbox.tokens["full-access"]
    with JourneysClient(sandbox.base_url, token, retry=RetryPolicy(max_retries=0)) as c:
        assert token not in repr(c)
