"""The sandbox as a hostile or broken server, to see a client cope (and to test that it does).

Each kind answers one request in a way a real server, proxy or captive portal might:

- ``not_json``: 200 with an HTML page (a Wi-Fi sign-in page in place of the API).
- ``wrong_types``: the real answer with every top-level field of another JSON type, or only
  the field at ``Fault.field`` (a dotted path: ``journeys.0.name``).
- ``error_200``: 200 whose body is an error object.
- ``endless_pages``: list pages whose ``nextPageToken`` never runs out (``endless-1``, ...).
- ``huge_page``: a page of ``Fault.size`` bytes (50 MB), written as it is made, never held.
- ``trickle``: the real answer, one byte every ``Fault.seconds`` (1 s by default).
- ``reset_mid_body``: half the real answer, then a TCP reset.
- ``redirect_http``: 301 to the same address over plain http.
- ``redirect_other_host``: 307 to ``Fault.location`` (by default a host that does not exist).
- ``retry_after_year``: 429 with ``Retry-After`` of a year.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler
from typing import Any

from journey_builder.sandbox.faults import Fault

__all__ = ["ENDLESS_PREFIX", "misbehave", "without_endless_token"]

ENDLESS_PREFIX = "endless-"
YEAR_SECONDS = 365 * 24 * 3600
_CHUNK = 64 * 1024
_PORTAL_PAGE = (
    b"<!doctype html><html><head><title>Sign in to the Wi-Fi</title></head>"
    b"<body><h1>Welcome!</h1><p>Accept the terms to browse.</p></body></html>"
)

Query = Mapping[str, list[str]]


def without_endless_token(query: Query) -> dict[str, list[str]]:
    """The query without our own ``endless-N`` page token, which the state would refuse."""
    tokens = query.get("pageToken") or []
    out = dict(query)
    if tokens and tokens[-1].startswith(ENDLESS_PREFIX):
        del out["pageToken"]
    return out


def misbehave(
    handler: BaseHTTPRequestHandler,
    fault: Fault,
    *,
    payload: Any,
    query: Query,
    stopping: threading.Event,
) -> bool:
    """Answer the request as ``fault.kind`` says; False when the kind does not apply here
    (a payload kind without a JSON payload, endless pages on an endpoint that is no list)."""
    kind = fault.kind
    if kind == "not_json":
        _send(handler, 200, _PORTAL_PAGE, "text/html; charset=utf-8")
    elif kind == "error_200":
        body = {"error": {"code": "internal", "message": "Something went wrong (said with 200 OK)"}}
        _send_json(handler, 200, body)
    elif kind == "retry_after_year":
        body = {"error": {"code": "rate_limited", "message": "Too many requests; come back later"}}
        _send_json(handler, 429, body, {"Retry-After": str(YEAR_SECONDS)})
    elif kind == "redirect_http":
        host = handler.headers.get("Host") or "127.0.0.1"
        _send_json(handler, 301, {"moved": True}, {"Location": f"http://{host}{handler.path}"})
    elif kind == "redirect_other_host":
        location = fault.location or f"https://elsewhere.invalid{handler.path}"
        _send_json(handler, 307, {"moved": True}, {"Location": location})
    elif kind == "huge_page":
        _send_huge(handler, fault, stopping)
    elif not isinstance(payload, dict):
        return False
    elif kind == "wrong_types":
        return _send_wrong_types(handler, fault, payload)
    elif kind == "endless_pages":
        return _send_endless(handler, payload, query)
    elif kind == "trickle":
        _trickle(handler, _json_bytes(payload), fault.seconds or 1.0, stopping)
    elif kind == "reset_mid_body":
        _reset_mid_body(handler, _json_bytes(payload), stopping)
    else:
        return False
    return True


# --- plain answers -------------------------------------------------------------------------


def _json_bytes(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def _headers(
    handler: BaseHTTPRequestHandler,
    status: int,
    content_type: str,
    length: int | None,
    headers: Mapping[str, str] | None = None,
) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    if length is None:
        handler.send_header("Transfer-Encoding", "chunked")
    else:
        handler.send_header("Content-Length", str(length))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    if handler.close_connection:
        handler.send_header("Connection", "close")
    handler.end_headers()


def _send(
    handler: BaseHTTPRequestHandler,
    status: int,
    data: bytes,
    content_type: str,
    headers: Mapping[str, str] | None = None,
) -> None:
    _headers(handler, status, content_type, len(data), headers)
    handler.wfile.write(data)


def _send_json(
    handler: BaseHTTPRequestHandler,
    status: int,
    payload: Any,
    headers: Mapping[str, str] | None = None,
) -> None:
    _send(handler, status, _json_bytes(payload), "application/json; charset=utf-8", headers)


# --- the real answer, bent ------------------------------------------------------------------


def _wrong(value: Any) -> Any:
    """A value of another JSON type, which no lenient parser turns back into ``value``'s."""
    if isinstance(value, bool):
        return "not a boolean"
    if isinstance(value, int | float):
        return "not a number"
    if isinstance(value, str):
        return 12345
    if isinstance(value, list):
        return {"not": "a list"}
    if isinstance(value, dict):
        return ["not", "an object"]
    return 12345  # null where text or an object may stand


def _send_wrong_types(
    handler: BaseHTTPRequestHandler, fault: Fault, payload: dict[str, Any]
) -> bool:
    if fault.field is None:
        bent = {key: (value if value is None else _wrong(value)) for key, value in payload.items()}
        _send_json(handler, 200, bent)
        return True
    *parents, last = fault.field.split(".")
    holder: Any = payload
    try:
        for part in parents:
            holder = holder[int(part)] if isinstance(holder, list) else holder[part]
        key: Any = int(last) if isinstance(holder, list) else last
        holder[key] = _wrong(holder[key] if isinstance(holder, list) else holder.get(key))
    except (KeyError, IndexError, ValueError, TypeError):
        return False  # no such field in this answer: answer plainly
    _send_json(handler, 200, payload)
    return True


def _send_endless(handler: BaseHTTPRequestHandler, payload: dict[str, Any], query: Query) -> bool:
    if "nextPageToken" not in payload:
        return False
    tokens = query.get("pageToken") or []
    page = 0
    if tokens and tokens[-1].startswith(ENDLESS_PREFIX):
        with contextlib.suppress(ValueError):
            page = int(tokens[-1][len(ENDLESS_PREFIX) :])
    _send_json(handler, 200, {**payload, "nextPageToken": f"{ENDLESS_PREFIX}{page + 1}"})
    return True


# --- answers that take their time -----------------------------------------------------------


def _trickle(
    handler: BaseHTTPRequestHandler, data: bytes, interval: float, stopping: threading.Event
) -> None:
    handler.close_connection = True
    _headers(handler, 200, "application/json; charset=utf-8", len(data))
    try:
        for index in range(len(data)):
            handler.wfile.write(data[index : index + 1])
            if stopping.wait(interval):
                return
    except OSError:  # the client gave up, as it should
        return


def _reset_mid_body(
    handler: BaseHTTPRequestHandler, data: bytes, stopping: threading.Event
) -> None:
    handler.close_connection = True
    try:
        _headers(handler, 200, "application/json; charset=utf-8", len(data))
        handler.wfile.write(data[: max(1, len(data) // 2)])
        stopping.wait(0.05)  # let the half arrive before the reset
        # Linger 0: close() sends a TCP reset instead of an orderly end.
        handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        handler.connection.close()
    except OSError:
        return


def _huge_parts(path: str) -> tuple[bytes, bytes, bytes]:
    """Prefix, item template (``%09d`` for a counter) and suffix of a huge answer that has the
    shape the endpoint promises (a list page, or one journey with a great many steps)."""
    pad = "x" * 160
    if path.rstrip("/").endswith("/versions"):
        item = f'{{"id":"ver_huge_%09d","journeyId":"jrn_huge","note":"{pad}"}}'
        return b'{"journeyVersions":[', item.encode(), b'],"nextPageToken":""}'
    if path.rstrip("/").endswith("/journeys"):
        item = f'{{"id":"jrn_huge_%09d","name":"Huge page","status":"draft","note":"{pad}"}}'
        return b'{"journeys":[', item.encode(), b'],"nextPageToken":""}'
    item = f'{{"id":"n%09d","type":"wait","position":{{"x":0,"y":0}},"data":{{"note":"{pad}"}}}}'
    prefix = b'{"id":"jrn_huge","name":"A huge journey","definition":{"nodes":['
    return prefix, item.encode(), b'],"edges":[]}}'


def _huge_count(path: str, size: int) -> tuple[int, int]:
    """How many items make ``size`` bytes, and the exact length they make (fixed-width items)."""
    prefix, item, suffix = _huge_parts(path)
    one = len(item % 0)
    count = max(1, (size - len(prefix) - len(suffix)) // (one + 1))
    return count, len(prefix) + count * (one + 1) - 1 + len(suffix)


def _huge_chunks(path: str, size: int) -> Iterator[bytes]:
    prefix, item, suffix = _huge_parts(path)
    count, _length = _huge_count(path, size)
    per_chunk = max(1, _CHUNK // (len(item % 0) + 1))
    yield prefix
    for first in range(0, count, per_chunk):
        last = min(count, first + per_chunk)
        items = b",".join(item % i for i in range(first, last))
        yield (b"," + items) if first else items
    yield suffix


def _send_huge(handler: BaseHTTPRequestHandler, fault: Fault, stopping: threading.Event) -> None:
    handler.close_connection = True
    path = handler.path.split("?", 1)[0]
    chunks = _huge_chunks(path, fault.size)
    try:
        if fault.chunked:
            _headers(handler, 200, "application/json; charset=utf-8", None)
            for chunk in chunks:
                if stopping.is_set():
                    return
                handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            handler.wfile.write(b"0\r\n\r\n")
        else:
            _count, length = _huge_count(path, fault.size)
            _headers(handler, 200, "application/json; charset=utf-8", length)
            for chunk in chunks:
                if stopping.is_set():
                    return
                handler.wfile.write(chunk)
    except OSError:  # the client stopped reading, as it should
        return
