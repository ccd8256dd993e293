"""The local library (DESIGN §6): offline drafts in SQLite, with sync state, history and session.

Where it lives: ``default_library_path()``: ``--library PATH``, else ``JOURNEY_BUILDER_LIBRARY``,
else ``library.sqlite3`` in platformdirs' user data directory for ``journey-builder``.

Durability: the database runs in WAL mode with ``synchronous=FULL``. WAL with ``NORMAL`` already
survives a killed process (a commit is in the WAL, in the OS cache, before ``commit`` returns); it
can lose the last commits on a power cut. ``FULL`` adds one fsync of the WAL per commit, so that
"saved" also means saved after a power cut; autosave commits about once a second, so the cost is
small (see ``benchmarks/bench_library.py``). Every write is one ``BEGIN IMMEDIATE`` transaction:
an error, a full disk or a kill leaves the library as it was before the write.

Threads: a :class:`Library` holds one connection, opened with ``check_same_thread=False`` and
guarded by a lock, so one object may be shared by the GUI thread and a background saver; calls
are serialised. Processes: several may open the same file; a writer waits up to
:data:`BUSY_TIMEOUT` seconds for another.

Sync metadata (remote id, the server's ``updatedAt`` last seen, remote status) lives in columns;
they are the truth, and :meth:`Library.load` writes them into the document's ``id`` and
``updatedAt``. Sync states (:class:`SyncState`): ``local`` (never pushed), ``synced``,
``modified`` (unpushed edits), ``remote_changed`` (the server moved, no local edits), ``conflict``
(both moved).
"""

from __future__ import annotations

import builtins
import json
import os
import sqlite3
import threading
import uuid
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime, timedelta
from typing import Any

from journey_builder.errors import JourneyFileError, LibraryEntryNotFoundError, LibraryError
from journey_builder.model import SERVER_MANAGED_FIELDS, JourneyDocument
from journey_builder.storage import library_location
from journey_builder.storage._sqlite_errors import library_errors
from journey_builder.storage.files import (
    FileShape,
    detect_shape,
    document_from_object,
    document_to_text,
)
from journey_builder.storage.library_entries import (
    ENTRY_COLUMNS,
    HistorySnapshot,
    LibraryEntry,
    OpenTabs,
    SortKey,
    SyncState,
    entry_from_row,
    iso_utc,
    parse_utc,
    utc_now_text,
)
from journey_builder.storage.library_location import (
    LIBRARY_ENV,
    LIBRARY_FILENAME,
    default_library_path,
)
from journey_builder.storage.library_schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

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
    "SortKey",
    "SyncState",
    "default_library_path",
]

#: Seconds a write waits for another process that is writing.
BUSY_TIMEOUT = 5.0
#: Snapshots kept per journey in the recent history.
HISTORY_LIMIT = 50
#: A save takes a history snapshot when the newest one is older than this (seconds).
HISTORY_INTERVAL = 60.0

_WAL_SIZE_LIMIT = 32 * 1024 * 1024
_ID_PREFIX_MIN = 6

_ORDER_BY: dict[str, str] = {
    "modified": "modified_at DESC, id",
    "created": "created_at DESC, id",
    "name": "jb_fold(name), name, id",
}


def _fold(value: object) -> str | None:
    """Case-insensitive comparison for any script (SQLite's own is ASCII only)."""
    return value.casefold() if isinstance(value, str) else None


def _parse_stored(text: str, what: str) -> tuple[dict[str, Any], JourneyDocument]:
    """Parse a stored document; a failure means the row is damaged, which we say plainly."""
    try:
        obj = json.loads(text)
        return obj, document_from_object(obj, source=what)
    except (ValueError, RecursionError, JourneyFileError) as exc:
        raise LibraryError(f"The stored document of {what} is damaged ({exc}).") from None


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


class Library:
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
        self.path = default_library_path(path)
        self.history_limit = max(1, history_limit)
        self.history_interval = max(0.0, history_interval)
        self._lock = threading.RLock()
        library_location.ensure_default_folder(self.path)
        self._conn: sqlite3.Connection | None = self._open()

    # --- opening and closing -----------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        library_location.check_library_file(self.path)
        with library_errors(self.path, "open the library"):
            conn = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT,
                isolation_level=None,
                check_same_thread=False,
            )
        try:
            with library_errors(self.path, "open the library"):
                self._prepare(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _prepare(self, conn: sqlite3.Connection) -> None:
        conn.create_function("jb_fold", 1, _fold, deterministic=True)
        # Reads first: they validate the file and change nothing, so a refusal leaves it intact.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        self._refuse_newer(version)
        if tables and app_id != APPLICATION_ID:
            raise LibraryError(
                f"{self.path} is an SQLite database of another program, not a Journey Builder "
                "library. It was left as it is; choose another file with --library or "
                "JOURNEY_BUILDER_LIBRARY."
            )
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA journal_size_limit = {_WAL_SIZE_LIMIT}")
        if version < SCHEMA_VERSION:
            self._migrate(conn)

    def _refuse_newer(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise LibraryError(
                f"The library {self.path} was written by a newer Journey Builder (library "
                f"format {version}; this version reads up to {SCHEMA_VERSION}). It was left "
                "as it is: update Journey Builder to open it."
            )

    def _migrate(self, conn: sqlite3.Connection) -> None:
        """Apply the missing migrations in one transaction: all of them, or none."""
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the write lock.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            self._refuse_newer(version)
            for statements in MIGRATIONS[version:]:
                for statement in statements:
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            raise

    @property
    def schema_version(self) -> int:
        """The library format version of the open file."""
        with self._reading("read the library version") as conn:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        """Close the connection (SQLite checkpoints the WAL when the last one closes)."""
        with self._lock:
            if self._conn is not None:
                conn, self._conn = self._conn, None
                with suppress(sqlite3.Error):
                    conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Library({str(self.path)!r})"

    # --- transactions --------------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise LibraryError(f"The library {self.path} is closed.")
        return self._conn

    @contextmanager
    def _reading(self, action: str) -> Iterator[sqlite3.Connection]:
        with self._lock, library_errors(self.path, action):
            yield self._connection()

    @contextmanager
    def _transaction(self, action: str) -> Iterator[sqlite3.Connection]:
        """One write transaction; any error rolls it back, so the library is as it was."""
        with self._lock, library_errors(self.path, action):
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    with suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                raise

    def _row(self, conn: sqlite3.Connection, journey_id: str) -> LibraryEntry:
        row = conn.execute(
            f"SELECT {ENTRY_COLUMNS} FROM journeys WHERE id = ?", (journey_id,)
        ).fetchone()
        if row is None:
            raise LibraryEntryNotFoundError(
                f'There is no journey with the id "{journey_id}" in the library {self.path}.'
            )
        return entry_from_row(row)

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
        _, doc = _parse_stored(text, f'"{entry.name}" ({entry.id})')
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
        ``synced`` when ``from_server`` (a pull), else ``modified`` (an imported file may differ
        from the server); without one it is ``local``."""
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
        ``from_server`` (a pull) the document's ``id``/``updatedAt`` become the sync metadata and
        the entry is ``synced``. Saving the same text again changes nothing. A history snapshot
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

    def _wants_snapshot(
        self, conn: sqlite3.Connection, journey_id: str, snapshot: bool | None, from_server: bool
    ) -> bool:
        if snapshot is not None:
            return snapshot
        if from_server:
            return True
        newest = conn.execute(
            "SELECT max(saved_at) FROM history WHERE journey_id = ?", (journey_id,)
        ).fetchone()[0]
        if newest is None:
            return True
        cutoff = datetime.now(UTC) - timedelta(seconds=self.history_interval)
        return bool(parse_utc(newest) <= cutoff)

    def _snapshot(
        self,
        conn: sqlite3.Connection,
        journey_id: str,
        name: str,
        revision: int,
        text: str,
        now: str,
    ) -> None:
        """Add a compressed snapshot and keep only the newest ``history_limit``."""
        conn.execute(
            "INSERT INTO history (journey_id, saved_at, name, revision, document) "
            "VALUES (?, ?, ?, ?, ?)",
            (journey_id, now, name, revision, zlib.compress(text.encode("utf-8"))),
        )
        conn.execute(
            "DELETE FROM history WHERE journey_id = ? AND seq NOT IN "
            "(SELECT seq FROM history WHERE journey_id = ? ORDER BY seq DESC LIMIT ?)",
            (journey_id, journey_id, self.history_limit),
        )

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
            _, doc = _parse_stored(text, f'"{entry.name}" ({entry.id})')
            doc.name = new_name
            return self._store(conn, journey_id, document_to_text(doc), doc, False, None)

    def duplicate(self, journey_id: str, name: str | None = None) -> LibraryEntry:
        """A new local journey with the same content, not linked to any remote journey.

        The default name is "<name> (copy)", numbered when that is taken. Server-managed fields
        (``id``, ``updatedAt``, ``status``...) are dropped from the copy; everything else is kept.
        """
        with self._transaction("duplicate the journey") as conn:
            entry = self._row(conn, journey_id)
            text = conn.execute(
                "SELECT document FROM journeys WHERE id = ?", (journey_id,)
            ).fetchone()[0]
            obj, _ = _parse_stored(text, f'"{entry.name}" ({entry.id})')
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
        """Delete a journey in the trash for good, with its history. Refused outside the trash."""
        with self._transaction("delete the journey") as conn:
            entry = self._row(conn, journey_id)
            if not entry.in_trash:
                raise LibraryError(
                    f'"{entry.name}" is not in the trash; move it to the trash before '
                    "deleting it for good. Nothing was deleted."
                )
            conn.execute("DELETE FROM journeys WHERE id = ?", (journey_id,))

    def empty_trash(self) -> int:
        """Delete every journey in the trash for good; returns how many."""
        with self._transaction("empty the trash") as conn:
            cursor = conn.execute("DELETE FROM journeys WHERE deleted_at IS NOT NULL")
            return cursor.rowcount

    # --- sync metadata -----------------------------------------------------------------------

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
            return self._row(conn, journey_id)

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

    # --- history -------------------------------------------------------------------------------

    def history(self, journey_id: str) -> builtins.list[HistorySnapshot]:
        """The journey's recent snapshots, newest first (at most ``history_limit``)."""
        with self._reading("read the history") as conn:
            self._row(conn, journey_id)
            rows = conn.execute(
                "SELECT seq, journey_id, saved_at, name, revision FROM history "
                "WHERE journey_id = ? ORDER BY seq DESC",
                (journey_id,),
            ).fetchall()
        return [
            HistorySnapshot(seq, jid, parse_utc(saved), name, revision)
            for seq, jid, saved, name, revision in rows
        ]

    def history_document(self, seq: int) -> JourneyDocument:
        """The document of one history snapshot."""
        with self._reading("read the history") as conn:
            row = conn.execute("SELECT document FROM history WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            raise LibraryEntryNotFoundError(f"There is no history snapshot number {seq}.")
        try:
            text = zlib.decompress(row[0]).decode("utf-8")
        except (zlib.error, UnicodeDecodeError) as exc:
            raise LibraryError(f"History snapshot {seq} is damaged ({exc}).") from None
        return _parse_stored(text, f"history snapshot {seq}")[1]

    def restore_snapshot(self, journey_id: str, seq: int) -> LibraryEntry:
        """Make a snapshot the current document again (a local edit; the history keeps both)."""
        with self._reading("read the history") as conn:
            owner = conn.execute("SELECT journey_id FROM history WHERE seq = ?", (seq,)).fetchone()
        if owner is not None and owner[0] != journey_id:
            raise LibraryError(f"History snapshot {seq} belongs to another journey.")
        doc = self.history_document(seq)
        return self.save_document(journey_id, doc, snapshot=True)

    # --- session -------------------------------------------------------------------------------

    def set_open_tabs(self, journey_ids: Sequence[str], active: str | None = None) -> None:
        """Remember the open tabs, in order, and the active one (for a restart)."""
        ids = list(dict.fromkeys(journey_ids))
        if active is not None and active not in ids:
            raise LibraryError("The active tab must be one of the open tabs.")
        with self._transaction("remember the open tabs") as conn:
            for journey_id in ids:
                self._row(conn, journey_id)
            conn.execute("DELETE FROM open_tabs")
            conn.executemany(
                "INSERT INTO open_tabs (position, journey_id, active) VALUES (?, ?, ?)",
                [(i, jid, int(jid == active)) for i, jid in enumerate(ids)],
            )

    def get_open_tabs(self) -> OpenTabs:
        """The tabs to reopen; journeys since put in the trash or deleted are left out."""
        with self._reading("read the open tabs") as conn:
            rows = conn.execute(
                "SELECT t.journey_id, t.active FROM open_tabs t JOIN journeys j "
                "ON j.id = t.journey_id WHERE j.deleted_at IS NULL ORDER BY t.position"
            ).fetchall()
        active = next((jid for jid, is_active in rows if is_active), None)
        return OpenTabs(tuple(jid for jid, _ in rows), active)

    # --- settings ------------------------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        """A setting's value (any JSON value), or ``default``."""
        with self._reading("read the settings") as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except ValueError:
            return default

    def set_setting(self, key: str, value: Any) -> None:
        """Store a setting; ``value`` must be JSON-serialisable."""
        try:
            text = json.dumps(value, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise LibraryError(f'The setting "{key}" cannot be stored ({exc}).') from None
        with self._transaction(f'save the setting "{key}"') as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, text),
            )

    def delete_setting(self, key: str) -> None:
        """Forget a setting (no error if it was not set)."""
        with self._transaction(f'remove the setting "{key}"') as conn:
            conn.execute("DELETE FROM settings WHERE key = ?", (key,))
