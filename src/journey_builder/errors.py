"""Every error Journey Builder raises on purpose, in one tree.

Callers catch the branch they can handle; the CLI maps each class to its exit code
(``exit_code``) and prints ``str(error)``, which is a sentence a user understands and never
holds a token. The errors a marketer meets most (no connection, a timeout, a file that cannot be
read, is not a journey or cannot be written) also carry their sentence as a translatable phrase
(``error.phrase``, see :meth:`JourneyBuilderError.worded`), which the window shows in the
reader's language (``journey_builder.i18n.error_text``); ``str(error)`` stays English.

    JourneyBuilderError
    ├── JourneyFileError                 exit 2: a journey file that cannot be used
    │   ├── FileReadError                missing, unreadable, too large, not UTF-8
    │   ├── JSONSyntaxError              broken JSON (line, column)
    │   ├── NestingTooDeepError          more than 200 levels of nesting
    │   ├── ShapeError                   valid JSON, but not a journey (where, what was expected)
    │   └── FileWriteError               could not write (disk full, permissions); nothing lost
    ├── RenderError                      exit 2: a drawing that cannot be made as asked (steps not found)
    │   └── ImageTooLargeError           a PNG past the pixel limits (says which --width would do)
    ├── LibraryError                     exit 2: the local SQLite library
    │   └── LibraryEntryNotFoundError    no journey with that id or name
    ├── CredentialsError                 exit 3: no usable token or profile
    │   ├── NoTokenError                 not signed in
    │   ├── KeyringUnavailableError      no usable OS keyring (we never fall back to plain text)
    │   └── InsecureBaseURLError         http:// to a host that is not loopback   (exit 2)
    ├── SimulationInputError             exit 2: a sample contact, event script or cohort file
    │                                    that cannot be used (names the file and line or item)
    ├── ValidationFailedError            exit 1: errors block publishing (carries the problems)
    ├── MergeConflictError               exit 1: both copies changed the same steps; no auto-merge
    └── ApiError                         a request to the Journeys API failed (carries the request)
        ├── TransportError               exit 4: no answer after retries
        │   ├── UnreachableError         connection refused, DNS, network down, broken mid-answer
        │   └── RequestTimeoutError      connect or read timeout; an answer still trickling in
        ├── BadResponseError             exit 1: an answer we cannot read (not JSON, a wrong type
        │                                in a field, too large, an error under a 2xx, a redirect,
        │                                a list that never ends)
        ├── RequestCancelledError        exit 1: the user cancelled; no further request was sent
        ├── SyncConflictError            exit 1: the remote journey changed since we last saw it
        │                                (``case``: which three-way case; ``mergeable``)
        └── HTTPStatusError              the server answered with an error status (its own message)
            ├── UnauthenticatedError     401, exit 3
            ├── PermissionDeniedError    403, exit 3 (names the missing scope when the server does)
            ├── NotFoundError            404, exit 1
            ├── ConflictError            409 / 412, exit 1
            ├── InvalidRequestError      400 / 422, exit 1 (the server's reasons)
            ├── RateLimitedError         429, exit 1 (retry_after seconds; past the cap, no wait)
            └── ServerError              5xx, exit 1
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, Self

__all__ = [
    "ApiError",
    "BadResponseError",
    "ConflictError",
    "CredentialsError",
    "FileReadError",
    "FileWriteError",
    "HTTPStatusError",
    "ImageTooLargeError",
    "InsecureBaseURLError",
    "InvalidRequestError",
    "JSONSyntaxError",
    "JourneyBuilderError",
    "JourneyFileError",
    "KeyringUnavailableError",
    "LibraryEntryNotFoundError",
    "LibraryError",
    "MergeConflictError",
    "NestingTooDeepError",
    "NoTokenError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitedError",
    "RenderError",
    "RequestCancelledError",
    "RequestTimeoutError",
    "ServerError",
    "ShapeError",
    "SimulationInputError",
    "SyncConflictError",
    "TransportError",
    "UnauthenticatedError",
    "UnreachableError",
    "ValidationFailedError",
    "Words",
]


class Words(Protocol):
    """A translatable sentence (``journey_builder.model.texts.Phrase``): a marked template,
    its parameters and its context; ``str()`` is the English."""

    @property
    def template(self) -> str: ...

    @property
    def context(self) -> str: ...


class JourneyBuilderError(Exception):
    """Root of the tree: ``str(error)`` is a complete sentence for the user."""

    exit_code: int = 1
    #: :meth:`sentence` as a translatable phrase (templates marked in the context "Errors"
    #: where the error is raised), or None when the sentence exists only in English.
    phrase: Words | None = None

    def worded(self, phrase: Words) -> Self:
        """Attach the translatable form of :meth:`sentence` (``str(phrase)`` must equal it)."""
        self.phrase = phrase
        return self

    def sentence(self) -> str:
        """The sentence itself, without what ``str()`` puts around it (a file, a request)."""
        return str(self)

    def framed(self, sentence: str) -> str:
        """``sentence`` (maybe translated) with what ``str()`` puts around it."""
        return sentence


# --- journey files ---------------------------------------------------------------------------


class JourneyFileError(JourneyBuilderError):
    """A journey file (or text) that cannot be read, parsed or written."""

    exit_code = 2

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        self.detail = message
        super().__init__(self.framed(message))

    def sentence(self) -> str:
        return self.detail

    def framed(self, sentence: str) -> str:
        return f"{self.source}: {sentence}" if self.source else sentence


class FileReadError(JourneyFileError):
    """The file is missing, unreadable, too large or not UTF-8."""


class JSONSyntaxError(JourneyFileError):
    """The text is not valid JSON; ``line`` and ``column`` are 1-based."""

    def __init__(self, message: str, *, line: int, column: int, source: str | None = None) -> None:
        self.line = line
        self.column = column
        super().__init__(f"line {line}, column {column}: {message}", source=source)


class NestingTooDeepError(JourneyFileError):
    """Nesting deeper than the limit: refused before parsing, so no recursion blows up."""


class ShapeError(JourneyFileError):
    """Valid JSON that is not a journey; ``path`` is where it went wrong (``definition.nodes[3].id``)."""

    def __init__(self, message: str, *, path: str = "", source: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message, source=source)


class FileWriteError(JourneyFileError):
    """Writing failed; the previous file, if any, is untouched."""


# --- drawings ---------------------------------------------------------------------------------


class RenderError(JourneyBuilderError):
    """A drawing that cannot be made as asked (``render``, File › Export image)."""

    exit_code = 2


class ImageTooLargeError(RenderError):
    """A PNG past the pixel limits; the message names a ``--width`` or scale that fits."""


# --- local library ---------------------------------------------------------------------------


class LibraryError(JourneyBuilderError):
    """The local library could not do what was asked."""

    exit_code = 2


class LibraryEntryNotFoundError(LibraryError):
    """No journey in the library matches the id or name."""


# --- credentials -----------------------------------------------------------------------------


class CredentialsError(JourneyBuilderError):
    """No usable credentials: the user must sign in or fix the profile."""

    exit_code = 3


class NoTokenError(CredentialsError):
    """No token for the profile (and no ``FLOWNALLY_TOKEN``)."""


class KeyringUnavailableError(CredentialsError):
    """The OS keyring cannot store secrets; we never fall back to a plain-text file."""


class InsecureBaseURLError(CredentialsError):
    """Only https:// is accepted, except for loopback hosts."""

    exit_code = 2


# --- simulation ------------------------------------------------------------------------------


class SimulationInputError(JourneyBuilderError):
    """A contact, event script or cohort file the simulator cannot use.

    ``source`` names where (``events.json: line 4``, ``contact: tags[2]``); ``detail`` is the
    sentence without it.
    """

    exit_code = 2

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        self.detail = message
        super().__init__(f"{source}: {message}" if source else message)


# --- validation ------------------------------------------------------------------------------


class ValidationFailedError(JourneyBuilderError):
    """The validator found errors, so the journey cannot be published."""

    exit_code = 1

    def __init__(self, message: str, problems: Sequence[Any]) -> None:
        self.problems = list(problems)
        super().__init__(message)


class MergeConflictError(JourneyBuilderError):
    """Both copies changed the same steps or fields differently; ``overlaps`` names them."""

    exit_code = 1

    def __init__(self, message: str, *, overlaps: Sequence[str] = ()) -> None:
        self.overlaps = list(overlaps)
        super().__init__(message)


# --- the API ---------------------------------------------------------------------------------


class ApiError(JourneyBuilderError):
    """A request to the Journeys API failed. ``method`` and ``url`` say which request."""

    exit_code = 1

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        self.method = method
        self.url = url
        self.message = message
        super().__init__(self.framed(message))

    def sentence(self) -> str:
        return self.message

    def framed(self, sentence: str) -> str:
        return f"{sentence} ({self.method} {self.url})" if self.method else sentence


class TransportError(ApiError):
    """The server could not be reached, even after retries."""

    exit_code = 4


class UnreachableError(TransportError):
    """Connection refused, name not resolved, network down, or the connection broke before
    the whole answer arrived."""


class RequestTimeoutError(TransportError):
    """The server did not answer in time, or its answer was still arriving at the deadline."""


class BadResponseError(ApiError):
    """The server answered with something we cannot read or must not follow: not JSON, a
    wrong type in a field (named), larger than the cap, an error object under a 2xx, a
    redirect (never followed), a list whose pages never end."""


class RequestCancelledError(ApiError):
    """The user cancelled a long operation (a listing, a wait before a retry)."""


class SyncConflictError(ApiError):
    """The remote journey changed since we last pulled it; nothing was overwritten."""

    def __init__(
        self,
        message: str,
        *,
        local_updated_at: str | None = None,
        remote_updated_at: str | None = None,
        method: str = "",
        url: str = "",
        case: str = "no_base",
        mergeable: bool = False,
    ) -> None:
        self.local_updated_at = local_updated_at
        self.remote_updated_at = remote_updated_at
        #: The three-way case (a ``SyncCase`` value): ``both_changed``, or ``no_base`` when
        #: there was no base copy and the server's ``updatedAt`` moved.
        self.case = case
        #: Both sides changed, but different steps and fields: a merge can combine them.
        self.mergeable = mergeable
        super().__init__(message, method=method, url=url)


class HTTPStatusError(ApiError):
    """The server answered with an error status; ``server_message`` is its own words."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        server_message: str = "",
        body: Any = None,
        method: str = "",
        url: str = "",
    ) -> None:
        self.status = status
        self.server_message = server_message
        self.body = body
        super().__init__(message, method=method, url=url)


class UnauthenticatedError(HTTPStatusError):
    """401: the token is missing, wrong or expired; sign in again."""

    exit_code = 3


class PermissionDeniedError(HTTPStatusError):
    """403: the token lacks a scope or role; ``scope`` names it when the server does."""

    exit_code = 3

    def __init__(self, message: str, *, scope: str | None = None, **kwargs: Any) -> None:
        self.scope = scope
        super().__init__(message, **kwargs)


class NotFoundError(HTTPStatusError):
    """404: no such journey or version."""


class ConflictError(HTTPStatusError):
    """409 or 412: the server refused because of the journey's state."""


class InvalidRequestError(HTTPStatusError):
    """400 or 422: the server refused the content; ``reasons`` lists what it said."""

    def __init__(self, message: str, *, reasons: Sequence[str] = (), **kwargs: Any) -> None:
        self.reasons = list(reasons)
        super().__init__(message, **kwargs)


class RateLimitedError(HTTPStatusError):
    """429 after our retries; ``retry_after`` is the server's hint in seconds."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)


class ServerError(HTTPStatusError):
    """5xx after our retries."""
