"""Field editors for structured values: tags as chips, raw JSON, and a reference to a step.

The simple one-value editors (text, choice, number, timeout) and the :class:`FieldEditor` base
live in :mod:`~journey_builder.ui.inspector.field_editors`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journey_builder.i18n import catalogue_text
from journey_builder.model import FieldSpec
from journey_builder.ui.common.widgets import (
    FlowLayout,
    IssueLabel,
    PlainLabel,
    mono_font,
    plain_tooltip,
)
from journey_builder.ui.inspector.field_editors import (
    MISSING,
    FieldEditor,
    PlainTextBox,
    empty_value,
    same_value,
    single_widget,
)

__all__ = ["JsonEditor", "JsonObjectEditor", "NodeRefEditor", "TagsEditor"]


class _Chip(QFrame):
    """One tag with a remove button."""

    removed = Signal(int)

    def __init__(self, index: int, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        self.label = PlainLabel(text, self, wrap=False)
        layout.addWidget(self.label)
        self.button = QToolButton(self)
        self.button.setText("×")
        self.button.setAutoRaise(True)
        self.button.setToolTip(plain_tooltip(self.tr("Remove {tag}").format(tag=text)))
        self.button.setAccessibleName(self.tr("Remove tag {tag}").format(tag=text))
        self.button.clicked.connect(lambda: self.removed.emit(index))
        layout.addWidget(self.button)


class _TagLine(QLineEdit):
    """Backspace in the empty box removes the last tag."""

    backspaceOnEmpty = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Backspace and not self.text():
            self.backspaceOnEmpty.emit()
            return
        super().keyPressEvent(event)


class TagsEditor(FieldEditor):
    """A list of names as removable chips; type a name and press Enter (or a comma) to add."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self._tags: list[str] = []
        self._present = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self._chips_host = QWidget(self)
        self._flow = FlowLayout(self._chips_host)
        outer.addWidget(self._chips_host)
        self.line = _TagLine(self)
        self.line.setPlaceholderText(self.tr("Add a name and press Enter"))
        self.line.returnPressed.connect(self._add_from_line)
        self.line.textEdited.connect(self._on_text)
        self.line.backspaceOnEmpty.connect(self._remove_last)
        outer.addWidget(self.line)
        self.setFocusProxy(self.line)

    @staticmethod
    def accepts(value: Any) -> bool:
        return value is MISSING or (
            isinstance(value, list) and all(isinstance(t, str) for t in value)
        )

    def tags(self) -> list[str]:
        return list(self._tags)

    def set_value(self, value: Any) -> None:
        tags = list(value) if isinstance(value, list) else []
        self._present = value is not MISSING
        if tags != self._tags or (not self._flow.count() and tags):
            self._tags = tags
            self._rebuild()

    def value(self) -> Any:
        if not self._tags and not self._present and not self.spec.required:
            return MISSING
        return list(self._tags)

    def focus_widget(self) -> QWidget:
        return self.line

    def _rebuild(self) -> None:
        while self._flow.count():
            item = self._flow.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for i, tag in enumerate(self._tags):
            chip = _Chip(i, tag, self._chips_host)
            chip.removed.connect(self._remove)
            self._flow.addWidget(chip)
        self._chips_host.setVisible(bool(self._tags))
        self._chips_host.updateGeometry()

    def _on_text(self, text: str) -> None:
        if "," in text:
            self._add_names(text.split(","))
            self.line.clear()

    def _add_from_line(self) -> None:
        self._add_names([self.line.text()])
        self.line.clear()

    def _add_names(self, names: Sequence[str]) -> None:
        new = [n.strip() for n in names if n.strip() and n.strip() not in self._tags]
        if new:
            self._tags.extend(new)
            self._present = True
            self._rebuild()
            self.edited.emit()

    def _remove(self, index: int) -> None:
        if 0 <= index < len(self._tags):
            del self._tags[index]
            self._rebuild()
            self.line.setFocus()
            self.edited.emit()

    def _remove_last(self) -> None:
        self._remove(len(self._tags) - 1)


class JsonEditor(FieldEditor):
    """Any JSON value, checked as you type: valid JSON is applied, anything else is explained.

    An empty box leaves the field out.
    """

    #: Applied values must be of this type (e.g. ``dict`` for conditions); None = any.
    expected: ClassVar[type | None] = None

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, *, lines: int = 3):
        super().__init__(spec, parent)
        self._parsed: Any = MISSING
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.box = PlainTextBox(self, lines=lines)
        self.box.setFont(mono_font())
        self.box.setPlaceholderText(
            catalogue_text(spec.placeholder)
            if spec.placeholder
            else self.tr('JSON, e.g. "text", 42, true, {"key": "value"}')
        )
        self.box.textChanged.connect(self._on_text)
        layout.addWidget(self.box)
        self.error = IssueLabel(self)
        layout.addWidget(self.error)
        self.setFocusProxy(self.box)

    @staticmethod
    def accepts(value: Any) -> bool:
        return True

    def set_value(self, value: Any) -> None:
        if _same_json(self._parsed, value):
            return  # unchanged underneath: keep the text, even an unfinished draft
        self._parsed = value
        text = "" if value is MISSING else _pretty(value)
        with QSignalBlocker(self.box):
            self.box.setPlainText(text)
        self.error.set_issues([])

    def value(self) -> Any:
        return self._parsed

    def focus_widget(self) -> QWidget:
        return self.box

    def _on_text(self) -> None:
        text = self.box.toPlainText()
        if not text.strip():
            self._parsed = MISSING
            self.error.set_issues([])
            self.edited.emit()
            return
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError as exc:
            where = {"error": exc.msg, "line": exc.lineno, "column": exc.colno}
            if text.strip()[:1].isalpha():
                message = self.tr(
                    "Not valid JSON yet: {error} at line {line}, column {column} (text needs "
                    'quotes: "like this")'
                ).format(**where)
            else:
                message = self.tr(
                    "Not valid JSON yet: {error} at line {line}, column {column}"
                ).format(**where)
            self.error.set_issues([message])
            return
        if self.expected is not None and not isinstance(parsed, self.expected):
            self.error.set_issues([_must_be(self.expected)])
            return
        self.error.set_issues([])
        self._parsed = parsed
        self.edited.emit()


class JsonObjectEditor(JsonEditor):
    """A JSON object (trigger conditions, the event's conditions)."""

    expected = dict


def _must_be(kind: type) -> str:
    if kind is dict:
        return QCoreApplication.translate("JsonEditor", "Must be a JSON object ({ … })")
    if kind is list:
        return QCoreApplication.translate("JsonEditor", "Must be a JSON list ([ … ])")
    return QCoreApplication.translate("JsonEditor", "Must be a JSON {type}").format(
        type=kind.__name__
    )


def _pretty(value: Any) -> str:
    if isinstance(value, dict | list) and value:
        return json.dumps(value, indent=2, ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False)


def _same_json(a: Any, b: Any) -> bool:
    if a is MISSING or b is MISSING:
        return a is b
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


class NodeRefEditor(FieldEditor):
    """The id of another step, chosen by its title."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self._targets: list[tuple[str, str]] = []
        self._current: Any = MISSING
        self.combo = QComboBox(self)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.setMinimumContentsLength(10)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.activated.connect(lambda _i: self.edited.emit())
        single_widget(QHBoxLayout(self), self.combo)
        self.setFocusProxy(self.combo)

    @staticmethod
    def accepts(value: Any) -> bool:
        return value is MISSING or isinstance(value, str)

    def set_targets(self, targets: Sequence[tuple[str, str]]) -> None:
        """The steps one can point at: (node id, title)."""
        if list(targets) != self._targets:
            self._targets = list(targets)
            self._fill()

    def set_value(self, value: Any) -> None:
        if not same_value(value, self._current) or self.combo.count() == 0:
            self._current = value
            self._fill()

    def _fill(self) -> None:
        with QSignalBlocker(self.combo):
            self.combo.clear()
            self.combo.addItem(self.tr("— choose a step —"), MISSING)
            ids = set()
            for node_id, title in self._targets:
                ids.add(node_id)
                text = title if title == node_id else f"{title}  ·  {node_id}"
                self.combo.addItem(text, node_id)
            if isinstance(self._current, str) and self._current and self._current not in ids:
                self.combo.addItem(
                    self.tr("{id} (no such step)").format(id=self._current), self._current
                )
            index = next(
                (
                    i
                    for i in range(self.combo.count())
                    if same_value(self.combo.itemData(i), self._current)
                ),
                0,
            )
            self.combo.setCurrentIndex(index)

    def value(self) -> Any:
        value = self.combo.currentData()
        self._current = value
        if value is MISSING:
            return empty_value(self.spec)
        return value

    def focus_widget(self) -> QWidget:
        return self.combo
