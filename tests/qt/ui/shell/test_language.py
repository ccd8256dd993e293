"""The app's language: which one is used, View › Language, and the catalogue's and validator's
texts, numbers and dates in German and Spanish."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QProcess
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from journey_builder.i18n import (
    LANGUAGE_ENV,
    Translators,
    choose_language,
    node_summary_text,
    node_title_text,
    number_text,
    output_label,
    problem_text,
)
from journey_builder.model.catalogue import node_outputs
from journey_builder.ui.common.journey_list import relative_time
from journey_builder.ui.common.settings import open_settings
from journey_builder.ui.problems.problems_panel import count_text
from journey_builder.ui.shell.language import LANGUAGE_SETTING, LanguageMenu, restart_command
from journey_builder.validation import validate
from tests.unit.journey_fixtures import doc, minimal, node


@pytest.fixture
def speak(qapp: Any) -> Iterator[Any]:
    translators = Translators()
    yield translators.install
    translators.remove()
    Translators().install("en")


def test_the_environment_overrides_the_setting_which_overrides_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(LANGUAGE_ENV, "de")
    assert choose_language("es") == "de"
    monkeypatch.setenv(LANGUAGE_ENV, "es_ES")
    assert choose_language("") == "es"
    monkeypatch.delenv(LANGUAGE_ENV)
    assert choose_language("de") == "de"
    assert choose_language("fr") in ("en", "de", "es")  # not ours: the system's, or English


def test_catalogue_texts_summaries_and_problems_in_german(speak: Any) -> None:
    assert speak("de")
    assert node_title_text("delay", {}) == "Verzögerung"
    assert node_title_text("delay", {"label": "Cool off"}) == "Cool off"  # the user's own
    assert node_summary_text("delay", {"amount": 2, "unit": "days"}) == "2 Tage warten"
    assert node_summary_text("delay", {"amount": 1, "unit": "days"}) == "1 Tag warten"
    outputs = node_outputs("condition", {})
    assert [output_label(o) for o in outputs] == ["Ja", "Nein"]
    journey = doc(minimal(node("lost", "delay", amount=2, unit="days")))
    problem = next(p for p in validate(journey) if p.code == "unreachable-node")
    assert problem_text(problem) == (
        "'Verzögerung' wird nie erreicht: Verbinden Sie den Schritt mit der Journey."
    )
    assert problem.message.startswith("'Delay' can never be reached")  # the CLI's stays English
    assert count_text(1, 2) == "1 Fehler · 2 Warnungen"


def test_numbers_and_dates_in_the_readers_format(speak: Any) -> None:
    assert speak("de")
    assert QLocale().language() == QLocale.Language.German
    assert number_text(1234) == "1.234"
    assert number_text(2.5) == "2,5"
    now = datetime(2026, 5, 20, 12, 0, tzinfo=UTC)
    assert relative_time(now - timedelta(minutes=5), now) == "vor 5 Min."
    assert relative_time(now - timedelta(days=30), now).endswith("Apr.")
    assert speak("es")
    assert node_summary_text("delay", {"amount": 3, "unit": "weeks"}) == "Esperar 3 semanas"
    assert count_text(2, 0) == "2 errores"
    assert relative_time(now - timedelta(seconds=10), now) == "ahora mismo"


def test_english_has_its_plural_forms(speak: Any) -> None:
    assert speak("en")
    assert count_text(1, 1) == "1 error · 1 warning"
    assert count_text(3, 0) == "3 errors"


def _recorder(started: list[tuple[str, list[str]]]) -> Any:
    def start(program: str, args: list[str]) -> bool:
        started.append((program, args))
        return True

    return start


def test_view_language_remembers_the_choice_and_offers_a_restart(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(LANGUAGE_ENV)
    settings = open_settings(tmp_path / "settings.ini")
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = LanguageMenu(window, settings, str(tmp_path / "library.sqlite3"))
    names = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert names[1:4] == ["English", "Deutsch", "Español"]  # each by its own name
    assert not menu.actions()[-1].isEnabled()  # "Takes effect after a restart"
    assert menu.choices[""].isChecked()  # follows the system until chosen
    asked: list[str] = []

    def question(_parent: Any, title: str, text: str, *_args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.No

    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QProcess, "startDetached", _recorder(started))
    other = "es" if menu.running == "de" else "de"
    menu.choices[other].trigger()
    assert settings.value(LANGUAGE_SETTING) == other
    assert len(asked) == 1 and ("Deutsch" in asked[0] or "Español" in asked[0])
    assert started == []  # "No": nothing restarted
    menu.choices[menu.running].trigger()
    assert settings.value(LANGUAGE_SETTING) == menu.running
    assert len(asked) == 1  # back to the language in use: nothing to restart


def test_restart_now_closes_the_window_then_starts_again(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    menu = LanguageMenu(window, open_settings(tmp_path / "s.ini"), str(tmp_path / "lib.sqlite3"))
    started: list[tuple[str, list[str]]] = []
    quits: list[bool] = []
    monkeypatch.setattr(QProcess, "startDetached", _recorder(started))
    monkeypatch.setattr(QApplication, "quit", lambda *_: quits.append(True))
    assert menu.restart()
    assert not window.isVisible()
    assert started and started[0][1][-2:] == ["--library", str(tmp_path / "lib.sqlite3")]
    assert quits == [True]


def test_the_restart_starts_the_editor_on_the_same_library(monkeypatch: pytest.MonkeyPatch) -> None:
    program, args = restart_command("/tmp/lib.sqlite3")
    assert args == ["-m", "journey_builder", "--library", "/tmp/lib.sqlite3"]
    monkeypatch.setattr("sys.frozen", True, raising=False)
    assert restart_command(None)[1] == []
    assert program
