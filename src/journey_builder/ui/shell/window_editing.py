"""Editing from the menus and the keyboard: clipboard, delete, focus moves, find, add a step
and connect without the mouse.

The main window derives from :class:`EditingWindow`; the canvas itself handles the mouse.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QStackedWidget, QWidget

from journey_builder.document import EditableJourney
from journey_builder.model import node_outputs
from journey_builder.ui.editor.editor_tab import EditorTab
from journey_builder.ui.editor.step_dialogs import AddStepDialog, ConnectDialog
from journey_builder.ui.inspector.inspector import Inspector
from journey_builder.ui.shell.host import WindowHost
from journey_builder.ui.welcome.welcome_page import WelcomePage

__all__ = ["EditingWindow"]


class EditingWindow(WindowHost):
    """The window's editing commands, on the tab in front."""

    central: QStackedWidget
    welcome: WelcomePage
    inspector: Inspector
    named_actions: dict[str, QAction]

    # Defined by the main window; declared here for the type checker.
    add_tab: Callable[[EditableJourney], EditorTab]
    new_journey: Callable[[], EditorTab]
    _update_actions: Callable[[], None]

    # --- editing -------------------------------------------------------------------------------

    def _with_view(self, action: Any) -> None:
        tab = self.current_tab()
        if tab is not None:
            action(tab.view)
            self._update_actions()

    def _text_focus(self) -> Any:
        """The text box with the keyboard focus, if any (menu Cut/Copy/Paste act on it then)."""
        widget = QApplication.focusWidget()
        if widget is not None and all(
            hasattr(widget, m) for m in ("cut", "copy", "paste", "selectAll")
        ):
            return widget
        return None

    def _cut(self) -> None:
        box = self._text_focus()
        if box is not None:
            box.cut()
        else:
            self._with_view(lambda v: v.cut_selection())

    def _copy(self) -> None:
        box = self._text_focus()
        if box is not None:
            box.copy()
        else:
            self._with_view(lambda v: v.copy_selection())

    def _paste(self) -> None:
        box = self._text_focus()
        if box is not None:
            box.paste()
        else:
            self._with_view(lambda v: v.paste())

    def _select_all(self) -> None:
        box = self._text_focus()
        if box is not None:
            box.selectAll()
        else:
            self._with_view(lambda v: v.select_all())

    def _delete(self) -> None:
        if self._text_focus() is None:
            self._with_view(lambda v: v.delete_selection())

    def _focus_panel(self, dock: QDockWidget, widget: QWidget) -> None:
        """Show a panel and move the keyboard focus into it (the canvas keeps Tab for steps)."""
        dock.show()
        dock.raise_()
        if widget is self.inspector:
            form = self.inspector.widget()
            if form is not None:
                form.setFocus()
                form.focusNextChild()
                return
        widget.setFocus()

    def _focus_canvas(self) -> None:
        tab = self.current_tab()
        if tab is not None:
            tab.view.setFocus()

    def open_find(self) -> None:
        tab = self.current_tab()
        if tab is not None:
            tab.find_bar.open_bar()

    def add_step(self, node_type: str) -> str | None:
        """Add a step of ``node_type`` after the selected step (connected from its first free
        output), or in the middle of the view when no single step is selected. Selects it."""
        tab = self.current_tab()
        if tab is None:
            tab = self.new_journey()
        view, doc = tab.view, tab.doc
        selected = view.selected_node_keys()
        handle = (
            _free_output(doc, selected[0])
            if len(selected) == 1 and node_type != "start"  # nothing may lead into a start
            else _NO_OUTPUT
        )
        if handle is _NO_OUTPUT:
            key = view.add_node(node_type)
        else:
            key = doc.add_node(node_type, None, after=(selected[0], handle))
            view.select_keys([key])
        view.center_on_key(key)
        return key

    def add_step_dialog(self) -> str | None:
        tab = self.current_tab()
        if tab is None:
            return None
        selected = tab.view.selected_node_keys()
        after = tab.doc.title(selected[0]) if len(selected) == 1 else None
        if len(selected) == 1 and _free_output(tab.doc, selected[0]) is _NO_OUTPUT:
            after = None
        dialog = AddStepDialog(after, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        node_type = dialog.chosen_type()
        if node_type is None:
            return None
        key = self.add_step(node_type)
        tab.view.setFocus()
        return key

    def connect_dialog(self) -> str | None:
        tab = self.current_tab()
        if tab is None or not tab.doc.node_keys():
            return None
        selected = tab.view.selected_node_keys()
        dialog = ConnectDialog(tab.doc, selected[0] if selected else None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        tab.view.select_keys([], [dialog.edge_key] if dialog.edge_key else [])
        tab.view.setFocus()
        return dialog.edge_key

    def _apply_snap(self) -> None:
        on = self.named_actions["snap"].isChecked()
        for i in range(self.tabs.count()):
            self.tab(i).view.set_snap_to_grid(on)

    def _apply_minimap(self) -> None:
        on = self.named_actions["minimap"].isChecked()
        for i in range(self.tabs.count()):
            self.tab(i).set_minimap_visible(on)


class _NoOutput:
    """Marker: the step has no output to add after (an exit, a jump)."""


_NO_OUTPUT: Any = _NoOutput()


def _free_output(doc: EditableJourney, key: str) -> Any:
    """The first output of a step with nothing connected (else its first output);
    :data:`_NO_OUTPUT` for a step without outputs."""
    node = doc.node(key)
    data = node.data if isinstance(node.data, dict) else {}
    outputs = node_outputs(node.type, data)
    if not outputs:
        return _NO_OUTPUT
    used = {doc.edge(e).sourceHandle for e in doc.outgoing(key)}
    for out in outputs:
        if out.handle not in used:
            return out.handle
    return outputs[0].handle
