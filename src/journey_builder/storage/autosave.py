"""Autosave without Qt: every edit of a journey reaches the library within about ``delay`` seconds.

:class:`Autosaver` throttles rather than debounces: the first unsaved edit starts the clock and
the newest text is saved ``delay`` seconds later, even while edits keep coming (a long drag), so
no edit waits much longer than ``delay``. A burst of edits costs one save.

Two ways to drive it:

* polling: call :meth:`Autosaver.poll` from a timer (a ``QTimer`` every 200 ms, or a single shot
  after :meth:`Autosaver.seconds_until_due`); the save runs in the caller's thread;
* its own worker thread: :meth:`Autosaver.start`; saves run there, and :meth:`Autosaver.close`
  saves what is pending and stops the thread.

:meth:`Autosaver.schedule` and :meth:`Autosaver.flush` may be called from any thread. Pass text
(``document_to_text(doc)``), made on the thread that owns the document, so that the saver never
reads a document while it changes. Callbacks run on the thread that saved: a Qt caller forwards
them with a queued signal.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from journey_builder.storage.library import Library, LibraryEntry

__all__ = ["AUTOSAVE_DELAY", "Autosaver"]

#: Seconds from the first unsaved edit to its save.
AUTOSAVE_DELAY = 1.0


class Autosaver:
    """Saves the newest scheduled text of one library journey, at most ``delay`` seconds late.

    A failed save (a ``LibraryError``, e.g. a full disk) keeps the text pending and retries
    ``delay`` seconds later; the error goes to ``on_error`` and :attr:`last_error`. The library
    keeps its last good version.
    """

    def __init__(
        self,
        library: Library,
        journey_id: str,
        delay: float = AUTOSAVE_DELAY,
        *,
        on_saved: Callable[[LibraryEntry], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.library = library
        self.journey_id = journey_id
        self.delay = max(0.0, delay)
        self.last_error: Exception | None = None
        self._on_saved = on_saved
        self._on_error = on_error
        self._clock = clock
        self._cond = threading.Condition()
        self._save_lock = threading.Lock()  # one save at a time, so saves land in order
        self._pending: str | None = None
        self._since: float | None = None
        self._stopping = False
        self._thread: threading.Thread | None = None
        #: How many saves succeeded (for status displays and tests).
        self.saves = 0

    # --- scheduling ----------------------------------------------------------------------------

    def schedule(self, text: str) -> None:
        """Queue the journey's newest file-form text; replaces any text not yet saved."""
        if not isinstance(text, str):
            raise TypeError("Autosaver.schedule takes the document's text (document_to_text)")
        with self._cond:
            self._pending = text
            if self._since is None:
                self._since = self._clock()
            self._cond.notify_all()

    @property
    def pending(self) -> bool:
        """Whether an edit is waiting to be saved."""
        with self._cond:
            return self._pending is not None

    def seconds_until_due(self) -> float | None:
        """Seconds until the pending edit is due (0 when due), or None with nothing pending."""
        with self._cond:
            return self._due_in()

    def _due_in(self) -> float | None:
        if self._pending is None or self._since is None:
            return None
        return max(0.0, self._since + self.delay - self._clock())

    # --- saving ----------------------------------------------------------------------------------

    def poll(self) -> LibraryEntry | None:
        """Save if the pending edit is due; errors go to ``on_error``, never to the caller."""
        if self.seconds_until_due() != 0.0:
            return None
        try:
            return self._save_pending()
        except Exception as exc:
            self._report(exc)
            return None

    def flush(self) -> LibraryEntry | None:
        """Save the pending edit now (closing a tab, quitting); raises :class:`LibraryError`."""
        try:
            return self._save_pending()
        except Exception as exc:
            self._report(exc, notify=False)
            raise

    def _save_pending(self) -> LibraryEntry | None:
        with self._save_lock:
            with self._cond:
                text = self._pending
                if text is None:
                    return None
                self._pending = None
                self._since = None
            try:
                entry = self.library.save_document(self.journey_id, text)
            except BaseException:
                with self._cond:
                    if self._pending is None:  # nothing newer came in: keep this text
                        self._pending = text
                    self._since = self._clock()  # retry after `delay`, not in a busy loop
                raise
            self.saves += 1
            self.last_error = None
        if self._on_saved is not None:
            self._on_saved(entry)
        return entry

    def _report(self, exc: Exception, *, notify: bool = True) -> None:
        self.last_error = exc
        if notify and self._on_error is not None:
            self._on_error(exc)

    # --- worker thread ---------------------------------------------------------------------------

    def start(self) -> None:
        """Save from a worker thread of our own from now on (idempotent)."""
        with self._cond:
            if self._thread is not None:
                return
            self._stopping = False
            self._thread = threading.Thread(
                target=self._run, name=f"autosave-{self.journey_id[:8]}", daemon=True
            )
            self._thread.start()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._stopping:
                    wait = self._due_in()
                    if wait is not None and wait <= 0.0:
                        break
                    self._cond.wait(wait)
                if self._stopping:
                    return
            try:
                self._save_pending()
            except Exception as exc:  # reported, and retried after `delay`
                self._report(exc)

    def close(self) -> LibraryEntry | None:
        """Stop the worker thread (if any) and save what is pending; raises on failure."""
        with self._cond:
            self._stopping = True
            thread, self._thread = self._thread, None
            self._cond.notify_all()
        if thread is not None:
            thread.join()
        return self.flush()

    def __enter__(self) -> Autosaver:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
