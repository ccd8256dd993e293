"""The remote section of the library panel: the journeys on Flownally, when signed in.

The list streams in page by page on a worker thread, with a progress bar and Cancel; opening
a journey pulls it into the library (or opens its library copy). Signed out, it offers to sign
in or to try the sandbox. Offline, it keeps the last list and says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journey_builder.errors import RequestCancelledError, TransportError
from journey_builder.i18n import number_text
from journey_builder.model import Journey
from journey_builder.ui.account.accounts import AccountManager
from journey_builder.ui.common.journey_list import (
    BADGE_ROLE,
    DETAIL_ROLE,
    JourneyRowDelegate,
    parse_server_time,
    relative_time,
    status_badge,
)
from journey_builder.ui.common.widgets import PlainLabel, muted_label, plain_tooltip
from journey_builder.ui.common.workers import Task
from journey_builder.ui.sync.sync_controller import SyncController

__all__ = ["JOURNEY_ROLE", "RemotePanel"]

JOURNEY_ROLE = Qt.ItemDataRole.UserRole + 1
_PAGE_SIZE = 50


class RemotePanel(QWidget):
    """See the module docstring."""

    signInRequested = Signal()
    sandboxRequested = Signal()

    def __init__(
        self, sync: SyncController, accounts: AccountManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("remote_panel")
        self.sync = sync
        self.accounts = accounts
        self._task: Task[int] | None = None
        self._loaded = 0
        self._fresh = False
        self._generation = 0
        self._in_library: set[str] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)

        header = QHBoxLayout()
        header.setSpacing(4)
        self.title = PlainLabel(self.tr("On Flownally"), self, wrap=False)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        header.addWidget(self.title)
        self.account = muted_label("", self)
        self.account.setWordWrap(False)
        header.addWidget(self.account)
        header.addStretch(1)
        self.refresh_button = QToolButton(self)
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("List the journeys on Flownally again"))
        self.refresh_button.clicked.connect(self.refresh)
        header.addWidget(self.refresh_button)
        layout.addLayout(header)

        progress_row = QHBoxLayout()
        progress_row.setSpacing(4)
        self.progress = QProgressBar(self)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Listing progress"))
        self.progress_text = muted_label("", self)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop listing (what has arrived stays)"))
        self.cancel_button.clicked.connect(self.cancel)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        layout.addWidget(self.progress_text)

        self.model = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setObjectName("remote_list")
        self.list.setAccessibleName(self.tr("Journeys on Flownally"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(JourneyRowDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.doubleClicked.connect(self._open_index)
        self.list.activated.connect(self._open_index)

        # signed out: a calm line or two, never the whole keyring story (that is in the
        # sign-in dialog and the tooltip); in a scroll area so a short dock clips nothing
        self.signed_out = QWidget(self)
        out = QVBoxLayout(self.signed_out)
        out.setContentsMargins(8, 6, 8, 8)
        out.setSpacing(4)
        self.status = PlainLabel(self.tr("Not signed in."), self.signed_out)
        self.status.setObjectName("remote_status")
        out.addWidget(self.status)
        self.note = muted_label("", self.signed_out)
        self.note.setObjectName("remote_note")
        out.addWidget(self.note)
        self.invite = muted_label(
            self.tr(
                "Sign in to see your team's journeys on Flownally, push yours and publish them."
            ),
            self.signed_out,
        )
        out.addWidget(self.invite)
        out.addSpacing(4)
        sign_in = QPushButton(self.tr("Sign In…"), self.signed_out)
        sign_in.clicked.connect(self.signInRequested)
        sandbox = QPushButton(self.tr("Try the Sandbox"), self.signed_out)
        sandbox.setToolTip(self.tr("A practice server on this computer, with example journeys"))
        sandbox.clicked.connect(self.sandboxRequested)
        row = QHBoxLayout()
        row.addWidget(sign_in)
        row.addWidget(sandbox)
        row.addStretch(1)
        out.addLayout(row)
        out.addStretch(1)
        self.signed_out_scroll = QScrollArea(self)
        self.signed_out_scroll.setAccessibleName(self.tr("Sign in to see your Flownally journeys"))
        self.signed_out_scroll.setWidgetResizable(True)
        self.signed_out_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.signed_out_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.signed_out_scroll.setWidget(self.signed_out)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.signed_out_scroll)
        layout.addWidget(self.stack, 1)
        self._show_busy(False)
        accounts.changed.connect(self._on_account)
        self._on_account()

    # --- state -----------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _on_account(self) -> None:
        self.cancel()
        self._generation += 1  # what the old listing still sends is dropped
        self._task = None
        self._show_busy(False)
        self.model.clear()
        self._loaded = 0
        if self.accounts.signed_in:
            self.title.setText(self.tr("On Flownally"))
            self.title.setToolTip(plain_tooltip(self.accounts.describe()))
            self.account.setText(self.accounts.profile_name)
            self.stack.setCurrentWidget(self.list)
            self.refresh_button.setEnabled(True)
            self.progress_text.setText("")
            self.refresh()
        else:
            self.title.setText(self.tr("On Flownally"))
            self.account.setText("")
            self.stack.setCurrentWidget(self.signed_out_scroll)
            self.refresh_button.setEnabled(False)
            self._set_progress_text("")
            self._show_signed_out(self.accounts.problem)

    def _show_signed_out(self, problem: str) -> None:
        """ "Not signed in." and, when no keyring can keep a token, one short line about it;
        the full explanation is the tooltip (and the sign-in dialog says it again)."""
        keyring = getattr(self.accounts, "keyring_unusable", False)
        self.note.setText(
            self.tr("No password store found: you stay signed in until you quit.")
            if keyring
            else ""
        )
        self.note.setVisible(keyring)
        tip = plain_tooltip(problem)
        for label in (self.status, self.note):
            label.setToolTip(tip)

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.refresh_button.setEnabled(not busy and self.accounts.signed_in)

    # --- listing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """List every remote journey again, page by page."""
        if not self.accounts.signed_in or self._task is not None:
            return
        self._generation += 1
        generation = self._generation

        def current(callback: Callable[..., None]) -> Callable[..., None]:
            """Drop what a listing for another account (or an older refresh) sends."""

            def call(*args: object) -> None:
                if generation == self._generation:
                    callback(*args)

            return call

        self._fresh = True
        self._loaded = 0
        self._in_library = {
            e.remote_id for e in self.sync.library.entries() if e.remote_id is not None
        }
        self.progress.setRange(0, 0)
        self._set_progress_text(self.tr("Loading…"))
        self._show_busy(True)
        self._task = self.sync.list_remote(
            current(self._on_page),
            current(self._on_done),
            current(self._on_error),
            page_size=_PAGE_SIZE,
        )
        if self._task is None:
            self._show_busy(False)

    def _set_progress_text(self, text: str) -> None:
        self.progress_text.setText(text)
        self.progress_text.setVisible(bool(text))

    def _on_page(self, journeys: list[Journey], total: int | None) -> None:
        if self._fresh:  # the old list stays until the first page of the new one
            self.model.clear()
            self._fresh = False
        for journey in journeys:
            self.model.appendRow(self._item(journey))
        self._loaded += len(journeys)
        if total:
            self.progress.setRange(0, max(total, self._loaded))
            self.progress.setValue(self._loaded)
            self._set_progress_text(
                self.tr("Loaded {count} of {total}").format(
                    count=number_text(self._loaded), total=number_text(total)
                )
            )
        else:
            self._set_progress_text(
                self.tr("Loaded {count}").format(count=number_text(self._loaded))
            )

    def _on_done(self, count: int) -> None:
        self._task = None
        self._show_busy(False)
        if self._fresh:
            self.model.clear()
            self._fresh = False
        self._set_progress_text("" if count else self.tr("No journeys on Flownally yet."))

    def _on_error(self, exc: Exception) -> None:
        self._task = None
        self._show_busy(False)
        if isinstance(exc, RequestCancelledError):
            self._set_progress_text(self.tr("Stopped: %n journey(s) listed", "", self._loaded))
        elif isinstance(exc, TransportError):
            self._set_progress_text(
                self.tr("Offline (showing the last list)")
                if self.model.rowCount()
                else self.tr("Offline")
            )
        else:
            self._set_progress_text(self.tr("The list could not be loaded"))

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _item(self, journey: Journey) -> QStandardItem:
        name = journey.name or journey.id
        item = QStandardItem(name)
        item.setData(journey, JOURNEY_ROLE)
        badge = status_badge(journey.status)
        item.setData(badge, BADGE_ROLE)
        changed = relative_time(parse_server_time(journey.updatedAt))
        detail = self.tr("Changed {when}").format(when=changed) if changed else journey.id
        if journey.id in self._in_library:
            detail = self.tr("{detail} · in your library").format(detail=detail)
        item.setData(detail, DETAIL_ROLE)
        item.setToolTip(plain_tooltip(f"{name}\n{journey.id}\n{badge.tip}"))
        item.setEditable(False)
        return item

    def journeys_shown(self) -> list[Journey]:
        return [self.model.item(r).data(JOURNEY_ROLE) for r in range(self.model.rowCount())]

    def _open_index(self, index: QModelIndex) -> None:
        journey = index.data(JOURNEY_ROLE)
        if isinstance(journey, Journey):
            self.sync.open_remote(journey)

    def open_journey(self, remote_id: str) -> bool:
        """Open the listed journey with this id (as a double-click does)."""
        for journey in self.journeys_shown():
            if journey.id == remote_id:
                self.sync.open_remote(journey)
                return True
        return False
