"""One shared TLS context, and closing a client from another thread (the app's cancel)."""

from __future__ import annotations

import ssl
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from journey_builder.errors import RequestCancelledError
from journey_builder.sandbox import Sandbox
from journey_builder.sync import JourneysClient, Timeouts
from journey_builder.sync._http import tls_context


def test_one_verified_tls_context_is_shared_across_threads() -> None:
    with ThreadPoolExecutor(8) as pool:
        contexts = list(pool.map(lambda _: tls_context(), range(32)))
    assert all(c is contexts[0] for c in contexts)
    ctx = contexts[0]
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    assert tls_context(trust_env=False) is tls_context(trust_env=False)


def test_a_changed_certificate_store_gives_its_own_context(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = tls_context()
    monkeypatch.setenv("SSL_CERT_FILE", ssl.get_default_verify_paths().openssl_cafile)
    assert tls_context() is not before
    assert tls_context(trust_env=False) is tls_context(trust_env=False)  # env not read


def _close_while_waiting(sandbox: Sandbox, call_name: str) -> tuple[BaseException | None, float]:
    """Start ``call_name`` on a worker thread against a server that answers after 5 s; close
    the client from this thread 0.2 s in. The outcome and how long the worker took."""
    sandbox.faults.latency = 5.0
    client = JourneysClient(
        sandbox.base_url, sandbox.tokens["full-access"], timeout=Timeouts(1, 30, 60)
    )
    outcome: list[BaseException | None] = []
    took: list[float] = []

    def work() -> None:
        started = time.monotonic()
        try:
            getattr(client, call_name)()
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)
        finally:
            took.append(time.monotonic() - started)
            client.close()

    worker = threading.Thread(target=work)
    worker.start()
    deadline = time.monotonic() + 5
    while sandbox.count() == 0 and time.monotonic() < deadline:  # the request is in flight
        time.sleep(0.01)
    time.sleep(0.1)
    client.close()
    worker.join(10)
    sandbox.faults.latency = 0.0
    return outcome[0], took[0]


def test_closing_from_another_thread_ends_a_request_in_flight(sandbox: Sandbox) -> None:
    # Closing the socket under the waiting thread would leave it waiting for its read timeout
    # (30 s here); shutting it down ends the request at once, and nothing is sent again.
    error, took = _close_while_waiting(sandbox, "list_journeys")
    assert isinstance(error, RequestCancelledError), error
    assert "closed while the request ran" in str(error)
    assert took < 2.0
    assert sandbox.count("GET") == 1


def test_a_closed_client_sends_nothing(sandbox: Sandbox) -> None:
    client = JourneysClient(sandbox.base_url, sandbox.tokens["full-access"])
    client.close()
    with pytest.raises(RequestCancelledError, match="closed; nothing was sent"):
        client.list_journeys()
    assert sandbox.count() == 0
