"""Publish, activate, pause and delete from the window (DESIGN §8), for :class:`SyncController`.

Activate, pause and delete affect live contacts, so they are asked first, when the user does
them; offline (or cut off before the request can have reached the server) they wait in the
offline queue and are not asked again when it sends them. Publishing validates first: errors
stop it with the list, online or offline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from journey_builder.errors import InvalidRequestError
from journey_builder.model import JOURNEY_STATUSES, label_for
from journey_builder.storage.library import LibraryEntry
from journey_builder.sync import JourneysClient
from journey_builder.ui.common.workers import Task, TaskContext
from journey_builder.ui.sync import sync_work
from journey_builder.ui.sync.feedback import ask
from journey_builder.ui.sync.publish_dialog import PublishBlockedDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from journey_builder.ui.library.library_controller import LibraryController

__all__ = ["PublishActions"]


def _status_text(status: str | None) -> str:
    return label_for(JOURNEY_STATUSES, status).lower() or QCoreApplication.translate(
        "PublishActions", "unknown"
    )


class PublishActions(QObject):
    """The publish and lifecycle half of :class:`SyncController` (its base: it uses the
    controller's ``run_remote``, queue hooks and dialogs). Holds the signals both halves use."""

    #: A sentence for the status bar.
    message = Signal(str)
    #: Something on the server changed because of us (the remote list may refresh).
    remoteChanged = Signal()
    #: Only the server's copy changed: (library id, the server's copy) to offer to take.
    remoteNewer = Signal(str, object)
    #: A journey was published: its library id (the versions panel refreshes).
    published = Signal(str)

    # what the controller provides (attributes, so that lupdate keeps this class's context)
    window: QWidget
    library: LibraryController
    blocked_dialog: PublishBlockedDialog | None
    run_remote: Callable[..., Task[Any] | None]
    show_conflict: Callable[[sync_work.Conflict], None]
    flushed: Callable[[str], Callable[[], None]]
    _entry: Callable[[str], LibraryEntry | None]
    _queue_now: Callable[..., bool]
    _queue_after: Callable[..., bool]

    def publish(self, journey_id: str) -> Task[Any] | None:
        """Validate, push unpushed edits, publish (errors stop it, listed in a dialog)."""
        entry = self._entry(journey_id)
        if entry is None or self._queue_now(journey_id, "publish"):
            return None
        wait = self.flushed(journey_id)
        lib = self.library.library
        not_published = self.tr("“{name}” was not published: it has errors")
        newer = self.tr("“{name}” was not published: the server has a newer version")
        pushed_and_published = self.tr(
            "Pushed your edits and published “{name}” (version {version})"
        )
        published = self.tr("Published “{name}” (version {version})")

        def work(client: JourneysClient, _ctx: TaskContext) -> sync_work.PublishOutcome:
            wait()
            return sync_work.publish_entry(client, lib, journey_id)

        def done(outcome: sync_work.PublishOutcome) -> None:
            self.library.entriesChanged.emit()
            name = outcome.entry.name
            if outcome.blocked:
                self.show_blocked(name, problems=outcome.problems)
                self.message.emit(not_published.format(name=name))
                return
            if outcome.conflict is not None:
                self.show_conflict(outcome.conflict)
                return
            if outcome.remote_newer is not None:
                self.message.emit(newer.format(name=name))
                self.remoteNewer.emit(journey_id, outcome.remote_newer.document)
                return
            assert outcome.version is not None
            text = pushed_and_published if outcome.pushed_first else published
            self.message.emit(text.format(name=name, version=outcome.version.id))
            self.published.emit(journey_id)
            self.remoteChanged.emit()

        def failed(exc: Exception) -> bool:
            if isinstance(exc, InvalidRequestError):
                self.show_blocked(
                    entry.name, server_reasons=exc.reasons, server_message=exc.server_message
                )
                return True
            return self._queue_after(exc, journey_id, "publish")

        return self.run_remote(
            self.tr("Publishing “{name}”").format(name=entry.name),
            work,
            on_done=done,
            on_error=failed,
            action=self.tr("publish the journey"),
        )

    def show_blocked(self, name: str, **kwargs: Any) -> None:
        """Why a journey was not published (its errors, or the server's reasons); non-modal."""
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
        """Run an activate or pause the user confirmed (queued when offline)."""
        if self._queue_now(journey_id, action):
            return None
        lib = self.library.library

        def work(client: JourneysClient, _ctx: TaskContext) -> LibraryEntry:
            return sync_work.lifecycle(client, lib, journey_id, action)

        def done(entry: LibraryEntry) -> None:
            self.library.entriesChanged.emit()
            self.remoteChanged.emit()
            self.message.emit(done_text.format(name=entry.name, status=_status_text(entry.status)))

        label = self.tr("Activating…") if action == "activate" else self.tr("Pausing…")
        return self.run_remote(
            label,
            work,
            on_done=done,
            on_error=lambda exc: self._queue_after(exc, journey_id, action),
            action=self.tr("activate it") if action == "activate" else self.tr("pause it"),
        )

    def activate(self, journey_id: str) -> Task[Any] | None:
        entry = self._entry(journey_id)
        if entry is None or not self._need_remote(entry, "activate"):
            return None
        if not ask(
            self.window,
            self.tr("Activate journey"),
            self.tr("Activate “{name}”?").format(name=entry.name),
            self.tr(
                "Contacts who match its trigger will start entering the published version, "
                "and receive its messages."
            ),
            self.tr("Activate"),
        ):
            return None
        return self._lifecycle(journey_id, "activate", self.tr("“{name}” is live (now {status})"))

    def pause(self, journey_id: str) -> Task[Any] | None:
        entry = self._entry(journey_id)
        if entry is None or not self._need_remote(entry, "pause"):
            return None
        if not ask(
            self.window,
            self.tr("Pause journey"),
            self.tr("Pause “{name}”?").format(name=entry.name),
            self.tr("New contacts stop entering it. Contacts already in it carry on to the end."),
            self.tr("Pause"),
        ):
            return None
        return self._lifecycle(journey_id, "pause", self.tr("“{name}” is paused (now {status})"))

    def _confirm_delete(self, entry: LibraryEntry) -> bool | None:
        """Ask before deleting: None (declined), else whether to pause it first."""
        if entry.status == "active":
            if not ask(
                self.window,
                self.tr("Delete active journey"),
                self.tr("“{name}” is active: contacts are going through it.").format(
                    name=entry.name
                ),
                self.tr(
                    "An active journey cannot be deleted. Pause it (contacts already in it "
                    "carry on) and then delete it from Flownally? Your copy moves to the "
                    "library's trash."
                ),
                self.tr("Pause and Delete"),
            ):
                return None
            return True
        if entry.status == "paused":
            detail = self.tr(
                "Contacts still in it will no longer be followed. Your copy moves to the "
                "library's trash, where you can restore it."
            )
        else:
            detail = self.tr("Your copy moves to the library's trash, where you can restore it.")
        if not ask(
            self.window,
            self.tr("Delete journey"),
            self.tr("Delete “{name}” from Flownally?").format(name=entry.name),
            detail,
            self.tr("Delete"),
        ):
            return None
        return False

    def delete_remote(self, journey_id: str) -> Task[Any] | None:
        """Delete from the server (offering to pause an active journey first); the local copy
        goes to the trash, where it can be restored."""
        entry = self._entry(journey_id)
        if entry is None or not self._need_remote(entry, "delete"):
            return None
        pause_first = self._confirm_delete(entry)
        if pause_first is None or self._queue_now(journey_id, "delete", pause_first=pause_first):
            return None
        lib = self.library.library
        deleted_text = self.tr("Deleted “{name}” from Flownally; your copy is in the trash")

        def work(client: JourneysClient, _ctx: TaskContext) -> LibraryEntry:
            return sync_work.delete_remote(client, lib, journey_id, pause_first=pause_first)

        def done(deleted: LibraryEntry) -> None:
            self.library.move_to_trash(journey_id)
            self.remoteChanged.emit()
            self.message.emit(deleted_text.format(name=deleted.name))

        return self.run_remote(
            self.tr("Deleting “{name}”").format(name=entry.name),
            work,
            on_done=done,
            on_error=lambda exc: self._queue_after(
                exc, journey_id, "delete", pause_first=pause_first
            ),
            action=self.tr("delete the journey"),
        )

    def _need_remote(self, entry: LibraryEntry, action: str) -> bool:
        if entry.remote_id is not None:
            return True
        texts = {
            "activate": self.tr(
                "“{name}” is not on Flownally yet: push or publish it to activate it"
            ),
            "pause": self.tr("“{name}” is not on Flownally yet: push or publish it to pause it"),
            "delete": self.tr("“{name}” is not on Flownally yet: there is nothing to delete there"),
        }
        self.message.emit(texts[action].format(name=entry.name))
        return False
