"""What keeps sync going around the user's own pushes (issue 10), put together for the window:
conflicts and newer server copies resolved (:mod:`.conflicts`), the offline queue and its
status-bar button and refusal notice (:mod:`.offline_queue`, :mod:`.queue_widgets`), and the
polling that notices changes made on the server (:mod:`.remote_watch`).

The workspace creates one :class:`SyncServices`, puts :attr:`SyncServices.queue_button` in its
status bar and calls :meth:`SyncServices.shutdown` when the window closes.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from journey_builder.ui.sync.conflicts import ConflictResolver
from journey_builder.ui.sync.connection import ConnectionState
from journey_builder.ui.sync.offline_queue import OfflineQueue, QueuedRow
from journey_builder.ui.sync.queue_widgets import QueueButton, RefusalNotice
from journey_builder.ui.sync.remote_watch import POLL_SECONDS, RemoteWatch
from journey_builder.ui.sync.sync_controller import SyncController
from journey_builder.ui.sync.sync_work import RemoteChange

__all__ = ["SyncServices"]


class SyncServices(QObject):
    """See the module docstring. ``poll_seconds``: (first, longest) interval of the polling."""

    def __init__(
        self,
        window: QWidget,
        sync: SyncController,
        *,
        poll_seconds: tuple[float, float] = POLL_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.sync = sync
        self.resolver = ConflictResolver(sync, self)
        self.queue = OfflineQueue(sync, self)
        self.watch = RemoteWatch(
            sync, window, first=poll_seconds[0], longest=poll_seconds[1], parent=self
        )
        self.queue_button = QueueButton(window)
        self.notice: RefusalNotice | None = None
        button = self.queue_button
        self.queue.rowsChanged.connect(button.show_rows)
        self.queue.refused.connect(self.show_refusals)
        button.sendRequested.connect(self.queue.send)
        button.retryRequested.connect(self.queue.retry)
        button.discardRequested.connect(self.queue.discard)
        sync.connection.stateChanged.connect(self._on_connection)
        self.watch.changedRemotely.connect(self._on_remote_change)
        self._on_connection(sync.connection.state.value)

    def _on_connection(self, state: str) -> None:
        self.queue_button.set_online(state == ConnectionState.ONLINE.value)

    def show_refusals(self, rows: list[QueuedRow]) -> RefusalNotice:
        """The server's refusals, in one non-modal notice (added to one still open)."""
        notice = self.notice
        if notice is None or not shiboken6.isValid(notice) or not notice.isVisible():
            notice = RefusalNotice(self.window)
            notice.retryRequested.connect(self.queue.retry)
            notice.discardRequested.connect(self.queue.discard)
            self.notice = notice
        notice.add_rows(rows)
        notice.show()
        return notice

    def _on_remote_change(self, change: RemoteChange) -> None:
        """An open journey without local edits is offered the server's copy (a bar)."""
        if not change.edited_here and self.sync.library.tab_for(change.journey_id) is not None:
            self.resolver.offer_theirs(change.journey_id, change.theirs)

    def shutdown(self) -> None:
        self.sync.connection.stop()
        self.watch.stop()
        self.queue.shutdown()
        if self.notice is not None and shiboken6.isValid(self.notice):
            self.notice.close()
