"""Send the offline queue when the connection returns (issue 10): Qt-free, one call.

A push or lifecycle action made while offline waits in the library's queue
(``Library.enqueue``). :func:`drain` sends the pending items in order through a
:class:`JourneysClient` and settles each one in the store:

- **sent**: the server accepted it. The library records the result (``record_pushed`` with the
  new base copy, or ``record_lifecycle``) and the item leaves the queue.
- **refused**: the server said no (a conflict, a 4xx with its own message, a journey deleted
  meanwhile). The item stays, ``failed``, with that message, to be shown once and then removed
  (``remove_queued``) or tried again (``retry_queued``). A push the server's newer copy makes
  pointless (``remote_only``) and a conflict (``both_changed``) are refusals too; the entry is
  marked ``remote_changed`` or ``conflict`` so the editor can offer take theirs or the dialog.
  Later publish/activate items of a journey whose push or publish was refused are not sent
  (they would publish content the user did not mean): they fail with a message saying so.
- **waiting**: still queued. The first transport error stops the drain (the connection is gone
  again) and leaves that item and the rest as they were; so do a refused sign-in (401), a rate
  limit (429), a server error (5xx) and a cancel, which are no verdict on the change itself.
  One exception (DESIGN §8: a POST is never re-sent once it may have reached the server): a
  create, publish, activate or pause whose connection broke *after* it was sent is marked
  failed, saying it may have happened, so that it is not made twice behind the user's back.

The store is the library; this module names only what it uses (:class:`QueueStore`), so that
``sync`` keeps depending on the model alone. Publishing is not validated here: the editor
validates before it queues a publish (DESIGN §8), and the server validates again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from pydantic import ValidationError

from journey_builder.errors import (
    ApiError,
    HTTPStatusError,
    LibraryError,
    NotFoundError,
    RateLimitedError,
    RequestCancelledError,
    ServerError,
    SyncConflictError,
    TransportError,
    UnauthenticatedError,
)
from journey_builder.model import Journey, JourneyDocument, JourneyVersion
from journey_builder.model.sync_case import SyncCase
from journey_builder.sync.client import JourneysClient
from journey_builder.sync.push import push_result
from journey_builder.sync.stepwise import validate_in_steps

__all__ = [
    "DrainItem",
    "DrainReport",
    "DrainStatus",
    "QueueStore",
    "QueuedItem",
    "drain",
    "may_have_reached",
]


class QueuedItem(Protocol):
    """A queued change as the library hands it out (``QueuedChange``)."""

    @property
    def seq(self) -> int: ...
    @property
    def journey_id(self) -> str: ...
    @property
    def action(self) -> str: ...
    @property
    def payload(self) -> Mapping[str, Any]: ...


class _Entry(Protocol):
    @property
    def remote_id(self) -> str | None: ...
    @property
    def remote_updated_at(self) -> str | None: ...


class QueueStore(Protocol):
    """What :func:`drain` needs of the library (``Library`` has all of it)."""

    def queued_changes(self) -> Sequence[QueuedItem]: ...
    def remove_queued(self, seq: int, *, payload: Mapping[str, Any] | None = None) -> None: ...
    def mark_queued_failed(
        self, seq: int, message: str, *, payload: Mapping[str, Any] | None = None
    ) -> object: ...
    def get(self, journey_id: str) -> _Entry: ...
    def get_base(self, journey_id: str) -> JourneyDocument | None: ...
    def record_pushed(
        self, journey_id: str, journey: Journey, *, revision: int | None = None
    ) -> object: ...
    def record_lifecycle(self, journey_id: str, journey: Journey) -> object: ...
    def mark_conflict(self, journey_id: str) -> object: ...
    def mark_remote_changed(self, journey_id: str) -> object: ...


class DrainStatus(StrEnum):
    SENT = "sent"
    REFUSED = "refused"
    WAITING = "waiting"  # still queued: offline again, or not a verdict on the change


@dataclass(frozen=True)
class DrainItem:
    """What became of one queued change.

    ``message``: for a refusal, the server's own words (with the HTTP status) or why it was
    not sent; for a waiting item, why it waits. ``case``: how a push found mine and theirs.
    ``journey``: the server's journey after a sent push, activate or pause (after a publish,
    when it could be read back); ``version``: what a publish made.
    """

    seq: int
    journey_id: str
    action: str
    status: DrainStatus
    message: str = ""
    case: SyncCase | None = None
    journey: Journey | None = None
    version: JourneyVersion | None = None


@dataclass(frozen=True)
class DrainReport:
    """Every pending change, in order, with what became of it."""

    items: tuple[DrainItem, ...]
    #: The drain stopped because the server could not be reached.
    offline: bool = False

    @property
    def sent(self) -> tuple[DrainItem, ...]:
        return tuple(i for i in self.items if i.status is DrainStatus.SENT)

    @property
    def refused(self) -> tuple[DrainItem, ...]:
        return tuple(i for i in self.items if i.status is DrainStatus.REFUSED)

    @property
    def waiting(self) -> tuple[DrainItem, ...]:
        return tuple(i for i in self.items if i.status is DrainStatus.WAITING)


class _RefusedError(Exception):
    """A verdict on one change: it is marked failed with this sentence."""

    def __init__(self, message: str, case: SyncCase | None = None) -> None:
        self.message = message
        self.case = case
        super().__init__(message)


#: Errors that say nothing about the change itself: the item stays queued, the drain stops.
_NOT_A_VERDICT = (UnauthenticatedError, RateLimitedError, ServerError, RequestCancelledError)

#: After a refused push or publish, these actions of the same journey are not sent.
_DEPENDS_ON_CONTENT = {"publish", "activate"}


def drain(
    client: JourneysClient,
    store: QueueStore,
    *,
    on_item: Callable[[DrainItem], None] | None = None,
) -> DrainReport:
    """Send the queued changes in order; see the module docstring.

    ``on_item`` is called after each settled item (for progress in a status bar); it runs on
    the caller's thread. Errors of the library itself propagate (the queue is left as it was
    for the item at hand).
    """
    items: list[DrainItem] = []
    blocked: dict[str, str] = {}  # journey id -> the action that was refused
    queued = list(store.queued_changes())
    for position, item in enumerate(queued):
        action = str(item.action)
        if item.journey_id in blocked and action in _DEPENDS_ON_CONTENT:
            message = (
                f"Not sent, because the {blocked[item.journey_id]} before it was refused; "
                f"{action} again once that is settled."
            )
            store.mark_queued_failed(item.seq, message, payload=item.payload)
            result = DrainItem(item.seq, item.journey_id, action, DrainStatus.REFUSED, message)
        else:
            try:
                result = _send(client, store, item)
            except (TransportError, *_NOT_A_VERDICT) as exc:
                offline = isinstance(exc, TransportError)
                reason = _waiting_reason(exc)
                for rest in queued[position:]:
                    items.append(
                        DrainItem(
                            rest.seq, rest.journey_id, str(rest.action), DrainStatus.WAITING, reason
                        )
                    )
                return DrainReport(tuple(items), offline=offline)
            except _RefusedError as refusal:
                store.mark_queued_failed(item.seq, refusal.message, payload=item.payload)
                result = DrainItem(
                    item.seq,
                    item.journey_id,
                    action,
                    DrainStatus.REFUSED,
                    refusal.message,
                    case=refusal.case,
                )
            else:
                # a push queued meanwhile may have replaced this item's document: then it stays
                store.remove_queued(item.seq, payload=item.payload)
            if result.status is DrainStatus.REFUSED and action in ("push", "publish"):
                blocked.setdefault(item.journey_id, action)
        items.append(result)
        if on_item is not None:
            on_item(result)
    return DrainReport(tuple(items))


def _waiting_reason(exc: ApiError) -> str:
    if isinstance(exc, TransportError):
        return f"Offline: {exc.message}"
    if isinstance(exc, UnauthenticatedError):
        return f"Sign in again to send it ({exc.message})"
    if isinstance(exc, RequestCancelledError):
        return "Stopped before it was sent"
    return f"The server could not take it now; it will be sent later ({exc.message})"


def _entry(store: QueueStore, journey_id: str) -> _Entry | None:
    try:
        return store.get(journey_id)
    except LibraryError:
        return None  # deleted from the library for good since it was queued


def _remote_id(entry: _Entry | None, item: QueuedItem) -> str:
    if entry is not None and entry.remote_id:
        return entry.remote_id
    remote = item.payload.get("remoteId")
    if isinstance(remote, str) and remote:
        return remote
    done = _PAST.get(str(item.action), str(item.action))
    raise _RefusedError(f"Not sent: the journey is not on the server yet, so it cannot be {done}.")


_PAST = {"publish": "published", "activate": "activated", "pause": "paused", "delete": "deleted"}


def _send(client: JourneysClient, store: QueueStore, item: QueuedItem) -> DrainItem:
    action = str(item.action)
    entry = _entry(store, item.journey_id)

    def done(**kwargs: Any) -> DrainItem:
        return DrainItem(item.seq, item.journey_id, action, DrainStatus.SENT, **kwargs)

    try:
        if action == "push":
            return _push(client, store, item, entry)
        remote_id = _remote_id(entry, item)
        if action == "publish":
            version = client.publish_journey(remote_id)
            journey = _read_back(client, remote_id)
            if entry is not None and journey is not None:
                store.record_lifecycle(item.journey_id, journey)
            return done(version=version, journey=journey)
        if action in ("activate", "pause"):
            call = client.activate_journey if action == "activate" else client.pause_journey
            journey = call(remote_id)
            if entry is not None:
                store.record_lifecycle(item.journey_id, journey)
            return done(journey=journey)
        if action == "delete":
            try:
                client.delete_journey(remote_id)
            except NotFoundError:
                return done(message="It was already deleted on the server.")
            return done()
    except _NOT_A_VERDICT:
        raise
    except SyncConflictError as exc:
        store.mark_conflict(item.journey_id)
        raise _RefusedError(exc.message, SyncCase(exc.case)) from None
    except HTTPStatusError as exc:
        raise _RefusedError(exc.message) from None
    except TransportError as exc:
        if exc.method == "POST" and may_have_reached(exc):
            raise _RefusedError(
                f"The connection broke after the {action} was sent ({exc.message}); it may "
                "have happened. Check the journey on Flownally before doing it again."
            ) from None
        raise
    except _RefusedError:
        raise
    except ApiError as exc:  # an answer we could not read
        raise _RefusedError(exc.message) from None
    raise _RefusedError(f"Not sent: “{action}” is not an action this version knows.")


#: How the client words a failure to connect at all (see ``sync._answers``): such a request
#: never left, so sending it again later is safe.
_NEVER_SENT = (
    "Could not connect to ",
    "The server did not accept a connection",
    "No connection to the server became free",
)


def may_have_reached(exc: TransportError) -> bool:
    """Whether the request may have reached the server before the connection failed (the
    editor queues a failed create, publish, activate or pause only when it cannot have)."""
    return not exc.message.startswith(_NEVER_SENT)


def _read_back(client: JourneysClient, remote_id: str) -> Journey | None:
    """The journey after a publish, to record its status; the publish itself is done, so a
    failure here must not leave it queued (it would be published twice)."""
    try:
        return client.get_journey(remote_id)
    except ApiError:
        return None


def _push(
    client: JourneysClient, store: QueueStore, item: QueuedItem, entry: _Entry | None
) -> DrainItem:
    if entry is None:
        raise _RefusedError("Not sent: the journey is no longer in the library.")
    data = item.payload.get("document")
    if not isinstance(data, dict):
        raise _RefusedError("Not sent: the queued push holds no journey.")
    try:
        doc = validate_in_steps(JourneyDocument, data)
    except ValidationError:
        raise _RefusedError("Not sent: the queued journey is damaged.") from None
    # The library is the truth about the remote copy: a push queued before an earlier queued
    # push created the journey must update that journey, not create another.
    doc.id = entry.remote_id
    doc.updatedAt = entry.remote_updated_at
    base = store.get_base(item.journey_id) if entry.remote_id else None
    revision = item.payload.get("revision")
    result = push_result(client, doc, base=base, force=item.payload.get("force") is True)
    if result.remote_newer:
        store.mark_remote_changed(item.journey_id)
        raise _RefusedError(
            "Not sent: the server's copy changed since the last sync and yours did not; "
            "take the server's copy.",
            SyncCase.REMOTE_ONLY,
        )
    store.record_pushed(
        item.journey_id,
        result.journey,
        revision=revision if isinstance(revision, int) else None,
    )
    return DrainItem(
        item.seq,
        item.journey_id,
        "push",
        DrainStatus.SENT,
        case=result.case,
        journey=result.journey,
    )
