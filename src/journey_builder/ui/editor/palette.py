"""The palette of step types, grouped by category: drag one onto the canvas, or double-click it
(or press Enter) to add it after the selected step.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_builder.canvas import NODE_TYPE_MIME_TYPE
from journey_builder.i18n import catalogue_text
from journey_builder.model import CATALOGUE, CATEGORIES, NodeSpec
from journey_builder.ui.common.icons import node_icon

__all__ = ["NODE_TYPE_MIME", "NodePalette", "node_type_from_mime"]

#: What a palette drag carries (the canvas accepts it): the node type, UTF-8.
NODE_TYPE_MIME = NODE_TYPE_MIME_TYPE

_TYPE_ROLE = Qt.ItemDataRole.UserRole


def node_type_from_mime(mime: QMimeData) -> str | None:
    """The node type a palette drag carries, or None for any other drag."""
    if not mime.hasFormat(NODE_TYPE_MIME):
        return None
    text = bytes(mime.data(NODE_TYPE_MIME).data()).decode("utf-8", "replace").strip()
    return text or None


class _PaletteTree(QTreeWidget):
    """The tree: categories as headers, step types under them."""

    addRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(6)
        self.setIconSize(QSize(22, 22))
        self.setUniformRowHeights(False)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setExpandsOnDoubleClick(False)
        self.setAccessibleName(self.tr("Step types"))
        self.itemDoubleClicked.connect(self._on_double_click)

    def mimeTypes(self) -> list[str]:
        return [NODE_TYPE_MIME]

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:
        mime = QMimeData()
        types = [i.data(0, _TYPE_ROLE) for i in items if i.data(0, _TYPE_ROLE)]
        if types:
            mime.setData(NODE_TYPE_MIME, str(types[0]).encode("utf-8"))
            mime.setText(str(types[0]))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            node_type = item.data(0, _TYPE_ROLE) if item is not None else None
            if node_type:
                self.addRequested.emit(str(node_type))
                event.accept()
                return
        super().keyPressEvent(event)

    def _on_double_click(self, item: QTreeWidgetItem, _column: int) -> None:
        node_type = item.data(0, _TYPE_ROLE)
        if node_type:
            self.addRequested.emit(str(node_type))


class NodePalette(QWidget):
    """A filter box over the tree of step types."""

    #: A step type to add after the selected step (double-click or Enter).
    addRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter steps"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter step types"))
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self._add_first_match)
        layout.addWidget(self.filter)
        self.tree = _PaletteTree(self)
        self.tree.addRequested.connect(self.addRequested.emit)
        layout.addWidget(self.tree)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._build()

    def _build(self) -> None:
        header_font = QFont(self.tree.font())
        header_font.setWeight(QFont.Weight.DemiBold)
        header_font.setPointSizeF(header_font.pointSizeF() * 0.9)
        for category in CATEGORIES:
            specs = [s for s in CATALOGUE.values() if s.category == category]
            if not specs:
                continue
            header = QTreeWidgetItem(self.tree, [catalogue_text(category).upper()])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            header.setFont(0, header_font)
            header.setSizeHint(0, QSize(0, 26))
            header.setForeground(0, self.palette().placeholderText())
            for spec in specs:
                description = catalogue_text(spec.description)
                item = QTreeWidgetItem(header, [catalogue_text(spec.display_name)])
                item.setIcon(0, node_icon(spec.type))
                item.setToolTip(0, description)
                item.setStatusTip(0, description)
                item.setData(0, _TYPE_ROLE, spec.type)
                item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, description)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsDragEnabled
                )
                item.setSizeHint(0, QSize(0, 30))
                self._items[spec.type] = item
        self.tree.expandAll()

    def item_for(self, node_type: str) -> QTreeWidgetItem:
        """The tree item of a step type."""
        return self._items[node_type]

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.tree.topLevelItemCount()):
            header = self.tree.topLevelItem(i)
            if header is None:
                continue
            shown = 0
            for j in range(header.childCount()):
                child = header.child(j)
                if child is None:
                    continue
                spec = CATALOGUE[str(child.data(0, _TYPE_ROLE))]
                hay = _haystack(spec)
                hide = bool(needle) and needle not in hay
                child.setHidden(hide)
                shown += not hide
            header.setHidden(shown == 0)

    def _add_first_match(self) -> None:
        for node_type, item in self._items.items():
            parent = item.parent()
            if not item.isHidden() and not (parent is not None and parent.isHidden()):
                self.addRequested.emit(node_type)
                return


def _haystack(spec: NodeSpec) -> str:
    """What the filter looks in: the type's name, description and category, in the reader's
    language and in English (a step type is found by either), and its id."""
    texts = (spec.display_name, spec.description, spec.category)
    translated = " ".join(catalogue_text(t) for t in texts)
    return f"{translated} {' '.join(texts)} {spec.type}".lower()
