"""Texts the Qt-free layers build, shown in the reader's language: the Preview timeline's
reasons (German), the three-way conflict view's overlaps (Spanish), the welcome page's and
New from template's template cards (German), an error from a file (German). The English they
are made from stays what the command line prints."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journey_builder.i18n import Translators, error_text
from journey_builder.model import JourneyDocument
from journey_builder.model.merge import three_way
from journey_builder.resources import resource_path, templates
from journey_builder.simulation import simulate
from journey_builder.storage.files import load_journey
from journey_builder.template_texts import TEMPLATE_TEXTS
from journey_builder.ui.shell.main_window import MainWindow
from journey_builder.ui.sync.conflict_dialog import ConflictDialog
from journey_builder.ui.welcome.welcome_page import WelcomePage
from tests.qt.ui.app_support import WAIT_MS, WindowFactory, workspace
from tests.unit.journey_fixtures import post_purchase

pytest_plugins = ["tests.qt.ui.app_support"]


@pytest.fixture
def in_language(qapp: Any) -> Iterator[Any]:
    """Switch the app's translations to a language for one test (English again after)."""
    translators = Translators()

    def switch(language: str) -> None:
        assert translators.install(language)

    yield switch
    translators.remove()
    Translators().install("en")


# --- the Preview timeline in German --------------------------------------------------------------


def _run_preview(qtbot: QtBot, window: MainWindow) -> Any:
    template = resource_path("templates", "post-purchase-follow-up.journey.json")
    tab = window.open_path(str(template))
    assert tab is not None
    window.named_actions["preview"].trigger()
    panel = window.preview
    qtbot.waitUntil(panel.isVisible)
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not panel.running and bool(panel.results.timeline.rows()), timeout=WAIT_MS
    )
    return panel


def test_the_preview_timeline_gives_its_reasons_in_german(
    qtbot: QtBot, make_window: WindowFactory, in_language: Any
) -> None:
    in_language("de")
    window = make_window()
    panel = _run_preview(qtbot, window)
    rows = panel.results.timeline.rows()
    # the same walk in English, as the command line prints it
    doc = load_journey(resource_path("templates", "post-purchase-follow-up.journey.json"))
    english = simulate(doc, {"fields": {}, "tags": []})
    said = [*(s.reason for s in english.steps), english.end.reason]
    assert len(rows) >= 2
    assert rows[0].reason.startswith("Eingetreten: ")
    for row in rows:
        assert row.reason and row.reason not in said, row.reason
    # a wait that times out: the duration and the words in German, the time as on the canvas
    timeout = next(r for r in rows if r.reason.startswith("Zeitlimit"))
    assert "Tage" in timeout.reason and "abgelaufen bei +" in timeout.reason
    end = rows[-1]
    assert end.is_end and end.reason.startswith("Der Kontakt hat die Journey verlassen")
    for word in ("Timeout", "Entered", "within", "the contact", "Waited"):
        assert not any(word in row.reason for row in rows), word


# --- the conflict view in Spanish ----------------------------------------------------------------


def _edited(base: dict[str, Any], name: str, wait_days: int) -> JourneyDocument:
    """The journey renamed, and its "wait" step set to another number of days."""
    out = copy.deepcopy(base)
    out["name"] = name
    for node in out["definition"]["nodes"]:
        if node["id"] == "wait":
            node["data"]["amount"] = wait_days
    return JourneyDocument.model_validate(out)


def test_the_conflict_view_names_the_overlaps_in_spanish(qtbot: QtBot, in_language: Any) -> None:
    in_language("es")
    base = post_purchase()
    mine, theirs = _edited(base, "Mía", 3), _edited(base, "Suya", 5)
    view = three_way(JourneyDocument.model_validate(base), mine, theirs)
    assert {o.message for o in view.overlaps} == {
        "step “wait” was changed in both copies, differently",
        "the name was changed in both copies",
    }
    dialog = ConflictDialog(mine, theirs, view=view)
    qtbot.addWidget(dialog)
    table = dialog.three_way
    assert table is not None
    overlapping = [row for row in table.rows() if row[5]]
    assert len(overlapping) == 2
    tips = []
    for group in range(table.topLevelItemCount()):
        top = table.topLevelItem(group)
        assert top is not None
        for i in range(top.childCount()):
            child = top.child(i)
            if child is not None and child.data(0, Qt.ItemDataRole.UserRole):
                tips.append(child.toolTip(0))
    assert any("el paso «wait» se cambió en ambas copias, de forma distinta" in t for t in tips)
    assert any("el nombre se cambió en ambas copias" in t for t in tips)
    assert not any(o.message in t for o in view.overlaps for t in tips)
    # what each side did, in Spanish too
    step_row = next(row for row in overlapping if "(wait)" in row[1])
    assert step_row[2] != "changed" and step_row[4] != "changed"
    dialog.close()


# --- the template cards in German ----------------------------------------------------------------


def test_the_welcome_page_shows_the_templates_in_german(
    qtbot: QtBot, make_window: WindowFactory, in_language: Any
) -> None:
    in_language("de")
    window = make_window()
    page = window.welcome
    assert isinstance(page, WelcomePage)
    shipped = templates()
    assert page.template_titles() == [
        "Willkommensserie",
        "Verlassener Warenkorb",
        "Nachfassen nach dem Kauf",
        "Reaktivierung",
        "Nachfassen nach Konversation",
    ]
    for card, info in zip(page.cards, shipped, strict=True):
        assert card.info == info  # the template itself is unchanged (English in the index)
        assert card.text() == card.title != info.title
        assert card.description != info.description and card.summary in card.description
        assert card.toolTip() and info.description not in card.toolTip()
        assert card.accessibleName() == f"Vorlage: {card.title}"
    # New from template, in the library panel
    panel = workspace(window).library_panel
    panel.new_menu.aboutToShow.emit()
    texts = [a.text() for a in panel.new_menu.actions()]
    assert "Willkommensserie" in texts and "Welcome series" not in texts
    tips = [a.toolTip() for a in panel.new_menu.actions() if a.text() == "Verlassener Warenkorb"]
    assert tips and "Wenn ein Warenkorb verlassen wird" in tips[0]


def test_every_template_text_has_a_german_and_a_spanish_translation(in_language: Any) -> None:
    from journey_builder.i18n import template_text

    for language in ("de", "es"):
        in_language(language)
        assert all(template_text(text) != text for text in TEMPLATE_TEXTS), language


# --- an error in German ----------------------------------------------------------------------------


def test_an_error_from_a_file_is_told_in_german(tmp_path: Path, in_language: Any) -> None:
    in_language("de")
    broken = tmp_path / "broken.json"
    broken.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(Exception) as info:
        load_journey(broken)
    assert str(info.value).endswith("; found a list")  # the command line's English
    text = error_text(info.value)
    assert text.startswith(f"{broken}: erwartet wurde eine Journey-Datei")
    assert text.endswith("; gefunden: eine Liste")
