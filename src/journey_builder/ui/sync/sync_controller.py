"""Sync from the window: push, pull, publish, activate, pause, delete (DESIGN §8).

Every request runs on a worker thread with a client of its own (:mod:`.sync_work` holds what
the threads do); this module asks before anything that affects live contacts, shows progress in
the status bar and the outcome as the server gave it. A connection failure never opens a
dialog: the connection monitor shows "Offline" and the work stays safe in the library. With a
:class:`ChangeQueue` attached (the offline queue, :mod:`.offline_queue`), a push or lifecycle
action made offline, or cut off by the connection before it can have reached the server, waits
in the library's queue and is sent when the connection returns. Conflicts and "the server has
a newer version" are announced (:attr:`SyncController.conflictFound`,
:attr:`SyncController.remoteNewer`); :mod:`.conflicts` shows and resolves them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from journey_builder.errors import (
    CredentialsError,
    HTTPStatusError,
    JourneyBuilderError,
    PermissionDeniedError,
    RateLimitedError,
    RequestCancelledError,
    TransportError,
    UnauthenticatedError,
)
from journey_builder.i18n import error_text
from journey_builder.model import Journey
from journey_builder.storage.library import LibraryEntry
from journey_builder.sync import JourneysClient
from journey_builder.sync.offline import may_have_reached
from journey_builder.ui.account.accounts import AccountManager
from journey_builder.ui.common.workers import Task, TaskContext, TaskRunner
from journey_builder.ui.library.library_controller import LibraryController
from journey_builder.ui.sync import sync_work
from journey_builder.ui.sync.connection import ConnectionMonitor, ConnectionState
from journey_builder.ui.sync.feedback import ask, message_box
from journey_builder.ui.sync.lifecycle_actions import PublishActions
from journey_builder.ui.sync.publish_dialog import PublishBlockedDialog

__all__ = ["ChangeQueue", "SyncController", "ask"]

log = logging.getLogger("journey_builder.ui")

T = TypeVar("T")

#: What a remote task's function gets: a client for its thread, and its context.
RemoteWork = Callable[[JourneysClient, TaskContext], T]


class ChangeQueue(Protocol):
    """Where a push or lifecycle action goes while offline (:class:`.offline_queue.OfflineQueue`)."""

    def add(
        self, journey_id: str, action: str, *, force: bool = False, pause_first: bool = False
    ) -> None: ...


class SyncController(PublishActions):
    """Starts sync tasks and shows what they did; see the module docstring (publish and the
    lifecycle actions: :class:`PublishActions`)."""

    # message, remoteChanged, remoteNewer, published: see PublishActions
    #: The user must sign in (again): the profile to prefill, and why.
    signInRequested = Signal(str, str)
    #: Both copies changed: a :class:`sync_work.Conflict` to show and resolve.
    conflictFound = Signal(object)

    def __init__(
        self,
        window: QWidget,
        library: LibraryController,
        accounts: AccountManager,
        connection: ConnectionMonitor,
        runner: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.library = library
        self.accounts = accounts
        self.connection = connection
        self.runner = runner
        #: The open conflict dialog of each journey (kept by :mod:`.conflicts`).
        self.conflict_dialogs: dict[str, QDialog] = {}
        #: The offline queue, when attached: actions wait there while offline.
        self.queue: ChangeQueue | None = None
        self.blocked_dialog: PublishBlockedDialog | None = None
        self._auth_prompt_open = False
        self._auth_asked = False
        accounts.changed.connect(self._forget_auth_question)

    # --- running remote work ---------------------------------------------------------------------

    def run_remote(
        self,
        label: str,
        work: RemoteWork[T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], bool] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        action: str = "",
        announce: bool = True,
        pause_gc: bool = True,
        retries: int = 3,
    ) -> Task[T] | None:
        """Run ``work(client, ctx)`` on a worker thread with a client for the account in use.

        Errors go to ``on_error`` first (True: handled), then to the common handling: offline,
        sign in again, missing scope, the server's message. Not signed in: asks to sign in.
        ``announce``: say "<label>…" in the status bar (not for background listings, which
        would hide the outcome of what the user just did). ``retries``: connection retries
        of each GET (background work that the connection monitor retries anyway uses none).
        """
        try:
            make = self.accounts.client_factory(max_retries=retries)
        except CredentialsError as exc:
            self.signInRequested.emit(self.accounts.profile_name, str(exc))
            return None

        def run(ctx: TaskContext) -> T:
            with make(ctx.cancel) as client:
                ctx.on_cancel(client.close)  # ends a request still waiting for the server
                try:
                    return work(client, ctx)
                except Exception:
                    if ctx.cancelled:  # whatever a closed connection raised: it was a cancel
                        raise RequestCancelledError(f"Cancelled: {label}") from None
                    raise

        def done(result: T) -> None:
            self.connection.report_success()
            if on_done is not None:
                on_done(result)

        def failed(exc: Exception) -> None:
            self.connection.report_error(exc)
            if on_error is not None and on_error(exc):
                return
            self.show_error(exc, action or label)

        if announce:
            self.message.emit(self.tr("{task}…").format(task=label))
        return self.runner.run(
            label, run, on_done=done, on_error=failed, on_progress=on_progress, pause_gc=pause_gc
        )

    def show_error(self, exc: BaseException, action: str) -> None:
        """The common handling of a failed request (no dialog for connection failures)."""
        what = action[:1].lower() + action[1:]
        if isinstance(exc, TransportError):
            self.message.emit(
                self.tr(
                    "Offline: could not {action} — your work is saved in the library. ({problem})"
                ).format(action=what, problem=error_text(exc, framed=False))
            )
        elif isinstance(exc, RequestCancelledError):
            self.message.emit(self.tr("Stopped: {action}").format(action=action))
        elif isinstance(exc, UnauthenticatedError):
            self._ask_to_sign_in_again(exc)
        elif isinstance(exc, PermissionDeniedError):
            scope = exc.scope or self.tr("a scope it does not have")
            message_box(
                self.window,
                self.tr("Not allowed"),
                self.tr("Your token cannot {action}: it lacks the permission {scope}.").format(
                    action=what, scope=scope
                ),
                self.tr(
                    "Ask an admin for a token with that scope, then sign in with it "
                    "(Account › Sign In)."
                ),
            )
        elif isinstance(exc, RateLimitedError):  # how long it asked to wait, and why we did not
            message_box(
                self.window,
                self.tr("The server is busy: could not {action}").format(action=what),
                exc.message,
            )
        elif isinstance(exc, HTTPStatusError):
            reasons = getattr(exc, "reasons", [])
            said = exc.server_message or str(exc)
            detail = "\n".join(f"• {r}" for r in reasons) if reasons else ""
            message_box(
                self.window,
                self.tr("The server refused to {action}").format(action=what),
                self.tr("{message} (HTTP {status})").format(message=said, status=exc.status),
                detail,
            )
        elif isinstance(exc, JourneyBuilderError):
            message_box(
                self.window, self.tr("Could not {action}").format(action=what), error_text(exc)
            )
        else:
            log.error("%s failed", action, exc_info=exc)
            message_box(self.window, self.tr("Could not {action}").format(action=what), repr(exc))

    def _ask_to_sign_in_again(self, exc: UnauthenticatedError) -> None:
        """Ask once; later refusals (other tasks still running) only say so in the status bar,
        until the account changes."""
        if self._auth_prompt_open or self._auth_asked:
            self.message.emit(self.tr("Your sign-in is no longer valid: sign in again to sync"))
            return
        self._auth_prompt_open = True
        self._auth_asked = True
        try:
            profile = self.accounts.profile_name
            said = exc.server_message or self.tr("the token was refused")
            if ask(
                self.window,
                self.tr("Sign in again"),
                self.tr("Your sign-in for “{profile}” is no longer valid ({reason}).").format(
                    profile=profile, reason=said
                ),
                self.tr(
                    "Sign in again to keep working with journeys on Flownally. "
                    "Your work is saved in the library."
                ),
                self.tr("Sign In…"),
            ):
                self.signInRequested.emit(profile, "")
        finally:
            self._auth_prompt_open = False

    def _forget_auth_question(self) -> None:
        self._auth_asked = False

    # --- push and pull ---------------------------------------------------------------------------

    def flushed(self, journey_id: str) -> Callable[[], None]:
        """Queue the open tab's edits now; the returned call (worker thread) waits for them."""
        binding = self.library.binding(self.library.tab_for(journey_id))
        if binding is None:
            return lambda: None
        seq = binding.save_now()
        last_error = self.tr("The latest edits could not be saved to the library ({problem})")

        def wait() -> None:
            if not binding.wait_saved(seq):
                raise JourneyBuilderError(last_error.format(problem=binding.last_error))

        return wait

    def _entry(self, journey_id: str) -> LibraryEntry | None:
        try:
            return self.library.library.get(journey_id)
        except JourneyBuilderError as exc:
            self.message.emit(error_text(exc))
            return None

    def _queue_now(self, journey_id: str, action: str, **options: bool) -> bool:
        """Offline: the action waits in the queue instead of failing (True: queued)."""
        if self.queue is None or self.connection.state is not ConnectionState.OFFLINE:
            return False
        self.queue.add(journey_id, action, **options)
        return True

    def _queue_after(self, exc: Exception, journey_id: str, action: str, **options: bool) -> bool:
        """The connection failed during the action: queue it, unless a POST that changes the
        server may have reached it (DESIGN §8: never sent twice). True: handled."""
        if self.queue is None or not isinstance(exc, TransportError):
            return False
        if exc.method == "POST" and may_have_reached(exc):
            self.message.emit(
                self.tr(
                    "The connection broke while the request was sent; it may have happened. "
                    "Check the journey on Flownally before trying again. ({problem})"
                ).format(problem=error_text(exc, framed=False))
            )
            return True
        self.queue.add(journey_id, action, **options)
        return True

    def push(
        self, journey_id: str, *, force: bool = False, merge: bool = False
    ) -> Task[Any] | None:
        """Create or update the remote journey from the library's copy (``force``: keep mine;
        ``merge``: send both sides' changes when they do not overlap). Offline: queued."""
        entry = self._entry(journey_id)
        if entry is None or self._queue_now(journey_id, "push", force=force):
            return None
        wait = self.flushed(journey_id)
        lib = self.library.library

        def work(client: JourneysClient, _ctx: TaskContext) -> sync_work.SyncOutcome:
            wait()
            return sync_work.push_entry(client, lib, journey_id, force=force, merge=merge)

        def done(outcome: sync_work.SyncOutcome) -> None:
            self.library.entriesChanged.emit()
            name = outcome.entry.name
            if outcome.conflict is not None:
                self.message.emit(self.tr("“{name}” changed on the server too").format(name=name))
                self.show_conflict(outcome.conflict)
            elif outcome.remote_newer:
                self.message.emit(
                    self.tr("The server has a newer version of “{name}”; nothing was sent").format(
                        name=name
                    )
                )
                self.remoteNewer.emit(journey_id, outcome.document)
            elif outcome.gone:
                self._offer_push_as_new(outcome.entry)
            else:
                self.after_sync(outcome.entry)
                if outcome.merged:
                    text = self.tr("Merged both copies and pushed “{name}”")
                elif outcome.changed:
                    text = self.tr("Pushed “{name}”")
                else:
                    text = self.tr("Already up to date: “{name}”")
                self.message.emit(text.format(name=name))
                self.remoteChanged.emit()

        return self.run_remote(
            self.tr("Pushing “{name}”").format(name=entry.name),
            work,
            on_done=done,
            on_error=lambda exc: self._queue_after(exc, journey_id, "push", force=force),
            action=self.tr("push the journey"),
        )

    def after_sync(self, entry: LibraryEntry) -> None:
        """Give the open tab the remote id and ``updatedAt`` (not an edit: no undo step)."""
        tab = self.library.tab_for(entry.id)
        if tab is None or entry.remote_id is None:
            return
        document = tab.doc.document
        if document.id != entry.remote_id:
            document.id = entry.remote_id
        if document.updatedAt != entry.remote_updated_at:
            document.updatedAt = entry.remote_updated_at

    def _offer_push_as_new(self, entry: LibraryEntry) -> None:
        if not ask(
            self.window,
            self.tr("Journey not on the server"),
            self.tr("“{name}” is no longer on Flownally: it was deleted there.").format(
                name=entry.name
            ),
            self.tr("Push your copy as a new journey?"),
            self.tr("Push as New"),
        ):
            self.message.emit(self.tr("“{name}” was not pushed").format(name=entry.name))
            return
        lib = self.library.library
        pushed = self.tr("Pushed “{name}” as a new journey")

        def work(client: JourneysClient, _ctx: TaskContext) -> sync_work.SyncOutcome:
            return sync_work.push_as_new(client, lib, entry.id)

        def done(outcome: sync_work.SyncOutcome) -> None:
            self.after_sync(outcome.entry)
            self.library.entriesChanged.emit()
            self.message.emit(pushed.format(name=outcome.entry.name))
            self.remoteChanged.emit()

        self.run_remote(
            self.tr("Pushing “{name}” as new").format(name=entry.name),
            work,
            on_done=done,
            action=self.tr("push"),
        )

    def pull(self, journey_id: str) -> Task[Any] | None:
        """Take the server's copy (unpushed edits make it a conflict to decide, unless the
        server changed nothing but its status)."""
        entry = self._entry(journey_id)
        if entry is None:
            return None
        wait = self.flushed(journey_id)
        lib = self.library.library

        def work(client: JourneysClient, _ctx: TaskContext) -> sync_work.SyncOutcome:
            wait()
            return sync_work.pull_entry(client, lib, journey_id)

        def done(outcome: sync_work.SyncOutcome) -> None:
            self.library.entriesChanged.emit()
            name = outcome.entry.name
            if outcome.conflict is not None:
                self.show_conflict(outcome.conflict)
                return
            if outcome.document is None:
                self.message.emit(
                    self.tr(
                        "Nothing newer on the server for “{name}”; your edits are not pushed yet"
                    ).format(name=name)
                )
                return
            self.show_server_copy(
                outcome.entry.id, outcome.document, self.tr("Update from the server")
            )
            self.message.emit(self.tr("Updated “{name}” from the server").format(name=name))

        return self.run_remote(
            self.tr("Updating “{name}”").format(name=entry.name),
            work,
            on_done=done,
            action=self.tr("update the journey"),
        )

    def show_server_copy(self, journey_id: str, document: Any, text: str) -> bool:
        """Put the server's copy into the open tab as one undoable step, saved as synced
        (its base copy too). False when the journey has no open tab."""
        tab = self.library.tab_for(journey_id)
        binding = self.library.binding(tab)
        if tab is None or binding is None:
            return False
        tab.doc.replace_document(document, text)  # made by a worker for this tab
        binding.save_now(from_server=True)
        return True

    def open_remote(self, journey: Journey) -> Task[Any] | None:
        """Open a remote journey: its library copy if there is one, else pull it in first."""
        existing = self.library.find_remote(journey.id)
        if existing is not None:
            self.library.open_entry_later(existing.id)
            if (
                journey.updatedAt
                and existing.remote_updated_at != journey.updatedAt
                and not existing.dirty
            ):
                self.pull(existing.id)
            return None
        lib = self.library.library
        opened = self.tr("Opened “{name}” from Flownally")

        def work(client: JourneysClient, _ctx: TaskContext) -> sync_work.SyncOutcome:
            return sync_work.pull_new(client, lib, journey.id)

        def done(outcome: sync_work.SyncOutcome) -> None:
            self.library.entriesChanged.emit()
            self.library.open_entry(outcome.entry.id, outcome.document)
            self.message.emit(opened.format(name=outcome.entry.name))

        return self.run_remote(
            self.tr("Opening “{name}”").format(name=journey.name or journey.id),
            work,
            on_done=done,
            action=self.tr("open the journey"),
        )

    def show_conflict(self, conflict: sync_work.Conflict) -> None:
        """Both copies changed: :mod:`.conflicts` shows the dialog (non-modal)."""
        self.conflictFound.emit(conflict)

    # --- the remote list -------------------------------------------------------------------------

    def list_remote(
        self,
        on_page: Callable[[list[Journey], int | None], None],
        on_done: Callable[[int], None],
        on_error: Callable[[Exception], None],
        *,
        page_size: int = 50,
    ) -> Task[int] | None:
        """Stream every remote journey in, page by page (cancellable); entries whose server
        copy moved are marked as changed remotely."""
        lib = self.library.library

        def work(client: JourneysClient, ctx: TaskContext) -> int:
            known = {e.remote_id: e for e in lib.list() if e.remote_id}
            count = 0
            for page in client.iter_journey_pages(page_size, cancel=ctx.cancel):
                count += len(page.journeys)
                sync_work.reconcile_listing(client, lib, page.journeys, known)
                ctx.progress((list(page.journeys), page.totalSize))
            return count

        def page(value: tuple[list[Journey], int | None]) -> None:
            journeys, total = value
            on_page(journeys, total)

        def done(count: int) -> None:
            self.library.entriesChanged.emit()
            on_done(count)

        def failed(exc: Exception) -> bool:
            self.library.entriesChanged.emit()
            on_error(exc)
            return isinstance(exc, TransportError | RequestCancelledError)

        return self.run_remote(
            self.tr("Listing journeys on Flownally"),
            work,
            on_done=done,
            on_error=failed,
            on_progress=page,
            action=self.tr("list the journeys"),
            announce=False,
        )

    def shutdown(self) -> None:
        for dialog in list(self.conflict_dialogs.values()):
            dialog.close()
        if self.blocked_dialog is not None:
            self.blocked_dialog.close()
