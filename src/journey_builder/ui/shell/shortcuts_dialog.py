"""Help › Keyboard Shortcuts: every menu action with its keys, read from the menus themselves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_builder.model.texts import QT_TRANSLATE_NOOP
from journey_builder.ui.shell.actions import shortcut_text

__all__ = ["ShortcutsDialog", "canvas_keys", "menu_shortcuts"]


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every menu action that has keys."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{where} › {action.text().replace('&', '')}")
                continue
            keys = shortcut_text(action)
            if keys and not action.isSeparator():
                # undo/redo texts name the next step ("Undo Add Exit"): list them plainly
                name = action.objectName()
                text = name.capitalize() if name in ("undo", "redo") else action.text()
                rows.append((where, text.replace("&", "").rstrip("…"), keys))

    for menu_action in bar.actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            walk(menu, menu_action.text().replace("&", ""))
    return rows


_CANVAS = QT_TRANSLATE_NOOP("ShortcutsDialog", "Canvas")


def canvas_keys() -> list[tuple[str, str, str]]:
    """Keys the canvas understands by itself (not menu actions)."""
    rows = [
        (
            _CANVAS,
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Walk the steps (the focused one is selected)"),
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Tab, Shift+Tab"),
        ),
        (
            _CANVAS,
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to the nearest step that way"),
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt+arrow keys"),
        ),
        (
            _CANVAS,
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit the focused step in the inspector"),
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter"),
        ),
        (
            _CANVAS,
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Leave the canvas (Tab stays on it)"),
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt+1, Alt+3, Alt+4"),
        ),
        (
            _CANVAS,
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Move the selected steps"),
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Arrow keys (Shift: 4 grid steps)"),
        ),
        (
            _CANVAS,
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Pan"),
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Space+drag, middle-drag"),
        ),
        (
            _CANVAS,
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom around the cursor"),
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Mouse wheel"),
        ),
        (
            _CANVAS,
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Cancel a connection, clear the selection"),
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Escape"),
        ),
        (
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Steps panel"),
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Add the step after the selected one"),
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter, double-click"),
        ),
        (
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Steps panel"),
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to a step type / to the filter box"),
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Type its name / Shift+Tab"),
        ),
        (
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Problems panel"),
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Select the step and show it on the canvas"),
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter"),
        ),
        (
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Find bar"),
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Next / previous match"),
            QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter, Shift+Enter"),
        ),
    ]
    return [(_tr(where), _tr(what), _tr(keys)) for where, what, keys in rows]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


class ShortcutsDialog(QDialog):
    """A table of the shortcuts."""

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.table = QTreeWidget(self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setColumnCount(3)
        self.table.setHeaderLabels([self.tr("Where"), self.tr("Action"), self.tr("Keys")])
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for row in menu_shortcuts(bar) + canvas_keys():
            QTreeWidgetItem(self.table, list(row))
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 560)
