"""Whole-process render of a 5,000-step chain to 1,920 × 1,080: ours against NodeGraphQt.

Run: ``.venv/bin/python benchmarks/bench_render_vs_peer.py`` (``--steps``, ``--runs``).
Installs nothing. With NodeGraphQt importable (``pip install -e '.[bench]'``; it reaches Qt
through the ``Qt.py`` shim, which picks our PySide6), it times, alternately and each in a
fresh process:

- ours: ``journey-builder render chain.journey.json out.png --width 1920 --height 1080``;
- the peer: a process that imports NodeGraphQt, builds the same chain (same positions, one
  input and one output per node, each connected to the next, undo off) in a ``NodeGraph``
  and renders its scene fitted into 1,920 × 1,080 to a PNG with ``QGraphicsScene.render``.

It prints the median wall time of each, the ratio (peer / ours) and each child's peak
resident memory (``ru_maxrss`` from ``wait4``). Without NodeGraphQt it prints our figures and
says the peer is absent. The chain is laid out in columns of 100 steps, 262 × 142 apart.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

COLUMN = 100
PITCH = (262, 142)
SIZE = (1920, 1080)


def chain_journey(steps: int) -> dict[str, Any]:
    """A start, alternating emails and delays, an exit: each step joined to the next."""
    trigger = {"type": "contact_created", "conditions": {}}
    nodes: list[dict[str, Any]] = []
    for i in range(steps):
        if i == 0:
            kind, data = "start", {"triggerConfig": trigger, "entryMode": "once"}
        elif i == steps - 1:
            kind, data = "exit", {"reason": "done"}
        elif i % 2:
            kind = "send_message"
            data = {"channel": "email", "templateId": f"tpl_{i}", "subject": f"Hello #{i}"}
        else:
            kind, data = "delay", {"amount": 1 + i % 5, "unit": "days"}
        x, y = (i // COLUMN) * PITCH[0], (i % COLUMN) * PITCH[1]
        nodes.append({"id": f"n{i}", "type": kind, "data": data, "position": {"x": x, "y": y}})
    edges = [{"id": f"e{i}", "source": f"n{i - 1}", "target": f"n{i}"} for i in range(1, steps)]
    return {
        "name": f"Chain of {steps}",
        "entryMode": "once",
        "triggerConfig": trigger,
        "definition": {"nodes": nodes, "edges": edges},
    }


def _timed(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and the child's peak resident memory (MB) of one process."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    errors = child.stderr.read().decode() if child.stderr else ""
    if child.stderr:
        child.stderr.close()
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:4])}… failed ({child.returncode}):\n{errors}")
    return elapsed, usage.ru_maxrss / 1024


def _peer_child(source: str, out: str, width: int, height: int) -> int:
    """Build the chain in NodeGraphQt and render it fitted into width × height."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from NodeGraphQt import BaseNode, NodeGraph
    from Qt import QtCore, QtGui, QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])

    class StepNode(BaseNode):  # type: ignore[misc]
        __identifier__ = "bench"
        NODE_NAME = "Step"

        def __init__(self) -> None:
            super().__init__()
            self.add_input("in")
            self.add_output("out")

    data = json.loads(Path(source).read_text(encoding="utf-8"))
    graph = NodeGraph()
    graph.register_node(StepNode)
    previous = None
    for raw in data["definition"]["nodes"]:
        pos = raw["position"]
        node = graph.create_node(
            "bench.StepNode",
            name=raw["id"],
            selected=False,
            pos=[pos["x"], pos["y"]],
            push_undo=False,
        )
        if previous is not None:
            previous.output(0).connect_to(node.input(0), push_undo=False, emit_signal=False)
        previous = node
    scene = graph.scene()
    source_rect = scene.itemsBoundingRect()
    image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtGui.QColor("#f3f4f6"))
    painter = QtGui.QPainter(image)
    painter.setRenderHints(
        QtGui.QPainter.RenderHint.Antialiasing | QtGui.QPainter.RenderHint.TextAntialiasing
    )
    scene.render(
        painter,
        QtCore.QRectF(0, 0, width, height),
        source_rect,
        QtCore.Qt.AspectRatioMode.KeepAspectRatio,
    )
    painter.end()
    if not image.save(out, "PNG"):
        return 1
    del app
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--peer-child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.peer_child:
        source, out, width, height = args.peer_child
        return _peer_child(source, out, int(width), int(height))

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    peer = importlib.util.find_spec("NodeGraphQt") is not None
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "chain.journey.json"
        source.write_text(json.dumps(chain_journey(args.steps)), encoding="utf-8")
        ours_argv = [
            sys.executable,
            "-m",
            "journey_builder",
            "render",
            str(source),
            str(Path(folder) / "ours.png"),
            "--width",
            str(SIZE[0]),
            "--height",
            str(SIZE[1]),
        ]
        peer_argv = [
            sys.executable,
            __file__,
            "--peer-child",
            str(source),
            str(Path(folder) / "peer.png"),
            str(SIZE[0]),
            str(SIZE[1]),
        ]
        ours: list[tuple[float, float]] = []
        theirs: list[tuple[float, float]] = []
        for _run in range(args.runs):  # alternated, so load on the machine hits both alike
            ours.append(_timed(ours_argv, env))
            if peer:
                theirs.append(_timed(peer_argv, env))
    print(
        f"Whole-process render of a {args.steps:,}-step chain to {SIZE[0]} x {SIZE[1]} PNG "
        f"(median of {args.runs}, alternated)"
    )
    ours_s = statistics.median(t for t, _m in ours)
    ours_mb = max(m for _t, m in ours)
    print(f"  journey-builder render : {ours_s:7.2f} s   peak {ours_mb:6.0f} MB")
    if not peer:
        print("  NodeGraphQt            : not installed (pip install -e '.[bench]' to compare)")
        return 0
    peer_s = statistics.median(t for t, _m in theirs)
    peer_mb = max(m for _t, m in theirs)
    print(f"  NodeGraphQt            : {peer_s:7.2f} s   peak {peer_mb:6.0f} MB")
    print(f"  ratio (NodeGraphQt / ours): {peer_s / ours_s:.1f}x faster, target >= 15x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
