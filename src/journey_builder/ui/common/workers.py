"""Background work for the window: network requests and library writes run on worker threads,
and their outcome comes back as a call on the GUI thread.

Python threads (``concurrent.futures``), not ``QThreadPool``: a pool thread that runs Python
code is recorded by ``threading`` as a dummy thread that never ends, so "no thread left behind"
could not be checked, while an executor's threads are joined by :meth:`TaskRunner.shutdown`.
Results cross threads through one queued signal that carries a callable; the GUI thread runs it.
Each task gets a :class:`TaskContext`: its cancel event (give it to ``JourneysClient(cancel=...)``
or its iterators) and ``progress()`` for pages that stream in.

The cyclic garbage collector is paused while a task runs (:func:`gc_paused`; ``pause_gc=False``
for small checks): with a 5,000-step journey open, a full collection, which stops every thread
(the GUI's included), takes 100-170 ms, and a task that builds, parses or lists journeys
allocates enough to set one off. Reference counting still frees what the tasks drop; the
collector resumes when no such task runs.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

__all__ = ["Task", "TaskContext", "TaskRunner", "gc_paused"]

log = logging.getLogger("journey_builder.ui")

T = TypeVar("T")

_gc_lock = threading.Lock()
_gc_holders = 0
_gc_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause automatic garbage collection while any holder (on any thread) is inside."""
    global _gc_holders, _gc_was_enabled
    with _gc_lock:
        if _gc_holders == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_holders += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_holders -= 1
            if _gc_holders == 0 and _gc_was_enabled:
                gc.enable()


class TaskContext:
    """What a task's function receives on its worker thread."""

    def __init__(self, task: Task[Any]) -> None:
        self._task = task

    @property
    def cancel(self) -> threading.Event:
        """Set when the user cancels (or the window closes); pass it to the client."""
        return self._task.cancel_event

    @property
    def cancelled(self) -> bool:
        return self._task.cancel_event.is_set()

    def on_cancel(self, abort: Callable[[], object]) -> None:
        """Call ``abort`` (from the cancelling thread) when the task is cancelled: closing a
        client's connections ends a request that is waiting for the server."""
        self._task.add_abort(abort)

    def progress(self, value: Any) -> None:
        """Hand ``value`` to the task's ``on_progress`` on the GUI thread (in order)."""
        self._task.runner._post(self._task, "progress", value)


class Task(Generic[T]):
    """One piece of background work; ``cancel()`` asks it to stop at the next request."""

    def __init__(
        self,
        runner: TaskRunner,
        label: str,
        on_done: Callable[[T], None] | None,
        on_error: Callable[[Exception], None] | None,
        on_progress: Callable[[Any], None] | None,
    ) -> None:
        self.runner = runner
        self.label = label
        self.cancel_event = threading.Event()
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress = on_progress
        self.finished = False
        self.future: Future[None] | None = None
        self._aborts: list[Callable[[], object]] = []
        self._abort_lock = threading.Lock()

    def add_abort(self, abort: Callable[[], object]) -> None:
        with self._abort_lock:
            self._aborts.append(abort)
            cancelled = self.cancel_event.is_set()
        if cancelled:
            self._call(abort)

    def cancel(self) -> None:
        with self._abort_lock:
            self.cancel_event.set()
            aborts = list(self._aborts)
        for abort in aborts:
            self._call(abort)

    @staticmethod
    def _call(abort: Callable[[], object]) -> None:
        try:
            abort()
        except Exception as exc:  # a failed abort must not stop the others
            log.debug("Aborting a task failed: %r", exc)

    def __repr__(self) -> str:
        state = "finished" if self.finished else "running"
        return f"Task({self.label!r}, {state})"


class TaskRunner(QObject):
    """Runs functions on worker threads; results, errors and progress arrive on the GUI thread.

    ``max_workers=1`` gives a queue: tasks run one after another, in the order given (autosave
    relies on that).
    """

    #: Whether any task is running or waiting.
    busyChanged = Signal(bool)
    #: A task started or finished (for status displays): the task.
    taskStarted = Signal(object)
    taskFinished = Signal(object)
    _deliver = Signal(object)

    def __init__(
        self, parent: QObject | None = None, *, max_workers: int = 4, name: str = "worker"
    ) -> None:
        super().__init__(parent)
        self._max_workers = max(1, max_workers)
        self._name = name
        self._executor: ThreadPoolExecutor | None = None
        self._tasks: list[Task[Any]] = []
        self._closed = False
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)

    # --- starting ------------------------------------------------------------------------------

    def run(
        self,
        label: str,
        fn: Callable[[TaskContext], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        pause_gc: bool = True,
    ) -> Task[T]:
        """Start ``fn(context)`` on a worker thread (GUI thread only)."""
        if self._closed:
            raise RuntimeError("the task runner is shut down")
        task: Task[T] = Task(self, label, on_done, on_error, on_progress)
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self._max_workers, thread_name_prefix=self._name)
        was_busy = bool(self._tasks)
        self._tasks.append(task)
        task.future = self._executor.submit(self._work, task, fn, pause_gc)
        self.taskStarted.emit(task)
        if not was_busy:
            self.busyChanged.emit(True)
        return task

    def _work(self, task: Task[T], fn: Callable[[TaskContext], T], pause_gc: bool) -> None:
        try:
            with gc_paused() if pause_gc else nullcontext():
                result = fn(TaskContext(task))
        except Exception as exc:
            self._post(task, "error", exc)
        else:
            self._post(task, "done", result)

    def _post(self, task: Task[Any], kind: str, value: Any) -> None:
        if not self._closed:
            self._deliver.emit((task, kind, value))

    # --- results on the GUI thread ---------------------------------------------------------------

    def _on_deliver(self, message: tuple[Task[Any], str, Any]) -> None:
        task, kind, value = message
        if self._closed:
            return
        if kind == "progress":
            if task.on_progress is not None and not task.finished:
                task.on_progress(value)
            return
        task.finished = True
        if task in self._tasks:
            self._tasks.remove(task)
        try:
            if kind == "done":
                if task.on_done is not None:
                    task.on_done(value)
            elif task.on_error is not None:
                task.on_error(value)
            else:
                log.error("%s failed: %s", task.label, value)
        finally:
            self.taskFinished.emit(task)
            if not self._tasks:
                self.busyChanged.emit(False)

    # --- state and shutdown ----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def tasks(self) -> list[Task[Any]]:
        """Tasks running or waiting, oldest first."""
        return list(self._tasks)

    def cancel_all(self) -> None:
        for task in self._tasks:
            task.cancel()

    def shutdown(self, *, cancel: bool = True) -> None:
        """Stop taking work, (optionally) cancel what runs, and join every worker thread.

        Outcomes that arrive later are dropped: the window they were for is going away.
        """
        if cancel:
            self.cancel_all()
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=cancel)
        self._closed = True
        self._tasks.clear()
