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

from PySide6.QtCore import QCoreApplication

from journey_builder.errors import ApiError, LibraryError, NotFoundError, SyncConflictError
from journey_builder.model import SERVER_MANAGED_FIELDS, Journey, JourneyDocument, JourneyVersion
from journey_builder.model.merge import ThreeWay, three_way
from journey_builder.model.names import copy_name
from journey_builder.model.sync_case import SyncCase, classify, same_content
from journey_builder.storage.library import Library, LibraryEntry, SyncState
from journey_builder.sync import JourneysClient, pull, push_result
from journey_builder.sync.push import same_instant
from journey_builder.sync.stepwise import dump_in_steps, validate_in_steps
from journey_builder.ui.common.snapshots import DocumentSnapshot, load_in_steps
from journey_builder.validation import Problem, validate

__all__ = [
    "Conflict",
    "PublishOutcome",
    "RemoteChange",
    "SyncOutcome",
    "delete_remote",
    "document_of",
    "keep_both",
    "keep_both_name",
    "lifecycle",
    "look_closer",
    "publish_entry",
    "pull_entry",
    "pull_new",
    "push_as_new",
    "push_entry",
    "reconcile_listing",
]


@dataclass(frozen=True)
class Conflict:
    """Both copies moved: the user chooses (keep mine, take theirs, keep both, or merge both
    when ``view`` has no overlaps). ``base``/``view``: the base copy and the three-way view,
    None when the library has no base copy (then only ``updatedAt`` told the conflict)."""

    journey_id: str
    mine: JourneyDocument
    theirs: JourneyDocument
    base: JourneyDocument | None = None
    view: ThreeWay | None = None

    @property
    def mergeable(self) -> bool:
        return self.view is not None and self.view.mergeable


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
    #: Only the server's content changed: nothing was sent; ``document`` is the server's copy.
    remote_newer: bool = False
    #: How mine and theirs stood (see :class:`SyncCase`); the push sent a merge.
    case: SyncCase = SyncCase.NO_BASE
    merged: bool = False


@dataclass(frozen=True)
class PublishOutcome:
    entry: LibraryEntry
    version: JourneyVersion | None = None
    problems: list[Problem] = field(default_factory=list)
    conflict: Conflict | None = None
    pushed_first: bool = False
    #: The server's copy is newer and yours unchanged: nothing was published.
    remote_newer: SyncOutcome | None = None

    @property
    def blocked(self) -> bool:
        return any(p.is_error for p in self.problems) and self.version is None


def _load_unlinked(library: Library, journey_id: str) -> JourneyDocument:
    """The entry's document naming no remote journey (to be created anew)."""
    obj = json.loads(library.document_text(journey_id))
    for key in SERVER_MANAGED_FIELDS:
        obj.pop(key, None)
    return DocumentSnapshot.from_json(obj).to_document()


def document_of(journey: Journey) -> JourneyDocument:
    """The server's journey as a document, built step by step (see ``sync.stepwise``)."""
    return validate_in_steps(JourneyDocument, dump_in_steps(journey))


def _base_of(library: Library, journey_id: str, doc: JourneyDocument) -> JourneyDocument | None:
    """The entry's base copy when it is one of this remote journey."""
    if doc.id is None:
        return None
    base = library.get_base(journey_id)
    return base if base is not None and base.id in (None, doc.id) else None


def _conflict(
    library: Library,
    journey_id: str,
    mine: JourneyDocument,
    theirs: JourneyDocument,
    base: JourneyDocument | None,
) -> Conflict:
    view = three_way(base, mine, theirs) if base is not None else None
    return Conflict(journey_id, mine, theirs, base, view)


def push_entry(
    client: JourneysClient,
    library: Library,
    journey_id: str,
    *,
    force: bool = False,
    merge: bool = False,
) -> SyncOutcome:
    """Push the library's copy, three ways against its base copy (see the module docstring).

    A conflict becomes a :class:`Conflict` (nothing sent) unless ``force`` (keep mine);
    ``merge`` sends the merge of both sides' changes when they do not overlap. The server's
    answer becomes the new base copy.
    """
    entry = library.get(journey_id)  # its revision first: an edit saved meanwhile stays unpushed
    doc = load_in_steps(library, journey_id)
    base = _base_of(library, journey_id, doc)
    try:
        result = push_result(client, doc, force=force, base=base, merge=merge)
    except SyncConflictError:
        assert doc.id is not None
        theirs = pull(client, doc.id)
        entry = library.mark_conflict(journey_id)
        return SyncOutcome(entry, conflict=_conflict(library, journey_id, doc, theirs, base))
    except NotFoundError:
        if doc.id is None:
            raise
        return SyncOutcome(entry, gone=True, changed=False)
    if result.remote_newer:
        entry = library.mark_remote_changed(journey_id)
        theirs = document_of(result.journey)
        return SyncOutcome(
            entry,
            journey=result.journey,
            document=theirs,
            changed=False,
            remote_newer=True,
            case=result.case,
        )
    entry = library.record_pushed(journey_id, result.journey, revision=entry.revision)
    return SyncOutcome(
        entry,
        journey=result.journey,
        document=result.document,
        changed=result.changed,
        case=result.case,
        merged=result.merged,
    )


def push_as_new(client: JourneysClient, library: Library, journey_id: str) -> SyncOutcome:
    """Create the journey anew on the server (its remote copy is gone) and link the entry to it."""
    entry = library.get(journey_id)
    doc = _load_unlinked(library, journey_id)
    journey = client.create_journey(doc)
    entry = library.record_pushed(journey_id, journey, revision=entry.revision)
    return SyncOutcome(entry, journey=journey, case=SyncCase.LOCAL_ONLY)


def pull_entry(
    client: JourneysClient, library: Library, journey_id: str, *, replace: bool = False
) -> SyncOutcome:
    """Take the server's copy into the entry. Unpushed local edits make it a :class:`Conflict`
    unless ``replace`` (the user chose "take theirs"), or unless the base copy shows that the
    server changed nothing but its status (then the edits stay and only the status is noted)."""
    entry = library.get(journey_id)
    if entry.remote_id is None:
        raise LibraryError(
            QCoreApplication.translate(
                "SyncWork", "“{name}” has never been pushed, so there is nothing to pull."
            ).format(name=entry.name)
        )
    remote = client.get_journey(entry.remote_id)
    theirs = document_of(remote)
    if entry.dirty and not replace:
        mine = load_in_steps(library, journey_id)
        base = _base_of(library, journey_id, mine)
        case = classify(base, mine, theirs)
        if case in (SyncCase.LOCAL_ONLY, SyncCase.LIFECYCLE_ONLY, SyncCase.UNCHANGED):
            entry = library.record_lifecycle(journey_id, remote)
            return SyncOutcome(entry, journey=remote, changed=False, case=case)
        if case is not SyncCase.REMOTE_ONLY:  # remote only: mine is the base, nothing is lost
            entry = library.mark_conflict(journey_id)
            return SyncOutcome(entry, conflict=_conflict(library, journey_id, mine, theirs, base))
    entry = library.save_document(journey_id, theirs, from_server=True)
    return SyncOutcome(entry, document=theirs)


def pull_new(client: JourneysClient, library: Library, remote_id: str) -> SyncOutcome:
    """A remote journey not in the library yet: pulled into a new entry."""
    theirs = pull(client, remote_id)
    entry = library.create(theirs, from_server=True)
    return SyncOutcome(entry, document=theirs)


def keep_both_name(library: Library, journey_id: str) -> str:
    """The name my copy gets when both are kept: "NAME (my copy)", numbered if taken."""
    entry = library.get(journey_id)
    taken = [e.name for e in library.list()] + [e.name for e in library.list(only_trash=True)]
    return copy_name(entry.name, taken)


def keep_both(
    client: JourneysClient, library: Library, journey_id: str
) -> tuple[SyncOutcome, LibraryEntry]:
    """Mine becomes a new remote journey (the entry follows it); theirs comes into the library
    as a journey of its own, still linked to the original remote journey. The caller renames
    mine first ("NAME (my copy)": :func:`keep_both_name`), as an edit the user can undo."""
    entry = library.get(journey_id)
    if entry.remote_id is None:
        raise LibraryError(
            QCoreApplication.translate(
                "SyncWork", "“{name}” has never been pushed; there is nothing to keep both of."
            ).format(name=entry.name)
        )
    theirs = pull(client, entry.remote_id)
    mine = _load_unlinked(library, journey_id)
    created = client.create_journey(mine)
    entry = library.record_pushed(journey_id, created, revision=entry.revision)
    other = library.create(theirs, from_server=True)
    return SyncOutcome(entry, journey=created, case=SyncCase.LOCAL_ONLY), other


def publish_entry(client: JourneysClient, library: Library, journey_id: str) -> PublishOutcome:
    """Validate, push unpushed edits, publish; then record the server's status (and its new
    ``updatedAt`` and base copy when its content is still the base copy's)."""
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
        if outcome.remote_newer:
            return PublishOutcome(outcome.entry, problems=problems, remote_newer=outcome)
        if outcome.gone:
            raise NotFoundError(
                QCoreApplication.translate(
                    "SyncWork",
                    "“{name}” is no longer on the server; push it as a new journey first",
                ).format(name=entry.name),
                status=404,
            )
        entry = outcome.entry
        pushed_first = outcome.changed
    assert entry.remote_id is not None
    version = client.publish_journey(entry.remote_id)
    try:
        remote = client.get_journey(entry.remote_id)
    except ApiError:  # published all the same: it must not be queued and published twice
        remote = None
    if remote is not None:
        entry = library.record_lifecycle(journey_id, remote)
    return PublishOutcome(entry, version=version, problems=problems, pushed_first=pushed_first)


def lifecycle(
    client: JourneysClient, library: Library, journey_id: str, action: str
) -> LibraryEntry:
    """``activate`` or ``pause``; records the status the server answers with."""
    entry = library.get(journey_id)
    if entry.remote_id is None:
        raise LibraryError(
            QCoreApplication.translate(
                "SyncWork", "“{name}” is not on the server yet; push or publish it first."
            ).format(name=entry.name)
        )
    if action == "activate":
        journey = client.activate_journey(entry.remote_id)
    elif action == "pause":
        journey = client.pause_journey(entry.remote_id)
    else:
        raise ValueError(f"unknown lifecycle action {action!r}")
    return library.record_lifecycle(journey_id, journey)


def delete_remote(
    client: JourneysClient, library: Library, journey_id: str, *, pause_first: bool
) -> LibraryEntry:
    """Delete the remote journey (pausing it first if asked); the entry is left to the caller."""
    entry = library.get(journey_id)
    if entry.remote_id is None:
        raise LibraryError(
            QCoreApplication.translate(
                "SyncWork", "“{name}” is not on the server; there is nothing to delete."
            ).format(name=entry.name)
        )
    if pause_first:
        client.pause_journey(entry.remote_id)
    client.delete_journey(entry.remote_id)
    return entry


@dataclass(frozen=True)
class RemoteChange:
    """A library journey whose content changed on the server (noticed by a listing)."""

    journey_id: str
    name: str
    theirs: JourneyDocument
    #: The library copy has edits not pushed (a conflict to resolve on the next push).
    edited_here: bool


def look_closer(
    client: JourneysClient, library: Library, entry: LibraryEntry
) -> RemoteChange | None:
    """The server's ``updatedAt`` of ``entry`` moved: read its copy and tell a change of
    content (marked ``remote_changed``, or ``conflict`` with local edits) from a publish,
    activate or pause made elsewhere (its status and base copy are recorded) and from our own
    push or queued change still being recorded (the server holds our content)."""
    assert entry.remote_id is not None
    remote = client.get_journey(entry.remote_id)
    theirs = document_of(remote)
    base = library.get_base(entry.id)
    if base is not None and classify(base, base, theirs) in (
        SyncCase.UNCHANGED,
        SyncCase.LIFECYCLE_ONLY,
    ):
        library.record_lifecycle(entry.id, remote)
        return None
    fresh = library.get(entry.id)
    if same_instant(remote.updatedAt, fresh.remote_updated_at):
        return None  # synced meanwhile
    if fresh.sync_state not in (SyncState.SYNCED, SyncState.MODIFIED):
        return None  # already marked
    if same_content(load_in_steps(library, entry.id), theirs):
        return None  # the server holds what we hold
    marked = library.mark_remote_changed(entry.id)
    return RemoteChange(entry.id, marked.name, theirs, marked.dirty)


def reconcile_listing(
    client: JourneysClient, library: Library, journeys: list[Journey], known: dict[str, Any]
) -> list[RemoteChange]:
    """After a page of the remote list: look closer (:func:`look_closer`) at the entries whose
    server copy moved since we last saw it; ``known`` maps remote id -> entry. Returns the
    changes of content found."""
    changes: list[RemoteChange] = []
    for journey in journeys:
        entry = known.get(journey.id)
        if not isinstance(entry, LibraryEntry) or journey.updatedAt is None:
            continue
        if same_instant(journey.updatedAt, entry.remote_updated_at):
            if journey.status and journey.status != entry.status:
                library.set_remote_status(entry.id, journey.status)
            continue
        if entry.sync_state in (SyncState.SYNCED, SyncState.MODIFIED):
            change = look_closer(client, library, entry)
            if change is not None:
                changes.append(change)
    return changes
