"""The editor's own state in the library: open tabs, settings, and the simulator's sample
contacts per journey (DESIGN §12: beside the journey, never in its file)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from journey_builder.errors import LibraryError
from journey_builder.storage.library_core import LibraryBase
from journey_builder.storage.library_entries import OpenTabs

__all__ = ["SessionMixin"]


def _json_text(value: Any, what: str) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError, RecursionError) as exc:
        raise LibraryError(f"{what} cannot be stored ({exc}); nothing was changed.") from None


class SessionMixin(LibraryBase):
    """Open tabs, settings and preview samples."""

    # --- open tabs -------------------------------------------------------------------------------

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

    # --- preview samples -------------------------------------------------------------------------

    def get_preview_samples(self, journey_id: str) -> dict[str, Any]:
        """The simulator's sample contacts (and whatever else the preview keeps) for a journey;
        an empty dict when none were saved."""
        with self._reading("read the preview samples") as conn:
            self._row(conn, journey_id)
            row = conn.execute(
                "SELECT data FROM preview_samples WHERE journey_id = ?", (journey_id,)
            ).fetchone()
        if row is None:
            return {}
        try:
            data = json.loads(row[0])
        except (ValueError, RecursionError):
            return {}
        return data if isinstance(data, dict) else {}

    def set_preview_samples(self, journey_id: str, data: Mapping[str, Any]) -> None:
        """Replace the journey's preview samples (a JSON object; an empty one forgets them)."""
        if not isinstance(data, Mapping):
            raise LibraryError(
                "The preview samples must be a JSON object (a dict); nothing was changed."
            )
        text = _json_text(dict(data), "The preview samples")
        with self._transaction("save the preview samples") as conn:
            self._row(conn, journey_id)
            if not data:
                conn.execute("DELETE FROM preview_samples WHERE journey_id = ?", (journey_id,))
                return
            conn.execute(
                "INSERT INTO preview_samples (journey_id, data) VALUES (?, ?) "
                "ON CONFLICT (journey_id) DO UPDATE SET data = excluded.data",
                (journey_id, text),
            )
