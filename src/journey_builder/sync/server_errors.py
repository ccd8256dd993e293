"""Turn an error answer of unknown shape into the right exception, with the server's own words.

The reference says nothing about error bodies, so the message is looked for wherever common
APIs put it (``error.message``, ``message``, ``detail``, ``title``, ``error`` as text), falling
back to the raw text, truncated. The token is scrubbed from anything the server echoes back.
"""

from __future__ import annotations

import email.utils
import json
import math
import re
import time
from collections.abc import Iterable
from typing import Any

from journey_builder.errors import (
    ConflictError,
    HTTPStatusError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ServerError,
    UnauthenticatedError,
)

__all__ = ["build_status_error", "clean_text", "parse_retry_after", "server_message"]

MAX_MESSAGE_CHARS = 300
MAX_REASONS = 20
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SCOPE_KEYS = ("requiredScope", "missingScope", "required_scope", "missing_scope", "scope")
_SCOPE_IN_TEXT = re.compile(r"\bscopes?\b\W{0,3}[\"'`]?([A-Za-z][\w.-]*:[\w.:-]+)")
_REASON_LISTS = ("details", "errors", "reasons", "violations", "fieldViolations", "problems")


def clean_text(text: str, *, secret: str | None = None, limit: int = MAX_MESSAGE_CHARS) -> str:
    """One safe line: no control characters, the secret blanked out, at most ``limit`` chars."""
    if secret:
        text = text.replace(secret, "***")
    text = _CONTROL.sub(" ", text)
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def _as_text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value
    return None


def server_message(body: Any, raw_text: str) -> str:
    """The server's own message, wherever it sits; the raw text when none is found."""
    if isinstance(body, dict):
        err = body.get("error")
        if isinstance(err, dict):
            for key in ("message", "detail", "title", "description"):
                found = _as_text(err.get(key))
                if found:
                    return found
        for key in ("message", "detail", "title", "error_description"):
            found = _as_text(body.get(key))
            if found:
                return found
        found = _as_text(err)
        if found:
            return found
        detail = body.get("detail")
        if isinstance(detail, list):
            reasons = _reasons_from_list(detail)
            if reasons:
                return "; ".join(reasons)
    elif isinstance(body, str) and body.strip():
        return body
    return raw_text


def _reason_text(item: Any) -> str | None:
    if isinstance(item, str):
        return item or None
    if not isinstance(item, dict):
        return None
    text = None
    for key in ("message", "msg", "description", "reason", "detail", "title"):
        text = _as_text(item.get(key))
        if text:
            break
    if text is None:
        return None
    where = item.get("field") or item.get("path") or item.get("code")
    loc = item.get("loc")
    if where is None and isinstance(loc, list):
        where = ".".join(str(p) for p in loc)
    return f"{where}: {text}" if isinstance(where, str) and where else text


def _reasons_from_list(items: Iterable[Any]) -> list[str]:
    out: list[str] = []
    for item in items:
        text = _reason_text(item)
        if text:
            out.append(text)
        if isinstance(item, dict):
            for key in _REASON_LISTS:
                nested = item.get(key)
                if isinstance(nested, list):
                    out.extend(_reasons_from_list(nested))
    return out


def _reasons(body: Any) -> list[str]:
    """Reasons the server listed (``error.details``, ``errors``, ``detail`` as a list, ...)."""
    if not isinstance(body, dict):
        return []
    holders = [body]
    if isinstance(body.get("error"), dict):
        holders.insert(0, body["error"])
    reasons: list[str] = []
    for holder in holders:
        for key in (*_REASON_LISTS, "detail"):
            value = holder.get(key)
            if isinstance(value, list):
                reasons.extend(_reasons_from_list(value))
    return reasons


def _find_scope(value: Any, depth: int = 0) -> str | None:
    if depth > 6:
        return None
    if isinstance(value, dict):
        for key in _SCOPE_KEYS:
            found = value.get(key)
            if isinstance(found, str) and found.strip():
                return found.strip()
            if isinstance(found, list) and found and all(isinstance(s, str) for s in found):
                return " ".join(found)
        for nested in value.values():
            scope = _find_scope(nested, depth + 1)
            if scope:
                return scope
    elif isinstance(value, list):
        for nested in value:
            scope = _find_scope(nested, depth + 1)
            if scope:
                return scope
    return None


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date); None if absent."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


_HEADLINES: dict[int, str] = {
    400: "The server refused the request",
    401: "The server did not accept the token; sign in again with `journey-builder login`",
    403: "The token is not allowed to do this",
    404: "Not found on the server",
    409: "The server refused because of the journey's state",
    412: "The journey changed on the server since it was last read",
    422: "The server refused the journey",
    429: "Too many requests: the server asked us to slow down",
}


def _decode_body(raw_text: str) -> Any:
    try:
        return json.loads(raw_text) if raw_text.strip() else None
    except ValueError:
        return None


def build_status_error(
    status: int,
    raw_text: str,
    *,
    method: str,
    path: str,
    secret: str | None,
    retry_after: float | None = None,
) -> HTTPStatusError:
    """The exception for an error status, carrying the server's message, status and request."""
    if secret and secret in raw_text:
        raw_text = raw_text.replace(secret, "***")
    body = _decode_body(raw_text)
    said = clean_text(server_message(body, raw_text), secret=secret)
    reasons = [clean_text(r, secret=secret) for r in _reasons(body)][:MAX_REASONS]
    reasons = [r for r in reasons if r and r != said]
    if status >= 500:
        headline = "The server failed to answer"
    else:
        headline = _HEADLINES.get(status, "The server refused the request")
    scope = None
    if status == 403:
        scope = _find_scope(body)
        if scope is None:
            match = _SCOPE_IN_TEXT.search(said)
            scope = match.group(1) if match else None
        if scope is not None:
            scope = clean_text(scope, secret=secret, limit=100)
            headline += f": it needs the scope {scope}"
    parts = [headline]
    if said:
        parts.append(f"the server said: {said}")
    if reasons:
        parts.append("reasons: " + "; ".join(reasons))
    message = f"{' — '.join(parts)} (HTTP {status})"
    common: dict[str, Any] = {
        "status": status,
        "server_message": said,
        "body": body,
        "method": method,
        "url": path,
    }
    if status == 401:
        return UnauthenticatedError(message, **common)
    if status == 403:
        return PermissionDeniedError(message, scope=scope, **common)
    if status == 404:
        return NotFoundError(message, **common)
    if status in (409, 412):
        return ConflictError(message, **common)
    if status in (400, 422):
        return InvalidRequestError(message, reasons=reasons, **common)
    if status == 429:
        return RateLimitedError(message, retry_after=retry_after, **common)
    if status >= 500:
        return ServerError(message, **common)
    return HTTPStatusError(message, **common)
