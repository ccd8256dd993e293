"""The offline queue in the window (DESIGN §8, issue 10): what waits, and sending it.

A push, publish, activate, pause or delete made while the connection is down (or cut off
before its request can have reached the server) is queued in the library
(``Library.enqueue``: persisted, so it survives a restart). Queueing goes through the library's
save runner, behind the tab's pending autosave, so a queued push carries the journey as the
user left it; a publish is validated first (errors stop it, as online). Activate, pause and
delete were confirmed when the user made them: they are not asked again when sent.

The queue is sent (:func:`journey_builder.sync.offline.drain`, in order, on the network runner)
when the connection monitor turns online, and at start-up once signed in. Each sent change
updates the library at once; a refusal is reported once (:attr:`OfflineQueue.refused`, shown
as a non-modal notice) and stays in the queue, *failed*, until the user retries or discards
it. :attr:`OfflineQueue.rows` is what the status bar lists, read on the save runner.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from journey_builder.errors import JourneyBuilderError, TransportError
from journey_builder.i18n import error_text
from journey_builder.storage.library import Library, QueuedChange, SyncState
from journey_builder.sync import DrainItem, DrainReport, DrainStatus, JourneysClient, drain
from journey_builder.ui.common.snapshots import load_in_steps
from journey_builder.ui.common.workers import Task, TaskContext
from journey_builder.ui.sync.connection import ConnectionState
from journey_builder.ui.sync.sync_controller import SyncController
from journey_builder.validation import Problem, validate

__all__ = ["OfflineQueue", "QueuedRow"]

log = logging.getLogger("journey_builder.ui")


@dataclass(frozen=True)
class QueuedRow:
    """One queued change as the status bar lists it."""

    seq: int
    journey_id: str
    action: str
    name: str
    failed: bool
    message: str


def _name_of(lib: Library, change: QueuedChange) -> str:
    name = change.payload.get("name")
    if isinstance(name, str) and name:
        return name
    try:
        return lib.get(change.journey_id).name
    except JourneyBuilderError:
        remote = change.payload.get("remoteId")
        return remote if isinstance(remote, str) else change.journey_id


def _rows(lib: Library) -> list[QueuedRow]:
    return [
        QueuedRow(
            c.seq,
            c.journey_id,
            c.action.value,
            _name_of(lib, c),
            c.failed,
            c.last_error or "",
        )
        for c in lib.queued_changes(include_failed=True)
    ]


@dataclass(frozen=True)
class _Queued:
    """What queueing did: the entry's name, or the problems that stopped a publish."""

    name: str
    problems: list[Problem]


class OfflineQueue(QObject):
    """See the module docstring."""

    #: The queue as the status bar lists it (after every change): ``list[QueuedRow]``.
    rowsChanged = Signal(list)
    #: The refusals of one sending (``list[QueuedRow]``), to be shown once.
    refused = Signal(list)

    def __init__(self, sync: SyncController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.library = sync.library
        self.rows: list[QueuedRow] = []
        self._task: Task[DrainReport] | None = None
        self._again = False
        sync.queue = self
        sync.connection.stateChanged.connect(self._on_connection)
        sync.accounts.changed.connect(self._on_account)
        self.refresh()

    @property
    def lib(self) -> Library:
        return self.library.library

    @property
    def sending(self) -> bool:
        return self._task is not None

    # --- what waits ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the queue again (on the save runner) and tell the status bar."""
        lib = self.lib

        def done(rows: list[QueuedRow]) -> None:
            self.rows = rows
            self.rowsChanged.emit(rows)

        self.library.saver.run(
            "Reading the offline queue",
            lambda _ctx: _rows(lib),
            on_done=done,
            on_error=lambda exc: log.warning("Could not read the offline queue: %s", exc),
        )

    def add(
        self, journey_id: str, action: str, *, force: bool = False, pause_first: bool = False
    ) -> None:
        """Queue ``action`` for the journey (see the module docstring); sent when online."""
        wait = self.sync.flushed(journey_id)
        lib = self.lib

        def work(_ctx: TaskContext) -> _Queued:
            wait()
            entry = lib.get(journey_id)
            about: dict[str, Any] = {"name": entry.name}
            if action in ("push", "publish"):
                doc = load_in_steps(lib, journey_id)
                if action == "publish":
                    problems = list(validate(doc))
                    if any(p.is_error for p in problems):
                        return _Queued(entry.name, problems)
                needs_push = action == "push" or (
                    entry.remote_id is None
                    or entry.dirty
                    or entry.sync_state is not SyncState.SYNCED
                )
                if needs_push:
                    payload = {**about, "document": doc.to_json(), "revision": entry.revision}
                    if force:
                        payload["force"] = True
                    lib.enqueue(journey_id, "push", payload)
                if action == "publish":
                    lib.enqueue(journey_id, "publish", about)
            else:
                if action == "delete" and pause_first:
                    lib.enqueue(journey_id, "pause", about)
                lib.enqueue(journey_id, action, about)
            return _Queued(entry.name, [])

        def done(queued: _Queued) -> None:
            if queued.problems:
                self.sync.show_blocked(queued.name, problems=queued.problems)
                self.sync.message.emit(
                    self.tr("“{name}” was not published: it has errors").format(name=queued.name)
                )
                return
            if action == "delete":
                self.library.move_to_trash(journey_id)
            self.sync.message.emit(self._queued_text(action).format(name=queued.name))
            self.library.entriesChanged.emit()
            self.refresh()
            if self.sync.connection.state is ConnectionState.ONLINE:
                self.send()  # the connection came back while this was being queued

        self.library.saver.run(
            "Queueing the change",
            work,
            on_done=done,
            on_error=lambda exc: self.sync.message.emit(error_text(exc)),
        )

    def _queued_text(self, action: str) -> str:
        texts = {
            "push": self.tr("Offline: “{name}” will be pushed when the connection returns"),
            "publish": self.tr("Offline: “{name}” will be published when the connection returns"),
            "activate": self.tr("Offline: “{name}” will be activated when the connection returns"),
            "pause": self.tr("Offline: “{name}” will be paused when the connection returns"),
            "delete": self.tr(
                "Offline: “{name}” will be deleted from Flownally when the connection returns; "
                "your copy is in the trash"
            ),
        }
        return texts[action]

    def discard(self, seq: int) -> None:
        """Take one change off the queue (it is not sent)."""
        lib = self.lib

        def done(_none: None) -> None:
            self.sync.message.emit(self.tr("Discarded a waiting change"))
            self.library.entriesChanged.emit()
            self.refresh()

        self.library.saver.run(
            "Discarding a queued change",
            lambda _ctx: lib.remove_queued(seq),
            on_done=done,
            on_error=lambda exc: self.sync.message.emit(error_text(exc)),
        )

    def retry(self, seq: int) -> None:
        """Try a refused change again. A refused push is pushed as if the user pressed Push
        (so a conflict opens its dialog, a newer server copy its offer); the rest go back in
        the queue, in their place."""
        row = next((r for r in self.rows if r.seq == seq), None)
        online = self.sync.connection.state is ConnectionState.ONLINE
        lib = self.lib
        interactive = row is not None and row.action == "push" and online

        def work(_ctx: TaskContext) -> None:
            if interactive:
                lib.remove_queued(seq)
            else:
                lib.retry_queued(seq)

        def done(_none: None) -> None:
            self.refresh()
            if interactive and row is not None:
                self.sync.push(row.journey_id)
            elif online:
                self.send()

        self.library.saver.run(
            "Retrying a queued change",
            work,
            on_done=done,
            on_error=lambda exc: self.sync.message.emit(error_text(exc)),
        )

    # --- sending ---------------------------------------------------------------------------------

    def _on_connection(self, state: str) -> None:
        if state == ConnectionState.ONLINE.value:
            self.send()

    def _on_account(self) -> None:
        if self.sync.accounts.signed_in:
            self.send()

    def send(self) -> Task[DrainReport] | None:
        """Send what waits, in order (nothing while signed out or offline)."""
        if not self.sync.accounts.signed_in or not self.sync.connection.online:
            return None
        if self._task is not None:
            self._again = True  # queued meanwhile: one more round when this one ends
            return None
        try:
            if self.lib.queued_count() == 0:
                return None
        except JourneyBuilderError as exc:
            self.sync.message.emit(error_text(exc))
            return None
        lib = self.lib
        self._again = False

        def work(client: JourneysClient, ctx: TaskContext) -> DrainReport:
            return drain(client, lib, on_item=ctx.progress)

        def done(report: DrainReport) -> None:
            self._task = None
            self._after(report)

        def failed(exc: Exception) -> bool:
            self._task = None
            self.refresh()
            return isinstance(exc, TransportError)  # the monitor shows it; the rest is shown

        self._task = self.sync.run_remote(
            self.tr("Sending waiting changes"),
            work,
            on_done=done,
            on_error=failed,
            on_progress=self._on_item,
            action=self.tr("send the waiting changes"),
            announce=False,
            retries=0,
        )
        return self._task

    def _on_item(self, item: DrainItem) -> None:
        if item.status is DrainStatus.SENT:
            # (a queued delete of a journey deleted for good here too has no entry)
            with contextlib.suppress(JourneyBuilderError):
                self.sync.after_sync(self.lib.get(item.journey_id))
        self.library.entriesChanged.emit()

    def _after(self, report: DrainReport) -> None:
        self.library.entriesChanged.emit()
        self.refresh()
        if report.sent:
            self.sync.message.emit(self.tr("Sent %n waiting change(s)", "", len(report.sent)))
            self.sync.remoteChanged.emit()
        if report.refused:
            names = {r.seq: r.name for r in self.rows}
            refused = []
            for item in report.refused:
                name = names.get(item.seq) or self._entry_name(item.journey_id)
                refused.append(
                    QueuedRow(item.seq, item.journey_id, item.action, name, True, item.message)
                )
            self.refused.emit(refused)
        if report.offline:
            reason = report.waiting[0].message if report.waiting else ""
            self.sync.connection.report_error(TransportError(reason))
        elif self._again:
            self.send()

    def _entry_name(self, journey_id: str) -> str:
        try:
            return self.lib.get(journey_id).name
        except JourneyBuilderError:
            return journey_id

    def shutdown(self) -> None:
        if self._task is not None:
            self._task.cancel()
