"""The inspector panel: the selected step's form, the journey's settings, or a summary.

It shows one of three things: nothing selected -> :class:`JourneyForm`; one step ->
:class:`NodeForm`; several -> how many and what one can do with them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from journey_builder.document import EditableJourney
from journey_builder.ui.common.widgets import PlainLabel, muted_label
from journey_builder.ui.inspector.journey_form import JourneyForm
from journey_builder.ui.inspector.node_form import NodeForm

__all__ = ["Inspector"]


class _Several(QWidget):
    def __init__(self, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(PlainLabel(self.tr("%n steps selected", "", count), self))
        layout.addWidget(
            muted_label(
                self.tr(
                    "Move, copy, duplicate or delete them together. Select one step to edit it."
                ),
                self,
            )
        )
        layout.addStretch(1)


class Inspector(QScrollArea):
    """Shows the form for the current selection of the current journey."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inspector")
        self.setAccessibleName(self.tr("Inspector"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._doc: EditableJourney | None = None
        self._keys: tuple[str, ...] = ()
        self.form: QWidget | None = None
        self._show()

    @property
    def document(self) -> EditableJourney | None:
        return self._doc

    def set_document(self, doc: EditableJourney | None) -> None:
        """Follow another journey (the current tab's); nothing is selected in it yet."""
        if doc is self._doc:
            return
        if self._doc is not None:
            self._doc.nodeRemoved.disconnect(self._on_node_removed)
            self._doc.documentReset.disconnect(self._on_reset)
        self._doc = doc
        self._keys = ()
        if doc is not None:
            doc.nodeRemoved.connect(self._on_node_removed)
            doc.documentReset.connect(self._on_reset)
        self._show()

    def show_selection(self, node_keys: list[str] | tuple[str, ...]) -> None:
        """Show the form for these selected steps (none: the journey's settings)."""
        keys = tuple(node_keys)
        if keys == self._keys and self.form is not None:
            return
        self._keys = keys
        self._show()

    def _on_node_removed(self, key: str) -> None:
        if key in self._keys:
            self._keys = tuple(k for k in self._keys if k != key)
            self._show()

    def _on_reset(self) -> None:
        doc = self._doc
        if doc is not None and any(not doc.has_node(k) for k in self._keys):
            self._keys = tuple(k for k in self._keys if doc.has_node(k))
            self._show()

    def _show(self) -> None:
        old = self.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        doc = self._doc
        form: QWidget
        if doc is None:
            form = QWidget(self)
            layout = QVBoxLayout(form)
            layout.addWidget(muted_label(self.tr("Open or create a journey to edit it."), form))
            layout.addStretch(1)
        elif not self._keys:
            form = JourneyForm(doc, self)
        elif len(self._keys) == 1:
            form = NodeForm(doc, self._keys[0], self)
        else:
            form = _Several(len(self._keys), self)
        self.form = form
        self.setWidget(form)
