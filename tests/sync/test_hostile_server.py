"""A hostile or broken server over real HTTP (the sandbox's hostile fault modes, and a tiny
server for what the sandbox cannot say): every case ends in a clear error that names the
request and holds no token, within the timeouts, and the token never reaches another host."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from journey_builder.errors import (
    ApiError,
    BadResponseError,
    RateLimitedError,
    RequestTimeoutError,
    TransportError,
    UnreachableError,
)
from journey_builder.sandbox import Fault, Sandbox
from journey_builder.sync import JourneysClient, RetryPolicy, Timeouts, _answers

from .conftest import Sleeps
from .samples import rich_body
from .tiny_server import Reply, Seen, tiny_server

# Small timeouts keep the file fast; the checks are the same as with the defaults.
FAST = Timeouts(connect=1.0, read=0.5, total=1.0)
YEAR = 365 * 24 * 3600


@pytest.fixture
def token(sandbox: Sandbox) -> str:
    return sandbox.tokens["full-access"]


@pytest.fixture
def client(sandbox: Sandbox, token: str, sleeps: Sleeps) -> Iterator[JourneysClient]:
    with JourneysClient(
        sandbox.base_url,
        token,
        timeout=FAST,
        retry=RetryPolicy(sleep=sleeps, jitter=lambda: 0.0),
        max_pages=50,
    ) as c:
        yield c


def _fails(
    call: Callable[[], object], kind: type[ApiError], token: str, *, within: float = 5.0
) -> ApiError:
    """The error ``call`` raises: of ``kind``, naming its request, without the token, in time."""
    started = time.monotonic()
    with pytest.raises(kind) as info:
        call()
    elapsed = time.monotonic() - started
    err = info.value
    text = str(err)
    assert elapsed < within, f"took {elapsed:.1f} s: {text}"
    assert err.method and err.url.startswith("/v1/"), text
    assert f"({err.method} {err.url})" in text
    assert token not in text and token not in repr(err)
    assert "\n" not in text and "Traceback" not in text
    return err


# --- bodies we cannot read -------------------------------------------------------------------


def test_a_body_that_is_not_json(sandbox: Sandbox, client: JourneysClient, token: str) -> None:
    sandbox.faults.add("not_json")
    err = _fails(client.list_journeys, BadResponseError, token)
    assert "not valid JSON (HTTP 200, text/html," in str(err) and "Sign in to the Wi-Fi" in str(err)
    assert err.exit_code == 1


def test_json_nested_without_end_and_nan_are_refused(token: str) -> None:
    answers = iter([Reply(200, "[" * 5000 + "]" * 5000), Reply(200, '{"id": "j", "x": NaN}')])
    with (
        tiny_server(lambda seen: next(answers)) as server,
        JourneysClient(server.base_url, token) as c,
    ):
        assert "nested deeper than 200" in str(
            _fails(lambda: c.get_journey("j"), BadResponseError, token)
        )
        assert "not valid JSON" in str(_fails(lambda: c.get_journey("j"), BadResponseError, token))


def _journey_fields(prefix: str = "", *, full: bool = True) -> list[str]:
    fields = ["id", "name", "status", "createdAt", "updatedAt", "entryMode", "tenantId"]
    if full:
        fields = [*fields, *_definition_fields(), "triggerConfig", "triggerConfig.type"]
        fields.append("triggerConfig.conditions")
    return [prefix + f for f in fields]


def _definition_fields() -> list[str]:
    node, edge = "definition.nodes.1", "definition.edges.1"
    return [
        "definition",
        "definition.nodes",
        "definition.edges",
        f"{node}.id",
        f"{node}.type",
        f"{node}.position",
        f"{node}.position.x",
        f"{node}.position.y",
        f"{node}.data",
        f"{edge}.id",
        f"{edge}.source",
        f"{edge}.target",
        f"{edge}.sourceHandle",
    ]


_VERSION_FIELDS = [
    "id",
    "journeyId",
    "createdAt",
    "entryMode",
    "triggerConfig",
    *_definition_fields(),
]
_PAGE_FIELDS = ["nextPageToken", "totalSize"]


def _as_shown(field: str) -> str:
    """``journeys.0.name`` as the client names it: ``journeys[0].name``."""
    out = ""
    for part in field.split("."):
        out += f"[{part}]" if part.isdigit() else (f".{part}" if out else part)
    return out


def _endpoints(c: JourneysClient, jid: str, vid: str) -> dict[str, tuple[Any, ...]]:
    """name -> (method, path, call, prepare, fields)."""

    def none() -> None:
        return None

    def published_and_paused() -> None:
        if c.get_journey(jid).status == "active":
            c.pause_journey(jid)

    def active() -> None:
        if c.get_journey(jid).status != "active":
            c.activate_journey(jid)

    path = f"/v1/journeys/{jid}"
    return {
        "list journeys": (
            "GET",
            "/v1/journeys",
            c.list_journeys,
            none,
            ["journeys", *_PAGE_FIELDS, *_journey_fields("journeys.0.", full=False)],
        ),
        "create": (
            "POST",
            "/v1/journeys",
            lambda: c.create_journey(rich_body()),
            none,
            _journey_fields(),
        ),
        "get": ("GET", path, lambda: c.get_journey(jid), none, _journey_fields()),
        "update": (
            "PATCH",
            path,
            lambda: c.update_journey(jid, {"name": "x"}),
            none,
            _journey_fields(),
        ),
        "publish": (
            "POST",
            f"{path}/publish",
            lambda: c.publish_journey(jid),
            none,
            _VERSION_FIELDS,
        ),
        "activate": (
            "POST",
            f"{path}/activate",
            lambda: c.activate_journey(jid),
            published_and_paused,
            _journey_fields(),
        ),
        "pause": ("POST", f"{path}/pause", lambda: c.pause_journey(jid), active, _journey_fields()),
        "list versions": (
            "GET",
            f"{path}/versions",
            lambda: c.list_versions(jid),
            none,
            [
                "journeyVersions",
                *_PAGE_FIELDS,
                *(f"journeyVersions.0.{f}" for f in _VERSION_FIELDS),
            ],
        ),
        "get version": (
            "GET",
            f"/v1/journeys/versions/{vid}",
            lambda: c.get_version(vid),
            none,
            _VERSION_FIELDS,
        ),
    }


ENDPOINTS = [
    "list journeys",
    "create",
    "get",
    "update",
    "publish",
    "activate",
    "pause",
    "list versions",
    "get version",
]


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_a_wrong_type_in_any_field_is_named(
    sandbox: Sandbox, client: JourneysClient, token: str, endpoint: str
) -> None:
    journey = client.create_journey(rich_body())
    version = client.publish_journey(journey.id)
    method, path, call, prepare, fields = _endpoints(client, journey.id, version.id)[endpoint]
    for field in fields:
        prepare()
        sandbox.faults.add("wrong_types", field=field, method=method, path_prefix=path)
        err = _fails(call, BadResponseError, token)
        assert sandbox.faults.pending() == 0, f"{field} was not sent"
        assert err.method == method and err.url == path.split("?")[0]
        assert f"expected shape: {_as_shown(field)} should be" in str(err), (field, str(err))


def test_wrong_types_everywhere_at_once(
    sandbox: Sandbox, client: JourneysClient, token: str
) -> None:
    sandbox.faults.add("wrong_types")
    err = _fails(client.list_journeys, BadResponseError, token)
    assert "journeys should be a list but is an object" in str(err)


def test_a_200_with_an_error_body(sandbox: Sandbox, client: JourneysClient, token: str) -> None:
    sandbox.faults.add("error_200", count=2)
    err = _fails(client.list_journeys, BadResponseError, token)
    assert "answered HTTP 200 (success) with an error instead of the list of journeys" in str(err)
    assert "Something went wrong" in str(err)
    err = _fails(lambda: client.get_journey("jrn_1"), BadResponseError, token)
    assert "instead of the journey" in str(err)


# --- lists that never end --------------------------------------------------------------------


def test_a_list_whose_pages_never_end(sandbox: Sandbox, client: JourneysClient, token: str) -> None:
    sandbox.state.create_journey({"name": "A"})
    sandbox.faults.mode = Fault("endless_pages")
    seen: list[str] = []
    err = _fails(lambda: seen.extend(j.id for j in client.iter_journeys()), BadResponseError, token)
    assert "still offered more pages after 50" in str(err)
    assert sandbox.count("GET", "/v1/journeys") == 50 == len(seen)


def test_a_list_whose_page_tokens_go_round_in_a_circle(token: str) -> None:
    order = {None: "B", "B": "C", "C": "B"}

    def respond(seen: Seen) -> Reply:
        current = seen.path.partition("pageToken=")[2] or None
        return Reply(200, {"journeys": [{"id": f"j{current}"}], "nextPageToken": order[current]})

    with tiny_server(respond) as server, JourneysClient(server.base_url, token) as c:
        err = _fails(lambda: list(c.iter_journeys()), BadResponseError, token)
    assert "page token it had sent before ('B', after 3 pages)" in str(err)
    assert len(server.seen) == 3


# --- answers too large or too slow -----------------------------------------------------------


def test_a_50_mb_page_is_refused_without_holding_it(sandbox: Sandbox, token: str) -> None:
    sandbox.faults.add("huge_page")  # chunked: only reading tells the size
    # The default timeouts: 20 MB under tracemalloc on a busy machine may take over a second.
    with JourneysClient(sandbox.base_url, token, max_retries=0) as c:
        tracemalloc.start()
        try:
            err = _fails(c.list_journeys, BadResponseError, token, within=30)
            _current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert "grew past 20 MB, the most accepted; stopped reading it" in str(err)
    assert peak < 28 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB"  # the 20 MB cap and change


def test_a_page_declared_at_50_mb_is_not_read(
    sandbox: Sandbox, client: JourneysClient, token: str
) -> None:
    sandbox.faults.add("huge_page", chunked=False)
    err = _fails(lambda: client.get_journey("jrn_x"), BadResponseError, token)
    assert "answer is 50 MB, more than the 20 MB accepted; it was not read" in str(err)


def test_a_body_that_trickles_in_fails_at_the_deadline(
    sandbox: Sandbox, client: JourneysClient, token: str, sleeps: Sleeps
) -> None:
    sandbox.state.create_journey({"name": "A"})
    sandbox.faults.add("trickle", seconds=0.05, count=5)  # each byte well within read=0.5 s
    err = _fails(
        client.list_journeys, RequestTimeoutError, token, within=FAST.total + FAST.read + 1
    )
    assert "still arriving after 1 s" in str(err)
    assert err.exit_code == 4
    assert sandbox.count("GET") == 1 and sleeps == []  # a trickle is not asked for again


def test_a_connection_reset_mid_body_is_retried(
    sandbox: Sandbox, client: JourneysClient, sleeps: Sleeps
) -> None:
    sandbox.state.create_journey({"name": "A"})
    sandbox.faults.add("reset_mid_body")
    assert [j.name for j in client.list_journeys().journeys] == ["A"]
    assert sandbox.count("GET") == 2 and len(sleeps) == 1


def test_a_connection_reset_every_time_is_a_transport_error(
    sandbox: Sandbox, client: JourneysClient, token: str, sleeps: Sleeps
) -> None:
    sandbox.state.create_journey({"name": "A"})
    sandbox.faults.add("reset_mid_body", count=10)
    err = _fails(client.list_journeys, TransportError, token)
    assert isinstance(err, UnreachableError) and err.exit_code == 4
    assert "before the whole answer arrived" in str(err) or "without a complete answer" in str(err)
    assert sandbox.count("GET") == 4 and len(sleeps) == 3


def test_a_create_reset_mid_body_is_not_sent_again(
    sandbox: Sandbox, client: JourneysClient, token: str
) -> None:
    sandbox.faults.add("reset_mid_body", method="POST")
    _fails(lambda: client.create_journey(rich_body()), TransportError, token)
    assert sandbox.count("POST") == 1 and sandbox.state.count() == 1


# --- redirects and waits ---------------------------------------------------------------------


def test_a_redirect_to_http_is_not_followed(
    sandbox: Sandbox, client: JourneysClient, token: str
) -> None:
    sandbox.faults.add("redirect_http")
    err = _fails(client.list_journeys, BadResponseError, token)
    assert f"a redirect to http://127.0.0.1:{sandbox.port}/v1/journeys (not https" in str(err)
    assert "(HTTP 301)" in str(err) and "not followed" in str(err)
    assert sandbox.count() == 1


def test_a_redirect_to_another_host_never_carries_the_token(
    sandbox: Sandbox, client: JourneysClient, token: str
) -> None:
    with tiny_server(lambda seen: Reply(200, {"journeys": []})) as other:
        # Even a Location that asks for the token back in its query shows no token.
        location = f"{other.base_url}/journeys?steal={token}"
        sandbox.faults.add("redirect_other_host", location=location, count=2)
        err = _fails(client.list_journeys, BadResponseError, token)
        _fails(lambda: client.update_journey("jrn_1", {"name": "x"}), BadResponseError, token)
    port = other.server.server_address[1]
    assert f"a redirect to http://127.0.0.1:{port}/v1/journeys (not https, another host)" in str(
        err
    )
    assert "(HTTP 307)" in str(err)
    assert other.seen == []  # nothing at all reached the other host, so no Authorization
    assert sandbox.count() == 2


def test_a_retry_after_of_a_year_fails_at_once(
    sandbox: Sandbox, client: JourneysClient, token: str, sleeps: Sleeps
) -> None:
    sandbox.faults.add("retry_after_year")
    err = _fails(client.list_journeys, RateLimitedError, token, within=2)
    assert "the server asked to wait 365 days before trying again" in str(err)
    assert "try later" in str(err)
    assert sleeps == [] and sandbox.count() == 1


# --- the command line: a message and an exit code, never a traceback; files untouched ---------


def _cli(sandbox: Sandbox, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FLOWNALLY_")}
    env.update(
        FLOWNALLY_BASE_URL=sandbox.base_url,
        FLOWNALLY_TOKEN=sandbox.tokens["full-access"],
        JOURNEY_BUILDER_CONFIG_DIR=str(tmp_path / "config"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return subprocess.run(
        [sys.executable, "-m", "journey_builder", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=env,
    )


@pytest.mark.parametrize(
    ("mode", "code", "said"),
    [
        ("wrong-types", 1, "id should be text but is a number (12345)"),
        ("not-json", 1, "not valid JSON (HTTP 200, text/html"),
        ("error-200", 1, "with an error instead of the journey"),
        ("huge-page", 1, "grew past 20 MB"),
        ("reset-mid-body", 4, "before the whole answer arrived"),
        ("redirect-other-host", 1, "redirect to https://elsewhere.invalid/v1/journeys/"),
        ("retry-after-year", 1, "asked to wait 365 days"),
    ],
)
def test_pull_into_an_existing_file_leaves_it_as_it_was(
    sandbox: Sandbox, tmp_path: Path, mode: str, code: int, said: str
) -> None:
    journey = sandbox.state.create_journey(rich_body())
    target = tmp_path / "mine.journey.json"
    before = b'{\n  "name": "My local edits",\n  "definition": {"nodes": [], "edges": []}\n}\n'
    target.write_bytes(before)
    sandbox.faults.mode = Fault(mode.replace("-", "_"))
    run = _cli(sandbox, tmp_path, "pull", journey["id"], "-o", str(target), "--force")
    assert run.returncode == code, run.stderr
    assert run.stderr.startswith("journey-builder: ") and said in run.stderr
    assert f"(GET /v1/journeys/{journey['id']})" in run.stderr
    assert "Traceback" not in run.stderr and run.stdout == ""
    assert sandbox.tokens["full-access"] not in run.stderr
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.journey.json"]  # no leftovers


def test_list_against_a_web_page_says_so(sandbox: Sandbox, tmp_path: Path) -> None:
    sandbox.faults.mode = Fault("not_json")
    run = _cli(sandbox, tmp_path, "list", "--json")
    assert run.returncode == 1 and run.stdout == ""
    assert "journey-builder: The server's answer is not valid JSON" in run.stderr
    assert "(GET /v1/journeys)" in run.stderr and "Traceback" not in run.stderr


def test_the_sandbox_command_serves_a_fault_mode(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FLOWNALLY_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "journey_builder", "sandbox", "--port", "0", "--fault", "error-200"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(4)]
        base_url = lines[0].rsplit(" ", 1)[-1].strip()
        assert (
            base_url.startswith("http://127.0.0.1:")
            and "Fault: every answer is 'error-200'" in lines[2]
        )
        token_line = proc.stdout.readline()
        token = token_line.split()[1]
        assert token_line.split()[0] == "full-access" and token.startswith("sbx_")
        with JourneysClient(base_url, token, retry=RetryPolicy(max_retries=0)) as c:
            err = _fails(c.list_journeys, BadResponseError, token)
        assert "Something went wrong" in str(err)
    finally:
        proc.terminate()
        _out, err_text = proc.communicate(timeout=20)
    assert proc.returncode == 0 and "Traceback" not in err_text


# --- the sentences themselves ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "said"),
    [(5, "5 s"), (119, "119 s"), (600, "10 minutes"), (3 * 3600, "3 hours"), (YEAR, "365 days")],
)
def test_waits_in_words(seconds: float, said: str) -> None:
    assert _answers.human_wait(seconds) == said


@pytest.mark.parametrize(
    ("location", "said"),
    [
        (None, "a redirect without a Location"),
        ("/v1/elsewhere?x=1", "a redirect to /v1/elsewhere (the same server)"),
        (
            "https://api.example.com/v2/j",
            "a redirect to https://api.example.com/v2/j (the same server)",
        ),
        (
            "http://api.example.com/v1/j",
            "a redirect to http://api.example.com/v1/j (not https, another host)",
        ),
        (
            "https://user:pw@evil.example:8443/p?t=1",
            "a redirect to https://evil.example:8443/p (another host)",
        ),
        (
            "https://evil.example/SECRET-TOKEN/x",
            "a redirect to https://evil.example/***/x (another host)",
        ),
        ("http://[::1", "a redirect to an address that is not valid ('http://[::1')"),
    ],
)
def test_where_a_redirect_pointed(location: str | None, said: str) -> None:
    base = "https://api.example.com/v1"
    assert _answers.describe_redirect(base, location, secret="SECRET-TOKEN") == said
