"""The minimap: the whole journey in small, with the visible area outlined.

Click or drag in it to move the canvas there. The drawing is cached and redrawn at most every
200 ms while the journey changes (or its problem badges do), so typing or dragging in a large
journey does not redraw it every time; a redraw draws the scene's overview picture, which
gathers only the cards and edges that changed (a few ms at 10,000 steps).

Over its view (:meth:`MiniMap.place`) it sits in a corner and never hides the work: when a
selected card comes under it (a selection, a scroll, a zoom) or a drag in the canvas (cards,
a connection, a rubber band, a step from the palette) reaches it, it moves to the next free
corner. Hovering it to click it does not move it: the canvas does not see that pointer.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QDragMoveEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from journey_builder.canvas.items import NodeItem
from journey_builder.canvas.scene import JourneyScene
from journey_builder.canvas.view import JourneyView
from journey_builder.document import EditableJourney

__all__ = ["CORNERS", "MARGIN", "MiniMap"]

_REDRAW_DELAY_MS = 200
_PAD = 6.0
#: Space between the minimap and the edges of the canvas.
MARGIN = 12
#: Where the minimap sits, in the order tried when it must move: its home corner first.
CORNERS = (
    Qt.Corner.BottomRightCorner,
    Qt.Corner.BottomLeftCorner,
    Qt.Corner.TopRightCorner,
    Qt.Corner.TopLeftCorner,
)
#: A drag this close to the minimap already counts as under it (pixels).
_POINTER_SLACK = 16
_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove)
_DRAG_ENDS = (QEvent.Type.DragLeave, QEvent.Type.Drop, QEvent.Type.MouseButtonRelease)


class MiniMap(QWidget):
    """An overview of a :class:`JourneyView`'s scene that steers the view."""

    def __init__(self, view: JourneyView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._pixmap: QPixmap | None = None
        self._source = QRectF()
        self._target = QRectF()
        self._document: EditableJourney | None = None
        self._scene: JourneyScene | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_REDRAW_DELAY_MS)
        self._timer.timeout.connect(self.redraw)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Overview: click or drag to move the canvas"))
        view.viewportChanged.connect(self.update)
        view.documentChanged.connect(self._follow_document)
        #: The corner it sits in now (one of :data:`CORNERS`).
        self.corner = CORNERS[0]
        self._pointer: QPoint | None = None  # a drag in the canvas, in viewport pixels
        self._avoid = QTimer(self)
        self._avoid.setSingleShot(True)
        self._avoid.setInterval(0)
        self._avoid.timeout.connect(self.place)
        view.selectionChangedKeys.connect(self._avoid.start)
        view.viewportChanged.connect(self._avoid.start)
        view.viewport().installEventFilter(self)
        self._follow_document()

    def sizeHint(self) -> QSize:
        return QSize(220, 150)

    # --- where it sits -----------------------------------------------------------------------

    def place(self) -> None:
        """Sit in a corner of the view's canvas: the current one unless a selected card or a
        drag is under it, else the first free one of :data:`CORNERS` (it stays put when none
        is free). Does nothing unless the minimap is a child of its view."""
        if self.parentWidget() is not self._view:
            return
        rects = {corner: self.corner_rect(corner) for corner in CORNERS}
        chosen = self.corner
        if self.isVisibleTo(self._view) and self._covers_something(rects[chosen]):
            chosen = next((c for c in CORNERS if not self._covers_something(rects[c])), chosen)
        self.corner = chosen
        if self.geometry() != rects[chosen]:
            self.setGeometry(rects[chosen])
        self.raise_()

    def corner_rect(self, corner: Qt.Corner) -> QRect:
        """Where the minimap goes in that corner (view coordinates)."""
        hint = self.sizeHint()
        area = self._view.viewport().geometry()
        left = area.left() + MARGIN
        right = area.right() - hint.width() - MARGIN + 1
        top = area.top() + MARGIN
        bottom = area.bottom() - hint.height() - MARGIN + 1
        x = left if corner in (Qt.Corner.TopLeftCorner, Qt.Corner.BottomLeftCorner) else right
        y = top if corner in (Qt.Corner.TopLeftCorner, Qt.Corner.TopRightCorner) else bottom
        return QRect(max(0, x), max(0, y), hint.width(), hint.height())

    def _covers_something(self, rect: QRect) -> bool:
        """Whether a selected card or the drag in progress is under ``rect`` (view coordinates)."""
        on_canvas = rect.translated(-self._view.viewport().geometry().topLeft())
        if self._pointer is not None:
            slack = _POINTER_SLACK
            if on_canvas.adjusted(-slack, -slack, slack, slack).contains(self._pointer):
                return True
        try:
            scene = self._view.journey_scene()
        except RuntimeError:
            return False
        area = self._view.mapToScene(on_canvas).boundingRect()
        under = scene.items(area, Qt.ItemSelectionMode.IntersectsItemBoundingRect)
        return any(isinstance(item, NodeItem) and item.isSelected() for item in under)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow drags on the canvas, and its size."""
        kind = event.type()
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            if event.buttons() != Qt.MouseButton.NoButton:
                self._pointer_at(event.position().toPoint())
        elif kind in _DRAG_EVENTS and isinstance(event, QDragMoveEvent):
            self._pointer_at(event.position().toPoint())
        elif kind in _DRAG_ENDS:
            self._pointer = None
        elif kind == QEvent.Type.Resize:
            self._avoid.start()
        return False

    def _pointer_at(self, at: QPoint) -> None:
        self._pointer = at
        if self.isVisibleTo(self._view):
            mine = self.geometry().translated(-self._view.viewport().geometry().topLeft())
            slack = _POINTER_SLACK
            if mine.adjusted(-slack, -slack, slack, slack).contains(at):
                self.place()

    # --- drawing -------------------------------------------------------------------------------

    def _follow_document(self) -> None:
        if self._document is not None:
            self._document.changed.disconnect(self._schedule)
            self._document.documentReset.disconnect(self._schedule)
        if self._scene is not None:
            with contextlib.suppress(RuntimeError):  # the old scene may be gone already
                self._scene.problemsShown.disconnect(self._schedule)
                self._scene.buildProgress.disconnect(self._schedule)
                self._scene.buildFinished.disconnect(self._schedule)
        try:
            document = self._view.document
            scene = self._view.journey_scene()
        except RuntimeError:
            self._document = self._scene = None
            return
        self._document = document
        self._scene = scene
        document.changed.connect(self._schedule)
        document.documentReset.connect(self._schedule)
        scene.problemsShown.connect(self._schedule)
        # a large journey's cards appear a slice at a time
        scene.buildProgress.connect(self._schedule)
        scene.buildFinished.connect(self._schedule)
        self.redraw()

    def _schedule(self) -> None:
        """Redraw soon; a redraw already due is not put off (a long drag still shows)."""
        if not self._timer.isActive():
            self._timer.start()

    def redraw(self) -> None:
        """Draw the journey again (now, not after the usual short delay)."""
        self._timer.stop()
        self._pixmap = None
        self.update()

    def _update_mapping(self) -> None:
        """Which scene rectangle shows where in this widget (the whole drawing, centred)."""
        try:
            content = self._view.journey_scene().content_rect()
        except RuntimeError:
            content = QRectF()
        area = QRectF(self.rect()).adjusted(_PAD, _PAD, -_PAD, -_PAD)
        if content.isEmpty() or area.isEmpty():
            self._source, self._target = QRectF(), QRectF()
            return
        scale = min(area.width() / content.width(), area.height() / content.height())
        width, height = content.width() * scale, content.height() * scale
        self._source = content
        self._target = QRectF(
            area.center().x() - width / 2, area.center().y() - height / 2, width, height
        )

    def scene_point(self, widget_point: QPointF) -> QPointF | None:
        """The scene point shown at a point of this widget (None for an empty journey)."""
        self._update_mapping()
        if self._target.isEmpty() or self._source.isEmpty():
            return None
        sx = self._source.width() / self._target.width()
        sy = self._source.height() / self._target.height()
        return QPointF(
            self._source.left() + (widget_point.x() - self._target.left()) * sx,
            self._source.top() + (widget_point.y() - self._target.top()) * sy,
        )

    def widget_rect(self, scene_rect: QRectF) -> QRectF:
        """Where a scene rectangle shows in this widget."""
        self._update_mapping()
        if self._source.isEmpty():
            return QRectF()
        sx = self._target.width() / self._source.width()
        sy = self._target.height() / self._source.height()
        return QRectF(
            self._target.left() + (scene_rect.left() - self._source.left()) * sx,
            self._target.top() + (scene_rect.top() - self._source.top()) * sy,
            scene_rect.width() * sx,
            scene_rect.height() * sy,
        )

    def _render(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(QSize(self.width(), self.height()) * ratio)
        pixmap.setDevicePixelRatio(ratio)
        try:
            scene = self._view.journey_scene()
        except RuntimeError:
            pixmap.fill(self.palette().window().color())
            return pixmap
        pixmap.fill(scene.canvas_style.background)
        self._update_mapping()
        if self._source.isEmpty():
            return pixmap
        painter = QPainter(pixmap)
        try:
            scale = self._target.width() / self._source.width()
            painter.translate(self._target.topLeft())
            painter.scale(scale, scale)
            painter.translate(-self._source.topLeft())
            scene.paint_overview(painter)
        finally:
            painter.end()
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._pixmap is None or self._pixmap.deviceIndependentSize().toSize() != self.size():
            self._pixmap = self._render()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._pixmap)
        visible = self.widget_rect(self._view.visible_scene_rect()).intersected(QRectF(self.rect()))
        if not visible.isEmpty():
            highlight = self.palette().highlight().color()
            fill = QColor(highlight)
            fill.setAlpha(40)
            painter.setPen(QPen(highlight, 1.5))
            painter.setBrush(fill)
            painter.drawRect(visible.adjusted(0.75, 0.75, -0.75, -0.75))
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def resizeEvent(self, event: object) -> None:
        self._pixmap = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._steer(event.position())
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._steer(event.position())
            event.accept()

    def _steer(self, at: QPointF) -> None:
        point = self.scene_point(at)
        if point is not None:
            self._view.centerOn(point)
