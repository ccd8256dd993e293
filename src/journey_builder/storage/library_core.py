"""The library's connection: opening (with migrations), transactions and the entry row.

Durability: the database runs in WAL mode with ``synchronous=FULL``. WAL with ``NORMAL`` already
survives a killed process (a commit is in the WAL, in the OS cache, before ``commit`` returns); it
can lose the last commits on a power cut. ``FULL`` adds one fsync of the WAL per commit, so that
"saved" also means saved after a power cut; autosave commits about once a second, so the cost is
small (see ``benchmarks/bench_library.py``). Every write is one ``BEGIN IMMEDIATE`` transaction:
an error, a full disk or a kill leaves the library as it was before the write.

Threads: a library holds one connection, opened with ``check_same_thread=False`` and guarded by
a lock, so one object may be shared by the GUI thread and a background saver; calls are
serialised. Processes: several may open the same file; a writer waits up to
:data:`BUSY_TIMEOUT` seconds for another.

:class:`LibraryBase` is what the parts of :class:`~journey_builder.storage.library.Library`
(documents, history, sync state, queue, session) build on; each part is a subclass of it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any, Self

from journey_builder.errors import JourneyFileError, LibraryEntryNotFoundError, LibraryError
from journey_builder.model import JourneyDocument
from journey_builder.storage import library_location
from journey_builder.storage._sqlite_errors import library_errors
from journey_builder.storage.files import document_from_object
from journey_builder.storage.library_entries import ENTRY_COLUMNS, LibraryEntry, entry_from_row
from journey_builder.storage.library_location import default_library_path
from journey_builder.storage.library_schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

__all__ = ["BUSY_TIMEOUT", "LibraryBase", "parse_stored"]

#: Seconds a write waits for another process that is writing.
BUSY_TIMEOUT = 5.0

_WAL_SIZE_LIMIT = 32 * 1024 * 1024


def _fold(value: object) -> str | None:
    """Case-insensitive comparison for any script (SQLite's own is ASCII only)."""
    return value.casefold() if isinstance(value, str) else None


def parse_stored(text: str, what: str) -> tuple[dict[str, Any], JourneyDocument]:
    """Parse a stored document; a failure means the row is damaged, which we say plainly."""
    try:
        obj = json.loads(text)
        return obj, document_from_object(obj, source=what)
    except (ValueError, RecursionError, JourneyFileError) as exc:
        raise LibraryError(f"The stored document of {what} is damaged ({exc}).") from None


class LibraryBase:
    """One SQLite library file, open; see the module docstring."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = default_library_path(path)
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

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.path)!r})"

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
