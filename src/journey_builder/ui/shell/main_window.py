"""The main window: journeys in tabs, the palette, inspector and problems panels, menus,
toolbar and status bar; opening, saving and closing files without losing work.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from journey_builder.document import EditableJourney
from journey_builder.errors import JourneyFileError
from journey_builder.i18n import error_text
from journey_builder.resources import TemplateInfo
from journey_builder.storage.files import load_journey
from journey_builder.ui.common.icons import app_icon, severity_icon
from journey_builder.ui.common.messages import show_error
from journey_builder.ui.common.settings import open_settings
from journey_builder.ui.common.theme import ThemeChoice, ThemeManager
from journey_builder.ui.common.widgets import panel_dock, plain_tooltip
from journey_builder.ui.editor.editor_tab import EditorTab
from journey_builder.ui.editor.palette import NodePalette
from journey_builder.ui.inspector.inspector import Inspector
from journey_builder.ui.preview.install import install_preview
from journey_builder.ui.problems.problems_panel import ProblemsPanel, count_text
from journey_builder.ui.shell.actions import make_actions, shortcut_text
from journey_builder.ui.shell.dock_tabs import DockTabNamer
from journey_builder.ui.shell.help_dialogs import AboutDialog, open_log_folder
from journey_builder.ui.shell.language import LanguageMenu
from journey_builder.ui.shell.recent_files import RecentFiles
from journey_builder.ui.shell.shortcuts_dialog import ShortcutsDialog
from journey_builder.ui.shell.window_closing import ClosingWindow
from journey_builder.ui.shell.window_files import HINT_MS, new_document
from journey_builder.ui.shell.workspace import Workspace, open_workspace
from journey_builder.ui.welcome.welcome_page import WelcomePage

__all__ = ["APP_TITLE", "MainWindow", "new_document"]

APP_TITLE = "Journey Builder"


class MainWindow(ClosingWindow):
    """The editor window."""

    def __init__(
        self,
        *,
        settings: QSettings | None = None,
        theme: ThemeManager | None = None,
        library: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.settings = settings if settings is not None else open_settings()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.theme = theme if theme is not None else ThemeManager(app, self.settings, self)
        #: The local library this window works on (the library panel reads it).
        self.library = library
        self.recent = RecentFiles(self.settings, self)
        self.undo_group = QUndoGroup(self)
        self._current: EditorTab | None = None
        self.setWindowTitle(APP_TITLE)
        self.setWindowIcon(app.windowIcon() if not app.windowIcon().isNull() else app_icon())
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
            | QMainWindow.DockOption.AllowNestedDocks
        )
        self._build_central()
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        #: The library, sync and versions panels (None when the window has no library).
        self.workspace: Workspace | None = (
            open_workspace(self, library) if library is not None else None
        )
        self.welcome.set_library(self.workspace is not None)
        self.preview = install_preview(self)
        if self.workspace is not None:
            ws = self.workspace
            self.welcome.importRequested.connect(ws.library_panel.import_dialog)
            self.welcome.signInRequested.connect(lambda: ws.open_sign_in())
            self.welcome.sandboxRequested.connect(ws.try_sandbox)
        self._restore_layout()
        self._dock_tabs = DockTabNamer(self)
        self._on_tab_changed(-1)

    # --- building ------------------------------------------------------------------------------

    def _build_central(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(False)  # our own quiet close buttons, see _close_button
        self.tabs.setMovable(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.tabs.tabBar().setAccessibleName(self.tr("Open journeys"))
        self.central = QStackedWidget(self)
        self.central.addWidget(self.tabs)
        self.welcome = WelcomePage(self)
        self.welcome.newRequested.connect(self._welcome_new)
        self.welcome.templateRequested.connect(self.new_from_template)
        self.welcome.openRequested.connect(lambda: self.named_actions["open"].trigger())
        self.welcome.backRequested.connect(self.show_journeys)
        self.central.addWidget(self.welcome)
        self.setCentralWidget(self.central)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = panel_dock(title, name, widget, self)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.palette_panel = NodePalette(self)
        self.palette_panel.addRequested.connect(self.add_step)
        self.palette_dock = self._dock(
            self.tr("Steps"), "palette", self.palette_panel, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.inspector = Inspector(self)
        self.inspector_dock = self._dock(
            self.tr("Inspector"), "inspector", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.problems = ProblemsPanel(self)
        self.problems.problemActivated.connect(self._show_problem)
        self.problems.problemsChanged.connect(self._on_problems)
        self.problems_dock = self._dock(
            self.tr("Problems"), "problems", self.problems, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.resizeDocks(
            [self.palette_dock, self.inspector_dock], [210, 360], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.problems_dock], [150], Qt.Orientation.Vertical)

    def _build_actions(self) -> None:
        self.named_actions: dict[str, QAction] = make_actions(
            self,
            {
                "new": self.new_journey,
                "open": self.open_dialog,
                "save": self.save,
                "save_as": self.save_as,
                "export_image": self.export_image,
                "close_tab": self.close_current_tab,
                "quit": self.close,
                "cut": self._cut,
                "copy": self._copy,
                "paste": self._paste,
                "duplicate": lambda: self._with_view(lambda v: v.duplicate_selection()),
                "delete": self._delete,
                "select_all": self._select_all,
                "find": self.open_find,
                "add_after": self.add_step_dialog,
                "connect": self.connect_dialog,
                "zoom_in": lambda: self._with_view(lambda v: v.zoom_in()),
                "zoom_out": lambda: self._with_view(lambda v: v.zoom_out()),
                "actual_size": lambda: self._with_view(lambda v: v.reset_zoom()),
                "fit": lambda: self._with_view(lambda v: v.fit()),
                "zoom_selection": lambda: self._with_view(lambda v: v.zoom_to_selection()),
                "auto_layout": lambda: self._with_view(lambda v: v.auto_layout()),
                "snap": self._apply_snap,
                "minimap": self._apply_minimap,
                "focus_palette": lambda: self._focus_panel(
                    self.palette_dock, self.palette_panel.tree
                ),
                "focus_canvas": self._focus_canvas,
                "focus_inspector": lambda: self._focus_panel(self.inspector_dock, self.inspector),
                "focus_problems": lambda: self._focus_panel(self.problems_dock, self.problems.tree),
                "shortcuts": self.show_shortcuts,
                "welcome": self.show_welcome,
                "log_folder": lambda: open_log_folder(self),
                "about": self.show_about,
            },
        )
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setObjectName("undo")
        undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setObjectName("redo")
        redo.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
            or [QKeySequence("Ctrl+Shift+Z")]
        )
        self.named_actions["undo"] = undo
        self.named_actions["redo"] = redo
        self.named_actions["snap"].setChecked(self.settings.value("view/snap", "false") == "true")
        self.named_actions["minimap"].setChecked(
            self.settings.value("view/minimap", "true") != "false"
        )
        self.theme_actions: dict[ThemeChoice, QAction] = {}
        group = QActionGroup(self)
        for choice, text in (
            (ThemeChoice.SYSTEM, self.tr("Follow &System")),
            (ThemeChoice.LIGHT, self.tr("&Light")),
            (ThemeChoice.DARK, self.tr("&Dark")),
            (ThemeChoice.HIGH_CONTRAST, self.tr("&High Contrast")),
        ):
            action = QAction(text, self)
            action.setObjectName(f"theme_{choice.value}")
            action.setCheckable(True)
            action.setChecked(self.theme.choice is choice)
            action.triggered.connect(lambda _c=False, ch=choice: self.theme.set_choice(ch))
            group.addAction(action)
            self.theme_actions[choice] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        a = self.named_actions
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([a["new"], a["open"]])
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([a["save"], a["save_as"], a["export_image"]])
        file_menu.addSeparator()
        file_menu.addActions([a["close_tab"], a["quit"]])

        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([a["undo"], a["redo"]])
        edit.addSeparator()
        edit.addActions([a["cut"], a["copy"], a["paste"], a["duplicate"], a["delete"]])
        edit.addSeparator()
        edit.addActions([a["select_all"], a["find"]])
        edit.addSeparator()
        edit.addActions([a["add_after"], a["connect"]])

        view = bar.addMenu(self.tr("&View"))
        view.addActions(
            [a["zoom_in"], a["zoom_out"], a["actual_size"], a["fit"], a["zoom_selection"]]
        )
        view.addSeparator()
        view.addActions([a["auto_layout"], a["snap"], a["minimap"]])
        view.addSeparator()
        theme_menu = view.addMenu(self.tr("&Theme"))
        theme_menu.addActions(list(self.theme_actions.values()))
        self.language_menu = LanguageMenu(self, self.settings, self.library)
        view.addMenu(self.language_menu)
        panels = view.addMenu(self.tr("&Panels"))
        self.panels_menu = panels
        for dock in (self.palette_dock, self.inspector_dock, self.problems_dock):
            panels.addAction(dock.toggleViewAction())
        panels.addSeparator()
        panels.addActions(
            [a["focus_palette"], a["focus_canvas"], a["focus_inspector"], a["focus_problems"]]
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("help_menu")  # the workspace puts its menus before it
        help_menu.addActions([a["welcome"], a["shortcuts"]])
        help_menu.addSeparator()
        help_menu.addAction(a["log_folder"])
        help_menu.addSeparator()
        help_menu.addAction(a["about"])

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        a = self.named_actions
        for name in ("new", "open", "save"):
            bar.addAction(a[name])
        bar.addSeparator()
        for name in ("undo", "redo"):
            bar.addAction(a[name])
        bar.addSeparator()
        for name in ("add_after", "connect", "auto_layout"):
            bar.addAction(a[name])
        bar.addSeparator()
        for name in ("zoom_out", "zoom_in", "fit"):
            bar.addAction(a[name])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar
        # short labels on the toolbar (icon text); the menus keep the full text
        short = {
            "new": self.tr("New"),
            "add_after": self.tr("Add step"),
            "connect": self.tr("Connect"),
            "zoom_out": self.tr("Zoom −"),
            "zoom_in": self.tr("Zoom +"),
            "fit": self.tr("Fit"),
        }
        for name, text in short.items():
            a[name].setIconText(text)
        for action in bar.actions():
            keys = shortcut_text(action)
            if keys and not action.isSeparator():
                action.setToolTip(
                    f"{action.statusTip() or action.text().replace('&', '')} ({keys})"
                )

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.file_state = QLabel(self)
        self.file_state.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_button = QToolButton(self)
        self.problem_button.setAutoRaise(True)
        self.problem_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.problem_button.setToolTip(self.tr("Show the problems panel"))
        self.problem_button.setAccessibleName(self.tr("Problems"))
        self.problem_button.clicked.connect(self._raise_problems)
        self.zoom_label = QLabel(self)
        self.zoom_label.setTextFormat(Qt.TextFormat.PlainText)
        self.zoom_label.setMinimumWidth(56)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.zoom_label.setToolTip(self.tr("Zoom (mouse wheel, or Ctrl++ and Ctrl+−)"))
        status.addPermanentWidget(self.file_state)
        status.addPermanentWidget(self.problem_button)
        status.addPermanentWidget(self.zoom_label)

    # --- tabs ----------------------------------------------------------------------------------

    def add_tab(self, doc: EditableJourney) -> EditorTab:
        """Show a journey in a new tab and make it current."""
        tab = EditorTab(doc, self.tabs)
        tab.set_minimap_visible(self.named_actions["minimap"].isChecked())
        tab.view.set_snap_to_grid(self.named_actions["snap"].isChecked())
        self.undo_group.addStack(doc.undo_stack)
        doc.undo_stack.cleanChanged.connect(lambda _clean, t=tab: self._refresh_tab(t))
        doc.journeyChanged.connect(lambda t=tab: self._refresh_tab(t))
        tab.view.selectionChangedKeys.connect(lambda keys, t=tab: self._on_selection(t, keys))
        tab.view.zoomChanged.connect(lambda _z, t=tab: self._refresh_zoom(t))
        tab.view.hintRequested.connect(lambda text: self.statusBar().showMessage(text, HINT_MS))
        tab.find_bar.closed.connect(tab.view.setFocus)
        tab.view.stepActivated.connect(self.named_actions["focus_inspector"].trigger)
        index = self.tabs.addTab(tab, tab.title())
        self.tabs.tabBar().setTabButton(
            index, QTabBar.ButtonPosition.RightSide, self._close_button(tab)
        )
        self._refresh_tab(tab)
        self.tabs.setCurrentIndex(index)
        self.show_journeys()
        tab.view.fit()
        return tab

    def _alive(self, tab: EditorTab) -> bool:
        """Whether the window and the tab still exist: a tab's journey can signal while Qt
        tears them down (its undo stack is cleared as it goes)."""
        return shiboken6.isValid(self.tabs) and shiboken6.isValid(tab)

    def _close_button(self, tab: EditorTab) -> QToolButton:
        """A quiet "×" (the style's red square shouts on every tab)."""
        button = QToolButton(self.tabs)
        button.setText("×")
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setToolTip(self.tr("Close this journey"))
        button.setAccessibleName(self.tr("Close tab"))
        button.setFixedSize(18, 18)
        button.clicked.connect(lambda: self.close_tab(self.tabs.indexOf(tab)))
        return button

    def refresh_tab(self, tab: EditorTab) -> None:
        """Update a tab's title and the window's state line (after the library saved it)."""
        self._refresh_tab(tab)

    def _refresh_tab(self, tab: EditorTab) -> None:
        if not self._alive(tab):
            return
        index = self.tabs.indexOf(tab)
        if index < 0:
            return
        self.tabs.setTabText(index, tab.title())
        self.tabs.setTabToolTip(index, plain_tooltip(tab.doc.path or self.tr("Not saved yet")))
        if tab is self.current_tab():
            self._refresh_window_state()

    def _refresh_window_state(self) -> None:
        tab = self.current_tab()
        if tab is None:
            self.setWindowTitle(APP_TITLE)
            self.setWindowModified(False)
            self.file_state.setText("")
            return
        self.setWindowTitle(f"{tab.name}[*] — {APP_TITLE}")
        self.setWindowModified(tab.modified)
        library_state = self.workspace.state_text(tab) if self.workspace is not None else None
        if library_state:
            state = library_state
        elif tab.doc.path is None:
            state = self.tr("New journey, not saved yet")
        elif tab.modified:
            state = self.tr("Unsaved changes · {file}").format(file=Path(tab.doc.path).name)
        else:
            state = self.tr("Saved · {file}").format(file=Path(tab.doc.path).name)
        self.file_state.setText(state)
        self.file_state.setToolTip(plain_tooltip(tab.doc.path or ""))

    def _refresh_zoom(self, tab: EditorTab) -> None:
        if self._alive(tab) and tab is self.current_tab():
            percent = QLocale().toString(round(tab.view.zoom() * 100))
            self.zoom_label.setText(self.tr("{percent} %").format(percent=percent))

    def _on_tab_changed(self, _index: int) -> None:
        tab = self.current_tab()
        self._current = tab
        doc = tab.doc if tab is not None else None
        if doc is not None:
            self.undo_group.setActiveStack(doc.undo_stack)
        self.inspector.set_document(doc)
        self.problems.set_document(doc)
        if tab is not None:
            self.inspector.show_selection(tab.view.selected_node_keys())
            self._refresh_zoom(tab)
        else:
            self.zoom_label.setText("")
        if tab is None:
            self.show_welcome()
        else:
            self.show_journeys()
        self._refresh_window_state()
        self._update_actions()

    def _on_selection(self, tab: EditorTab, keys: list[str]) -> None:
        if self._alive(tab) and tab is self.current_tab():
            self.inspector.show_selection(keys)
            self._update_actions()

    def _update_actions(self) -> None:
        tab = self.current_tab()
        has_tab = tab is not None
        selected = bool(tab.view.selected_node_keys()) if tab is not None else False
        anything = selected or (bool(tab.view.selected_edge_keys()) if tab is not None else False)
        for name in (
            "save",
            "save_as",
            "export_image",
            "close_tab",
            "paste",
            "select_all",
            "find",
            "add_after",
            "connect",
            "zoom_in",
            "zoom_out",
            "actual_size",
            "fit",
            "zoom_selection",
            "auto_layout",
        ):
            self.named_actions[name].setEnabled(has_tab)
        for name in ("cut", "copy", "duplicate"):
            self.named_actions[name].setEnabled(selected)
        self.named_actions["delete"].setEnabled(anything)

    # --- problems ------------------------------------------------------------------------------

    def _on_problems(self, problems: list[Any]) -> None:
        tab = self.current_tab()
        if tab is not None:
            tab.view.set_problems(problems)
        errors, warnings = self.problems.counts()
        self.problem_button.setText(count_text(errors, warnings))
        self.problem_button.setAccessibleDescription(self.problem_button.text())
        if errors:
            self.problem_button.setIcon(severity_icon("error"))
        elif warnings:
            self.problem_button.setIcon(severity_icon("warning"))
        else:
            self.problem_button.setIcon(severity_icon("ok"))

    def _show_problem(self, node_keys: list[str], edge_keys: list[str]) -> None:
        tab = self.current_tab()
        if tab is None:
            return
        tab.view.select_keys(node_keys, edge_keys)
        if node_keys:
            tab.view.center_on_key(node_keys[0])

    def _raise_problems(self) -> None:
        self.problems_dock.show()
        self.problems_dock.raise_()
        self.problems.tree.setFocus()

    # --- help ----------------------------------------------------------------------------------

    def show_welcome(self) -> None:
        """The welcome page in the middle (over the tabs, if any: Esc goes back to them)."""
        self.welcome.set_can_go_back(self.tabs.count() > 0)
        showing = self.central.currentWidget() is self.welcome
        self.central.setCurrentWidget(self.welcome)
        if not showing and self.isVisible():
            self.welcome.new_button.setFocus()

    def show_journeys(self) -> None:
        """The tabs in the middle again (when there is a journey to show)."""
        if self.tabs.count() and self.central.currentWidget() is not self.tabs:
            self.central.setCurrentWidget(self.tabs)
            tab = self.current_tab()
            if tab is not None and self.isVisible():
                tab.view.setFocus()

    def welcome_showing(self) -> bool:
        return self.central.currentWidget() is self.welcome

    def _welcome_new(self) -> None:
        """New journey from the welcome page: straight into the library, when there is one."""
        if self.workspace is not None:
            self.workspace.library.new_journey()
        else:
            self.new_journey()

    def new_from_template(self, template: TemplateInfo) -> EditorTab | None:
        """A copy of a shipped template in a new tab (and in the library, when there is one)."""
        if self.workspace is not None:
            tab: EditorTab | None = self.workspace.library.new_journey(template)
            return tab
        try:
            document = load_journey(template.path)
        except JourneyFileError as exc:
            show_error(self, self.tr("Cannot use the template"), error_text(exc))
            return None
        return self.add_tab(EditableJourney(document))

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.menuBar(), self).exec()

    def show_about(self) -> None:
        AboutDialog(self).exec()
