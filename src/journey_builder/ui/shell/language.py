"""View › Language: follow the system, or English, Deutsch, Español; remembered in the settings.

The window's texts are set as it is built, so another language takes effect when the app
starts again: the menu says so, and offers to restart now (after the usual questions about
unsaved work; the library keeps every draft). ``JOURNEY_BUILDER_LANG`` overrides the choice.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QProcess, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox

from journey_builder.i18n import LANGUAGES, Translators, choose_language

__all__ = ["LANGUAGE_SETTING", "LanguageMenu", "install_language", "restart_command"]

#: The settings key of the chosen language: a code of LANGUAGES, or "" to follow the system.
LANGUAGE_SETTING = "view/language"

log = logging.getLogger(__name__)


def install_language(settings: QSettings) -> Translators:
    """Load the translations of the language to use (before any window is built)."""
    chosen = settings.value(LANGUAGE_SETTING, "")
    translators = Translators()
    translators.install(choose_language(chosen if isinstance(chosen, str) else ""))
    return translators


def restart_command(library: str | None) -> tuple[str, list[str]]:
    """The program and arguments that start the editor again on the same library."""
    args = [] if getattr(sys, "frozen", False) else ["-m", "journey_builder"]
    if library:
        args += ["--library", library]
    return sys.executable, args


class LanguageMenu(QMenu):
    """The languages to choose from; a choice is saved and applies after a restart."""

    def __init__(self, window: QMainWindow, settings: QSettings, library: str | None):
        super().__init__(window)
        self.setObjectName("language_menu")
        self.setTitle(self.tr("&Language"))
        self._window = window
        self._settings = settings
        self._library = library
        self.running = choose_language(self._saved())
        group = QActionGroup(self)
        self.choices: dict[str, QAction] = {}
        system = QAction(self.tr("Follow &System"), self)
        system.setObjectName("language_system")
        self.choices[""] = system
        for code, name in LANGUAGES.items():
            # each language by its own name, so a reader finds theirs whatever the current one
            action = QAction(name, self)
            action.setObjectName(f"language_{code}")
            self.choices[code] = action
        for code, action in self.choices.items():
            action.setCheckable(True)
            action.setChecked(code == self._saved())
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            group.addAction(action)
            self.addAction(action)
            if not code:
                self.addSeparator()
        self.addSeparator()
        note = self.addAction(self.tr("Takes effect after a restart"))
        note.setEnabled(False)

    def _saved(self) -> str:
        value = self._settings.value(LANGUAGE_SETTING, "")
        return value if isinstance(value, str) and value in LANGUAGES else ""

    def choose(self, code: str) -> None:
        """Remember ``code`` ("" follows the system) and offer a restart if it changes the
        language."""
        self._settings.setValue(LANGUAGE_SETTING, code)
        self._settings.sync()
        wanted = choose_language(code)
        if wanted == self.running:
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("Change language"),
            self.tr(
                "Journey Builder will be in {language} from the next start. Restart now? "
                "Your journeys are kept."
            ).format(language=LANGUAGES[wanted]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restart()

    def restart(self) -> bool:
        """Close the window (asking about unsaved work as always), then start again."""
        if not self._window.close():
            return False
        program, args = restart_command(self._library)
        if not QProcess.startDetached(program, args):
            log.error("Could not restart %s %s", program, args)
            return False
        app = QApplication.instance()
        if app is not None:
            app.quit()
        return True
