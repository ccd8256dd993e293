"""File › Export image as a user meets it: the options dialog, the sizes it announces, the
progress of a long export and its cancelling, and errors shown plainly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from journey_builder.canvas import JourneyView
from journey_builder.document import EditableJourney
from journey_builder.document.generate import generate_journey
from journey_builder.ui.shell.export_dialog import (
    ExportImageDialog,
    export_with_dialog,
    run_export,
)


@pytest.fixture
def view(qtbot: QtBot) -> JourneyView:
    widget = JourneyView(EditableJourney(generate_journey(60, seed=5, name="Spring")))
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.reset_zoom()
    return widget


@pytest.fixture
def dialog(view: JourneyView, qtbot: QtBot) -> ExportImageDialog:
    box = ExportImageDialog(view, "light")
    qtbot.addWidget(box)
    return box


def _summary(dialog: ExportImageDialog) -> str:
    """The summary with numbers written plainly, whatever the locale's digit groups."""
    return re.sub(r"(?<=\d)[,.\u00a0\u202f ](?=\d{3}\b)", "", dialog.summary.text())


def _pick(combo: object, data: str) -> None:
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0, data
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_it_starts_on_a_slide_of_the_whole_journey(dialog: ExportImageDialog) -> None:
    choice = dialog.choice()
    assert (choice.what, choice.width, choice.height, choice.suffix) == (
        "whole",
        1920,
        1080,
        ".png",
    )
    assert not dialog.what_buttons["selection"].isEnabled()  # nothing is selected
    assert not dialog.pages_combo.isEnabled()  # PNG: no pages
    assert not dialog.width_spin.isEnabled()
    text = _summary(dialog)
    assert "pixels" in text and "60 steps" in text
    assert "1920 ×" in text or "× 1080" in text  # one side fills the slide


def test_sizes_follow_the_presets_and_a_custom_box(dialog: ExportImageDialog) -> None:
    _pick(dialog.size_combo, "wide")
    assert "2000 ×" in _summary(dialog)
    _pick(dialog.size_combo, "full")
    assert dialog.choice().scale == 1.0 and "at 100 %" in dialog.summary.text()
    _pick(dialog.size_combo, "custom")
    assert dialog.width_spin.isEnabled() and dialog.height_spin.isEnabled()
    dialog.width_spin.setValue(0)
    dialog.height_spin.setValue(300)
    choice = dialog.choice()
    assert (choice.width, choice.height) == (None, 300)
    assert "× 300 pixels" in dialog.summary.text()


def test_a_png_past_the_limits_is_explained_and_cannot_start(dialog: ExportImageDialog) -> None:
    _pick(dialog.size_combo, "custom")
    dialog.width_spin.setValue(200_000)
    assert not dialog.export_button.isEnabled()
    assert "Cannot export this" in dialog.summary.text()
    assert "16000" in dialog.summary.text()
    _pick(dialog.format_combo, ".svg")  # vector has no pixel limit
    assert dialog.export_button.isEnabled()
    assert "vector" in dialog.summary.text()


def test_pdf_pages_are_counted(dialog: ExportImageDialog) -> None:
    _pick(dialog.format_combo, ".pdf")
    assert dialog.pages_combo.isEnabled()
    _pick(dialog.size_combo, "full")
    _pick(dialog.pages_combo, "a4")
    assert dialog.choice().pages == "a4"
    assert "pages" in dialog.summary.text()


def test_selection_and_current_view(view: JourneyView, qtbot: QtBot) -> None:
    keys = view.document.node_keys()[3:6]
    view.select_keys(keys)
    box = ExportImageDialog(view, "dark")
    qtbot.addWidget(box)
    assert box.theme_combo.currentData() == "dark"
    assert box.what_buttons["selection"].isEnabled()
    assert "3 steps" in box.what_buttons["selection"].text()
    box.what_buttons["selection"].setChecked(True)
    choice = box.choice()
    assert choice.steps == [view.document.node(k).id for k in keys]
    assert "3 steps" in box.summary.text()  # only the selected ones, no neighbours
    box.what_buttons["view"].setChecked(True)
    assert box.choice().area == view.visible_scene_rect()


def test_export_runs_and_reports(view: JourneyView, tmp_path: Path, qtbot: QtBot) -> None:
    box = ExportImageDialog(view, "light")
    qtbot.addWidget(box)
    _pick(box.size_combo, "wide")
    result = run_export(view, box.choice().export(view, str(tmp_path / "out.png")))
    assert result is not None and result.width == 2000
    assert QImage(str(tmp_path / "out.png")).width() == 2000


def test_cancelling_leaves_nothing(
    view: JourneyView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    box = ExportImageDialog(view, "light")
    qtbot.addWidget(box)
    _pick(box.size_combo, "full")
    assert run_export(view, box.choice().export(view, str(tmp_path / "c.png"))) is None
    assert list(tmp_path.iterdir()) == []


def test_the_whole_flow_with_an_error_shown_plainly(
    view: JourneyView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    def accept(box: ExportImageDialog) -> int:
        _pick(box.format_combo, ".svg")
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(ExportImageDialog, "exec", accept)
    target = tmp_path / "chosen"  # the extension is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    message = export_with_dialog(view, view, "light", "spring")
    assert message is not None and "chosen.svg" in message
    assert (tmp_path / "chosen.svg").read_text(encoding="utf-8").startswith("<?xml")
    # a folder that does not exist: the error is shown, nothing is written
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda b: shown.append(b.text()) or 0)
    gone = tmp_path / "missing" / "x.svg"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(gone), ""))
    )
    assert export_with_dialog(view, view, "light", "spring") is None
    assert shown and "folder does not exist" in shown[0]
    # cancelling the options dialog does nothing
    monkeypatch.setattr(ExportImageDialog, "exec", lambda box: 0)
    assert export_with_dialog(view, view, "light", "spring") is None
