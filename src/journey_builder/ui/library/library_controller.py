"""The window's side of the local library: each tab bound to a library entry and autosaved,
files linked to entries, the library panel's actions, and the open tabs kept for a restart.

Every write goes through one queue (the "save runner", a single worker thread), so writes land
in the order they were asked for: an autosave, then the duplicate or export that needs it.
Reads that the panel needs at once (the list of entries) are quick SQLite queries and stay on
the GUI thread.

Files: opening a file links it to a library entry (settings key ``file_links``: path -> entry,
file hash, entry revision). Reopening an unchanged file shows the library's copy when it has
edits the file lacks; a file changed outside the app becomes the next version of its entry, or,
when the library also has edits the file never had, a journey of its own (both are kept).
Save and Save As still write the file.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from journey_builder.document import EditableJourney
from journey_builder.errors import JourneyBuilderError
from journey_builder.i18n import error_text
from journey_builder.model import JourneyDocument
from journey_builder.resources import TemplateInfo
from journey_builder.storage.files import load_journey, save_journey
from journey_builder.storage.library import Library, LibraryEntry, SortKey
from journey_builder.ui.common.snapshots import load_in_steps
from journey_builder.ui.common.workers import Task, TaskContext, TaskRunner
from journey_builder.ui.editor.editor_tab import EditorTab
from journey_builder.ui.library.autosave import AUTOSAVE_DELAY, DraftBinding

__all__ = ["FILE_LINKS_KEY", "LibraryController"]

log = logging.getLogger("journey_builder.ui")

#: Library setting holding the links from files to entries.
FILE_LINKS_KEY = "file_links"


def _file_hash(path: str) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


class LibraryController(QObject):
    """Binds tabs to library entries and runs the library's actions; see the module docstring."""

    #: The list of entries changed (a save, a rename, the trash...): panels re-read it.
    entriesChanged = Signal()
    #: A sentence for the status bar (saved, failed, imported...).
    message = Signal(str)
    #: A tab's binding saved (its entry now): the status bar's sync state follows.
    tabSaved = Signal(object, object)

    def __init__(
        self,
        window: Any,
        library: Library,
        *,
        autosave_delay: float = AUTOSAVE_DELAY,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.library = library
        self.autosave_delay = autosave_delay
        self.saver = TaskRunner(self, max_workers=1, name="library")
        self._bindings: dict[EditableJourney, DraftBinding] = {}
        self._opening: set[str] = set()
        self._closed = False

    # --- bindings --------------------------------------------------------------------------------

    def binding(self, tab: EditorTab | None) -> DraftBinding | None:
        return self._bindings.get(tab.doc) if tab is not None else None

    def tab_for(self, journey_id: str) -> EditorTab | None:
        """The open tab of a library journey, if any."""
        for index in range(self.window.tab_count()):
            tab: EditorTab = self.window.tab(index)
            binding = self._bindings.get(tab.doc)
            if binding is not None and binding.journey_id == journey_id:
                return tab
        return None

    def bind(self, doc: EditableJourney, journey_id: str | None) -> DraftBinding:
        """Autosave ``doc`` into the entry ``journey_id`` (None: a new entry on the first save).
        Bind before the tab is added, so the window shows the library state from the start."""
        binding = DraftBinding(
            doc, self.library, self.saver, journey_id, delay=self.autosave_delay, parent=self
        )
        binding.saved.connect(lambda entry, d=doc: self._on_saved(d, entry))
        binding.saveFailed.connect(self.message)
        self._bindings[doc] = binding
        return binding

    def _on_saved(self, doc: EditableJourney, entry: LibraryEntry) -> None:
        self.tabSaved.emit(doc, entry)
        self.entriesChanged.emit()

    def keeps(self, tab: EditorTab) -> bool:
        """Whether closing ``tab`` loses nothing without asking: its journey lives in the
        library and has no file of its own to save to."""
        binding = self._bindings.get(tab.doc)
        if binding is None or tab.doc.path is not None:
            return False
        return binding.journey_id is not None or binding.pending

    def is_bound(self, tab: EditorTab) -> bool:
        """Whether ``tab`` shows a library journey (so opening a file must not replace it)."""
        binding = self._bindings.get(tab.doc)
        return binding is not None and (binding.journey_id is not None or binding.pending)

    def tab_closing(self, tab: EditorTab) -> None:
        """Save what the tab has not saved yet, then forget it (the tab is going away)."""
        binding = self._bindings.pop(tab.doc, None)
        if binding is None:
            return
        if not binding.close():
            log.warning("The last edits of %s could not be saved: %s", tab.name, binding.last_error)
        binding.deleteLater()
        self.remember_tabs(closing=tab)

    # --- opening ---------------------------------------------------------------------------------

    def new_journey(self, template: TemplateInfo | None = None) -> EditorTab | None:
        """A new journey (blank, or a copy of a template) in a new tab, in the library at once."""
        if template is None:
            tab = self.window.new_journey()
        else:
            try:
                document = load_journey(template.path)
            except JourneyBuilderError as exc:
                self.message.emit(
                    self.tr("The template cannot be used: {error}").format(error=error_text(exc))
                )
                return None
            doc = EditableJourney(document)
            self.bind(doc, None)
            tab = self.window.add_tab(doc)
        binding = self.binding(tab)
        if binding is None:  # File › New binds only on the first edit; New here saves at once
            binding = self.bind(tab.doc, None)
        binding.save_now(force=True)
        return tab  # type: ignore[no-any-return]

    def open_entry(
        self, journey_id: str, document: JourneyDocument | None = None
    ) -> EditorTab | None:
        """Show the library journey in its tab (opening one if needed). ``document``: the
        journey as just read or pulled on a worker thread (else it is read here)."""
        existing = self.tab_for(journey_id)
        if existing is not None:
            self.window.tabs.setCurrentWidget(existing)
            self.window.show_journeys()  # the welcome page may be over the tabs
            return existing
        if document is None:
            try:
                document = self.library.load(journey_id)
            except JourneyBuilderError as exc:
                self.message.emit(error_text(exc))
                return None
        doc = EditableJourney(document)
        self.bind(doc, journey_id)
        tab: EditorTab = self.window.add_tab(doc)
        return tab

    def open_entry_later(self, journey_id: str) -> None:
        """Open the journey, reading it on the library's thread first (a large journey takes
        a moment to read; the window stays responsive meanwhile)."""
        if journey_id in self._opening:
            return
        existing = self.tab_for(journey_id)
        if existing is not None:
            self.window.tabs.setCurrentWidget(existing)
            return
        self._opening.add(journey_id)

        def done(document: JourneyDocument) -> None:
            self._opening.discard(journey_id)
            if not self._closed:
                self.open_entry(journey_id, document)

        def failed(exc: Exception) -> None:
            self._opening.discard(journey_id)
            self._report(exc)

        self.saver.run(
            self.tr("Reading the journey"),
            lambda _ctx: load_in_steps(self.library, journey_id),
            on_done=done,
            on_error=failed,
        )

    def restore_tabs(self) -> int:
        """Reopen the tabs open at the last quit, the active one in front; returns how many."""
        try:
            session = self.library.get_open_tabs()
        except JourneyBuilderError as exc:
            self.message.emit(error_text(exc))
            return 0
        active: EditorTab | None = None
        opened = 0
        for journey_id in session.journey_ids:
            tab = self.open_entry(journey_id)
            if tab is None:
                continue
            opened += 1
            if journey_id == session.active:
                active = tab
        if active is not None:
            self.window.tabs.setCurrentWidget(active)
        return opened

    def remember_tabs(self, *, closing: EditorTab | None = None) -> None:
        """Store the open library tabs, in order, and the active one (for the next start).
        The write goes through the library's queue; ``closing`` is a tab on its way out."""
        if self._closed:
            return
        ids: list[str] = []
        active: str | None = None
        current = self.window.current_tab()
        for index in range(self.window.tab_count()):
            tab = self.window.tab(index)
            binding = self._bindings.get(tab.doc)
            journey_id = binding.journey_id if binding is not None else None
            if journey_id is None or tab is closing or journey_id in ids:
                continue
            ids.append(journey_id)
            if tab is current:
                active = journey_id
        chosen = active if active in ids else None

        def work(_ctx: TaskContext) -> None:
            self.library.set_open_tabs(ids, chosen)

        self.saver.run(
            self.tr("Remembering the open tabs"),
            work,
            on_error=lambda exc: log.warning("Could not remember the open tabs: %s", exc),
        )

    # --- files -----------------------------------------------------------------------------------

    def file_opened(self, tab: EditorTab) -> None:
        """Link the file shown in ``tab`` to a library entry (importing it the first time)."""
        path = tab.doc.path
        if path is None:
            return
        digest = _file_hash(path)
        link = self._links().get(path)
        entry = self._linked_entry(link)
        library_is_newer = (
            entry is not None and link is not None and link.get("revision") != entry.revision
        )
        if (
            entry is not None
            and link is not None
            and link.get("sha") != digest
            and library_is_newer
        ):
            # Changed outside the app, and the library has edits the file never had: keep
            # both, the file as a journey of its own.
            self.message.emit(
                self.tr(
                    "{file} changed outside Journey Builder; your later edits stay in the "
                    "library as “{name}”"
                ).format(file=Path(path).name, name=entry.name)
            )
            entry = None
        if entry is None:
            binding = self.bind(tab.doc, None)
            binding.save_now(force=True)
            self._record_link(binding, path, digest)
            if link is None:
                self.message.emit(
                    self.tr("Imported {file} into the library").format(file=Path(path).name)
                )
            return
        binding = self.bind(tab.doc, entry.id)
        if link is not None and link.get("sha") != digest:
            # Changed outside the app; the library had nothing newer: the file's content is
            # the journey's next version.
            binding.save_now(force=True)
            self._record_link(binding, path, digest)
        elif library_is_newer:
            # The file is as we left it, but the library has later edits: show those, one undo
            # step away from the file's content.
            try:
                newer = self.library.load(entry.id)
            except JourneyBuilderError as exc:
                self.message.emit(error_text(exc))
                return
            tab.doc.replace_document(newer, self.tr("Show the library's later edits"))
            binding.save_now(force=True)
            self.message.emit(
                self.tr(
                    "Showing your later edits of “{name}” from the library (not saved to the "
                    "file yet; Undo shows the file)"
                ).format(name=entry.name)
            )

    def file_saved(self, tab: EditorTab) -> None:
        """The tab was written to its file: the file and the library agree again."""
        path = tab.doc.path
        binding = self._bindings.get(tab.doc)
        if path is None or binding is None:
            return
        binding.save_now()
        self._record_link(binding, path, _file_hash(path))

    def _links(self) -> dict[str, dict[str, Any]]:
        try:
            links = self.library.get_setting(FILE_LINKS_KEY, {})
        except JourneyBuilderError:
            return {}
        return links if isinstance(links, dict) else {}

    def _linked_entry(self, link: Any) -> LibraryEntry | None:
        if not isinstance(link, dict) or not isinstance(link.get("journey"), str):
            return None
        try:
            entry = self.library.get(link["journey"])
        except JourneyBuilderError:
            return None
        return None if entry.in_trash else entry

    def _record_link(self, binding: DraftBinding, path: str, digest: str | None) -> None:
        """After the binding's queued saves: remember path -> entry, hash, revision."""

        def work(_ctx: TaskContext) -> None:
            journey_id = binding.journey_id
            if journey_id is None:
                return
            entry = self.library.get(journey_id)
            links = self._links()
            links[path] = {"journey": journey_id, "sha": digest, "revision": entry.revision}
            self.library.set_setting(FILE_LINKS_KEY, links)

        self.saver.run(self.tr("Linking {file}").format(file=path), work, on_error=self._report)

    # --- the panel's actions ---------------------------------------------------------------------

    def entries(
        self, *, search: str = "", sort: SortKey = "modified", trash: bool = False
    ) -> list[LibraryEntry]:
        try:
            return self.library.list(search=search, sort=sort, only_trash=trash)
        except JourneyBuilderError as exc:
            self.message.emit(error_text(exc))
            return []

    def _flush(self, journey_id: str) -> None:
        """Queue the open tab's pending edits, so the next queued work sees them."""
        binding = self.binding(self.tab_for(journey_id))
        if binding is not None:
            binding.save_now()

    def _queue(
        self,
        label: str,
        work: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
    ) -> Task[Any]:
        def finished(result: Any) -> None:
            self.entriesChanged.emit()
            if done is not None:
                done(result)

        return self.saver.run(label, lambda _ctx: work(), on_done=finished, on_error=self._report)

    def _report(self, exc: Exception) -> None:
        self.message.emit(error_text(exc) if isinstance(exc, JourneyBuilderError) else repr(exc))
        self.entriesChanged.emit()

    def duplicate(
        self, journey_id: str, on_done: Callable[[LibraryEntry], None] | None = None
    ) -> None:
        self._flush(journey_id)
        self._queue(self.tr("Duplicating"), lambda: self.library.duplicate(journey_id), on_done)

    def rename(self, journey_id: str, name: str) -> None:
        """Rename; an open journey is renamed in its tab (one undo step), then autosaved."""
        new_name = name.strip()
        if not new_name:
            self.message.emit(self.tr("A journey needs a name; the name was not changed."))
            return
        tab = self.tab_for(journey_id)
        if tab is not None:
            tab.doc.set_journey_fields(name=new_name)
            binding = self.binding(tab)
            if binding is not None:
                binding.save_now()
            return
        self._queue(self.tr("Renaming"), lambda: self.library.rename(journey_id, new_name))

    def move_to_trash(self, journey_id: str) -> None:
        """Close its tab (saving it first), then put it in the trash."""
        tab = self.tab_for(journey_id)
        if tab is not None:
            self.window.close_tab(self.window.tabs.indexOf(tab))
            if self.tab_for(journey_id) is not None:
                return  # the user kept the tab open
        self._queue(
            self.tr("Moving to the trash"),
            lambda: self.library.move_to_trash(journey_id),
            lambda entry: self.message.emit(
                self.tr("Moved “{name}” to the trash").format(name=entry.name)
            ),
        )

    def restore(self, journey_id: str) -> None:
        self._queue(
            self.tr("Restoring"),
            lambda: self.library.restore(journey_id),
            lambda entry: self.message.emit(
                self.tr("Restored “{name}” from the trash").format(name=entry.name)
            ),
        )

    def purge(self, journey_id: str) -> None:
        self._queue(self.tr("Deleting for good"), lambda: self.library.purge(journey_id))

    def empty_trash(self) -> None:
        self._queue(
            self.tr("Emptying the trash"),
            self.library.empty_trash,
            lambda count: self.message.emit(self.tr("Deleted %n journey(s) for good", "", count)),
        )

    def import_files(
        self, paths: list[str], on_done: Callable[[list[LibraryEntry]], None] | None = None
    ) -> None:
        """Add journey files to the library (every import shape); a bad file is reported and
        the others are still imported."""

        def work() -> tuple[list[LibraryEntry], list[str]]:
            added: list[LibraryEntry] = []
            problems: list[str] = []
            for path in paths:
                try:
                    added.append(self.library.create(load_journey(path)))
                except JourneyBuilderError as exc:
                    problems.append(error_text(exc))
            return added, problems

        def done(result: tuple[list[LibraryEntry], list[str]]) -> None:
            added, problems = result
            if problems:
                self.message.emit("; ".join(problems))
            else:
                self.message.emit(self.tr("Imported %n journey(s)", "", len(added)))
            if on_done is not None:
                on_done(added)

        self._queue(self.tr("Importing"), work, done)

    def export(self, journey_id: str, path: str) -> None:
        """Write the journey (as the library has it, after pending edits) to a file, atomically."""
        self._flush(journey_id)

        def work() -> str:
            save_journey(load_in_steps(self.library, journey_id), path)
            return path

        self._queue(
            self.tr("Exporting"),
            work,
            lambda p: self.message.emit(self.tr("Exported to {file}").format(file=os.fspath(p))),
        )

    def store_from_server(self, document: JourneyDocument, journey_id: str | None) -> LibraryEntry:
        """Store a pulled journey (worker thread): into ``journey_id``, or as a new entry."""
        if journey_id is None:
            return self.library.create(document, from_server=True)
        return self.library.save_document(journey_id, document, from_server=True)

    def find_remote(self, remote_id: str) -> LibraryEntry | None:
        """The library entry (outside the trash) linked to a remote journey, if any."""
        for entry in self.entries(search=remote_id):
            if entry.remote_id == remote_id:
                return entry
        return None

    # --- shutdown --------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Save every open tab, remember the tabs, finish queued writes, close the library."""
        if self._closed:
            return
        self.remember_tabs()
        for doc, binding in list(self._bindings.items()):
            if not binding.close():
                log.warning("The last edits of %s could not be saved", doc.document.display_name)
        self._closed = True
        self.saver.shutdown(cancel=False)
        self._bindings.clear()
        self.library.close()
