"""Accessibility as assistive technology and keyboard users meet the window: every control
named, the accessibility tree's names and roles, focus that shows, the high-contrast theme,
and a journey built from the keyboard alone."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from journey_builder.model import JourneyDocument, known_node_types
from journey_builder.storage.files import load_journey
from journey_builder.ui.account.sign_in_dialog import SignInDialog
from journey_builder.ui.common.contrast import FocusStyle
from journey_builder.ui.common.settings import open_settings
from journey_builder.ui.common.theme import ThemeChoice, ThemeManager
from journey_builder.ui.editor.step_dialogs import AddStepDialog, ConnectDialog
from journey_builder.ui.shell.export_dialog import ExportImageDialog
from journey_builder.ui.shell.help_dialogs import AboutDialog
from journey_builder.ui.shell.main_window import MainWindow
from journey_builder.ui.shell.shortcuts_dialog import ShortcutsDialog
from journey_builder.ui.sync.conflict_dialog import ConflictDialog
from journey_builder.ui.sync.publish_dialog import PublishBlockedDialog
from journey_builder.validation import Problem
from tests.qt.ui.app_support import WindowFactory

pytest_plugins = ["tests.qt.ui.app_support"]

_Name = QAccessible.Text.Name
_Role = QAccessible.Role
_Key = Qt.Key
_Mod = Qt.KeyboardModifier

#: Widgets a user can reach or operate: each needs a name a screen reader can say.
_INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QGraphicsView,
)


# --- every control has a name ------------------------------------------------------------------


def _is_interactive(widget: QWidget) -> bool:
    if isinstance(widget, (QScrollBar, QHeaderView, QMenu, QMenuBar)):
        return False  # scroll bars speak for themselves; headers, menus: their items do
    return isinstance(widget, _INTERACTIVE) or widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def _is_qt_internal(widget: QWidget) -> bool:
    """Parts Qt makes and names itself (a combo's list, a line edit's clear button, a scroll
    area's viewport, the extension arrows of bars), or that hand the focus to another."""
    if widget.objectName().startswith("qt_") and isinstance(widget, QAbstractButton):
        return True
    if widget.focusProxy() is not None:
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return True
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return False


def _name_of(widget: QWidget, labels: list[QLabel]) -> str:
    """What a screen reader calls the widget: its accessible name, the label whose buddy it
    is, or a button's own text."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    for label in labels:
        if label.buddy() is widget and label.text().strip():
            return label.text()
    if isinstance(widget, QAbstractButton):
        text = widget.text().replace("&", "").strip()
        if len(text) > 1:  # "×" or "…" alone says nothing
            return text
    if isinstance(widget, QTabBar) and widget.count():
        return widget.tabText(widget.currentIndex())  # Qt names a tab list by its current tab
    return ""


def _unnamed(root: QWidget) -> list[str]:
    labels = root.findChildren(QLabel)
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _is_interactive(widget) or _is_qt_internal(widget):
            continue
        if not _name_of(widget, labels):
            path = []
            step: QWidget | None = widget
            while step is not None and step is not root:
                path.append(step.objectName() or type(step).__name__)
                step = step.parentWidget()
            found.append("/".join(reversed(path)))
    return found


def _journey_with_every_type() -> JourneyDocument:
    nodes = [
        {"id": node_type, "type": node_type, "position": {"x": 0, "y": 160 * i}}
        for i, node_type in enumerate(known_node_types())
    ]
    nodes.append({"id": "odd", "type": "crm_sync", "position": {"x": 400, "y": 0}})
    return JourneyDocument.model_validate({"name": "Every step", "definition": {"nodes": nodes}})


def test_every_control_in_the_window_has_a_name(
    make_window: WindowFactory, qtbot: Any, tmp_path: Path
) -> None:
    window = make_window()  # on a library, signed out
    assert _unnamed(window) == []  # the welcome page
    path = tmp_path / "every.journey.json"
    path.write_text(json.dumps(_journey_with_every_type().to_json()), encoding="utf-8")
    tab = window.open_path(path)
    assert tab is not None
    window.open_find()
    assert _unnamed(window) == []  # the journey form in the inspector
    for key in tab.doc.node_keys():  # each step's form, the unknown type's raw JSON too
        tab.view.select_keys([key])
        assert _unnamed(window.inspector) == [], tab.doc.node(key).type
    tab.view.select_keys(tab.doc.node_keys()[:2])
    assert _unnamed(window.inspector) == []


def test_every_control_in_the_dialogs_has_a_name(
    make_window: WindowFactory, qtbot: Any, tmp_path: Path
) -> None:
    window = make_window()
    tab = window.new_journey()
    doc = tab.doc.document
    workspace = window.workspace
    assert workspace is not None
    problem = Problem("error", "invalid-config", "Delay: amount is required", ("wait",))
    dialogs: list[QDialog] = [
        AddStepDialog("Start", window),
        ConnectDialog(tab.doc, tab.doc.node_keys()[0], window),
        ShortcutsDialog(window.menuBar(), window),
        AboutDialog(window),
        SignInDialog(workspace.accounts, parent=window),
        PublishBlockedDialog("Welcome", problems=[problem], parent=window),
        PublishBlockedDialog("Welcome", server_reasons=["Not allowed"], parent=window),
        ConflictDialog(doc, doc.model_copy(update={"name": "Theirs"}), parent=window),
        ExportImageDialog(tab.view, "light", window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert _unnamed(dialog) == [], type(dialog).__name__
        dialog.reject()


# --- the accessibility tree ---------------------------------------------------------------------


def _walk(iface: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    """The tree below ``iface`` as assistive technology walks it (item views: their first
    rows only, the rest are alike)."""
    yield iface
    if depth > 30:
        return
    count = iface.childCount()
    if iface.role() in (_Role.List, _Role.Tree, _Role.Table) and iface.object() is None:
        count = min(count, 8)
    for i in range(count):
        child = iface.child(i)
        if child is not None and child.isValid():
            yield from _walk(child, depth + 1)


def _tree(widget: QWidget) -> list[tuple[QAccessible.Role, str]]:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return [(node.role(), node.text(_Name)) for node in _walk(iface)]


def test_the_tree_names_the_window_s_key_controls(make_window: WindowFactory) -> None:
    window = make_window()
    window.new_journey()
    found = set(_tree(window))
    for wanted in [
        (_Role.List, "Canvas"),
        (_Role.ListItem, "Start"),
        (_Role.Tree, "Step types"),
        (_Role.EditableText, "Filter step types"),
        (_Role.PageTabList, "Untitled journey"),  # a tab list says its current tab
        (_Role.PageTab, "Untitled journey"),
        (_Role.Tree, "Problems"),
        (_Role.List, "Journeys in the library"),
        (_Role.EditableText, "Search the library"),
        (_Role.EditableText, "Journey name"),
        (_Role.Button, "Problems"),
        (_Role.Button, "Connection to Flownally"),
        (_Role.MenuBar, ""),
    ]:
        assert wanted in found, wanted
    # the canvas lists its cards and connections, then what lies over it (the overview map)
    tab = window.current_tab()
    assert tab is not None
    canvas = QAccessible.queryAccessibleInterface(tab.view)
    names = [canvas.child(i).text(_Name) for i in range(canvas.childCount())]
    assert names[0] == "Start" and "Overview" in names[1:]


# --- focus that shows ---------------------------------------------------------------------------


def _focus_pixels(widget: QWidget, colour: QColor) -> int:
    """Pixels drawn in a strong shade of the highlight's hue."""
    picture = widget.grab().toImage()
    hue = colour.hslHue()
    near = 0
    for x in range(picture.width()):
        for y in range(picture.height()):
            pixel = picture.pixelColor(x, y)
            apart = abs(pixel.hslHue() - hue)
            near += min(apart, 360 - apart) <= 12 and pixel.hslSaturation() >= 120
    return near


@pytest.mark.parametrize("theme", [ThemeChoice.LIGHT, ThemeChoice.DARK, ThemeChoice.HIGH_CONTRAST])
def test_keyboard_focus_is_drawn_on_every_kind_of_control(
    theme: ThemeChoice, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("JOURNEY_BUILDER_THEME", raising=False)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    manager = ThemeManager(app, open_settings(tmp_path / "settings.ini"))
    assert isinstance(app.style(), FocusStyle)
    manager.set_choice(theme)
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    combo = QComboBox()
    combo.addItems(["One", "Two"])
    listing = QListWidget()
    listing.addItems(["alpha", "beta"])
    listing.setCurrentRow(0)
    controls: list[QWidget] = [
        QLineEdit("text"),
        combo,
        QPushButton("Button"),
        QCheckBox("Check"),
        listing,
        QPlainTextEdit("text"),
    ]
    for control in controls:
        layout.addWidget(control)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    highlight = app.palette().color(QPalette.ColorRole.Highlight)
    try:
        for control in controls:
            before = _focus_pixels(control, highlight)
            control.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(control.hasFocus)
            after = _focus_pixels(control, highlight)
            assert after >= before + 2 * 10, (type(control).__name__, before, after)
    finally:
        manager.set_choice(ThemeChoice.LIGHT)


# --- the high-contrast theme --------------------------------------------------------------------


def test_high_contrast_theme_from_the_view_menu(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    tab = window.new_journey()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    action = window.theme_actions[ThemeChoice.HIGH_CONTRAST]
    assert action.text().replace("&", "") == "High Contrast"
    try:
        action.trigger()
        palette = app.palette()
        assert palette.color(QPalette.ColorRole.Window) == QColor("#000000")
        assert palette.color(QPalette.ColorRole.WindowText) == QColor("#ffffff")
        assert palette.color(QPalette.ColorRole.Highlight) == QColor("#ffff00")
        assert "3px solid #ffff00" in app.styleSheet()  # thick yellow focus borders
        assert window.theme.effective == "high-contrast"
        qtbot.waitUntil(lambda: tab.view.journey_scene().canvas_style.high_contrast)
        style = tab.view.journey_scene().canvas_style
        assert style.background == QColor("#000000") and style.card_border == QColor("#ffffff")
        assert window.settings.value("view/theme") == "high-contrast"
    finally:
        window.theme_actions[ThemeChoice.LIGHT].trigger()
    assert app.styleSheet() == ""
    assert not tab.view.journey_scene().canvas_style.high_contrast


def test_the_environment_can_force_high_contrast(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JOURNEY_BUILDER_THEME", "high-contrast")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    manager = ThemeManager(app, open_settings(tmp_path / "settings.ini"))
    try:
        assert manager.effective == "high-contrast"
        assert app.palette().color(QPalette.ColorRole.Base) == QColor("#000000")
    finally:
        manager.set_choice(ThemeChoice.LIGHT)


# --- the keyboard alone -------------------------------------------------------------------------


class _Keys:
    """Types where the keyboard focus is, as a person at the keyboard does."""

    def __init__(self, qtbot: Any, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window
        self.errors: list[BaseException] = []

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "the keyboard focus went nowhere"
        return widget

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = _Mod.NoModifier) -> None:
        self.qtbot.keyClick(self.focus(), key, modifiers)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)

    def replace(self, text: str) -> None:
        """Select what the box holds and type over it."""
        self.press(_Key.Key_A, _Mod.ControlModifier)
        self.type(text)

    def said(self) -> str:
        """What a screen reader calls the control with the focus."""
        widget = self.focus()
        return _name_of(widget, widget.window().findChildren(QLabel)).replace("&", "")

    def tab_to(self, name: str, limit: int = 40) -> QWidget:
        """Tab until the control named ``name`` has the focus."""
        for _ in range(limit):
            if self.said() == name:
                return self.focus()
            self.press(_Key.Key_Tab)
        raise AssertionError(f"Tab never reached {name!r}; at {self.said()!r}")

    def window_manager_reactivates(self) -> None:
        """A closed dialog hands the activation back to the window (a desktop's window
        manager does it; the offscreen platform does not)."""
        self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)

    def in_dialog(self, then: Callable[[], None]) -> None:
        """Type into the next modal dialog once it shows (its exec() blocks the caller)."""

        tries = [0]

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            focused = QApplication.focusWidget()
            ready = dialog is not None and focused is not None and dialog.isAncestorOf(focused)
            tries[0] += 1
            if not ready and tries[0] < 300:
                if dialog is not None:
                    dialog.activateWindow()
                QTimer.singleShot(10, poll)
                return
            try:
                assert ready, "no dialog took the keyboard"
                then()
            except BaseException as exc:  # told after exec() returns: see dialog_done
                self.errors.append(exc)
            finally:
                if isinstance(dialog, QDialog) and dialog.isVisible():
                    dialog.reject()  # never leave the run hanging in exec()

        QTimer.singleShot(0, poll)

    def dialog_done(self) -> None:
        """The dialog closed: say what went wrong in it; the window is active again."""
        if self.errors:
            raise self.errors.pop(0)
        self.window_manager_reactivates()


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.delenv("JOURNEY_BUILDER_THEME", raising=False)
    monkeypatch.setattr(  # "save changes?" and the like are answered, not shown
        QMessageBox, "exec", lambda box: int(QMessageBox.StandardButton.Discard.value)
    )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = open_settings(tmp_path / "settings.ini")
    win = MainWindow(settings=settings, theme=ThemeManager(app, settings))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.new_journey()
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    tab = win.current_tab()
    if tab is not None:
        tab.doc.undo_stack.setClean()  # no "save changes?" at the end of the test


def _titles(window: MainWindow) -> list[str]:
    tab = window.current_tab()
    assert tab is not None
    return [tab.doc.title(k) for k in tab.doc.node_keys()]


def test_a_journey_built_with_the_keyboard_alone(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Part of the post-purchase follow-up: Start → Wait 2 days → Ordered again? with Yes
    to an exit and No to a review request that ends in a second exit."""
    keys = _Keys(qtbot, window)
    tab = window.current_tab()
    assert tab is not None
    view, doc = tab.view, tab.doc

    # the canvas: Tab walks to the start step
    keys.press(_Key.Key_2, _Mod.AltModifier)
    qtbot.waitUntil(view.hasFocus)
    keys.press(_Key.Key_Tab)
    assert [doc.node(k).type for k in view.selected_node_keys()] == ["start"]

    # the steps panel: type the step's name, Enter adds it after the selected step
    keys.press(_Key.Key_1, _Mod.AltModifier)
    qtbot.waitUntil(window.palette_panel.tree.hasFocus)
    keys.type("Delay")
    keys.press(_Key.Key_Return)
    (delay,) = view.selected_node_keys()
    assert doc.node(delay).type == "delay"

    # the inspector: name it and set the wait
    keys.press(_Key.Key_3, _Mod.AltModifier)
    keys.tab_to("Card title")
    keys.type("Wait 2 days")
    keys.tab_to("Wait")
    keys.replace("2")
    assert doc.node(delay).data["amount"] == 2
    assert doc.title(delay) == "Wait 2 days"

    # back on the canvas, Add step (Ctrl+Shift+A) asks for the type by name
    keys.press(_Key.Key_2, _Mod.AltModifier)
    qtbot.waitUntil(view.hasFocus)
    assert view.card_focus.key() == delay

    def pick_condition() -> None:
        keys.type("condition")
        keys.press(_Key.Key_Return)

    keys.in_dialog(pick_condition)
    keys.press(_Key.Key_A, _Mod.ControlModifier | _Mod.ShiftModifier)
    (condition,) = view.selected_node_keys()
    assert doc.node(condition).type == "condition"
    keys.dialog_done()
    qtbot.waitUntil(view.hasFocus)

    # Enter on the focused card opens it in the inspector
    keys.press(_Key.Key_Return)
    qtbot.waitUntil(lambda: window.inspector.isAncestorOf(keys.focus()))
    keys.tab_to("Card title")
    keys.type("Ordered again?")
    keys.tab_to("Rule 1 field")
    keys.type("orders_count")
    keys.tab_to("Rule 1 operator")
    operator = keys.focus()
    assert isinstance(operator, QComboBox)
    for _ in range(operator.count()):
        if doc.node(condition).data["rules"][0]["operator"] == "greater_than":
            break
        keys.press(_Key.Key_Down)
    keys.tab_to("Rule 1 value")
    keys.type("1")
    assert doc.node(condition).data["rules"] == [
        {"field": "orders_count", "operator": "greater_than", "value": 1}
    ]

    # Yes: an exit, added from the steps panel's filter
    keys.press(_Key.Key_2, _Mod.AltModifier)
    keys.press(_Key.Key_1, _Mod.AltModifier)
    keys.press(_Key.Key_Tab, _Mod.ShiftModifier)  # from the list up to its filter box
    assert keys.focus() is window.palette_panel.filter
    keys.type("exit")
    keys.press(_Key.Key_Return)
    (bought,) = view.selected_node_keys()
    keys.press(_Key.Key_3, _Mod.AltModifier)
    keys.tab_to("Reason")
    keys.type("Bought again")

    # No: back up to the condition with Alt+Up, then a message after it
    keys.press(_Key.Key_2, _Mod.AltModifier)
    qtbot.waitUntil(view.hasFocus)
    keys.press(_Key.Key_Up, _Mod.AltModifier)
    assert view.selected_node_keys() == [condition]
    keys.press(_Key.Key_1, _Mod.AltModifier)
    keys.press(_Key.Key_Tab, _Mod.ShiftModifier)
    keys.replace("send message")
    keys.press(_Key.Key_Return)
    (message,) = view.selected_node_keys()
    assert doc.node(message).type == "send_message"

    # a second exit on its own (nothing selected), then connected with Connect (Ctrl+L)
    keys.press(_Key.Key_2, _Mod.AltModifier)
    keys.press(_Key.Key_Escape)
    assert view.selected_node_keys() == []
    keys.press(_Key.Key_1, _Mod.AltModifier)
    keys.press(_Key.Key_Tab, _Mod.ShiftModifier)
    keys.replace("exit")
    keys.press(_Key.Key_Return)
    (done,) = view.selected_node_keys()
    assert doc.outgoing(message) == []
    keys.press(_Key.Key_2, _Mod.AltModifier)
    keys.press(_Key.Key_Tab, _Mod.ShiftModifier)  # the steps in order: back to the message
    assert view.selected_node_keys() == [message]

    def connect_to_last_step() -> None:
        keys.tab_to("To step")
        keys.press(_Key.Key_End)  # the newest step, the second exit
        keys.press(_Key.Key_Return)

    keys.in_dialog(connect_to_last_step)
    keys.press(_Key.Key_L, _Mod.ControlModifier)
    keys.dialog_done()
    assert [doc.edge_ends(e)[1] for e in doc.outgoing(message)] == [done]

    # undo and redo the connection
    edges = len(doc.edge_keys())
    keys.press(_Key.Key_Z, _Mod.ControlModifier)
    assert len(doc.edge_keys()) == edges - 1
    keys.press(_Key.Key_Z, _Mod.ControlModifier | _Mod.ShiftModifier)
    assert len(doc.edge_keys()) == edges

    # the problems panel: the message has no template; Enter on the problem selects the step,
    # Alt+2 back to the canvas, Enter into its form, fix it
    qtbot.waitUntil(lambda: window.problems.counts()[0] > 0)
    keys.press(_Key.Key_4, _Mod.AltModifier)
    qtbot.waitUntil(window.problems.tree.hasFocus)
    tree = window.problems.tree
    for _ in range(tree.topLevelItemCount() + 2):
        current = tree.currentItem()
        if current is not None and "template" in current.text(0).lower():
            break
        keys.press(_Key.Key_Down)
    keys.press(_Key.Key_Return)
    assert view.selected_node_keys() == [message]
    keys.press(_Key.Key_2, _Mod.AltModifier)
    qtbot.waitUntil(view.hasFocus)
    keys.press(_Key.Key_Return)
    keys.tab_to("Template")
    keys.type("review_request")
    keys.tab_to("Subject")
    keys.type("How was it?")
    qtbot.waitUntil(lambda: window.problems.counts()[0] == 0)

    # save (Ctrl+S; the file name comes from the system's dialog)
    path = tmp_path / "post-purchase.journey.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    keys.press(_Key.Key_S, _Mod.ControlModifier)
    saved = load_journey(path)
    nodes = {n.id: n for n in saved.definition.nodes}
    by_key = {k: doc.node(k).id for k in doc.node_keys()}
    assert [n.type for n in saved.definition.nodes] == [
        "start",
        "delay",
        "condition",
        "exit",
        "send_message",
        "exit",
    ]
    assert nodes[by_key[delay]].data["label"] == "Wait 2 days"
    assert nodes[by_key[bought]].data["reason"] == "Bought again"
    assert nodes[by_key[message]].data["templateId"] == "review_request"
    links = {(e.source, e.sourceHandle or None, e.target) for e in saved.definition.edges}
    start = saved.definition.nodes[0].id
    assert links == {
        (start, None, by_key[delay]),
        (by_key[delay], None, by_key[condition]),
        (by_key[condition], "yes", by_key[bought]),
        (by_key[condition], "no", by_key[message]),
        (by_key[message], None, by_key[done]),
    }
    assert _titles(window)[:3] == ["Start", "Wait 2 days", "Ordered again?"]


def test_the_keyboard_tour_is_in_help_keyboard_shortcuts(window: MainWindow, qtbot: Any) -> None:
    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = set()
    for i in range(table.topLevelItemCount()):
        item = table.topLevelItem(i)
        assert item is not None
        rows.add(tuple(item.text(c) for c in range(3)))
    for row in [
        ("View › Panels", "Go to Steps Panel", "Alt+1"),
        ("View › Panels", "Go to Canvas", "Alt+2"),
        ("View › Panels", "Go to Inspector", "Alt+3"),
        ("View › Panels", "Go to Problems", "Alt+4"),
        ("Canvas", "Walk the steps (the focused one is selected)", "Tab, Shift+Tab"),
        ("Canvas", "Go to the nearest step that way", "Alt+arrow keys"),
        ("Canvas", "Edit the focused step in the inspector", "Enter"),
        ("Steps panel", "Add the step after the selected one", "Enter, double-click"),
        ("Problems panel", "Select the step and show it on the canvas", "Enter"),
        ("Edit", "Add Step After Selected", "Ctrl+Shift+A"),
        ("Edit", "Connect", "Ctrl+L"),
        ("Edit", "Undo", "Ctrl+Z, Alt+Backspace"),
        ("File", "Save", "Ctrl+S"),
    ]:
        assert row in rows, row
