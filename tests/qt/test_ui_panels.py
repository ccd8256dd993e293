"""The palette, the problems panel and the themes, each on its own."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from journey_builder.document import EditableJourney
from journey_builder.model import CATALOGUE, CATEGORIES, JourneyDocument
from journey_builder.ui.palette import NODE_TYPE_MIME, NodePalette, node_type_from_mime
from journey_builder.ui.problems_panel import DEBOUNCE_MS, ProblemsPanel, count_text
from journey_builder.ui.settings import open_settings
from journey_builder.ui.theme import ThemeChoice, ThemeManager, is_dark


def test_palette_groups_types_by_category_with_descriptions(qtbot: Any) -> None:
    palette = NodePalette()
    qtbot.addWidget(palette)
    tree = palette.tree
    headers = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]  # type: ignore[union-attr]
    assert headers == [
        c.upper() for c in CATEGORIES if any(s.category == c for s in CATALOGUE.values())
    ]
    item = palette.item_for("delay")
    assert item.text(0) == "Delay"
    assert item.toolTip(0) == CATALOGUE["delay"].description
    assert not item.icon(0).isNull()
    assert item.parent() is not None and item.parent().text(0) == "TIMING"  # type: ignore[union-attr]


def test_palette_double_click_and_enter_ask_to_add(qtbot: Any) -> None:
    palette = NodePalette()
    qtbot.addWidget(palette)
    palette.show()
    tree = palette.tree
    item = palette.item_for("tag")
    with qtbot.waitSignal(palette.addRequested) as blocker:
        tree.itemDoubleClicked.emit(item, 0)
    assert blocker.args == ["tag"]
    tree.setCurrentItem(palette.item_for("exit"))
    tree.setFocus()
    with qtbot.waitSignal(palette.addRequested) as blocker:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert blocker.args == ["exit"]


def test_palette_drag_carries_the_node_type(qtbot: Any) -> None:
    palette = NodePalette()
    qtbot.addWidget(palette)
    mime = palette.tree.mimeData([palette.item_for("condition")])
    assert mime.hasFormat(NODE_TYPE_MIME)
    assert node_type_from_mime(mime) == "condition"


def test_palette_filter_hides_what_does_not_match(qtbot: Any) -> None:
    palette = NodePalette()
    qtbot.addWidget(palette)
    qtbot.keyClicks(palette.filter, "wait")
    assert not palette.item_for("delay").isHidden()  # "Wait for a fixed time."
    assert not palette.item_for("wait_for_event").isHidden()
    assert palette.item_for("tag").isHidden()
    palette.filter.clear()
    assert not palette.item_for("tag").isHidden()
    qtbot.keyClicks(palette.filter, "jump")
    with qtbot.waitSignal(palette.addRequested) as blocker:
        qtbot.keyClick(palette.filter, Qt.Key.Key_Return)
    assert blocker.args == ["jump_to"]


def _broken_doc() -> EditableJourney:
    doc = EditableJourney(
        JourneyDocument.model_validate(
            {
                "name": "Broken",
                "entryMode": "once",
                "triggerConfig": {"type": "contact_created", "conditions": {}},
                "definition": {"nodes": [], "edges": []},
            }
        )
    )
    start = doc.add_node("start", (0, 0))
    doc.add_node("send_message", (0, 200), after=(start, None))
    doc.add_node("delay", (400, 200))  # not reachable
    return doc


def test_problems_panel_lists_codes_counts_and_selects(qtbot: Any) -> None:
    doc = _broken_doc()
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_document(doc)
    codes = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]  # type: ignore[union-attr]
    assert "unreachable-node" in codes
    assert "invalid-config" in codes  # the message has no content yet
    assert codes.index("unreachable-node") < codes.index("dead-end")  # errors first
    errors, warnings = panel.counts()
    assert panel.summary.text() == count_text(errors, warnings)
    row = codes.index("unreachable-node")
    item = panel.tree.topLevelItem(row)
    assert item is not None
    assert "Delay" in item.text(2)
    with qtbot.waitSignal(panel.problemActivated) as blocker:
        panel.tree.itemClicked.emit(item, 1)
    assert blocker.args[0] == doc.keys_for_node_id("delay_1")


def test_problems_panel_checks_again_after_a_pause(qtbot: Any) -> None:
    doc = _broken_doc()
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_document(doc)
    before = [p.code for p in panel.problems]
    assert "unreachable-node" in before
    delay = doc.keys_for_node_id("delay_1")[0]
    doc.remove([delay])
    assert [p.code for p in panel.problems] == before  # not yet: debounced
    with qtbot.waitSignal(panel.problemsChanged, timeout=DEBOUNCE_MS * 8):
        pass
    assert "unreachable-node" not in [p.code for p in panel.problems]


def test_count_text() -> None:
    assert count_text(0, 0) == "No problems"
    assert count_text(2, 1) == "2 errors · 1 warning"
    assert count_text(1, 0) == "1 error"
    assert count_text(0, 3) == "3 warnings"


def test_theme_switch_changes_the_palette(qtbot: Any, tmp_path: Any, monkeypatch: Any) -> None:
    monkeypatch.delenv("JOURNEY_BUILDER_THEME", raising=False)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = open_settings(tmp_path / "settings.ini")
    theme = ThemeManager(app, settings)
    with qtbot.waitSignal(theme.themeChanged) as blocker:
        theme.set_choice(ThemeChoice.DARK)
    assert blocker.args == ["dark"]
    assert is_dark(app.palette())
    window = app.palette().color(QPalette.ColorRole.Window)
    assert window.lightnessF() < 0.3
    theme.set_choice(ThemeChoice.LIGHT)
    assert not is_dark(app.palette())
    assert app.palette().color(QPalette.ColorRole.Window).lightnessF() > 0.8
    assert settings.value("view/theme") == "light"
    # the choice is remembered
    assert ThemeManager(app, settings).choice is ThemeChoice.LIGHT


def test_theme_env_var_forces_a_theme(qtbot: Any, tmp_path: Any, monkeypatch: Any) -> None:
    monkeypatch.setenv("JOURNEY_BUILDER_THEME", "dark")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme = ThemeManager(app, open_settings(tmp_path / "settings.ini"))
    assert theme.effective == "dark"
    assert is_dark(app.palette())
    theme.set_choice(ThemeChoice.LIGHT)


def test_problem_tooltips_show_file_text_as_typed(qtbot: Any) -> None:
    doc = _broken_doc()
    delay = doc.keys_for_node_id("delay_1")[0]
    doc.set_node_data(delay, {**doc.node(delay).data, "label": "<img src=x> <b>Wait</b>"})
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_document(doc)
    items = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    tips = [i.toolTip(2) for i in items if i is not None and "Wait" in i.text(2)]
    assert tips
    assert all("&lt;img src=x&gt; &lt;b&gt;Wait&lt;/b&gt;" in t for t in tips)
    assert all("<img" not in t for t in tips)
