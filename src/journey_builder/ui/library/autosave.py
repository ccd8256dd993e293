"""Autosave of one open journey into the local library, off the GUI thread (DESIGN §6).

The first edit starts a clock; :data:`AUTOSAVE_DELAY` later the GUI thread takes a snapshot
(:mod:`.snapshots`, a few milliseconds) and the save runner, a one-thread queue shared by every
tab, builds the document from it and writes it to the library in one transaction. Edits that
keep coming (a long drag) are saved every :data:`AUTOSAVE_DELAY` seconds, never held back.

Saves are numbered; a worker that must see the library up to date (push, publish) calls
:meth:`DraftBinding.wait_saved` with the number :meth:`DraftBinding.save_now` returned.
A journey that was never edited has no library entry yet (``journey_id`` None): its first save
creates one, so a blank "New journey" tab left untouched leaves nothing behind.
"""

from __future__ import annotations

import threading
import time

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from journey_builder.document import EditableJourney
from journey_builder.errors import JourneyBuilderError
from journey_builder.i18n import error_text
from journey_builder.storage.library import Library, LibraryEntry
from journey_builder.ui.common.snapshots import DocumentSnapshot, DocumentSnapshotter
from journey_builder.ui.common.workers import TaskRunner

__all__ = ["AUTOSAVE_DELAY", "RETRY_DELAY", "DraftBinding"]

#: Seconds from an edit to the start of its save.
AUTOSAVE_DELAY = 0.6
#: Seconds before a failed save (a full disk) is tried again.
RETRY_DELAY = 3.0


class DraftBinding(QObject):
    """One open journey and its library entry."""

    #: A save landed: the entry as the library now has it.
    saved = Signal(object)
    #: A save failed; the text is a sentence for the status bar. The edit stays pending.
    saveFailed = Signal(str)

    def __init__(
        self,
        doc: EditableJourney,
        library: Library,
        runner: TaskRunner,
        journey_id: str | None,
        *,
        delay: float = AUTOSAVE_DELAY,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.library = library
        self._runner = runner
        self._journey_id = journey_id
        self._snapshotter = DocumentSnapshotter(doc, self)
        self._snapshotter.prime()  # the first autosave then costs the GUI thread little
        self._cond = threading.Condition()
        self._seq = 0  # last save asked for
        self._settled = 0  # last save finished (saved or failed)
        self._failed: set[int] = set()
        self._dirty = False
        self._closed = False
        self.last_error: str | None = None
        self.entry: LibraryEntry | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(round(delay * 1000))
        self._timer.timeout.connect(self._on_due)
        doc.changed.connect(self._on_changed)

    # --- identity --------------------------------------------------------------------------------

    @property
    def journey_id(self) -> str | None:
        """The library entry's id; None until the first save of a journey that had none."""
        with self._cond:
            return self._journey_id

    def rebind(self, journey_id: str) -> None:
        """Save into another entry from now on (keep both, a pushed copy)."""
        with self._cond:
            self._journey_id = journey_id

    def snapshot(self) -> DocumentSnapshot:
        """The journey as it is now, for work on another thread (GUI thread; cheap)."""
        return self._snapshotter.snapshot()

    @property
    def dirty(self) -> bool:
        """Whether an edit is waiting for its save to start."""
        return self._dirty

    @property
    def pending(self) -> bool:
        """Whether an edit is not in the library yet (waiting, or being written)."""
        with self._cond:
            return self._dirty or self._settled < self._seq

    # --- saving ----------------------------------------------------------------------------------

    def _on_changed(self) -> None:
        if self._closed:
            return
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start()  # a throttle: a stream of edits does not push the save back

    def _on_due(self) -> None:
        if self._dirty:
            self.save_now()

    def save_now(self, *, from_server: bool = False, force: bool = False) -> int:
        """Queue a save of the journey as it is now; returns its number (for :meth:`wait_saved`).

        ``from_server``: the document is the server's copy (take theirs, a pull), so the entry
        becomes ``synced`` rather than ``modified``. With no edit since the last save (and not
        ``force``), nothing is queued and the number of the last save is returned.
        """
        self._timer.stop()
        if not (self._dirty or from_server or force):
            return self._seq
        self._dirty = False
        snapshot = self._snapshotter.snapshot()
        with self._cond:
            self._seq += 1
            seq = self._seq
        self._runner.run(
            self.tr("Saving {name}").format(name=snapshot.shell.get("name") or "…"),
            lambda _ctx: self._save(seq, snapshot, from_server),
            on_done=self._on_saved,
            on_error=lambda exc: self._on_failed(seq, exc),
        )
        return seq

    def _save(self, seq: int, snapshot: DocumentSnapshot, from_server: bool) -> LibraryEntry:
        """On the save runner's thread: one transaction."""
        try:
            document = snapshot.to_document()
            with self._cond:
                journey_id = self._journey_id
            if journey_id is None:
                entry = self.library.create(document)
                with self._cond:
                    self._journey_id = entry.id
            else:
                entry = self.library.save_document(journey_id, document, from_server=from_server)
        except BaseException:
            with self._cond:
                self._failed.add(seq)
                self._settled = max(self._settled, seq)
                self._cond.notify_all()
            raise
        with self._cond:
            self._settled = max(self._settled, seq)
            self._cond.notify_all()
        return entry

    def _on_saved(self, entry: LibraryEntry) -> None:
        if not shiboken6.isValid(self):
            return  # the tab closed while its last save was being written
        self.entry = entry
        self.last_error = None
        if (
            not self._closed
            and shiboken6.isValid(self.doc)
            and not self._dirty
            and not self.pending
            and self.doc.path is None
            and not self.doc.undo_stack.isClean()
        ):
            # A journey that lives only in the library is saved once it is there.
            self.doc.undo_stack.setClean()
        self.saved.emit(entry)

    def _on_failed(self, seq: int, exc: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        message = error_text(exc) if isinstance(exc, JourneyBuilderError) else repr(exc)
        self.last_error = self.tr("Not saved to the library: {error}").format(error=message)
        if not self._closed:
            self._dirty = True
            self._timer.start(round(RETRY_DELAY * 1000))
        self.saveFailed.emit(self.last_error)

    def wait_saved(self, seq: int, timeout: float = 30.0) -> bool:
        """Block (a worker thread) until save ``seq`` is done; False if it failed or timed out."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._settled < seq:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
            return seq not in self._failed

    def close(self, timeout: float = 30.0) -> bool:
        """Save what is pending and wait for it (closing a tab, quitting): True when saved."""
        seq = self.save_now() if self._dirty else self._seq
        self._closed = True
        self._timer.stop()
        return self.wait_saved(seq, timeout)
