"""The offline queue: pushes and lifecycle actions made while offline, kept in the library.

Items are sent in ``seq`` order when the connection returns (``journey_builder.sync.offline``
drains them). A pending push of a journey whose newest queued item is already a push replaces
that item's payload rather than adding another: the server only needs the latest document, and
the order against the journey's other actions stays as the user made it. An item the server
refuses stays, ``failed``, with the server's message, until the user has seen it
(:meth:`QueueMixin.remove_queued`) or asks to try again (:meth:`QueueMixin.retry_queued`).
"""

from __future__ import annotations

import builtins
import json
import sqlite3
from collections.abc import Mapping
from typing import Any

from journey_builder.errors import LibraryEntryNotFoundError, LibraryError
from journey_builder.storage.library_core import LibraryBase
from journey_builder.storage.library_entries import (
    QueueAction,
    QueuedChange,
    QueueState,
    parse_utc,
    utc_now_text,
)

__all__ = ["QueueMixin"]

_COLUMNS = "seq, journey_id, action, payload, created_at, state, last_error"


def _change_from_row(row: tuple[Any, ...]) -> QueuedChange:
    seq, journey_id, action, payload, created, state, last_error = row
    try:
        data = json.loads(payload)
    except (ValueError, RecursionError):
        data = {}
    return QueuedChange(
        seq=int(seq),
        journey_id=journey_id,
        action=QueueAction(action),
        payload=data if isinstance(data, dict) else {},
        created_at=parse_utc(created),
        state=QueueState(state),
        last_error=last_error,
    )


class QueueMixin(LibraryBase):
    """Enqueue, list, count and settle the changes waiting for the connection."""

    def enqueue(
        self, journey_id: str, action: QueueAction | str, payload: Mapping[str, Any] | None = None
    ) -> QueuedChange:
        """Queue ``action`` for the library journey ``journey_id``; returns the queued item.

        A push coalesces with the journey's newest pending item when that is a push too (its
        payload is replaced, its place in the queue kept). The payload records the journey's
        remote id (``remoteId``) when it has one, so that a queued delete outlives the entry.
        """
        try:
            kind = QueueAction(action)
        except ValueError:
            known = ", ".join(a.value for a in QueueAction)
            raise LibraryError(
                f'Cannot queue "{action}": the actions are {known}. Nothing was queued.'
            ) from None
        data = dict(payload or {})
        with self._transaction(f"queue the {kind.value}") as conn:
            entry = self._row(conn, journey_id)
            if entry.remote_id is not None:
                data.setdefault("remoteId", entry.remote_id)
            try:
                text = json.dumps(data, ensure_ascii=False, allow_nan=False)
            except (TypeError, ValueError, RecursionError) as exc:
                raise LibraryError(f"The {kind.value} cannot be queued ({exc}).") from None
            if kind is QueueAction.PUSH:
                newest = conn.execute(
                    "SELECT seq, action FROM offline_queue WHERE journey_id = ? "
                    "AND state = 'pending' ORDER BY seq DESC LIMIT 1",
                    (journey_id,),
                ).fetchone()
                if newest is not None and newest[1] == QueueAction.PUSH.value:
                    conn.execute(
                        "UPDATE offline_queue SET payload = ? WHERE seq = ?", (text, newest[0])
                    )
                    return self._queued(conn, int(newest[0]))
            cursor = conn.execute(
                "INSERT INTO offline_queue (journey_id, action, payload, created_at) "
                "VALUES (?, ?, ?, ?)",
                (journey_id, kind.value, text, utc_now_text()),
            )
            assert cursor.lastrowid is not None
            return self._queued(conn, cursor.lastrowid)

    def queued_changes(self, *, include_failed: bool = False) -> builtins.list[QueuedChange]:
        """The pending changes in the order they are to be sent (with failed ones too, in
        place, when ``include_failed``)."""
        where = "" if include_failed else " WHERE state = 'pending'"
        with self._reading("read the offline queue") as conn:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM offline_queue{where} ORDER BY seq")
            return [_change_from_row(r) for r in rows]

    def failed_changes(self) -> builtins.list[QueuedChange]:
        """Changes the server refused, oldest first, each with the server's message."""
        with self._reading("read the offline queue") as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM offline_queue WHERE state = 'failed' ORDER BY seq"
            )
            return [_change_from_row(r) for r in rows]

    def queued_count(self, journey_id: str | None = None) -> int:
        """How many changes wait to be sent (for "2 changes waiting"), for one journey or all."""
        sql = "SELECT count(*) FROM offline_queue WHERE state = 'pending'"
        params: tuple[str, ...] = ()
        if journey_id is not None:
            sql += " AND journey_id = ?"
            params = (journey_id,)
        with self._reading("read the offline queue") as conn:
            return int(conn.execute(sql, params).fetchone()[0])

    def remove_queued(self, seq: int, *, payload: Mapping[str, Any] | None = None) -> None:
        """Take a change off the queue (sent, or its refusal seen); no error if it is gone.

        ``payload``: what was sent. A push queued meanwhile replaces the payload of the item
        being sent (see :meth:`enqueue`); then the item stays, to send that newer document.
        """
        with self._transaction("update the offline queue") as conn:
            if payload is None or self._same_payload(conn, seq, payload):
                conn.execute("DELETE FROM offline_queue WHERE seq = ?", (seq,))

    def mark_queued_failed(
        self, seq: int, message: str, *, payload: Mapping[str, Any] | None = None
    ) -> QueuedChange:
        """The server refused the change: keep it, ``failed``, with the server's message.
        (``payload`` as for :meth:`remove_queued`: a newer push stays pending.)"""
        with self._transaction("update the offline queue") as conn:
            if payload is None or self._same_payload(conn, seq, payload):
                conn.execute(
                    "UPDATE offline_queue SET state = 'failed', last_error = ? WHERE seq = ?",
                    (message, seq),
                )
            return self._queued(conn, seq)

    @staticmethod
    def _same_payload(conn: sqlite3.Connection, seq: int, payload: Mapping[str, Any]) -> bool:
        row = conn.execute("SELECT payload FROM offline_queue WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            return True
        try:
            return bool(json.loads(row[0]) == dict(payload))
        except (ValueError, RecursionError):
            return True

    def retry_queued(self, seq: int) -> QueuedChange:
        """Put a failed change back in the queue, in its place, to be sent again."""
        with self._transaction("update the offline queue") as conn:
            conn.execute(
                "UPDATE offline_queue SET state = 'pending', last_error = NULL WHERE seq = ?",
                (seq,),
            )
            return self._queued(conn, seq)

    def clear_queue(self, journey_id: str | None = None) -> int:
        """Drop every queued change (of one journey, or all); returns how many."""
        with self._transaction("clear the offline queue") as conn:
            if journey_id is None:
                return conn.execute("DELETE FROM offline_queue").rowcount
            return conn.execute(
                "DELETE FROM offline_queue WHERE journey_id = ?", (journey_id,)
            ).rowcount

    @staticmethod
    def _queued(conn: sqlite3.Connection, seq: int) -> QueuedChange:
        row = conn.execute(f"SELECT {_COLUMNS} FROM offline_queue WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            raise LibraryEntryNotFoundError(f"There is no queued change number {seq}.")
        return _change_from_row(row)
