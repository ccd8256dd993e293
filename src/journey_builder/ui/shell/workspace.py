"""What the local library and sync add to the main window: the library, remote and versions
panels, the Journey and Account menus, status bar indicators, and the hooks the window calls
(a tab was created, a file opened or saved, a tab closes, the window quits).

The window stays usable without it (no ``--library``): :class:`Workspace` is created only when
the window is given a library, and every hook is optional from the window's side.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMenu,
    QProgressBar,
    QToolButton,
    QWidget,
)

from journey_builder.errors import JourneyBuilderError
from journey_builder.i18n import error_text
from journey_builder.model.texts import QT_TRANSLATE_NOOP
from journey_builder.storage.library import Library, SyncState
from journey_builder.sync import ProfileStore
from journey_builder.sync.credentials import TokenStore
from journey_builder.ui.account.accounts import AccountManager
from journey_builder.ui.account.sign_in_dialog import SignInDialog
from journey_builder.ui.common.journey_list import badge_colours, sync_badge
from journey_builder.ui.common.theme import semantic_colour
from journey_builder.ui.common.widgets import panel_dock, plain_tooltip
from journey_builder.ui.common.workers import TaskRunner
from journey_builder.ui.editor.editor_tab import EditorTab
from journey_builder.ui.library.autosave import AUTOSAVE_DELAY
from journey_builder.ui.library.library_controller import LibraryController
from journey_builder.ui.library.library_panel import LibraryPanel
from journey_builder.ui.shell.host import WindowHost
from journey_builder.ui.shell.workspace_actions import WORKSPACE_ACTIONS
from journey_builder.ui.sync.connection import RETRY_SECONDS, ConnectionMonitor, ConnectionState
from journey_builder.ui.sync.remote_panel import RemotePanel
from journey_builder.ui.sync.remote_watch import POLL_SECONDS
from journey_builder.ui.sync.sync_controller import SyncController
from journey_builder.ui.sync.sync_services import SyncServices
from journey_builder.ui.versions.versions_panel import VersionsPanel

__all__ = ["Workspace", "open_workspace"]

log = logging.getLogger("journey_builder.ui")

_MESSAGE_MS = 8000
_JOURNEY_FILTER = QT_TRANSLATE_NOOP(
    "Workspace", "Journey files (*.journey.json *.json);;All files (*)"
)


def open_workspace(
    window: WindowHost, library_path: str | os.PathLike[str], **options: Any
) -> Workspace | None:
    """The workspace on ``library_path``; None (after saying why) if the library cannot open."""
    try:
        library = Library(library_path)
    except JourneyBuilderError as exc:
        from journey_builder.ui.common.messages import show_error

        show_error(
            window,
            QCoreApplication.translate("Workspace", "Cannot open the library"),
            error_text(exc),
            QCoreApplication.translate(
                "Workspace", "Journey Builder works on files only until the library can be opened."
            ),
        )
        return None
    return Workspace(window, library, **options)


class Workspace(QObject):
    """See the module docstring."""

    def __init__(
        self,
        window: WindowHost,
        library: Library,
        *,
        profiles: ProfileStore | None = None,
        keyring_store: TokenStore | None = None,
        env: Mapping[str, str] | None = None,
        autosave_delay: float = AUTOSAVE_DELAY,
        retry_seconds: tuple[float, ...] = RETRY_SECONDS,
        poll_seconds: tuple[float, float] = POLL_SECONDS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.net = TaskRunner(self, max_workers=4, name="sync")
        self.library = LibraryController(
            window, library, autosave_delay=autosave_delay, parent=self
        )
        self.accounts = AccountManager(
            self.net, profiles=profiles, keyring_store=keyring_store, env=env, parent=self
        )
        self.connection = ConnectionMonitor(
            self.accounts, self.net, retry_seconds=retry_seconds, parent=self
        )
        self.sync = SyncController(
            window, self.library, self.accounts, self.connection, self.net, parent=self
        )
        # the offline queue, conflict resolution and polling for changes made on the server
        self.services = SyncServices(window, self.sync, poll_seconds=poll_seconds, parent=self)
        self.sign_in_dialog: SignInDialog | None = None
        self._closed = False
        self._connection_state = self.connection.state.value
        self._build_panels()
        self._build_actions()
        self._build_menus()
        self._build_status()
        self.library.message.connect(self._say)
        self.sync.message.connect(self._say)
        self.sync.signInRequested.connect(self.open_sign_in)
        self.sync.remoteChanged.connect(self.remote_panel.refresh)
        self.services.watch.listChanged.connect(self.remote_panel.refresh)
        self.library.entriesChanged.connect(self._refresh_state)
        self.library.tabSaved.connect(self._on_saved)
        self.accounts.changed.connect(self._on_account)
        self.connection.stateChanged.connect(self._on_connection)
        self.net.busyChanged.connect(self._on_busy)
        window.tabs.currentChanged.connect(self._on_tab_changed)
        self._on_account()
        self.accounts.restore()
        app = QCoreApplication.instance()
        if app is not None:  # quitting without closing the window (smoke test, session end)
            app.aboutToQuit.connect(self.shutdown)

    # --- building --------------------------------------------------------------------------------

    def _build_panels(self) -> None:
        w = self.window
        self.remote_panel = RemotePanel(self.sync, self.accounts)
        self.remote_panel.signInRequested.connect(lambda: self.open_sign_in())
        self.remote_panel.sandboxRequested.connect(self.try_sandbox)
        self.library_panel = LibraryPanel(self.library, self.remote_panel)
        self.library_panel.exportRequested.connect(self.export_dialog)
        self.library_dock = self._dock(self.tr("Library"), "library", self.library_panel)
        w.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)
        w.splitDockWidget(self.library_dock, w.palette_dock, Qt.Orientation.Vertical)
        w.resizeDocks([self.library_dock, w.palette_dock], [520, 300], Qt.Orientation.Vertical)
        w.resizeDocks([self.library_dock], [280], Qt.Orientation.Horizontal)
        self.versions_panel = VersionsPanel(w, self.library, self.sync, self.accounts)
        self.versions_dock = self._dock(self.tr("Versions"), "versions", self.versions_panel)
        w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.versions_dock)
        w.tabifyDockWidget(w.problems_dock, self.versions_dock)
        w.problems_dock.raise_()

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        return panel_dock(title, name, widget, self.window)

    def _action(
        self,
        name: str,
        text: str,
        tip: str,
        slot: Callable[[], object],
        keys: str | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _c=False: slot())
        self.actions[name] = action
        return action

    def _build_actions(self) -> None:
        self.actions: dict[str, QAction] = {}
        slots: dict[str, Callable[[], object]] = {
            "push": lambda: self._on_current(self.sync.push),
            "pull": lambda: self._on_current(self.sync.pull),
            "publish": lambda: self._on_current(self.sync.publish),
            "activate": lambda: self._on_current(self.sync.activate),
            "pause": lambda: self._on_current(self.sync.pause),
            "delete_remote": lambda: self._on_current(self.sync.delete_remote),
            "show_library": self.show_library,
            "show_versions": self.show_versions,
            "import": self.library_panel.import_dialog,
            "export_library": lambda: self._on_current(self.export_dialog),
            "sign_in": lambda: self.open_sign_in(),
            "sign_out": self.sign_out,
            "sandbox": self.try_sandbox,
            "retry": self.connection.probe,
        }
        for name, (text, tip, keys) in WORKSPACE_ACTIONS.items():
            self._action(name, self.tr(text), self.tr(tip), slots[name], keys)

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        menus = {m.menu().objectName() or m.text(): m for m in bar.actions() if m.menu()}
        help_action = menus.get("help_menu")
        a = self.actions
        journey = QMenu(self.tr("&Journey"), self.window)
        journey.setObjectName("journey_menu")
        journey.addActions([a["push"], a["pull"], a["publish"]])
        journey.addSeparator()
        journey.addActions([a["activate"], a["pause"], a["delete_remote"]])
        journey.addSeparator()
        journey.addActions([a["show_library"], a["show_versions"]])
        self.account_menu = QMenu(self.tr("&Account"), self.window)
        self.account_menu.setObjectName("account_menu")
        self.account_menu.aboutToShow.connect(self._fill_account_menu)
        self._fill_account_menu()
        if help_action is not None:
            bar.insertMenu(help_action, journey)
            bar.insertMenu(help_action, self.account_menu)
        else:
            bar.addMenu(journey)
            bar.addMenu(self.account_menu)
        file_menu = bar.actions()[0].menu() if bar.actions() else None
        if isinstance(file_menu, QMenu):
            anchor = next((x for x in file_menu.actions() if x.isSeparator()), None)
            if anchor is not None:
                file_menu.insertActions(anchor, [a["import"], a["export_library"]])
        panels = getattr(self.window, "panels_menu", None)
        if isinstance(panels, QMenu):
            panels.addAction(self.library_dock.toggleViewAction())
            panels.addAction(self.versions_dock.toggleViewAction())
        toolbar = getattr(self.window, "toolbar", None)
        if toolbar is not None:
            toolbar.addSeparator()
            a["push"].setIconText(self.tr("Push"))
            a["publish"].setIconText(self.tr("Publish"))
            toolbar.addAction(a["push"])
            toolbar.addAction(a["publish"])

    def _fill_account_menu(self) -> None:
        menu = self.account_menu
        menu.clear()
        a = self.actions
        state = menu.addAction(self.accounts.describe())
        state.setEnabled(False)
        menu.addSeparator()
        menu.addAction(a["sign_in"])
        names = self.accounts.profile_names()
        if names:
            switch = menu.addMenu(self.tr("S&witch Profile"))
            current = self.accounts.profile_name if self.accounts.signed_in else None
            for name in names:
                action = switch.addAction(name)
                action.setCheckable(True)
                action.setChecked(name == current)
                action.triggered.connect(lambda _c=False, n=name: self.switch_profile(n))
        menu.addAction(a["sign_out"])
        menu.addSeparator()
        menu.addAction(a["sandbox"])
        menu.addAction(a["retry"])

    def _build_status(self) -> None:
        status = self.window.statusBar()
        self.busy = QProgressBar(self.window)
        self.busy.setRange(0, 0)
        self.busy.setMaximumSize(70, 12)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        self.sync_label = QLabel(self.window)
        self.sync_label.setObjectName("sync_state")
        self.sync_label.setTextFormat(Qt.TextFormat.PlainText)
        self.connection_button = QToolButton(self.window)
        self.connection_button.setObjectName("connection_state")
        self.connection_button.setAccessibleName(self.tr("Connection to Flownally"))
        self.connection_button.setAutoRaise(True)
        self.connection_button.clicked.connect(self.connection.probe)
        self.account_button = QToolButton(self.window)
        self.account_button.setObjectName("account_state")
        self.account_button.setAutoRaise(True)
        # the menu opens above the button on a click; no setMenu(), whose corner arrow the
        # style draws over the end of the text
        self.account_button.clicked.connect(self._popup_account_menu)
        status.insertPermanentWidget(0, self.busy)
        status.insertPermanentWidget(1, self.sync_label)
        status.insertPermanentWidget(2, self.services.queue_button)
        status.addPermanentWidget(self.connection_button)
        status.addPermanentWidget(self.account_button)

    def _popup_account_menu(self) -> None:
        button = self.account_button
        height = self.account_menu.sizeHint().height()
        self.account_menu.popup(button.mapToGlobal(QPoint(0, -height)))

    # --- the window's hooks ----------------------------------------------------------------------

    def tab_created(self, tab: EditorTab) -> None:
        """File › New: saved into the library from its first edit."""
        if self.library.binding(tab) is None:
            self.library.bind(tab.doc, None)

    def file_opened(self, tab: EditorTab) -> None:
        self.library.file_opened(tab)
        self._refresh_state()

    def file_saved(self, tab: EditorTab) -> None:
        self.library.file_saved(tab)

    def keeps(self, tab: EditorTab) -> bool:
        return self.library.keeps(tab)

    def is_bound(self, tab: EditorTab) -> bool:
        return self.library.is_bound(tab)

    def tab_closing(self, tab: EditorTab) -> None:
        self.library.tab_closing(tab)

    def state_text(self, tab: EditorTab) -> str | None:
        """The window's file-state text for a tab that lives in the library only."""
        binding = self.library.binding(tab)
        if binding is None or tab.doc.path is not None or binding.journey_id is None:
            return None
        return self.tr("In the library")

    def restore_session(self) -> int:
        """Reopen the tabs of the last session; returns how many."""
        return self.library.restore_tabs()

    def shutdown(self) -> None:
        """Save everything, remember the tabs, stop every worker; the window is closing."""
        if self._closed:
            return
        self._closed = True
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.reject()
        self.services.shutdown()
        self.sync.shutdown()
        self.net.shutdown(cancel=True)
        self.library.shutdown()
        self.accounts.stop_sandbox()

    # --- current journey -------------------------------------------------------------------------

    def current_journey_id(self) -> str | None:
        binding = self.library.binding(self.window.current_tab())
        return binding.journey_id if binding is not None else None

    def _on_current(self, action: Callable[[str], object]) -> None:
        tab = self.window.current_tab()
        binding = self.library.binding(tab)
        if binding is None:
            self._say(self.tr("This tab is not a journey of the library"))
            return
        if binding.journey_id is None:
            binding.save_now(force=True)  # into the library first; try again once it is there
            self._say(self.tr("Saving the journey to the library first; try again in a moment"))
            return
        action(binding.journey_id)

    def _on_tab_changed(self, _index: int) -> None:
        if self._closed:
            return
        self.versions_panel.set_tab(self.window.current_tab())
        self._refresh_state()
        self.library.remember_tabs()

    def _refresh_state(self) -> None:
        """The status bar's sync state of the current tab, and which actions apply."""
        if self._closed:
            return
        tab = self.window.current_tab()
        binding = self.library.binding(tab)
        entry = None
        if binding is not None and binding.journey_id is not None:
            try:
                entry = self.library.library.get(binding.journey_id)
            except JourneyBuilderError:
                entry = None
        if entry is None:
            self.sync_label.setText("")
            self.sync_label.hide()
        else:
            badge = sync_badge(entry.sync_state)
            text = badge.text
            if entry.sync_state is SyncState.MODIFIED:
                text = self.tr("Modified · not pushed")
            self.sync_label.setText(text)
            self.sync_label.setToolTip(badge.tip)
            colour, _fill = badge_colours(badge.kind, self.sync_label.palette())
            pal = self.sync_label.palette()
            pal.setColor(self.sync_label.foregroundRole(), colour)
            self.sync_label.setPalette(pal)
            self.sync_label.show()
        signed_in = self.accounts.signed_in
        has_entry = binding is not None
        on_server = entry is not None and entry.remote_id is not None
        a = self.actions
        a["push"].setEnabled(signed_in and has_entry)
        a["publish"].setEnabled(signed_in and has_entry)
        a["pull"].setEnabled(signed_in and on_server)
        a["export_library"].setEnabled(has_entry)
        for name in ("activate", "pause", "delete_remote"):
            a[name].setEnabled(signed_in and on_server)
        if entry is not None:
            a["activate"].setEnabled(a["activate"].isEnabled() and entry.status != "active")
            a["pause"].setEnabled(a["pause"].isEnabled() and entry.status == "active")

    def _on_saved(self, doc: object, _entry: object) -> None:
        for index in range(self.window.tab_count()):
            tab = self.window.tab(index)
            if tab.doc is doc:
                self.window.refresh_tab(tab)
        self._refresh_state()

    def _on_account(self) -> None:
        if self._closed:
            return
        signed_in = self.accounts.signed_in
        self.account_button.setText(self.accounts.describe())
        self.account_button.setToolTip(
            plain_tooltip(
                self.accounts.problem
                or (self.tr("Account") if signed_in else self.tr("Sign in to Flownally"))
            )
        )
        self.actions["sign_out"].setEnabled(signed_in)
        self.actions["retry"].setEnabled(signed_in)
        self._refresh_connection()
        self._refresh_state()

    def _on_connection(self, state: str) -> None:
        was, self._connection_state = self._connection_state, state
        self._refresh_connection()
        if was == ConnectionState.OFFLINE.value and state == ConnectionState.ONLINE.value:
            self.remote_panel.refresh()  # back online: list again

    def _refresh_connection(self) -> None:
        state = self.connection.state
        button = self.connection_button
        if state is ConnectionState.SIGNED_OUT:
            button.hide()
            return
        online = state is ConnectionState.ONLINE
        button.setText(self.tr("● Online") if online else self.tr("● Offline"))
        button.setToolTip(
            plain_tooltip(
                self.tr("Flownally answers")
                if online
                else self.tr("Flownally cannot be reached; retrying. Click to retry now.")
                + "\n"
                + self.connection.last_problem
            )
        )
        colour = semantic_colour("ok" if online else "warning", button.palette())
        pal = button.palette()
        pal.setColor(button.foregroundRole(), colour)
        pal.setColor(pal.ColorRole.ButtonText, colour)
        button.setPalette(pal)
        button.show()
        self.actions["retry"].setEnabled(not online)

    def _on_busy(self, busy: bool) -> None:
        if self._closed:
            return
        self.busy.setVisible(busy)
        labels = [t.label for t in self.net.tasks()]
        self.busy.setToolTip(plain_tooltip("\n".join(labels)))

    def _say(self, text: str) -> None:
        if not self._closed:
            self.window.statusBar().showMessage(text, _MESSAGE_MS)

    # --- accounts --------------------------------------------------------------------------------

    def open_sign_in(self, profile: str | None = None, reason: str = "") -> SignInDialog:
        """The sign-in dialog (non-modal; one at a time)."""
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.raise_()
            self.sign_in_dialog.activateWindow()
            return self.sign_in_dialog
        dialog = SignInDialog(
            self.accounts, profile=profile or None, reason=reason, parent=self.window
        )
        dialog.sandboxRequested.connect(self.try_sandbox)
        dialog.finished.connect(lambda _r: self._sign_in_closed())
        self.sign_in_dialog = dialog
        dialog.open()
        return dialog

    def _sign_in_closed(self) -> None:
        dialog, self.sign_in_dialog = self.sign_in_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def switch_profile(self, name: str) -> None:
        def done_or_ask() -> None:
            self.accounts.changed.disconnect(done_or_ask)
            if not self.accounts.signed_in:
                self.open_sign_in(
                    name, self.tr("Sign in to the profile “{name}”.").format(name=name)
                )

        self.accounts.changed.connect(done_or_ask)
        self.accounts.restore(name)

    def sign_out(self) -> None:
        name = self.accounts.profile_name
        self.accounts.sign_out()
        self._say(
            self.tr("Signed out of “{name}”; your journeys stay in the library").format(name=name)
        )

    def try_sandbox(self) -> None:
        """Start the practice server in this process and sign in to it for this session."""
        self.accounts.start_sandbox(
            lambda creds: self._say(
                self.tr("Signed in to the sandbox at {url} (this session only)").format(
                    url=creds.base_url
                )
            ),
            lambda exc: self.sync.show_error(exc, self.tr("start the sandbox")),
        )

    # --- panels ----------------------------------------------------------------------------------

    def show_library(self) -> None:
        self.library_dock.show()
        self.library_dock.raise_()
        self.library_panel.search.setFocus()

    def show_versions(self) -> None:
        self.versions_dock.show()
        self.versions_dock.raise_()

    def export_dialog(self, journey_id: str) -> None:
        try:
            entry = self.library.library.get(journey_id)
        except JourneyBuilderError as exc:
            self._say(error_text(exc))
            return
        safe = "".join(c if c.isalnum() or c in "-_ " else "-" for c in entry.name).strip(" -")
        suggested = (safe.replace(" ", "-").lower() or "journey") + ".journey.json"
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export journey"), suggested, self.tr(_JOURNEY_FILTER)
        )
        if not path:
            return
        if not path.lower().endswith(".json"):
            path += ".journey.json"
        self.library.export(journey_id, os.path.abspath(path))
