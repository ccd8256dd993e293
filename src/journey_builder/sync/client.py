"""The Journeys API client: the ten endpoints, pagination, timeouts, retries and error mapping.

Every call returns model objects (:mod:`journey_builder.model`) and raises only classes of
:mod:`journey_builder.errors`. The token is sent in ``Authorization`` and appears nowhere else:
not in ``repr``, logs (logger ``journey_builder.sync``) or exception text. No answer is
trusted (module :mod:`._answers`): bodies are capped in size and time, redirects are never
followed, and a wrong shape is a :class:`BadResponseError` naming the field.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from importlib import metadata
from typing import Any, NamedTuple, TypeVar
from urllib.parse import quote, urlsplit

from pydantic import BaseModel, ValidationError

from journey_builder.errors import (
    ApiError,
    BadResponseError,
    RateLimitedError,
    RequestCancelledError,
    RequestTimeoutError,
    UnreachableError,
)
from journey_builder.model import (
    Journey,
    JourneyDocument,
    JourneyList,
    JourneyVersion,
    JourneyVersionList,
)
from journey_builder.sync import _answers
from journey_builder.sync._http import LiveSockets, httpx, tls_context
from journey_builder.sync.retry import Cancel, RetryPolicy, is_cancelled
from journey_builder.sync.server_errors import build_status_error, clean_text, parse_retry_after
from journey_builder.sync.stepwise import (
    api_body_in_steps,
    json_bytes_in_steps,
    validate_in_steps,
)
from journey_builder.sync.urls import check_base_url, is_loopback_host

__all__ = [
    "DEFAULT_MAX_PAGES",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUTS",
    "USER_AGENT",
    "JourneysClient",
    "Timeouts",
]

log = logging.getLogger("journey_builder.sync")


def _version() -> str:
    # Not `journey_builder.__version__`: the package root reaches the validator, which sync
    # must not import (import-linter contract).
    try:
        return metadata.version("journey-builder")
    except metadata.PackageNotFoundError:
        return "0"


USER_AGENT = f"journey-builder/{_version()}"
_M = TypeVar("_M", bound=BaseModel)
_Page = TypeVar("_Page", JourneyList, JourneyVersionList)


class Timeouts(NamedTuple):
    """Seconds to open a connection, to wait for each chunk of the answer, and for the whole
    answer (a server trickling a byte at a time never trips the per-chunk read timeout)."""

    connect: float = 5.0
    read: float = 30.0
    total: float = 60.0


DEFAULT_TIMEOUTS = Timeouts()
#: The largest answer read (a page of 100 full journeys is a few MB); larger is refused.
DEFAULT_MAX_RESPONSE_BYTES = 20 * 1024 * 1024
#: Pages followed in one listing before it is taken for an endless one (a million items).
DEFAULT_MAX_PAGES = 10_000


class _Answer(NamedTuple):
    """A 2xx answer, read whole (within the caps)."""

    status: int
    headers: httpx.Headers
    body: bytes


def _segment(value: str, what: str) -> str:
    """One path segment, percent-encoded so an id can never reach another path."""
    if not isinstance(value, str) or not value.strip() or value in (".", ".."):
        raise ValueError(f"{what} must be a non-empty id, got {value!r}")
    return quote(value, safe="")


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Headers fit for a log line: credentials replaced by ``***``."""
    out = {}
    for key, value in headers.items():
        if key.lower() in ("authorization", "proxy-authorization", "cookie", "set-cookie"):
            scheme = value.split(" ", 1)[0] if " " in value else ""
            out[key] = f"{scheme} ***".strip()
        else:
            out[key] = value
    return out


class JourneysClient:
    """A synchronous client for the Flownally Journeys API (thread-confined; one per thread).

    ``cancel`` (an Event or a callable) is checked before every request and during waits;
    when it fires, :class:`RequestCancelledError` is raised and nothing more is sent. The one
    call allowed from another thread is :meth:`close`, which ends a request in flight.
    """

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        timeout: float | Timeouts = DEFAULT_TIMEOUTS,
        transport: httpx.BaseTransport | None = None,
        max_retries: int = 3,
        retry: RetryPolicy | None = None,
        cancel: Cancel = None,
        user_agent: str = USER_AGENT,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        self.base_url = check_base_url(base_url)
        self._base_path = urlsplit(self.base_url).path.rstrip("/")
        if not token or not token.strip():
            raise ValueError("token must not be empty")
        self._token = token.strip()
        if not isinstance(timeout, Timeouts):
            timeout = Timeouts(
                connect=min(5.0, float(timeout)),
                read=float(timeout),
                total=max(DEFAULT_TIMEOUTS.total, float(timeout)),
            )
        self.timeouts = timeout
        self.retry = retry if retry is not None else RetryPolicy(max_retries=max_retries)
        self.cancel = cancel
        self.max_response_bytes = int(max_response_bytes)
        self.max_pages = int(max_pages)
        self._etags: dict[str, str] = {}
        self._live = LiveSockets()
        self._state_lock = threading.Lock()
        self._sender: int | None = None  # the thread whose request is in flight
        self._closed = False
        host = urlsplit(self.base_url).hostname or ""
        # A proxy must never see sandbox traffic; elsewhere honour the user's settings.
        trust_env = not is_loopback_host(host)
        self._http = httpx.Client(
            timeout=httpx.Timeout(timeout.read, connect=timeout.connect),
            transport=transport,
            # Never followed: a redirect to http or to another host must not carry the token.
            follow_redirects=False,
            trust_env=trust_env,
            verify=tls_context(trust_env=trust_env),
            headers={"User-Agent": user_agent, "Accept": "application/json"},
        )

    def __repr__(self) -> str:
        return f"JourneysClient({self.base_url!r}, token=***)"

    def __enter__(self) -> JourneysClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections. Called from another thread while a request runs (the app's
        cancel), it ends that request at once: the sockets are shut down, not closed under the
        waiting thread (which would leave it waiting until its read timeout), and that thread
        closes the client as its request returns."""
        with self._state_lock:
            self._closed = True
            elsewhere = self._sender is not None and self._sender != threading.get_ident()
        if elsewhere:
            self._live.shut_down()
        else:
            self._http.close()

    # --- the ten endpoints -------------------------------------------------------------------

    def list_journeys(
        self, *, page_size: int | None = None, page_token: str | None = None
    ) -> JourneyList:
        """One page of ``GET /journeys``; items may be summaries without ``definition``."""
        params = _page_params(page_size, page_token)
        return self._call_model(JourneyList, "GET", "/journeys", params=params)

    def create_journey(self, body: Mapping[str, Any] | JourneyDocument) -> Journey:
        """``POST /journeys``: never sent twice unless the server answered 429."""
        if isinstance(body, JourneyDocument):
            body = api_body_in_steps(body)
        return self._journey_call("POST", "/journeys", json_body=dict(body))

    def get_journey(self, journey_id: str) -> Journey:
        return self._journey_call("GET", f"/journeys/{_segment(journey_id, 'journey id')}")

    def update_journey(
        self,
        journey_id: str,
        body: Mapping[str, Any] | JourneyDocument,
        *,
        if_match: str | None = None,
    ) -> Journey:
        """``PATCH /journeys/{id}``: every body field is optional; unknown ones are kept."""
        if isinstance(body, JourneyDocument):
            body = api_body_in_steps(body)
        headers = {"If-Match": if_match} if if_match else None
        return self._journey_call(
            "PATCH",
            f"/journeys/{_segment(journey_id, 'journey id')}",
            json_body=dict(body),
            headers=headers,
        )

    def delete_journey(self, journey_id: str) -> None:
        path = f"/journeys/{_segment(journey_id, 'journey id')}"
        self._send("DELETE", path)
        self._etags.pop(journey_id, None)

    def publish_journey(self, journey_id: str) -> JourneyVersion:
        path = f"/journeys/{_segment(journey_id, 'journey id')}/publish"
        return self._call_model(JourneyVersion, "POST", path)

    def activate_journey(self, journey_id: str) -> Journey:
        return self._journey_call(
            "POST", f"/journeys/{_segment(journey_id, 'journey id')}/activate"
        )

    def pause_journey(self, journey_id: str) -> Journey:
        return self._journey_call("POST", f"/journeys/{_segment(journey_id, 'journey id')}/pause")

    def list_versions(
        self,
        journey_id: str,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> JourneyVersionList:
        path = f"/journeys/{_segment(journey_id, 'journey id')}/versions"
        params = _page_params(page_size, page_token)
        return self._call_model(JourneyVersionList, "GET", path, params=params)

    def get_version(self, version_id: str) -> JourneyVersion:
        path = f"/journeys/versions/{_segment(version_id, 'version id')}"
        return self._call_model(JourneyVersion, "GET", path)

    # --- every page --------------------------------------------------------------------------

    def iter_journey_pages(
        self, page_size: int = 100, *, cancel: Cancel = None
    ) -> Iterator[JourneyList]:
        """Every page of journeys, following ``nextPageToken`` until it is empty."""
        return self._pages(
            lambda token: self.list_journeys(page_size=page_size, page_token=token),
            "/journeys",
            cancel,
        )

    def iter_journeys(self, page_size: int = 100, *, cancel: Cancel = None) -> Iterator[Journey]:
        """Every journey, one page in memory at a time; never trusts ``totalSize`` to stop."""
        for page in self.iter_journey_pages(page_size, cancel=cancel):
            yield from page.journeys

    def iter_version_pages(
        self, journey_id: str, page_size: int = 100, *, cancel: Cancel = None
    ) -> Iterator[JourneyVersionList]:
        path = f"/journeys/{_segment(journey_id, 'journey id')}/versions"
        return self._pages(
            lambda token: self.list_versions(journey_id, page_size=page_size, page_token=token),
            path,
            cancel,
        )

    def iter_versions(
        self, journey_id: str, page_size: int = 100, *, cancel: Cancel = None
    ) -> Iterator[JourneyVersion]:
        for page in self.iter_version_pages(journey_id, page_size, cancel=cancel):
            yield from page.journeyVersions

    def etag_for(self, journey_id: str) -> str | None:
        """The last ETag the server sent for this journey, if it ever sent one."""
        return self._etags.get(journey_id)

    # --- plumbing ----------------------------------------------------------------------------

    def _pages(
        self, fetch: Callable[[str | None], _Page], path: str, cancel: Cancel
    ) -> Iterator[_Page]:
        """Pages until the token is empty, null or absent. A token seen before (the list goes
        round in a circle) or more than ``max_pages`` pages (an endless one) stops it."""
        cancel = cancel if cancel is not None else self.cancel
        seen: set[str] = set()
        token: str | None = None
        pages = 0
        while True:
            if is_cancelled(cancel):
                raise RequestCancelledError(
                    "Cancelled; no further pages were asked for",
                    method="GET",
                    url=self._full_path(path),
                )
            page = fetch(token)
            pages += 1
            yield page
            token = page.nextPageToken
            if not token:
                return
            if token in seen:
                shown = clean_text(token, secret=self._token, limit=40)
                raise BadResponseError(
                    f"The server sent a page token it had sent before ({shown!r}, after {pages} "
                    "pages): the list goes round in a circle, so listing stopped",
                    method="GET",
                    url=self._full_path(path),
                )
            if pages >= self.max_pages:
                raise BadResponseError(
                    f"The server still offered more pages after {pages:,}: listing stopped, "
                    "taking the list for an endless one",
                    method="GET",
                    url=self._full_path(path),
                )
            seen.add(token)

    def _full_path(self, path: str) -> str:
        return f"{self._base_path}{path}"

    def _journey_call(
        self,
        method: str,
        path: str,
        *,
        json_body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Journey:
        answer = self._send(method, path, json_body=json_body, headers=headers)
        journey = self._parse(Journey, answer, method, path)
        etag = answer.headers.get("ETag")
        if etag:
            self._etags[journey.id] = etag
        return journey

    def _call_model(
        self,
        model: type[_M],
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
    ) -> _M:
        answer = self._send(method, path, params=params)
        return self._parse(model, answer, method, path)

    def _parse(self, model: type[_M], answer: _Answer, method: str, path: str) -> _M:
        full = self._full_path(path)
        try:
            data = _answers.decode_json(
                answer.body,
                answer.status,
                secret=self._token,
                content_type=answer.headers.get("Content-Type", ""),
            )
        except ValueError as exc:
            raise BadResponseError(str(exc), method=method, url=full) from None
        if not isinstance(data, dict):
            raise BadResponseError(
                f"The server's answer is not a JSON object (HTTP {answer.status})",
                method=method,
                url=full,
            )
        said = _answers.error_in_success(model, data, secret=self._token)
        if said is not None:
            raise BadResponseError(
                f"The server answered HTTP {answer.status} (success) with an error instead of "
                f"the {_answers.KIND_NAMES.get(model.__name__, 'answer')}: {said}",
                method=method,
                url=full,
            )
        try:
            return validate_in_steps(model, data)
        except ValidationError as exc:
            raise BadResponseError(
                _answers.shape_problem(exc, secret=self._token), method=method, url=full
            ) from None

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        json_body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> _Answer:
        """Send with retries (module :mod:`.retry`), then raise for any non-2xx answer."""
        full = self._full_path(path)
        url = f"{self.base_url}{path}"
        send_headers = {"Authorization": f"Bearer {self._token}", **(headers or {})}
        content: bytes | None = None
        if json_body is not None:  # what httpx's json= sends, written step by step
            content = json_bytes_in_steps(json_body)
            send_headers["Content-Type"] = "application/json"
        with self._state_lock:
            if self._closed:
                raise RequestCancelledError(
                    "The connection was closed; nothing was sent", method=method, url=full
                )
            self._sender = threading.get_ident()
        try:
            return self._send_with_retries(method, full, url, params, content, send_headers)
        finally:
            with self._state_lock:
                self._sender = None
                closed = self._closed
            if closed:  # closed from another thread meanwhile: close here, where it is safe
                self._http.close()

    def _send_with_retries(
        self,
        method: str,
        full: str,
        url: str,
        params: dict[str, str] | None,
        content: bytes | None,
        send_headers: dict[str, str],
    ) -> _Answer:
        policy = self.retry
        attempt = 0
        while True:
            if is_cancelled(self.cancel):
                raise RequestCancelledError("Cancelled; nothing was sent", method=method, url=full)
            if log.isEnabledFor(logging.DEBUG):
                log.debug(
                    "%s %s params=%s headers=%s", method, full, params, redact_headers(send_headers)
                )
            started = time.monotonic()
            delay: float | None = None
            try:
                status, answer_headers, body = self._exchange(
                    method, url, full, params, content, send_headers
                )
            except httpx.TimeoutException as exc:
                never_sent = isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout)
                said = _answers.timeout_message(exc, self.timeouts.connect, self.timeouts.read)
                error: ApiError = RequestTimeoutError(str(said), method=method, url=full).worded(
                    said
                )
                if attempt < policy.max_retries and (method == "GET" or never_sent):
                    delay = policy.backoff_delay(attempt)
            except httpx.TransportError as exc:
                never_sent = isinstance(exc, httpx.ConnectError)
                said = _answers.transport_message(exc, self.base_url)
                error = UnreachableError(str(said), method=method, url=full).worded(said)
                if attempt < policy.max_retries and (method == "GET" or never_sent):
                    delay = policy.backoff_delay(attempt)
            else:
                log.debug(
                    "%s %s -> %s in %.0f ms",
                    method,
                    full,
                    status,
                    (time.monotonic() - started) * 1000,
                )
                if 200 <= status < 300:
                    return _Answer(status, answer_headers, body)
                retry_after = parse_retry_after(answer_headers.get("Retry-After"))
                error = self._status_error(status, answer_headers, body, method, full, retry_after)
                if attempt < policy.max_retries and not _answers.waits_past(
                    error, policy.max_retry_after
                ):
                    if status == 429:
                        delay = policy.retry_after_delay(retry_after, attempt)
                    elif status >= 500 and method == "GET":
                        delay = policy.backoff_delay(attempt)
            if delay is None:
                raise error
            if self._closed:
                raise RequestCancelledError(
                    "The connection was closed while the request ran; nothing more was sent",
                    method=method,
                    url=full,
                )
            log.info(
                "%s %s failed (%s); retry %d of %d in %.1f s",
                method,
                full,
                type(error).__name__,
                attempt + 1,
                policy.max_retries,
                delay,
            )
            if policy.wait(delay, self.cancel):
                raise RequestCancelledError(
                    "Cancelled while waiting to retry; nothing more was sent",
                    method=method,
                    url=full,
                )
            attempt += 1

    def _exchange(
        self,
        method: str,
        url: str,
        full: str,
        params: dict[str, str] | None,
        content: bytes | None,
        headers: dict[str, str],
    ) -> tuple[int, httpx.Headers, bytes]:
        """One request and its whole answer, read as it streams in: at most
        ``max_response_bytes`` and ``timeouts.total`` seconds (a redirect's body is not read).
        Errors of the connection are httpx's, for the retry loop; the rest are ours."""
        started = time.monotonic()
        request = self._http.build_request(
            method,
            url,
            params=params,
            content=content,
            headers=headers,
            extensions={"trace": self._live.trace},
        )
        response = self._http.send(request, stream=True)
        try:
            if 300 <= response.status_code < 400:
                return response.status_code, response.headers, b""
            body = _answers.read_capped(
                response.iter_bytes(),
                response.headers.get("Content-Length"),
                cap=self.max_response_bytes,
                total=self.timeouts.total,
                started=started,
                cancel=self.cancel,
                method=method,
                url=full,
            )
        finally:
            response.close()
        return response.status_code, response.headers, body

    def _status_error(
        self,
        status: int,
        headers: httpx.Headers,
        body: bytes,
        method: str,
        full: str,
        retry_after: float | None,
    ) -> ApiError:
        if 300 <= status < 400:
            return _answers.redirect_error(
                status,
                self.base_url,
                headers.get("Location"),
                secret=self._token,
                method=method,
                url=full,
            )
        error = build_status_error(
            status,
            body.decode("utf-8", "replace"),
            method=method,
            path=full,
            secret=self._token,
            retry_after=retry_after,
        )
        if isinstance(error, RateLimitedError) and _answers.waits_past(
            error, self.retry.max_retry_after
        ):
            return _answers.waits_too_long(error)
        return error


def _page_params(page_size: int | None, page_token: str | None) -> dict[str, str]:
    params = {}
    if page_size is not None:
        params["pageSize"] = str(int(page_size))
    if page_token:
        params["pageToken"] = page_token
    return params
