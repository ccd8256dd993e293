"""The Preview's marks on the canvas: one contact's path, or a cohort's counts.

:class:`PathOverlay` draws over a :class:`~journey_builder.canvas.view.JourneyView` without
touching the document or the items' own drawing:

- **path** (:meth:`PathOverlay.show_path`): the edges the contact followed are drawn bold in the
  text colour, with the numbers of the steps that left through them at the source's output; the
  card where the path ended gets a tag ("Ends here · exit"); every other card and edge is dimmed.
- **counts** (:meth:`PathOverlay.show_counts`): a count on each card, and on each edge a band as
  wide as its share of the cohort (Sankey-like) with the count at the source's output; steps and
  edges no contact reached are dimmed.

The marks are child items: a band is a child of its edge and strokes the edge's current curve
(inside the edge's own bounds, so it follows a dragged card with the edge); labels, counts and
tags are children of a card and move with it. They ignore the parent's opacity, so the path and
the bands stay visible in the zoomed-out overview, where the cards themselves are drawn as
blocks. Dimming is the items' opacity; the overview sets every item's opacity when the zoom
crosses its threshold, so the dims are put back after each zoom change. Marks read the parent's
style when they paint, so they follow a theme change; they go when the scene is rebuilt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journey_builder.canvas.items import DETAIL_THRESHOLD, EdgeItem, NodeItem
from journey_builder.canvas.style import CanvasStyle
from journey_builder.canvas.view import JourneyView

__all__ = [
    "DIM_OPACITY",
    "MAX_BAND",
    "MIN_BAND",
    "PATH_WIDTH",
    "PathOverlay",
    "band_width",
    "end_colour",
]

#: Opacity of the cards and edges the path or the cohort did not reach.
DIM_OPACITY = 0.28
#: Pen width of an edge on the path.
PATH_WIDTH = 4.0
#: Band widths in cohort mode: an edge one contact took, and one every contact took.
MIN_BAND = 2.0
MAX_BAND = 16.0

_PILL_H = 18.0
_Flag = QGraphicsItem.GraphicsItemFlag
_END_COLOURS = {  # (light, dark)
    "exit": ("#1f8a4c", "#3fbf6f"),
    "waiting": ("#2f6bd8", "#6ea0ff"),
    "not_entered": ("#56667f", "#9aa6b8"),
}
_PROBLEM_END = ("#b76e00", "#d29922")
_FLOW = ("#2f6bd8", "#6ea0ff")


def band_width(count: int, total: int) -> float:
    """How wide an edge's band is for ``count`` of ``total`` contacts (0 when none took it)."""
    if count <= 0 or total <= 0:
        return 0.0
    return MIN_BAND + (MAX_BAND - MIN_BAND) * min(1.0, count / total)


def end_colour(kind: str, dark: bool) -> QColor:
    """The tag colour of an end: green for an exit, blue while waiting, amber for the rest."""
    light, dark_shade = _END_COLOURS.get(kind, _PROBLEM_END)
    return QColor(dark_shade if dark else light)


def _flow_colour(style: CanvasStyle) -> QColor:
    colour = QColor(_FLOW[1] if style.dark else _FLOW[0])
    colour.setAlphaF(0.55)
    return colour


def _lod(painter: QPainter, option: QStyleOptionGraphicsItem) -> float:
    return float(option.levelOfDetailFromTransform(painter.worldTransform()))


class _Band(QGraphicsItem):
    """An edge drawn again over itself: bold (the path) or as wide as its count (a cohort)."""

    def __init__(self, edge: EdgeItem, width: float, flow: bool) -> None:
        super().__init__(edge)
        self.width = width
        self.flow = flow
        self.setFlag(_Flag.ItemIgnoresParentOpacity, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    @property
    def edge(self) -> EdgeItem:
        # asked of Qt each time: a reference kept here would keep the edge from being freed
        parent = self.parentItem()
        assert isinstance(parent, EdgeItem)
        return parent

    def boundingRect(self) -> QRectF:
        return self.edge.boundingRect()  # the band stays inside the edge's own margins

    def colour(self) -> QColor:
        style = self.edge.style
        return _flow_colour(style) if self.flow else QColor(style.text)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colour = self.colour()
        path = self.edge.path()
        if _lod(painter, option) < DETAIL_THRESHOLD:
            scale = max(painter.worldTransform().m11(), 1e-6)
            painter.setPen(QPen(colour, max(self.width, 2.0 / scale)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(colour, self.width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        tip = self.edge.tip
        a = EdgeItem.ARROW + 2.0
        half = min(max(a / 1.6, self.width / 2 + 3.0), 11.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(
            QPolygonF(
                [tip, QPointF(tip.x() - half, tip.y() - a), QPointF(tip.x() + half, tip.y() - a)]
            )
        )


class _Pill(QGraphicsItem):
    """A small rounded label on a card: a step number, a count, or where the path ended."""

    def __init__(
        self,
        card: NodeItem,
        text: str,
        *,
        kind: str,
        colour: QColor | None = None,
        tooltip: str = "",
    ) -> None:
        super().__init__(card)
        self.card_key = card.key
        self.text = text
        #: "step" (path numbers), "count" (cohort) or "end" (where the path ended).
        self.kind = kind
        self._colour = colour
        self.centred = False
        metrics = QFontMetricsF(card.style.badge_font)
        self.width = max(_PILL_H, metrics.horizontalAdvance(text) + 12.0)
        self.setFlag(_Flag.ItemIgnoresParentOpacity, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(3)
        if tooltip:
            self.setToolTip(tooltip)

    def boundingRect(self) -> QRectF:
        return QRectF(-1, -1, self.width + 2, _PILL_H + 2)

    def set_text(self, text: str) -> None:
        """Another count on the same pill (a re-run): keeps its centre."""
        if text == self.text:
            return
        centre = self.pos().x() + self.width / 2
        self.prepareGeometryChange()
        self.text = text
        metrics = QFontMetricsF(self.card.style.badge_font)
        self.width = max(_PILL_H, metrics.horizontalAdvance(text) + 12.0)
        if self.centred:
            self.setPos(centre - self.width / 2, self.pos().y())
        self.update()

    @property
    def card(self) -> NodeItem:
        parent = self.parentItem()  # not kept: see _Band.edge
        assert isinstance(parent, NodeItem)
        return parent

    def centre_at(self, x: float, y: float) -> None:
        """Put the pill's centre there; a new text keeps it there."""
        self.centred = True
        self.setPos(x - self.width / 2, y - _PILL_H / 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if _lod(painter, option) < DETAIL_THRESHOLD:
            return
        style = self.card.style
        rect = QRectF(0, 0, self.width, _PILL_H)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.kind == "step":
            fill, border, ink = QColor(style.text), QColor(style.card), QColor(style.card)
        elif self.kind == "count":
            fill, border, ink = QColor(style.card), _flow_colour(style), QColor(style.text)
            border.setAlphaF(1.0)
        else:
            fill = QColor(self._colour or style.warning)
            border, ink = QColor(style.card), QColor("#ffffff")
        painter.setPen(QPen(border, 1.5))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, _PILL_H / 2, _PILL_H / 2)
        painter.setFont(style.badge_font)
        painter.setPen(ink)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text)


class PathOverlay(QObject):
    """Marks one view with a path or with cohort counts; see the module docstring.

    A re-run of the same kind updates the marks in place and changes the opacity only of what
    changed, so a cohort over thousands of steps re-draws in a few milliseconds.
    """

    def __init__(self, view: JourneyView) -> None:
        super().__init__(view)
        self._mode: str | None = None
        self._bands: dict[str, _Band] = {}
        #: Labels at an edge's start (step numbers or counts), by edge key.
        self._edge_pills: dict[str, _Pill] = {}
        #: A card's own mark (its count, or where the path ended), by node key.
        self._node_pills: dict[str, _Pill] = {}
        self._node_counts: dict[str, int] = {}
        self._taken: dict[str, list[int]] = {}
        self._reached: set[str] = set()
        self._end_key: str | None = None
        self._dim_nodes: set[str] = set()
        self._dim_edges: set[str] = set()
        self._hooked: Any = None
        #: The last show_path / show_counts call, made again once a large journey's cards exist.
        self._last: tuple[str, tuple[Any, ...], dict[str, Any]] | None = None
        #: Whether the last marks were made while the scene still lacked some items.
        self._awaiting_build = False
        view.documentChanged.connect(self._watch_scene)
        view.zoomChanged.connect(self._apply_dims)
        self._watch_scene()

    @property
    def _view(self) -> JourneyView:
        # the view is the parent, asked each time: a reference kept here would tie the two in
        # a cycle only the garbage collector frees, at any moment (in another view's paint)
        view = self.parent()
        assert isinstance(view, JourneyView)
        return view

    # --- what is shown (for the panel and the tests) ---------------------------------------------

    @property
    def mode(self) -> str | None:
        """ "path", "counts", or None when nothing is shown."""
        return self._mode

    def taken_edges(self) -> dict[str, list[int]]:
        """Edge key -> the numbers of the steps that left through it (path mode)."""
        return {k: list(v) for k, v in self._taken.items()}

    def reached_nodes(self) -> set[str]:
        return set(self._reached)

    def end_key(self) -> str | None:
        """The card where the shown path ended."""
        return self._end_key

    def dimmed_nodes(self) -> set[str]:
        return set(self._dim_nodes)

    def dimmed_edges(self) -> set[str]:
        return set(self._dim_edges)

    def edge_width(self, key: str) -> float:
        """The width the edge is drawn with (0 when it has no band)."""
        band = self._bands.get(key)
        return band.width if band is not None and shiboken6.isValid(band) else 0.0

    def edge_label(self, key: str) -> str | None:
        """The text at the edge's start: step numbers (path) or the count (cohort)."""
        pill = self._edge_pills.get(key)
        return pill.text if pill is not None and shiboken6.isValid(pill) else None

    def node_count(self, key: str) -> int | None:
        return self._node_counts.get(key)

    def labels_on(self, node_key: str) -> list[str]:
        """The texts of the marks on a card (its count or end tag, its outputs' labels)."""
        pills = [self._node_pills.get(node_key), *self._edge_pills.values()]
        return [
            p.text
            for p in pills
            if p is not None and p.card_key == node_key and shiboken6.isValid(p)
        ]

    # --- showing -----------------------------------------------------------------------------------

    def show_path(
        self,
        steps: Sequence[tuple[str | None, str | None]],
        end_key: str | None = None,
        end_text: str = "",
        end_kind: str = "exit",
    ) -> None:
        """Show a path: ``steps`` are (node key, key of the edge followed out) in order; the
        step numbered ``n`` (from 1) labels the edge it left through."""
        scene = self._view.journey_scene()
        self._remove_marks()
        self._last = ("path", (steps, end_key, end_text, end_kind), {})
        self._awaiting_build = scene.building
        self._mode = "path"
        self._node_counts = {}
        self._taken = {}
        self._reached = set()
        for number, (node_key, edge_key) in enumerate(steps, start=1):
            if node_key is not None:
                self._reached.add(node_key)
            if edge_key is not None:
                self._taken.setdefault(edge_key, []).append(number)
        for edge_key, numbers in self._taken.items():
            edge = scene.edge_items.get(edge_key)
            if edge is None:
                continue
            self._bands[edge_key] = _Band(edge, PATH_WIDTH, flow=False)
            self._label_output(edge_key, ", ".join(str(n) for n in numbers), "step")
        self._end_key = end_key if end_key in scene.node_items else None
        if self._end_key is not None and end_text:
            card = scene.node_items[self._end_key]
            colour = end_colour(end_kind, scene.canvas_style.dark)
            tag = _Pill(card, end_text, kind="end", colour=colour)
            tag.setPos(8, -_PILL_H - 8)
            self._node_pills[self._end_key] = tag
        self._set_dims(
            {k for k in scene.node_items if k not in self._reached},
            {k for k in scene.edge_items if k not in self._taken},
        )
        scene.update()

    def show_counts(
        self,
        node_counts: Mapping[str, int],
        edge_counts: Mapping[str, int],
        total: int,
        *,
        node_tip: str = "",
        edge_tip: str = "",
    ) -> None:
        """Show a cohort: a count on every card, a band as wide as its share on every edge a
        contact took. ``node_tip`` / ``edge_tip`` are tooltip formats with ``{count}`` and
        ``{total}``."""
        scene = self._view.journey_scene()
        if self._mode != "counts":
            self._remove_marks()
        self._last = (
            "counts",
            (node_counts, edge_counts, total),
            {"node_tip": node_tip, "edge_tip": edge_tip},
        )
        self._awaiting_build = scene.building
        self._mode = "counts"
        self._taken = {}
        self._end_key = None
        self._node_counts = {}
        dim_nodes: set[str] = set()
        dim_edges: set[str] = set()
        for key, card in scene.node_items.items():
            count = int(node_counts.get(key, 0))
            self._node_counts[key] = count
            text = f"{count:,}"
            pill = self._node_pills.get(key)
            if pill is None or not shiboken6.isValid(pill):
                pill = self._node_pills[key] = _Pill(card, text, kind="count")
            else:
                pill.set_text(text)
            pill.setPos(card.width - pill.width - 22, -_PILL_H / 2)
            pill.setToolTip(node_tip.format(count=text, total=f"{total:,}") if node_tip else "")
            pill.setOpacity(DIM_OPACITY if count == 0 else 1.0)
            if count == 0:
                dim_nodes.add(key)
        self._reached = set(scene.node_items) - dim_nodes
        for key in [k for k in self._node_pills if k not in scene.node_items]:
            self._delete(self._node_pills.pop(key))
        for key, edge in scene.edge_items.items():
            count = int(edge_counts.get(key, 0))
            band = self._bands.get(key)
            if count <= 0:
                dim_edges.add(key)
                if band is not None:
                    self._delete(self._bands.pop(key))
                if key in self._edge_pills:
                    self._delete(self._edge_pills.pop(key))
                continue
            width = band_width(count, total)
            if band is None or not shiboken6.isValid(band):
                band = self._bands[key] = _Band(edge, width, flow=True)
            elif band.width != width:
                band.width = width
                band.update()
            text = f"{count:,}"
            band.setToolTip(edge_tip.format(count=text, total=f"{total:,}") if edge_tip else "")
            pill = self._edge_pills.get(key)
            if pill is None or not shiboken6.isValid(pill):
                self._label_output(key, text, "count")
            else:
                pill.set_text(text)
        for key in [k for k in self._bands if k not in scene.edge_items]:
            self._delete(self._bands.pop(key))
        self._set_dims(dim_nodes, dim_edges)
        scene.update()

    def _label_output(self, edge_key: str, text: str, kind: str) -> None:
        """A label on the source card at the edge's output (beside the output's own label)."""
        scene = self._view.journey_scene()
        edge = scene.edge_items[edge_key]
        card = scene.node_items.get(edge.source_key) if edge.source_key else None
        if card is None:
            return
        handle = scene.document.edge(edge_key).sourceHandle or None
        port = card.output_local(handle)
        x = port.x() if port is not None else card.width / 2
        pill = _Pill(card, text, kind=kind)
        if len(card.outputs) > 1:  # below a branching node's output label ("Yes")
            pill.centre_at(x, card.height + 38.0)
        else:  # beside a single output's port
            pill.setPos(x + 10.0, card.height + 12.0 - _PILL_H / 2)
        self._edge_pills[edge_key] = pill

    def clear(self) -> None:
        """Remove every mark and undim everything."""
        scene = self._view.journey_scene()
        self._remove_marks()
        self._set_dims(set(), set())
        self._forget()
        self._last = None
        scene.update()

    # --- marks and dims ----------------------------------------------------------------------------

    @staticmethod
    def _delete(item: QGraphicsItem) -> None:
        # deleted, not removed: a child removed from the scene would stay on its parent's list
        # of children while Python freed it
        if shiboken6.isValid(item):
            shiboken6.delete(item)

    def _remove_marks(self) -> None:
        for item in [*self._bands.values(), *self._edge_pills.values(), *self._node_pills.values()]:
            self._delete(item)
        self._bands = {}
        self._edge_pills = {}
        self._node_pills = {}

    def _set_dims(self, nodes: set[str], edges: set[str]) -> None:
        """Dim these cards and edges; undim the ones dimmed before and not now (only what
        changes is touched)."""
        scene = self._view.journey_scene()
        plain = 0.0 if scene.overview else 1.0
        for key in self._dim_nodes - nodes:
            node = scene.node_items.get(key)
            if node is not None:
                node.setOpacity(plain)
        for key in self._dim_edges - edges:
            edge = scene.edge_items.get(key)
            if edge is not None:
                edge.setOpacity(plain)
        added_nodes, added_edges = nodes - self._dim_nodes, edges - self._dim_edges
        self._dim_nodes, self._dim_edges = nodes, edges
        if scene.overview:
            return  # every item is transparent there; the dims come back with the detail
        for key in added_nodes:
            node = scene.node_items.get(key)
            if node is not None:
                node.setOpacity(DIM_OPACITY)
        for key in added_edges:
            edge = scene.edge_items.get(key)
            if edge is not None:
                edge.setOpacity(DIM_OPACITY)

    # --- following the view ----------------------------------------------------------------------

    def _apply_dims(self, _zoom: float = 0.0) -> None:
        """Dim what is not reached (again after the overview reset every opacity)."""
        scene = self._view.journey_scene()
        if scene.overview:
            return
        for key in self._dim_nodes:
            node = scene.node_items.get(key)
            if node is not None:
                node.setOpacity(DIM_OPACITY)
        for key in self._dim_edges:
            edge = scene.edge_items.get(key)
            if edge is not None:
                edge.setOpacity(DIM_OPACITY)

    def _watch_scene(self) -> None:
        self._reset()
        scene = self._view.journey_scene()
        if scene is not self._hooked:
            self._hooked = scene
            scene.document.documentReset.connect(self._reset)
            scene.document.nodeRemoved.connect(self._drop_node)
            scene.document.edgeRemoved.connect(self._drop_edge)
            scene.buildFinished.connect(self._replay)

    def _replay(self) -> None:
        """Every card of a large journey exists now: mark them all."""
        if self._awaiting_build and self._last is not None and self._mode is not None:
            mode, args, kwargs = self._last
            (self.show_path if mode == "path" else self.show_counts)(*args, **kwargs)

    def _reset(self) -> None:
        """The scene was built afresh: its items, and the marks on them, are gone."""
        self._last = None
        self._forget()

    def _forget(self) -> None:
        self._mode = None
        self._bands = {}
        self._edge_pills = {}
        self._node_pills = {}
        self._node_counts = {}
        self._taken = {}
        self._reached = set()
        self._end_key = None
        self._dim_nodes = set()
        self._dim_edges = set()

    def _drop_node(self, key: str) -> None:
        """A card went, and its marks with it: forget them without touching them."""
        self._dim_nodes.discard(key)
        self._reached.discard(key)
        self._node_counts.pop(key, None)
        self._node_pills.pop(key, None)
        for edge_key in [k for k, p in self._edge_pills.items() if p.card_key == key]:
            del self._edge_pills[edge_key]
        if self._end_key == key:
            self._end_key = None

    def _drop_edge(self, key: str) -> None:
        """An edge went: its band went with it; its label, on the source card, goes now."""
        self._dim_edges.discard(key)
        self._bands.pop(key, None)
        self._taken.pop(key, None)
        pill = self._edge_pills.pop(key, None)
        if pill is not None:
            self._delete(pill)
