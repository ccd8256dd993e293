"""Editors for list-like fields: condition rules, split branches, and name -> value mappings.

Rows keep the keys the app does not know (a rule's extra settings stay in the rule). Rows are
rebuilt only when their number changes, so the box the user types in keeps its cursor.
"""

from __future__ import annotations

import json
import string
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journey_builder.i18n import number_text
from journey_builder.model import RULE_OPERATORS, FieldSpec
from journey_builder.model.enums import UNARY_OPERATORS
from journey_builder.model.texts import QT_TRANSLATE_NOOP
from journey_builder.ui.common.theme import semantic_colour
from journey_builder.ui.common.widgets import PlainLabel, muted_label
from journey_builder.ui.inspector.field_editors import (
    MISSING,
    ChoiceCombo,
    FieldEditor,
    is_int_like,
)

__all__ = ["BranchesEditor", "MappingEditor", "RulesEditor", "value_from_text", "value_text"]

_MAX_BRANCHES = 5
_NUMERIC_OPERATORS = frozenset({"greater_than", "less_than"})


def value_text(value: Any) -> str:
    """How a rule value reads in its box: text as it is, anything else as JSON."""
    if value is MISSING or value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def value_from_text(text: str, previous: Any, operator: Any) -> Any:
    """The value typed in a rule's box: a number where one is meant, otherwise text."""
    numeric = operator in _NUMERIC_OPERATORS or (
        isinstance(previous, int | float) and not isinstance(previous, bool)
    )
    if numeric:
        try:
            number = json.loads(text)
        except json.JSONDecodeError:
            return text
        if isinstance(number, int | float) and not isinstance(number, bool):
            return number
        return text
    if isinstance(previous, bool) and text in ("true", "false"):
        return text == "true"
    if previous is not MISSING and not isinstance(previous, str) and previous is not None:
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            return text
    return text


def _remove_button(
    parent: QWidget, tip: str, name: str, on_click: Callable[[], None]
) -> QToolButton:
    button = QToolButton(parent)
    button.setText("×")
    button.setAutoRaise(True)
    button.setToolTip(tip)
    button.setAccessibleName(name)
    button.clicked.connect(on_click)
    return button


def _set_text(line: QLineEdit, text: str) -> None:
    if line.text() != text:
        cursor = line.cursorPosition()
        line.setText(text)
        line.setCursorPosition(min(cursor, len(text)))


class _RowListEditor(FieldEditor):
    """Shared frame: rows in a box, an "Add" button under them."""

    #: The add button's text, marked in this class's context (``self.tr`` finds it).
    add_text = QT_TRANSLATE_NOOP("_RowListEditor", "Add")

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self._items: list[Any] = []
        self._present = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self._rows_host = QWidget(self)
        self._rows = QVBoxLayout(self._rows_host)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(6)
        outer.addWidget(self._rows_host)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr(self.add_text), self)
        self.add_button.clicked.connect(self._add)
        buttons.addWidget(self.add_button)
        self._extra_buttons(buttons)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self._row_widgets: list[QWidget] = []

    def _extra_buttons(self, layout: QHBoxLayout) -> None:
        """Room for more buttons beside "Add"."""

    def set_value(self, value: Any) -> None:
        self._present = value is not MISSING
        items = list(value) if isinstance(value, list) else []
        if len(items) != len(self._row_widgets):
            self._items = items
            self._rebuild()
        else:
            self._items = items
            for i, row in enumerate(self._row_widgets):
                self._update_row(row, i)
        self._after_update()

    def value(self) -> Any:
        if not self._items and not self._present and not self.spec.required:
            return MISSING
        return [dict(i) if isinstance(i, dict) else i for i in self._items]

    def _rebuild(self) -> None:
        focused_row = (
            next(
                (i for i, w in enumerate(self._row_widgets) if w.isAncestorOf(self.focusWidget())),
                None,
            )
            if self.focusWidget() is not None
            else None
        )
        for widget in self._row_widgets:
            widget.hide()
            widget.deleteLater()
        self._row_widgets = []
        for i in range(len(self._items)):
            row = self._make_row(i)
            self._rows.addWidget(row)
            self._row_widgets.append(row)
            self._update_row(row, i)
        self._rows_host.setVisible(bool(self._row_widgets))
        if focused_row is not None and self._row_widgets:
            self._row_widgets[min(focused_row, len(self._row_widgets) - 1)].setFocus()

    def _commit(self) -> None:
        self._present = True
        self._after_update()
        self.edited.emit()

    def _remove_row(self, index: int) -> None:
        if 0 <= index < len(self._items):
            del self._items[index]
            self._rebuild()
            if self._row_widgets:
                self._row_widgets[min(index, len(self._row_widgets) - 1)].setFocus()
            else:
                self.add_button.setFocus()
            self._commit()

    def _add(self) -> None:
        self._items.append(self._new_item())
        self._rebuild()
        self._row_widgets[-1].setFocus()
        self._commit()

    def _set_item_key(self, index: int, key: str, value: Any) -> None:
        item = dict(self._items[index]) if isinstance(self._items[index], dict) else {}
        if value is MISSING:
            item.pop(key, None)
        else:
            item[key] = value
        self._items[index] = item
        self._commit()

    # subclass hooks
    def _make_row(self, index: int) -> QWidget:
        raise TypeError("row editors define _make_row()")

    def _update_row(self, row: QWidget, index: int) -> None:
        raise TypeError("row editors define _update_row()")

    def _new_item(self) -> Any:
        raise TypeError("row editors define _new_item()")

    def _after_update(self) -> None:
        """Refresh summary widgets after the items changed."""

    def focus_widget(self) -> QWidget:
        return self._row_widgets[0] if self._row_widgets else self.add_button


class _Card(QFrame):
    """The frame around one row (a rule, a branch)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)


class _RuleRow(_Card):
    def __init__(self, parent: QWidget, number: int):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 4, 8)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        self.title = muted_label(self.tr("Rule {number}").format(number=number), self)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Contact field, e.g. plan"))
        self.operator = ChoiceCombo(RULE_OPERATORS, self)
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(self.tr("Value"))
        self.remove: QToolButton | None = None
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.field, 1, 0, 1, 2)
        grid.addWidget(self.operator, 2, 0)
        grid.addWidget(self.value, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.setFocusProxy(self.field)


class RulesEditor(_RowListEditor):
    """Rules ``{field, operator, value}``: a card per rule, add and remove."""

    add_text = QT_TRANSLATE_NOOP("_RowListEditor", "Add rule")

    def _make_row(self, index: int) -> QWidget:
        row = _RuleRow(self._rows_host, index + 1)
        row.remove = _remove_button(
            row,
            self.tr("Remove this rule"),
            self.tr("Remove rule"),
            lambda: self._remove_row(index),
        )
        grid = row.layout()
        assert isinstance(grid, QGridLayout)
        grid.addWidget(row.remove, 0, 1, Qt.AlignmentFlag.AlignRight)
        row.field.textEdited.connect(lambda t: self._set_item_key(index, "field", t))
        row.operator.picked.connect(lambda op: self._set_operator(index, op))
        row.value.textEdited.connect(lambda t: self._set_value_text(index, t))
        row.field.setAccessibleName(self.tr("Rule {number} field").format(number=index + 1))
        row.operator.setAccessibleName(self.tr("Rule {number} operator").format(number=index + 1))
        row.value.setAccessibleName(self.tr("Rule {number} value").format(number=index + 1))
        return row

    def _rule(self, index: int) -> dict[str, Any]:
        item = self._items[index]
        return item if isinstance(item, dict) else {}

    def _update_row(self, row: QWidget, index: int) -> None:
        assert isinstance(row, _RuleRow)
        rule = self._rule(index)
        field = rule.get("field")
        _set_text(row.field, field if isinstance(field, str) else value_text(field))
        row.operator.set_current(rule.get("operator", MISSING))
        _set_text(row.value, value_text(rule.get("value", MISSING)))
        unary = rule.get("operator") in UNARY_OPERATORS
        row.value.setEnabled(not unary)
        row.value.setPlaceholderText(self.tr("No value needed") if unary else self.tr("Value"))

    def _set_operator(self, index: int, operator: Any) -> None:
        self._set_item_key(index, "operator", operator)
        self._update_row(self._row_widgets[index], index)

    def _set_value_text(self, index: int, text: str) -> None:
        rule = self._rule(index)
        previous = rule.get("value", MISSING)
        self._set_item_key(index, "value", value_from_text(text, previous, rule.get("operator")))

    def _new_item(self) -> Any:
        return {"field": "", "operator": "equals", "value": ""}

    @staticmethod
    def accepts(value: Any) -> bool:
        return value is MISSING or (
            isinstance(value, list) and all(isinstance(r, dict) for r in value)
        )


class _BranchRow(_Card):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 2, 4)
        layout.setSpacing(6)
        self.id = QLineEdit(self)
        self.id.setPlaceholderText(self.tr("id"))
        self.id.setMaximumWidth(88)
        self.id.setToolTip(
            self.tr("The output's id (its sourceHandle); edges from this branch use it.")
        )
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("Label"))
        self.percent = QSpinBox(self)
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.percent.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.id)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.percent)
        self.setFocusProxy(self.label)


class BranchesEditor(_RowListEditor):
    """Split branches ``{id, label, percent}`` with a live total that must reach 100 %."""

    add_text = QT_TRANSLATE_NOOP("_RowListEditor", "Add branch")

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None):
        self.total = PlainLabel("")
        self.even_button: QPushButton | None = None
        super().__init__(spec, parent)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.total)

    def _extra_buttons(self, layout: QHBoxLayout) -> None:
        self.even_button = QPushButton(self.tr("Split evenly"), self)
        self.even_button.setToolTip(self.tr("Give every branch the same share"))
        self.even_button.clicked.connect(self._split_evenly)
        layout.addWidget(self.even_button)

    @staticmethod
    def accepts(value: Any) -> bool:
        if value is MISSING:
            return True
        if not isinstance(value, list) or not all(isinstance(b, dict) for b in value):
            return False
        return all(
            isinstance(b.get("id", ""), str)
            and isinstance(b.get("label", ""), str)
            and ("percent" not in b or (is_int_like(b["percent"]) and 0 <= b["percent"] <= 100))
            for b in value
        )

    def _branch(self, index: int) -> dict[str, Any]:
        item = self._items[index]
        return item if isinstance(item, dict) else {}

    def _make_row(self, index: int) -> QWidget:
        row = _BranchRow(self._rows_host)
        layout = row.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.addWidget(
            _remove_button(
                row,
                self.tr("Remove this branch"),
                self.tr("Remove branch"),
                lambda: self._remove_row(index),
            )
        )
        row.id.textEdited.connect(lambda t: self._set_item_key(index, "id", t))
        row.label.textEdited.connect(lambda t: self._set_item_key(index, "label", t))
        row.percent.valueChanged.connect(lambda v: self._set_item_key(index, "percent", v))
        row.id.setAccessibleName(self.tr("Branch {number} id").format(number=index + 1))
        row.label.setAccessibleName(self.tr("Branch {number} label").format(number=index + 1))
        row.percent.setAccessibleName(self.tr("Branch {number} percent").format(number=index + 1))
        return row

    def _update_row(self, row: QWidget, index: int) -> None:
        assert isinstance(row, _BranchRow)
        branch = self._branch(index)
        _set_text(row.id, str(branch.get("id", "")))
        _set_text(row.label, str(branch.get("label", "")))
        percent = int(branch.get("percent", 0)) if is_int_like(branch.get("percent", 0)) else 0
        if row.percent.value() != percent:
            with QSignalBlocker(row.percent):
                row.percent.setValue(percent)

    def _new_item(self) -> Any:
        used = {str(self._branch(i).get("id", "")) for i in range(len(self._items))}
        new_id = next(
            (c for c in string.ascii_lowercase if c not in used),
            f"branch_{len(self._items) + 1}",
        )
        total = self._sum()
        return {"id": new_id, "label": new_id.upper(), "percent": max(0, 100 - total)}

    def _sum(self) -> float:
        total = 0.0
        for i in range(len(self._items)):
            p = self._branch(i).get("percent", 0)
            if isinstance(p, int | float) and not isinstance(p, bool):
                total += p
        return total

    def _split_evenly(self) -> None:
        n = len(self._items)
        if not n:
            return
        share, rest = divmod(100, n)
        for i in range(n):
            item = dict(self._branch(i))
            item["percent"] = share + (1 if i < rest else 0)
            self._items[i] = item
        for i, row in enumerate(self._row_widgets):
            self._update_row(row, i)
        self._commit()

    def _after_update(self) -> None:
        total = self._sum()
        n = len(self._items)
        shown = int(total) if float(total).is_integer() else total
        if n and total == 100:
            text, kind = self.tr("Total {percent} %").format(percent=number_text(shown)), "ok"
        else:
            text = self.tr("Total {percent} % — the shares must add up to 100 %").format(
                percent=number_text(shown)
            )
            kind = "error"
        self.total.setText(text)
        pal = self.total.palette()
        pal.setColor(QPalette.ColorRole.WindowText, semantic_colour(kind))
        self.total.setPalette(pal)
        self.add_button.setEnabled(n < _MAX_BRANCHES)
        self.add_button.setToolTip(
            "" if n < _MAX_BRANCHES else self.tr("A split has at most 5 branches")
        )
        if self.even_button is not None:
            self.even_button.setEnabled(n > 0)


class _PairRow(QWidget):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.key = QLineEdit(self)
        self.key.setPlaceholderText(self.tr("Name"))
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(self.tr("Value"))
        layout.addWidget(self.key, 2)
        layout.addWidget(self.value, 3)
        self.setFocusProxy(self.key)


class MappingEditor(_RowListEditor):
    """Name -> text pairs (HTTP headers). Rows with an empty name are kept while you type."""

    add_text = QT_TRANSLATE_NOOP("_RowListEditor", "Add")

    @staticmethod
    def accepts(value: Any) -> bool:
        return value is MISSING or (
            isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
        )

    def set_value(self, value: Any) -> None:
        pairs = list(value.items()) if isinstance(value, dict) else []
        current = [tuple(p) for p in self._items]
        if [p for p in current if p[0]] == pairs:
            self._present = value is not MISSING
            return
        super().set_value([list(p) for p in pairs] if value is not MISSING else MISSING)

    def value(self) -> Any:
        if not self._items and not self._present and not self.spec.required:
            return MISSING
        return {str(k): str(v) for k, v in self._items if k}

    def _make_row(self, index: int) -> QWidget:
        row = _PairRow(self._rows_host)
        layout = row.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.addWidget(
            _remove_button(
                row,
                self.tr("Remove this entry"),
                self.tr("Remove entry"),
                lambda: self._remove_row(index),
            )
        )
        row.key.textEdited.connect(lambda t: self._set_pair(index, 0, t))
        row.value.textEdited.connect(lambda t: self._set_pair(index, 1, t))
        return row

    def _set_pair(self, index: int, part: int, text: str) -> None:
        pair = list(self._items[index])
        pair[part] = text
        self._items[index] = pair
        self._commit()

    def _update_row(self, row: QWidget, index: int) -> None:
        assert isinstance(row, _PairRow)
        key, value = self._items[index]
        _set_text(row.key, str(key))
        _set_text(row.value, str(value))

    def _new_item(self) -> Any:
        return ["", ""]
