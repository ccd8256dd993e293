"""Push and pull a journey document (DESIGN §8).

Push: no remote id -> create; else read the server's copy, and if its ``updatedAt`` moved since
the document last saw it, refuse with :class:`SyncConflictError` (unless ``force``), then PATCH.
The server sends no ETag as far as the reference tells; ``If-Match`` is sent only if it ever does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from journey_builder.errors import ConflictError, NotFoundError, SyncConflictError
from journey_builder.model import SERVER_MANAGED_FIELDS, Journey, JourneyDocument
from journey_builder.sync.client import JourneysClient
from journey_builder.sync.stepwise import api_body_in_steps, dump_in_steps, validate_in_steps

__all__ = ["PushResult", "pull", "push", "push_result", "same_instant"]


@dataclass(frozen=True)
class PushResult:
    """What a push did: the document to keep, the server's journey, and whether it was sent."""

    document: JourneyDocument
    journey: Journey
    created: bool
    changed: bool


def same_instant(a: str | None, b: str | None) -> bool:
    """Whether two ``updatedAt`` values name the same moment (format differences aside)."""
    if a == b:
        return True
    if a is None or b is None:
        return False
    try:
        return datetime.fromisoformat(a) == datetime.fromisoformat(b)
    except ValueError:
        return False


def _with_server_fields(doc: JourneyDocument, journey: Journey) -> JourneyDocument:
    """A copy of ``doc`` carrying the server's id and updatedAt (and fresher server fields it holds)."""
    out = doc.model_copy(deep=True)
    out.id = journey.id
    out.updatedAt = journey.updatedAt
    server = dump_in_steps(journey)
    extras = out.__pydantic_extra__
    if extras is not None:
        for key in SERVER_MANAGED_FIELDS:
            if key in extras and key in server:
                extras[key] = server[key]
    return out


def push_result(client: JourneysClient, doc: JourneyDocument, *, force: bool = False) -> PushResult:
    """Create or update the remote journey; see :func:`push`."""
    if not doc.id:
        journey = client.create_journey(api_body_in_steps(doc))
        return PushResult(_with_server_fields(doc, journey), journey, created=True, changed=True)
    try:
        remote = client.get_journey(doc.id)
    except NotFoundError as exc:
        raise NotFoundError(
            f'The journey {doc.id} is no longer on the server; remove "id" and "updatedAt" '
            "from the file to create it anew",
            status=exc.status,
            server_message=exc.server_message,
            body=exc.body,
            method=exc.method,
            url=exc.url,
        ) from None
    if not force and not same_instant(remote.updatedAt, doc.updatedAt):
        seen = doc.updatedAt or "never (the file has no updatedAt)"
        raise SyncConflictError(
            f"The journey {doc.id} changed on the server since this copy was pulled "
            f"(last seen: {seen}; on the server: {remote.updatedAt}); nothing was sent. Pull it "
            "again, or push with --force to overwrite the server's copy",
            local_updated_at=doc.updatedAt,
            remote_updated_at=remote.updatedAt,
            method="GET",
            url=f"/journeys/{doc.id}",
        )
    body = api_body_in_steps(doc)
    if api_body_in_steps(_document_from_journey(remote)) == body:
        return PushResult(_with_server_fields(doc, remote), remote, created=False, changed=False)
    try:
        journey = client.update_journey(doc.id, body, if_match=client.etag_for(doc.id))
    except ConflictError as exc:
        if exc.status != 412:
            raise
        raise SyncConflictError(
            f"The journey {doc.id} changed on the server a moment ago; nothing was overwritten. "
            "Pull it again, or push with --force",
            local_updated_at=doc.updatedAt,
            remote_updated_at=None,
            method=exc.method,
            url=exc.url,
        ) from None
    return PushResult(_with_server_fields(doc, journey), journey, created=False, changed=True)


def push(client: JourneysClient, doc: JourneyDocument, *, force: bool = False) -> JourneyDocument:
    """Send ``doc`` to the server and return it with the server's new ``id`` and ``updatedAt``.

    Raises :class:`SyncConflictError` when the remote copy moved since ``doc.updatedAt``,
    unless ``force`` (keep mine). Nothing is changed on the server when it refuses.
    """
    return push_result(client, doc, force=force).document


def pull(client: JourneysClient, journey_id: str) -> JourneyDocument:
    """The remote journey as a document (always a full GET: list items may be summaries)."""
    return _document_from_journey(client.get_journey(journey_id))


def _document_from_journey(journey: Journey) -> JourneyDocument:
    """``JourneyDocument.from_journey(journey)``, built step by step (see :mod:`.stepwise`)."""
    return validate_in_steps(JourneyDocument, dump_in_steps(journey))
