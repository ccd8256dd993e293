"""The versions panel (dock): the published versions of the journey in the current tab.

The list streams in on a worker thread. A version can be opened read-only on the canvas,
compared with the draft (steps added since the version are marked "New" on the draft's canvas,
changed ones "Changed"; steps the draft no longer has are listed, and marked "Removed" on the
version's own canvas), or restored as the draft in one step that Edit › Undo takes back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_builder.document import EditableJourney
from journey_builder.errors import JourneyBuilderError, RequestCancelledError, TransportError
from journey_builder.model import JourneyDocument, JourneyVersion
from journey_builder.model.diff import NodeRef
from journey_builder.sync import JourneysClient
from journey_builder.ui.account.accounts import AccountManager
from journey_builder.ui.common.journey_list import (
    parse_server_time,
    relative_time,
    server_time_text,
)
from journey_builder.ui.common.snapshots import DocumentSnapshotter
from journey_builder.ui.common.theme import is_dark
from journey_builder.ui.common.widgets import PlainLabel, muted_label, plain_tooltip
from journey_builder.ui.common.workers import Task, TaskContext
from journey_builder.ui.editor.editor_tab import EditorTab
from journey_builder.ui.editor.read_only import (
    ReadOnlyBanner,
    ReadOnlyUndoStack,
    attach_banner,
    make_read_only,
)
from journey_builder.ui.library.library_controller import LibraryController
from journey_builder.ui.sync.sync_controller import SyncController
from journey_builder.ui.versions.compare import (
    ADDED,
    CHANGED,
    REMOVED,
    CompareResult,
    DiffHighlighter,
    compare_documents,
    highlight_colour,
    keys_for,
    setting_text,
    step_title,
    summary_text,
    tag_text,
    top_fields,
    version_document,
)

__all__ = ["VersionsPanel"]

_VERSION_ROLE = Qt.ItemDataRole.UserRole
_REF_ROLE = Qt.ItemDataRole.UserRole + 1
_KIND_ROLE = Qt.ItemDataRole.UserRole + 2


class VersionsPanel(QWidget):
    """See the module docstring."""

    def __init__(
        self,
        window: Any,
        library: LibraryController,
        sync: SyncController,
        accounts: AccountManager,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("versions_panel")
        self.main_window = window
        self.library = library
        self.sync = sync
        self.accounts = accounts
        self._journey_id: str | None = None
        self._remote_id: str | None = None
        self._task: Task[int] | None = None
        self._generation = 0
        self._versions: list[JourneyVersion] = []
        self._full: dict[str, JourneyVersion] = {}
        self._numbers: dict[str, int] = {}
        self._version_tabs: dict[str, EditorTab] = {}
        self._highlighters: dict[EditorTab, DiffHighlighter] = {}
        #: The last comparison (version id, result), for the list and tests.
        self.comparison: tuple[str, CompareResult] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        header = QHBoxLayout()
        self.title = PlainLabel(self.tr("Versions"), self, wrap=False)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        header.addWidget(self.title, 1)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumSize(90, 12)
        self.progress.setTextVisible(False)
        header.addWidget(self.progress)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        header.addWidget(self.cancel_button)
        self.refresh_button = QToolButton(self)
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        header.addWidget(self.refresh_button)
        layout.addLayout(header)
        self.note = muted_label("", self)
        layout.addWidget(self.note)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget(left)
        self.tree.setObjectName("versions_list")
        self.tree.setAccessibleName(self.tr("Published versions"))
        self.tree.setHeaderLabels([self.tr("Version"), self.tr("Published")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda _i, _c: self.open_selected())
        left_layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"), left)
        self.open_button.setToolTip(self.tr("Show this version on the canvas, read-only"))
        self.open_button.clicked.connect(self.open_selected)
        self.compare_button = QPushButton(self.tr("Compare with Draft"), left)
        self.compare_button.setToolTip(self.tr("Mark what the draft changed since this version"))
        self.compare_button.clicked.connect(self.compare_selected)
        self.restore_button = QPushButton(self.tr("Restore as Draft"), left)
        self.restore_button.setToolTip(
            self.tr("Make this version the draft (Edit › Undo takes it back)")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        for button in (self.open_button, self.compare_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.compare_title = PlainLabel("", right)
        right_layout.addWidget(self.compare_title)
        self.differences = QListWidget(right)
        self.differences.setObjectName("version_differences")
        self.differences.setAccessibleName(self.tr("Differences from the version"))
        self.differences.itemActivated.connect(self._show_difference)
        self.differences.itemClicked.connect(self._show_difference)
        right_layout.addWidget(self.differences, 1)
        self.clear_button = QPushButton(self.tr("Clear Marks"), right)
        self.clear_button.clicked.connect(self.clear_marks)
        right_layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout.addWidget(splitter, 1)
        self._show_compare(False)
        self._busy(False)
        accounts.changed.connect(lambda: self.set_journey(self._journey_id, force=True))
        sync.published.connect(self._on_published)
        # a new journey gets its library id on its first save, and a remote id on its first
        # push: follow the current tab's entry as it changes
        library.entriesChanged.connect(lambda: self.set_tab(self.main_window.current_tab()))

    # --- which journey ---------------------------------------------------------------------------

    def set_tab(self, tab: EditorTab | None) -> None:
        """Follow the current tab (a version tab keeps its journey's list)."""
        if tab is not None and isinstance(tab.doc.undo_stack, ReadOnlyUndoStack):
            return
        binding = self.library.binding(tab)
        self.set_journey(binding.journey_id if binding is not None else None)

    def set_journey(self, journey_id: str | None, *, force: bool = False) -> None:
        remote_id = None
        name = ""
        if journey_id is not None:
            try:
                entry = self.library.library.get(journey_id)
            except JourneyBuilderError:
                entry = None
            if entry is not None:
                remote_id, name = entry.remote_id, entry.name
        if not force and journey_id == self._journey_id and remote_id == self._remote_id:
            return
        self.cancel()
        self._generation += 1  # what the old listing still sends is dropped
        self._task = None
        self._busy(False)
        self._journey_id, self._remote_id = journey_id, remote_id
        self._versions = []
        self._full.clear()
        self.tree.clear()
        self._show_compare(False)
        self.comparison = None
        self.title.setText(
            self.tr("Versions of “{name}”").format(name=name) if name else self.tr("Versions")
        )
        if journey_id is None:
            self._say(self.tr("Open a journey from the library to see its versions."))
        elif remote_id is None:
            self._say(self.tr("Not on Flownally yet: publish it to make a first version."))
        elif not self.accounts.signed_in:
            self._say(self.tr("Sign in to see the published versions."))
        else:
            self.refresh()
        self._update_buttons()

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _on_published(self, journey_id: str) -> None:
        if journey_id == self._journey_id:
            self.set_journey(journey_id, force=True)

    # --- listing ---------------------------------------------------------------------------------

    def _busy(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        self.refresh_button.setEnabled(not on and self._remote_id is not None)

    def refresh(self) -> None:
        remote_id = self._remote_id
        if remote_id is None or self._task is not None or not self.accounts.signed_in:
            return
        self._versions = []
        self.tree.clear()
        self._say(self.tr("Loading…"))
        self._busy(True)
        generation = self._generation

        def work(client: JourneysClient, ctx: TaskContext) -> int:
            count = 0
            for page in client.iter_version_pages(remote_id, 50, cancel=ctx.cancel):
                count += len(page.journeyVersions)
                ctx.progress(list(page.journeyVersions))
            return count

        def page(versions: list[JourneyVersion]) -> None:
            if generation == self._generation:
                self._versions.extend(versions)
                self._fill()

        def done(count: int) -> None:
            if generation != self._generation:
                return
            self._task = None
            self._busy(False)
            self._say(
                "" if count else self.tr("No published versions yet: Journey › Publish makes one.")
            )

        def failed(exc: Exception) -> bool:
            if generation != self._generation:
                return True
            self._task = None
            self._busy(False)
            if isinstance(exc, RequestCancelledError):
                self._say(self.tr("Stopped: %n version(s) listed.", "", len(self._versions)))
            elif isinstance(exc, TransportError):
                self._say(self.tr("Offline: the versions cannot be listed now."))
            else:
                self._say(self.tr("The versions could not be listed."))
            return isinstance(exc, RequestCancelledError | TransportError)

        self._task = self.sync.run_remote(
            self.tr("Listing versions"),
            work,
            on_done=done,
            on_error=failed,
            on_progress=page,
            action=self.tr("list the versions"),
            announce=False,
        )
        if self._task is None:
            self._busy(False)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _fill(self) -> None:
        ordered = sorted(enumerate(self._versions), key=lambda iv: (iv[1].createdAt or "", iv[0]))
        self._numbers = {v.id: n for n, (_i, v) in enumerate(ordered, start=1)}
        selected = self.selected_version()
        self.tree.clear()
        for _i, version in reversed(ordered):
            number = self._numbers[version.id]
            when = parse_server_time(version.createdAt)
            item = QTreeWidgetItem([self._version_label(number), relative_time(when) or "—"])
            item.setData(0, _VERSION_ROLE, version)
            item.setToolTip(0, plain_tooltip(f"{version.id}\n{version.createdAt or ''}"))
            self.tree.addTopLevelItem(item)
            if selected is not None and version.id == selected.id:
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.tree.resizeColumnToContents(0)
        self._update_buttons()

    def version_labels(self) -> list[str]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    def selected_version(self) -> JourneyVersion | None:
        item = self.tree.currentItem()
        version = item.data(0, _VERSION_ROLE) if item is not None else None
        return version if isinstance(version, JourneyVersion) else None

    def select_version(self, number: int) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.text(0) == self._version_label(number):
                self.tree.setCurrentItem(item)
                return True
        return False

    def _version_label(self, number: int) -> str:
        return self.tr("Version {number}").format(number=number)

    def _update_buttons(self) -> None:
        has = self.selected_version() is not None
        for button in (self.open_button, self.compare_button, self.restore_button):
            button.setEnabled(has)

    # --- one version -----------------------------------------------------------------------------

    def _with_full(self, version: JourneyVersion, then: Callable[[JourneyVersion], None]) -> None:
        """Call ``then`` with the version's definition (list items may be summaries)."""
        full = self._full.get(version.id) or (version if version.definition is not None else None)
        if full is not None:
            then(full)
            return

        def work(client: JourneysClient, _ctx: TaskContext) -> JourneyVersion:
            return client.get_version(version.id)

        def done(got: JourneyVersion) -> None:
            self._full[got.id] = got
            then(got)

        self.sync.run_remote(
            self.tr("Fetching the version"),
            work,
            on_done=done,
            action=self.tr("fetch the version"),
        )

    def _draft_tab(self) -> EditorTab | None:
        if self._journey_id is None:
            return None
        return self.library.tab_for(self._journey_id) or self.library.open_entry(self._journey_id)

    def open_selected(self) -> None:
        version = self.selected_version()
        if version is not None:
            self._with_full(version, self._open_version)

    def _open_version(self, version: JourneyVersion) -> None:
        tab = self._version_tabs.get(version.id)
        if tab is not None and shiboken6.isValid(tab):
            self.main_window.tabs.setCurrentWidget(tab)
            return
        draft = self._draft_tab()
        top = top_fields(draft.doc.document) if draft is not None else {}
        number = self._numbers.get(version.id, 0)
        name = str(top.get("name") or self.tr("Journey"))
        top = {**top, "name": self.tr("{name} · version {number}").format(name=name, number=number)}

        def build(_ctx: TaskContext) -> JourneyDocument:
            return version_document(top, version)

        def show(document: JourneyDocument) -> None:
            doc = EditableJourney(document)
            stack = make_read_only(doc)
            tab = self.main_window.add_tab(doc)
            banner = ReadOnlyBanner(
                self.tr("Version {number} of “{name}”, published {when} · read-only").format(
                    number=number, name=name, when=server_time_text(version.createdAt)
                ),
                tab,
            )
            banner.restoreRequested.connect(lambda v=version: self._restore(v))
            attach_banner(tab, banner)
            stack.refused.connect(
                lambda _text: self.main_window.statusBar().showMessage(
                    self.tr("This version is read-only: Restore as Draft to edit it"), 6000
                )
            )
            self._version_tabs[version.id] = tab

        self.sync.runner.run(self.tr("Opening the version"), build, on_done=show)

    def version_tab(self, version_id: str) -> EditorTab | None:
        tab = self._version_tabs.get(version_id)
        return tab if tab is not None and shiboken6.isValid(tab) else None

    # --- compare ---------------------------------------------------------------------------------

    def compare_selected(self) -> None:
        version = self.selected_version()
        if version is not None:
            self._with_full(version, self._compare)

    def _compare(self, version: JourneyVersion) -> None:
        draft = self._draft_tab()
        if draft is None:
            return
        binding = self.library.binding(draft)
        snapshot = (
            binding.snapshot() if binding is not None else DocumentSnapshotter(draft.doc).snapshot()
        )

        def work(_ctx: TaskContext) -> CompareResult:
            after = snapshot.to_document()
            before = version_document(top_fields(after), version)
            return compare_documents(before, after)

        self.sync.runner.run(
            self.tr("Comparing"),
            work,
            on_done=lambda result: self._show_result(version, draft, result),
        )

    def _highlighter(self, tab: EditorTab) -> DiffHighlighter:
        found = self._highlighters.get(tab)
        if found is None:
            found = self._highlighters[tab] = DiffHighlighter(tab.view, tab)
        return found

    def _show_result(
        self, version: JourneyVersion, draft: EditorTab, result: CompareResult
    ) -> None:
        if not shiboken6.isValid(draft):
            return
        self.comparison = (version.id, result)
        number = self._numbers.get(version.id, 0)
        marks = {k: ADDED for k in keys_for(draft.doc, result.added)}
        marks.update({k: CHANGED for k in keys_for(draft.doc, result.changed)})
        self._highlighter(draft).show(marks)
        version_tab = self.version_tab(version.id)
        if version_tab is not None:
            removed = {k: REMOVED for k in keys_for(version_tab.doc, result.removed)}
            self._highlighter(version_tab).show(removed)
        self.compare_title.setText(
            self.tr("Draft compared with version {number}: {summary}").format(
                number=number, summary=summary_text(result)
            )
            if not result.is_empty
            else self.tr("The draft is the same as version {number}").format(number=number)
        )
        self.differences.clear()
        for kind, refs in (
            (ADDED, result.added),
            (CHANGED, result.changed),
            (REMOVED, result.removed),
        ):
            word = tag_text(kind)
            for ref in refs:
                title = step_title(draft.doc, ref, kind, version)
                item = QListWidgetItem(self._dot(kind), f"{word}: {title}")
                item.setData(_REF_ROLE, ref)
                item.setData(_KIND_ROLE, kind)
                item.setData(_VERSION_ROLE, version.id)
                self.differences.addItem(item)
        for setting in result.settings:
            self.differences.addItem(QListWidgetItem(setting_text(setting)))
        self._show_compare(True)
        self.main_window.tabs.setCurrentWidget(draft)

    def _dot(self, kind: str) -> QIcon:
        """A dot in the colour the canvas marks this kind of difference with."""
        size = 12
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(highlight_colour(kind, is_dark(self.palette())))
        painter.drawEllipse(2, 2, size - 4, size - 4)
        painter.end()
        return QIcon(pixmap)

    def difference_texts(self) -> list[str]:
        return [self.differences.item(i).text() for i in range(self.differences.count())]

    def _show_difference(self, item: QListWidgetItem) -> None:
        ref = item.data(_REF_ROLE)
        kind = item.data(_KIND_ROLE)
        if not isinstance(ref, NodeRef):
            return
        if kind == REMOVED:
            version_id = item.data(_VERSION_ROLE)
            version = self._full.get(version_id)
            tab = self.version_tab(version_id)
            if tab is None and version is not None:
                self._open_version(version)
                return
            if tab is not None:
                self.main_window.tabs.setCurrentWidget(tab)
                keys = keys_for(tab.doc, (ref,))
                if keys:
                    tab.view.center_on_key(keys[0])
            return
        draft = self._draft_tab()
        if draft is not None:
            keys = keys_for(draft.doc, (ref,))
            if keys:
                self.main_window.tabs.setCurrentWidget(draft)
                draft.view.select_keys(keys)
                draft.view.center_on_key(keys[0])

    def clear_marks(self) -> None:
        for tab, highlighter in list(self._highlighters.items()):
            if shiboken6.isValid(tab):
                highlighter.clear()
            else:
                self._highlighters.pop(tab, None)
        self._show_compare(False)
        self.comparison = None

    def _show_compare(self, on: bool) -> None:
        was = self.differences.isVisibleTo(self)
        self.compare_title.setVisible(on)
        self.differences.setVisible(on)
        self.clear_button.setVisible(on)
        if on and not was:  # the list of versions needs little room; the differences more
            total = max(1, sum(self.splitter.sizes()))
            self.splitter.setSizes([round(total * 0.4), round(total * 0.6)])

    # --- restore ---------------------------------------------------------------------------------

    def restore_selected(self) -> None:
        version = self.selected_version()
        if version is not None:
            self._with_full(version, self._restore)

    def _restore(self, version: JourneyVersion) -> None:
        draft = self._draft_tab()
        if draft is None:
            return
        top = top_fields(draft.doc.document)
        number = self._numbers.get(version.id, 0)

        def work(_ctx: TaskContext) -> JourneyDocument:
            return version_document(top, version)

        def done(document: JourneyDocument) -> None:
            if not shiboken6.isValid(draft):
                return
            draft.doc.replace_document(
                document, self.tr("Restore version {number}").format(number=number)
            )
            self.main_window.tabs.setCurrentWidget(draft)
            self.main_window.statusBar().showMessage(
                self.tr(
                    "Restored version {number} as the draft (Edit › Undo takes it back)"
                ).format(number=number),
                6000,
            )

        self.sync.runner.run(self.tr("Restoring the version"), work, on_done=done)
