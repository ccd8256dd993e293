"""Puts the Preview panel in the main window: one call, :func:`install_preview`.

The panel is a dock ("Preview"), hidden until Journey › Preview Contact… (Ctrl+Shift+R) opens
it; the action is made here and listed in the window's ``named_actions``. The Journey menu
comes from the library when there is one; without one, a Journey menu is made for the action. It follows the current tab, takes the error count from the problems panel, and keeps
samples in the library beside each journey (in memory, for the session, for a tab the library
does not hold). Closing the dock leaves the canvas unmarked.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QMenuBar, QTabWidget, QWidget

from journey_builder.document import EditableJourney
from journey_builder.ui.common.widgets import panel_dock
from journey_builder.ui.editor.editor_tab import EditorTab
from journey_builder.ui.preview.preview_panel import PreviewPanel
from journey_builder.ui.preview.samples import LibrarySampleStore, SampleStore
from journey_builder.ui.problems.problems_panel import ProblemsPanel

__all__ = ["PREVIEW_KEYS", "PreviewHost", "install_preview", "preview_dock"]

#: Journey › Preview Contact…; no standard key and no other action of the window uses it.
PREVIEW_KEYS = "Ctrl+Shift+R"


class PreviewHost(Protocol):
    """What :func:`install_preview` uses of the main window."""

    @property
    def tabs(self) -> QTabWidget: ...  # pragma: no cover - protocol

    @property
    def inspector_dock(self) -> QDockWidget: ...  # pragma: no cover - protocol

    @property
    def problems(self) -> ProblemsPanel: ...  # pragma: no cover - protocol

    @property
    def named_actions(self) -> dict[str, QAction]: ...  # pragma: no cover - protocol

    @property
    def workspace(self) -> Any: ...  # pragma: no cover - protocol

    def current_tab(self) -> EditorTab | None: ...  # pragma: no cover - protocol

    def menuBar(self) -> QMenuBar: ...  # pragma: no cover - protocol

    def addDockWidget(
        self, area: Qt.DockWidgetArea, dock: QDockWidget
    ) -> None: ...  # pragma: no cover

    def tabifyDockWidget(
        self, first: QDockWidget, second: QDockWidget
    ) -> None: ...  # pragma: no cover

    def installEventFilter(self, watcher: QObject) -> None: ...  # pragma: no cover - protocol


#: The panel's width when it first opens (the timeline and the final contact need room).
_DOCK_WIDTH = 470


class _Wiring(QObject):
    """The window's side of the panel: stores per journey, the dock, the menu action."""

    def __init__(self, window: PreviewHost, panel: PreviewPanel, dock: QDockWidget) -> None:
        super().__init__(panel)
        self.window = window
        self.panel = panel
        self.dock = dock
        self.stores: dict[EditableJourney, SampleStore] = {}
        self._opened = False
        panel.store_for = self.store_for
        window.tabs.currentChanged.connect(self.follow_tab)
        window.problems.problemsChanged.connect(self.follow_problems)
        dock.visibilityChanged.connect(self.follow_dock)
        panel.set_active(not dock.isHidden())  # closed until asked for: nothing is read
        window.installEventFilter(self)
        ws = window.workspace
        if ws is not None:
            ws.library.tabSaved.connect(self.flush)

    def _tab_of(self, doc: EditableJourney) -> EditorTab | None:
        tabs = self.window.tabs
        for i in range(tabs.count()):
            tab = tabs.widget(i)
            if isinstance(tab, EditorTab) and tab.doc is doc:
                return tab
        return None

    def store_for(self, doc: EditableJourney) -> SampleStore:
        store = self.stores.get(doc)
        if store is not None:
            return store
        ws = self.window.workspace
        tab = self._tab_of(doc)
        if ws is not None and tab is not None and ws.library.binding(tab) is not None:
            controller = ws.library

            def journey_id() -> str | None:
                binding = controller.binding(tab)
                return binding.journey_id if binding is not None else None

            store = LibrarySampleStore(
                controller.library,
                journey_id,
                submit=lambda write, failed: self._submit(controller, write, failed),
                on_error=self.panel.status.setText,
            )
        else:
            store = self.panel.memory_store(doc)
        self.stores[doc] = store
        doc.destroyed.connect(lambda _o=None, d=doc: self.stores.pop(d, None))
        return store

    @staticmethod
    def _submit(controller: Any, write: Any, failed: Any) -> None:
        """Write on the library's queue (after the journey's own saves); on the GUI thread
        once the queue is shut down (the window is closing)."""
        try:
            controller.saver.run(
                "Saving the preview samples", lambda _ctx: write(), on_error=failed
            )
        except RuntimeError:
            try:
                write()
            except Exception as exc:  # told to the user like any failed write
                failed(exc)

    def flush(self, doc: object, _entry: object = None) -> None:
        """A journey got (or kept) its library entry: samples waiting for it are written."""
        store = self.stores.get(doc) if isinstance(doc, EditableJourney) else None
        if isinstance(store, LibrarySampleStore):
            store.flush()

    def follow_tab(self, _index: int = -1) -> None:
        tab = self.window.current_tab()
        self.panel.set_target(tab.view if tab is not None else None)
        self.follow_problems()
        self.window.named_actions["preview"].setEnabled(tab is not None)

    def follow_problems(self, _problems: object = None) -> None:
        self.panel.set_error_count(self.window.problems.counts()[0])

    def follow_dock(self, _visible: bool) -> None:
        self.panel.set_active(not self.dock.isHidden())

    def open(self) -> None:
        """Journey › Preview Contact…: show the panel, ready to run."""
        first = self.dock.isHidden() and not self._opened
        self._opened = True
        self.dock.show()
        if first and not self.dock.isFloating():
            host: Any = self.window
            host.resizeDocks([self.dock], [_DOCK_WIDTH], Qt.Orientation.Horizontal)
        self.dock.raise_()
        self.panel.set_active(True)
        self.panel.run_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.panel.save_samples()  # before the library's queue stops
        return False


def _journey_menu(window: PreviewHost) -> QMenu:
    """The Journey menu (the library's), or a new one before Help."""
    bar = window.menuBar()
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.objectName() == "journey_menu":
            return menu
    menu = QMenu(QCoreApplication.translate("Preview", "&Journey"), bar)
    menu.setObjectName("journey_menu")
    help_action = next(
        (a for a in bar.actions() if (m := a.menu()) is not None and m.objectName() == "help_menu"),
        None,
    )
    if help_action is not None:
        bar.insertMenu(help_action, menu)
    else:
        bar.addMenu(menu)
    return menu


def install_preview(window: PreviewHost) -> PreviewPanel:
    """Add the Preview dock, its menu item and its wiring to ``window``; returns the panel."""
    host: Any = window
    panel = PreviewPanel(host)
    dock = panel_dock(QCoreApplication.translate("Preview", "Preview"), "preview", panel, host)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.tabifyDockWidget(window.inspector_dock, dock)
    dock.hide()
    window.inspector_dock.raise_()
    action = QAction(QCoreApplication.translate("Preview", "&Preview Contact…"), host)
    action.setObjectName("preview")
    tip = QCoreApplication.translate(
        "Preview", "Walk a sample contact or a cohort through the journey and see its path"
    )
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.setShortcut(QKeySequence(PREVIEW_KEYS))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.named_actions["preview"] = action
    wiring = _Wiring(window, panel, dock)
    action.triggered.connect(wiring.open)
    menu = _journey_menu(window)
    if menu.actions():
        menu.addSeparator()
    menu.addAction(action)
    panels = getattr(window, "panels_menu", None)
    if isinstance(panels, QMenu):
        panels.addAction(dock.toggleViewAction())
    wiring.follow_tab()
    return panel


def preview_dock(panel: QWidget) -> QDockWidget | None:
    """The dock the panel is in (for tests and screenshots)."""
    parent = panel.parentWidget()
    return parent if isinstance(parent, QDockWidget) else None
