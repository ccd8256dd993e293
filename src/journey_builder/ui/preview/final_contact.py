"""The contact as it was when its path ended, with what the journey changed marked.

Fields come in the order the contact had them, new ones after; a field the path changed, set or
cleared is bold, in the warning colour, and says so in words ("changed", "new", "cleared"), so
the mark does not rest on colour alone. Tags: the final list; the tooltip names the added and
removed ones.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from journey_builder.ui.common.theme import semantic_colour
from journey_builder.ui.common.widgets import plain_tooltip
from journey_builder.ui.preview.contact_editor import show_value

__all__ = ["FinalContactView"]

_MISSING = object()


class FinalContactView(QTreeWidget):
    """Field, value at the end, and what it was at entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Field"), self.tr("At the end"), self.tr("At entry")])
        self.setAccessibleName(self.tr("Contact at the end"))
        self.setAccessibleDescription(
            self.tr("The contact's fields and tags when its path ended; changes are marked")
        )
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._changes: dict[str, str] = {}

    def changes(self) -> dict[str, str]:
        """Field name (or "tags") -> "changed", "new" or "cleared", for what the path changed."""
        return dict(self._changes)

    def show_contact(self, initial: dict[str, Any], final: dict[str, Any]) -> None:
        self.clear()
        self._changes = {}
        before: dict[str, Any] = dict(initial.get("fields") or {})
        after: dict[str, Any] = dict(final.get("fields") or {})
        names = list(before) + [n for n in after if n not in before]
        for name in names:
            old = before.get(name, _MISSING)
            new = after.get(name, _MISSING)
            state = ""
            if old is _MISSING:
                state = "new"
            elif new is _MISSING:
                state = "cleared"
            elif old != new or type(old) is not type(new):
                state = "changed"
            self._row(
                name,
                self.tr("(not set)") if new is _MISSING else show_value(new),
                "" if old is _MISSING else show_value(old),
                state,
            )
        old_tags = list(initial.get("tags") or [])
        new_tags = list(final.get("tags") or [])
        added = [t for t in new_tags if t not in old_tags]
        removed = [t for t in old_tags if t not in new_tags]
        notes = []
        if added:
            notes.append(self.tr("added: %1").replace("%1", ", ".join(added)))
        if removed:
            notes.append(self.tr("removed: %1").replace("%1", ", ".join(removed)))
        self._row(
            self.tr("Tags"),
            ", ".join(new_tags) or self.tr("(none)"),
            ", ".join(old_tags),
            "changed" if notes else "",
            key="tags",
            note="; ".join(notes),
        )

    def _row(
        self, name: str, value: str, was: str, state: str, *, key: str | None = None, note: str = ""
    ) -> None:
        words = {
            "new": self.tr("new"),
            "cleared": self.tr("cleared"),
            "changed": self.tr("changed"),
        }
        label = f"{name}  ({words[state]})" if state else name
        item = QTreeWidgetItem(self, [label, value, was])
        for column, text in enumerate((label, value, was)):
            item.setToolTip(column, plain_tooltip(f"{text}\n{note}" if note else text))
        if state:
            self._changes[key or name] = state
            font = QFont(self.font())
            font.setBold(True)
            brush = QBrush(semantic_colour("warning", self.palette()))
            for column in (0, 1):
                item.setFont(column, font)
                item.setForeground(column, brush)
