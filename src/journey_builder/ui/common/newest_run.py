"""One job at a time on a worker thread, newest first: the problems check and the Preview's
re-runs of large journeys.

The job reads only a snapshot (copies of the steps and connections no edit changes), never the
live document. A job asked for while one runs waits for it, and only the newest waiting job is
kept. Every result carries the number of the run it answers, so the caller drops what a later
edit made stale. The thread ends with its job (none waits idle), and deleting the runner waits
for a job in progress, so no thread outlives the window.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from journey_builder.ui.common.workers import gc_paused

__all__ = ["Job", "NewestRunner"]

log = logging.getLogger("journey_builder.ui")

Job = Callable[[], Any]


class _Running:
    """Shared by the worker thread and the GUI thread: plain Python, so a job that ends after
    its runner is deleted touches nothing of Qt's."""

    def __init__(self) -> None:
        self.thread: threading.Thread | None = None
        self.closed = False

    def stop(self) -> None:
        self.closed = True
        thread, self.thread = self.thread, None
        if thread is not None:
            thread.join()


class NewestRunner(QObject):
    """Runs jobs on a thread of their own, one at a time; results arrive on the GUI thread."""

    #: (run number, the job's result, or the exception it raised).
    finished = Signal(int, object)
    _done = Signal(int, object)

    def __init__(self, parent: QObject | None = None, *, name: str = "newest-run") -> None:
        super().__init__(parent)
        self._name = name
        self._running = _Running()
        self._waiting: tuple[int, Job] | None = None
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self.destroyed.connect(self._running.stop)

    @property
    def busy(self) -> bool:
        """Whether a job runs or waits."""
        return self._running.thread is not None or self._waiting is not None

    def start(self, number: int, job: Job) -> None:
        """Run ``job`` (which reads only what no one edits any more) as run ``number``."""
        if self._running.closed:
            return
        self._waiting = (number, job)
        if self._running.thread is None:
            self._launch()

    def _launch(self) -> None:
        assert self._waiting is not None
        number, job = self._waiting
        self._waiting = None
        running = self._running
        running.thread = threading.Thread(
            target=self._run, args=(running, number, job), name=self._name
        )
        running.thread.start()

    def _run(self, running: _Running, number: int, job: Job) -> None:
        result: object
        try:
            with gc_paused():
                result = job()
        except Exception as exc:  # handed to the GUI thread, which shows or raises it
            result = exc
        if running.closed:
            return
        try:
            self._done.emit(number, result)
        except RuntimeError:  # deleted meanwhile: no one waits for the result
            log.debug("A %s ended after its window part was closed", self._name)

    def _on_done(self, number: int, result: object) -> None:
        running = self._running
        thread, running.thread = running.thread, None
        if thread is not None:
            thread.join()  # it has nothing left to do but return
        if running.closed:
            return
        if self._waiting is not None:
            self._launch()
        self.finished.emit(number, result)

    def shutdown(self) -> None:
        """Drop what waits, wait for the job in progress, deliver nothing more."""
        self._waiting = None
        self._running.stop()
