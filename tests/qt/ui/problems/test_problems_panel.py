"""The problems panel: codes, counts, selection, re-checks, plain-text tooltips."""

from __future__ import annotations

from typing import Any

from journey_builder.document import EditableJourney
from journey_builder.model import JourneyDocument
from journey_builder.ui.problems.problems_panel import DEBOUNCE_MS, ProblemsPanel, count_text


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
