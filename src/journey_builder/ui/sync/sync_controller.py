"""Sync from the window: push, pull, publish, activate, pause, delete, conflicts (DESIGN §8).

Every request runs on a worker thread with a client of its own (:mod:`.sync_work` holds what
the threads do); this module asks before anything that affects live contacts, shows progress in
the status bar and the outcome as the server gave it. A connection failure never opens a
dialog: the connection monitor shows "Offline" and the work stays safe in the library.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from journey_builder.errors import (
    CredentialsError,
    HTTPStatusError,
    InvalidRequestError,
    JourneyBuilderError,
    PermissionDeniedError,
    RateLimitedError,
    RequestCancelledError,
    TransportError,
    UnauthenticatedError,
)
from journey_builder.model import JOURNEY_STATUSES, Journey, label_for
from journey_builder.storage.library import LibraryEntry
from journey_builder.sync import JourneysClient
from journey_builder.ui.account.accounts import AccountManager
from journey_builder.ui.common.workers import Task, TaskContext, TaskRunner
from journey_builder.ui.library.library_controller import LibraryController
from journey_builder.ui.sync import sync_work
from journey_builder.ui.sync.conflict_dialog import (
    KEEP_BOTH,
    KEEP_MINE,
    TAKE_THEIRS,
    ConflictDialog,
)
from journey_builder.ui.sync.connection import ConnectionMonitor
from journey_builder.ui.sync.publish_dialog import PublishBlockedDialog

__all__ = ["SyncController", "ask"]

log = logging.getLogger("journey_builder.ui")

T = TypeVar("T")

#: What a remote task's function gets: a client for its thread, and its context.
RemoteWork = Callable[[JourneysClient, TaskContext], T]


def ask(parent: QWidget | None, title: str, text: str, detail: str, confirm: str) -> bool:
    """A Yes/No question whose Yes button says what will happen ("Activate")."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(confirm)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return bool(box.exec() == QMessageBox.StandardButton.Yes)


def _message_box(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


class SyncController(QObject):
    """Starts sync tasks and shows what they did; see the module docstring."""

    #: A sentence for the status bar.
    message = Signal(str)
    #: Something on the server changed because of us (the remote list may refresh).
    remoteChanged = Signal()
    #: The user must sign in (again): the profile to prefill, and why.
    signInRequested = Signal(str, str)
    #: A journey was published: its library id (the versions panel refreshes).
    published = Signal(str)

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
        #: The open conflict dialog, if any (one per journey at a time).
        self.conflict_dialogs: dict[str, ConflictDialog] = {}
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
    ) -> Task[T] | None:
        """Run ``work(client, ctx)`` on a worker thread with a client for the account in use.

        Errors go to ``on_error`` first (True: handled), then to the common handling: offline,
        sign in again, missing scope, the server's message. Not signed in: asks to sign in.
        ``announce``: say "<label>…" in the status bar (not for background listings, which
        would hide the outcome of what the user just did).
        """
        try:
            make = self.accounts.client_factory()
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
            self.message.emit(f"{label}…")
        return self.runner.run(
            label, run, on_done=done, on_error=failed, on_progress=on_progress, pause_gc=pause_gc
        )

    def show_error(self, exc: BaseException, action: str) -> None:
        """The common handling of a failed request (no dialog for connection failures)."""
        what = action[:1].lower() + action[1:]
        if isinstance(exc, TransportError):
            self.message.emit(
                f"Offline: could not {what} — your work is saved in the library. ({exc.message})"
            )
        elif isinstance(exc, RequestCancelledError):
            self.message.emit(f"Stopped: {action}")
        elif isinstance(exc, UnauthenticatedError):
            self._ask_to_sign_in_again(exc)
        elif isinstance(exc, PermissionDeniedError):
            scope = exc.scope or "a scope it does not have"
            _message_box(
                self.window,
                "Not allowed",
                f"Your token cannot {what}: it lacks the permission {scope}.",
                "Ask an admin for a token with that scope, then sign in with it "
                "(Account › Sign In).",
            )
        elif isinstance(exc, RateLimitedError):  # how long it asked to wait, and why we did not
            _message_box(self.window, f"The server is busy: could not {what}", exc.message)
        elif isinstance(exc, HTTPStatusError):
            reasons = getattr(exc, "reasons", [])
            said = exc.server_message or str(exc)
            detail = "\n".join(f"• {r}" for r in reasons) if reasons else ""
            _message_box(
                self.window,
                f"The server refused to {what}",
                f"{said} (HTTP {exc.status})",
                detail,
            )
        elif isinstance(exc, JourneyBuilderError):
            _message_box(self.window, f"Could not {what}", str(exc))
        else:
            log.error("%s failed", action, exc_info=exc)
            _message_box(self.window, f"Could not {what}", repr(exc))

    def _ask_to_sign_in_again(self, exc: UnauthenticatedError) -> None:
        """Ask once; later refusals (other tasks still running) only say so in the status bar,
        until the account changes."""
        if self._auth_prompt_open or self._auth_asked:
            self.message.emit("Your sign-in is no longer valid: sign in again to sync")
            return
        self._auth_prompt_open = True
        self._auth_asked = True
        try:
            profile = self.accounts.profile_name
            said = exc.server_message or "the token was refused"
            if ask(
                self.window,
                "Sign in again",
                f"Your sign-in for “{profile}” is no longer valid ({said}).",
                "Sign in again to keep working with journeys on Flownally. "
                "Your work is saved in the library.",
                "Sign In…",
            ):
                self.signInRequested.emit(profile, "")
        finally:
            self._auth_prompt_open = False

    def _forget_auth_question(self) -> None:
        self._auth_asked = False

    # --- push and pull ---------------------------------------------------------------------------

    def _flushed(self, journey_id: str) -> Callable[[], None]:
        """Queue the open tab's edits now; the returned call (worker thread) waits for them."""
        binding = self.library.binding(self.library.tab_for(journey_id))
        if binding is None:
            return lambda: None
        seq = binding.save_now()

        def wait() -> None:
            if not binding.wait_saved(seq):
                raise JourneyBuilderError(
                    f"The latest edits could not be saved to the library ({binding.last_error})"
                )

        return wait

    def _entry(self, journey_id: str) -> LibraryEntry | None:
        try:
            return self.library.library.get(journey_id)
        except JourneyBuilderError as exc:
            self.message.emit(str(exc))
            return None

    def push(self, journey_id: str, *, force: bool = False) -> Task[Any] | None:
        """Create or update the remote journey from the library's copy."""
        entry = self._entry(journey_id)
        if entry is None:
            return None
        wait = self._flushed(journey_id)
        lib = self.library.library

        def work(client: JourneysClient, _ctx: TaskContext) -> sync_work.SyncOutcome:
            wait()
            return sync_work.push_entry(client, lib, journey_id, force=force)

        def done(outcome: sync_work.SyncOutcome) -> None:
            self.library.entriesChanged.emit()
            if outcome.conflict is not None:
                self.message.emit(f"“{outcome.entry.name}” changed on the server too")
                self.show_conflict(outcome.conflict)
            elif outcome.gone:
                self._offer_push_as_new(outcome.entry)
            else:
                self._after_sync(outcome)
                verb = "Pushed" if outcome.changed else "Already up to date:"
                self.message.emit(f"{verb} “{outcome.entry.name}”")
                self.remoteChanged.emit()

        return self.run_remote(
            f"Pushing “{entry.name}”", work, on_done=done, action="push the journey"
        )

    def _after_sync(self, outcome: sync_work.SyncOutcome) -> None:
        """Give the open tab the remote id and ``updatedAt`` (not an edit: no undo step)."""
        tab = self.library.tab_for(outcome.entry.id)
        if tab is None or outcome.entry.remote_id is None:
            return
        document = tab.doc.document
        if document.id != outcome.entry.remote_id:
            document.id = outcome.entry.remote_id
        if document.updatedAt != outcome.entry.remote_updated_at:
            document.updatedAt = outcome.entry.remote_updated_at

    def _offer_push_as_new(self, entry: LibraryEntry) -> None:
        if not ask(
            self.window,
            "Journey not on the server",
            f"“{entry.name}” is no longer on Flownally: it was deleted there.",
            "Push your copy as a new journey?",
            "Push as New",
        ):
            self.message.emit(f"“{entry.name}” was not pushed")
            return
        lib = self.library.library

        def work(client: JourneysClient, _ctx: TaskContext) -> sync_work.SyncOutcome:
            return sync_work.push_as_new(client, lib, entry.id)

        def done(outcome: sync_work.SyncOutcome) -> None:
            self._after_sync(outcome)
            self.library.entriesChanged.emit()
            self.message.emit(f"Pushed “{outcome.entry.name}” as a new journey")
            self.remoteChanged.emit()

        self.run_remote(f"Pushing “{entry.name}” as new", work, on_done=done, action="push")

    def pull(self, journey_id: str) -> Task[Any] | None:
        """Take the server's copy (unpushed edits make it a conflict to decide)."""
        entry = self._entry(journey_id)
        if entry is None:
            return None
        wait = self._flushed(journey_id)
        lib = self.library.library

        def work(client: JourneysClient, _ctx: TaskContext) -> sync_work.SyncOutcome:
            wait()
            return sync_work.pull_entry(client, lib, journey_id)

        def done(outcome: sync_work.SyncOutcome) -> None:
            self.library.entriesChanged.emit()
            if outcome.conflict is not None:
                self.show_conflict(outcome.conflict)
                return
            self._show_server_copy(outcome, "Update from the server")
            self.message.emit(f"Updated “{outcome.entry.name}” from the server")

        return self.run_remote(
            f"Updating “{entry.name}”", work, on_done=done, action="update the journey"
        )

    def _show_server_copy(self, outcome: sync_work.SyncOutcome, text: str) -> None:
        """Put the pulled document into the open tab as one undoable step."""
        tab = self.library.tab_for(outcome.entry.id)
        binding = self.library.binding(tab)
        if tab is None or binding is None or outcome.document is None:
            return
        tab.doc.replace_document(outcome.document, text)  # made by the worker for this tab
        binding.save_now(from_server=True)

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

        def work(client: JourneysClient, _ctx: TaskContext) -> sync_work.SyncOutcome:
            return sync_work.pull_new(client, lib, journey.id)

        def done(outcome: sync_work.SyncOutcome) -> None:
            self.library.entriesChanged.emit()
            self.library.open_entry(outcome.entry.id, outcome.document)
            self.message.emit(f"Opened “{outcome.entry.name}” from Flownally")

        return self.run_remote(
            f"Opening “{journey.name or journey.id}”", work, on_done=done, action="open the journey"
        )

    # --- conflicts -------------------------------------------------------------------------------

    def show_conflict(self, conflict: sync_work.Conflict) -> ConflictDialog:
        """Ask how to resolve (non-modal); the choice starts the matching task."""
        old = self.conflict_dialogs.pop(conflict.journey_id, None)
        if old is not None:
            old.close()
        dialog = ConflictDialog(
            conflict.mine,
            conflict.theirs,
            server_time=conflict.theirs.updatedAt,
            parent=self.window,
        )
        dialog.resolved.connect(lambda choice, c=conflict: self.resolve(c, choice))
        dialog.finished.connect(
            lambda _r, j=conflict.journey_id: self.conflict_dialogs.pop(j, None)
        )
        self.conflict_dialogs[conflict.journey_id] = dialog
        dialog.open()
        return dialog

    def resolve(self, conflict: sync_work.Conflict, choice: str) -> Task[Any] | None:
        journey_id = conflict.journey_id
        if choice == KEEP_MINE:
            return self.push(journey_id, force=True)
        if choice == TAKE_THEIRS:
            return self._take_theirs(conflict)
        if choice == KEEP_BOTH:
            return self._keep_both(journey_id)
        raise ValueError(f"unknown choice {choice!r}")

    def _take_theirs(self, conflict: sync_work.Conflict) -> Task[Any] | None:
        journey_id = conflict.journey_id
        tab = self.library.tab_for(journey_id)
        binding = self.library.binding(tab)
        if tab is not None and binding is not None:
            # The server's copy as we already have it: one undoable step, saved as synced.
            tab.doc.replace_document(conflict.theirs, "Take the server's copy")
            binding.save_now(from_server=True)
            self.message.emit("Took the server's copy (Edit › Undo brings yours back)")
            return None
        lib = self.library.library

        def work(client: JourneysClient, _ctx: TaskContext) -> sync_work.SyncOutcome:
            return sync_work.pull_entry(client, lib, journey_id, replace=True)

        def done(outcome: sync_work.SyncOutcome) -> None:
            self.library.entriesChanged.emit()
            self.message.emit(f"Took the server's copy of “{outcome.entry.name}”")

        return self.run_remote("Taking the server's copy", work, on_done=done, action="pull")

    def _keep_both(self, journey_id: str) -> Task[Any] | None:
        wait = self._flushed(journey_id)
        lib = self.library.library

        def work(
            client: JourneysClient, _ctx: TaskContext
        ) -> tuple[sync_work.SyncOutcome, LibraryEntry]:
            wait()
            return sync_work.keep_both(client, lib, journey_id)

        def done(result: tuple[sync_work.SyncOutcome, LibraryEntry]) -> None:
            mine, theirs = result
            self._after_sync(mine)
            self.library.entriesChanged.emit()
            self.remoteChanged.emit()
            self.message.emit(
                f"Kept both: yours is a new journey on the server; theirs is in your library "
                f"as “{theirs.name}”"
            )

        return self.run_remote("Keeping both copies", work, on_done=done, action="keep both")

    # --- publish and lifecycle -------------------------------------------------------------------

    def publish(self, journey_id: str) -> Task[Any] | None:
        """Validate, push unpushed edits, publish (errors stop it, listed in a dialog)."""
        entry = self._entry(journey_id)
        if entry is None:
            return None
        wait = self._flushed(journey_id)
        lib = self.library.library

        def work(client: JourneysClient, _ctx: TaskContext) -> sync_work.PublishOutcome:
            wait()
            return sync_work.publish_entry(client, lib, journey_id)

        def done(outcome: sync_work.PublishOutcome) -> None:
            self.library.entriesChanged.emit()
            if outcome.blocked:
                self._show_blocked(outcome.entry.name, problems=outcome.problems)
                self.message.emit(f"“{outcome.entry.name}” was not published: it has errors")
                return
            if outcome.conflict is not None:
                self.show_conflict(outcome.conflict)
                return
            assert outcome.version is not None
            first = "Pushed your edits and published" if outcome.pushed_first else "Published"
            self.message.emit(f"{first} “{outcome.entry.name}” (version {outcome.version.id})")
            self.published.emit(journey_id)
            self.remoteChanged.emit()

        def failed(exc: Exception) -> bool:
            if isinstance(exc, InvalidRequestError):
                self._show_blocked(
                    entry.name, server_reasons=exc.reasons, server_message=exc.server_message
                )
                return True
            return False

        return self.run_remote(
            f"Publishing “{entry.name}”",
            work,
            on_done=done,
            on_error=failed,
            action="publish the journey",
        )

    def _show_blocked(self, name: str, **kwargs: Any) -> None:
        if self.blocked_dialog is not None:
            self.blocked_dialog.close()
        dialog = PublishBlockedDialog(name, parent=self.window, **kwargs)
        dialog.showProblems.connect(self._raise_problems)
        self.blocked_dialog = dialog
        dialog.open()

    def _raise_problems(self) -> None:
        dock = getattr(self.window, "problems_dock", None)
        if dock is not None:
            dock.show()
            dock.raise_()

    def _lifecycle(self, journey_id: str, action: str, done_text: str) -> Task[Any] | None:
        lib = self.library.library

        def work(client: JourneysClient, _ctx: TaskContext) -> LibraryEntry:
            return sync_work.lifecycle(client, lib, journey_id, action)

        def done(entry: LibraryEntry) -> None:
            self.library.entriesChanged.emit()
            self.remoteChanged.emit()
            status = label_for(JOURNEY_STATUSES, entry.status)
            self.message.emit(f"“{entry.name}” {done_text} (now {status.lower()})")

        return self.run_remote(f"{action.title()} …", work, on_done=done, action=f"{action} it")

    def activate(self, journey_id: str) -> Task[Any] | None:
        entry = self._entry(journey_id)
        if entry is None or not self._need_remote(entry, "activate"):
            return None
        if not ask(
            self.window,
            "Activate journey",
            f"Activate “{entry.name}”?",
            "Contacts who match its trigger will start entering the published version, "
            "and receive its messages.",
            "Activate",
        ):
            return None
        return self._lifecycle(journey_id, "activate", "is live")

    def pause(self, journey_id: str) -> Task[Any] | None:
        entry = self._entry(journey_id)
        if entry is None or not self._need_remote(entry, "pause"):
            return None
        if not ask(
            self.window,
            "Pause journey",
            f"Pause “{entry.name}”?",
            "New contacts stop entering it. Contacts already in it carry on to the end.",
            "Pause",
        ):
            return None
        return self._lifecycle(journey_id, "pause", "is paused")

    def delete_remote(self, journey_id: str) -> Task[Any] | None:
        """Delete from the server (offering to pause an active journey first); the local copy
        goes to the trash, where it can be restored."""
        entry = self._entry(journey_id)
        if entry is None or not self._need_remote(entry, "delete"):
            return None
        pause_first = False
        if entry.status == "active":
            if not ask(
                self.window,
                "Delete active journey",
                f"“{entry.name}” is active: contacts are going through it.",
                "An active journey cannot be deleted. Pause it (contacts already in it carry "
                "on) and then delete it from Flownally? Your copy moves to the library's trash.",
                "Pause and Delete",
            ):
                return None
            pause_first = True
        else:
            live = entry.status == "paused"
            detail = (
                "Contacts still in it will no longer be followed. " if live else ""
            ) + "Your copy moves to the library's trash, where you can restore it."
            if not ask(
                self.window,
                "Delete journey",
                f"Delete “{entry.name}” from Flownally?",
                detail,
                "Delete",
            ):
                return None
        lib = self.library.library

        def work(client: JourneysClient, _ctx: TaskContext) -> LibraryEntry:
            return sync_work.delete_remote(client, lib, journey_id, pause_first=pause_first)

        def done(deleted: LibraryEntry) -> None:
            self.library.move_to_trash(journey_id)
            self.remoteChanged.emit()
            self.message.emit(f"Deleted “{deleted.name}” from Flownally; your copy is in the trash")

        return self.run_remote(
            f"Deleting “{entry.name}”", work, on_done=done, action="delete the journey"
        )

    def _need_remote(self, entry: LibraryEntry, verb: str) -> bool:
        if entry.remote_id is not None:
            return True
        self.message.emit(
            f"“{entry.name}” is not on Flownally yet: push or publish it to {verb} it"
        )
        return False

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
            marked = 0
            for page in client.iter_journey_pages(page_size, cancel=ctx.cancel):
                count += len(page.journeys)
                marked += sync_work.reconcile_listing(lib, page.journeys, known)
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

        task = self.run_remote(
            "Listing journeys on Flownally",
            work,
            on_done=done,
            on_error=failed,
            on_progress=page,
            action="list the journeys",
            announce=False,
        )
        return task

    def shutdown(self) -> None:
        for dialog in list(self.conflict_dialogs.values()):
            dialog.close()
        if self.blocked_dialog is not None:
            self.blocked_dialog.close()
