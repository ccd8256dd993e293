"""The local library (DESIGN §6): offline drafts in SQLite, with sync state, history and session.

Where it lives: ``default_library_path()``: ``--library PATH``, else ``JOURNEY_BUILDER_LIBRARY``,
else ``library.sqlite3`` in platformdirs' user data directory for ``journey-builder``.

:class:`Library` is made of parts, one module each: the connection, transactions and migrations
(:mod:`.library_core`: durability and threads are explained there), the recent history
(:mod:`.library_history`), sync state and base copies (:mod:`.library_sync`), the offline
queue (:mod:`.library_queue`), open tabs, settings and preview samples
(:mod:`.library_session`). This module adds reading, writing documents and the trash, and
exports every name callers use.
"""

from __future__ import annotations

import builtins
import json
import os
import sqlite3
import uuid
from collections.abc import Sequence
from typing import Any

from journey_builder.errors import JourneyFileError, LibraryEntryNotFoundError, LibraryError
from journey_builder.model import SERVER_MANAGED_FIELDS, JourneyDocument
from journey_builder.storage.files import (
    FileShape,
    detect_shape,
    document_from_object,
    document_to_text,
)
from journey_builder.storage.library_core import BUSY_TIMEOUT, parse_stored
from journey_builder.storage.library_entries import (
    ENTRY_COLUMNS,
    HistorySnapshot,
    LibraryEntry,
    OpenTabs,
    QueueAction,
    QueuedChange,
    QueueState,
    SortKey,
    SyncState,
    entry_from_row,
    iso_utc,
    utc_now_text,
)
from journey_builder.storage.library_history import HISTORY_INTERVAL, HISTORY_LIMIT, HistoryMixin
from journey_builder.storage.library_location import (
    LIBRARY_ENV,
    LIBRARY_FILENAME,
    default_library_path,
)
from journey_builder.storage.library_queue import QueueMixin
from journey_builder.storage.library_session import SessionMixin
from journey_builder.storage.library_sync import SyncMixin

__all__ = [
    "BUSY_TIMEOUT",
    "HISTORY_INTERVAL",
    "HISTORY_LIMIT",
    "LIBRARY_ENV",
    "LIBRARY_FILENAME",
    "HistorySnapshot",
    "Library",
    "LibraryEntry",
    "OpenTabs",
    "QueueAction",
    "QueueState",
    "QueuedChange",
    "SortKey",
    "SyncState",
    "default_library_path",
]

_ID_PREFIX_MIN = 6

_ORDER_BY: dict[str, str] = {
    "modified": "modified_at DESC, id",
    "created": "created_at DESC, id",
    "name": "jb_fold(name), name, id",
}


def _document_text(doc: JourneyDocument | str) -> tuple[str, JourneyDocument]:
    """The file-form text to store and the parsed document, checking text before it is stored."""
    if isinstance(doc, JourneyDocument):
        return document_to_text(doc), doc
    try:
        obj = json.loads(doc)
    except (ValueError, RecursionError) as exc:
        raise LibraryError(f"Not saved: the journey text is not valid JSON ({exc}).") from None
    try:
        shape = detect_shape(obj)
        parsed = document_from_object(obj)
    except JourneyFileError as exc:
        raise LibraryError(f"Not saved: the text is not a journey ({exc}).") from None
    if shape in (FileShape.DOCUMENT, FileShape.JOURNEY):
        return doc, parsed
    return document_to_text(parsed), parsed


def _remote_status(doc: JourneyDocument) -> str | None:
    status = doc.extra_fields.get("status")
    return status if isinstance(status, str) else None


class Library(HistoryMixin, SyncMixin, QueueMixin, SessionMixin):
    """The local library of journeys in one SQLite file; see the module docstring.

    Use it as a context manager, or call :meth:`close`. Every method raises
    :class:`LibraryError` (or :class:`LibraryEntryNotFoundError`) with a sentence for the user;
    a failed write changes nothing.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        history_limit: int = HISTORY_LIMIT,
        history_interval: float = HISTORY_INTERVAL,
    ) -> None:
        self.history_limit = max(1, history_limit)
        self.history_interval = max(0.0, history_interval)
        super().__init__(path)

    # --- reading -------------------------------------------------------------------------------

    def get(self, journey_id: str) -> LibraryEntry:
        """The entry with this local id (in the trash or not)."""
        with self._reading("read the library") as conn:
            return self._row(conn, journey_id)

    def _entry_and_text(self, journey_id: str) -> tuple[LibraryEntry, str]:
        with self._reading("read the journey") as conn:
            row = conn.execute(
                f"SELECT {ENTRY_COLUMNS}, document FROM journeys WHERE id = ?", (journey_id,)
            ).fetchone()
            if row is None:
                self._row(conn, journey_id)  # raises the not-found error
        return entry_from_row(row[:-1]), str(row[-1])

    def document_text(self, journey_id: str) -> str:
        """The stored document, as file-form JSON text."""
        return self._entry_and_text(journey_id)[1]

    def load(self, journey_id: str) -> JourneyDocument:
        """The journey's document, with ``id``/``updatedAt`` from the sync metadata."""
        entry, text = self._entry_and_text(journey_id)
        _, doc = parse_stored(text, f'"{entry.name}" ({entry.id})')
        if entry.remote_id is not None:
            if doc.id != entry.remote_id:
                doc.id = entry.remote_id
            if entry.remote_updated_at is not None and doc.updatedAt != entry.remote_updated_at:
                doc.updatedAt = entry.remote_updated_at
        return doc

    def list(
        self,
        include_trash: bool = False,
        search: str | None = None,
        sort: SortKey = "modified",
        *,
        only_trash: bool = False,
    ) -> builtins.list[LibraryEntry]:
        """Entries, without their documents. ``search`` matches names (any case) and remote ids."""
        if sort not in _ORDER_BY:
            raise LibraryError(
                f'Cannot sort by "{sort}"; choose one of: {", ".join(sorted(_ORDER_BY))}.'
            )
        where: builtins.list[str] = []
        params: builtins.list[Any] = []
        if only_trash:
            where.append("deleted_at IS NOT NULL")
        elif not include_trash:
            where.append("deleted_at IS NULL")
        if search and search.strip():
            where.append("(instr(jb_fold(name), ?) > 0 OR instr(remote_id, ?) > 0)")
            params += [search.strip().casefold(), search.strip()]
        sql = f"SELECT {ENTRY_COLUMNS} FROM journeys"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {_ORDER_BY[sort]}"
        with self._reading("list the library") as conn:
            return [entry_from_row(row) for row in conn.execute(sql, params)]

    def trash(self) -> builtins.list[LibraryEntry]:
        """Entries in the trash, most recently changed first."""
        return self.list(only_trash=True)

    def find(self, id_or_name: str) -> LibraryEntry:
        """The entry named by a local id, a remote id, a name, or a local id prefix (6+ characters).

        Names and remote ids are looked up outside the trash; an exact name wins over a
        case-insensitive one. A name shared by several journeys raises :class:`LibraryError`
        listing them, so the user can pick by id.
        """
        key = id_or_name.strip()
        if not key:
            raise LibraryEntryNotFoundError("Give the id or the name of a journey.")
        with self._reading("search the library") as conn:
            row = conn.execute(
                f"SELECT {ENTRY_COLUMNS} FROM journeys WHERE id = ?", (key,)
            ).fetchone()
            if row is not None:
                return entry_from_row(row)
            live = f"SELECT {ENTRY_COLUMNS} FROM journeys WHERE deleted_at IS NULL AND "
            lookups = (
                ("remote id", live + "remote_id = ?", key),
                ("name", live + "name = ?", key),
                ("name", live + "jb_fold(name) = ?", key.casefold()),
            )
            for what, sql, value in lookups:
                matches = [
                    entry_from_row(r)
                    for r in conn.execute(sql + " ORDER BY modified_at DESC", (value,))
                ]
                if len(matches) == 1:
                    return matches[0]
                if matches:
                    raise self._ambiguous(key, what, matches)
            if len(key) >= _ID_PREFIX_MIN:
                escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                matches = [
                    entry_from_row(r)
                    for r in conn.execute(
                        f"SELECT {ENTRY_COLUMNS} FROM journeys WHERE id LIKE ? ESCAPE '\\' "
                        "ORDER BY modified_at DESC",
                        (escaped + "%",),
                    )
                ]
                if len(matches) == 1:
                    return matches[0]
                if matches:
                    raise self._ambiguous(key, "id prefix", matches)
        raise LibraryEntryNotFoundError(
            f'No journey in the library {self.path} has the id or name "{key}".'
        )

    @staticmethod
    def _ambiguous(key: str, what: str, matches: Sequence[LibraryEntry]) -> LibraryError:
        listed = "; ".join(
            f'{m.id} "{m.name}" (changed {m.modified_at:%Y-%m-%d %H:%M} UTC)' for m in matches
        )
        return LibraryError(
            f'{len(matches)} journeys match the {what} "{key}"; use one of their ids: {listed}.'
        )

    # --- writing documents ---------------------------------------------------------------------

    def create(
        self,
        doc: JourneyDocument | str,
        *,
        from_server: bool = False,
    ) -> LibraryEntry:
        """Add a journey. With a remote ``id`` in the document it is linked to that journey,
        ``synced`` when ``from_server`` (a pull, and the document becomes the base copy), else
        ``modified`` (an imported file may differ from the server); without one it is
        ``local``."""
        text, parsed = _document_text(doc)
        remote_id = parsed.id
        if from_server and remote_id is None:
            raise LibraryError("A journey from the server must carry its id; nothing was saved.")
        if remote_id is None:
            state, dirty = SyncState.LOCAL, True
        elif from_server:
            state, dirty = SyncState.SYNCED, False
        else:
            state, dirty = SyncState.MODIFIED, True
        journey_id = str(uuid.uuid4())
        now = utc_now_text()
        with self._transaction(f'add "{parsed.display_name}" to the library') as conn:
            conn.execute(
                "INSERT INTO journeys (id, name, document, created_at, modified_at, remote_id, "
                "remote_updated_at, remote_status, dirty, sync_state, revision) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                (
                    journey_id,
                    parsed.display_name,
                    text,
                    now,
                    now,
                    remote_id,
                    parsed.updatedAt if remote_id else None,
                    _remote_status(parsed) if remote_id else None,
                    int(dirty),
                    state.value,
                ),
            )
            self._snapshot(conn, journey_id, parsed.display_name, 1, text, now)
            if from_server:
                self._write_base(conn, journey_id, text)
            return self._row(conn, journey_id)

    def save_document(
        self,
        journey_id: str,
        doc: JourneyDocument | str,
        *,
        from_server: bool = False,
        snapshot: bool | None = None,
    ) -> LibraryEntry:
        """Store a new version of the journey's document, in one transaction.

        ``doc`` is a document or its file-form text (as :func:`document_to_text` makes it; the
        text is checked before it is stored). A local edit marks the entry dirty and moves its
        sync state (``synced`` -> ``modified``, ``remote_changed`` -> ``conflict``). With
        ``from_server`` (a pull) the document's ``id``/``updatedAt`` become the sync metadata, the
        entry is ``synced`` and the document is its base copy. Saving the same text again changes nothing. A history snapshot
        is taken when ``snapshot`` is true, or (when it is None) for a pull or when the newest
        snapshot is older than ``history_interval``.
        """
        text, parsed = _document_text(doc)
        with self._transaction(f'save "{parsed.display_name}"') as conn:
            return self._store(conn, journey_id, text, parsed, from_server, snapshot)

    def _store(
        self,
        conn: sqlite3.Connection,
        journey_id: str,
        text: str,
        parsed: JourneyDocument,
        from_server: bool,
        snapshot: bool | None,
    ) -> LibraryEntry:
        entry = self._row(conn, journey_id)
        same = conn.execute(
            "SELECT document = ? FROM journeys WHERE id = ?", (text, journey_id)
        ).fetchone()[0]
        now = utc_now_text()
        if from_server:
            remote_id = parsed.id or entry.remote_id
            if remote_id is None:
                raise LibraryError(
                    "A journey from the server must carry its id; nothing was saved."
                )
            remote_updated_at = parsed.updatedAt or entry.remote_updated_at
            status = _remote_status(parsed) or entry.status
            state, dirty = SyncState.SYNCED, False
            self._write_base(conn, journey_id, text)
        else:
            if same:
                return entry
            remote_id, remote_updated_at, status = (
                entry.remote_id,
                entry.remote_updated_at,
                entry.status,
            )
            state, dirty = entry.sync_state.after_local_edit(), True
        revision = entry.revision if same else entry.revision + 1
        conn.execute(
            "UPDATE journeys SET name = ?, document = ?, modified_at = ?, remote_id = ?, "
            "remote_updated_at = ?, remote_status = ?, dirty = ?, sync_state = ?, revision = ? "
            "WHERE id = ?",
            (
                parsed.display_name,
                text,
                iso_utc(entry.modified_at) if same else now,
                remote_id,
                remote_updated_at,
                status,
                int(dirty),
                state.value,
                revision,
                journey_id,
            ),
        )
        if not same and self._wants_snapshot(conn, journey_id, snapshot, from_server):
            self._snapshot(conn, journey_id, parsed.display_name, revision, text, now)
        return self._row(conn, journey_id)

    def rename(self, journey_id: str, name: str) -> LibraryEntry:
        """Rename the journey (its document's ``name`` too); an edit like any other."""
        new_name = name.strip()
        if not new_name:
            raise LibraryError("A journey needs a name; the name was not changed.")
        with self._transaction(f'rename the journey to "{new_name}"') as conn:
            entry = self._row(conn, journey_id)
            text = conn.execute(
                "SELECT document FROM journeys WHERE id = ?", (journey_id,)
            ).fetchone()[0]
            _, doc = parse_stored(text, f'"{entry.name}" ({entry.id})')
            doc.name = new_name
            return self._store(conn, journey_id, document_to_text(doc), doc, False, None)

    def duplicate(self, journey_id: str, name: str | None = None) -> LibraryEntry:
        """A new local journey with the same content, not linked to any remote journey.

        The default name is "<name> (copy)", numbered when that is taken. Server-managed fields
        (``id``, ``updatedAt``, ``status``...) are dropped from the copy; everything else is kept,
        the preview samples too.
        """
        with self._transaction("duplicate the journey") as conn:
            entry = self._row(conn, journey_id)
            text = conn.execute(
                "SELECT document FROM journeys WHERE id = ?", (journey_id,)
            ).fetchone()[0]
            obj, _ = parse_stored(text, f'"{entry.name}" ({entry.id})')
            for key in SERVER_MANAGED_FIELDS:
                obj.pop(key, None)
            copy = document_from_object(obj)
            copy.name = (name or "").strip() or self._copy_name(conn, entry.name)
            copy_text = document_to_text(copy)
            new_id = str(uuid.uuid4())
            now = utc_now_text()
            conn.execute(
                "INSERT INTO journeys (id, name, document, created_at, modified_at, dirty, "
                "sync_state, revision) VALUES (?, ?, ?, ?, ?, 1, 'local', 1)",
                (new_id, copy.display_name, copy_text, now, now),
            )
            self._snapshot(conn, new_id, copy.display_name, 1, copy_text, now)
            conn.execute(
                "INSERT INTO preview_samples (journey_id, data) "
                "SELECT ?, data FROM preview_samples WHERE journey_id = ?",
                (new_id, journey_id),
            )
            return self._row(conn, new_id)

    @staticmethod
    def _copy_name(conn: sqlite3.Connection, name: str) -> str:
        taken = {r[0] for r in conn.execute("SELECT name FROM journeys WHERE deleted_at IS NULL")}
        candidate = f"{name} (copy)"
        number = 2
        while candidate in taken:
            candidate = f"{name} (copy {number})"
            number += 1
        return candidate

    def restore_snapshot(self, journey_id: str, seq: int) -> LibraryEntry:
        """Make a snapshot the current document again (a local edit; the history keeps both)."""
        with self._reading("read the history") as conn:
            owner = conn.execute("SELECT journey_id FROM history WHERE seq = ?", (seq,)).fetchone()
        if owner is not None and owner[0] != journey_id:
            raise LibraryError(f"History snapshot {seq} belongs to another journey.")
        doc = self.history_document(seq)
        return self.save_document(journey_id, doc, snapshot=True)

    # --- trash -----------------------------------------------------------------------------------

    def move_to_trash(self, journey_id: str) -> LibraryEntry:
        """Put the journey in the trash (it stays loadable and can be restored)."""
        with self._transaction("move the journey to the trash") as conn:
            entry = self._row(conn, journey_id)
            if entry.in_trash:
                return entry
            conn.execute(
                "UPDATE journeys SET deleted_at = ? WHERE id = ?", (utc_now_text(), journey_id)
            )
            return self._row(conn, journey_id)

    def restore(self, journey_id: str) -> LibraryEntry:
        """Take the journey out of the trash."""
        with self._transaction("restore the journey from the trash") as conn:
            self._row(conn, journey_id)
            conn.execute("UPDATE journeys SET deleted_at = NULL WHERE id = ?", (journey_id,))
            return self._row(conn, journey_id)

    def purge(self, journey_id: str) -> None:
        """Delete a journey in the trash for good, with its history, base copy, preview samples
        and queued changes (but a queued delete of its remote copy). Refused outside the trash."""
        with self._transaction("delete the journey") as conn:
            entry = self._row(conn, journey_id)
            if not entry.in_trash:
                raise LibraryError(
                    f'"{entry.name}" is not in the trash; move it to the trash before '
                    "deleting it for good. Nothing was deleted."
                )
            self._drop_queued(conn, "journey_id = ?", (journey_id,))
            conn.execute("DELETE FROM journeys WHERE id = ?", (journey_id,))

    def empty_trash(self) -> int:
        """Delete every journey in the trash for good; returns how many."""
        with self._transaction("empty the trash") as conn:
            self._drop_queued(
                conn, "journey_id IN (SELECT id FROM journeys WHERE deleted_at IS NOT NULL)", ()
            )
            cursor = conn.execute("DELETE FROM journeys WHERE deleted_at IS NOT NULL")
            return cursor.rowcount

    @staticmethod
    def _drop_queued(conn: sqlite3.Connection, where: str, params: tuple[str, ...]) -> None:
        """Queued changes that need the local copy go with it; a queued delete stays (it
        carries the remote id and deletes the server's copy when the connection returns)."""
        conn.execute(f"DELETE FROM offline_queue WHERE action != 'delete' AND {where}", params)
