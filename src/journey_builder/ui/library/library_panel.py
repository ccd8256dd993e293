"""The library panel (left dock): the journeys on this computer, and those on Flownally.

Local journeys show their name, sync state badge (local only, synced, modified, changed
remotely, conflict), when they were last edited and their status on Flownally. A search box and
a sort order filter them; New (blank or from a template), Import, Duplicate, Rename, Export and
Move to Trash act on them; the Trash view restores or deletes for good. Double-click (or Enter)
opens a journey in a tab. The remote section below lists the journeys on Flownally when signed in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journey_builder.errors import JourneyFileError
from journey_builder.i18n import label_text, template_text
from journey_builder.model import JOURNEY_STATUSES
from journey_builder.model.texts import QT_TRANSLATE_NOOP
from journey_builder.resources import TemplateInfo, templates
from journey_builder.storage.library import LibraryEntry, SortKey
from journey_builder.ui.common.journey_list import (
    BADGE_ROLE,
    DETAIL_ROLE,
    JourneyRowDelegate,
    relative_time,
    sync_badge,
)
from journey_builder.ui.common.widgets import muted_label, plain_tooltip
from journey_builder.ui.library.library_controller import LibraryController

__all__ = ["ENTRY_ROLE", "LibraryPanel"]

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
_JOURNEY_FILTER = QT_TRANSLATE_NOOP(
    "LibraryPanel", "Journey files (*.journey.json *.json);;All files (*)"
)
_SORTS: tuple[tuple[str, SortKey], ...] = (
    (QT_TRANSLATE_NOOP("LibraryPanel", "Last edited"), "modified"),
    (QT_TRANSLATE_NOOP("LibraryPanel", "Name"), "name"),
    (QT_TRANSLATE_NOOP("LibraryPanel", "Newest"), "created"),
)


class _EntryList(QListView):
    """The list; Enter opens, Delete moves to the trash, F2 renames."""

    openRequested = Signal(str)
    deleteRequested = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        entry = index.data(ENTRY_ROLE) if index.isValid() else None
        if isinstance(entry, LibraryEntry):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != (
                QAbstractItemView.State.EditingState
            ):
                self.openRequested.emit(entry.id)
                event.accept()
                return
            if event.matches(QKeySequence.StandardKey.Delete):
                self.deleteRequested.emit(entry.id)
                event.accept()
                return
        super().keyPressEvent(event)


def entry_detail(entry: LibraryEntry) -> str:
    """The second line: last edit, and the status on Flownally when it is there."""
    edited = QCoreApplication.translate("LibraryPanel", "Edited {when}")
    parts = [edited.format(when=relative_time(entry.modified_at))]
    if entry.in_trash and entry.deleted_at is not None:
        trashed = QCoreApplication.translate("LibraryPanel", "Trashed {when}")
        parts = [trashed.format(when=relative_time(entry.deleted_at))]
    if entry.remote_id is not None and entry.status:
        parts.append(label_text(JOURNEY_STATUSES, entry.status))
    return " · ".join(parts)


class LibraryPanel(QWidget):
    """See the module docstring. ``remote`` is the remote section (shown below the list)."""

    #: Export the entry (library id) to a file the user picks.
    exportRequested = Signal(str)

    def __init__(
        self,
        controller: LibraryController,
        remote: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("library_panel")
        self.setMinimumWidth(250)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(6)

        top = QHBoxLayout()
        top.setSpacing(4)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search journeys"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the library"))
        top.addWidget(self.search, 1)
        self.sort = QComboBox(self)
        self.sort.setAccessibleName(self.tr("Sort by"))
        self.sort.setToolTip(self.tr("Sort by"))
        for text, key in _SORTS:
            self.sort.addItem(self.tr(text), key)
        top.addWidget(self.sort)
        layout.addLayout(top)

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.new_button = QToolButton(self)
        self.new_button.setText(self.tr("New"))
        self.new_button.setToolTip(self.tr("New journey (blank, or from a template)"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.new_button.clicked.connect(lambda: self.controller.new_journey())
        self.new_menu = QMenu(self.new_button)
        self.new_menu.aboutToShow.connect(self._fill_new_menu)
        self.new_button.setMenu(self.new_menu)
        self.import_button = QToolButton(self)
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Add journey files to the library"))
        self.import_button.clicked.connect(self.import_dialog)
        self.trash_button = QToolButton(self)
        self.trash_button.setObjectName("trash_view")
        self.trash_button.setText(self.tr("Trash"))
        self.trash_button.setCheckable(True)
        self.trash_button.setAutoRaise(True)
        self.trash_button.setToolTip(
            self.tr("Show the journeys in the trash (restore them from there)")
        )
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.trash_button)
        layout.addLayout(buttons)

        self.model = QStandardItemModel(self)
        self.list = _EntryList(self)
        self.list.setObjectName("library_list")
        self.list.setAccessibleName(self.tr("Journeys in the library"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(JourneyRowDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.doubleClicked.connect(self._open_index)
        self.list.openRequested.connect(self._open_id)
        self.list.deleteRequested.connect(self._delete_key)
        self.empty = muted_label("", self, small=False)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setContentsMargins(12, 24, 12, 24)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.stack)
        if remote is not None:
            self.splitter.addWidget(remote)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(120)
        self._refresh_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._refresh_timer.start())
        self.sort.currentIndexChanged.connect(lambda _i: self.refresh())
        self.trash_button.toggled.connect(lambda _on: self.refresh())
        self.model.itemChanged.connect(self._renamed)
        controller.entriesChanged.connect(self._refresh_timer.start)
        # "Edited 5 min ago" ages: redraw now and then
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(60_000)
        self._age_timer.timeout.connect(self.refresh)
        self._age_timer.start()
        self._filling = False
        self.refresh()

    # --- the list --------------------------------------------------------------------------------

    @property
    def showing_trash(self) -> bool:
        return self.trash_button.isChecked()

    def show_trash(self, on: bool) -> None:
        """Show the trash (True) or the library's journeys (False)."""
        self.trash_button.setChecked(on)

    def refresh(self) -> None:
        """Read the library again (a quick query), keeping the selection."""
        if self.list.state() == QAbstractItemView.State.EditingState:
            self._refresh_timer.start()  # not while a name is being typed
            return
        selected = self.selected_id()
        sort_key = self.sort.currentData()
        entries = self.controller.entries(
            search=self.search.text(),
            sort=sort_key if sort_key in ("modified", "name", "created") else "modified",
            trash=self.showing_trash,
        )
        self._filling = True
        try:
            self.model.clear()
            for entry in entries:
                self.model.appendRow(self._item(entry))
        finally:
            self._filling = False
        trash_count = (
            len(self.controller.entries(trash=True)) if not self.showing_trash else len(entries)
        )
        if self.showing_trash:
            trash_text = self.tr("Back to Journeys")
        elif trash_count:
            trash_text = self.tr("Trash ({count})").format(count=QLocale().toString(trash_count))
        else:
            trash_text = self.tr("Trash")
        self.trash_button.setText(trash_text)
        if entries:
            self.stack.setCurrentWidget(self.list)
        else:
            self.empty.setText(self._empty_text())
            self.stack.setCurrentWidget(self.empty)
        if selected is not None:
            self.select(selected)

    def _empty_text(self) -> str:
        if self.showing_trash:
            return self.tr("The trash is empty.")
        if self.search.text().strip():
            return self.tr("No journey matches “{text}”.").format(text=self.search.text().strip())
        return self.tr("No journeys yet.\nCreate one with New, or import a file.")

    def _item(self, entry: LibraryEntry) -> QStandardItem:
        item = QStandardItem(entry.name)
        item.setData(entry, ENTRY_ROLE)
        badge = sync_badge(entry.sync_state)
        item.setData(badge, BADGE_ROLE)
        item.setData(entry_detail(entry), DETAIL_ROLE)
        tip = f"{entry.name}\n{badge.tip}"
        if entry.remote_id:
            tip += "\n" + self.tr("On Flownally: {id}").format(id=entry.remote_id)
        item.setToolTip(plain_tooltip(tip))
        item.setEditable(not entry.in_trash)
        item.setAccessibleText(f"{entry.name}, {badge.text}, {entry_detail(entry)}")
        return item

    def entries_shown(self) -> list[LibraryEntry]:
        return [self.model.item(r).data(ENTRY_ROLE) for r in range(self.model.rowCount())]

    def row_texts(self) -> list[tuple[str, str, str]]:
        """(name, badge, second line) of each row, as a user reads them."""
        rows = []
        for r in range(self.model.rowCount()):
            item = self.model.item(r)
            badge = item.data(BADGE_ROLE)
            rows.append((item.text(), badge.text if badge else "", item.data(DETAIL_ROLE)))
        return rows

    def selected_id(self) -> str | None:
        index = self.list.currentIndex()
        entry = index.data(ENTRY_ROLE) if index.isValid() else None
        return entry.id if isinstance(entry, LibraryEntry) else None

    def select(self, journey_id: str) -> bool:
        for r in range(self.model.rowCount()):
            entry = self.model.item(r).data(ENTRY_ROLE)
            if isinstance(entry, LibraryEntry) and entry.id == journey_id:
                self.list.setCurrentIndex(self.model.index(r, 0))
                return True
        return False

    # --- actions ---------------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if isinstance(entry, LibraryEntry):
            self._open_id(entry.id)

    def _open_id(self, journey_id: str) -> None:
        if self.showing_trash:
            return
        self.controller.open_entry_later(journey_id)

    def _delete_key(self, journey_id: str) -> None:
        if self.showing_trash:
            self.controller.purge(journey_id)
        else:
            self.controller.move_to_trash(journey_id)

    def _renamed(self, item: QStandardItem) -> None:
        if self._filling:
            return
        entry = item.data(ENTRY_ROLE)
        if isinstance(entry, LibraryEntry) and item.text().strip() != entry.name:
            self.controller.rename(entry.id, item.text())
        self._refresh_timer.start()

    def rename_selected(self) -> None:
        """Edit the selected journey's name in place."""
        index = self.list.currentIndex()
        if index.isValid():
            self.list.edit(index)

    def import_dialog(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import journeys into the library"), "", self.tr(_JOURNEY_FILTER)
        )
        if paths:
            self.controller.import_files(paths)

    def _fill_new_menu(self) -> None:
        self.new_menu.clear()
        blank = self.new_menu.addAction(self.tr("Blank Journey"))
        blank.triggered.connect(lambda: self.controller.new_journey())
        self.new_menu.addSeparator()
        try:
            found = templates()
        except JourneyFileError:
            found = []
        header = self.new_menu.addAction(
            self.tr("From a template") if found else self.tr("No templates installed")
        )
        header.setEnabled(False)
        for info in found:
            action = self.new_menu.addAction(template_text(info.title or info.name))
            description = template_text(info.description)
            action.setToolTip(plain_tooltip(description))
            action.setStatusTip(description)
            action.triggered.connect(lambda _c=False, t=info: self.new_from_template(t))

    def new_from_template(self, template: TemplateInfo) -> None:
        self.controller.new_journey(template)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        entry = index.data(ENTRY_ROLE) if index.isValid() else None
        if not isinstance(entry, LibraryEntry):
            return
        self.list.setCurrentIndex(index)
        menu = self.actions_menu(entry)
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def actions_menu(self, entry: LibraryEntry) -> QMenu:
        """The menu of what can be done to ``entry`` (also used by tests)."""
        menu = QMenu(self)
        c = self.controller

        def add(
            text: str, slot: Callable[[], object], key: QKeySequence.StandardKey | None = None
        ) -> QAction:
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False: slot())
            if key is not None:
                action.setShortcut(QKeySequence(key))
            return action

        if entry.in_trash:
            add(self.tr("Restore"), lambda: c.restore(entry.id))
            add(self.tr("Delete for Good"), lambda: c.purge(entry.id))
            menu.addSeparator()
            add(self.tr("Empty Trash"), c.empty_trash)
            return menu
        add(self.tr("Open"), lambda: c.open_entry_later(entry.id))
        add(self.tr("Duplicate"), lambda: c.duplicate(entry.id))
        add(self.tr("Rename"), self.rename_selected)
        add(self.tr("Export…"), lambda: self.exportRequested.emit(entry.id))
        menu.addSeparator()
        add(
            self.tr("Move to Trash"),
            lambda: c.move_to_trash(entry.id),
            QKeySequence.StandardKey.Delete,
        )
        return menu
