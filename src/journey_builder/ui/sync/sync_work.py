"""What sync tasks do on their worker thread: push, pull, publish, lifecycle, keep both.

Nothing here touches a widget or the journey being edited (these run off the GUI thread);
:mod:`.sync_controller` starts them and shows their outcome. Each takes a client made for its
own thread and the library, which is safe to share. The library's sync state is updated here,
in the same task as the request, so that the state a panel shows is the server's answer and
never a guess. Large journeys are read from the library item by item (:func:`load_in_steps`),
so that these threads leave the GUI thread its share of the GIL.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from journey_builder.errors import LibraryError, NotFoundError, SyncConflictError
from journey_builder.model import SERVER_MANAGED_FIELDS, Journey, JourneyDocument, JourneyVersion
from journey_builder.storage.library import Library, LibraryEntry, SyncState
from journey_builder.sync import JourneysClient, pull, push_result
from journey_builder.sync.push import same_instant
from journey_builder.sync.stepwise import api_body_in_steps, dump_in_steps
from journey_builder.ui.common.snapshots import DocumentSnapshot, load_in_steps
from journey_builder.validation import Problem, validate

__all__ = [
    "Conflict",
    "PublishOutcome",
    "SyncOutcome",
    "delete_remote",
    "keep_both",
    "lifecycle",
    "publish_entry",
    "pull_entry",
    "pull_new",
    "push_as_new",
    "push_entry",
    "reconcile_listing",
]


@dataclass(frozen=True)
class Conflict:
    """Both copies moved: the user chooses (keep mine, take theirs, keep both)."""

    journey_id: str
    mine: JourneyDocument
    theirs: JourneyDocument


@dataclass(frozen=True)
class SyncOutcome:
    """What a push or pull did; ``conflict`` set means nothing was sent or replaced."""

    entry: LibraryEntry
    journey: Journey | None = None
    document: JourneyDocument | None = None
    conflict: Conflict | None = None
    changed: bool = True
    #: The remote journey no longer exists (deleted on the server).
    gone: bool = False


@dataclass(frozen=True)
class PublishOutcome:
    entry: LibraryEntry
    version: JourneyVersion | None = None
    problems: list[Problem] = field(default_factory=list)
    conflict: Conflict | None = None
    pushed_first: bool = False

    @property
    def blocked(self) -> bool:
        return any(p.is_error for p in self.problems) and self.version is None


def _load_unlinked(library: Library, journey_id: str) -> JourneyDocument:
    """The entry's document naming no remote journey (to be created anew)."""
    obj = json.loads(library.document_text(journey_id))
    for key in SERVER_MANAGED_FIELDS:
        obj.pop(key, None)
    return DocumentSnapshot.from_json(obj).to_document()


def _content(journey: Journey) -> dict[str, Any]:
    """What a create/update body of the server's journey would hold."""
    body = dump_in_steps(journey)
    for key in SERVER_MANAGED_FIELDS:
        body.pop(key, None)
    return body


def push_entry(
    client: JourneysClient, library: Library, journey_id: str, *, force: bool = False
) -> SyncOutcome:
    """Push the library's copy; a moved ``updatedAt`` becomes a :class:`Conflict` (with the
    server's copy, for the dialog) unless ``force``."""
    entry = library.get(journey_id)  # its revision first: an edit saved meanwhile stays unpushed
    doc = load_in_steps(library, journey_id)
    try:
        result = push_result(client, doc, force=force)
    except SyncConflictError:
        assert doc.id is not None
        theirs = pull(client, doc.id)
        entry = library.mark_conflict(journey_id)
        return SyncOutcome(entry, conflict=Conflict(journey_id, doc, theirs))
    except NotFoundError:
        if doc.id is None:
            raise
        return SyncOutcome(entry, gone=True, changed=False)
    journey = result.journey
    entry = library.mark_synced(
        journey_id, journey.id, journey.updatedAt, journey.status, revision=entry.revision
    )
    return SyncOutcome(entry, journey=journey, document=result.document, changed=result.changed)


def push_as_new(client: JourneysClient, library: Library, journey_id: str) -> SyncOutcome:
    """Create the journey anew on the server (its remote copy is gone) and link the entry to it."""
    entry = library.get(journey_id)
    doc = _load_unlinked(library, journey_id)
    journey = client.create_journey(doc)
    entry = library.mark_synced(
        journey_id, journey.id, journey.updatedAt, journey.status, revision=entry.revision
    )
    return SyncOutcome(entry, journey=journey)


def pull_entry(
    client: JourneysClient, library: Library, journey_id: str, *, replace: bool = False
) -> SyncOutcome:
    """Take the server's copy into the entry. Unpushed local edits make it a :class:`Conflict`
    unless ``replace`` (the user chose "take theirs")."""
    entry = library.get(journey_id)
    if entry.remote_id is None:
        raise LibraryError(f"“{entry.name}” has never been pushed, so there is nothing to pull.")
    theirs = pull(client, entry.remote_id)
    if entry.dirty and not replace:
        mine = load_in_steps(library, journey_id)
        entry = library.mark_conflict(journey_id)
        return SyncOutcome(entry, conflict=Conflict(journey_id, mine, theirs))
    entry = library.save_document(journey_id, theirs, from_server=True)
    return SyncOutcome(entry, document=theirs)


def pull_new(client: JourneysClient, library: Library, remote_id: str) -> SyncOutcome:
    """A remote journey not in the library yet: pulled into a new entry."""
    theirs = pull(client, remote_id)
    entry = library.create(theirs, from_server=True)
    return SyncOutcome(entry, document=theirs)


def keep_both(
    client: JourneysClient, library: Library, journey_id: str
) -> tuple[SyncOutcome, LibraryEntry]:
    """Mine becomes a new remote journey (the entry follows it); theirs comes into the library
    as a journey of its own, still linked to the original remote journey."""
    entry = library.get(journey_id)
    if entry.remote_id is None:
        raise LibraryError(
            f"“{entry.name}” has never been pushed; there is nothing to keep both of."
        )
    theirs = pull(client, entry.remote_id)
    mine = _load_unlinked(library, journey_id)
    created = client.create_journey(mine)
    entry = library.mark_synced(
        journey_id, created.id, created.updatedAt, created.status, revision=entry.revision
    )
    other = library.create(theirs, from_server=True)
    return SyncOutcome(entry, journey=created), other


def publish_entry(client: JourneysClient, library: Library, journey_id: str) -> PublishOutcome:
    """Validate, push unpushed edits, publish; then record the server's new ``updatedAt`` when
    its content is still ours (publishing moves it; anything else is someone's edit)."""
    doc = load_in_steps(library, journey_id)
    problems = list(validate(doc))
    entry = library.get(journey_id)
    if any(p.is_error for p in problems):
        return PublishOutcome(entry, problems=problems)
    pushed_first = False
    if entry.remote_id is None or entry.dirty or entry.sync_state is not SyncState.SYNCED:
        outcome = push_entry(client, library, journey_id)
        if outcome.conflict is not None:
            return PublishOutcome(outcome.entry, problems=problems, conflict=outcome.conflict)
        if outcome.gone:
            raise NotFoundError(
                f"“{entry.name}” is no longer on the server; push it as a new journey first",
                status=404,
            )
        entry = outcome.entry
        pushed_first = outcome.changed
    assert entry.remote_id is not None
    version = client.publish_journey(entry.remote_id)
    entry = _record_status(library, journey_id, client.get_journey(entry.remote_id))
    return PublishOutcome(entry, version=version, problems=problems, pushed_first=pushed_first)


def _record_status(library: Library, journey_id: str, remote: Journey) -> LibraryEntry:
    """Record the server's status, and its new ``updatedAt`` only when its content is still
    what the entry last synced: a lifecycle call moves ``updatedAt``, and taking that as "seen"
    must never hide someone else's edit (the next push would overwrite it)."""
    entry = library.get(journey_id)
    ours = False
    if remote.definition is not None and entry.sync_state is SyncState.SYNCED:
        ours = _content(remote) == api_body_in_steps(load_in_steps(library, journey_id))
    return library.set_remote_status(journey_id, remote.status, remote.updatedAt if ours else None)


def lifecycle(
    client: JourneysClient, library: Library, journey_id: str, action: str
) -> LibraryEntry:
    """``activate`` or ``pause``; records the status the server answers with."""
    entry = library.get(journey_id)
    if entry.remote_id is None:
        raise LibraryError(f"“{entry.name}” is not on the server yet; push or publish it first.")
    if action == "activate":
        journey = client.activate_journey(entry.remote_id)
    elif action == "pause":
        journey = client.pause_journey(entry.remote_id)
    else:
        raise ValueError(f"unknown lifecycle action {action!r}")
    return _record_status(library, journey_id, journey)


def delete_remote(
    client: JourneysClient, library: Library, journey_id: str, *, pause_first: bool
) -> LibraryEntry:
    """Delete the remote journey (pausing it first if asked); the entry is left to the caller."""
    entry = library.get(journey_id)
    if entry.remote_id is None:
        raise LibraryError(f"“{entry.name}” is not on the server; there is nothing to delete.")
    if pause_first:
        client.pause_journey(entry.remote_id)
    client.delete_journey(entry.remote_id)
    return entry


def reconcile_listing(library: Library, journeys: list[Journey], known: dict[str, Any]) -> int:
    """After a page of the remote list: mark entries whose server copy moved since we last saw
    it (``remote_changed``, or ``conflict`` with local edits). ``known`` maps remote id ->
    entry; returns how many entries changed state."""
    marked = 0
    for journey in journeys:
        entry = known.get(journey.id)
        if not isinstance(entry, LibraryEntry) or journey.updatedAt is None:
            continue
        if same_instant(journey.updatedAt, entry.remote_updated_at):
            if journey.status and journey.status != entry.status:
                library.set_remote_status(entry.id, journey.status)
            continue
        if entry.sync_state in (SyncState.SYNCED, SyncState.MODIFIED):
            library.mark_remote_changed(entry.id)
            marked += 1
    return marked
