"""The journey scene: one item per node and edge, built from an EditableJourney and kept in
step with it only through the document's signals.

The scene holds every item in ``node_items`` / ``edge_items`` (key -> item; each item knows its
key), so no item depends on Qt keeping its Python wrapper alive. User gestures (dragging cards,
dragging from an output to a node) become document edits; the document's signals then update
the items, which is also how undo and redo reach the canvas.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
)

from journey_builder.canvas.geometry import GRID, node_size
from journey_builder.canvas.items import (
    BadgeItem,
    ConnectionPreview,
    EdgeItem,
    NodeItem,
)
from journey_builder.canvas.layout import LayoutEdge, layered_layout
from journey_builder.canvas.overview import OverviewPicture
from journey_builder.canvas.style import CanvasStyle, preset_palette
from journey_builder.document import EditableJourney
from journey_builder.model import node_outputs

__all__ = ["JourneyScene", "ProblemLike"]

#: Cards are redrawn only when they change; moving and scrolling reuse the pixmap.
_CARD_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
#: Space between the existing drawing and steps placed for a file that left them unplaced.
_PLACE_GAP = 120.0


class ProblemLike(Protocol):
    """What :meth:`JourneyScene.set_problems` reads from a validation Problem."""

    @property
    def severity(self) -> str: ...  # pragma: no cover - protocol

    @property
    def message(self) -> str: ...  # pragma: no cover - protocol

    @property
    def nodeIds(self) -> Sequence[str]: ...  # pragma: no cover - protocol


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

    def __init__(
        self,
        document: EditableJourney,
        style: CanvasStyle | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.canvas_style = style or CanvasStyle.from_palette(preset_palette("light"))
        self.node_items: dict[str, NodeItem] = {}
        self.edge_items: dict[str, EdgeItem] = {}
        self._node_edges: dict[str, set[str]] = {}
        self._badges: dict[str, BadgeItem] = {}
        self._problem_edges: set[str] = set()
        self.snap_to_grid = False
        self.show_grid = True
        self._grid_brush: QBrush | None = None
        # gestures
        self._connecting: tuple[str, str | None] | None = None
        self._preview: ConnectionPreview | None = None
        self._hover_target: NodeItem | None = None
        self._press_positions: dict[str, QPointF] = {}
        # overview (zoomed out): items transparent, one batched drawing instead
        self.overview = False
        self._cache_cards = False
        self._content: QRectF | None = None
        self._picture = OverviewPicture()
        self._press_at: QPointF | None = None
        self._band: tuple[QPointF, QPointF] | None = None
        self._band_base: set[str] = set()
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
        """Throw every item away and draw the document afresh (open, restore a version).

        Items are made and wired first and added to the scene last, so the scene's index is
        built once rather than grown item by item.
        """
        self._cancel_connection()
        self._touch()
        self._content = None
        blocked = self.blockSignals(True)
        try:
            self.clear()
            self.node_items.clear()
            self.edge_items.clear()
            self._node_edges.clear()
            self._badges.clear()
            self._problem_edges.clear()
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
        finally:
            self.blockSignals(blocked)
        self._place_unpositioned()
        self.contentChanged.emit()
        self.selectionChangedKeys.emit([])

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

    def _add_node_item(self, key: str) -> NodeItem:
        item = self._make_node_item(key)
        self.node_items[key] = item
        self.addItem(item)
        self._grow(item.sceneBoundingRect())
        return item

    def _make_edge_item(self, key: str) -> EdgeItem:
        item = EdgeItem(key, self.canvas_style)
        if self.overview:
            item.setOpacity(0.0)
        return item

    def _add_edge_item(self, key: str) -> EdgeItem:
        item = self._make_edge_item(key)
        self.edge_items[key] = item
        self.addItem(item)
        self._resolve_edge(key)
        return item

    def _place_unpositioned(self) -> None:
        doc = self._document
        loose = [k for k in doc.node_keys() if doc.node(k).position is None]
        if not loose:
            return
        unplaced = set(loose)
        placed = [self.node_items[k] for k in doc.node_keys() if k not in unplaced]
        origin = (0.0, 0.0)
        if placed:
            box = QRectF()
            for item in placed:
                box = box.united(item.sceneBoundingRect())
            origin = (box.right() + _PLACE_GAP, box.top())
        doc.place_unpositioned(self.layout_positions(loose, origin=origin))

    # --- following the document ----------------------------------------------------------------

    def _on_node_added(self, key: str) -> None:
        self._touch_node(key)
        self._add_node_item(key)
        for edge_key in self._document.edges_of(key):
            self._resolve_edge(edge_key)
        self.contentChanged.emit()

    def _on_node_removed(self, key: str) -> None:
        item = self.node_items.pop(key, None)
        if item is None:
            return
        self._touch_node(key)
        self._content = None  # may shrink: measured again when asked
        if self._hover_target is item:
            self._hover_target = None
        self._badges.pop(key, None)
        self.removeItem(item)
        for edge_key in list(self._node_edges.pop(key, ())):
            if self._document.has_edge(edge_key):
                self._resolve_edge(edge_key)
        self.contentChanged.emit()

    def _on_node_moved(self, key: str) -> None:
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
        self._add_edge_item(key)

    def _on_edge_removed(self, key: str) -> None:
        item = self.edge_items.pop(key, None)
        if item is None:
            return
        self._touch_edge(key)
        self._content = None
        for end in (item.source_key, item.target_key):
            if end is not None:
                self._node_edges.get(end, set()).discard(key)
        self._problem_edges.discard(key)
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
        item.problem = unknown_handle or item.key in self._problem_edges
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
        if self._preview is not None:
            self._preview.style = style
        self.invalidate(QRectF(), QGraphicsScene.SceneLayer.AllLayers)  # cached backgrounds too

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        rect = QRectF(rect)
        painter.fillRect(rect, self.canvas_style.background)
        if not self.show_grid:
            return
        scale = painter.worldTransform().m11()
        if scale < 0.5:
            return
        if self._grid_brush is None:
            tile = QPixmap(int(GRID), int(GRID))
            tile.fill(self.canvas_style.background)
            tile_painter = QPainter(tile)
            tile_painter.setPen(Qt.PenStyle.NoPen)
            tile_painter.setBrush(self.canvas_style.grid)
            tile_painter.drawRect(0, 0, 1, 1)
            tile_painter.end()
            self._grid_brush = QBrush(tile)
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
        """Select exactly these nodes and edges (one selection-changed signal)."""
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

    def _on_selection_changed(self) -> None:
        self._selection_timer.stop()
        if self.overview:
            self.update()
        self.selectionChangedKeys.emit(self.selected_node_keys())

    # --- problems and search -----------------------------------------------------------------------

    def set_problems(self, problems: Iterable[Any]) -> None:
        """Show a badge per node with problems: red with errors, amber with warnings only;
        the tooltip lists the messages. Edges named by a problem are drawn dashed red."""
        per_key: dict[str, list[Any]] = {}
        edge_ids: set[str] = set()
        doc = self._document
        for problem in problems:
            for node_id in getattr(problem, "nodeIds", ()) or ():
                for key in doc.keys_for_node_id(node_id):
                    per_key.setdefault(key, []).append(problem)
            edge_ids.update(getattr(problem, "edgeIds", ()) or ())
        for key in list(self._badges):
            if key not in per_key:
                badge = self._badges.pop(key)
                self.removeItem(badge)
                owner = self.node_items.get(key)
                if owner is not None:
                    owner.badge = None
        for key, found in per_key.items():
            node = self.node_items.get(key)
            if node is None:
                continue
            found_badge = self._badges.get(key)
            if found_badge is None:
                found_badge = BadgeItem(node, self.canvas_style)
                node.badge = found_badge
                self._badges[key] = found_badge
            badge = found_badge
            badge.setPos(node.width - 4, 4)
            errors = [p for p in found if getattr(p, "severity", "") == "error"]
            ordered = errors + [p for p in found if p not in errors]
            badge.set_problems(len(found), bool(errors), [str(p.message) for p in ordered])
        problem_edges = {
            k for k in doc.edge_keys() if doc.edge(k).id is not None and doc.edge(k).id in edge_ids
        }
        if self.overview:
            self.update()
        flipped = problem_edges ^ self._problem_edges
        self._problem_edges = problem_edges
        for key in flipped:
            edge = self.edge_items.get(key)
            if edge is not None:
                self._update_edge(edge)
                edge.update()
        self.problemsShown.emit()

    def badge_for(self, key: str) -> BadgeItem | None:
        return self._badges.get(key)

    def find_nodes(self, text: str) -> list[str]:
        """Keys of nodes whose title, summary, id or type contains ``text`` (any case)."""
        needle = text.strip().casefold()
        if not needle:
            return []
        found = []
        for key in self._document.node_keys():
            item = self.node_items[key]
            node = self._document.node(key)
            hay = (item.title, item.summary, node.id, node.type)
            if any(needle in s.casefold() for s in hay):
                found.append(key)
        return found

    # --- layout --------------------------------------------------------------------------------

    def layout_positions(
        self, keys: Iterable[str] | None = None, *, origin: tuple[float, float] = (0.0, 0.0)
    ) -> dict[str, tuple[float, float]]:
        """Auto-layout positions for these nodes (all by default), top to bottom."""
        doc = self._document
        chosen = list(keys) if keys is not None else doc.node_keys()
        wanted = set(chosen)
        sizes: dict[str, tuple[float, float]] = {}
        for key in chosen:
            node = doc.node(key)
            data = node.data if isinstance(node.data, dict) else {}
            sizes[key] = node_size(len(node_outputs(node.type, data)))
        edges: list[LayoutEdge] = []
        for edge_key in doc.edge_keys():
            src, tgt = doc.edge_ends(edge_key)
            if src not in wanted or tgt not in wanted or src is None or tgt is None:
                continue
            node = doc.node(src)
            data = node.data if isinstance(node.data, dict) else {}
            handles = [o.handle for o in node_outputs(node.type, data)]
            handle = doc.edge(edge_key).sourceHandle or None
            port = handles.index(handle) if handle in handles else 0
            edges.append(LayoutEdge(src, tgt, port, max(1, len(handles))))
        roots = [k for k in chosen if doc.node(k).type == "start"]
        return layered_layout(chosen, sizes, edges, roots, origin=origin)

    def auto_layout(self) -> None:
        """Lay the whole journey out again (one undo step); the start step stays where it is."""
        doc = self._document
        positions = self.layout_positions()
        if not positions:
            return
        anchor = next((k for k in doc.node_keys() if doc.node(k).type == "start"), None)
        anchor = anchor or next(iter(positions))
        pos = doc.node(anchor).position
        if pos is not None:
            ax, ay = positions[anchor]
            dx, dy = float(pos.x) - ax, float(pos.y) - ay
            positions = {k: (x + dx, y + dy) for k, (x, y) in positions.items()}
        doc.apply_layout(positions)

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
            badges=[(k, b.error) for k, b in self._badges.items()],
        )

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if not self.overview:
            return
        self.paint_overview(painter)
        if self._band is not None:
            a, b = self._band
            band = QRectF(a, b).normalized()
            scale = max(painter.worldTransform().m11(), 1e-6)
            fill = QColor(self.canvas_style.selection)
            fill.setAlpha(40)
            painter.setPen(QPen(self.canvas_style.selection, 1 / scale))
            painter.setBrush(fill)
            painter.drawRect(band)

    def _overview_press(self, event: QGraphicsSceneMouseEvent) -> None:
        at = event.scenePos()
        self._picture.gather(self.node_items, self.edge_items, self.canvas_style)
        key = self._picture.card_at(at)
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self._press_at = at
        if key is None:
            if not ctrl:
                self.clearSelection()
            self._band = (at, at)
            self._band_base = set(self.selected_node_keys())
            return
        item = self.node_items[key]
        if ctrl:
            item.setSelected(not item.isSelected())
        elif not item.isSelected():
            self.select_keys([key])
        self._press_positions = {
            i.key: i.pos() for i in self.selectedItems() if isinstance(i, NodeItem)
        }

    def _overview_move(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press_at is None:
            return
        at = event.scenePos()
        if self._band is not None:
            self._band = (self._band[0], at)
            area = QRectF(self._band[0], at).normalized()
            self.select_keys(self._band_base | set(self._picture.cards_in(area)))
            self.update()
            return
        delta = at - self._press_at
        for key, start in self._press_positions.items():
            item = self.node_items.get(key)
            if item is not None:
                item.setPos(start + delta)
        self._follow_drag()

    def _overview_release(self) -> None:
        self._press_at = None
        if self._band is not None:
            self._band = None
            self.update()
            return
        self._commit_drag()

    # --- gestures ------------------------------------------------------------------------------

    def node_at(self, scene_pos: QPointF, exclude: NodeItem | None = None) -> NodeItem | None:
        for item in self.items(scene_pos):
            owner: QGraphicsItem | None = item
            while owner is not None and not isinstance(owner, NodeItem):
                owner = owner.parentItem()
            if isinstance(owner, NodeItem) and owner is not exclude:
                return owner
        return None

    @property
    def connecting(self) -> bool:
        return self._connecting is not None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.overview:
            if event.button() == Qt.MouseButton.LeftButton:
                self._overview_press(event)
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            item = self.node_at(event.scenePos())
            if item is not None:
                port = item.port_at(item.mapFromScene(event.scenePos()))
                if port is not None and port.output:
                    self._start_connection(item, port.handle, event.scenePos())
                    event.accept()
                    return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_positions = {
                i.key: i.pos() for i in self.selectedItems() if isinstance(i, NodeItem)
            }

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.overview:
            if event.buttons() & Qt.MouseButton.LeftButton:
                self._overview_move(event)
            event.accept()
            return
        if self._connecting is not None:
            self._drag_connection(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)
        if self._press_positions and event.buttons() & Qt.MouseButton.LeftButton:
            self._follow_drag()

    def _follow_drag(self) -> None:
        """Cards moved under the mouse: snap them to the grid if asked, edges follow."""
        for key in self._press_positions:
            item = self.node_items.get(key)
            if item is None:
                continue
            if self.snap_to_grid:
                pos = item.pos()
                snapped = QPointF(round(pos.x() / GRID) * GRID, round(pos.y() / GRID) * GRID)
                if snapped != pos:
                    item.setPos(snapped)
            self.node_item_moved(item)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.overview:
            if event.button() == Qt.MouseButton.LeftButton:
                self._overview_release()
            event.accept()
            return
        if self._connecting is not None and event.button() == Qt.MouseButton.LeftButton:
            self._finish_connection(event.scenePos())
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._commit_drag()

    def _commit_drag(self) -> None:
        """A finished drag of cards: one move edit with every card that moved."""
        moved: dict[str, tuple[float, float]] = {}
        for key, before in self._press_positions.items():
            item = self.node_items.get(key)
            if item is not None and item.pos() != before:
                moved[key] = (item.pos().x(), item.pos().y())
        self._press_positions = {}
        if moved:
            self._document.move_nodes(moved)

    def _start_connection(self, item: NodeItem, handle: str | None, at: QPointF) -> None:
        hint = self._document.can_connect_from(item.key, handle)
        if hint is not None:
            self.hintRequested.emit(hint)
            return
        self._connecting = (item.key, handle)
        self._preview = ConnectionPreview(self.canvas_style)
        self.addItem(self._preview)
        self._drag_connection(at)

    def _drag_connection(self, at: QPointF) -> None:
        assert self._connecting is not None and self._preview is not None
        source_key, handle = self._connecting
        source = self.node_items.get(source_key)
        if source is None:
            self._cancel_connection()
            return
        start = source.output_point(handle) or source.mapToScene(
            QPointF(source.width / 2, source.height)
        )
        target = self.node_at(at, exclude=None)
        if target is not self._hover_target:
            if self._hover_target is not None:
                self._hover_target.highlight = None
                self._hover_target.update()
            self._hover_target = target
        if target is None:
            self._preview.set_state(None)
            self._preview.set_line(start, at)
            return
        hint = self._document.can_connect(source_key, handle, target.key)
        colour = self.canvas_style.accept if hint is None else self.canvas_style.refuse
        target.highlight = QColor(colour)
        target.update()
        self._preview.set_state(hint is None)
        self._preview.set_line(start, target.input_point() if hint is None else at)

    def _finish_connection(self, at: QPointF) -> None:
        assert self._connecting is not None
        source_key, handle = self._connecting
        target = self.node_at(at)
        self._cancel_connection()
        if target is None or not self._document.has_node(source_key):
            return
        hint = self._document.can_connect(source_key, handle, target.key)
        if hint is not None:
            self.hintRequested.emit(hint)
            return
        self._document.connect(source_key, handle, target.key)

    def _cancel_connection(self) -> None:
        """Drop a connection drag in progress (Escape, or the document was replaced)."""
        if self._hover_target is not None:
            self._hover_target.highlight = None
            self._hover_target.update()
            self._hover_target = None
        if self._preview is not None:
            self.removeItem(self._preview)
            self._preview = None
        self._connecting = None

    def cancel_gesture(self) -> bool:
        """Cancel a connection drag; True if one was in progress."""
        busy = self._connecting is not None
        self._cancel_connection()
        return busy

    def content_rect(self) -> QRectF:
        """The area the cards and curves cover (scene coordinates).

        Measured once, then grown as things move or appear; measured again after removals.
        """
        if self._content is None:
            left = top = float("inf")
            right = bottom = float("-inf")
            rects = [n.sceneBoundingRect() for n in self.node_items.values()]
            rects += [e.boundingRect() for e in self.edge_items.values() if e.shown]
            for rect in rects:
                left, top = min(left, rect.left()), min(top, rect.top())
                right, bottom = max(right, rect.right()), max(bottom, rect.bottom())
            self._content = QRectF(left, top, right - left, bottom - top) if rects else QRectF()
        return QRectF(self._content)

    def _grow(self, rect: QRectF) -> None:
        if self._content is not None:
            self._content = self._content.united(rect)
