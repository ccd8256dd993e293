"""Building a large journey's cards a slice at a time, so opening it never freezes the window.

Making the items of a 5,000-step journey takes about half a second of Python; done in one go
the window stops answering for that long. :class:`SceneBuilder` makes them in slices of at
most :data:`SLICE_MS` per event-loop turn (a zero-timer between slices lets input and painting
through), cards in and around the visible area first, nearest the middle first; each edge is
made as soon as both its cards exist, so what is on screen is complete early. It reports
``progress(done, total)`` after each slice and ``finished`` at the end.

Until then the scene's extent comes from the document's positions (:func:`model_bounds`), so
fitting the view shows the whole journey, not just the cards made so far. Edits during the
build go through the scene as usual; the builder skips what the scene already made or what
the document no longer has, so nothing is lost or made twice.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable, Mapping
from typing import Literal, Protocol

from PySide6.QtCore import QObject, QRectF, QTimer, Signal

from journey_builder.canvas.geometry import card_bounds, node_size
from journey_builder.document import EditableJourney
from journey_builder.model import Node, node_outputs

__all__ = ["SLICE_MS", "BuildHost", "BuildMode", "SceneBuilder", "model_bounds"]

#: How to build a scene: all at once ("now": export, small journeys, tests) or in slices.
BuildMode = Literal["now", "slices"]
#: The most time one slice spends making items, in milliseconds.
SLICE_MS = 8.0
#: Checking the clock after every item costs more than the item; every few is enough.
_CLOCK_EVERY = 4


def model_bounds(node: Node) -> tuple[float, float, float, float] | None:
    """(left, top, right, bottom) of what the node's card will draw, from the document alone
    (None while it has no position)."""
    position = node.position
    if position is None:
        return None
    data = node.data if isinstance(node.data, dict) else {}
    left, top, width, height = card_bounds(*node_size(len(node_outputs(node.type, data))))
    x, y = float(position.x) + left, float(position.y) + top
    return x, y, x + width, y + height


class BuildHost(Protocol):
    """What the builder needs of the scene: its document, its items and how to make one."""

    @property
    def document(self) -> EditableJourney: ...  # pragma: no cover - protocol

    @property
    def node_items(self) -> Mapping[str, object]: ...  # pragma: no cover - protocol

    @property
    def edge_items(self) -> Mapping[str, object]: ...  # pragma: no cover - protocol

    def build_node(self, key: str) -> None: ...  # pragma: no cover - protocol

    def build_edge(self, key: str) -> None: ...  # pragma: no cover - protocol

    def slice_built(self) -> None: ...  # pragma: no cover - protocol

    def build_done(self) -> None: ...  # pragma: no cover - protocol


class SceneBuilder(QObject):
    """Makes a scene's items in time-boxed slices; see the module docstring."""

    #: (items made or skipped so far, items to make), after every slice.
    progress = Signal(int, int)
    #: Every item of the document (as it was when the build started, plus edits) exists.
    finished = Signal()

    def __init__(self, host: BuildHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.slice_ms = SLICE_MS
        #: How long each slice took (ms), for benchmarks and sanity checks.
        self.slice_durations: list[float] = []
        self._running = False
        self._nodes: list[str] = []  # nodes to make, the next one last
        self._edges: dict[str, None] = {}  # edges not made yet, in document order
        self._ready: deque[str] = deque()  # edges whose cards both exist: made next
        self._rects: dict[str, tuple[float, float, float, float]] = {}
        self._extent: QRectF | None = None
        self._focus = QRectF()
        self._resort = False
        self._done = 0
        self._total = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    @property
    def running(self) -> bool:
        return self._running

    def counts(self) -> tuple[int, int]:
        """(done, total) so far."""
        return self._done, self._total

    # --- control ---------------------------------------------------------------------------------

    def start(self, focus: QRectF | None = None) -> None:
        """Plan every node and edge of the document (the scene has none yet); the first slice
        runs when control returns to the event loop."""
        self.cancel()
        doc = self._host.document
        keys = doc.node_keys()
        self._rects = {}
        for key in keys:
            bounds = model_bounds(doc.node(key))
            if bounds is not None:
                self._rects[key] = bounds
        self._extent = self._union(self._rects.values())
        self._nodes = keys
        self._edges = dict.fromkeys(doc.edge_keys())
        self._ready.clear()
        self._done = 0
        self._total = len(keys) + len(self._edges)
        self.slice_durations = []
        self._running = True
        if focus is not None and not focus.isEmpty():
            self._focus = QRectF(focus)
        self._sort()
        self._timer.start()

    def cancel(self) -> None:
        """Stop without finishing (the scene is being emptied)."""
        self._timer.stop()
        self._running = False
        self._nodes = []
        self._edges = {}
        self._ready.clear()
        self._rects = {}
        self._extent = None

    def finish(self) -> None:
        """Make everything still missing now, in one go."""
        if self._running:
            self._timer.stop()
            self._run(None)
            self._host.slice_built()
            self._complete()

    def set_focus(self, visible: QRectF) -> None:
        """The view shows this scene rectangle now: make what is in and around it first."""
        if self._running and not visible.isEmpty() and visible != self._focus:
            self._focus = QRectF(visible)
            self._resort = True

    def build_now(self, node_keys: Iterable[str], edge_keys: Iterable[str] = ()) -> None:
        """Make these nodes and edges (and the edges' cards) at once, if not made yet: the user
        selected or went to them."""
        if not self._running:
            return
        host = self._host
        doc = host.document
        wanted_edges = [k for k in edge_keys if k not in host.edge_items and doc.has_edge(k)]
        wanted_nodes = list(node_keys)
        for key in wanted_edges:
            wanted_nodes.extend(k for k in doc.edge_ends(key) if k is not None)
        for key in wanted_nodes:
            if key not in host.node_items and doc.has_node(key):
                self._make_node(key)
        for key in wanted_edges:
            if key not in host.edge_items:
                host.build_edge(key)
        if wanted_nodes or wanted_edges:
            host.slice_built()

    # --- the extent before every card exists ---------------------------------------------------

    def extent(self) -> QRectF:
        """What the whole journey will cover, from the document's positions."""
        if self._extent is None:
            doc = self._host.document
            found = (model_bounds(doc.node(k)) for k in doc.node_keys())
            self._extent = self._union(b for b in found if b is not None)
        return QRectF(self._extent)

    def forget_extent(self) -> None:
        """The document changed during the build: measure the extent again when asked."""
        if self._running:
            self._extent = None

    @staticmethod
    def _union(bounds: Iterable[tuple[float, float, float, float]]) -> QRectF:
        left = top = float("inf")
        right = bottom = float("-inf")
        for x0, y0, x1, y1 in bounds:
            left, top = min(left, x0), min(top, y0)
            right, bottom = max(right, x1), max(bottom, y1)
        if left > right:
            return QRectF()
        return QRectF(left, top, right - left, bottom - top)

    # --- slices --------------------------------------------------------------------------------

    def _sort(self) -> None:
        """Order the nodes still to make: in view, then around it, then the rest; nearest the
        middle of the view first in each (the list is used from its end)."""
        self._resort = False
        built = self._host.node_items
        rest = [k for k in self._nodes if k not in built]
        focus = self._focus
        if focus.isEmpty():
            rest.reverse()
            self._nodes = rest
            return
        cx, cy = focus.center().x(), focus.center().y()
        vl, vt, vr, vb = focus.left(), focus.top(), focus.right(), focus.bottom()
        w, h = focus.width(), focus.height()
        al, at, ar, ab = vl - w, vt - h, vr + w, vb + h
        rects = self._rects
        far = (3, 0.0)

        def rank(key: str) -> tuple[int, float]:
            r = rects.get(key)
            if r is None:
                return far
            x0, y0, x1, y1 = r
            dx, dy = (x0 + x1) / 2 - cx, (y0 + y1) / 2 - cy
            if x1 >= vl and x0 <= vr and y1 >= vt and y0 <= vb:
                tier = 0
            elif x1 >= al and x0 <= ar and y1 >= at and y0 <= ab:
                tier = 1
            else:
                tier = 2
            return tier, dx * dx + dy * dy

        rest.sort(key=rank, reverse=True)
        self._nodes = rest

    def _slice(self) -> None:
        began = time.perf_counter()
        if self._resort:
            self._sort()
        self._run(began + self.slice_ms / 1000.0)
        self._host.slice_built()
        self.slice_durations.append((time.perf_counter() - began) * 1000.0)
        if self._nodes or self._edges:
            self.progress.emit(self._done, self._total)
            self._timer.start()
        else:
            self._complete()

    def _run(self, deadline: float | None) -> None:
        """Make items until the deadline (all of them without one)."""
        host = self._host
        doc = host.document
        nodes, edges = host.node_items, host.edge_items
        pending, waiting, ready = self._nodes, self._edges, self._ready
        clock = time.perf_counter
        count = 0
        while True:
            if ready:
                key = ready.popleft()
                if waiting.pop(key, 0) is None:  # still waiting (None is its value)
                    self._done += 1
                    if key not in edges and doc.has_edge(key):
                        host.build_edge(key)
            elif pending:
                key = pending.pop()
                self._done += 1
                if key in nodes or not doc.has_node(key):
                    continue
                self._make_node(key)
            elif waiting:
                key = next(iter(waiting))
                del waiting[key]
                self._done += 1
                if key not in edges and doc.has_edge(key):
                    host.build_edge(key)
            else:
                return
            count += 1
            if deadline is not None and count % _CLOCK_EVERY == 0 and clock() >= deadline:
                return

    def _make_node(self, key: str) -> None:
        """Make a card; its edges whose other card exists are made next."""
        host = self._host
        host.build_node(key)
        doc = host.document
        nodes, waiting = host.node_items, self._edges
        for edge_key in doc.edges_of(key):
            if edge_key in waiting:
                src, tgt = doc.edge_ends(edge_key)
                other = tgt if src == key else src
                if other is None or other in nodes:
                    self._ready.append(edge_key)

    def _complete(self) -> None:
        self._running = False
        self._done = self._total
        self._nodes = []
        self._edges = {}
        self._ready.clear()
        self._rects = {}
        self._extent = None
        self._host.build_done()
        self.progress.emit(self._total, self._total)
        self.finished.emit()
