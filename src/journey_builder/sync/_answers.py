"""Reading an answer we cannot trust: a size cap, a deadline, strict JSON, shapes in words.

A hostile or broken server may send a body that never ends, trickles in a byte at a time, is
not JSON, nests without end, has the wrong type in any field, says "error" under a 200, or
redirects elsewhere. Each becomes one sentence naming what was wrong (the caller's
exception adds which request); none is a traceback, a hang, or the token echoed back.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

import pydantic_core
from pydantic import BaseModel, ValidationError

from journey_builder.errors import (
    BadResponseError,
    RateLimitedError,
    RequestCancelledError,
    RequestTimeoutError,
)
from journey_builder.model.texts import QT_TRANSLATE_NOOP, Phrase, format_number
from journey_builder.sync._http import httpx
from journey_builder.sync.retry import Cancel, is_cancelled
from journey_builder.sync.server_errors import clean_text, server_message

__all__ = [
    "KIND_NAMES",
    "decode_json",
    "describe_redirect",
    "error_in_success",
    "human_wait",
    "read_capped",
    "shape_problem",
    "timeout_message",
    "transport_message",
    "waits_past",
    "waits_too_long",
]

#: Nesting deeper than this is refused (the JSON parser's own limit, and the journey files').
MAX_NESTING = 200


def read_capped(
    chunks: Iterable[bytes],
    declared_length: str | None,
    *,
    cap: int,
    total: float,
    started: float,
    cancel: Cancel,
    method: str,
    url: str,
) -> bytes:
    """The whole body, or an error as soon as it passes ``cap`` bytes (BadResponseError),
    is still arriving ``total`` seconds after the monotonic ``started`` (RequestTimeoutError: a
    read timeout resets with every byte, so a trickle needs this), or ``cancel`` fires.
    Never holds more than ``cap`` plus one chunk. Connection errors are left to the caller."""
    if declared_length is not None and declared_length.strip().isdigit():
        declared = int(declared_length)
        if declared > cap:
            raise BadResponseError(
                f"The server's answer is {megabytes(declared)}, more than the {megabytes(cap)} "
                "accepted; it was not read",
                method=method,
                url=url,
            )
    deadline = started + total
    parts: list[bytes] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > cap:
            raise BadResponseError(
                f"The server's answer grew past {megabytes(cap)}, the most accepted; stopped "
                "reading it",
                method=method,
                url=url,
            )
        parts.append(chunk)
        if time.monotonic() > deadline:
            raise RequestTimeoutError(
                f"The server's answer was still arriving after {total:g} s ({size:,} bytes so "
                "far); stopped waiting for it",
                method=method,
                url=url,
            )
        if is_cancelled(cancel):
            raise RequestCancelledError(
                "Cancelled while the answer was arriving", method=method, url=url
            )
    return b"".join(parts)


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.3g} MB"


def redirect_error(
    status: int, base_url: str, location: str | None, *, secret: str, method: str, url: str
) -> BadResponseError:
    """A 3xx: never followed (the token must reach no other address); says where it pointed."""
    where = describe_redirect(base_url, location, secret=secret)
    return BadResponseError(
        f"The server answered with {where} (HTTP {status}); redirects are not followed, so "
        "nothing was sent there. Check the base URL",
        method=method,
        url=url,
    )


def waits_past(error: Exception, cap: float) -> bool:
    """A 429 whose Retry-After passes the cap: it fails at once (no sleeping for a year)."""
    return (
        isinstance(error, RateLimitedError)
        and error.retry_after is not None
        and error.retry_after > cap
    )


def waits_too_long(error: RateLimitedError) -> RateLimitedError:
    """The same 429, saying we will not wait as long as the server asked (a year, say)."""
    wait = human_wait(error.retry_after or 0.0)
    said = f" — the server said: {error.server_message}" if error.server_message else ""
    return RateLimitedError(
        f"Too many requests: the server asked to wait {wait} before trying again, longer than "
        f"we wait; try later{said} (HTTP {error.status})",
        retry_after=error.retry_after,
        status=error.status,
        server_message=error.server_message,
        body=error.body,
        method=error.method,
        url=error.url,
    )


def decode_json(body: bytes, status: int, *, secret: str, content_type: str = "") -> Any:
    """The JSON value of ``body``, or ValueError with a sentence: empty, not JSON (with where
    and how it starts), NaN/Infinity, or nested deeper than MAX_NESTING."""
    if not body.strip():
        raise ValueError(f"The server's answer is empty (HTTP {status})")
    try:
        return pydantic_core.from_json(body, allow_inf_nan=False, cache_strings="keys")
    except ValueError as exc:
        reason = str(exc)
        if "recursion limit" in reason:
            raise ValueError(
                f"The server's answer is nested deeper than {MAX_NESTING} levels (HTTP {status})"
            ) from None
        snippet = clean_text(body[:200].decode("utf-8", "replace"), secret=secret, limit=80)
        kind = content_type.split(";", 1)[0].strip().lower()
        said = f"{clean_text(kind, limit=40)}, " if kind and "json" not in kind else ""
        raise ValueError(
            f"The server's answer is not valid JSON (HTTP {status}, {said}{clean_text(reason)}; "
            f"starts with {snippet!r})"
        ) from None


# The field that tells a real answer of each kind from an error object sent with a 2xx.
_PRIMARY_FIELD = {
    "Journey": "id",
    "JourneyVersion": "id",
    "JourneyList": "journeys",
    "JourneyVersionList": "journeyVersions",
}
_MESSAGE_KEYS = ("message", "detail", "title")


def error_in_success(model: type[BaseModel], data: dict[str, Any], *, secret: str) -> str | None:
    """The server's message when a 2xx body is an error object rather than a ``model``.

    It is one when it lacks the field every real answer of that kind has (``id``, the list)
    and carries ``error`` (an object or text); for objects that need an ``id``, also a bare
    ``message``/``detail``/``title``. A real answer with an extra ``error`` field is kept.
    """
    primary = _PRIMARY_FIELD.get(model.__name__)
    if primary is None or primary in data:
        return None
    error = data.get("error")
    looks_like_error = isinstance(error, dict) or (isinstance(error, str) and error.strip())
    if not looks_like_error and primary == "id":
        looks_like_error = any(isinstance(data.get(k), str) for k in _MESSAGE_KEYS)
    if not looks_like_error:
        return None
    return clean_text(server_message(data, "(no message)"), secret=secret)


_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list",
    "dict_type": "an object",
    "model_type": "an object",
    "model_attributes_type": "an object",
}


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"a number ({clean_text(repr(value), limit=30)})"
    if isinstance(value, str):
        return f"text ({clean_text(repr(value), limit=40)})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def field_path(loc: Iterable[int | str]) -> str:
    """``journeys[0].definition.nodes[3].id`` from pydantic's location tuple."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "the answer"


def shape_problem(exc: ValidationError, *, secret: str) -> str:
    """One sentence for pydantic's errors: the first field, what it should be, what it is."""
    errors = exc.errors(include_url=False)
    first = errors[0]
    where = clean_text(field_path(first["loc"]), secret=secret, limit=120)
    expected = _EXPECTED.get(first["type"])
    if first["type"] == "missing":
        what = f"{where} is missing"
    elif expected is not None:
        what = f"{where} should be {expected} but is {_json_kind(first.get('input'))}"
    else:
        what = f"{where}: {clean_text(first['msg'], secret=secret, limit=120)}"
    more = len(errors) - 1
    extra = f" (and {more} more problem{'s' if more != 1 else ''})" if more else ""
    return f"The server's answer does not have the expected shape: {what}{extra}"


def describe_redirect(base_url: str, location: str | None, *, secret: str) -> str:
    """Where a redirect pointed (scheme, host, path: no query, no user info) and why it is
    not followed. Redirects never are: the token must reach no other address."""
    if not location or not location.strip():
        return "a redirect without a Location"
    try:
        target = urlsplit(location.strip())
        base = urlsplit(base_url)
        host = target.hostname or ""
        port = target.port
    except ValueError:
        return f"a redirect to an address that is not valid ({clean_text(location, limit=60)!r})"
    if not target.scheme and not host:  # relative: the same server
        shown = target.path or "/"
        reasons = ["the same server"]
    else:
        netloc = f"{host}:{port}" if port is not None else host
        shown = f"{target.scheme}://{netloc}{target.path}"
        reasons = []
        if target.scheme != "https":
            reasons.append("not https")
        same_origin = (
            target.scheme == base.scheme
            and host == (base.hostname or "")
            and (port or _default_port(target.scheme)) == (base.port or _default_port(base.scheme))
        )
        reasons.append("the same server" if same_origin else "another host")
    shown = clean_text(shown, secret=secret, limit=120)
    return f"a redirect to {shown} ({', '.join(reasons)})"


def _default_port(scheme: str) -> int | None:
    return {"https": 443, "http": 80}.get(scheme)


def human_wait(seconds: float) -> str:
    """``90 s``, ``5 minutes``, ``3 hours``, ``365 days``."""
    if seconds < 120:
        return f"{seconds:.0f} s"
    for unit, size in (("days", 86400), ("hours", 3600), ("minutes", 60)):
        if seconds >= 2 * size:
            return f"{seconds / size:.0f} {unit}"
    return f"{seconds / 60:.0f} minutes"


#: What each answer should have been, in words.
KIND_NAMES = {
    "Journey": "journey",
    "JourneyVersion": "version",
    "JourneyList": "list of journeys",
    "JourneyVersionList": "list of versions",
}


def _said(template: str, /, **params: str | float | Phrase) -> Phrase:
    """An error's sentence: ``template`` marked ``QT_TRANSLATE_NOOP("Errors", …)``."""
    return Phrase(template, tuple(params.items()), "Errors")


def _seconds(value: float) -> str | float:
    """Seconds as the English writes them (``:g``); a number the ui may write its own way."""
    text = f"{value:g}"
    return value if format_number(value) == text else text


def timeout_message(exc: Exception, connect: float, read: float) -> Phrase:
    """Why a request timed out (``str()`` is the English; the window translates it)."""
    if isinstance(exc, httpx.ConnectTimeout):
        return _said(
            QT_TRANSLATE_NOOP(
                "Errors", "The server did not accept a connection within {seconds} s"
            ),
            seconds=_seconds(connect),
        )
    if isinstance(exc, httpx.PoolTimeout):
        return _said(QT_TRANSLATE_NOOP("Errors", "No connection to the server became free in time"))
    return _said(
        QT_TRANSLATE_NOOP("Errors", "The server did not answer within {seconds} s"),
        seconds=_seconds(read),
    )


def transport_message(exc: Exception, base_url: str) -> Phrase:
    """Why the server could not be reached (``str()`` is the English)."""
    if isinstance(exc, httpx.ConnectError):
        why = clean_text(str(exc), limit=120)
        return _said(
            QT_TRANSLATE_NOOP("Errors", "Could not connect to {url} ({why})"),
            url=base_url,
            why=why or _said(QT_TRANSLATE_NOOP("Errors", "refused")),
        )
    if isinstance(exc, httpx.RemoteProtocolError):
        return _said(
            QT_TRANSLATE_NOOP(
                "Errors", "The server closed the connection without a complete answer"
            )
        )
    if isinstance(exc, httpx.ReadError):
        return _said(
            QT_TRANSLATE_NOOP("Errors", "The connection broke before the whole answer arrived")
        )
    if isinstance(exc, httpx.WriteError):
        return _said(
            QT_TRANSLATE_NOOP("Errors", "The connection broke while the request was being sent")
        )
    return _said(
        QT_TRANSLATE_NOOP("Errors", "The connection to the server failed ({kind})"),
        kind=type(exc).__name__,
    )
