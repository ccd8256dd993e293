"""The library's SQLite schema, as a list of migrations applied in order.

``PRAGMA user_version`` holds the number of migrations applied; ``PRAGMA application_id`` marks
the file as a Journey Builder library, so that a database of another program is never touched.
A released migration is never edited: a change of schema is a new entry at the end of
:data:`MIGRATIONS`. Each entry is a list of single statements (not a script), because
``executescript`` would commit the transaction the migrations run in.
"""

from __future__ import annotations

__all__ = [
    "APPLICATION_ID",
    "MIGRATIONS",
    "QUEUE_ACTIONS",
    "QUEUE_STATES",
    "SCHEMA_VERSION",
    "SYNC_STATES",
]

#: "JBLB" as a big-endian 32-bit integer: marks a Journey Builder library.
APPLICATION_ID = 0x4A424C42

#: The values of ``journeys.sync_state`` (see :class:`journey_builder.storage.library.SyncState`).
SYNC_STATES = ("local", "synced", "modified", "remote_changed", "conflict")

#: The values of ``offline_queue.action`` and ``offline_queue.state``.
QUEUE_ACTIONS = ("push", "publish", "activate", "pause", "delete")
QUEUE_STATES = ("pending", "failed")


def _sql_list(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{value}'" for value in values)


_STATES_SQL = _sql_list(SYNC_STATES)

#: Version 1: journeys with their documents and sync metadata; settings.
_V1 = [
    f"""
    CREATE TABLE journeys (
        id                TEXT PRIMARY KEY,
        name              TEXT NOT NULL,
        document          TEXT NOT NULL,
        created_at        TEXT NOT NULL,
        modified_at       TEXT NOT NULL,
        remote_id         TEXT,
        remote_updated_at TEXT,
        dirty             INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1)),
        sync_state        TEXT NOT NULL DEFAULT 'local' CHECK (sync_state IN ({_STATES_SQL})),
        deleted_at        TEXT
    )
    """,
    "CREATE INDEX journeys_remote_id ON journeys (remote_id)",
    "CREATE INDEX journeys_modified_at ON journeys (modified_at)",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
]

#: Version 2: remote status, an edit counter (so that a push racing an autosave never clears
#: the dirty flag of an edit it did not send), recent history, and the open tabs.
_V2 = [
    "ALTER TABLE journeys ADD COLUMN remote_status TEXT",
    "ALTER TABLE journeys ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
    """
    CREATE TABLE history (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        journey_id TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
        saved_at   TEXT NOT NULL,
        name       TEXT NOT NULL,
        revision   INTEGER NOT NULL,
        document   BLOB NOT NULL
    )
    """,
    "CREATE INDEX history_journey ON history (journey_id, seq)",
    """
    CREATE TABLE open_tabs (
        position   INTEGER PRIMARY KEY,
        journey_id TEXT NOT NULL UNIQUE REFERENCES journeys (id) ON DELETE CASCADE,
        active     INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
    )
    """,
]

#: Version 3: base copies (the server's copy last pulled or pushed, for three-way sync), the
#: offline queue (pushes and lifecycle actions made while offline, sent in ``seq`` order when
#: the connection returns; no foreign key, so that a queued delete outlives the local copy),
#: and the simulator's sample contacts per journey.
_V3 = [
    """
    CREATE TABLE base_copies (
        journey_id TEXT PRIMARY KEY REFERENCES journeys (id) ON DELETE CASCADE,
        document   TEXT NOT NULL,
        saved_at   TEXT NOT NULL
    )
    """,
    f"""
    CREATE TABLE offline_queue (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        journey_id TEXT NOT NULL,
        action     TEXT NOT NULL CHECK (action IN ({_sql_list(QUEUE_ACTIONS)})),
        payload    TEXT NOT NULL DEFAULT '{{}}',
        created_at TEXT NOT NULL,
        state      TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ({_sql_list(QUEUE_STATES)})),
        last_error TEXT
    )
    """,
    "CREATE INDEX offline_queue_journey ON offline_queue (journey_id, seq)",
    """
    CREATE TABLE preview_samples (
        journey_id TEXT PRIMARY KEY REFERENCES journeys (id) ON DELETE CASCADE,
        data       TEXT NOT NULL
    )
    """,
]

#: Migration ``i`` (0-based) takes a library from version ``i`` to version ``i + 1``.
MIGRATIONS: list[list[str]] = [_V1, _V2, _V3]

SCHEMA_VERSION = len(MIGRATIONS)
