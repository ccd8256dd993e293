"""Noticing changes made on the server (issue 10): polling the journeys list, quietly.

While signed in, online and the window is active, :class:`RemoteWatch` lists the journeys
every :attr:`RemoteWatch.interval` seconds on the network runner (never on the GUI thread).
The interval starts at ``first`` (60 s), doubles after each poll that finds the list unchanged
(up to ``longest``, 10 min) and goes back to ``first`` when something changed, and when the
window is activated again. It stops while signed out, offline or in the background.

A library journey whose ``updatedAt`` on the server differs from the one last seen is read in
full and compared with its base copy: a publish, activate or pause made elsewhere only updates
its status (no badge: that is not a change to the journey); a change of content marks it
*changed remotely* (or *conflict*, with local edits), which its library badge shows, and is
said in the status bar. An open journey without local edits is also offered the server's copy
by a bar on its tab (:attr:`RemoteWatch.changedRemotely`). Never a dialog.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from journey_builder.errors import JourneyBuilderError, UnauthenticatedError
from journey_builder.storage.library import Library, SyncState
from journey_builder.sync import JourneysClient
from journey_builder.sync.push import same_instant
from journey_builder.ui.common.workers import Task, TaskContext
from journey_builder.ui.sync import sync_work
from journey_builder.ui.sync.connection import ConnectionState
from journey_builder.ui.sync.sync_controller import SyncController
from journey_builder.ui.sync.sync_work import RemoteChange

__all__ = ["POLL_SECONDS", "PollResult", "RemoteChange", "RemoteWatch"]

log = logging.getLogger("journey_builder.ui")

#: (first, longest) seconds between polls.
POLL_SECONDS = (60.0, 600.0)


@dataclass(frozen=True)
class PollResult:
    #: (remote id, updatedAt) of every journey listed: unchanged lists mean a longer wait.
    fingerprint: frozenset[tuple[str, str | None]]
    changes: tuple[RemoteChange, ...]
    #: (remote id, updatedAt) looked at in full this time (not read again while unchanged).
    seen: dict[str, str | None]


def poll(
    client: JourneysClient, lib: Library, seen: dict[str, str | None], ctx: TaskContext
) -> PollResult:
    """One poll (worker thread): list, then look closer at what moved (module docstring)."""
    entries = {e.remote_id: e for e in lib.list() if e.remote_id}
    fingerprint: set[tuple[str, str | None]] = set()
    changes: list[RemoteChange] = []
    looked: dict[str, str | None] = {}
    for journey in client.iter_journeys(page_size=100, cancel=ctx.cancel):
        fingerprint.add((journey.id, journey.updatedAt))
        entry = entries.get(journey.id)
        if entry is None or journey.updatedAt is None:
            continue
        if same_instant(journey.updatedAt, entry.remote_updated_at):
            continue
        if journey.id in seen and same_instant(seen[journey.id], journey.updatedAt):
            looked[journey.id] = journey.updatedAt  # already noticed: not read again
            continue
        looked[journey.id] = journey.updatedAt
        if entry.sync_state not in (SyncState.SYNCED, SyncState.MODIFIED):
            continue  # already marked (changed remotely, conflict)
        change = sync_work.look_closer(client, lib, entry)
        if change is not None:
            changes.append(change)
    return PollResult(frozenset(fingerprint), tuple(changes), looked)


class RemoteWatch(QObject):
    """See the module docstring. ``first``/``longest``: the intervals, in seconds."""

    #: One journey changed on the server: a :class:`RemoteChange`.
    changedRemotely = Signal(object)
    #: The list on the server differs from the last poll's (the remote panel may refresh).
    listChanged = Signal()
    #: A poll ended (for the curious: tests, the busy indicator).
    polled = Signal(object)

    def __init__(
        self,
        sync: SyncController,
        window: QWidget,
        *,
        first: float = POLL_SECONDS[0],
        longest: float = POLL_SECONDS[1],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.sync = sync
        self.window = window
        self.first = first
        self.longest = longest
        #: Seconds until the next poll.
        self.interval = first
        self.polls = 0
        self._fingerprint: frozenset[tuple[str, str | None]] | None = None
        self._seen: dict[str, str | None] = {}
        self._task: Task[PollResult] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.poll_now)
        sync.accounts.changed.connect(self._on_account)
        sync.connection.stateChanged.connect(lambda _s: self._schedule())
        window.installEventFilter(self)
        self._schedule()

    # --- when ------------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether a poll is due (the timer runs)."""
        return self._timer.isActive()

    def _allowed(self) -> bool:
        return (
            self.sync.accounts.signed_in
            and self.sync.connection.state is ConnectionState.ONLINE
            and self._window_active()
        )

    def _window_active(self) -> bool:
        """The window, or a dialog of it (a conflict dialog), has the focus."""
        active = QApplication.activeWindow()
        while active is not None:
            if active is self.window:
                return True
            active = active.parentWidget()
        return False

    def _schedule(self) -> None:
        if not self._allowed():
            self._timer.stop()
            return
        if self._task is None and not self._timer.isActive():
            self._timer.start(round(self.interval * 1000))

    def reset(self) -> None:
        """Back to the shortest interval (the window was activated, the account changed)."""
        self.interval = self.first
        self._timer.stop()
        self._schedule()

    def _on_account(self) -> None:
        self._fingerprint = None
        self._seen = {}
        self.reset()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            self.reset()
        return False

    # --- polling ---------------------------------------------------------------------------------

    def poll_now(self) -> Task[PollResult] | None:
        """Poll once now (the timer calls this); nothing while signed out or offline."""
        if self._task is not None or not self._allowed():
            return None
        lib = self.sync.library.library
        seen = dict(self._seen)

        def work(client: JourneysClient, ctx: TaskContext) -> PollResult:
            return poll(client, lib, seen, ctx)

        def failed(exc: Exception) -> bool:
            self._task = None
            self._schedule()
            # a revoked token is said once by the common handling; the rest stays quiet
            if isinstance(exc, UnauthenticatedError):
                return False
            if isinstance(exc, JourneyBuilderError):
                log.info("Polling the journeys failed: %s", exc)
            else:
                log.warning("Polling the journeys failed", exc_info=exc)
            return True

        self._task = self.sync.run_remote(
            self.tr("Checking Flownally for changes"),
            work,
            on_done=self._done,
            on_error=failed,
            action=self.tr("check for changes"),
            announce=False,
            retries=0,
        )
        if self._task is None:
            self._schedule()
        return self._task

    def _done(self, result: PollResult) -> None:
        self._task = None
        self.polls += 1
        unchanged = self._fingerprint is not None and result.fingerprint == self._fingerprint
        if self._fingerprint is not None and not unchanged:
            self.listChanged.emit()
        self._fingerprint = result.fingerprint
        self._seen = result.seen
        self.interval = min(self.interval * 2, self.longest) if unchanged else self.first
        if result.changes:
            self.sync.library.entriesChanged.emit()
            self.sync.message.emit(self._changed_text(result.changes))
            for change in result.changes:
                self.changedRemotely.emit(change)
        self.polled.emit(result)
        self._schedule()

    def _changed_text(self, changes: tuple[RemoteChange, ...]) -> str:
        if len(changes) == 1:
            return self.tr("“{name}” changed on Flownally").format(name=changes[0].name)
        names = ", ".join(f"“{c.name}”" for c in changes[:3])
        more = len(changes) - 3
        if more > 0:
            return self.tr("{names} and {more} more changed on Flownally").format(
                names=names, more=more
            )
        return self.tr("{names} changed on Flownally").format(names=names)

    def stop(self) -> None:
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
