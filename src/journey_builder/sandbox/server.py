"""The sandbox's HTTP side: a stdlib ThreadingHTTPServer on 127.0.0.1 serving ``/v1``.

Every answer is JSON. Errors have one documented shape::

    {"error": {"code": "not_found", "message": "Journey jrn_... does not exist",
               "details": [...]}}                      # details only when there are some

Codes: ``unauthenticated`` (401, with ``WWW-Authenticate: Bearer``), ``permission_denied``
(403; ``details: [{"requiredScope": "journey:publish"}]``), ``not_found`` (404),
``method_not_allowed`` (405, with ``Allow``), ``failed_precondition`` (409: activate without a
published version, delete of an active journey, pause of one that is not active),
``invalid_argument`` (400; details ``[{"field", "message"}]``), ``payload_too_large`` (413),
``validation_failed`` (422 from publish; details ``[{"code", "message", "nodeIds"}]``, the
validator's problems), ``rate_limited`` (429, with ``Retry-After``) and ``unavailable`` (5xx,
injected faults only).

Scopes per endpoint follow the reference (``journey:list``, ``journey:create``, ...; pause
needs ``journey:activate``). Tokens are random, made at start, each with a fixed set of scopes.
"""

from __future__ import annotations

import contextlib
import json
import logging
import secrets
import socket
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from journey_builder.sandbox import hostile
from journey_builder.sandbox.faults import HOSTILE_KINDS, Fault, Faults
from journey_builder.sandbox.state import ALL_SCOPES, ApiRefusalError, SandboxState, Validator

__all__ = ["BASE_PATH", "DEFAULT_TOKEN_SCOPES", "RequestRecord", "Sandbox", "run_sandbox"]

log = logging.getLogger("journey_builder.sandbox")

BASE_PATH = "/v1"
MAX_BODY_BYTES = 10 * 1024 * 1024

#: The demo tokens made at start: name -> scopes.
DEFAULT_TOKEN_SCOPES: Mapping[str, frozenset[str]] = {
    "full-access": ALL_SCOPES,
    "read-only": frozenset({"journey:list", "journey:read"}),
    "no-publish": ALL_SCOPES - {"journey:publish", "journey:activate"},
}


@dataclass(frozen=True)
class RequestRecord:
    """One request as the sandbox saw it (for tests: count creates, check retries)."""

    method: str
    path: str
    user_agent: str


Route = tuple[str, Callable[..., tuple[int, Any]]]


def _default_validator(doc: Any) -> list[Any]:
    # Imported here so the sandbox starts even when only publishing needs the validator.
    from journey_builder.validation import validate

    return list(validate(doc))


class _Server(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True

    def __init__(self, address: tuple[str, int], sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_open_connections(self) -> None:
        """Wake handler threads idling on keep-alive connections so they can end."""
        with self._open_lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("connection from %s ended with an error", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FlownallySandbox/1.0"
    timeout = 60  # an idle keep-alive connection is closed after this
    server: _Server

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; without this, Nagle's algorithm and the
        # client's delayed ACK add ~40 ms to every answer.
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s " + format, self.address_string(), *args)

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PATCH(self) -> None:
        self._dispatch("PATCH")

    def do_DELETE(self) -> None:
        self._dispatch("DELETE")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    # --- plumbing ----------------------------------------------------------------------------

    def _dispatch(self, method: str) -> None:
        sandbox = self.server.sandbox
        self._body_read = False  # one handler serves every request of a keep-alive connection
        parts = urlsplit(self.path)
        sandbox._record(RequestRecord(method, parts.path, self.headers.get("User-Agent", "")))
        faults = sandbox.faults.take(method, parts.path)
        query = parse_qs(parts.query)
        after: list[Fault] = []
        for fault in faults:
            if fault.kind == "latency":
                if sandbox._stopping.wait(fault.seconds):
                    self._drop()
                    return
            elif fault.processes_first:
                after.append(fault)
            elif self._misbehave(fault, None, query):
                return
        try:
            body = self._read_body()
            status, payload = sandbox._handle(
                method,
                parts.path,
                hostile.without_endless_token(query),
                self.headers.get("Authorization"),
                body,
            )
        except ApiRefusalError as refusal:
            self._send_refusal(refusal)
            return
        except Exception as exc:  # a bug must answer 500, not drop the connection
            log.exception("%s %s failed", method, parts.path)
            self._send_refusal(
                ApiRefusalError(500, "internal", f"The sandbox failed ({type(exc).__name__})")
            )
            return
        for fault in after:
            if self._misbehave(fault, payload, query):
                return
        self._send_json(status, payload)

    def _misbehave(self, fault: Fault, payload: Any, query: Mapping[str, list[str]]) -> bool:
        if fault.kind in HOSTILE_KINDS:
            if payload is None:
                self._read_body_quietly()
            return hostile.misbehave(
                self, fault, payload=payload, query=query, stopping=self.server.sandbox._stopping
            )
        if fault.kind == "drop":
            self._drop()
            return True
        if fault.kind == "status":
            self._read_body_quietly()
            self._send_refusal(
                ApiRefusalError(
                    fault.status, "unavailable", "The sandbox failed on purpose (fault injection)"
                )
            )
            return True
        if fault.kind == "rate_limit":
            self._read_body_quietly()
            headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
            self._send_refusal(
                ApiRefusalError(
                    429, "rate_limited", "Too many requests; slow down", headers=headers
                )
            )
            return True
        if fault.kind == "malformed":
            self._read_body_quietly()
            text = json.dumps(payload) if payload is not None else '{"journeys": [{"id": "jrn_1"}]}'
            self._send_raw(200, text[: max(1, len(text) // 2)].encode(), "application/json")
            return True
        return False

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _read_body_quietly(self) -> None:
        with contextlib.suppress(ApiRefusalError):
            self._read_body()

    def _read_body(self) -> Any:
        if getattr(self, "_body_read", False):
            return None
        self._body_read = True
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            self.close_connection = True
            raise ApiRefusalError(
                411, "length_required", "Send a Content-Length; chunked bodies are not accepted"
            )
        length_text = self.headers.get("Content-Length", "0") or "0"
        try:
            length = int(length_text)
        except ValueError:
            self.close_connection = True
            raise ApiRefusalError(
                400, "invalid_argument", "Content-Length is not a number"
            ) from None
        if length > MAX_BODY_BYTES:
            self.close_connection = True
            raise ApiRefusalError(413, "payload_too_large", "The body is larger than 10 MB")
        if length <= 0:
            return None
        raw = self.rfile.read(length)
        try:
            return json.loads(raw)
        except ValueError:
            raise ApiRefusalError(400, "invalid_argument", "The body is not valid JSON") from None

    def _send_refusal(self, refusal: ApiRefusalError) -> None:
        headers = dict(refusal.headers)
        if refusal.status == 401:
            headers.setdefault("WWW-Authenticate", 'Bearer realm="flownally-sandbox"')
        self._send_json(refusal.status, refusal.body(), headers)

    def _send_json(
        self, status: int, payload: Any, headers: Mapping[str, str] | None = None
    ) -> None:
        if status == 204:
            self._send_raw(204, b"", None, headers)
            return
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self._send_raw(status, data, "application/json; charset=utf-8", headers)

    def _send_raw(
        self,
        status: int,
        data: bytes,
        content_type: str | None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        if status != 204:
            self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if data:
            self.wfile.write(data)


def _one(query: Mapping[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[-1] if values else None


def _page_size(query: Mapping[str, list[str]]) -> int | None:
    text = _one(query, "pageSize")
    if text is None or text == "":
        return None
    try:
        return int(text)
    except ValueError:
        raise ApiRefusalError(400, "invalid_argument", "pageSize must be a whole number") from None


def _deleted(state: SandboxState, journey_id: str) -> tuple[int, Any]:
    state.delete_journey(journey_id)
    return 204, None


class Sandbox:
    """A running (or ready to run) sandbox: ``base_url``, ``tokens`` (name -> token), ``state``.

    Use :func:`run_sandbox` in tests; :meth:`start` / :meth:`stop` otherwise.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        state: SandboxState | None = None,
        state_file: Path | None = None,
        token_scopes: Mapping[str, Iterable[str]] = DEFAULT_TOKEN_SCOPES,
        faults: Faults | None = None,
        validator: Validator | None = None,
    ) -> None:
        self.state = state if state is not None else SandboxState(path=state_file)
        self.faults = faults if faults is not None else Faults()
        self._validator: Validator = validator if validator is not None else _default_validator
        self.tokens: dict[str, str] = {}
        self._scopes: dict[str, frozenset[str]] = {}
        for name, scopes in token_scopes.items():
            token = "sbx_" + secrets.token_urlsafe(24)
            self.tokens[name] = token
            self._scopes[token] = frozenset(scopes)
        self._requests: list[RequestRecord] = []
        self._requests_lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = _Server((host, port), self)
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"Sandbox({self.base_url!r}, tokens={sorted(self.tokens)})"

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        host = self._server.server_address[0]
        if isinstance(host, bytes):
            host = host.decode()
        return f"http://{host}:{self.port}{BASE_PATH}"

    def add_token(
        self, token: str, scopes: Iterable[str] = ALL_SCOPES, *, name: str | None = None
    ) -> str:
        """Accept ``token`` with ``scopes`` (tests that need a token they chose)."""
        self._scopes[token] = frozenset(scopes)
        if name is not None:
            self.tokens[name] = token
        return token

    def scopes_of(self, name: str) -> frozenset[str]:
        return self._scopes[self.tokens[name]]

    # --- requests seen -----------------------------------------------------------------------

    def _record(self, record: RequestRecord) -> None:
        with self._requests_lock:
            self._requests.append(record)

    @property
    def requests(self) -> list[RequestRecord]:
        with self._requests_lock:
            return list(self._requests)

    def count(self, method: str | None = None, path: str | None = None) -> int:
        """How many requests matched ``method`` and, if given, exactly ``path``."""
        return sum(
            1
            for r in self.requests
            if (method is None or r.method == method) and (path is None or r.path == path)
        )

    # --- running -----------------------------------------------------------------------------

    def start(self) -> Sandbox:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name="journey-builder-sandbox",
            )
            self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in this thread until :meth:`stop` is called from another (the CLI)."""
        self._server.serve_forever(poll_interval=0.2)

    def stop(self) -> None:
        """Stop serving, end every connection and join every thread."""
        self._stopping.set()
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.close_open_connections()
        self._server.server_close()

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- the API -----------------------------------------------------------------------------

    def _handle(
        self,
        method: str,
        path: str,
        query: Mapping[str, list[str]],
        authorization: str | None,
        body: Any,
    ) -> tuple[int, Any]:
        scopes = self._authenticate(authorization)
        scope, action = self._route(method, path, query, body)
        if scope not in scopes:
            raise ApiRefusalError(
                403,
                "permission_denied",
                f"This token lacks the scope {scope}",
                [{"requiredScope": scope}],
            )
        return action()

    def _authenticate(self, authorization: str | None) -> frozenset[str]:
        if not authorization or not authorization.startswith("Bearer "):
            raise ApiRefusalError(401, "unauthenticated", "A bearer token is required")
        token = authorization[len("Bearer ") :].strip()
        for known, scopes in list(self._scopes.items()):
            if secrets.compare_digest(known.encode(), token.encode()):
                return scopes
        raise ApiRefusalError(401, "unauthenticated", "The token is not valid")

    def _route(
        self, method: str, path: str, query: Mapping[str, list[str]], body: Any
    ) -> tuple[str, Callable[[], tuple[int, Any]]]:
        if path != BASE_PATH and not path.startswith(BASE_PATH + "/"):
            raise ApiRefusalError(404, "not_found", f"No such endpoint: {path}")
        segments = [unquote(s) for s in path[len(BASE_PATH) :].strip("/").split("/") if s]
        state = self.state
        routes: dict[str, tuple[str, Callable[[], tuple[int, Any]]]] = {}
        match segments:
            case ["journeys"]:
                routes = {
                    "GET": (
                        "journey:list",
                        lambda: (
                            200,
                            state.list_journeys(_page_size(query), _one(query, "pageToken")),
                        ),
                    ),
                    "POST": ("journey:create", lambda: (201, state.create_journey(body))),
                }
            case ["journeys", "versions", version_id]:
                routes = {"GET": ("journey:read", lambda: (200, state.get_version(version_id)))}
            case ["journeys", journey_id]:
                routes = {
                    "GET": ("journey:read", lambda: (200, state.get_journey(journey_id))),
                    "PATCH": (
                        "journey:update",
                        lambda: (200, state.update_journey(journey_id, body)),
                    ),
                    "DELETE": ("journey:delete", lambda: _deleted(state, journey_id)),
                }
            case ["journeys", journey_id, "publish"]:
                routes = {
                    "POST": (
                        "journey:publish",
                        lambda: (200, state.publish(journey_id, self._validator)),
                    )
                }
            case ["journeys", journey_id, "activate"]:
                routes = {"POST": ("journey:activate", lambda: (200, state.activate(journey_id)))}
            case ["journeys", journey_id, "pause"]:
                routes = {"POST": ("journey:activate", lambda: (200, state.pause(journey_id)))}
            case ["journeys", journey_id, "versions"]:
                routes = {
                    "GET": (
                        "journey:read",
                        lambda: (
                            200,
                            state.list_versions(
                                journey_id, _page_size(query), _one(query, "pageToken")
                            ),
                        ),
                    )
                }
        if not routes:
            raise ApiRefusalError(404, "not_found", f"No such endpoint: {path}")
        if method not in routes:
            raise ApiRefusalError(
                405,
                "method_not_allowed",
                f"{method} is not allowed here",
                headers={"Allow": ", ".join(sorted(routes))},
            )
        return routes[method]


@contextlib.contextmanager
def run_sandbox(port: int = 0, **options: Any) -> Iterator[Sandbox]:
    """A sandbox serving in a background thread for the ``with`` block; stopped cleanly after."""
    sandbox = Sandbox(port=port, **options)
    sandbox.start()
    try:
        yield sandbox
    finally:
        sandbox.stop()
