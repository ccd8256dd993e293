"""Files from the File menu: new, open, save, save as, export image, recent files.

Work is never lost: a failed write says why and keeps the tab as it was; opening a file that
is already open shows its tab. The main window derives from :class:`FilesWindow`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu

from journey_builder.document import EditableJourney
from journey_builder.errors import JourneyFileError
from journey_builder.i18n import error_text
from journey_builder.model import CATALOGUE, JourneyDocument, Node, Position
from journey_builder.model.texts import QT_TRANSLATE_NOOP
from journey_builder.storage.files import load_journey, save_journey
from journey_builder.ui.common.messages import show_error
from journey_builder.ui.common.theme import ThemeManager
from journey_builder.ui.common.widgets import plain_tooltip
from journey_builder.ui.editor.editor_tab import EditorTab
from journey_builder.ui.shell.export_dialog import export_with_dialog
from journey_builder.ui.shell.recent_files import RecentFiles
from journey_builder.ui.shell.window_editing import EditingWindow
from journey_builder.ui.shell.workspace import Workspace

__all__ = ["HINT_MS", "FilesWindow", "new_document"]

#: How long a hint stays in the status bar.
HINT_MS = 6000
_JOURNEY_FILTER = QT_TRANSLATE_NOOP(
    "FilesWindow", "Journey files (*.journey.json *.json);;All files (*)"
)


def new_document(name: str | None = None) -> JourneyDocument:
    """A blank journey: a name ("Untitled journey" in the reader's language), the default
    trigger and entry mode, and a start step."""
    start = CATALOGUE["start"].default_data()
    return JourneyDocument(
        name=name or QCoreApplication.translate("FilesWindow", "Untitled journey"),
        entryMode=start["entryMode"],
        triggerConfig=start["triggerConfig"],
        definition={
            "nodes": [Node(id="start", type="start", position=Position(x=0, y=0), data=start)]
        },
    )


class FilesWindow(EditingWindow):
    """The window's File menu commands."""

    workspace: Workspace | None
    recent: RecentFiles
    recent_menu: QMenu
    theme: ThemeManager

    # Defined by the main window; declared here for the type checker.
    show_journeys: Callable[[], None]
    _refresh_tab: Callable[[EditorTab], None]
    _remove_tab: Callable[[EditorTab], None]

    # --- files ---------------------------------------------------------------------------------

    def new_journey(self) -> EditorTab:
        """A new tab with a blank journey (a start step), not yet saved anywhere."""
        tab = self.add_tab(EditableJourney(new_document()))
        if self.workspace is not None:
            self.workspace.tab_created(tab)
        return tab

    def open_dialog(self) -> None:
        start = os.path.dirname(self.recent.paths()[0]) if self.recent.paths() else ""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open journey"), start, self.tr(_JOURNEY_FILTER)
        )
        if path:
            self.open_path(path)

    def open_path(self, path: str | os.PathLike[str]) -> EditorTab | None:
        """Open a journey file in a tab (or show the tab that already has it).

        A file that cannot be read is explained in a message; nothing else changes.
        """
        full = os.path.abspath(os.fspath(path))
        for i in range(self.tabs.count()):
            if self.tab(i).doc.path == full:
                self.tabs.setCurrentIndex(i)
                self.show_journeys()
                return self.tab(i)
        try:
            document = load_journey(full)
        except JourneyFileError as exc:
            show_error(self, self.tr("Cannot open the journey"), error_text(exc))
            if not os.path.exists(full):
                self.recent.remove(full)
            return None
        pristine = self._pristine_tab()
        doc = EditableJourney(document)
        doc.path = full
        tab = self.add_tab(doc)
        if self.workspace is not None:
            self.workspace.file_opened(tab)
        if pristine is not None:
            self._remove_tab(pristine)
        self.recent.add(full)
        return tab

    def _pristine_tab(self) -> EditorTab | None:
        """The current tab when it is an untouched new journey (opening a file replaces it)."""
        tab = self.current_tab()
        if tab is None or tab.doc.path is not None or tab.modified or tab.doc.undo_stack.count():
            return None
        if self.workspace is not None and self.workspace.is_bound(tab):
            return None
        return tab

    def save(self, tab: EditorTab | None = None) -> bool:
        """Save to the tab's file (asking where for a new journey). True when saved."""
        tab = tab or self.current_tab()
        if tab is None:
            return False
        if tab.doc.path is None:
            return self.save_as(tab)
        return self._write(tab, tab.doc.path)

    def save_as(self, tab: EditorTab | None = None) -> bool:
        tab = tab or self.current_tab()
        if tab is None:
            return False
        if tab.doc.path:
            suggested = tab.doc.path
        else:
            folder = os.path.dirname(self.recent.paths()[0]) if self.recent.paths() else ""
            suggested = os.path.join(folder, _file_name_for(tab.name))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save journey as"), suggested, self.tr(_JOURNEY_FILTER)
        )
        if not path:
            return False
        if not path.lower().endswith(".json"):
            path += ".journey.json"
        return self._write(tab, os.path.abspath(path))

    def _write(self, tab: EditorTab, path: str) -> bool:
        try:
            save_journey(tab.doc.document, path)
        except JourneyFileError as exc:
            show_error(
                self,
                self.tr("Cannot save the journey"),
                error_text(exc),
                self.tr("Your changes are still here, not saved."),
            )
            return False
        tab.doc.path = path
        tab.doc.undo_stack.setClean()
        self.recent.add(path)
        if self.workspace is not None:
            self.workspace.file_saved(tab)
        self._refresh_tab(tab)
        self.statusBar().showMessage(self.tr("Saved {file}").format(file=path), HINT_MS)
        return True

    def export_image(self) -> None:
        tab = self.current_tab()
        if tab is None:
            return
        base = (
            tab.doc.path[: -len(".json")]
            if tab.doc.path and tab.doc.path.endswith(".json")
            else None
        )
        if base and base.endswith(".journey"):
            base = base[: -len(".journey")]
        suggested = base or _file_name_for(tab.name).removesuffix(".journey.json")
        theme = self.theme.effective or "light"
        message = export_with_dialog(self, tab.view, theme, suggested)
        if message:
            self.statusBar().showMessage(message, HINT_MS)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for i, path in enumerate(paths, start=1):
            label = f"&{i} {Path(path).name}" if i < 10 else Path(path).name
            action = self.recent_menu.addAction(label)
            action.setToolTip(plain_tooltip(path))
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if not paths:
            empty = self.recent_menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear Recent Files"), self.recent.clear)


def _file_name_for(name: str) -> str:
    """A file name from a journey's name: safe characters only."""
    safe = "".join(c if c.isalnum() or c in "-_ " else "-" for c in name).strip(" -")
    return (safe.replace(" ", "-").lower() or "journey") + ".journey.json"
