"""The library's recent history: compressed snapshots of each journey, newest kept.

A save takes a snapshot when asked, for a pull, or when the newest snapshot is older than
``history_interval`` seconds; each journey keeps its newest ``history_limit`` snapshots.
"""

from __future__ import annotations

import builtins
import sqlite3
import zlib
from datetime import UTC, datetime, timedelta

from journey_builder.errors import LibraryEntryNotFoundError, LibraryError
from journey_builder.model import JourneyDocument
from journey_builder.storage.library_core import LibraryBase, parse_stored
from journey_builder.storage.library_entries import HistorySnapshot, parse_utc

__all__ = ["HISTORY_INTERVAL", "HISTORY_LIMIT", "HistoryMixin"]

#: Snapshots kept per journey in the recent history.
HISTORY_LIMIT = 50
#: A save takes a history snapshot when the newest one is older than this (seconds).
HISTORY_INTERVAL = 60.0


class HistoryMixin(LibraryBase):
    """Writing and reading snapshots (``Library.restore_snapshot`` brings one back)."""

    history_limit: int = HISTORY_LIMIT
    history_interval: float = HISTORY_INTERVAL

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
        return parse_stored(text, f"history snapshot {seq}")[1]
