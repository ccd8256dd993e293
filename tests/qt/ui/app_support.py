"""Shared set-up of the app tests (library, sync, versions); it holds no tests itself.

Each test gets a private library, config folder and in-memory keyring (restored after), message
boxes answered by the test and recorded as a user would read them, the sandbox on 127.0.0.1,
and checks that no thread is left behind.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from journey_builder.sandbox import Sandbox, run_sandbox
from journey_builder.sandbox.state import ALL_SCOPES
from journey_builder.sync import SESSION_TOKENS
from journey_builder.ui.common.settings import open_settings
from journey_builder.ui.common.theme import ThemeManager
from journey_builder.ui.editor.editor_tab import EditorTab
from journey_builder.ui.shell.main_window import MainWindow
from journey_builder.ui.shell.workspace import Workspace
from tests.memory_keyring import MemoryKeyring

__all__ = [
    "Boxes",
    "MemoryKeyring",
    "WindowFactory",
    "app_env",
    "boxes",
    "entry_of",
    "make_window",
    "sandbox",
    "sign_in",
    "wait_idle",
    "workspace",
]

WAIT_MS = 10_000


class Boxes:
    """Answers message boxes instead of showing them, and records what they said.

    A question (it has a Yes button) is answered with the next of ``answers`` (Yes when none
    are left); any other box with OK.
    """

    def __init__(self) -> None:
        self.answers: list[QMessageBox.StandardButton] = []
        self.shown: list[tuple[str, str, str]] = []

    def exec(self, box: QMessageBox) -> int:
        assert box.textFormat() == Qt.TextFormat.PlainText
        self.shown.append((box.windowTitle(), box.text(), box.informativeText()))
        buttons = box.standardButtons()
        if buttons & QMessageBox.StandardButton.Yes:
            answer = self.answers.pop(0) if self.answers else QMessageBox.StandardButton.Yes
            return int(answer.value)
        if buttons & QMessageBox.StandardButton.Discard:
            return int(QMessageBox.StandardButton.Discard.value)
        return int(QMessageBox.StandardButton.Ok.value)

    def titles(self) -> list[str]:
        return [title for title, _text, _detail in self.shown]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    recorder = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: recorder.exec(box))
    return recorder


@pytest.fixture
def app_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """A private config folder and keyring, no token in the environment, no thread left."""
    monkeypatch.setenv("JOURNEY_BUILDER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("FLOWNALLY_TOKEN", raising=False)
    monkeypatch.delenv("FLOWNALLY_BASE_URL", raising=False)
    monkeypatch.delenv("JOURNEY_BUILDER_THEME", raising=False)
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    before = set(threading.enumerate())
    try:
        yield memory
    finally:
        keyring.set_keyring(previous)
        for name in ("default", "work", "sandbox", "other"):
            SESSION_TOKENS.delete(name)
    deadline = time.monotonic() + 5
    while True:
        extra = [t for t in threading.enumerate() if t not in before and t.is_alive()]
        if not extra or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    assert not extra, f"threads left behind: {extra}"


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(
    qtbot: Any, tmp_path: Path, boxes: Boxes, app_env: MemoryKeyring
) -> Iterator[WindowFactory]:
    """Windows on a library (closed, as a user would, at the end of the test)."""
    made: list[MainWindow] = []

    def make(library: Path | None = None, *, show: bool = True) -> MainWindow:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        settings = open_settings(tmp_path / f"settings-{len(made)}.ini")
        window = MainWindow(
            settings=settings,
            theme=ThemeManager(app, settings),
            library=str(library or tmp_path / "library.sqlite3"),
        )
        assert window.workspace is not None
        window.workspace.connection.retry_seconds = (0.3,)
        window.resize(1400, 900)
        if show:
            window.show()
            qtbot.waitExposed(window)
        made.append(window)
        # the sign-in check at start runs on a worker: let it finish before the test acts
        wait_idle(qtbot, window.workspace)
        return window

    yield make
    for window in made:
        window.close()
        window.deleteLater()


def workspace(window: MainWindow) -> Workspace:
    assert window.workspace is not None
    return window.workspace


def wait_idle(qtbot: Any, ws: Workspace, timeout: int = WAIT_MS) -> None:
    """Until no network task runs and every queued library write is done."""
    qtbot.waitUntil(lambda: not ws.net.busy and not ws.library.saver.busy, timeout=timeout)


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with run_sandbox(port=0) as running:
        yield running


def new_token(sandbox: Sandbox, scopes: frozenset[str] = ALL_SCOPES) -> str:
    """A token made by the test, accepted by the sandbox with ``scopes``."""
    return sandbox.add_token("sbx_test_" + secrets.token_urlsafe(12), scopes)


def sign_in(
    qtbot: Any,
    window: MainWindow,
    base_url: str,
    token: str,
    *,
    profile: str = "work",
    session_only: bool = False,
) -> None:
    """Sign in through the dialog, as a user types it."""
    ws = workspace(window)
    dialog = ws.open_sign_in()
    dialog.profile.setCurrentText(profile)
    dialog.base_url.setText(base_url)
    qtbot.keyClicks(dialog.token, token)
    if session_only:
        dialog.session_only.setChecked(True)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.accounts.signed_in, timeout=WAIT_MS)
    wait_idle(qtbot, ws)


def entry_of(window: MainWindow, tab: EditorTab) -> Any:
    """The library entry a tab is bound to, as the library has it now."""
    ws = workspace(window)
    binding = ws.library.binding(tab)
    assert binding is not None and binding.journey_id is not None
    return ws.library.library.get(binding.journey_id)
