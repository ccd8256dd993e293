"""Simulations of large journeys on a worker thread, one at a time, newest first.

The problems check's way (:mod:`journey_builder.ui.problems.problem_check`): the worker gets a
snapshot of the journey (shallow copies of its steps and connections, which no edit changes),
never the live document; a run asked for while one runs waits for it, and only the newest
waiting run is kept. Every result carries the number of the run it answers, so the panel drops
what a later edit made stale. The thread ends with its run (none waits idle), and deleting the
runner waits for a run in progress, so no thread outlives the window.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from journey_builder.ui.common.workers import gc_paused

__all__ = ["PreviewRunner"]

log = logging.getLogger("journey_builder.ui")

Job = Callable[[], Any]


class _Running:
    """Shared by the worker thread and the GUI thread: plain Python, so a run that ends after
    its runner is deleted touches nothing of Qt's."""

    def __init__(self) -> None:
        self.thread: threading.Thread | None = None
        self.closed = False

    def stop(self) -> None:
        self.closed = True
        thread, self.thread = self.thread, None
        if thread is not None:
            thread.join()


class PreviewRunner(QObject):
    """Runs jobs on a thread of their own; results arrive on the GUI thread."""

    #: (run number, the job's result, or the exception it raised).
    finished = Signal(int, object)
    _done = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running = _Running()
        self._waiting: tuple[int, Job] | None = None
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self.destroyed.connect(self._running.stop)

    @property
    def busy(self) -> bool:
        """Whether a run is in progress or waiting."""
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
            target=self._run, args=(running, number, job), name="preview-run"
        )
        running.thread.start()

    def _run(self, running: _Running, number: int, job: Job) -> None:
        result: object
        try:
            with gc_paused():
                result = job()
        except Exception as exc:  # handed to the GUI thread, which shows it
            result = exc
        if running.closed:
            return
        try:
            self._done.emit(number, result)
        except RuntimeError:  # deleted meanwhile: no one waits for the result
            log.debug("A preview run ended after its panel was closed")

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
        """Drop what waits, wait for the run in progress, deliver nothing more."""
        self._waiting = None
        self._running.stop()
