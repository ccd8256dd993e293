"""Timeouts and retries (DESIGN §8): reads retried, creates never duplicated, 429 honoured."""

from __future__ import annotations

import socket
import threading
import time
from email.utils import formatdate

import pytest

from journey_builder.errors import (
    RateLimitedError,
    RequestCancelledError,
    RequestTimeoutError,
    ServerError,
    UnreachableError,
)
from journey_builder.sandbox import Sandbox
from journey_builder.sync import JourneysClient, RetryPolicy
from journey_builder.sync.server_errors import parse_retry_after

from .conftest import Sleeps
from .samples import rich_body


def _client(sb: Sandbox, sleeps: Sleeps, **kwargs: object) -> JourneysClient:
    return JourneysClient(
        sb.base_url,
        sb.tokens["full-access"],
        retry=RetryPolicy(sleep=sleeps, jitter=lambda: 0.0),
        **kwargs,  # type: ignore[arg-type]
    )


def test_5xx_on_a_read_is_retried_with_growing_backoff(sandbox: Sandbox, sleeps: Sleeps) -> None:
    sandbox.faults.add("status", status=503, count=2)
    with _client(sandbox, sleeps) as c:
        assert c.list_journeys().journeys == []
    assert sandbox.count("GET", "/v1/journeys") == 3
    assert sleeps == [0.25, 0.5]  # 0.5 s and 1 s, at the 50 % jitter floor


def test_5xx_on_a_read_gives_up_after_the_retries(sandbox: Sandbox, sleeps: Sleeps) -> None:
    sandbox.faults.add("status", status=500, count=10)
    with _client(sandbox, sleeps) as c, pytest.raises(ServerError) as info:
        c.list_journeys()
    assert sandbox.count("GET") == 4  # one try and three retries
    assert info.value.status == 500 and "fault injection" in str(info.value)


def test_a_create_answered_5xx_is_not_sent_again(sandbox: Sandbox, sleeps: Sleeps) -> None:
    sandbox.faults.add("status", status=502, method="POST")
    with _client(sandbox, sleeps) as c, pytest.raises(ServerError):
        c.create_journey(rich_body())
    assert sandbox.count("POST", "/v1/journeys") == 1
    assert sleeps == []


def test_a_create_whose_answer_is_lost_is_never_duplicated(
    sandbox: Sandbox, sleeps: Sleeps
) -> None:
    # The server creates the journey, then the connection drops before the answer.
    sandbox.faults.add("drop", method="POST", after_processing=True)
    with _client(sandbox, sleeps) as c, pytest.raises(UnreachableError) as info:
        c.create_journey(rich_body())
    assert info.value.exit_code == 4
    assert sandbox.count("POST", "/v1/journeys") == 1
    assert sandbox.state.count() == 1


def test_publish_answered_5xx_after_processing_is_not_repeated(
    sandbox: Sandbox, sleeps: Sleeps
) -> None:
    with _client(sandbox, sleeps) as c:
        journey = c.create_journey(rich_body())
        sandbox.faults.add("status", status=500, method="POST", after_processing=True)
        with pytest.raises(ServerError):
            c.publish_journey(journey.id)
        assert sandbox.count("POST", f"/v1/journeys/{journey.id}/publish") == 1
        assert len(list(c.iter_versions(journey.id))) == 1


def test_a_dropped_read_is_retried(sandbox: Sandbox, sleeps: Sleeps) -> None:
    sandbox.faults.add("drop", method="GET")
    with _client(sandbox, sleeps) as c:
        assert c.list_journeys().journeys == []
    assert sandbox.count("GET") == 2


def test_429_is_retried_for_any_method_after_retry_after(sandbox: Sandbox, sleeps: Sleeps) -> None:
    sandbox.faults.add("rate_limit", retry_after="2", method="POST")
    with _client(sandbox, sleeps) as c:
        journey = c.create_journey(rich_body())
    assert journey.name == rich_body()["name"]
    assert sleeps == [2.0]
    assert sandbox.count("POST", "/v1/journeys") == 2
    assert sandbox.state.count() == 1


def test_retry_after_as_an_http_date_is_honoured(sandbox: Sandbox, sleeps: Sleeps) -> None:
    in_a_while = formatdate(time.time() + 30, usegmt=True)
    sandbox.faults.add("rate_limit", retry_after=in_a_while)
    with JourneysClient(
        sandbox.base_url,
        sandbox.tokens["full-access"],
        retry=RetryPolicy(sleep=sleeps, max_retry_after=60.0),
    ) as c:
        c.list_journeys()
    assert len(sleeps) == 1 and 27 <= sleeps[0] <= 30


def test_a_retry_after_past_the_cap_fails_at_once(sandbox: Sandbox, sleeps: Sleeps) -> None:
    sandbox.faults.add("rate_limit", retry_after="3600")
    with (
        JourneysClient(
            sandbox.base_url,
            sandbox.tokens["full-access"],
            retry=RetryPolicy(sleep=sleeps, max_retry_after=20.0),
        ) as c,
        pytest.raises(RateLimitedError, match=r"asked to wait 60 minutes.*try later") as info,
    ):
        c.list_journeys()
    assert sleeps == []
    assert info.value.retry_after == 3600.0
    assert sandbox.count("GET") == 1


def test_429_without_retry_after_backs_off_then_reports(sandbox: Sandbox, sleeps: Sleeps) -> None:
    sandbox.faults.add("rate_limit", retry_after=None, count=10)
    with _client(sandbox, sleeps) as c, pytest.raises(RateLimitedError) as info:
        c.get_journey("jrn_x")
    assert info.value.retry_after is None
    assert len(sleeps) == 3
    assert "Too many requests" in str(info.value)


def test_parse_retry_after() -> None:
    now = 1_000_000.0
    assert parse_retry_after("7", now=now) == 7.0
    assert parse_retry_after(formatdate(now + 12, usegmt=True), now=now) == pytest.approx(12, abs=1)
    assert parse_retry_after(formatdate(now - 50, usegmt=True), now=now) == 0.0
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after(None) is None


def test_a_read_timeout_is_reported_after_retries(sandbox: Sandbox, sleeps: Sleeps) -> None:
    sandbox.faults.latency = 0.5
    with (
        JourneysClient(
            sandbox.base_url,
            sandbox.tokens["full-access"],
            timeout=0.1,
            retry=RetryPolicy(max_retries=1, sleep=sleeps),
        ) as c,
        pytest.raises(RequestTimeoutError, match=r"did not answer within 0\.1 s") as info,
    ):
        c.list_journeys()
    assert info.value.exit_code == 4
    assert sandbox.count("GET") == 2


def test_a_create_that_times_out_is_not_sent_again(sandbox: Sandbox, sleeps: Sleeps) -> None:
    sandbox.faults.add("latency", seconds=0.5, method="POST")
    with (
        _client(sandbox, sleeps, timeout=0.1) as c,
        pytest.raises(RequestTimeoutError),
    ):
        c.create_journey(rich_body())
    assert sandbox.count("POST") == 1


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_connection_refused_is_unreachable_after_retries(sleeps: Sleeps) -> None:
    port = _closed_port()
    with (
        JourneysClient(f"http://127.0.0.1:{port}/v1", "tok", retry=RetryPolicy(sleep=sleeps)) as c,
        pytest.raises(UnreachableError, match="Could not connect") as info,
    ):
        c.list_journeys()
    assert info.value.exit_code == 4
    assert len(sleeps) == 3


def test_a_create_is_retried_when_the_connection_never_opened(sleeps: Sleeps) -> None:
    port = _closed_port()
    with (
        JourneysClient(f"http://127.0.0.1:{port}/v1", "tok", retry=RetryPolicy(sleep=sleeps)) as c,
        pytest.raises(UnreachableError),
    ):
        c.create_journey({"name": "x"})
    assert len(sleeps) == 3  # safe: nothing reached a server


def test_a_malformed_answer_is_a_bad_response(sandbox: Sandbox, sleeps: Sleeps) -> None:
    from journey_builder.errors import BadResponseError

    sandbox.state.create_journey({"name": "A"})
    sandbox.faults.add("malformed", method="GET", after_processing=True)
    with _client(sandbox, sleeps) as c, pytest.raises(BadResponseError, match="not valid JSON"):
        c.list_journeys()


def test_waiting_to_retry_can_be_cancelled(sandbox: Sandbox) -> None:
    sandbox.faults.add("status", status=503, count=5)
    stop = threading.Event()
    timer = threading.Timer(0.2, stop.set)
    timer.start()
    started = time.monotonic()
    try:
        with (
            JourneysClient(
                sandbox.base_url,
                sandbox.tokens["full-access"],
                cancel=stop,
                retry=RetryPolicy(backoff=30.0, max_backoff=30.0),
            ) as c,
            pytest.raises(RequestCancelledError, match="waiting to retry"),
        ):
            c.list_journeys()
    finally:
        timer.cancel()
        timer.join()
    assert time.monotonic() - started < 5
    assert sandbox.count("GET") == 1
