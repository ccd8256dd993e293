"""Qt tests run in English, with its plural forms ("1 error", "2 errors"), whatever the
machine's language: the texts the tests expect are the English ones."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from journey_builder.i18n import LANGUAGE_ENV, Translators


@pytest.fixture(autouse=True, scope="session")
def _english(qapp: QApplication) -> Iterator[Translators]:
    translators = Translators()
    translators.install("en")
    yield translators
    translators.remove()


@pytest.fixture(autouse=True)
def _language_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window started by a test (``run_app``) is in English too."""
    monkeypatch.setenv(LANGUAGE_ENV, "en")
