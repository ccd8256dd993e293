"""The canvas widget the main window embeds: zoom, pan, selection, clipboard, keyboard.

Mouse: wheel zooms around the cursor; middle-drag or Space+drag pans; drag on empty canvas
draws a rubber band; Ctrl+click adds to or removes from the selection; drag a card to move it
(one undo step); drag from an output to a card to connect. Keys: Delete/Backspace delete, arrows
nudge the selection by one grid step, Tab/Shift+Tab and Alt+arrows move the keyboard focus from
card to card (:mod:`~journey_builder.canvas.card_focus`), Enter opens the focused card in the
inspector (``stepActivated``), Escape cancels or clears.
Copy puts definition JSON on the clipboard (:mod:`~journey_builder.canvas.clipboard`), so it
pastes into a text editor, another tab or another window.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCursor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPixmapCache,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QToolTip, QWidget

from journey_builder.canvas.accessibility import CanvasAccessibility
from journey_builder.canvas.card_focus import FRAME_WIDTH, CardFocus
from journey_builder.canvas.clipboard import (
    clipboard_fragment,
    paste_offset,
    put_fragment_text,
    release_clipboard,
)
from journey_builder.canvas.geometry import GRID, node_size
from journey_builder.canvas.items import DETAIL_THRESHOLD
from journey_builder.canvas.scene import JourneyScene
from journey_builder.canvas.scene_builder import BuildMode
from journey_builder.canvas.style import CanvasStyle
from journey_builder.document import EditableJourney, fragment_to_text
from journey_builder.model import node_outputs, spec_for

__all__ = ["MAX_ZOOM", "MIN_ZOOM", "NODE_TYPE_MIME_TYPE", "JourneyView", "release_clipboard"]

#: Drag-and-drop format of the palette: the node type as UTF-8 text.
NODE_TYPE_MIME_TYPE = "application/x-journey-builder-node-type"
MIN_ZOOM = 0.05
MAX_ZOOM = 4.0
_ZOOM_STEP = 1.25
_PASTE_STEP = 40.0
_FIT_MARGIN = 40.0
_PIXMAP_CACHE_KB = 96 * 1024


class JourneyView(QGraphicsView):
    """A :class:`JourneyScene` in a scrollable, zoomable view."""

    #: Something the user tried was refused (a connection), and why; for the status bar.
    hintRequested = Signal(str)
    #: Node keys now selected, in document order.
    selectionChangedKeys = Signal(list)
    #: The zoom factor (1.0 is 100 %), after every change.
    zoomChanged = Signal(float)
    #: The visible part of the scene moved or was resized (for the minimap).
    viewportChanged = Signal()
    #: The view now shows another document (``set_document``).
    documentChanged = Signal()
    #: (done, total) while a large journey's items are made a slice at a time (``build``).
    buildProgress = Signal(int, int)
    #: Every item of the journey exists.
    buildFinished = Signal()
    #: Enter on the card with the keyboard focus (the window opens it in the inspector).
    stepActivated = Signal(str)

    def __init__(
        self,
        document: EditableJourney | None = None,
        parent: QWidget | None = None,
        *,
        build: BuildMode = "now",
    ):
        """``build="slices"`` makes the items a slice per event-loop turn (visible ones first),
        so a large journey opens without freezing the window; "now" makes them at once."""
        super().__init__(parent)
        self._scene: JourneyScene | None = None
        self._build_mode: BuildMode = build
        self._pan_from: QPointF | None = None
        self._space_down = False
        self._fit_pending = False
        self._fit_when_placed = False
        self._last_paste: tuple[str, int] = ("", 0)
        self._rect_timer = QTimer(self)
        self._rect_timer.setSingleShot(True)
        self._rect_timer.setInterval(0)
        self._rect_timer.timeout.connect(self._update_scene_rect)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontSavePainterState
            | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
        )
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        # cards cache their drawing; a full screen of them at 200 % on a HiDPI screen needs room
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), _PIXMAP_CACHE_KB))
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.viewportChanged.connect(self._focus_build)
        # the keyboard focus: a ring on one card, and a frame drawn in this margin
        self.setViewportMargins(FRAME_WIDTH, FRAME_WIDTH, FRAME_WIDTH, FRAME_WIDTH)
        self.card_focus = CardFocus(self)
        self.selectionChangedKeys.connect(self.card_focus.follow_selection)
        self.documentChanged.connect(self.card_focus.forget)
        self.card_focus.activated.connect(self.stepActivated)
        #: What screen readers see: a list of the cards and connections.
        self.accessibility = CanvasAccessibility(self, self.card_focus)
        self.documentChanged.connect(self.accessibility.follow_document)
        if document is not None:
            self.set_document(document)

    # --- document ------------------------------------------------------------------------------

    def set_document(self, document: EditableJourney) -> None:
        """Show another journey (builds a new scene)."""
        old = self._scene
        style = CanvasStyle.from_palette(self.palette())
        scene = JourneyScene(document, style, self, build=self._build_mode)
        scene.hintRequested.connect(self._show_hint)
        scene.selectionChangedKeys.connect(self.selectionChangedKeys)
        scene.contentChanged.connect(self._rect_timer.start)
        scene.buildProgress.connect(self.buildProgress)
        scene.buildFinished.connect(self.buildFinished)
        scene.builder.placed.connect(self._fit_if_waiting)
        scene.set_card_caching(True)
        self._scene = scene
        self.setScene(scene)
        if old is not None:
            old.builder.cancel()  # nothing more made for a scene on its way out
            old.deleteLater()
        self._update_scene_rect()
        self._apply_detail()
        self._focus_build()
        self.documentChanged.emit()

    @property
    def building(self) -> bool:
        """Whether the journey's items are still being made (``build="slices"``)."""
        return self._scene is not None and self._scene.building

    def _focus_build(self) -> None:
        if self._scene is not None:
            self._scene.set_build_focus(self.visible_scene_rect())

    def _show_hint(self, hint: str) -> None:
        """A refusal: as a tooltip at the mouse, and as a signal for the status bar."""
        QToolTip.showText(QCursor.pos(), hint, self.viewport())
        self.hintRequested.emit(hint)

    @property
    def document(self) -> EditableJourney:
        return self.journey_scene().document

    def journey_scene(self) -> JourneyScene:
        if self._scene is None:
            raise RuntimeError("the view shows no journey yet")
        return self._scene

    @property
    def snap_to_grid(self) -> bool:
        return self._scene is not None and self._scene.snap_to_grid

    def set_snap_to_grid(self, on: bool) -> None:
        self.journey_scene().snap_to_grid = bool(on)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._scene is not None:
            self._scene.set_style(CanvasStyle.from_palette(self.palette()))
            self.resetCachedContent()
        super().changeEvent(event)

    # --- zoom and scroll ---------------------------------------------------------------------

    def zoom(self) -> float:
        """The zoom factor: 1.0 is 100 %."""
        return float(self.transform().m11())

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``factor`` keeping the scene point under ``anchor`` (view pixels) in place;
        the view's centre when no anchor is given."""
        self._fit_pending = False
        self._fit_when_placed = False
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        current = self.zoom()
        if abs(factor - current) < 1e-9:
            return
        at = anchor if anchor is not None else QPointF(self.viewport().rect().center())
        before = self.mapToScene(at.toPoint())
        self.scale(factor / current, factor / current)
        self._update_scene_rect()
        after = self.mapToScene(at.toPoint())
        self._scroll_by_scene(after - before)
        self._apply_detail()
        self.zoomChanged.emit(self.zoom())
        self.viewportChanged.emit()

    def _apply_detail(self) -> None:
        """Below the detail zoom, the scene draws its overview and handles selection itself."""
        if self._scene is None:
            return
        overview = self.zoom() < DETAIL_THRESHOLD
        self._scene.set_overview(overview)
        self.setDragMode(
            QGraphicsView.DragMode.NoDrag if overview else QGraphicsView.DragMode.RubberBandDrag
        )

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * _ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / _ZOOM_STEP)

    def reset_zoom(self) -> None:
        """Back to 100 %."""
        self.set_zoom(1.0)

    def fit(self) -> None:
        """Show the whole journey (never above 100 %).

        Before the view is shown its viewport is a placeholder size, and fitting then would
        zoom far out; the fit waits for the first real size instead. While steps without a
        position are being laid out (a large journey opening), it waits for their places too.
        """
        if not self.isVisible():
            self._fit_pending = True
            return
        self._fit_pending = False
        scene = self.journey_scene()
        self._fit_rect(scene.content_rect())
        self._fit_when_placed = scene.placing

    def _fit_if_waiting(self) -> None:
        if self._fit_when_placed:
            self.fit()

    def zoom_to_selection(self) -> None:
        """Show the selected steps (the whole journey when nothing is selected)."""
        scene = self.journey_scene()
        rect = QRectF()
        for key in scene.selected_node_keys():
            rect = rect.united(scene.node_items[key].sceneBoundingRect())
        if rect.isNull():
            self.fit()
        else:
            self._fit_rect(rect)

    def center_on_key(self, key: str) -> None:
        """Scroll so the step is in the middle of the view."""
        item = self.journey_scene().node_item(key)
        if item is not None:
            self._update_scene_rect()
            self.centerOn(item.sceneBoundingRect().center())

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def _fit_rect(self, rect: QRectF) -> None:
        if rect.isNull() or rect.isEmpty():
            self.set_zoom(1.0)
            return
        rect = rect.adjusted(-_FIT_MARGIN, -_FIT_MARGIN, _FIT_MARGIN, _FIT_MARGIN)
        view = self.viewport().rect()
        factor = min(view.width() / rect.width(), view.height() / rect.height(), 1.0)
        self.set_zoom(factor)
        self._update_scene_rect()
        self.centerOn(rect.center())

    def _scroll_by_scene(self, delta: QPointF) -> None:
        zoom = self.zoom()
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() - round(delta.x() * zoom))
        v.setValue(v.value() - round(delta.y() * zoom))

    def _update_scene_rect(self) -> None:
        """Let the view scroll a viewport's size past the drawing in every direction."""
        if self._scene is None:
            return
        content = self._scene.content_rect()
        if content.isNull():
            content = QRectF(0, 0, 1, 1)
        zoom = max(self.zoom(), MIN_ZOOM)
        mx = self.viewport().width() / zoom
        my = self.viewport().height() / zoom
        self.setSceneRect(content.adjusted(-mx, -my, mx, my))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._update_scene_rect()
        if self._fit_pending and self.isVisible():
            self.fit()
        self.viewportChanged.emit()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._fit_pending:
            # the layout gives the viewport its size in the same event-loop turn
            QTimer.singleShot(0, self._fit_if_pending)

    def _fit_if_pending(self) -> None:
        if self._fit_pending and self.isVisible():
            self.fit()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.viewportChanged.emit()

    # --- selection -----------------------------------------------------------------------------

    def selected_node_keys(self) -> list[str]:
        return self.journey_scene().selected_node_keys()

    def selected_edge_keys(self) -> list[str]:
        return self.journey_scene().selected_edge_keys()

    def select_keys(self, node_keys: Iterable[str], edge_keys: Iterable[str] = ()) -> None:
        self.journey_scene().select_keys(node_keys, edge_keys)

    def select_all(self) -> None:
        self.journey_scene().finish_build()  # every card is needed now
        self.select_keys(self.document.node_keys(), self.document.edge_keys())

    def clear_selection(self) -> None:
        self.select_keys(())

    # --- edits -------------------------------------------------------------------------------

    def delete_selection(self) -> None:
        """Delete the selected steps and connections (one undo step)."""
        nodes, edges = self.selected_node_keys(), self.selected_edge_keys()
        if nodes or edges:
            self.clear_selection()
            self.document.remove(nodes, edges)

    def copy_selection(self) -> bool:
        """Put the selected steps (and the connections between them) on the clipboard."""
        keys = self.selected_node_keys()
        if not keys:
            return False
        text = fragment_to_text(self.document.fragment(keys))
        put_fragment_text(text)
        self._last_paste = (text, 0)
        return True

    def cut_selection(self) -> bool:
        keys = self.selected_node_keys()
        if not self.copy_selection():
            return False
        edges = self.selected_edge_keys()
        self.clear_selection()
        self.document.remove(keys, edges, text=self.tr("Cut %n step(s)", "", len(keys)))
        return True

    def can_paste(self) -> bool:
        return clipboard_fragment() is not None

    def paste(self) -> list[str]:
        """Paste steps from the clipboard under new ids and select them; [] if it holds none.

        Under the mouse when it is over the canvas, else a little below and right of where
        they were copied from (further each time the same thing is pasted again).
        """
        found = clipboard_fragment()
        if found is None:
            self.hintRequested.emit(self.tr("The clipboard holds no journey steps to paste."))
            return []
        text, fragment = found
        count = self._last_paste[1] + 1 if self._last_paste[0] == text else 1
        self._last_paste = (text, count)
        offset = (_PASTE_STEP * count, _PASTE_STEP * count)
        cursor = self.viewport().mapFromGlobal(self.cursor().pos())
        if self.viewport().underMouse() and self.viewport().rect().contains(cursor):
            offset = paste_offset(fragment, self.mapToScene(cursor), self.snap_to_grid)
        keys = self.document.paste(fragment, offset)
        self.select_keys(keys)
        return keys

    def duplicate_selection(self) -> list[str]:
        """Copies of the selected steps beside them (not via the clipboard); selects them."""
        keys = self.selected_node_keys()
        if not keys:
            return []
        new = self.document.paste(self.document.fragment(keys), (_PASTE_STEP, _PASTE_STEP))
        self.select_keys(new)
        return new

    def add_node(self, node_type: str, scene_pos: QPointF | None = None) -> str:
        """Add a step (at ``scene_pos``, else the middle of the view) and select it."""
        spec = spec_for(node_type)
        outputs = node_outputs(node_type, spec.default_data()) if spec is not None else [None]
        width, height = node_size(len(outputs))
        at = scene_pos if scene_pos is not None else self.visible_scene_rect().center()
        x, y = at.x() - width / 2, at.y() - height / 2
        if self.snap_to_grid:
            x, y = round(x / GRID) * GRID, round(y / GRID) * GRID
        key = self.document.add_node(node_type, (x, y))
        self.select_keys([key])
        return key

    def auto_layout(self) -> None:
        self.journey_scene().auto_layout()

    def nudge_selection(self, dx: float, dy: float) -> None:
        """Move the selected steps by (dx, dy) scene units (one undo step)."""
        scene = self.journey_scene()
        moves = {}
        for key in scene.selected_node_keys():
            pos = scene.node_items[key].pos()
            moves[key] = (pos.x() + dx, pos.y() + dy)
        if moves:
            self.document.move_nodes(moves)

    # --- problems and search -----------------------------------------------------------------

    def set_problems(self, problems: Iterable[Any]) -> None:
        self.journey_scene().set_problems(problems)

    def find_nodes(self, text: str) -> list[str]:
        return self.journey_scene().find_nodes(text)

    # --- events --------------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta == 0:
            super().wheelEvent(event)
            return
        self.set_zoom(self.zoom() * (1.0015**delta), anchor=event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        middle = event.button() == Qt.MouseButton.MiddleButton
        space_left = self._space_down and event.button() == Qt.MouseButton.LeftButton
        if middle or space_left:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            h.setValue(h.value() - round(delta.x()))
            v.setValue(v.value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() in (
            Qt.MouseButton.MiddleButton,
            Qt.MouseButton.LeftButton,
        ):
            self._pan_from = None
            self.viewport().setCursor(
                Qt.CursorShape.OpenHandCursor if self._space_down else Qt.CursorShape.ArrowCursor
            )
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            if self._pan_from is None:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab walks the steps instead of leaving the canvas."""
        self._walk(1 if forward else -1)
        return True

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.card_focus.ensure()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.card_focus.update_ring()

    def event(self, event: QEvent) -> bool:
        paint = event.type() == QEvent.Type.Paint  # the view's own margin, not the viewport
        handled = bool(super().event(event))  # (a deferred delete ends the view here)
        if paint:
            self.card_focus.paint_frame()
        return handled

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Space:
            if not event.isAutoRepeat():
                self._space_down = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return True
        if key == Qt.Key.Key_Escape:
            if not self.journey_scene().cancel_gesture():
                self.clear_selection()
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection()
            return True
        step = GRID * (4 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        arrows: dict[Any, tuple[float, float]] = {
            Qt.Key.Key_Left: (-step, 0.0),
            Qt.Key.Key_Right: (step, 0.0),
            Qt.Key.Key_Up: (0.0, -step),
            Qt.Key.Key_Down: (0.0, step),
        }
        if self.card_focus.handle_key(event):  # Alt+arrows, Enter
            return True
        if key in arrows and self.selected_node_keys():
            self.nudge_selection(*arrows[key])
            return True
        actions = (
            (QKeySequence.StandardKey.Copy, self.copy_selection),
            (QKeySequence.StandardKey.Cut, self.cut_selection),
            (QKeySequence.StandardKey.Paste, self.paste),
            (QKeySequence.StandardKey.SelectAll, self.select_all),
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
        )
        for sequence, action in actions:
            if event.matches(sequence):
                action()
                return True
        return False

    def _walk(self, step: int) -> None:
        if self._scene is not None:
            self.card_focus.walk(step)

    # --- drops from the palette ----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(NODE_TYPE_MIME_TYPE):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(NODE_TYPE_MIME_TYPE):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if not mime.hasFormat(NODE_TYPE_MIME_TYPE):
            super().dropEvent(event)
            return
        node_type = bytes(mime.data(NODE_TYPE_MIME_TYPE).data()).decode("utf-8").strip()
        if node_type:
            self.add_node(node_type, self.mapToScene(event.position().toPoint()))
            self.setFocus()
        event.acceptProposedAction()

    def global_point(self, scene_pos: QPointF) -> QPoint:
        """Screen position of a scene point (for popups near a step)."""
        return self.viewport().mapToGlobal(self.mapFromScene(scene_pos))
