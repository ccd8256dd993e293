"""Closing tabs and the window without losing work: ask before unsaved work goes, hand the
last edits to the library, and remember the window's layout.

The main window derives from :class:`ClosingWindow`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import QMessageBox

from journey_builder.ui.common.messages import ask_to_save
from journey_builder.ui.editor.editor_tab import EditorTab
from journey_builder.ui.shell.window_files import FilesWindow

__all__ = ["ClosingWindow"]


class ClosingWindow(FilesWindow):
    """The window's closing of tabs and of itself."""

    settings: QSettings
    undo_group: QUndoGroup

    # Defined by the main window; declared here for the type checker.
    _on_tab_changed: Callable[[int], None]

    # --- closing -------------------------------------------------------------------------------

    def close_current_tab(self) -> bool:
        index = self.tabs.currentIndex()
        return self.close_tab(index) if index >= 0 else False

    def close_tab(self, index: int) -> bool:
        """Close a tab, asking first if it has unsaved changes. True when closed."""
        tab = self.tab(index)
        if not self._may_discard(tab):
            return False
        self._remove_tab(tab)
        return True

    def _may_discard(self, tab: EditorTab) -> bool:
        """Whether the tab's work may go: saved, or the user chose Save (and it worked) or Discard."""
        if not tab.modified or (self.workspace is not None and self.workspace.keeps(tab)):
            return True
        self.tabs.setCurrentWidget(tab)
        answer = ask_to_save(self, tab.name)
        if answer == QMessageBox.StandardButton.Save:
            return self.save(tab)
        return answer == QMessageBox.StandardButton.Discard

    def _remove_tab(self, tab: EditorTab) -> None:
        if self.workspace is not None:
            self.workspace.tab_closing(tab)  # its last edits go to the library first
        index = self.tabs.indexOf(tab)
        self.undo_group.removeStack(tab.doc.undo_stack)
        self.tabs.removeTab(index)
        tab.hide()
        tab.deleteLater()
        if self.tabs.count() == 0:
            self._on_tab_changed(-1)

    def closeEvent(self, event: QCloseEvent) -> None:
        for i in range(self.tabs.count()):
            if not self._may_discard(self.tab(i)):
                event.ignore()
                return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue(
            "view/snap", "true" if self.named_actions["snap"].isChecked() else "false"
        )
        self.settings.setValue(
            "view/minimap", "true" if self.named_actions["minimap"].isChecked() else "false"
        )
        self.settings.sync()
        if self.workspace is not None:
            self.workspace.shutdown()
        event.accept()

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
