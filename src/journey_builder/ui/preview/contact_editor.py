"""The sample contact as a form (fields in a table, tags on a line) or as raw JSON.

Values are typed as text; a value that reads as a JSON number, true, false or null is that
value (``3`` is the number 3, ``"3"`` in quotes the text), anything else is text. Mistakes are
shown under the editor, never in a dialog, and switching between form and JSON loses nothing:
JSON that does not parse keeps the JSON page open with the reason.
"""

from __future__ import annotations

import json
import math
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_builder.errors import SimulationInputError
from journey_builder.simulation import parse_contact
from journey_builder.ui.common.widgets import IssueLabel, PlainLabel, mono_font

__all__ = ["ContactEditor", "fit_rows", "parse_value", "show_value", "size_to_current"]


def parse_value(text: str) -> Any:
    """A typed value: JSON numbers, booleans, null and quoted text; else the text as typed."""
    stripped = text.strip()
    if not stripped:
        return ""
    try:
        value = json.loads(stripped)
    except (ValueError, RecursionError):
        return text
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int | float) and math.isfinite(value):
        return value
    return text  # objects and lists stay text in a form cell


def show_value(value: Any) -> str:
    """The text that :func:`parse_value` reads back as ``value``."""
    if isinstance(value, str):
        return value if parse_value(value) == value else json.dumps(value, ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False)


def fit_rows(table: QTableWidget, row_height: int, *, least: int = 2, most: int = 6) -> None:
    """Keep ``table`` as tall as its rows, between ``least`` and ``most`` of them (it scrolls
    past that): a short list does not take the panel's height from the results."""
    table.verticalHeader().setDefaultSectionSize(row_height)

    def fit() -> None:
        rows = min(max(table.rowCount(), least), most)
        header = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(header + rows * row_height + 2 * table.frameWidth() + 2)

    model = table.model()
    model.rowsInserted.connect(fit)
    model.rowsRemoved.connect(fit)
    fit()


def size_to_current(stack: QStackedWidget) -> None:
    """Make ``stack`` as tall as the page it shows, not as its tallest page."""

    def follow(index: int) -> None:
        for i in range(stack.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page = stack.widget(i)
            if page is not None:
                page.setSizePolicy(policy, policy)
        stack.updateGeometry()

    stack.currentChanged.connect(follow)
    follow(stack.currentIndex())


class ContactEditor(QWidget):
    """Fields, tags, or the raw contact as JSON."""

    #: The contact was changed by the user.
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self._json_mode = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.title = PlainLabel(self.tr("Contact"), self, wrap=False)
        layout.addWidget(self.title)

        self.pages = QStackedWidget(self)
        form = QWidget(self.pages)
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.setSpacing(4)
        self.fields = QTableWidget(0, 2, form)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.fields.setAccessibleName(self.tr("Contact fields"))
        self.fields.setAccessibleDescription(
            self.tr("One row per field: its name and its value (3, true and null are typed)")
        )
        self.fields.verticalHeader().hide()
        self.fields.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.fields.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields.setTabKeyNavigation(False)
        fit_rows(self.fields, self.fontMetrics().height() + 10)
        self.fields.itemChanged.connect(self._changed)
        form_layout.addWidget(self.fields)
        self.tags = QLineEdit(form)
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Contact tags"))
        self.tags.setAccessibleDescription(self.tr("The contact's tags, separated by commas"))
        self.tags.textEdited.connect(self._changed)
        tags_row = QHBoxLayout()
        tags_label = QLabel(self.tr("&Tags"), form)
        tags_label.setBuddy(self.tags)
        tags_row.addWidget(tags_label)
        tags_row.addWidget(self.tags, 1)
        form_layout.addLayout(tags_row)
        self.pages.addWidget(form)

        self.json = QPlainTextEdit(self.pages)
        self.json.setFont(mono_font())
        self.json.setAccessibleName(self.tr("Contact as JSON"))
        self.json.setPlaceholderText('{"fields": {"plan": "pro"}, "tags": ["vip"]}')
        self.json.setTabChangesFocus(True)
        self.json.setMinimumHeight(120)
        self.json.textChanged.connect(self._changed)
        self.pages.addWidget(self.json)
        size_to_current(self.pages)  # the JSON page would make the form taller than it needs
        layout.addWidget(self.pages)
        buttons = QHBoxLayout()
        self.add_field = QPushButton(self.tr("Add field"), self)
        self.add_field.setAccessibleName(self.tr("Add a field"))
        self.add_field.clicked.connect(self._add_row)
        self.remove_field = QPushButton(self.tr("Remove"), self)
        self.remove_field.setAccessibleName(self.tr("Remove the selected fields"))
        self.remove_field.clicked.connect(self._remove_rows)
        self.json_toggle = QPushButton(self.tr("JSON"), self)
        self.json_toggle.setCheckable(True)
        self.json_toggle.setAccessibleName(self.tr("Edit the contact as JSON"))
        self.json_toggle.setToolTip(self.tr("Edit or paste the contact as JSON"))
        self.json_toggle.toggled.connect(self._on_toggle)
        buttons.addWidget(self.add_field)
        buttons.addWidget(self.remove_field)
        buttons.addStretch(1)
        buttons.addWidget(self.json_toggle)
        layout.addLayout(buttons)
        self.issue = IssueLabel(self)
        layout.addWidget(self.issue)
        layout.addStretch(1)
        self.set_contact({"fields": {}, "tags": []})

    # --- the contact -----------------------------------------------------------------------------

    def set_contact(self, contact: dict[str, Any]) -> None:
        """Show a contact (``{"fields", "tags"}``) in the page that is open."""
        self._filling = True
        try:
            fields = contact.get("fields") or {}
            self.fields.setRowCount(0)
            for name, value in fields.items():
                self._append(str(name), show_value(value))
            self.tags.setText(", ".join(str(t) for t in contact.get("tags") or []))
            self.json.setPlainText(json.dumps(contact, indent=2, ensure_ascii=False))
        finally:
            self._filling = False
        self.issue.set_issues([])

    def contact(self) -> dict[str, Any]:
        """The contact as edited; raises :class:`SimulationInputError` saying what is wrong."""
        return self._read(self._json_mode)

    def _read(self, json_mode: bool) -> dict[str, Any]:
        if json_mode:
            source = self.tr("contact JSON")
            try:
                data = json.loads(self.json.toPlainText() or "{}")
            except json.JSONDecodeError as exc:
                where = self.tr("line %1, column %2").replace("%1", str(exc.lineno))
                raise SimulationInputError(
                    f"{where.replace('%2', str(exc.colno))}: {exc.msg}", source=source
                ) from None
            except RecursionError:
                raise SimulationInputError(
                    self.tr("the JSON is nested too deeply"), source=source
                ) from None
            return parse_contact(data, source=source)
        fields: dict[str, Any] = {}
        source = self.tr("contact")
        for row in range(self.fields.rowCount()):
            name = self._cell(row, 0).strip()
            value = self._cell(row, 1)
            if not name:
                if value.strip():
                    raise SimulationInputError(
                        self.tr("row %1 has a value but no field name").replace("%1", str(row + 1)),
                        source=source,
                    )
                continue
            if name in fields:
                raise SimulationInputError(
                    self.tr("the field '%1' is there twice").replace("%1", name), source=source
                )
            fields[name] = parse_value(value)
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        return parse_contact({"fields": fields, "tags": tags}, source=source)

    def show_issue(self, message: str | None) -> None:
        self.issue.set_issues([message] if message else [])

    # --- editing ---------------------------------------------------------------------------------

    def _cell(self, row: int, column: int) -> str:
        item = self.fields.item(row, column)
        return item.text() if item is not None else ""

    def _append(self, name: str, value: str) -> int:
        row = self.fields.rowCount()
        self.fields.insertRow(row)
        self.fields.setItem(row, 0, QTableWidgetItem(name))
        self.fields.setItem(row, 1, QTableWidgetItem(value))
        return row

    def _add_row(self) -> None:
        self._filling = True
        try:
            row = self._append("", "")
        finally:
            self._filling = False
        self.fields.setCurrentCell(row, 0)
        self.fields.setFocus()
        item = self.fields.item(row, 0)
        if item is not None:
            self.fields.editItem(item)

    def _remove_rows(self) -> None:
        rows = sorted({i.row() for i in self.fields.selectedIndexes()}, reverse=True)
        if not rows and self.fields.currentRow() >= 0:
            rows = [self.fields.currentRow()]
        for row in rows:
            self.fields.removeRow(row)
        if rows:
            self._changed()

    def _changed(self, *_args: Any) -> None:
        if not self._filling:
            self.edited.emit()

    def _on_toggle(self, to_json: bool) -> None:
        try:
            contact = self._read(self._json_mode)  # the page shown until now
        except SimulationInputError as exc:
            self.json_toggle.blockSignals(True)
            self.json_toggle.setChecked(self._json_mode)  # it stays open, with the reason
            self.json_toggle.blockSignals(False)
            self.show_issue(str(exc))
            return
        self._json_mode = to_json
        self.set_contact(contact)
        self.pages.setCurrentIndex(1 if to_json else 0)
        self.add_field.setEnabled(not to_json)
        self.remove_field.setEnabled(not to_json)

    def focus_first(self) -> None:
        (self.json if self._json_mode else self.fields).setFocus(Qt.FocusReason.TabFocusReason)
