"""The app's languages: which one to use, loading its translations, and showing the texts of
the Qt-free layers (catalogue, validation, simulation, merge, templates) in it.

English is the source language; German and Spanish are translated
(``resources/translations/journey_builder_*.qm``, built from the ``.ts`` files by ``make qm``).
The language is, in this order: ``JOURNEY_BUILDER_LANG``, the one chosen in View › Language, the
system's. Qt's own texts (standard buttons, the file dialog) come from Qt's ``qtbase_*.qm``.
How to write a translatable string: docs/translations.md.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from journey_builder.errors import FileReadError, JourneyBuilderError
from journey_builder.model import OutputSpec, label_for, node_summary_phrase, spec_for
from journey_builder.model.texts import CATALOGUE_CONTEXT, Param, Phrase, english
from journey_builder.resources import resources_dir
from journey_builder.template_texts import TEMPLATES_CONTEXT
from journey_builder.validation import Problem

__all__ = [
    "LANGUAGES",
    "LANGUAGE_ENV",
    "Translators",
    "catalogue_text",
    "choose_language",
    "error_text",
    "issue_text",
    "label_text",
    "node_summary_text",
    "node_title_text",
    "number_text",
    "output_label",
    "phrase_text",
    "problem_text",
    "render",
    "system_language",
    "template_text",
    "translations_dir",
]

#: Language code -> its name in that language (how a menu of languages names them).
LANGUAGES: Mapping[str, str] = {"en": "English", "de": "Deutsch", "es": "Español"}
#: Overrides the language (tests, screenshots, support): ``de``, ``es`` or ``en``.
LANGUAGE_ENV = "JOURNEY_BUILDER_LANG"
_CATALOGUE_NAME = "journey_builder"

log = logging.getLogger(__name__)


class _Issue(Protocol):
    """A data or trigger issue: English words, and the same as a phrase."""

    @property
    def message(self) -> str: ...

    @property
    def phrase(self) -> Phrase | None: ...


# --- which language ------------------------------------------------------------------------------


def system_language() -> str:
    """The system's language when we speak it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def choose_language(chosen: str | None = None) -> str:
    """The language to use: the environment's override, else ``chosen`` (the setting; empty or
    ``"system"`` follows the system), else the system's."""
    for candidate in (os.environ.get(LANGUAGE_ENV, ""), chosen or ""):
        code = candidate.strip().lower().replace("_", "-").split("-")[0]
        if code in LANGUAGES:
            return code
    return system_language()


def translations_dir() -> Path | None:
    """Where our ``.qm`` files are; None when the installation has none."""
    try:
        folder = resources_dir() / "translations"
    except FileReadError:
        return None
    return folder if folder.is_dir() else None


class Translators:
    """The translators of one language, installed in the application (and removed again)."""

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> bool:
        """Use ``language`` from now on (its texts, Qt's, and its number formats). False when
        our translation of it is missing (the texts then stay English)."""
        app = QCoreApplication.instance()
        self.remove()
        self.language = language if language in LANGUAGES else "en"
        _set_locale(self.language)
        ok = True
        folder = translations_dir()
        wanted = [(folder, _CATALOGUE_NAME)] if folder is not None else []
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        wanted.append((qt_folder, "qtbase"))
        for where, name in wanted:
            translator = QTranslator(app)
            if translator.load(f"{name}_{self.language}", str(where)):
                QCoreApplication.installTranslator(translator)
                self._installed.append(translator)
            elif name == _CATALOGUE_NAME and self.language != "en":
                log.warning("No %s translation in %s", self.language, where)
                ok = False
        if folder is None and self.language != "en":
            log.warning("No translations folder: the app stays in English")
            ok = False
        return ok

    def remove(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()


def _set_locale(language: str) -> None:
    """Numbers and dates as the reader writes them: the system's format when it speaks the
    chosen language (Swiss German stays Swiss), else the language's own."""
    system = QLocale.system()
    if QLocale(language).language() == system.language():
        QLocale.setDefault(system)
    else:
        QLocale.setDefault(QLocale(language))


# --- texts of the Qt-free layers ------------------------------------------------------------------


def catalogue_text(text: str) -> str:
    """A catalogue text (step name, field label, choice, output) in the reader's language."""
    return QCoreApplication.translate(CATALOGUE_CONTEXT, text)


def template_text(text: str) -> str:
    """A shipped template's title or description in the reader's language (listed in
    ``journey_builder.template_texts``); any other text as it is."""
    return QCoreApplication.translate(TEMPLATES_CONTEXT, text)


def number_text(value: int | float) -> str:
    """A number as the reader writes it (``1.234,5`` in German)."""
    locale = QLocale()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return locale.toString(value)
    if value.is_integer():
        return locale.toString(int(value))
    return locale.toString(value, "g", 6)


def render(value: Param) -> str:
    """A phrase (or parameter) in the reader's language; English for what has no translation."""
    if isinstance(value, str):
        return value
    if not isinstance(value, Phrase):
        return number_text(value)
    template = (
        QCoreApplication.translate(value.context, value.template)
        if value.context
        else value.template
    )
    if not value.params:
        return template
    params = {name: render(param) for name, param in value.params}
    try:
        return template.format_map(params)
    except (KeyError, ValueError, IndexError):  # a translation that lost a placeholder
        log.warning("Translation of %r does not fit its parameters", value.template)
        return value.template.format_map({name: english(p) for name, p in value.params})


def phrase_text(phrase: Phrase | None, english_text: str = "") -> str:
    """A phrase of the Qt-free layers (a simulation's reason, a merge's overlap) in the
    reader's language; ``english_text`` when there is no phrase."""
    return render(phrase) if phrase is not None else english_text


def error_text(error: BaseException, *, framed: bool = True) -> str:
    """An error's sentence in the reader's language when it carries a phrase (no connection, a
    timeout, a file that cannot be read or written: see errors.py), else its English.
    ``framed``: with what ``str(error)`` puts around it (the file, the request)."""
    if not isinstance(error, JourneyBuilderError):
        return str(error)
    phrase = error.phrase
    if not isinstance(phrase, Phrase):
        return str(error) if framed else error.sentence()
    sentence = render(phrase)
    return error.framed(sentence) if framed else sentence


def problem_text(problem: Problem | object) -> str:
    """A validation message in the reader's language (anything with a ``message`` that has
    no phrase is shown as it is)."""
    phrase = getattr(problem, "phrase", None)
    if isinstance(phrase, Phrase):
        return render(phrase)
    return str(getattr(problem, "message", ""))


def issue_text(issue: _Issue) -> str:
    """A field check's words ("is required") in the reader's language."""
    return render(issue.phrase) if issue.phrase is not None else issue.message


def label_text(table: Mapping[str, str], value: object) -> str:
    """The translated label of a known value (a status, an entry mode); unknown ones as they are."""
    if isinstance(value, str) and value in table:
        return catalogue_text(table[value])
    return label_for(table, value)


def node_title_text(node_type: str, data: Mapping[str, object]) -> str:
    """A card's title: the step's own label, else its type's name translated."""
    label = data.get("label")
    if isinstance(label, str) and label.strip():
        return label.strip()
    spec = spec_for(node_type)
    return catalogue_text(spec.display_name) if spec is not None else node_type


def node_summary_text(node_type: str, data: Mapping[str, object]) -> str:
    """A card's one-line summary ("Wait 2 days") in the reader's language."""
    return render(node_summary_phrase(node_type, data))


def output_label(output: OutputSpec) -> str:
    """An output's label in the reader's language (a split's branches keep their names)."""
    if output.phrase is not None:
        return render(output.phrase)
    return catalogue_text(output.label)
