"""Comparing a version with the draft: the differences as a list, and marked on the canvas.

The canvas has no highlight API of its own, so :class:`DiffHighlighter` adds a ring and a small
tag ("New", "Changed", "Removed") as child items of the node cards it finds through the scene's
key -> item map. Rings ignore the card's opacity, so they stay visible in the zoomed-out
overview, and the tag says in words what the colour says. They go when the scene is rebuilt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSimpleTextItem,
)

from journey_builder.canvas import JourneyView
from journey_builder.document import EditableJourney
from journey_builder.i18n import node_title_text
from journey_builder.model import JourneyDocument, JourneyVersion
from journey_builder.model.diff import DefinitionDiff, NodeRef, diff_journeys
from journey_builder.model.texts import QT_TRANSLATE_NOOP
from journey_builder.ui.common.snapshots import DocumentSnapshot
from journey_builder.ui.common.theme import is_dark

__all__ = [
    "ADDED",
    "CHANGED",
    "REMOVED",
    "TAGS",
    "CompareResult",
    "DiffHighlighter",
    "compare_documents",
    "highlight_colour",
    "keys_for",
    "setting_text",
    "step_title",
    "summary_text",
    "tag_text",
    "top_fields",
    "version_document",
]

ADDED = "added"
CHANGED = "changed"
REMOVED = "removed"

#: The tag on a marked card, and the word in the list of differences.
TAGS = {
    ADDED: QT_TRANSLATE_NOOP("Compare", "New"),
    CHANGED: QT_TRANSLATE_NOOP("Compare", "Changed"),
    REMOVED: QT_TRANSLATE_NOOP("Compare", "Removed"),
}
_COLOURS = {  # (light theme, dark theme)
    ADDED: ("#1f8a4c", "#5fd38d"),
    CHANGED: ("#c77700", "#f2b04f"),
    REMOVED: ("#cc2f26", "#ff7b72"),
}
_RING_MARGIN = 6.0


def highlight_colour(kind: str, dark: bool) -> QColor:
    light, dark_shade = _COLOURS[kind]
    return QColor(dark_shade if dark else light)


@dataclass(frozen=True)
class CompareResult:
    """A version (before) compared with the draft (after)."""

    added: tuple[NodeRef, ...]
    removed: tuple[NodeRef, ...]
    changed: tuple[NodeRef, ...]
    moved: tuple[NodeRef, ...]
    summary: str
    settings: tuple[str, ...]
    #: The whole comparison of the definitions (for :func:`summary_text`).
    diff: DefinitionDiff | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.settings)


def compare_documents(version: JourneyDocument, draft: JourneyDocument) -> CompareResult:
    """What the draft changed since the version (worker thread: no Qt)."""
    diff = diff_journeys(version, draft)
    d = diff.definition
    return CompareResult(
        added=d.added_nodes,
        removed=d.removed_nodes,
        changed=d.changed_nodes,
        moved=d.moved_nodes,
        summary=d.summary(),
        settings=diff.settings_changed,
        diff=d,
    )


def summary_text(result: CompareResult) -> str:
    """ "Steps: 2 added, 1 changed; connections: 1 removed" in the reader's language."""
    d = result.diff
    if d is None:
        return result.summary
    steps = _counted(
        (len(d.added_nodes), QT_TRANSLATE_NOOP("Compare", "{count} added")),
        (len(d.removed_nodes), QT_TRANSLATE_NOOP("Compare", "{count} removed")),
        (len(d.changed_nodes), QT_TRANSLATE_NOOP("Compare", "{count} changed")),
        (len(d.moved_nodes), QT_TRANSLATE_NOOP("Compare", "{count} moved")),
    )
    links = _counted(
        (len(d.added_edges), QT_TRANSLATE_NOOP("Compare", "{count} added")),
        (len(d.removed_edges), QT_TRANSLATE_NOOP("Compare", "{count} removed")),
    )
    parts = []
    if steps:
        parts.append(QCoreApplication.translate("Compare", "steps: {counts}").format(counts=steps))
    if links:
        parts.append(
            QCoreApplication.translate("Compare", "connections: {counts}").format(counts=links)
        )
    if not parts:
        return QCoreApplication.translate("Compare", "no differences")
    return "; ".join(parts)


def _counted(*pairs: tuple[int, str]) -> str:
    locale = QLocale()
    return ", ".join(
        QCoreApplication.translate("Compare", template).format(count=locale.toString(n))
        for n, template in pairs
        if n
    )


def step_title(draft: EditableJourney, ref: NodeRef, kind: str, version: JourneyVersion) -> str:
    """How the list of differences names a step: its title (in the draft, or in the version
    for a removed one) and its id."""
    if kind != REMOVED:
        keys = keys_for(draft, (ref,))
        if keys:
            return f"{draft.title(keys[0])} ({ref.id})"
    definition = version.definition
    if definition is not None:
        for node in definition.nodes:
            if node.id == ref.id:
                return f"{node_title_text(node.type, node.data)} ({ref.id})"
    return ref.id


def tag_text(kind: str) -> str:
    """ "New", "Changed", "Removed" in the reader's language."""
    return QCoreApplication.translate("Compare", TAGS[kind])


def setting_text(setting: str) -> str:
    """A journey setting that differs, as a line of the list of differences."""
    known = {
        "name": QT_TRANSLATE_NOOP("Compare", "The journey's name differs"),
        "trigger": QT_TRANSLATE_NOOP("Compare", "The journey's trigger differs"),
        "entry mode": QT_TRANSLATE_NOOP("Compare", "The journey's entry mode differs"),
    }
    if setting in known:
        return QCoreApplication.translate("Compare", known[setting])
    return QCoreApplication.translate("Compare", "The journey's “{field}” differs").format(
        field=setting
    )


def top_fields(document: JourneyDocument) -> dict[str, Any]:
    """The journey's own fields in file form, without the (large) definition."""
    return document.model_dump(
        mode="json", exclude_unset=True, by_alias=True, warnings=False, exclude={"definition"}
    )


def version_document(top: dict[str, Any], version: JourneyVersion) -> JourneyDocument:
    """The draft's own fields (name, id, updatedAt, unknown fields) with the version's
    definition, and its trigger and entry mode when the version carries them."""
    obj = dict(top)
    body = version.to_json()
    obj["definition"] = body.get("definition") or {"nodes": [], "edges": []}
    for key in ("triggerConfig", "entryMode"):
        if key in body:
            obj[key] = body[key]
    return DocumentSnapshot.from_json(obj).to_document()


def keys_for(doc: EditableJourney, refs: tuple[NodeRef, ...]) -> list[str]:
    """The node keys of ``doc`` that ``refs`` name (id and which occurrence)."""
    keys = []
    for ref in refs:
        found = doc.keys_for_node_id(ref.id)
        if ref.occurrence < len(found):
            keys.append(found[ref.occurrence])
    return keys


class _Ring(QGraphicsPathItem):
    def __init__(self, parent: QGraphicsItem, width: float, height: float, colour: QColor) -> None:
        super().__init__(parent)
        path = QPainterPath()
        m = _RING_MARGIN
        path.addRoundedRect(QRectF(-m, -m, width + 2 * m, height + 2 * m), 14, 14)
        self.setPath(path)
        pen = QPen(colour, 3.0)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.setPen(pen)
        fill = QColor(colour)
        fill.setAlphaF(0.18)
        self.setBrush(QBrush(fill))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresParentOpacity, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


class _Tag(QGraphicsPathItem):
    def __init__(self, parent: QGraphicsItem, text: str, colour: QColor, font: QFont) -> None:
        super().__init__(parent)
        label = QGraphicsSimpleTextItem(text, self)
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        small.setBold(True)
        label.setFont(small)
        label.setBrush(QColor("#ffffff"))
        bounds = label.boundingRect()
        pill = QRectF(0, 0, bounds.width() + 12, bounds.height() + 2)
        path = QPainterPath()
        path.addRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        self.setPath(path)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setBrush(colour)
        label.setPos(6, 1)
        self.setPos(8, -pill.height() - _RING_MARGIN - 2)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresParentOpacity, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(3)


class DiffHighlighter(QObject):
    """Marks steps of one view as added, changed or removed; see the module docstring."""

    def __init__(self, view: JourneyView, parent: QObject | None = None) -> None:
        super().__init__(parent or view)
        self._view = view
        self._marks: dict[str, str] = {}
        self._items: list[QGraphicsItem] = []
        self._hooked: Any = None
        view.documentChanged.connect(self._watch_scene)
        self._watch_scene()

    def _watch_scene(self) -> None:
        self._forget()
        scene = self._view.journey_scene()
        if scene is not self._hooked:
            self._hooked = scene
            scene.document.documentReset.connect(self._forget)
            scene.document.nodeRemoved.connect(self._drop_key)

    def marks(self) -> dict[str, str]:
        """Node key -> ADDED, CHANGED or REMOVED, as now shown."""
        return dict(self._marks)

    def show(self, marks: dict[str, str]) -> None:
        """Mark these steps (replacing earlier marks)."""
        self.clear()
        scene = self._view.journey_scene()
        dark = is_dark(self._view.palette())
        for key, kind in marks.items():
            card = scene.node_item(key)  # made now if a large journey is still opening
            if card is None:
                continue
            colour = highlight_colour(kind, dark)
            self._items.append(_Ring(card, card.width, card.height, colour))
            self._items.append(_Tag(card, tag_text(kind), colour, self._view.font()))
            self._marks[key] = kind
        scene.update()

    def clear(self) -> None:
        scene = self._view.journey_scene()
        for item in self._items:
            # Deleted, not removed: a removed child item can stay on its card's list of
            # children while Python frees it (a crash on the card's next paint).
            if shiboken6.isValid(item):
                shiboken6.delete(item)
        self._forget()
        scene.update()

    def _forget(self) -> None:
        self._items = []
        self._marks = {}

    def _drop_key(self, key: str) -> None:
        self._marks.pop(key, None)
