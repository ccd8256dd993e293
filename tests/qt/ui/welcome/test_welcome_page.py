"""First run and the Help menu: the welcome page and its template gallery, About, the log
folder, the crash box, the calm signed-out note in the library panel, the minimap that stays
out of the way of a small journey."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import Qt, QTimer, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication

from journey_builder import __version__
from journey_builder.diagnostics import install_excepthook
from journey_builder.resources import templates
from journey_builder.ui.shell.crash_reporter import CRASH_TEXT, CrashReporter
from journey_builder.ui.shell.help_dialogs import AboutDialog
from journey_builder.ui.shell.main_window import MainWindow
from journey_builder.ui.welcome.welcome_page import TemplateCard
from tests.qt.ui.app_support import WAIT_MS, WindowFactory, wait_idle, workspace

pytest_plugins = ["tests.qt.ui.app_support"]


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[QUrl]:
    """URLs the app asked the desktop to open (nothing is opened); the log folder in tmp."""
    monkeypatch.setenv("JOURNEY_BUILDER_LOG_DIR", str(tmp_path / "logs"))
    urls: list[QUrl] = []

    def record(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(record))
    return urls


def _card(window: MainWindow, title: str) -> TemplateCard:
    return next(c for c in window.welcome.cards if c.info.title == title)


def _library_names(window: MainWindow) -> list[str]:
    return [e.name for e in workspace(window).library.library.list()]


# --- the welcome page --------------------------------------------------------------------------


def test_an_empty_library_opens_on_the_welcome_page_with_every_template(
    make_window: WindowFactory,
) -> None:
    window = make_window()
    assert window.tab_count() == 0
    assert window.welcome_showing() and window.welcome.isVisible()
    page = window.welcome
    assert page.heading.text() == "Welcome to Journey Builder"
    shipped = templates()
    assert len(shipped) == 5
    assert page.template_titles() == [t.title for t in shipped]
    for card in page.cards:
        assert card.isVisible()
        assert not card.preview.isNull()  # its picture
        assert card.summary and card.summary in card.info.description
        assert card.width() >= card.sizeHint().width() - 1
    visible = {
        b.text()
        for b in (
            page.new_button,
            page.import_button,
            page.sign_in_button,
            page.sandbox_button,
            page.open_button,
            page.back_button,
        )
        if b.isVisible()
    }
    assert visible == {"New journey", "Import…", "Sign in…", "Try the sandbox"}
    # nothing to edit yet, so the editing actions are off and no check has run
    assert not window.named_actions["save"].isEnabled()
    assert window.problems.empty.isVisible()
    assert window.problems.empty.text() == "No journey open."
    assert not window.problems.summary.isVisible()


def test_a_template_opens_a_copy_in_the_library_and_a_tab(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    card = _card(window, "Abandoned cart")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.tab_count() == 1, timeout=WAIT_MS)
    tab = window.current_tab()
    assert tab is not None and tab.name == card.info.name
    assert len(tab.doc.node_keys()) > 5
    assert not window.welcome_showing() and tab.view.isVisible()
    wait_idle(qtbot, workspace(window))
    qtbot.waitUntil(lambda: _library_names(window) == [card.info.name], timeout=WAIT_MS)
    panel = workspace(window).library_panel
    qtbot.waitUntil(lambda: [r[0] for r in panel.row_texts()] == [card.info.name])


def test_the_keyboard_reaches_the_templates(qtbot: Any, make_window: WindowFactory) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.welcome
    page.new_button.setFocus()
    qtbot.waitUntil(page.new_button.hasFocus)
    seen = []
    for _ in range(12):  # Tab walks the buttons, then the cards
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        seen.append(widget)
        if isinstance(widget, TemplateCard):
            break
    card = seen[-1]
    assert isinstance(card, TemplateCard)
    qtbot.keyClick(card, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tab_count() == 1, timeout=WAIT_MS)
    current = window.current_tab()
    assert current is not None and current.name == card.info.name


def test_new_journey_from_the_welcome_page(qtbot: Any, make_window: WindowFactory) -> None:
    window = make_window()
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    assert window.tab_count() == 1
    assert not window.welcome_showing()
    qtbot.waitUntil(lambda: _library_names(window) == ["Untitled journey"], timeout=WAIT_MS)


def test_help_welcome_shows_it_again_and_esc_goes_back(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    first = window.current_tab()
    assert first is not None and not window.welcome_showing()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    names = [a.objectName() for a in help_menu.actions() if not a.isSeparator()]
    assert names == ["welcome", "shortcuts", "log_folder", "about"]
    assert QKeySequence("F1") in window.named_actions["shortcuts"].shortcuts()
    window.named_actions["welcome"].trigger()
    assert window.welcome_showing()
    page = window.welcome
    assert page.back_button.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert not window.welcome_showing() and window.current_tab() is first
    # from the page over the tabs, a template opens in a second tab
    window.named_actions["welcome"].trigger()
    qtbot.mouseClick(_card(window, "Re-engagement"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.tab_count() == 2, timeout=WAIT_MS)
    assert not window.welcome_showing()
    # closing every tab brings the page back, without the way back
    while window.tab_count():
        assert window.close_current_tab()
    assert window.welcome_showing() and not page.back_button.isVisible()
    wait_idle(qtbot, workspace(window))


def test_opening_a_library_journey_leaves_the_welcome_page(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    tab = window.current_tab()
    ws = workspace(window)
    binding = ws.library.binding(tab)
    assert binding is not None
    qtbot.waitUntil(lambda: binding.journey_id is not None, timeout=WAIT_MS)
    window.named_actions["welcome"].trigger()
    assert binding.journey_id is not None
    ws.library.open_entry(binding.journey_id)  # already open: its tab comes forward
    assert not window.welcome_showing() and window.current_tab() is tab


# --- Help › About, Help › Open Log Folder --------------------------------------------------------


def test_about_shows_version_licence_links_and_versions(
    qtbot: Any, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda d: shown.append(d) or 0)
    window.named_actions["about"].trigger()
    assert len(shown) == 1
    about = shown[0]
    qtbot.addWidget(about)
    assert about.title.text() == f"Journey Builder {__version__}"
    assert "MIT License" in about.licence_label.text()
    assert 'href="https://flownally.com/"' in about.homepage_label.text()
    assert about.homepage_label.openExternalLinks()
    versions = about.versions.text()
    assert qVersion() in versions
    assert f"{sys.version_info.major}.{sys.version_info.minor}" in versions
    assert "PySide6" in versions
    about.show()
    assert not about.licence.isVisible()
    qtbot.mouseClick(about.licence_button, Qt.MouseButton.LeftButton)
    assert about.licence.isVisible()
    assert about.licence.toPlainText().startswith("MIT License")
    assert "Permission is hereby granted" in about.licence.toPlainText()


def test_open_log_folder_opens_the_log_directory(
    make_window: WindowFactory, opened: list[QUrl], tmp_path: Path
) -> None:
    window = make_window()
    logs = tmp_path / "logs"
    assert not logs.exists()
    window.named_actions["log_folder"].trigger()
    assert opened == [QUrl.fromLocalFile(str(logs))]
    assert logs.is_dir()  # created, so the file manager has something to show


# --- the crash box -----------------------------------------------------------------------------


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_the_crash_box(
    qtbot: Any, make_window: WindowFactory, opened: list[QUrl], tmp_path: Path
) -> None:
    window = make_window()
    reporter = CrashReporter(window, window)
    restore = install_excepthook(reporter.report)
    try:

        def broken_slot() -> None:
            raise RuntimeError("a bug in a slot")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: reporter.box is not None, timeout=WAIT_MS)
    finally:
        restore()
    box = reporter.box
    assert box is not None and box.isVisible()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == CRASH_TEXT
    detail = box.informativeText()
    assert "your work is safe" in detail and "saved in the library" in detail
    assert str(tmp_path / "logs") in detail
    assert "a bug in a slot" not in detail  # the details are in the log, not in the box
    qtbot.mouseClick(reporter.open_log_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "logs"))]
    qtbot.waitUntil(lambda: reporter.box is None, timeout=WAIT_MS)


# --- the library panel, signed out without a keyring ------------------------------------------------


def test_signed_out_without_a_keyring_the_panel_says_so_briefly(
    qtbot: Any, make_window: WindowFactory
) -> None:
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # app_env restores the previous one
    window = make_window()
    ws = workspace(window)
    qtbot.waitUntil(lambda: bool(ws.accounts.problem), timeout=WAIT_MS)
    panel = ws.remote_panel
    qtbot.waitUntil(lambda: panel.note.isVisible(), timeout=WAIT_MS)
    assert panel.status.text() == "Not signed in."
    note = panel.note.text()
    assert len(note) < 90 and note.endswith(".")
    assert panel.note.wordWrap() and panel.invite.wordWrap()
    for label in (panel.status, panel.note, panel.invite):
        assert "backend" not in label.text() and "keyring.backends" not in label.text()
    assert "never keeps tokens in plain text" in panel.note.toolTip()
    assert "keyring.backends" not in panel.note.toolTip()
    assert "keyring.backends" not in ws.account_button.toolTip()
    assert not panel.progress_text.isVisible()
    # stacked, never overlapping, even in a narrow panel
    ws.library_dock.resize(250, ws.library_dock.height())
    qtbot.wait(50)
    labels = [panel.status, panel.note, panel.invite]
    for upper, lower in itertools.pairwise(labels):
        assert upper.geometry().bottom() < lower.geometry().top()


def test_the_keyring_note_does_not_squeeze_the_sign_in_fields(
    qtbot: Any, make_window: WindowFactory
) -> None:
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    window = make_window()
    ws = workspace(window)
    dialog = ws.open_sign_in()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.keyring_note.isVisible(), timeout=WAIT_MS)
    assert "keyring.backends" not in dialog.keyring_note.toolTip()
    for field in (dialog.base_url, dialog.token):
        assert field.height() >= field.sizeHint().height()
    note = dialog.keyring_note
    assert note.height() >= note.heightForWidth(note.width())
    dialog.reject()
    wait_idle(qtbot, ws)


def test_the_status_bar_account_button_opens_the_account_menu(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    ws = workspace(window)
    assert ws.account_button.text() == "Not signed in"
    assert ws.account_button.menu() is None  # no corner arrow over the text
    qtbot.mouseClick(ws.account_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ws.account_menu.isVisible)
    assert ws.actions["sign_in"] in ws.account_menu.actions()
    ws.account_menu.close()


# --- the minimap -------------------------------------------------------------------------------


def test_the_minimap_shows_only_when_the_journey_overflows(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    tab = window.current_tab()
    assert tab is not None
    # one start step: nothing to find, so no overview over it
    qtbot.waitUntil(lambda: tab.journey_fits() and not tab.minimap.isVisible(), timeout=WAIT_MS)
    tab.view.set_zoom(6.0)
    tab.view.center_on_key(tab.doc.node_keys()[0])
    qtbot.waitUntil(lambda: tab.minimap.isVisible(), timeout=WAIT_MS)
    window.named_actions["minimap"].trigger()  # the user turns it off
    assert not tab.minimap.isVisible()
    window.named_actions["minimap"].trigger()
    assert tab.minimap.isVisible()
    tab.view.fit()
    qtbot.waitUntil(lambda: not tab.minimap.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, workspace(window))
