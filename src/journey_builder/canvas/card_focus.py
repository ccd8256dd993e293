"""The card with the keyboard focus, apart from the selection.

Tab and Shift+Tab walk the cards in the journey's order; Alt+arrow keys go to the nearest card
in that direction; clicking a card, or selecting one step by any other means, moves the focus
there too. The focused card selects itself when reached from the keyboard, but keeps the focus
when the selection grows or clears (Ctrl+A, Escape), so the ring always says where the keyboard
is. While the canvas has the keyboard focus its card has a ring and the canvas a frame.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QPen, QRegion
from PySide6.QtWidgets import QGraphicsView

from journey_builder.canvas.scene import JourneyScene

__all__ = ["FRAME_WIDTH", "CardFocus", "nearest_card"]

#: Width of the frame round the canvas while it has the keyboard focus (the view's margin).
FRAME_WIDTH = 2
#: A card off to the side counts this many times its sideways distance (Alt+arrows prefer
#: the card straight ahead).
_SIDEWAYS_WEIGHT = 2.0
_DIRECTIONS: dict[int, tuple[float, float]] = {
    Qt.Key.Key_Left.value: (-1.0, 0.0),
    Qt.Key.Key_Right.value: (1.0, 0.0),
    Qt.Key.Key_Up.value: (0.0, -1.0),
    Qt.Key.Key_Down.value: (0.0, 1.0),
}


def nearest_card(
    centres: dict[str, QPointF], origin: QPointF, direction: tuple[float, float]
) -> str | None:
    """The card whose centre lies ahead of ``origin`` in ``direction`` (a unit vector along an
    axis) and is nearest, counting distance to the side double; None when nothing is there."""
    dx, dy = direction
    best: tuple[float, str] | None = None
    for key, centre in centres.items():
        vx, vy = centre.x() - origin.x(), centre.y() - origin.y()
        ahead = vx * dx + vy * dy
        if ahead <= 1.0:
            continue
        sideways = abs(vx * dy - vy * dx)
        score = ahead + _SIDEWAYS_WEIGHT * sideways
        if best is None or score < best[0]:
            best = (score, key)
    return best[1] if best is not None else None


class CardFocus(QObject):
    """Which card of one view has the keyboard focus, and its ring."""

    #: The focused card's key ("" when none).
    changed = Signal(str)
    #: Enter on the focused card.
    activated = Signal(str)

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self._key: str | None = None
        # the card drawn with the ring, by key: a rebuilt scene has other items
        self._ringed: str | None = None

    @property
    def _view(self) -> QGraphicsView:
        # The view is our Qt parent, asked each time: a Python reference kept here would make a
        # cycle with the view's own reference to us, and the garbage collector could then free
        # the view at any moment (even while it paints).
        view = self.parent()
        assert isinstance(view, QGraphicsView)
        return view

    def _scene(self) -> JourneyScene | None:
        scene = self._view.scene()
        return scene if isinstance(scene, JourneyScene) else None

    def key(self) -> str | None:
        """The focused card, while it exists."""
        scene = self._scene()
        if self._key is None or scene is None or self._key not in scene.node_items:
            return None
        return self._key

    def set_key(self, key: str | None, *, select: bool = True, reveal: bool = True) -> None:
        """Give ``key``'s card the focus; from the keyboard it is also selected and scrolled
        into view."""
        scene = self._scene()
        item = scene.node_item(key) if scene is not None and key is not None else None
        if item is None:
            key = None
        if select and key is not None and scene is not None:
            scene.select_keys([key])
        if reveal and item is not None:
            self._view.ensureVisible(item, 60, 60)
        if key == self._key:
            self.update_ring()  # the scene may have made the card afresh
            return
        self._key = key
        self.update_ring()
        self.changed.emit(key or "")

    def forget(self) -> None:
        """The view shows another journey: no card has the focus."""
        self._key = None
        self._ringed = None
        self._update_frame()

    def follow_selection(self, keys: list[str]) -> None:
        """One step selected (by a click, the problems list, find…): the focus goes with it."""
        if len(keys) == 1 and keys[0] != self.key():
            self.set_key(keys[0], select=False, reveal=False)

    def ensure(self) -> None:
        """The canvas got the keyboard focus: make sure a card has it (the first selected one,
        else the first card), without scrolling."""
        if self.key() is not None:
            self.update_ring()
            return
        scene = self._scene()
        if scene is None:
            return
        chosen = scene.selected_node_keys()
        first = chosen[0] if chosen else next(iter(scene.node_items), None)
        if first is not None:
            self.set_key(first, select=False, reveal=False)
        else:
            self.update_ring()

    def walk(self, step: int) -> None:
        """Tab (+1) and Shift+Tab (-1): the next or previous step in the journey's order."""
        scene = self._scene()
        if scene is None:
            return
        keys = scene.document.node_keys()
        if not keys:
            return
        current = self.key()
        if current is None:
            chosen = scene.selected_node_keys()
            current = (chosen[-1] if step > 0 else chosen[0]) if chosen else None
        if current is not None and current in keys:
            index = (keys.index(current) + step) % len(keys)
        else:
            index = 0 if step > 0 else len(keys) - 1
        self.set_key(keys[index])

    def move(self, dx: float, dy: float) -> bool:
        """Alt+arrow: the nearest card that way; False when there is none."""
        scene = self._scene()
        if scene is None:
            return False
        current = self.key()
        if current is None:
            self.walk(1)
            return self.key() is not None
        centres = {
            key: item.sceneBoundingRect().center()
            for key, item in scene.node_items.items()
            if key != current
        }
        origin = scene.node_items[current].sceneBoundingRect().center()
        found = nearest_card(centres, origin, (dx, dy))
        if found is None:
            return False
        self.set_key(found)
        return True

    def handle_key(self, event: QKeyEvent) -> bool:
        """Alt+arrows move the focus; Enter activates the focused card. True when used."""
        key = int(event.key())
        if key in _DIRECTIONS and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.move(*_DIRECTIONS[key])
            return True
        focused = self.key()
        if key in (Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value) and focused is not None:
            self.activated.emit(focused)
            return True
        return False

    def update_ring(self) -> None:
        """Ring the focused card while the view has the keyboard focus; redraw the frame."""
        scene = self._scene()
        wanted = self.key() if self._view.hasFocus() else None
        if scene is not None:
            for key in {self._ringed, wanted} - {None}:
                item = scene.node_items.get(key) if key is not None else None
                if item is not None and item.focus_ring != (key == wanted):
                    item.focus_ring = key == wanted
                    item.update()
        self._ringed = wanted
        self._update_frame()

    def _update_frame(self) -> None:
        view = self._view
        inside = view.viewport().geometry()
        view.update(QRegion(view.rect()).subtracted(QRegion(inside)))

    def paint_frame(self) -> None:
        """Draw the frame in the view's margin (called from the view's own paint event)."""
        view = self._view
        if not view.hasFocus():
            return
        painter = QPainter(view)
        pen = QPen(view.palette().color(QPalette.ColorRole.Highlight), FRAME_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = FRAME_WIDTH / 2
        painter.drawRect(view.rect().toRectF().adjusted(half, half, -half, -half))
        painter.end()
