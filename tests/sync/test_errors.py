"""Error answers become the right exception, with the server's words, status and request."""

from __future__ import annotations

import logging

import pytest

from journey_builder.errors import (
    BadResponseError,
    ConflictError,
    HTTPStatusError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    ServerError,
    UnauthenticatedError,
)
from journey_builder.sandbox import Sandbox
from journey_builder.sync import JourneysClient, RetryPolicy

from .samples import broken_body, rich_body
from .tiny_server import Reply, Seen, tiny_server

SECRET = "tok-very-secret-123456"


def test_401_for_an_unknown_token(sandbox: Sandbox) -> None:
    with JourneysClient(sandbox.base_url, SECRET) as c, pytest.raises(UnauthenticatedError) as info:
        c.list_journeys()
    err = info.value
    assert err.status == 401 and err.exit_code == 3
    assert err.method == "GET" and err.url == "/v1/journeys"
    assert "The token is not valid" in str(err)
    assert "journey-builder login" in str(err)
    assert SECRET not in str(err)


def test_403_names_the_missing_scope(sandbox: Sandbox) -> None:
    with JourneysClient(sandbox.base_url, sandbox.tokens["no-publish"]) as c:
        journey = c.create_journey(rich_body())
        with pytest.raises(PermissionDeniedError) as info:
            c.publish_journey(journey.id)
    assert info.value.scope == "journey:publish"
    assert info.value.exit_code == 3
    assert "it needs the scope journey:publish" in str(info.value)
    assert f"POST /v1/journeys/{journey.id}/publish" in str(info.value)


def test_404_for_a_missing_journey_and_version(client: JourneysClient) -> None:
    with pytest.raises(NotFoundError, match="Journey jrn_nope does not exist"):
        client.get_journey("jrn_nope")
    with pytest.raises(NotFoundError, match="Version ver_nope does not exist"):
        client.get_version("ver_nope")


def test_409_for_lifecycle_refusals_with_the_servers_reason(client: JourneysClient) -> None:
    journey = client.create_journey(rich_body())
    with pytest.raises(ConflictError, match="publish it before activating"):
        client.activate_journey(journey.id)
    with pytest.raises(ConflictError, match="Only an active journey can be paused"):
        client.pause_journey(journey.id)
    client.publish_journey(journey.id)
    client.activate_journey(journey.id)
    with pytest.raises(ConflictError, match="pause it first") as info:
        client.delete_journey(journey.id)
    assert info.value.status == 409 and info.value.exit_code == 1
    assert client.get_journey(journey.id).status == "active"


def test_422_lists_the_servers_reasons(client: JourneysClient) -> None:
    journey = client.create_journey(broken_body())
    with pytest.raises(InvalidRequestError) as info:
        client.publish_journey(journey.id)
    err = info.value
    assert err.status == 422
    assert any(r.startswith("no-start:") for r in err.reasons)
    assert "no-start" in str(err)


def test_400_for_a_create_without_name(client: JourneysClient) -> None:
    with pytest.raises(InvalidRequestError, match="name is required") as info:
        client.create_journey({"entryMode": "once"})
    assert info.value.status == 400


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"error": {"code": "x", "message": "from error.message"}}, "from error.message"),
        ({"message": "from message"}, "from message"),
        ({"detail": "from detail"}, "from detail"),
        ({"title": "from title", "status": 409}, "from title"),
        ({"error": "from error as text"}, "from error as text"),
        ("plain text from a proxy", "plain text from a proxy"),
        ("<html><body>Bad gateway</body></html>", "<html><body>Bad gateway</body></html>"),
        ({"unexpected": ["shape"]}, '{"unexpected": ["shape"]}'),
    ],
)
def test_the_servers_message_is_found_wherever_it_sits(body: object, expected: str) -> None:
    with (
        tiny_server(lambda seen: Reply(409, body)) as server,
        JourneysClient(server.base_url, SECRET) as c,
        pytest.raises(ConflictError) as info,
    ):
        c.get_journey("jrn_1")
    assert info.value.server_message == expected
    assert f"the server said: {expected}" in str(info.value)
    assert "(HTTP 409)" in str(info.value)
    assert "(GET /v1/journeys/jrn_1)" in str(info.value)


def test_fastapi_style_detail_lists_become_reasons() -> None:
    body = {"detail": [{"loc": ["body", "name"], "msg": "field required"}]}
    with (
        tiny_server(lambda seen: Reply(422, body)) as server,
        JourneysClient(server.base_url, SECRET) as c,
        pytest.raises(InvalidRequestError) as info,
    ):
        c.create_journey({"name": "x"})
    assert info.value.reasons == [
        "body.name: field required"
    ] or "body.name: field required" in str(info.value)


def test_a_long_raw_answer_is_truncated_to_one_line() -> None:
    with (
        tiny_server(lambda seen: Reply(500, "x\n\x1b[31m" + "y" * 5000)) as server,
        JourneysClient(server.base_url, SECRET, retry=RetryPolicy(max_retries=0)) as c,
        pytest.raises(ServerError) as info,
    ):
        c.get_journey("jrn_1")
    text = str(info.value)
    assert len(text) < 600 and "\n" not in text and "\x1b" not in text
    assert text.count("y") < 400


def test_a_403_scope_named_only_in_the_message_is_found() -> None:
    body = {"message": "missing required scope journey:delete for this call"}
    with (
        tiny_server(lambda seen: Reply(403, body)) as server,
        JourneysClient(server.base_url, SECRET) as c,
        pytest.raises(PermissionDeniedError) as info,
    ):
        c.delete_journey("jrn_1")
    assert info.value.scope == "journey:delete"


def test_412_is_a_conflict_and_unknown_4xx_is_a_status_error() -> None:
    for status, kind in ((412, ConflictError), (418, HTTPStatusError)):
        with (
            tiny_server(lambda seen, s=status: Reply(s, {"message": "no"})) as server,
            JourneysClient(server.base_url, SECRET) as c,
            pytest.raises(kind) as info,
        ):
            c.get_journey("jrn_1")
        assert info.value.status == status


@pytest.mark.parametrize(
    ("body", "match"),
    [
        ('{"id": "jrn_1", "name": ', "not valid JSON"),
        ("[1, 2]", "not a JSON object"),
        ({"name": "no id"}, r"expected shape: id is missing"),
        ({"id": "jrn_1", "definition": {"nodes": "oops"}}, "definition.nodes"),
    ],
)
def test_answers_we_cannot_read_are_bad_responses(body: object, match: str) -> None:
    with (
        tiny_server(lambda seen: Reply(200, body)) as server,
        JourneysClient(server.base_url, SECRET) as c,
        pytest.raises(BadResponseError, match=match) as info,
    ):
        c.get_journey("jrn_1")
    assert info.value.exit_code == 1


def test_a_redirect_is_not_followed(sandbox: Sandbox) -> None:
    def respond(seen: Seen) -> Reply:
        return Reply(302, "", {"Location": "https://elsewhere.example/v1/journeys"})

    with (
        tiny_server(respond) as server,
        JourneysClient(server.base_url, SECRET) as c,
        pytest.raises(BadResponseError, match="redirect"),
    ):
        c.list_journeys()
    assert len(server.seen) == 1


def test_the_token_never_appears_in_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    def echo(seen: Seen) -> Reply:
        # A hostile or careless server that echoes the Authorization header back.
        return Reply(400, {"message": f"bad header {seen.headers.get('Authorization')}"})

    caplog.set_level(logging.DEBUG)
    with (
        tiny_server(echo) as server,
        JourneysClient(server.base_url, SECRET) as c,
        pytest.raises(InvalidRequestError) as info,
    ):
        c.update_journey("jrn_1", {"name": "x"})
    assert server.seen[0].headers["Authorization"] == f"Bearer {SECRET}"
    err = info.value
    assert SECRET not in str(err)
    assert SECRET not in repr(err)
    assert SECRET not in err.server_message
    assert SECRET not in repr(err.body)
    assert "Bearer ***" in caplog.text
    assert SECRET not in caplog.text
    assert any(r.name == "journey_builder.sync" for r in caplog.records)
