"""The scene's mouse gestures: dragging cards, dragging a connection from an output, and the
rubber band and card drags of the zoomed-out overview (where the items are transparent and the
scene hit-tests its own gathered picture).

A gesture ends as at most one document edit (a move of every dragged card, or a connection);
until then only the items move. :class:`CanvasGestures` holds the gesture in progress and is
driven by :class:`~journey_builder.canvas.scene.JourneyScene`'s mouse events; it reaches the
scene only through :class:`GestureHost`, so this module does not import the scene.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsSceneMouseEvent

from journey_builder.canvas.geometry import GRID
from journey_builder.canvas.items import NodeItem, edge_curve
from journey_builder.canvas.style import CanvasStyle
from journey_builder.document import EditableJourney

__all__ = ["CanvasGestures", "ConnectionPreview", "GestureHost"]

_LEFT = Qt.MouseButton.LeftButton
_CTRL = Qt.KeyboardModifier.ControlModifier


class ConnectionPreview(QGraphicsPathItem):
    """The dashed line that follows the mouse while dragging from an output."""

    def __init__(self, style: CanvasStyle) -> None:
        super().__init__()
        self.style = style
        self.setZValue(10)
        self.set_state(None)

    def set_state(self, accepted: bool | None) -> None:
        """None: over empty canvas; True: the target accepts; False: it refuses."""
        colour = (
            self.style.selection
            if accepted is None
            else (self.style.accept if accepted else self.style.refuse)
        )
        pen = QPen(colour, 2.0, Qt.PenStyle.DashLine)
        pen.setCosmetic(False)
        self.setPen(pen)

    def set_line(self, start: QPointF, end: QPointF) -> None:
        if end.y() - start.y() >= 24:
            self.setPath(edge_curve(start, end))
        else:
            straight = QPainterPath(start)
            straight.lineTo(end)
            self.setPath(straight)


class GestureHost(Protocol):
    """What the gestures need of the scene."""

    node_items: dict[str, NodeItem]
    snap_to_grid: bool
    overview: bool

    @property
    def document(self) -> EditableJourney: ...  # pragma: no cover - protocol

    @property
    def canvas_style(self) -> CanvasStyle: ...  # pragma: no cover - protocol

    def items(self, *args: Any) -> list[QGraphicsItem]: ...  # pragma: no cover - protocol

    def addItem(self, item: QGraphicsItem) -> None: ...  # pragma: no cover - protocol

    def removeItem(self, item: QGraphicsItem) -> None: ...  # pragma: no cover - protocol

    def selectedItems(self) -> list[QGraphicsItem]: ...  # pragma: no cover - protocol

    def clearSelection(self) -> None: ...  # pragma: no cover - protocol

    def update(self, *args: Any) -> None: ...  # pragma: no cover - protocol

    def select_keys(
        self, node_keys: Iterable[str], edge_keys: Iterable[str] = ()
    ) -> None: ...  # pragma: no cover - protocol

    def selected_node_keys(self) -> list[str]: ...  # pragma: no cover - protocol

    def node_item_moved(self, item: NodeItem) -> None: ...  # pragma: no cover - protocol

    def overview_card_at(self, at: QPointF) -> str | None: ...  # pragma: no cover - protocol

    def overview_cards_in(self, area: QRectF) -> list[str]: ...  # pragma: no cover - protocol

    def refuse(self, hint: str) -> None: ...  # pragma: no cover - protocol


class CanvasGestures:
    """The gesture in progress on one scene, if any."""

    def __init__(self, host: GestureHost) -> None:
        self._host = host
        self._connecting: tuple[str, str | None] | None = None
        self._preview: ConnectionPreview | None = None
        self._hover_target: NodeItem | None = None
        self._press_positions: dict[str, QPointF] = {}
        self._press_at: QPointF | None = None
        self._band: tuple[QPointF, QPointF] | None = None
        self._band_base: set[str] = set()

    @property
    def connecting(self) -> bool:
        return self._connecting is not None

    @property
    def preview(self) -> ConnectionPreview | None:
        return self._preview

    @property
    def band(self) -> QRectF | None:
        """The overview's rubber band (scene coordinates) while one is being drawn."""
        if self._band is None:
            return None
        return QRectF(*self._band).normalized()

    def set_style(self, style: CanvasStyle) -> None:
        if self._preview is not None:
            self._preview.style = style

    def node_removed(self, item: NodeItem) -> None:
        """A card went: forget it as a connection target."""
        if self._hover_target is item:
            self._hover_target = None

    def node_at(self, scene_pos: QPointF, exclude: NodeItem | None = None) -> NodeItem | None:
        for item in self._host.items(scene_pos):
            owner: QGraphicsItem | None = item
            while owner is not None and not isinstance(owner, NodeItem):
                owner = owner.parentItem()
            if isinstance(owner, NodeItem) and owner is not exclude:
                return owner
        return None

    # --- the scene's mouse events ---------------------------------------------------------------
    # ``press``/``move``/``release`` run first and return True when they took the event; else the
    # scene lets Qt handle it (selection, item drags) and then calls ``pressed``/``moved``/``released``.

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._host.overview:
            if event.button() == _LEFT:
                self._overview_press(event)
            return True
        if event.button() == _LEFT:
            item = self.node_at(event.scenePos())
            if item is not None:
                port = item.port_at(item.mapFromScene(event.scenePos()))
                if port is not None and port.output:
                    self._start_connection(item, port.handle, event.scenePos())
                    return True
        return False

    def pressed(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == _LEFT:
            self._remember_selection()

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._host.overview:
            if event.buttons() & _LEFT:
                self._overview_move(event)
            return True
        if self._connecting is not None:
            self._drag_connection(event.scenePos())
            return True
        return False

    def moved(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press_positions and event.buttons() & _LEFT:
            self._follow_drag()

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._host.overview:
            if event.button() == _LEFT:
                self._overview_release()
            return True
        if self._connecting is not None and event.button() == _LEFT:
            self._finish_connection(event.scenePos())
            return True
        return False

    def released(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == _LEFT:
            self._commit_drag()

    # --- dragging cards ---------------------------------------------------------------------------

    def _remember_selection(self) -> None:
        self._press_positions = {
            i.key: i.pos() for i in self._host.selectedItems() if isinstance(i, NodeItem)
        }

    def _follow_drag(self) -> None:
        """Cards moved under the mouse: snap them to the grid if asked, edges follow."""
        host = self._host
        for key in self._press_positions:
            item = host.node_items.get(key)
            if item is None:
                continue
            if host.snap_to_grid:
                pos = item.pos()
                snapped = QPointF(round(pos.x() / GRID) * GRID, round(pos.y() / GRID) * GRID)
                if snapped != pos:
                    item.setPos(snapped)
            host.node_item_moved(item)

    def _commit_drag(self) -> None:
        """A finished drag of cards: one move edit with every card that moved."""
        moved: dict[str, tuple[float, float]] = {}
        items: Mapping[str, NodeItem] = self._host.node_items
        for key, before in self._press_positions.items():
            item = items.get(key)
            if item is not None and item.pos() != before:
                moved[key] = (item.pos().x(), item.pos().y())
        self._press_positions = {}
        if moved:
            self._host.document.move_nodes(moved)

    # --- the overview -----------------------------------------------------------------------------

    def _overview_press(self, event: QGraphicsSceneMouseEvent) -> None:
        host = self._host
        at = event.scenePos()
        key = host.overview_card_at(at)
        ctrl = bool(event.modifiers() & _CTRL)
        self._press_at = at
        if key is None:
            if not ctrl:
                host.clearSelection()
            self._band = (at, at)
            self._band_base = set(host.selected_node_keys())
            return
        item = host.node_items[key]
        if ctrl:
            item.setSelected(not item.isSelected())
        elif not item.isSelected():
            host.select_keys([key])
        self._remember_selection()

    def _overview_move(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press_at is None:
            return
        host = self._host
        at = event.scenePos()
        if self._band is not None:
            self._band = (self._band[0], at)
            area = QRectF(self._band[0], at).normalized()
            host.select_keys(self._band_base | set(host.overview_cards_in(area)))
            host.update()
            return
        delta = at - self._press_at
        for key, start in self._press_positions.items():
            item = host.node_items.get(key)
            if item is not None:
                item.setPos(start + delta)
        self._follow_drag()

    def _overview_release(self) -> None:
        self._press_at = None
        if self._band is not None:
            self._band = None
            self._host.update()
            return
        self._commit_drag()

    # --- dragging a connection --------------------------------------------------------------------

    def _start_connection(self, item: NodeItem, handle: str | None, at: QPointF) -> None:
        host = self._host
        hint = host.document.can_connect_from(item.key, handle)
        if hint is not None:
            host.refuse(hint)
            return
        self._connecting = (item.key, handle)
        self._preview = ConnectionPreview(host.canvas_style)
        host.addItem(self._preview)
        self._drag_connection(at)

    def _drag_connection(self, at: QPointF) -> None:
        assert self._connecting is not None and self._preview is not None
        host = self._host
        source_key, handle = self._connecting
        source = host.node_items.get(source_key)
        if source is None:
            self.cancel()
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
        hint = host.document.can_connect(source_key, handle, target.key)
        style = host.canvas_style
        target.highlight = QColor(style.accept if hint is None else style.refuse)
        target.update()
        self._preview.set_state(hint is None)
        self._preview.set_line(start, target.input_point() if hint is None else at)

    def _finish_connection(self, at: QPointF) -> None:
        assert self._connecting is not None
        host = self._host
        source_key, handle = self._connecting
        target = self.node_at(at)
        self.cancel()
        if target is None or not host.document.has_node(source_key):
            return
        hint = host.document.can_connect(source_key, handle, target.key)
        if hint is not None:
            host.refuse(hint)
            return
        host.document.connect(source_key, handle, target.key)

    def cancel(self) -> bool:
        """Drop a connection drag in progress (Escape, or the document was replaced); True if
        there was one."""
        busy = self._connecting is not None
        if self._hover_target is not None:
            self._hover_target.highlight = None
            self._hover_target.update()
            self._hover_target = None
        if self._preview is not None:
            if self._preview.scene() is not None:
                self._host.removeItem(self._preview)
            self._preview = None
        self._connecting = None
        return busy
