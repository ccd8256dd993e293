"""Shared test set-up: Qt runs offscreen, and no test touches the user's real data or keyring."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_library(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point JOURNEY_BUILDER_LIBRARY at a fresh file, so no test opens the user's real library."""
    folder = tmp_path_factory.mktemp("library")
    monkeypatch.setenv("JOURNEY_BUILDER_LIBRARY", str(folder / "library.sqlite3"))
