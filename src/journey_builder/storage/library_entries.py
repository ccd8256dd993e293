"""What the library hands out: entries, history snapshots, open tabs, sync states, queued
changes; timestamps.

Timestamps are stored as ISO 8601 text in UTC with microseconds (``...T12:00:00.000000Z``), so
that they sort as text; they are handed out as aware :class:`datetime` objects.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, Literal

__all__ = [
    "ENTRY_COLUMNS",
    "HistorySnapshot",
    "LibraryEntry",
    "OpenTabs",
    "QueueAction",
    "QueueState",
    "QueuedChange",
    "SortKey",
    "SyncState",
    "entry_from_row",
    "iso_utc",
    "parse_utc",
    "utc_now_text",
]


class SyncState(StrEnum):
    """Where a library journey stands against the server."""

    LOCAL = "local"  # never pushed
    SYNCED = "synced"
    MODIFIED = "modified"  # unpushed local edits
    REMOTE_CHANGED = "remote_changed"  # the server moved; no local edits
    CONFLICT = "conflict"  # both moved

    def after_local_edit(self) -> SyncState:
        """The state once the user edits the journey."""
        if self in (SyncState.REMOTE_CHANGED, SyncState.CONFLICT):
            return SyncState.CONFLICT
        if self is SyncState.LOCAL:
            return SyncState.LOCAL
        return SyncState.MODIFIED


#: How ``Library.list`` orders entries: newest change first, newest created first, A to Z.
SortKey = Literal["modified", "created", "name"]


@dataclass(frozen=True)
class LibraryEntry:
    """One journey of the library, without its document (cheap to list)."""

    id: str
    name: str
    remote_id: str | None
    remote_updated_at: str | None
    status: str | None
    dirty: bool
    sync_state: SyncState
    modified_at: datetime
    created_at: datetime
    deleted_at: datetime | None
    revision: int

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (timestamps in ISO 8601, UTC)."""
        return {
            "id": self.id,
            "name": self.name,
            "remoteId": self.remote_id,
            "remoteUpdatedAt": self.remote_updated_at,
            "status": self.status,
            "dirty": self.dirty,
            "syncState": self.sync_state.value,
            "createdAt": iso_utc(self.created_at),
            "modifiedAt": iso_utc(self.modified_at),
            "deletedAt": iso_utc(self.deleted_at) if self.deleted_at else None,
            "revision": self.revision,
        }


@dataclass(frozen=True)
class HistorySnapshot:
    """A saved state of a journey in its recent history (``Library.history_document`` reads it)."""

    seq: int
    journey_id: str
    saved_at: datetime
    name: str
    revision: int


@dataclass(frozen=True)
class OpenTabs:
    """The journeys open in the editor, in tab order, and the active one."""

    journey_ids: tuple[str, ...]
    active: str | None


class QueueAction(StrEnum):
    """What a queued change asks of the server."""

    PUSH = "push"
    PUBLISH = "publish"
    ACTIVATE = "activate"
    PAUSE = "pause"
    DELETE = "delete"


class QueueState(StrEnum):
    """``pending``: waits for the connection; ``failed``: the server refused it (``last_error``
    holds its message) and it waits for the user to see it."""

    PENDING = "pending"
    FAILED = "failed"


@dataclass(frozen=True)
class QueuedChange:
    """A push or lifecycle action made while offline, kept until it is sent (in ``seq`` order).

    ``journey_id`` is the library's id of the journey; ``payload`` is what the action needs
    (for a push: the document to send and the entry's revision then).
    """

    seq: int
    journey_id: str
    action: QueueAction
    payload: dict[str, Any]
    created_at: datetime
    state: QueueState
    last_error: str | None

    @property
    def failed(self) -> bool:
        return self.state is QueueState.FAILED

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (the payload left out: it may hold a whole journey)."""
        return {
            "seq": self.seq,
            "journeyId": self.journey_id,
            "action": self.action.value,
            "createdAt": iso_utc(self.created_at),
            "state": self.state.value,
            "lastError": self.last_error,
        }


#: The ``journeys`` columns :func:`entry_from_row` reads, in order.
ENTRY_COLUMNS = (
    "id, name, remote_id, remote_updated_at, remote_status, dirty, sync_state, "
    "modified_at, created_at, deleted_at, revision"
)


def entry_from_row(row: sqlite3.Row | tuple[Any, ...]) -> LibraryEntry:
    """An entry from a row of :data:`ENTRY_COLUMNS`."""
    (
        id_,
        name,
        remote_id,
        remote_updated_at,
        status,
        dirty,
        state,
        modified,
        created,
        deleted,
        revision,
    ) = row
    return LibraryEntry(
        id=id_,
        name=name,
        remote_id=remote_id,
        remote_updated_at=remote_updated_at,
        status=status,
        dirty=bool(dirty),
        sync_state=SyncState(state),
        modified_at=parse_utc(modified),
        created_at=parse_utc(created),
        deleted_at=parse_utc(deleted) if deleted else None,
        revision=int(revision),
    )


_clock_lock = threading.Lock()
_last_now = datetime.min.replace(tzinfo=UTC)


def utc_now_text() -> str:
    """The current UTC time as stored text, strictly increasing within the process.

    Coarse clocks would otherwise give two quick saves the same time, and sorting by "last
    changed" would depend on chance.
    """
    global _last_now
    with _clock_lock:
        now = datetime.now(UTC)
        if now <= _last_now:
            now = _last_now + timedelta(microseconds=1)
        _last_now = now
        return iso_utc(now)


def iso_utc(moment: datetime) -> str:
    """The stored form of a time: ISO 8601, UTC, microseconds, ``Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_utc(text: str) -> datetime:
    """A stored time as an aware datetime."""
    return datetime.fromisoformat(text)
