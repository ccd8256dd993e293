"""The library's sync state: remote id, the server's ``updatedAt`` and status, and base copies.

Sync metadata lives in columns of ``journeys``; they are the truth, and ``Library.load`` writes
them into the document's ``id`` and ``updatedAt``. Sync states (:class:`SyncState`): ``local``
(never pushed), ``synced``, ``modified`` (unpushed edits), ``remote_changed`` (the server
moved, no local edits), ``conflict`` (both moved).

The *base copy* of a journey is the server's copy as last pulled or pushed (``base_copies``):
a push compares mine and theirs against it (:func:`journey_builder.model.sync_case.classify`), so
that a publish, activate or pause on the server is no conflict. Saving a document
``from_server`` stores it as the base too; :meth:`SyncMixin.record_pushed` after a push.
"""

from __future__ import annotations

import sqlite3

from journey_builder.errors import LibraryError
from journey_builder.model import Journey, JourneyDocument
from journey_builder.model.sync_case import SyncCase, classify
from journey_builder.storage.files import document_to_text
from journey_builder.storage.library_core import LibraryBase, parse_stored
from journey_builder.storage.library_entries import LibraryEntry, SyncState, utc_now_text

__all__ = ["SyncMixin"]


def _as_document(server_copy: JourneyDocument | Journey) -> JourneyDocument:
    if isinstance(server_copy, Journey):
        return JourneyDocument.from_journey(server_copy)
    return server_copy


class SyncMixin(LibraryBase):
    """Sync metadata and base copies of the library's journeys."""

    def mark_synced(
        self,
        journey_id: str,
        remote_id: str,
        updated_at: str | None,
        status: str | None = None,
        *,
        revision: int | None = None,
    ) -> LibraryEntry:
        """Record a successful push or pull: the remote id, the server's ``updatedAt`` and status.

        Pass the ``revision`` of the entry whose document was pushed: if the journey was edited
        meanwhile (an autosave during the push), it stays ``modified``, so that edit is pushed
        later rather than forgotten. ``status`` None keeps the last known status.
        """
        with self._transaction("record the sync") as conn:
            self._mark_synced_in(conn, journey_id, remote_id, updated_at, status, revision)
            return self._row(conn, journey_id)

    def _mark_synced_in(
        self,
        conn: sqlite3.Connection,
        journey_id: str,
        remote_id: str,
        updated_at: str | None,
        status: str | None,
        revision: int | None,
    ) -> None:
        """:meth:`mark_synced`'s change, inside the caller's transaction."""
        entry = self._row(conn, journey_id)
        edited_since = revision is not None and revision != entry.revision
        state = SyncState.MODIFIED if edited_since else SyncState.SYNCED
        conn.execute(
            "UPDATE journeys SET remote_id = ?, remote_updated_at = ?, remote_status = ?, "
            "dirty = ?, sync_state = ? WHERE id = ?",
            (
                remote_id,
                updated_at,
                status if status is not None else entry.status,
                int(edited_since),
                state.value,
                journey_id,
            ),
        )

    def set_remote_status(
        self, journey_id: str, status: str | None, updated_at: str | None = None
    ) -> LibraryEntry:
        """Record a lifecycle change made by us (publish, activate, pause); edits stay unpushed."""
        with self._transaction("record the journey's status") as conn:
            entry = self._row(conn, journey_id)
            self._need_remote(entry)
            conn.execute(
                "UPDATE journeys SET remote_status = ?, remote_updated_at = ? WHERE id = ?",
                (status, updated_at or entry.remote_updated_at, journey_id),
            )
            return self._row(conn, journey_id)

    def mark_remote_changed(self, journey_id: str) -> LibraryEntry:
        """The server's copy moved since we last saw it: ``remote_changed``, or ``conflict`` if
        there are local edits too. The ``updatedAt`` last seen is kept, as the base of the next push."""
        with self._transaction("record the remote change") as conn:
            entry = self._row(conn, journey_id)
            self._need_remote(entry)
            state = SyncState.CONFLICT if entry.dirty else SyncState.REMOTE_CHANGED
            conn.execute(
                "UPDATE journeys SET sync_state = ? WHERE id = ?", (state.value, journey_id)
            )
            return self._row(conn, journey_id)

    def mark_conflict(self, journey_id: str) -> LibraryEntry:
        """Both copies moved: the user must choose (keep mine, take theirs, keep both)."""
        with self._transaction("record the conflict") as conn:
            entry = self._row(conn, journey_id)
            self._need_remote(entry)
            conn.execute("UPDATE journeys SET sync_state = 'conflict' WHERE id = ?", (journey_id,))
            return self._row(conn, journey_id)

    @staticmethod
    def _need_remote(entry: LibraryEntry) -> None:
        if entry.remote_id is None:
            raise LibraryError(f'"{entry.name}" has never been pushed, so it has no remote copy.')

    # --- base copies -----------------------------------------------------------------------------

    def get_base(self, journey_id: str) -> JourneyDocument | None:
        """The server's copy as last pulled or pushed, or None (never synced since base copies
        were kept, or the stored copy is damaged: a push then falls back to ``updatedAt``)."""
        with self._reading("read the base copy") as conn:
            self._row(conn, journey_id)
            row = conn.execute(
                "SELECT document FROM base_copies WHERE journey_id = ?", (journey_id,)
            ).fetchone()
        if row is None:
            return None
        try:
            return parse_stored(row[0], f"the base copy of {journey_id}")[1]
        except LibraryError:
            return None

    def set_base(self, journey_id: str, server_copy: JourneyDocument | Journey) -> None:
        """Keep ``server_copy`` (the server's journey as returned) as the journey's base copy."""
        text = document_to_text(_as_document(server_copy))
        with self._transaction("keep the base copy") as conn:
            self._row(conn, journey_id)
            self._write_base(conn, journey_id, text)

    def clear_base(self, journey_id: str) -> None:
        """Forget the base copy (the next push compares ``updatedAt`` only)."""
        with self._transaction("forget the base copy") as conn:
            conn.execute("DELETE FROM base_copies WHERE journey_id = ?", (journey_id,))

    @staticmethod
    def _write_base(conn: sqlite3.Connection, journey_id: str, text: str) -> None:
        conn.execute(
            "INSERT INTO base_copies (journey_id, document, saved_at) VALUES (?, ?, ?) "
            "ON CONFLICT (journey_id) DO UPDATE SET document = excluded.document, "
            "saved_at = excluded.saved_at",
            (journey_id, text, utc_now_text()),
        )

    def record_pushed(
        self, journey_id: str, journey: Journey, *, revision: int | None = None
    ) -> LibraryEntry:
        """After a successful push: :meth:`mark_synced` with the server's answer, and that
        answer as the new base copy, in one transaction. ``revision`` as for mark_synced."""
        text = document_to_text(_as_document(journey)) if journey.definition is not None else None
        with self._transaction("record the push") as conn:
            self._mark_synced_in(
                conn, journey_id, journey.id, journey.updatedAt, journey.status, revision
            )
            if text is not None:
                self._write_base(conn, journey_id, text)
            return self._row(conn, journey_id)

    def record_lifecycle(self, journey_id: str, journey: Journey) -> LibraryEntry:
        """After publish, activate or pause: the server's status; and, when the server's
        content is still the base copy's, its new ``updatedAt`` and base copy too (a lifecycle
        call moves ``updatedAt``; taking that as "seen" must never hide someone else's edit)."""
        with self._lock:  # no save between reading the base copy and writing the new one
            base = self.get_base(journey_id)
            theirs = _as_document(journey) if journey.definition is not None else None
            same = (
                base is not None
                and theirs is not None
                and classify(base, base, theirs) in (SyncCase.UNCHANGED, SyncCase.LIFECYCLE_ONLY)
            )
            text = document_to_text(theirs) if same and theirs is not None else None
            return self._record_status(journey_id, journey, text)

    def _record_status(
        self, journey_id: str, journey: Journey, base_text: str | None
    ) -> LibraryEntry:
        with self._transaction("record the journey's status") as conn:
            entry = self._row(conn, journey_id)
            self._need_remote(entry)
            conn.execute(
                "UPDATE journeys SET remote_status = ?, remote_updated_at = ? WHERE id = ?",
                (
                    journey.status if journey.status is not None else entry.status,
                    journey.updatedAt if base_text is not None else entry.remote_updated_at,
                    journey_id,
                ),
            )
            if base_text is not None:
                self._write_base(conn, journey_id, base_text)
            return self._row(conn, journey_id)
