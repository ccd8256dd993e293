"""The palette of step types: groups, filter, add by keyboard, drag."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from journey_builder.model import CATALOGUE, CATEGORIES
from journey_builder.ui.editor.palette import NODE_TYPE_MIME, NodePalette, node_type_from_mime


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
