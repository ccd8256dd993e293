"""Conflicts and newer server copies, shown and resolved (DESIGN §8, issue 10).

:class:`ConflictResolver` listens to the sync controller: a conflict opens the (non-modal)
:class:`.conflict_dialog.ConflictDialog`; "only the server changed" puts a
:class:`.notice_bar.RemoteNewerBar` on the journey's tab. The ways out:

- **keep mine**: push with ``force``;
- **take theirs**: the server's copy replaces the tab's journey as one undo step, saved as
  synced (the library's base copy becomes that copy);
- **keep both**: mine is renamed "NAME (my copy)" (numbered if taken; an undoable edit in the
  tab), then created anew on the server; theirs comes into the library as a journey of its own;
- **merge both** (the three-way view found no overlaps): the merge replaces the tab's journey
  as one undo step, then is pushed (``merge=True``: if the server moved again meanwhile, the
  push merges again or reports the new conflict).
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout

from journey_builder.errors import JourneyBuilderError, MergeConflictError
from journey_builder.i18n import error_text, phrase_text
from journey_builder.model import JourneyDocument
from journey_builder.storage.library import LibraryEntry
from journey_builder.sync import JourneysClient
from journey_builder.ui.common.workers import Task, TaskContext
from journey_builder.ui.sync import sync_work
from journey_builder.ui.sync.conflict_dialog import (
    KEEP_BOTH,
    KEEP_MINE,
    MERGE,
    TAKE_THEIRS,
    ConflictDialog,
)
from journey_builder.ui.sync.notice_bar import RemoteNewerBar
from journey_builder.ui.sync.sync_controller import SyncController

__all__ = ["ConflictResolver"]


class ConflictResolver(QObject):
    """See the module docstring."""

    def __init__(self, sync: SyncController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.library = sync.library
        #: The "newer on the server" bar of each journey with one showing.
        self.bars: dict[str, RemoteNewerBar] = {}
        sync.conflictFound.connect(self.show_conflict)
        sync.remoteNewer.connect(self.offer_theirs)

    # --- the dialog ------------------------------------------------------------------------------

    def show_conflict(self, conflict: sync_work.Conflict) -> ConflictDialog:
        """Ask how to resolve (non-modal); the choice starts the matching task."""
        dialogs = self.sync.conflict_dialogs
        old = dialogs.pop(conflict.journey_id, None)
        if old is not None:
            old.close()
        self.close_bar(conflict.journey_id)  # the conflict supersedes a "take theirs" offer
        dialog = ConflictDialog(
            conflict.mine,
            conflict.theirs,
            server_time=conflict.theirs.updatedAt,
            view=conflict.view,
            copy_as=self._copy_name(conflict.journey_id),
            parent=self.sync.window,
        )
        dialog.resolved.connect(lambda choice, c=conflict: self.resolve(c, choice))
        dialog.finished.connect(lambda _r, j=conflict.journey_id: dialogs.pop(j, None))
        dialogs[conflict.journey_id] = dialog
        dialog.open()
        return dialog

    def _copy_name(self, journey_id: str) -> str | None:
        try:
            return sync_work.keep_both_name(self.library.library, journey_id)
        except JourneyBuilderError:  # only a hint in the dialog; the worker decides
            return None

    def resolve(self, conflict: sync_work.Conflict, choice: str) -> Task[Any] | None:
        journey_id = conflict.journey_id
        if choice == KEEP_MINE:
            return self.sync.push(journey_id, force=True)
        if choice == TAKE_THEIRS:
            return self.take_theirs(journey_id, conflict.theirs)
        if choice == KEEP_BOTH:
            return self.keep_both(journey_id)
        if choice == MERGE:
            return self.merge(conflict)
        raise ValueError(f"unknown choice {choice!r}")

    # --- the ways out ----------------------------------------------------------------------------

    def take_theirs(self, journey_id: str, theirs: JourneyDocument) -> Task[Any] | None:
        """The server's copy replaces mine: one undo step in the open tab, else a pull."""
        self.close_bar(journey_id)
        if self.sync.show_server_copy(journey_id, theirs, self.tr("Take the server's copy")):
            self.sync.message.emit(
                self.tr("Took the server's copy (Edit › Undo brings yours back)")
            )
            return None
        lib = self.library.library
        took = self.tr("Took the server's copy of “{name}”")

        def work(client: JourneysClient, _ctx: TaskContext) -> sync_work.SyncOutcome:
            return sync_work.pull_entry(client, lib, journey_id, replace=True)

        def done(outcome: sync_work.SyncOutcome) -> None:
            self.library.entriesChanged.emit()
            self.sync.message.emit(took.format(name=outcome.entry.name))

        return self.sync.run_remote(
            self.tr("Taking the server's copy"), work, on_done=done, action=self.tr("pull")
        )

    def keep_both(self, journey_id: str) -> Task[Any] | None:
        """Mine as "NAME (my copy)", a new journey on the server; theirs into the library."""
        name = self._copy_name(journey_id)
        tab = self.library.tab_for(journey_id)
        if tab is not None and name is not None:
            tab.doc.set_journey_fields(name=name)  # an edit: Undo gives the old name back
        wait = self.sync.flushed(journey_id)
        lib = self.library.library
        rename = tab is None and name is not None
        kept = self.tr(
            "Kept both: yours is “{mine}”, a new journey on the server; theirs is in your "
            "library as “{theirs}”"
        )

        def work(
            client: JourneysClient, _ctx: TaskContext
        ) -> tuple[sync_work.SyncOutcome, LibraryEntry]:
            wait()
            if rename and name is not None:
                lib.rename(journey_id, name)
            return sync_work.keep_both(client, lib, journey_id)

        def done(result: tuple[sync_work.SyncOutcome, LibraryEntry]) -> None:
            mine, theirs = result
            self.sync.after_sync(mine.entry)
            self.library.entriesChanged.emit()
            self.sync.remoteChanged.emit()
            self.sync.message.emit(kept.format(mine=mine.entry.name, theirs=theirs.name))

        return self.sync.run_remote(
            self.tr("Keeping both copies"), work, on_done=done, action=self.tr("keep both")
        )

    def merge(self, conflict: sync_work.Conflict) -> Task[Any] | None:
        """Both sides' changes: one undo step in the open tab, then pushed."""
        journey_id = conflict.journey_id
        if conflict.view is None:
            return None
        try:
            merged = conflict.view.merge()
        except MergeConflictError:
            overlaps = conflict.view.overlaps
            listed = "; ".join(phrase_text(o.phrase, o.message) for o in overlaps[:5])
            self.sync.message.emit(
                self.tr(
                    "Both copies changed the same parts of “{name}”, so they cannot be merged "
                    "automatically: {overlaps}"
                ).format(
                    name=conflict.mine.display_name,
                    overlaps=listed + ("; …" if len(overlaps) > 5 else ""),
                )
            )
            return None
        tab = self.library.tab_for(journey_id)
        binding = self.library.binding(tab)
        if tab is not None and binding is not None:
            tab.doc.replace_document(merged, self.tr("Merge the server's changes"))
            binding.save_now()
            return self.sync.push(journey_id, merge=True)
        lib = self.library.library

        def saved(_entry: LibraryEntry) -> None:
            self.sync.push(journey_id, merge=True)

        self.library.saver.run(
            self.tr("Saving the merge"),
            lambda _ctx: lib.save_document(journey_id, merged),
            on_done=saved,
            on_error=lambda exc: self.sync.message.emit(error_text(exc)),
        )
        return None

    # --- "the server has a newer version" --------------------------------------------------------

    def offer_theirs(self, journey_id: str, theirs: JourneyDocument) -> RemoteNewerBar | None:
        """A bar on the journey's tab offering the server's copy (nothing modal). Without an
        open tab the status bar says where to find it."""
        tab = self.library.tab_for(journey_id)
        if tab is None:
            self.sync.message.emit(
                self.tr(
                    "The server has a newer version of a journey that is not open; open it and "
                    "choose Journey › Update from Flownally to take it"
                )
            )
            return None
        bar = self.bars.get(journey_id)
        if bar is None or not shiboken6.isValid(bar):
            bar = RemoteNewerBar(tab)
            layout = tab.layout()
            if isinstance(layout, QBoxLayout):
                layout.insertWidget(0, bar)
            bar.takeTheirs.connect(lambda j=journey_id: self._take_offered(j))
            bar.keepMine.connect(lambda j=journey_id: self._keep_mine_offered(j))
            bar.dismissed.connect(lambda j=journey_id: self.close_bar(j))
            self.bars[journey_id] = bar
        bar.theirs = theirs
        bar.show()
        return bar

    def _take_offered(self, journey_id: str) -> None:
        bar = self.bars.get(journey_id)
        if bar is not None and shiboken6.isValid(bar) and bar.theirs is not None:
            self.take_theirs(journey_id, bar.theirs)

    def _keep_mine_offered(self, journey_id: str) -> None:
        self.close_bar(journey_id)
        self.sync.push(journey_id, force=True)

    def close_bar(self, journey_id: str) -> None:
        bar = self.bars.pop(journey_id, None)
        if bar is not None and shiboken6.isValid(bar):
            bar.hide()
            bar.deleteLater()

    def bar_for(self, journey_id: str) -> RemoteNewerBar | None:
        """The bar showing on the journey's tab, if any."""
        bar = self.bars.get(journey_id)
        return bar if bar is not None and shiboken6.isValid(bar) else None
