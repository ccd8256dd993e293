"""Push and pull a journey document (DESIGN §8, issue 10).

Push: no remote id -> create. Else read the server's copy and compare. With a *base copy* (the
server's copy as last pulled or pushed) the comparison is three-way
(:func:`journey_builder.model.sync_case.classify`): the server having changed only its status and
timestamps (publish, activate, pause) is no conflict; the server having changed content that
mine did not is ``remote_only`` (nothing is sent: take theirs); both having changed content is
a :class:`SyncConflictError` (``mergeable`` when the changes do not overlap; ``merge=True``
then sends the merged journey). Without a base copy, a moved ``updatedAt`` is a conflict, as
before. ``force`` sends mine whatever the server holds. The server sends no ETag as far as the
reference tells; ``If-Match`` is sent only if it ever does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from journey_builder.errors import ConflictError, NotFoundError, SyncConflictError
from journey_builder.model import SERVER_MANAGED_FIELDS, Journey, JourneyDocument
from journey_builder.model.merge import three_way
from journey_builder.model.sync_case import SyncCase, classify, same_content
from journey_builder.sync.client import JourneysClient
from journey_builder.sync.stepwise import api_body_in_steps, dump_in_steps, validate_in_steps

__all__ = ["PushResult", "SyncCase", "pull", "push", "push_result", "same_instant"]


@dataclass(frozen=True)
class PushResult:
    """What a push did.

    ``document``: mine, with the server's ``id``/``updatedAt`` (the merged journey when
    ``merged``); ``journey``: the server's journey (as returned by the create/update, or as
    read when nothing was sent); ``case``: how mine and theirs stood (``local_only`` for a
    create); ``changed``: a request changed the server; ``base``: the base copy to keep from
    now on, None when nothing was settled (``remote_only``: the server's copy is newer).
    """

    document: JourneyDocument
    journey: Journey
    created: bool
    changed: bool
    case: SyncCase = SyncCase.NO_BASE
    merged: bool = False
    base: JourneyDocument | None = None

    @property
    def remote_newer(self) -> bool:
        """Only the server's copy changed: nothing was sent; the user should take theirs."""
        return self.case is SyncCase.REMOTE_ONLY and not self.changed


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


def push_result(
    client: JourneysClient,
    doc: JourneyDocument,
    *,
    force: bool = False,
    base: JourneyDocument | None = None,
    merge: bool = False,
) -> PushResult:
    """Create or update the remote journey; see the module docstring.

    ``base``: the base copy of ``doc`` (None: compare ``updatedAt`` only; a base copy of
    another journey is ignored). ``merge``: when both sides changed different steps, send the
    merged journey instead of refusing. Raises :class:`SyncConflictError` for a conflict;
    nothing is changed on the server then.
    """
    if not doc.id:
        journey = client.create_journey(api_body_in_steps(doc))
        return _sent(doc, journey, SyncCase.LOCAL_ONLY, created=True)
    remote = _get_remote(client, doc.id)
    theirs = _document_from_journey(remote)
    if base is not None and base.id not in (None, doc.id):
        base = None
    case = classify(base, doc, theirs)
    to_send, merged = doc, False
    if not force:
        if case is SyncCase.REMOTE_ONLY:
            return PushResult(doc, remote, created=False, changed=False, case=case)
        if case is SyncCase.NO_BASE and not same_instant(remote.updatedAt, doc.updatedAt):
            raise _updated_at_moved(doc, remote)
        if case is SyncCase.BOTH_CHANGED:
            assert base is not None
            view = three_way(base, doc, theirs)
            if not (merge and view.mergeable):
                overlaps = [o.message for o in view.overlaps]
                raise _both_changed(doc, remote, view.mergeable, overlaps)
            to_send, merged = view.merge(), True
    if same_content(to_send, theirs):
        return _sent(to_send, remote, case, changed=False)
    journey = _update(client, doc.id, to_send)
    return _sent(to_send, journey, case, merged=merged)


def _get_remote(client: JourneysClient, journey_id: str) -> Journey:
    try:
        return client.get_journey(journey_id)
    except NotFoundError as exc:
        raise NotFoundError(
            f'The journey {journey_id} is no longer on the server; remove "id" and "updatedAt" '
            "from the file to create it anew",
            status=exc.status,
            server_message=exc.server_message,
            body=exc.body,
            method=exc.method,
            url=exc.url,
        ) from None


def _update(client: JourneysClient, journey_id: str, doc: JourneyDocument) -> Journey:
    try:
        return client.update_journey(
            journey_id, api_body_in_steps(doc), if_match=client.etag_for(journey_id)
        )
    except ConflictError as exc:
        if exc.status != 412:
            raise
        raise SyncConflictError(
            f"The journey {journey_id} changed on the server a moment ago; nothing was "
            "overwritten. Pull it again, or push with --force",
            local_updated_at=doc.updatedAt,
            remote_updated_at=None,
            method=exc.method,
            url=exc.url,
        ) from None


def _sent(
    doc: JourneyDocument,
    journey: Journey,
    case: SyncCase,
    *,
    created: bool = False,
    changed: bool = True,
    merged: bool = False,
) -> PushResult:
    """A settled push: the server's journey is the new base copy."""
    return PushResult(
        _with_server_fields(doc, journey),
        journey,
        created=created,
        changed=changed,
        case=case,
        merged=merged,
        base=_document_from_journey(journey),
    )


def _updated_at_moved(doc: JourneyDocument, remote: Journey) -> SyncConflictError:
    seen = doc.updatedAt or "never (the file has no updatedAt)"
    return SyncConflictError(
        f"The journey {doc.id} changed on the server since this copy was pulled "
        f"(last seen: {seen}; on the server: {remote.updatedAt}); nothing was sent. Pull it "
        "again, or push with --force to overwrite the server's copy",
        local_updated_at=doc.updatedAt,
        remote_updated_at=remote.updatedAt,
        method="GET",
        url=f"/journeys/{doc.id}",
    )


def _both_changed(
    doc: JourneyDocument, remote: Journey, mergeable: bool, overlaps: list[str]
) -> SyncConflictError:
    if mergeable:
        what = (
            "but different steps and settings, so the two can be merged; nothing was sent. "
            "Push with --merge to send both changes, or with --force to overwrite the "
            "server's copy"
        )
    else:
        listed = "; ".join(overlaps[:3]) + ("; ..." if len(overlaps) > 3 else "")
        what = (
            f"in the same places ({listed}); nothing was sent. Pull the server's copy into "
            "another file to compare, or push with --force to overwrite it"
        )
    return SyncConflictError(
        f"The journey {doc.id} changed on the server since the last sync, and here too, {what}",
        local_updated_at=doc.updatedAt,
        remote_updated_at=remote.updatedAt,
        method="GET",
        url=f"/journeys/{doc.id}",
        case=SyncCase.BOTH_CHANGED.value,
        mergeable=mergeable,
    )


def push(
    client: JourneysClient,
    doc: JourneyDocument,
    *,
    force: bool = False,
    base: JourneyDocument | None = None,
) -> JourneyDocument:
    """Send ``doc`` to the server and return it with the server's new ``id`` and ``updatedAt``.

    Raises :class:`SyncConflictError` when the remote copy moved since ``doc.updatedAt`` (or,
    with a ``base`` copy, when both changed), unless ``force`` (keep mine). Nothing is changed
    on the server when it refuses. With a base copy and only the server's content changed,
    nothing is sent and ``doc`` comes back as it was: use :func:`push_result` to tell.
    """
    return push_result(client, doc, force=force, base=base).document


def pull(client: JourneysClient, journey_id: str) -> JourneyDocument:
    """The remote journey as a document (always a full GET: list items may be summaries)."""
    return _document_from_journey(client.get_journey(journey_id))


def _document_from_journey(journey: Journey) -> JourneyDocument:
    """``JourneyDocument.from_journey(journey)``, built step by step (see :mod:`.stepwise`)."""
    return validate_in_steps(JourneyDocument, dump_in_steps(journey))
