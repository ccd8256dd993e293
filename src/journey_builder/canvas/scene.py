"""The journey scene: one item per node and edge, built from an EditableJourney and kept in
step with it only through the document's signals.

The scene holds every item in ``node_items`` / ``edge_items`` (key -> item; each item knows its
key), so no item depends on Qt keeping its Python wrapper alive. User gestures (dragging cards,
dragging from an output to a node; :mod:`~journey_builder.canvas.gestures`) become document
edits; the document's signals then update the items, which is also how undo and redo reach the
canvas. A scene built with ``build="slices"`` makes its items a slice at a time
(:mod:`~journey_builder.canvas.scene_builder`); until it is done, a node may have no item yet.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QPointF, QRect, QRectF, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from journey_builder.canvas import arrange, scene_builder, search
from journey_builder.canvas.badges import ProblemLike, ProblemMarks
from journey_builder.canvas.geometry import GRID
from journey_builder.canvas.gestures import CanvasGestures, ConnectionPreview
from journey_builder.canvas.items import BadgeItem, EdgeItem, NodeItem
from journey_builder.canvas.overview import OverviewPicture
from journey_builder.canvas.scene_builder import BuildMode, SceneBuilder
from journey_builder.canvas.style import CanvasStyle, grid_brush, preset_palette
from journey_builder.document import EditableJourney

__all__ = ["JourneyScene", "ProblemLike"]

#: Cards are redrawn only when they change; moving and scrolling reuse the pixmap.
_CARD_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
#: Room round a sliced build's index area (edges loop round the side, cards get dragged).
_AREA_MARGIN = 2000.0


class JourneyScene(QGraphicsScene):
    """Cards and curves for one :class:`EditableJourney`."""

    #: A refused connection (or another gesture that did nothing) and why, for the status bar.
    hintRequested = Signal(str)
    #: Node keys now selected, in document order.
    selectionChangedKeys = Signal(list)
    #: Items appeared, went or moved: the drawing's extent may have changed.
    contentChanged = Signal()
    #: Badges changed (``set_problems``): the minimap draws them too.
    problemsShown = Signal()
    #: (done, total) while the items are made a slice at a time (``build="slices"``).
    buildProgress = Signal(int, int)
    #: Every item exists (also right after a build made all at once).
    buildFinished = Signal()

    def __init__(
        self,
        document: EditableJourney,
        style: CanvasStyle | None = None,
        parent: Any = None,
        *,
        build: BuildMode = "now",
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.canvas_style = style or CanvasStyle.from_palette(preset_palette("light"))
        self.build_mode: BuildMode = build
        self.node_items: dict[str, NodeItem] = {}
        self.edge_items: dict[str, EdgeItem] = {}
        self._node_edges: dict[str, set[str]] = {}
        self._marks = ProblemMarks(document)
        self.snap_to_grid = False
        self.show_grid = True
        self._grid_brush: QBrush | None = None
        self.gestures = CanvasGestures(self)
        # overview (zoomed out): items transparent, one batched drawing instead
        self.overview = False
        self._cache_cards = False
        self._content: QRectF | None = None
        self._area: QRectF | None = None  # the index's area, once fixed by a sliced build
        self._picture = OverviewPicture()
        self._builder = SceneBuilder(self, self)
        self._builder.progress.connect(self.buildProgress)
        self._build_focus = QRectF()
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        document.nodeAdded.connect(self._on_node_added)
        document.nodeRemoved.connect(self._on_node_removed)
        document.nodeMoved.connect(self._on_node_moved)
        document.nodeChanged.connect(self._on_node_changed)
        document.edgeAdded.connect(self._on_edge_added)
        document.edgeRemoved.connect(self._on_edge_removed)
        document.edgeChanged.connect(self._resolve_edge)
        document.documentReset.connect(self.rebuild)
        # Qt reports every item that leaves the selection (deleting 5,000 selected cards is
        # 5,000 reports): tell listeners once, when control returns to the event loop
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(0)
        self._selection_timer.timeout.connect(self._on_selection_changed)
        self.selectionChanged.connect(self._selection_timer.start)
        self.rebuild()

    @property
    def document(self) -> EditableJourney:
        return self._document

    # --- building ------------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Throw every item away and draw the document afresh (open, restore a version): all
        at once, or a slice per event-loop turn when built with ``build="slices"``.

        Made at once, items are made and wired first and added to the scene last, so the
        scene's index is built once rather than grown item by item.
        """
        self.gestures.cancel()
        self._builder.cancel()
        self._touch()
        self._content = None
        blocked = self.blockSignals(True)
        try:
            self.clear()
            self.node_items.clear()
            self.edge_items.clear()
            self._node_edges.clear()
            self._marks.clear()
            doc = self._document
            self.setBspTreeDepth(scene_builder.tree_depth(len(doc.node_keys() + doc.edge_keys())))
            if self.build_mode == "slices":
                self._builder.start(self._build_focus)
            else:
                arrange.place_unpositioned(self._document)
                self._build_all()
        finally:
            self.blockSignals(blocked)
        self.contentChanged.emit()
        self.selectionChangedKeys.emit([])
        if self._builder.running:
            self.buildProgress.emit(*self._builder.counts())
        else:
            self.buildFinished.emit()

    def _build_all(self) -> None:
        doc = self._document
        for key in doc.node_keys():
            self.node_items[key] = self._make_node_item(key)
        for key in doc.edge_keys():
            self.edge_items[key] = self._make_edge_item(key)
            self._resolve_edge(key)
        for node_item in self.node_items.values():
            self.addItem(node_item)
        for edge_item in self.edge_items.values():
            self.addItem(edge_item)

    @property
    def building(self) -> bool:
        """Whether some items are still to be made (``build="slices"``)."""
        return self._builder.running

    @property
    def placing(self) -> bool:
        """Whether steps the file left without a position are still being laid out."""
        return self._builder.placing

    @property
    def builder(self) -> SceneBuilder:
        return self._builder

    def finish_build(self) -> None:
        """Make every item still missing now (export, select all)."""
        self._builder.finish()

    def set_build_focus(self, visible: QRectF) -> None:
        """The part of the scene a view shows: its cards are made first."""
        self._build_focus = QRectF(visible)
        self._builder.set_focus(visible)

    def build_node(self, key: str) -> None:
        """Make the card of a node that has none yet (the builder, or the document added it)."""
        item = self._make_node_item(key)
        self.node_items[key] = item
        self.addItem(item)
        self._grow(item.sceneBoundingRect())
        self._picture.node_changed(key)
        self._marks.attach(item, self.canvas_style)
        for edge_key in self._node_edges.get(key, ()):
            edge = self.edge_items.get(edge_key)
            if edge is not None:
                self._update_edge(edge)

    def build_edge(self, key: str) -> None:
        """Make the curve of an edge that has none yet."""
        item = self._make_edge_item(key)
        self.edge_items[key] = item
        self.addItem(item)
        self._resolve_edge(key)

    def prepare_node(self, key: str) -> None:
        """Make a card's texts ahead of its first drawing (the builder, once all exist)."""
        if (item := self.node_items.get(key)) is not None:
            item.prepare()

    def slice_built(self) -> None:
        """The builder made a batch of items: one redraw of the overview, one extent report."""
        if self.overview:
            self.update()
        self.contentChanged.emit()

    def build_done(self) -> None:
        scene_builder.in_document_order(self.node_items, self._document.node_keys())
        scene_builder.in_document_order(self.edge_items, self._document.edge_keys())
        self._content = None  # measured from the items from now on
        self.contentChanged.emit()
        self.buildFinished.emit()

    def _make_node_item(self, key: str) -> NodeItem:
        node = self._document.node(key)
        item = NodeItem(key, self.canvas_style)
        if self.overview:
            item.setOpacity(0.0)
        if self._cache_cards:
            item.setCacheMode(_CARD_CACHE)
        item.refresh(node, repaint=False)
        if node.position is not None:
            item.setPos(float(node.position.x), float(node.position.y))
        return item

    def _make_edge_item(self, key: str) -> EdgeItem:
        item = EdgeItem(key, self.canvas_style)
        if self.overview:
            item.setOpacity(0.0)
        return item

    # --- following the document ----------------------------------------------------------------

    def _on_node_added(self, key: str) -> None:
        self._builder.forget_extent()
        if key in self.node_items:
            return
        self._touch_node(key)
        self.build_node(key)
        for edge_key in self._document.edges_of(key):
            self._resolve_edge(edge_key)
        self.contentChanged.emit()

    def _on_node_removed(self, key: str) -> None:
        self._builder.forget_extent()
        self._marks.node_removed(key)
        item = self.node_items.pop(key, None)
        if item is None:
            return
        self._touch_node(key)
        self._content = None  # may shrink: measured again when asked
        self.gestures.node_removed(item)
        self.removeItem(item)
        for edge_key in list(self._node_edges.pop(key, ())):
            if self._document.has_edge(edge_key):
                self._resolve_edge(edge_key)
        self.contentChanged.emit()

    def _on_node_moved(self, key: str) -> None:
        self._builder.forget_extent()
        item = self.node_items.get(key)
        node = self._document.node(key)
        if item is None or node.position is None:
            return
        target = QPointF(float(node.position.x), float(node.position.y))
        if item.pos() != target:
            item.setPos(target)
            self.node_item_moved(item)
        self.contentChanged.emit()

    def _on_node_changed(self, key: str) -> None:
        self._builder.forget_extent()
        item = self.node_items.get(key)
        if item is None:
            return
        self._touch_node(key)
        item.refresh(self._document.node(key))
        self._grow(item.sceneBoundingRect())
        for edge_key in set(self._node_edges.get(key, ())) | set(self._document.edges_of(key)):
            if self._document.has_edge(edge_key):
                self._resolve_edge(edge_key)

    def _on_edge_added(self, key: str) -> None:
        if key not in self.edge_items:
            self.build_edge(key)

    def _on_edge_removed(self, key: str) -> None:
        item = self.edge_items.pop(key, None)
        if item is None:
            return
        self._touch_edge(key)
        self._content = None
        for end in (item.source_key, item.target_key):
            if end is not None:
                self._node_edges.get(end, set()).discard(key)
        self._marks.edge_removed(key)
        self.removeItem(item)

    def _resolve_edge(self, key: str) -> None:
        """Find an edge's ends again and redraw it (hidden while an end is missing)."""
        item = self.edge_items.get(key)
        if item is None:
            return
        src, tgt = self._document.edge_ends(key)
        for old, new in ((item.source_key, src), (item.target_key, tgt)):
            if old != new and old is not None:
                self._node_edges.get(old, set()).discard(key)
        item.source_key, item.target_key = src, tgt
        for end in (src, tgt):
            if end is not None:
                self._node_edges.setdefault(end, set()).add(key)
        self._update_edge(item)

    def _update_edge(self, item: EdgeItem) -> None:
        self._touch_edge(item.key)
        src = self.node_items.get(item.source_key) if item.source_key else None
        tgt = self.node_items.get(item.target_key) if item.target_key else None
        if src is None or tgt is None:
            if item.shown:
                item.shown = False
                item.setVisible(False)
            return
        handle = self._document.edge(item.key).sourceHandle or None
        start = src.output_point(handle)
        unknown_handle = start is None
        if start is None:  # an output the node does not have: draw from the card's middle
            start = src.mapToScene(QPointF(src.width / 2, src.height))
        item.problem = unknown_handle or item.key in self._marks.problem_edges
        item.set_ends(start, tgt.input_point())
        self._grow(item.boundingRect())
        if not item.shown:
            item.shown = True
            item.setVisible(True)

    def node_item_moved(self, item: NodeItem) -> None:
        """A card moved (dragged, or set from the document): its edges follow."""
        self._touch_node(item.key)
        self._grow(item.sceneBoundingRect())
        for edge_key in self._node_edges.get(item.key, ()):
            edge = self.edge_items.get(edge_key)
            if edge is not None:
                self._update_edge(edge)

    # --- style ---------------------------------------------------------------------------------

    def set_style(self, style: CanvasStyle) -> None:
        """Redraw everything in another palette (theme change)."""
        self._touch()
        self.canvas_style = style
        self._grid_brush = None
        for node in self.node_items.values():
            node.set_style(style)
        for edge in self.edge_items.values():
            edge.set_style(style)
        self.gestures.set_style(style)
        self.invalidate(QRectF(), QGraphicsScene.SceneLayer.AllLayers)  # cached backgrounds too

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        rect = QRectF(rect)
        if not self.show_grid or painter.worldTransform().m11() < 0.5:
            painter.fillRect(rect, self.canvas_style.background)
            return
        if self._grid_brush is None:  # (its tile is the background with a dot: one fill)
            self._grid_brush = grid_brush(self.canvas_style, int(GRID))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.setBrushOrigin(0, 0)
        painter.fillRect(rect, self._grid_brush)
        painter.restore()

    # --- selection -----------------------------------------------------------------------------

    def selected_node_keys(self) -> list[str]:
        """Selected node keys in document order."""
        chosen = {i.key for i in self.selectedItems() if isinstance(i, NodeItem)}
        if not chosen:
            return []
        return [k for k in self._document.node_keys() if k in chosen]

    def selected_edge_keys(self) -> list[str]:
        chosen = {i.key for i in self.selectedItems() if isinstance(i, EdgeItem)}
        return [k for k in self._document.edge_keys() if k in chosen]

    def select_keys(self, node_keys: Iterable[str], edge_keys: Iterable[str] = ()) -> None:
        """Select exactly these nodes and edges (one selection-changed signal); during a build,
        those without an item yet get one first."""
        node_keys, edge_keys = list(node_keys), list(edge_keys)
        self._builder.build_now(node_keys, edge_keys)
        blocked = self.blockSignals(True)
        try:
            self.clearSelection()
            for key in node_keys:
                node = self.node_items.get(key)
                if node is not None:
                    node.setSelected(True)
            for key in edge_keys:
                edge = self.edge_items.get(key)
                if edge is not None:
                    edge.setSelected(True)
        finally:
            self.blockSignals(blocked)
        self._on_selection_changed()

    def node_item(self, key: str) -> NodeItem | None:
        """A node's card, made now if the build has not reached it yet."""
        if key not in self.node_items:
            self._builder.build_now([key])
        return self.node_items.get(key)

    def _on_selection_changed(self) -> None:
        self._selection_timer.stop()
        if self.overview:
            self.update()
        self.selectionChangedKeys.emit(self.selected_node_keys())

    # --- problems and search -----------------------------------------------------------------------

    def set_problems(self, problems: Iterable[Any]) -> None:
        """Show a badge per node with problems: red with errors, amber with warnings only;
        the tooltip lists the messages. Edges named by a problem are drawn dashed red."""
        flipped = self._marks.show(problems, self.node_items, self.canvas_style)
        if self.overview:
            self.update()
        for key in flipped:
            edge = self.edge_items.get(key)
            if edge is not None:
                self._update_edge(edge)
                edge.update()
        self.problemsShown.emit()

    def badge_for(self, key: str) -> BadgeItem | None:
        return self._marks.badge_for(key)

    def find_nodes(self, text: str) -> list[str]:
        """Keys of nodes whose title, summary, id or type contains ``text`` (any case)."""
        return search.find_nodes(self._document, self.node_items, text)

    # --- layout --------------------------------------------------------------------------------

    def layout_positions(
        self, keys: Iterable[str] | None = None, *, origin: tuple[float, float] = (0.0, 0.0)
    ) -> dict[str, tuple[float, float]]:
        """Auto-layout positions for these nodes (all by default), top to bottom."""
        return arrange.layout_positions(self._document, keys, origin=origin)

    def auto_layout(self) -> None:
        """Lay the whole journey out again (one undo step); the start step stays where it is."""
        arrange.auto_layout(self._document)

    # --- overview (zoomed out) ------------------------------------------------------------------

    def _touch(self) -> None:
        """Everything drawn changed: the overview gathers all again (and redraws, if showing)."""
        self._picture.invalidate()
        if self.overview:
            self.update()

    def _touch_node(self, key: str) -> None:
        """A card changed: the overview gathers it again (and redraws, if showing)."""
        self._picture.node_changed(key)
        if self.overview:
            self.update()

    def _touch_edge(self, key: str) -> None:
        """An edge changed: the overview gathers it again (and redraws, if showing)."""
        self._picture.edge_changed(key)
        if self.overview:
            self.update()

    def set_card_caching(self, on: bool) -> None:
        """Keep each card's drawing as a pixmap (interactive views; not for SVG export)."""
        self._cache_cards = on
        mode = _CARD_CACHE if on else QGraphicsItem.CacheMode.NoCache
        for node_item in self.node_items.values():
            node_item.setCacheMode(mode)

    def set_overview(self, on: bool) -> None:
        """Draw cards as blocks in one batch (zoomed out) instead of item by item."""
        if on == self.overview:
            return
        self.overview = on
        opacity = 0.0 if on else 1.0
        for node_item in self.node_items.values():
            node_item.setOpacity(opacity)
        for edge_item in self.edge_items.values():
            edge_item.setOpacity(opacity)
        self.update()

    def paint_overview(self, painter: QPainter) -> None:
        """Draw the blocks-and-lines picture with the painter's transform (the minimap uses it)."""
        self._picture.paint(
            painter,
            self.node_items,
            self.edge_items,
            self.canvas_style,
            selected=self.selected_node_keys() if self.overview else (),
            badges=self._marks.badges(),
        )

    def overview_card_at(self, at: QPointF) -> str | None:
        """The card drawn at a scene point in the overview picture."""
        self._picture.gather(self.node_items, self.edge_items, self.canvas_style)
        return self._picture.card_at(at)

    def overview_cards_in(self, area: QRectF) -> list[str]:
        return self._picture.cards_in(area)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if not self.overview:
            return
        self.paint_overview(painter)
        band = self.gestures.band
        if band is not None:
            scale = max(painter.worldTransform().m11(), 1e-6)
            fill = QColor(self.canvas_style.selection)
            fill.setAlpha(40)
            painter.setPen(QPen(self.canvas_style.selection, 1 / scale))
            painter.setBrush(fill)
            painter.drawRect(band)

    # --- gestures ------------------------------------------------------------------------------

    def node_at(self, scene_pos: QPointF, exclude: NodeItem | None = None) -> NodeItem | None:
        return self.gestures.node_at(scene_pos, exclude)

    @property
    def connecting(self) -> bool:
        return self.gestures.connecting

    @property
    def connection_preview(self) -> ConnectionPreview | None:
        """The line following the mouse while a connection is dragged."""
        return self.gestures.preview

    def refuse(self, hint: str) -> None:
        """A gesture did nothing, and why (for the status bar)."""
        self.hintRequested.emit(hint)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.gestures.press(event):
            event.accept()
            return
        super().mousePressEvent(event)
        self.gestures.pressed(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.gestures.move(event):
            event.accept()
            return
        super().mouseMoveEvent(event)
        self.gestures.moved(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.gestures.release(event):
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self.gestures.released(event)

    def cancel_gesture(self) -> bool:
        """Cancel a connection drag; True if one was in progress."""
        return self.gestures.cancel()

    # --- extent --------------------------------------------------------------------------------

    def content_rect(self) -> QRectF:
        """The area the cards and curves cover (scene coordinates); during a build, what the
        whole journey will cover (from the document's positions) as well.

        Measured once, then grown as things move or appear; measured again after removals.
        """
        if self._content is None:
            rects = [n.sceneBoundingRect() for n in self.node_items.values()]
            rects += [e.boundingRect() for e in self.edge_items.values() if e.shown]
            self._content = scene_builder.union_of(
                (r.left(), r.top(), r.right(), r.bottom()) for r in rects
            )
        if self._builder.running:
            return self._content.united(self._builder.extent())
        return QRectF(self._content)

    def _grow(self, rect: QRectF) -> None:
        if self._content is not None:
            self._content = self._content.united(rect)
        if self._area is not None and not self._area.contains(rect):
            self._index_area(self._area.united(rect))

    def build_area(self, extent: QRectF, count: int) -> None:
        """The builder is about to make ``count`` items over about ``extent``: the index is
        set up for that at once (Qt fixes its tree's depth at the first count it sees, and
        re-indexes every item whenever the scene's area grows)."""
        self.setBspTreeDepth(scene_builder.tree_depth(count))
        self._index_area(extent)

    def _index_area(self, rect: QRectF) -> None:
        self._area = rect.adjusted(-_AREA_MARGIN, -_AREA_MARGIN, _AREA_MARGIN, _AREA_MARGIN)
        self.setSceneRect(self._area)
