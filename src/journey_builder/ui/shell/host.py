"""The window that hosts the workspace, as the workspace sees it.

The main window derives from :class:`WindowHost`; the workspace is typed against this class
only, so the workspace and the window do not import each other (the window builds the workspace).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget

from journey_builder.ui.editor.editor_tab import EditorTab

__all__ = ["WindowHost"]


class WindowHost(QMainWindow):
    """A main window with journey tabs: what the library, sync and versions panels hang on."""

    tabs: QTabWidget
    palette_dock: QDockWidget
    problems_dock: QDockWidget

    def tab_count(self) -> int:
        """How many journey tabs are open."""
        return self.tabs.count()

    def tab(self, index: int) -> EditorTab:
        """The journey tab at ``index``."""
        widget = self.tabs.widget(index)
        assert isinstance(widget, EditorTab)
        return widget

    def current_tab(self) -> EditorTab | None:
        """The journey tab in front, if any."""
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, EditorTab) else None

    # Defined by the main window; declared here for the type checker.
    refresh_tab: Callable[[EditorTab], None]
