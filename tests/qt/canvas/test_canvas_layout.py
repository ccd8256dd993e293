"""Auto-layout: layered top to bottom, no overlaps, branches apart; the algorithm needs no Qt."""

from __future__ import annotations

import subprocess
import sys

from pytestqt.qtbot import QtBot

from journey_builder.canvas import JourneyView
from journey_builder.canvas.geometry import LABEL_DROP, node_size
from journey_builder.canvas.layout import LayoutEdge, layered_layout
from journey_builder.document import EditableJourney
from journey_builder.document.generate import generate_journey


def _boxes(
    positions: dict[str, tuple[float, float]], sizes: dict[str, tuple[float, float]]
) -> dict[str, tuple[float, float, float, float]]:
    """Card plus the output labels hanging below it."""
    return {
        k: (x, y, x + sizes[k][0], y + sizes[k][1] + LABEL_DROP) for k, (x, y) in positions.items()
    }


def _overlaps(boxes: dict[str, tuple[float, float, float, float]]) -> list[tuple[str, str]]:
    keys = sorted(boxes)
    found = []
    for i, a in enumerate(keys):
        ax0, ay0, ax1, ay1 = boxes[a]
        for b in keys[i + 1 :]:
            bx0, by0, bx1, by1 = boxes[b]
            if ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1:
                found.append((a, b))
    return found


def test_layout_module_imports_no_qt() -> None:
    code = (
        "import sys, importlib.util, pathlib\n"
        "import journey_builder.model\n"
        "root = pathlib.Path(journey_builder.model.__file__).parents[1] / 'canvas'\n"
        "for name in ('geometry', 'layout'):\n"
        "    spec = importlib.util.spec_from_file_location(\n"
        "        'journey_builder.canvas.' + name, root / (name + '.py'))\n"
        "    mod = importlib.util.module_from_spec(spec)\n"
        "    sys.modules[spec.name] = mod\n"
        "    spec.loader.exec_module(mod)\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "False"


def test_thirty_node_branching_journey_without_overlaps(qtbot: QtBot) -> None:
    doc = EditableJourney(generate_journey(30, seed=3))
    view = JourneyView(doc)
    qtbot.addWidget(view)
    scene = view.journey_scene()
    positions = scene.layout_positions()
    assert set(positions) == set(doc.node_keys())
    sizes = {k: (scene.node_items[k].width, scene.node_items[k].height) for k in positions}
    assert _overlaps(_boxes(positions, sizes)) == []
    for edge_key in doc.edge_keys():
        src, tgt = doc.edge_ends(edge_key)
        assert src is not None and tgt is not None
        assert positions[tgt][1] > positions[src][1]  # flows downwards (a tree: no loops)


def test_branches_keep_their_output_order() -> None:
    sizes = {k: node_size(2 if k == "c" else 1) for k in ("s", "c", "yes", "no")}
    edges = [
        LayoutEdge("s", "c"),
        LayoutEdge("c", "no", port=1, ports=2),
        LayoutEdge("c", "yes", port=0, ports=2),
    ]
    pos = layered_layout(["s", "c", "no", "yes"], sizes, edges, ["s"])
    assert pos["yes"][0] < pos["no"][0]
    assert pos["yes"][1] == pos["no"][1] > pos["c"][1] > pos["s"][1]
    centre = pos["c"][0] + sizes["c"][0] / 2
    mid = (pos["yes"][0] + sizes["yes"][0] / 2 + pos["no"][0] + sizes["no"][0] / 2) / 2
    assert abs(centre - mid) < 1  # the branches sit symmetrically under their condition


def test_loops_and_unreachable_nodes_are_laid_out_too() -> None:
    nodes = ["s", "a", "b", "lost"]
    sizes = {k: node_size(1) for k in nodes}
    edges = [LayoutEdge("s", "a"), LayoutEdge("a", "b"), LayoutEdge("b", "a"), LayoutEdge("b", "b")]
    pos = layered_layout(nodes, sizes, edges, ["s"])
    assert pos["s"][1] < pos["a"][1] < pos["b"][1]
    assert _overlaps(_boxes(pos, sizes)) == []


def test_long_edges_get_their_own_lane() -> None:
    nodes = ["s", "c", "d1", "d2", "d3", "end"]
    sizes = {k: node_size(2 if k == "c" else 1) for k in nodes}
    edges = [
        LayoutEdge("s", "c"),
        LayoutEdge("c", "d1", 0, 2),
        LayoutEdge("d1", "d2"),
        LayoutEdge("d2", "d3"),
        LayoutEdge("d3", "end"),
        LayoutEdge("c", "end", 1, 2),  # skips three layers
    ]
    pos = layered_layout(nodes, sizes, edges, ["s"])
    assert _overlaps(_boxes(pos, sizes)) == []
    lane_x = pos["c"][0] + sizes["c"][0] * 0.75
    for k in ("d1", "d2", "d3"):
        assert not (pos[k][0] <= lane_x <= pos[k][0] + sizes[k][0])


def test_auto_layout_is_one_undo_step_and_keeps_start_in_place(qtbot: QtBot) -> None:
    doc = EditableJourney(generate_journey(30, seed=5))
    view = JourneyView(doc)
    qtbot.addWidget(view)
    start = doc.keys_for_node_id("start")[0]
    doc.move_nodes({start: (500, 500)})
    other = doc.node_keys()[5]
    doc.move_nodes({other: (9000, 9000)})
    view.auto_layout()
    assert doc.undo_stack.undoText() == "Auto-layout"
    assert doc.node(start).to_json()["position"] == {"x": 500, "y": 500}
    assert doc.node(other).to_json()["position"] != {"x": 9000, "y": 9000}
    doc.undo_stack.undo()
    assert doc.node(other).to_json()["position"] == {"x": 9000, "y": 9000}


def test_empty_layout() -> None:
    assert layered_layout([], {}, []) == {}
