"""Qt-free work on a worker thread, its result handed back on the GUI thread (issue 15: large input).

    task = background.start(lambda: parse_file(path))
    task.done.connect(lambda value, error: ...)   # on the GUI thread; error is the exception or None

The function must not touch widgets (core/ code is Qt-free). A task nobody waits for any more is
simply abandoned: its result is dropped when it arrives. Tasks are kept alive here until they finish,
so a caller may drop its reference.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)

_pending: set[Task] = set()  # alive until their result is delivered
_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    """The pool the tasks run on: a parse, the targets' extraction and the keywords' analysis side by side
    (with two threads, a file opened while both panels work on a big report would wait for them)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(3)
    return _pool


class Task(QObject):
    """One call on a worker thread. `done(value, error)` fires once, on the GUI thread."""

    done = Signal(object, object)
    _finished = Signal(object, object)  # emitted on the worker thread, delivered queued

    def __init__(self, fn):
        super().__init__()
        self._fn = fn
        self.abandoned = False
        self.finished = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def abandon(self) -> None:
        """Nobody wants the result any more (Cancel, another file opened): `done` will not fire."""
        self.abandoned = True

    def _run(self) -> None:  # on the worker thread
        try:
            value = self._fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, shown there
            self._finished.emit(None, exc)
            return
        self._finished.emit(value, None)

    def _deliver(self, value, error) -> None:  # on the GUI thread
        self.finished = True
        _pending.discard(self)
        if error is not None and not isinstance(error, Exception):
            log.error("background task ended by %r", error)
        if not self.abandoned:
            self.done.emit(value, error)


class _Runnable(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self._task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self._task._run()  # noqa: SLF001 - the runnable is the task's own worker side


def start(fn) -> Task:
    """Run `fn()` on a worker thread; connect to the returned task's `done` before returning to the loop."""
    task = Task(fn)
    _pending.add(task)
    pool().start(_Runnable(task))
    return task


def busy() -> bool:
    """Whether a task is running or its result is still to be delivered."""
    return bool(_pending)


def wait_all(msecs: int = -1) -> bool:
    """Wait for running tasks (at exit, in tests); their results are delivered by the event loop."""
    return pool().waitForDone(msecs)
