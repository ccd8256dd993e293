"""The canvas for screen readers and other assistive technology.

The view answers as a list (screen readers know how to walk one, count it and say what is
selected): its items are the cards, in the order the scene holds them, then the connections.
A card is named by its title; its description gives the step type, the summary, its problems
and where it leads ("Leads to Wait 2 days (Yes); comes from Start"); a connection is named
"From Ask a question (Yes) to Wait 2 days". States say which are selected and which card has
the keyboard focus (see :mod:`~journey_builder.canvas.card_focus`).

Every card or connection that assistive technology asks about gets a small QObject stand-in,
and Qt's accessibility factory makes its interface: Qt then owns the interface and deletes it
with the stand-in, which goes when its item does (or with the view). PySide6 would otherwise
let a Python-made interface go while Qt still calls it. Answers read the scene's key → item maps
when asked, so cards the scene makes later (a large journey built a slice at a time) are there
as soon as they exist; the order is remembered only until the maps change size or the document
adds or removes something.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, Signal, SignalInstance
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleObject,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget, QGraphicsView, QWidget

from journey_builder.canvas.card_focus import CardFocus
from journey_builder.canvas.items import EdgeItem, NodeItem
from journey_builder.canvas.scene import JourneyScene
from journey_builder.document import EditableJourney
from journey_builder.model import spec_for

__all__ = ["CanvasAccessibility", "install_accessibility"]

_NODE = "node"
_EDGE = "edge"
_Text = QAccessible.Text
_Event = QAccessible.Event
#: Selection changes larger than this are told as one "selection changed" on the canvas.
_MAX_SELECTION_EVENTS = 50


class _ItemObject(QObject):
    """The stand-in of one card or connection; its interface is made by the factory."""

    def __init__(self, owner: CanvasAccessibility, kind: str, key: str) -> None:
        super().__init__(owner)
        self.owner = owner
        self.kind = kind
        self.key = key


class CanvasAccessibility(QObject):
    """The accessible side of one :class:`~journey_builder.canvas.view.JourneyView`."""

    #: An event told to assistive technology: its type and the child it concerns (-1: the
    #: canvas itself). Emitted whether or not a screen reader listens (tests, logs).
    announced = Signal(object, int)

    def __init__(self, view: QGraphicsView, focus: CardFocus) -> None:
        super().__init__(view)
        install_accessibility()
        self.focus = focus
        self._objects: dict[tuple[str, str], _ItemObject] = {}
        self._nodes: list[str] = []
        self._edges: list[str] = []
        self._index: dict[tuple[str, str], int] = {}
        self._stale = True
        self._document: EditableJourney | None = None
        self._selected: set[str] = set()
        focus.changed.connect(self._on_focus)

    @property
    def view(self) -> QGraphicsView:
        """The view: our Qt parent, asked each time (a Python reference kept here would form a
        cycle with the view's reference to us, which the garbage collector may break at any
        moment, freeing the view even while it paints)."""
        view = self.parent()
        assert isinstance(view, QGraphicsView)
        return view

    # --- following the view ----------------------------------------------------------------------

    def scene(self) -> JourneyScene | None:
        scene = self.view.scene()
        return scene if isinstance(scene, JourneyScene) else None

    def follow_document(self) -> None:
        """The view shows another journey: forget every stand-in, listen to the new one."""
        old = self._document
        if old is not None:
            for signal, slot in self._document_slots(old):
                signal.disconnect(slot)
        for key in list(self._objects):
            self._drop(key)
        self._stale = True
        self._selected = set()
        scene = self.scene()
        self._document = scene.document if scene is not None else None
        if self._document is not None:
            for signal, slot in self._document_slots(self._document):
                signal.connect(slot)
        if scene is not None:
            scene.selectionChangedKeys.connect(self._on_selection)
        self._announce(_Event.ObjectReorder)

    def _document_slots(
        self, doc: EditableJourney
    ) -> list[tuple[SignalInstance, Callable[..., None]]]:
        return [
            (doc.nodeAdded, self._on_node_added),
            (doc.nodeRemoved, self._on_node_removed),
            (doc.nodeChanged, self._on_node_changed),
            (doc.edgeAdded, self._on_edge_added),
            (doc.edgeRemoved, self._on_edge_removed),
            (doc.edgeChanged, self._on_edge_changed),
            (doc.documentReset, self._on_reset),
        ]

    def _on_node_added(self, key: str) -> None:
        self._stale = True
        self._announce(_Event.ObjectCreated, self.index_of(_NODE, key))

    def _on_edge_added(self, key: str) -> None:
        self._stale = True
        self._announce(_Event.ObjectCreated, self.index_of(_EDGE, key))

    def _on_node_removed(self, key: str) -> None:
        self._stale = True
        self._selected.discard(key)
        self._gone((_NODE, key))

    def _on_edge_removed(self, key: str) -> None:
        self._stale = True
        self._gone((_EDGE, key))

    def _gone(self, which: tuple[str, str]) -> None:
        obj = self._objects.get(which)
        if obj is not None:
            self._announce_object(obj, _Event.ObjectDestroyed)
            self._drop(which)
        self._announce(_Event.ObjectReorder)

    def _on_node_changed(self, key: str) -> None:
        obj = self._objects.get((_NODE, key))
        if obj is not None:
            self._announce_object(obj, _Event.NameChanged)
            self._announce_object(obj, _Event.DescriptionChanged)
        doc = self._document
        if doc is not None and doc.has_node(key):
            for edge_key in doc.edges_of(key):  # "From … to …" names the card
                self._on_edge_changed(edge_key)

    def _on_edge_changed(self, key: str) -> None:
        obj = self._objects.get((_EDGE, key))
        if obj is not None:
            self._announce_object(obj, _Event.NameChanged)

    def _on_reset(self) -> None:
        for key in list(self._objects):
            self._drop(key)
        self._stale = True
        self._selected = set()
        self._announce(_Event.ObjectReorder)

    def _on_selection(self, keys: list[str]) -> None:
        now = set(keys)
        flipped = now ^ self._selected
        self._selected = now
        if not flipped:
            return
        if len(flipped) > _MAX_SELECTION_EVENTS:
            self._announce(_Event.SelectionWithin)
            return
        for key in flipped:
            index = self.index_of(_NODE, key)
            if index >= 0:
                kind = _Event.SelectionAdd if key in now else _Event.SelectionRemove
                self._announce(kind, index)

    def _on_focus(self, key: str) -> None:
        if key and self.view.hasFocus():
            self._announce(_Event.Focus, self.index_of(_NODE, key))

    # --- children ------------------------------------------------------------------------------

    def _order(self) -> tuple[list[str], list[str]]:
        scene = self.scene()
        if scene is None:
            return [], []
        if (
            self._stale
            or len(self._nodes) != len(scene.node_items)
            or len(self._edges) != len(scene.edge_items)
        ):
            self._nodes = list(scene.node_items)
            self._edges = list(scene.edge_items)
            self._index = {(_NODE, k): i for i, k in enumerate(self._nodes)}
            base = len(self._nodes)
            self._index.update({(_EDGE, k): base + i for i, k in enumerate(self._edges)})
            self._stale = False
        return self._nodes, self._edges

    def item_count(self) -> int:
        nodes, edges = self._order()
        return len(nodes) + len(edges)

    def which(self, index: int) -> tuple[str, str] | None:
        """(kind, key) of the child at ``index``: cards first, then connections."""
        nodes, edges = self._order()
        if 0 <= index < len(nodes):
            return (_NODE, nodes[index])
        if 0 <= index - len(nodes) < len(edges):
            return (_EDGE, edges[index - len(nodes)])
        return None

    def index_of(self, kind: str, key: str) -> int:
        self._order()
        return self._index.get((kind, key), -1)

    def interface(self, kind: str, key: str) -> QAccessibleInterface | None:
        """The interface of a card or connection (made on first use; Qt keeps it)."""
        if not self.exists(kind, key):
            return None
        obj = self._objects.get((kind, key))
        if obj is None:
            obj = _ItemObject(self, kind, key)
            self._objects[(kind, key)] = obj
        return QAccessible.queryAccessibleInterface(obj)

    def exists(self, kind: str, key: str) -> bool:
        scene = self.scene()
        if scene is None:
            return False
        return key in (scene.node_items if kind == _NODE else scene.edge_items)

    def node_item(self, key: str) -> NodeItem | None:
        scene = self.scene()
        return scene.node_items.get(key) if scene is not None else None

    def edge_item(self, key: str) -> EdgeItem | None:
        scene = self.scene()
        return scene.edge_items.get(key) if scene is not None else None

    def _drop(self, which: tuple[str, str]) -> None:
        obj = self._objects.pop(which, None)
        if obj is not None:
            obj.deleteLater()  # Qt deletes its interface with it

    def scene_to_screen(self, item: NodeItem | EdgeItem) -> QRect:
        view = self.view
        local = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        return QRect(view.viewport().mapToGlobal(local.topLeft()), local.size())

    # --- telling assistive technology ----------------------------------------------------------

    def _announce(self, kind: QAccessible.Event, child: int = -1) -> None:
        self.announced.emit(kind, child)
        if not QAccessible.isActive():
            return  # building the event would make interfaces nobody asked for
        event = QAccessibleEvent(self.view, kind)
        if child >= 0:
            event.setChild(child)
        QAccessible.updateAccessibility(event)

    def _announce_object(self, obj: _ItemObject, kind: QAccessible.Event) -> None:
        self.announced.emit(kind, self.index_of(obj.kind, obj.key))
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(obj, kind))


class _CanvasInterface(QAccessibleWidget):
    """The view: a list of cards and connections."""

    def __init__(self, view: QGraphicsView, owner: CanvasAccessibility) -> None:
        super().__init__(view, QAccessible.Role.List)
        self._owner = owner

    def text(self, t: QAccessible.Text) -> str:
        view = self._owner.view
        if t == _Text.Name:
            return view.accessibleName() or QCoreApplication.translate(
                "CanvasAccessibility", "Canvas"
            )
        if t == _Text.Description:
            nodes, edges = self._owner._order()
            counts = QCoreApplication.translate(
                "CanvasAccessibility", "Journey with {steps} steps and {connections} connections"
            ).format(steps=len(nodes), connections=len(edges))
            own = view.accessibleDescription()
            return f"{own} {counts}".strip() if own else counts
        if t == _Text.Help:
            return QCoreApplication.translate(
                "CanvasAccessibility",
                "Tab and Shift+Tab: next and previous step. Alt+arrow keys: the nearest step "
                "that way. Arrow keys: move the selected steps. Enter: edit the step in the "
                "inspector. Ctrl+Shift+A: add a step after it. Ctrl+L: connect. Delete: delete.",
            )
        return str(super().text(t))

    def childCount(self) -> int:
        return self._owner.item_count() + len(self._extras())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes None
        which = self._owner.which(index)
        if which is not None:
            return self._owner.interface(*which)
        extras = self._extras()
        rest = index - self._owner.item_count()
        if 0 <= rest < len(extras):
            return QAccessible.queryAccessibleInterface(extras[rest])
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        obj = child.object() if child is not None else None
        if isinstance(obj, _ItemObject):
            return self._owner.index_of(obj.kind, obj.key)
        extras = self._extras()
        if obj in extras:
            return self._owner.item_count() + extras.index(obj)
        return -1

    def _extras(self) -> list[QWidget]:
        """Widgets laid over the canvas (the overview map), after the cards and connections."""
        view = self._owner.view
        viewport = view.viewport()
        return [
            w
            for w in view.children()
            if isinstance(w, QWidget) and w is not viewport and not w.objectName().startswith("qt_")
        ]

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes None
        owner = self._owner
        scene = owner.scene()
        if scene is None:
            return None
        view = owner.view
        local = view.viewport().mapFromGlobal(QPoint(x, y))
        item = scene.node_at(view.mapToScene(local))
        return owner.interface(_NODE, item.key) if item is not None else None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes None
        owner = self._owner
        key = owner.focus.key()
        if key is not None and owner.view.hasFocus():
            return owner.interface(_NODE, key)
        found: QAccessibleInterface | None = super().focusChild()
        return found

    def state(self) -> QAccessible.State:
        state: QAccessible.State = super().state()
        state.multiSelectable = True
        state.extSelectable = True
        return state


class _ItemInterface(QAccessibleObject):
    """A card or a connection, read from the scene each time it is asked."""

    def __init__(self, obj: _ItemObject) -> None:
        super().__init__(obj)
        self._obj = obj

    def isValid(self) -> bool:
        obj = self._obj
        return bool(super().isValid()) and obj.owner.exists(obj.kind, obj.key)

    def window(self) -> QWindow | None:  # type: ignore[override]  # Qt takes None
        top = self._obj.owner.view.window()
        return top.windowHandle() if top is not None else None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes None
        return QAccessible.queryAccessibleInterface(self._obj.owner.view)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes None
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes None
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes None
        return None

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def rect(self) -> QRect:
        obj = self._obj
        item = obj.owner.node_item(obj.key) if obj.kind == _NODE else obj.owner.edge_item(obj.key)
        return obj.owner.scene_to_screen(item) if item is not None else QRect()

    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        """Where a card leads (FlowsTo) and what leads to it (FlowsFrom)."""
        obj = self._obj
        owner = obj.owner
        scene = owner.scene()
        if scene is None or not self.isValid():
            return []
        doc = scene.document
        found: list[tuple[QAccessibleInterface, QAccessible.RelationFlag]] = []
        pairs: list[tuple[str | None, QAccessible.RelationFlag]] = []
        if obj.kind == _NODE:
            for edge_key in doc.edges_of(obj.key):
                src, tgt = doc.edge_ends(edge_key)
                if src == obj.key:
                    pairs.append((tgt, QAccessible.RelationFlag.FlowsTo))
                if tgt == obj.key:
                    pairs.append((src, QAccessible.RelationFlag.FlowsFrom))
        else:
            src, tgt = doc.edge_ends(obj.key)
            pairs = [
                (src, QAccessible.RelationFlag.FlowsFrom),
                (tgt, QAccessible.RelationFlag.FlowsTo),
            ]
        for key, flag in pairs:
            if key is None or not (match & flag):
                continue
            iface = owner.interface(_NODE, key)
            if iface is not None:
                found.append((iface, flag))
        return found

    def text(self, t: QAccessible.Text) -> str:
        obj = self._obj
        scene = obj.owner.scene()
        if scene is None or not self.isValid():
            return ""
        if obj.kind == _NODE:
            return _card_text(scene, obj.key, t)
        return _edge_text(scene, obj.key, t)

    def setText(self, t: QAccessible.Text, text: str) -> None:
        """Names come from the journey; they are edited in the inspector."""

    def state(self) -> QAccessible.State:
        obj = self._obj
        owner = obj.owner
        state = QAccessible.State()
        item = owner.node_item(obj.key) if obj.kind == _NODE else owner.edge_item(obj.key)
        if item is None:
            state.invalid = True
            return state
        state.selectable = True
        state.selected = item.isSelected()
        state.invisible = not item.isVisible()
        visible = owner.view.mapToScene(owner.view.viewport().rect()).boundingRect()
        state.offscreen = not visible.intersects(item.sceneBoundingRect())
        if obj.kind == _NODE:
            state.focusable = True
            state.movable = True
            state.focused = owner.view.hasFocus() and owner.focus.key() == obj.key
        return state


def _step_name(scene: JourneyScene, key: str | None) -> str:
    if key is None or not scene.document.has_node(key):
        return QCoreApplication.translate("CanvasAccessibility", "a missing step")
    item = scene.node_items.get(key)
    return item.title if item is not None and item.title else scene.document.title(key)


def _output_label(scene: JourneyScene, source: str | None, handle: str | None) -> str:
    """The output's label when the step has several (a question's Yes and No)."""
    item = scene.node_items.get(source) if source is not None else None
    if item is None or len(item.outputs) < 2:
        return ""
    return next((o.label for o in item.outputs if o.handle == handle), handle or "")


def _card_text(scene: JourneyScene, key: str, t: QAccessible.Text) -> str:
    item = scene.node_items[key]
    if t == _Text.Name:
        return item.title or scene.document.node(key).id
    if t != _Text.Description:
        return ""
    doc = scene.document
    spec = spec_for(item.node_type)
    parts = [
        spec.display_name
        if spec is not None
        else QCoreApplication.translate("CanvasAccessibility", "Unknown step type {type}").format(
            type=item.node_type
        )
    ]
    if item.summary and item.summary != item.title:
        parts.append(item.summary)
    badge = scene.badge_for(key)
    if badge is not None and badge.messages:
        if len(badge.messages) == 1:
            heading = QCoreApplication.translate("CanvasAccessibility", "1 problem")
        else:
            heading = QCoreApplication.translate("CanvasAccessibility", "{count} problems").format(
                count=len(badge.messages)
            )
        parts.append(f"{heading}: " + "; ".join(badge.messages))
    leads: list[str] = []
    used: set[str | None] = set()
    comes: list[str] = []
    for edge_key in doc.edges_of(key):
        src, tgt = doc.edge_ends(edge_key)
        if src == key:
            handle = doc.edge(edge_key).sourceHandle or None
            used.add(handle)
            label = _output_label(scene, key, handle)
            target = _step_name(scene, tgt)
            leads.append(f"{target} ({label})" if label else target)
        if tgt == key:
            comes.append(_step_name(scene, src))
    if leads:
        parts.append(
            QCoreApplication.translate("CanvasAccessibility", "Leads to {targets}").format(
                targets=", ".join(leads)
            )
        )
    free = [o.label for o in item.outputs if o.handle not in used]
    if free and len(item.outputs) > 1:
        parts.append(
            QCoreApplication.translate("CanvasAccessibility", "Not connected: {outputs}").format(
                outputs=", ".join(free)
            )
        )
    elif free:
        parts.append(QCoreApplication.translate("CanvasAccessibility", "Leads nowhere yet"))
    if comes:
        parts.append(
            QCoreApplication.translate("CanvasAccessibility", "Comes from {sources}").format(
                sources=", ".join(comes)
            )
        )
    return ". ".join(parts)


def _edge_text(scene: JourneyScene, key: str, t: QAccessible.Text) -> str:
    doc = scene.document
    src, tgt = doc.edge_ends(key)
    if t == _Text.Name:
        label = _output_label(scene, src, doc.edge(key).sourceHandle or None)
        if label:
            return QCoreApplication.translate(
                "CanvasAccessibility", "From {source} ({output}) to {target}"
            ).format(source=_step_name(scene, src), output=label, target=_step_name(scene, tgt))
        return QCoreApplication.translate(
            "CanvasAccessibility", "From {source} to {target}"
        ).format(source=_step_name(scene, src), target=_step_name(scene, tgt))
    if t == _Text.Description:
        return QCoreApplication.translate("CanvasAccessibility", "Connection")
    return ""


_installed = False


def _factory(classname: str, obj: QObject) -> QAccessibleInterface | None:
    """Qt asks this for every object's interface, once per class of its class chain."""
    if isinstance(obj, _ItemObject):
        return _ItemInterface(obj)
    owner = getattr(obj, "accessibility", None)
    if isinstance(owner, CanvasAccessibility) and owner.view is obj:
        return _CanvasInterface(owner.view, owner)
    return None


def install_accessibility() -> None:
    """Register the canvas's interfaces with Qt (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
