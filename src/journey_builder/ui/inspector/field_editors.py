"""Editors for one field of a node's data, one class per :data:`FieldKind`.

Every editor shows a value with :meth:`FieldEditor.set_value` (silently: no ``edited``) and
reports the user's change with ``edited``; :meth:`FieldEditor.value` is then the new value, or
:data:`MISSING` when the field should be left out of the data. :meth:`FieldEditor.accepts` says
whether an editor can show a value faithfully; when it cannot (a file holds a list where a number
belongs), the inspector shows that field as JSON instead, so nothing is lost or bent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journey_builder.i18n import catalogue_text
from journey_builder.model import FieldSpec
from journey_builder.model.catalogue import TIME_UNITS

__all__ = [
    "MISSING",
    "ChoiceEditor",
    "FieldEditor",
    "IntegerEditor",
    "MultilineEditor",
    "TextEditor",
    "TimeoutEditor",
    "is_int_like",
]


class _Missing:
    """The field is absent from the data (distinct from None, which is JSON null)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()

_INT_LIMIT = 2_000_000_000


def is_int_like(value: Any) -> bool:
    """An int, or a float holding a whole number (not a bool)."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


class FieldEditor(QWidget):
    """Base of the field editors."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec

    @staticmethod
    def accepts(value: Any) -> bool:
        """Whether this editor can show ``value`` (MISSING included) without bending it."""
        raise TypeError("FieldEditor subclasses define accepts()")

    def set_value(self, value: Any) -> None:
        """Show ``value`` without emitting ``edited``."""
        raise TypeError("FieldEditor subclasses define set_value()")

    def value(self) -> Any:
        """The value now shown, or MISSING to leave the field out."""
        raise TypeError("FieldEditor subclasses define value()")

    def focus_widget(self) -> QWidget:
        """The widget that takes keyboard focus for this field."""
        return self

    def setAccessibleName(self, name: str) -> None:
        """Name the field for screen readers: this editor and the box that takes the focus."""
        super().setAccessibleName(name)
        inner = self.focus_widget()
        if (
            inner is not self
            and not inner.accessibleName()
            and not isinstance(inner, QAbstractButton)
        ):
            inner.setAccessibleName(name)  # (a button says what it does: "Add rule")


def single_widget(layout: QHBoxLayout | QVBoxLayout, widget: QWidget) -> None:
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)


def empty_value(spec: FieldSpec) -> Any:
    """What an emptied text field becomes: an absent optional field, an empty required one."""
    return "" if spec.required else MISSING


def _url_hint(spec: FieldSpec) -> str:
    return "https://" if spec.kind == "url" else ""


class TextEditor(FieldEditor):
    """One line of text (``text`` and ``url``)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(
            catalogue_text(spec.placeholder) if spec.placeholder else _url_hint(spec)
        )
        self.line.setClearButtonEnabled(False)
        self.line.textEdited.connect(lambda _t: self.edited.emit())
        single_widget(QHBoxLayout(self), self.line)
        self.setFocusProxy(self.line)

    @staticmethod
    def accepts(value: Any) -> bool:
        return value is MISSING or isinstance(value, str)

    def set_value(self, value: Any) -> None:
        text = "" if value is MISSING else str(value)
        if self.line.text() != text:
            self.line.setText(text)

    def value(self) -> Any:
        text = self.line.text()
        return text if text else empty_value(self.spec)

    def focus_widget(self) -> QWidget:
        return self.line


class PlainTextBox(QPlainTextEdit):
    """A plain-text box where Tab moves focus (keyboard users must be able to leave it)."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = 4):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        metrics = self.fontMetrics()
        self.setFixedHeight(metrics.lineSpacing() * lines + 14)


class MultilineEditor(FieldEditor):
    """Several lines of text."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self.box = PlainTextBox(self)
        self.box.setPlaceholderText(catalogue_text(spec.placeholder))
        self.box.textChanged.connect(self.edited.emit)
        single_widget(QVBoxLayout(self), self.box)
        self.setFocusProxy(self.box)

    @staticmethod
    def accepts(value: Any) -> bool:
        return value is MISSING or isinstance(value, str)

    def set_value(self, value: Any) -> None:
        text = "" if value is MISSING else str(value)
        if self.box.toPlainText() != text:
            with QSignalBlocker(self.box):
                self.box.setPlainText(text)

    def value(self) -> Any:
        text = self.box.toPlainText()
        return text if text else empty_value(self.spec)

    def focus_widget(self) -> QWidget:
        return self.box


class ChoiceCombo(QComboBox):
    """A combo of (value, label) pairs that keeps a value it does not know as an extra item."""

    #: The value the user picked (emitted only on a user's choice).
    picked = Signal(object)

    def __init__(
        self,
        choices: Mapping[str, str],
        parent: QWidget | None = None,
        *,
        none_label: str | None = None,
    ):
        super().__init__(parent)
        self._choices = dict(choices)
        self._none_label = none_label
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fill(MISSING)
        self.activated.connect(lambda i: self.picked.emit(self.itemData(i)))

    def _fill(self, current: Any) -> None:
        with QSignalBlocker(self):
            self.clear()
            if self._none_label is not None:
                self.addItem(self._none_label, MISSING)
            for value, label in self._choices.items():
                self.addItem(catalogue_text(label), value)
            if current is not MISSING and current not in self._choices:
                self.addItem(self.tr("{value} (not a known value)").format(value=current), current)

    def set_current(self, value: Any) -> None:
        """Select ``value``; an unknown value is kept and shown as such."""
        index = next(
            (i for i in range(self.count()) if same_value(self.itemData(i), value)),
            -1,
        )
        if index < 0:
            self._fill(value)
            index = next(i for i in range(self.count()) if same_value(self.itemData(i), value))
        else:
            known = len(self._choices) + (self._none_label is not None)
            if self.count() > known and index < known:
                # an unknown value shown before is gone: drop its item
                self._fill(value)
        with QSignalBlocker(self):
            self.setCurrentIndex(index)

    def current(self) -> Any:
        return self.currentData()


def same_value(a: Any, b: Any) -> bool:
    if a is MISSING or b is MISSING:
        return a is b
    return type(a) is type(b) and a == b


class ChoiceEditor(FieldEditor):
    """One of a fixed set of values, shown by their labels."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self.combo = ChoiceCombo(
            spec.choices, self, none_label=None if spec.required else self.tr("— not set —")
        )
        self.combo.picked.connect(lambda _v: self.edited.emit())
        single_widget(QHBoxLayout(self), self.combo)
        self.setFocusProxy(self.combo)

    @staticmethod
    def accepts(value: Any) -> bool:
        return value is MISSING or isinstance(value, str)

    def set_value(self, value: Any) -> None:
        if value is MISSING and self.spec.required:
            # show that nothing is chosen yet without inventing a value
            self._show_unset()
            return
        self.combo.set_current(value)

    def _show_unset(self) -> None:
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(-1)
        self.combo.setPlaceholderText(self.tr("Choose…"))

    def value(self) -> Any:
        if self.combo.currentIndex() < 0:
            return MISSING
        return self.combo.current()

    def focus_widget(self) -> QWidget:
        return self.combo


class _SpinBox(QSpinBox):
    """A spin box that ignores the mouse wheel unless focused (scrolling the form is safer)."""

    def wheelEvent(self, event: Any) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class IntegerEditor(FieldEditor):
    """A whole number within the spec's range.

    Below the range sits a "Not set" step: always for an optional field, and for a required
    one while it is missing (showing the minimum instead would invent a value).
    """

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self.spin = _SpinBox(self)
        self._low = int(spec.minimum) if spec.minimum is not None else -_INT_LIMIT
        self._high = int(spec.maximum) if spec.maximum is not None else _INT_LIMIT
        self._unset: int | None = None
        self.spin.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.spin.valueChanged.connect(self._on_change)
        single_widget(QHBoxLayout(self), self.spin)
        self.setFocusProxy(self.spin)
        self.set_value(MISSING)

    @staticmethod
    def accepts(value: Any) -> bool:
        return value is MISSING or (is_int_like(value) and abs(value) < _INT_LIMIT)

    def set_value(self, value: Any) -> None:
        # a value outside the range is shown as it is (the check under the field says why)
        low, high = self._low, self._high
        if value is not MISSING:
            low, high = min(low, int(value)), max(high, int(value))
        with_unset = not self.spec.required or value is MISSING
        self._unset = low - 1 if with_unset else None
        target = int(value) if value is not MISSING else low - 1
        with QSignalBlocker(self.spin):
            # Qt shows the special text at the minimum, so it exists only with the "Not set" step
            self.spin.setSpecialValueText(self.tr("Not set") if with_unset else "")
            self.spin.setRange(low - 1 if with_unset else low, high)
            self.spin.setValue(target)

    def _on_change(self, _value: int) -> None:
        self.edited.emit()

    def value(self) -> Any:
        if self._unset is not None and self.spin.value() == self._unset:
            return MISSING
        return self.spin.value()

    def focus_widget(self) -> QWidget:
        return self.spin


class TimeoutEditor(FieldEditor):
    """``{"amount", "unit"}``: a number and a unit side by side; other keys are kept."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self._base: dict[str, Any] = {}
        self.amount = _SpinBox(self)
        self.amount.setRange(0, 100_000)
        self.amount.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.unit = ChoiceCombo(TIME_UNITS, self)
        self.unit.setAccessibleName(
            self.tr("{field} unit").format(field=catalogue_text(spec.label))
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount, 1)
        layout.addWidget(self.unit, 1)
        self.amount.valueChanged.connect(lambda _v: self.edited.emit())
        self.unit.picked.connect(lambda _v: self.edited.emit())
        self.setFocusProxy(self.amount)

    @staticmethod
    def accepts(value: Any) -> bool:
        if value is MISSING:
            return True
        if not isinstance(value, dict):
            return False
        amount = value.get("amount", 0)
        unit = value.get("unit", "days")
        return is_int_like(amount) and 0 <= amount <= 100_000 and isinstance(unit, str)

    def set_value(self, value: Any) -> None:
        self._base = dict(value) if isinstance(value, dict) else {}
        amount = int(self._base.get("amount", 0))
        if self.amount.value() != amount:
            with QSignalBlocker(self.amount):
                self.amount.setValue(amount)
        self.unit.set_current(self._base.get("unit", "days"))

    def value(self) -> Any:
        out = dict(self._base)
        out["amount"] = self.amount.value()
        out["unit"] = self.unit.current()
        return out

    def focus_widget(self) -> QWidget:
        return self.amount
