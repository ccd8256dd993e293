"""Building a large journey's cards a slice at a time, so opening it never freezes the window.

Making the items of a 5,000-step journey takes about half a second of Python; done in one go
the window stops answering for that long. :class:`SceneBuilder` does it in slices of at most
:data:`SLICE_MS` per event-loop turn (a zero-timer between slices lets input and painting
through). First, steps the file left without a position are laid out and placed, a phase of
the auto-layout per slice; then cards are made in and around the visible area first, nearest
its middle first, and each edge as soon as both its cards exist, so what is on screen is
complete early; last, the texts of cards not drawn yet are made ahead, so that scrolling to a
region for the first time is quick. It reports ``progress(done, total)`` after each slice and
``finished`` at the end.

Until then the scene's extent comes from the document's positions
(:func:`~journey_builder.canvas.arrange.model_bounds`), so fitting the view shows the whole
journey, not just the cards made so far. Edits during the build go through the scene as usual;
the builder skips what the scene already made or what the document no longer has, so nothing
is lost or made twice.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from typing import Literal, Protocol, TypeVar

from PySide6.QtCore import QObject, QRectF, QTimer, Signal

from journey_builder.canvas.arrange import Bounds, layout_steps, model_bounds, placing_origin
from journey_builder.document import EditableJourney

__all__ = [
    "SLICE_MS",
    "BuildHost",
    "BuildMode",
    "SceneBuilder",
    "in_document_order",
    "tree_depth",
    "union_of",
]

#: How to build a scene: all at once ("now": export, small journeys, tests) or in slices.
BuildMode = Literal["now", "slices"]
#: The most time one slice spends making items, in milliseconds.
SLICE_MS = 8.0
#: Steps measured, or placed, between two yields while preparing.
_CHUNK = 200
_Item = TypeVar("_Item")


def tree_depth(count: int) -> int:
    """The depth of Qt's index tree for this many items (as Qt picks for a scene filled at once:
    about one item per leaf)."""
    return max(5, math.ceil(math.log2(count))) if count > 0 else 5


def union_of(bounds: Iterable[Bounds]) -> QRectF:
    """The rectangle round these (left, top, right, bottom) bounds; empty for none."""
    left = top = float("inf")
    right = bottom = float("-inf")
    for x0, y0, x1, y1 in bounds:
        left, top = min(left, x0), min(top, y0)
        right, bottom = max(right, x1), max(bottom, y1)
    if left > right:
        return QRectF()
    return QRectF(left, top, right - left, bottom - top)


def in_document_order(items: dict[str, _Item], keys: Iterable[str]) -> None:
    """Put a scene's items (key -> item) in the document's order, as a build all at once leaves
    them (a sliced build makes them in view order); the same dict, as others hold it."""
    ordered = {k: items[k] for k in keys if k in items}
    ordered.update(items)
    items.clear()
    items.update(ordered)


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

    def prepare_node(self, key: str) -> None: ...  # pragma: no cover - protocol

    def build_area(self, extent: QRectF, count: int) -> None: ...  # pragma: no cover - protocol

    def slice_built(self) -> None: ...  # pragma: no cover - protocol

    def build_done(self) -> None: ...  # pragma: no cover - protocol


class SceneBuilder(QObject):
    """Makes a scene's items in time-boxed slices; see the module docstring."""

    #: (items made or skipped so far, items to make), after every slice.
    progress = Signal(int, int)
    #: Every step has a position now (those the file left without one were laid out).
    placed = Signal()
    #: Every item of the document (as it was when the build started, plus edits) exists.
    finished = Signal()

    def __init__(self, host: BuildHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.slice_ms = SLICE_MS
        #: How long each slice took (ms), for benchmarks and sanity checks.
        self.slice_durations: list[float] = []
        self._work: Iterator[None] | None = None
        self._placing = False
        self._quiet = False  # placing steps itself: the document's signals are its own doing
        self._nodes: list[str] = []  # nodes to make, the next one last
        self._edges: dict[str, None] = {}  # edges not made yet, in document order
        self._ready: deque[str] = deque()  # edges whose cards both exist: made next
        self._rects: dict[str, Bounds] = {}
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
        return self._work is not None

    @property
    def placing(self) -> bool:
        """Whether steps without a position are still being laid out (the extent is not known
        yet)."""
        return self._placing

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
        self._done = 0
        self._total = 3 * len(keys) + len(doc.edge_keys())  # measured, made, texts ready
        self._placing = any(doc.node(k).position is None for k in keys)
        self.slice_durations = []
        if focus is not None and not focus.isEmpty():
            self._focus = QRectF(focus)
        self._work = self._steps()
        self._timer.start()

    def cancel(self) -> None:
        """Stop without finishing (the scene is being emptied)."""
        self._timer.stop()
        self._work = None
        self._placing = False
        self._nodes = []
        self._edges = {}
        self._ready.clear()
        self._rects = {}
        self._extent = None

    def finish(self) -> None:
        """Do everything still to do now, in one go."""
        work = self._work
        if work is not None:
            self._timer.stop()
            for _ in work:
                pass
            self._host.slice_built()
            self._complete()

    def set_focus(self, visible: QRectF) -> None:
        """The view shows this scene rectangle now: make what is in and around it first."""
        if self.running and not visible.isEmpty() and visible != self._focus:
            self._focus = QRectF(visible)
            self._resort = True

    def build_now(self, node_keys: Iterable[str], edge_keys: Iterable[str] = ()) -> None:
        """Make these nodes and edges (and the edges' cards) at once, if not made yet: the user
        selected or went to them."""
        if not self.running:
            return
        host = self._host
        doc = host.document
        wanted_edges = [k for k in edge_keys if k not in host.edge_items and doc.has_edge(k)]
        wanted_nodes = list(node_keys)
        for key in wanted_edges:
            wanted_nodes.extend(k for k in doc.edge_ends(key) if k is not None)
        made = False
        for key in wanted_nodes:
            if key not in host.node_items and doc.has_node(key):
                self._make_node(key)
                made = True
        for key in wanted_edges:
            if key not in host.edge_items:
                host.build_edge(key)
                made = True
        if made:
            host.slice_built()

    # --- the extent before every card exists ---------------------------------------------------

    def extent(self) -> QRectF:
        """What the whole journey will cover, from the document's positions (those laid out so
        far, while placing)."""
        if self._extent is None:
            doc = self._host.document
            fresh = {}
            for key in doc.node_keys():
                bounds = model_bounds(doc.node(key))
                if bounds is not None:
                    fresh[key] = bounds
            self._rects.update(fresh)  # (the build measures no step twice)
            self._extent = union_of(fresh.values())
        return QRectF(self._extent)

    def forget_extent(self) -> None:
        """The document changed during the build: measure the extent again when asked."""
        if self.running and not self._quiet:
            self._extent = None

    # --- slices --------------------------------------------------------------------------------

    def _slice(self) -> None:
        work = self._work
        if work is None:
            return
        began = time.perf_counter()
        deadline = began + self.slice_ms / 1000.0
        clock = time.perf_counter
        finished = False
        try:
            for _ in work:
                if clock() >= deadline:
                    break
            else:
                finished = True
        except Exception:
            self._complete()  # not left "building" for ever; the error is reported as usual
            raise
        self._host.slice_built()
        self.slice_durations.append((time.perf_counter() - began) * 1000.0)
        if finished:
            self._complete()
        else:
            self.progress.emit(self._done, self._total)
            self._timer.start()

    def _steps(self) -> Iterator[None]:
        """All the work, yielding after every small piece of it."""
        doc = self._host.document
        keys = doc.node_keys()
        rects = self._rects
        loose = []
        for i, key in enumerate(keys):
            if i % _CHUNK == _CHUNK - 1:
                yield
            if not doc.has_node(key):  # removed meanwhile
                continue
            bounds = rects.get(key) or model_bounds(doc.node(key))
            if bounds is None:
                loose.append(key)
            else:
                rects[key] = bounds
                self._done += 1
        if self._extent is None:
            self._extent = union_of(rects.values())
        if loose:
            while loose:  # (a step put back meanwhile, still without a position, goes too)
                yield from self._place(loose)
                loose = [k for k in doc.node_keys() if doc.node(k).position is None]
        elif self._placing:  # (the steps without a position went meanwhile)
            self._placing = False
            self.placed.emit()
        yield from self._plan_build(keys)
        yield from self._build()

    def _place(self, loose: list[str]) -> Iterator[None]:
        """Lay out and place the steps without a position, right of the others."""
        self._placing = True
        doc = self._host.document
        origin = placing_origin(self._rects.values())
        positions = yield from layout_steps(doc, loose, origin=origin)
        pending = list(positions.items())
        for start in range(0, len(pending), _CHUNK):
            chunk = dict(pending[start : start + _CHUNK])
            self._quiet = True
            try:
                doc.place_unpositioned(chunk)
            finally:
                self._quiet = False
            for key in chunk:
                if doc.has_node(key):
                    bounds = model_bounds(doc.node(key))
                    if bounds is not None:
                        self._rects[key] = bounds
                self._done += 1
            yield
        self._extent = None  # measured again, with the placed steps
        self._placing = False
        self.placed.emit()

    def _plan_build(self, keys: list[str]) -> Iterator[None]:
        self._nodes = keys
        self._edges = dict.fromkeys(self._host.document.edge_keys())
        self._host.build_area(self.extent(), len(keys) + len(self._edges))
        self._ready.clear()
        self._sort()
        yield

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

    def _build(self) -> Iterator[None]:
        """Make the items, one per step; an edge as soon as both its cards exist."""
        host = self._host
        doc = host.document
        nodes, edges = host.node_items, host.edge_items
        pending, waiting, ready = self._nodes, self._edges, self._ready
        while True:
            if self._resort:
                self._sort()
                pending = self._nodes
            if ready:
                key = ready.popleft()
                if key not in waiting:
                    continue
                del waiting[key]
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
                break
            yield
        yield from self._prepare_texts()

    def _prepare_texts(self) -> Iterator[None]:
        """Make every card's texts ahead (cards out of view were made without them), so the
        first drawing of a region is quick."""
        host = self._host
        for key in list(host.node_items):
            host.prepare_node(key)
            self._done += 1
            yield

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
        self._work = None
        self._placing = False
        self._done = self._total
        self._nodes = []
        self._edges = {}
        self._ready.clear()
        self._rects = {}
        self._extent = None
        self._host.build_done()
        self.progress.emit(self._total, self._total)
        self.finished.emit()
