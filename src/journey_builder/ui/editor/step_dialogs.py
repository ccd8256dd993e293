"""Connect and Add step: the dialogs that edit a journey without the mouse.

Every text that may come from a file (journey names, error details) is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_builder.document import EditableJourney
from journey_builder.i18n import catalogue_text, output_label
from journey_builder.model import CATALOGUE, known_node_types, node_outputs
from journey_builder.ui.common.icons import node_icon
from journey_builder.ui.common.theme import semantic_colour
from journey_builder.ui.common.widgets import PlainLabel

__all__ = ["AddStepDialog", "ConnectDialog"]


#: Item data of an output that already has a connection.
_CONNECTED_ROLE = Qt.ItemDataRole.UserRole + 1


def _step_text(doc: EditableJourney, key: str) -> str:
    node = doc.node(key)
    title = doc.title(key)
    return title if title == node.id else f"{title}  ·  {node.id}"


class ConnectDialog(QDialog):
    """Connect an output of one step to another step, without the mouse."""

    def __init__(self, doc: EditableJourney, source_key: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect steps"))
        self.doc = doc
        self.edge_key: str | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.source_combo = QComboBox(self)
        self.output_combo = QComboBox(self)
        self.target_combo = QComboBox(self)
        for key in doc.node_keys():
            node = doc.node(key)
            self.source_combo.addItem(node_icon(node.type), _step_text(doc, key), key)
            self.target_combo.addItem(node_icon(node.type), _step_text(doc, key), key)
        form.addRow(self.tr("From step"), self.source_combo)
        form.addRow(self.tr("Output"), self.output_combo)
        form.addRow(self.tr("To step"), self.target_combo)
        layout.addLayout(form)
        self.hint = PlainLabel("", self)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Connect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if source_key is not None:
            self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(source_key)))
        self.source_combo.currentIndexChanged.connect(self._fill_outputs)
        self.output_combo.currentIndexChanged.connect(self._update_hint)
        self.target_combo.currentIndexChanged.connect(self._update_hint)
        self._fill_outputs()
        self._pick_default_target()
        self.setMinimumWidth(420)

    def _source(self) -> str | None:
        data = self.source_combo.currentData()
        return str(data) if data is not None else None

    def _fill_outputs(self) -> None:
        self.output_combo.clear()
        source = self._source()
        if source is not None:
            node = self.doc.node(source)
            data = node.data if isinstance(node.data, dict) else {}
            used = {self.doc.edge(k).sourceHandle for k in self.doc.outgoing(source)}
            for out in node_outputs(node.type, data):
                label = output_label(out)
                if out.handle in used:
                    label = self.tr("{output} (connected)").format(output=label)
                self.output_combo.addItem(label, out.handle)
                self.output_combo.setItemData(
                    self.output_combo.count() - 1, out.handle in used, _CONNECTED_ROLE
                )
            free = next(
                (
                    i
                    for i in range(self.output_combo.count())
                    if not self.output_combo.itemData(i, _CONNECTED_ROLE)
                ),
                0,
            )
            self.output_combo.setCurrentIndex(free)
        self.output_combo.setEnabled(self.output_combo.count() > 0)
        self._update_hint()

    def _pick_default_target(self) -> None:
        source = self._source()
        for i in range(self.target_combo.count()):
            key = self.target_combo.itemData(i)
            if key != source and self._refusal(str(key)) is None:
                self.target_combo.setCurrentIndex(i)
                return

    def _refusal(self, target: str) -> str | None:
        source = self._source()
        if source is None:
            return self.tr("Choose the step to connect from.")
        if self.output_combo.count() == 0:
            return self.tr("“{step}” has no outputs to connect.").format(
                step=self.doc.title(source)
            )
        handle = self.output_combo.currentData()
        return self.doc.can_connect(source, handle, target)

    def _update_hint(self) -> None:
        target = self.target_combo.currentData()
        refusal = (
            self._refusal(str(target))
            if target is not None
            else self.tr("Choose a step to connect to.")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(refusal is None)
        pal = self.hint.palette()
        if refusal is None and target is not None and (source := self._source()) is not None:
            text = self.tr("Connects “{source}” ({output}) to “{target}”.").format(
                source=self.doc.title(source),
                output=self.output_combo.currentText(),
                target=self.doc.title(str(target)),
            )
            pal.setColor(self.hint.foregroundRole(), semantic_colour("muted"))
        else:
            text = refusal or ""
            pal.setColor(self.hint.foregroundRole(), semantic_colour("error"))
        self.hint.setPalette(pal)
        self.hint.setText(text)

    def accept(self) -> None:
        source = self._source()
        target = self.target_combo.currentData()
        if source is None or target is None:
            return
        try:
            self.edge_key = self.doc.connect(source, self.output_combo.currentData(), str(target))
        except ValueError as exc:
            self.hint.setText(str(exc))
            return
        super().accept()


class AddStepDialog(QDialog):
    """Pick a step type by typing (Add step after selected…)."""

    def __init__(self, after_title: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add step"))
        layout = QVBoxLayout(self)
        prompt = (
            self.tr("Add a step after “{step}”:").format(step=after_title)
            if after_title
            else self.tr("Add a step in the middle of the view:")
        )
        layout.addWidget(PlainLabel(prompt, self))
        self.filter = QLineEdit(self)
        self.filter.setAccessibleName(self.tr("Filter step types"))
        self.filter.setPlaceholderText(self.tr("Type to filter"))
        layout.addWidget(self.filter)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Step types"))
        for node_type in known_node_types():
            if after_title and node_type == "start":
                continue  # nothing can lead into a start step
            spec = CATALOGUE[node_type]
            item = QListWidgetItem(
                node_icon(node_type), catalogue_text(spec.display_name), self.list
            )
            item.setData(Qt.ItemDataRole.UserRole, node_type)
            item.setToolTip(catalogue_text(spec.description))
        self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self.accept)
        self.list.itemActivated.connect(lambda _i: self.accept())
        self.setMinimumSize(320, 420)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        first = -1
        for i in range(self.list.count()):
            item = self.list.item(i)
            spec = CATALOGUE[str(item.data(Qt.ItemDataRole.UserRole))]
            hay = " ".join(
                (
                    catalogue_text(spec.display_name),
                    catalogue_text(spec.description),
                    spec.display_name,
                    spec.description,
                )
            )
            hide = bool(needle) and needle not in hay.lower()
            item.setHidden(hide)
            if not hide and first < 0:
                first = i
        if first >= 0:
            self.list.setCurrentRow(first)

    def chosen_type(self) -> str | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return str(item.data(Qt.ItemDataRole.UserRole))
