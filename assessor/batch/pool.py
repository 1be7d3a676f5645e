"""Where a batch's work runs: a local process pool, or a Dask cluster.

Both look the same to :mod:`assessor.batch`: a :class:`Pool` runs one function over many tasks
with a bounded number in flight (so memory does not grow with the roster) and hands each
outcome back as it arrives.

Local workers come from a ``forkserver`` that has loaded the classifier and the PDF renderer
once (:mod:`assessor.batch.preload`): every worker forked from it starts warm and shares that
memory instead of loading its own copy, and the batch's own process, which runs a progress
thread, never forks. Workers are replaced after :data:`RECYCLE_AFTER` tasks each, so memory
that PDF rendering slowly accumulates never builds up, however long the roster. Where there is
no forkserver (Windows, macOS default), workers are spawned and load their own copy.
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, TypeVar

from assessor.batch.progress import BatchProgress
from assessor.batch.work import init_worker, ping
from assessor.errors import BatchError, InputError

#: Tasks per worker before the local pool is drained and replaced by a fresh one. WeasyPrint
#: keeps a little memory per document (about 0.3 MB), so a worker that rendered thousands of
#: PDFs would hold hundreds of MB; a fresh worker from the forkserver starts in milliseconds,
#: and the drain costs about half a task's time per worker every this many tasks.
RECYCLE_AFTER = 50

T = TypeVar("T")   # a task (AssessTask, RenderTask)
R = TypeVar("R")   # its outcome (Assessed, Rendered)


class Pool:
    """Runs one function over many tasks with a bounded number in flight.

    Parameters
    ----------
    make
        Makes a fresh executor (a process pool, or a Dask client's executor).
    recycle
        Tasks after which the executor is drained and replaced (None: never).

    When a worker process dies (out of memory, a crash in a native library) every task in
    flight fails with it. The pool is replaced and those students are tried again one at a
    time, so the one that brings a worker down is found and recorded as failed, and the
    others go on.
    """

    def __init__(self, make: Callable[[], Executor], recycle: int | None = None) -> None:
        self._make = make
        self._recycle = recycle
        self.executor = make()
        self._used = 0

    def run(self, fn: Callable[[T], R], tasks: Iterable[T], slots: int,
            done: Callable[[R], None], crashed: Callable[[T, str], None]) -> None:
        """Call ``done(fn(task))`` for every task, or ``crashed(task, message)`` when the
        worker running it was lost."""
        queue = iter(tasks)
        backlog: deque[tuple[T, bool]] = deque()   # (task, alone): tasks to run first
        pending: dict[Future[R], tuple[T, bool]] = {}
        window = max(2, 2 * slots)

        def more() -> bool:
            """Whether a task is waiting, moving the next one from the queue if needed."""
            if not backlog:
                for item in queue:   # the next task, if any
                    backlog.append((item, False))
                    break
                else:
                    return False
            return True

        try:
            while True:
                # Fill the window; a suspect from a crashed pool runs alone.
                broken = False
                while more() and len(pending) < (1 if backlog[0][1] else window):
                    if self._recycle and self._used >= self._recycle:
                        break
                    task, alone = backlog.popleft()
                    try:
                        future = self.executor.submit(fn, task)
                    except BrokenProcessPool:
                        # A worker died since the last wait: this task never ran, so it goes
                        # back first, unsuspected; the pool is replaced below.
                        backlog.appendleft((task, alone))
                        broken = True
                        break
                    pending[future] = (task, alone)
                    self._used += 1
                if not pending:
                    if not more():
                        return
                    self._replace()   # drained: a fresh pool for the rest
                    continue
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in finished:
                    task, alone = pending.pop(fut)
                    try:
                        outcome = fut.result()
                    except BrokenProcessPool:
                        broken = True
                        if alone:
                            crashed(task, "the worker process stopped while working on this "
                                          "student (out of memory, or a crash)")
                        else:
                            backlog.append((task, True))
                        continue
                    except Exception as exc:  # noqa: BLE001 - e.g. a lost cluster worker
                        crashed(task, f"{type(exc).__name__}: {exc}")
                        continue
                    done(outcome)
                if broken:
                    backlog.extend((task, True) for task, _ in pending.values())
                    pending.clear()
                    self._replace()
        except BaseException:
            for fut in pending:
                fut.cancel()
            raise

    def _replace(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._make()
        self._used = 0

    def stop(self) -> None:
        """Stop at once: cancel what is queued and end worker processes mid-task."""
        ex = self.executor
        procs = list(getattr(ex, "_processes", {}).values())
        ex.shutdown(wait=False, cancel_futures=True)
        for p in procs:
            if p.is_alive():
                p.terminate()
        for p in procs:
            p.join(timeout=5)


@contextmanager
def executor(workers: int | None, dask: str | None, n_tasks: int,
             progress: BatchProgress) -> Iterator[tuple[Pool, int]]:
    """A :class:`Pool` and how many tasks it runs at once.

    Parameters
    ----------
    workers
        Local worker processes (default: the number of CPUs, at most one per task).
    dask
        A Dask scheduler address; when given, the work runs there instead.
    n_tasks
        How many students there are.
    progress
        Told how many workers there are.
    """
    if dask:
        client = _dask_client(dask)
        try:
            slots = max(1, sum(client.nthreads().values()))
            progress.note(f"Dask cluster at {dask}: {slots} worker "
                          f"thread{'s' if slots != 1 else ''}")
            yield Pool(lambda: client.get_executor(pure=False)), slots
        finally:
            client.close()
        return
    from concurrent.futures import ProcessPoolExecutor

    n = max(1, min(workers or os.cpu_count() or 1, max(n_tasks, 1)))
    ctx = _mp_context()

    def make() -> Executor:
        ex = ProcessPoolExecutor(max_workers=n, mp_context=ctx, initializer=init_worker,
                                 initargs=(os.getpid(),))
        for f in [ex.submit(ping) for _ in range(n)]:   # start them all, warm
            f.result()
        return ex

    progress.note(f"{n} worker process{'es' if n != 1 else ''}")
    pool = Pool(make, recycle=RECYCLE_AFTER * n)
    try:
        yield pool, n
    except BaseException:
        pool.stop()
        raise
    else:
        pool.executor.shutdown(wait=True)


def _mp_context() -> Any:
    """A forkserver that preloads the classifier and renderer, where there is one."""
    import multiprocessing as mp

    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        # Only takes effect if this process has not started its forkserver yet.
        ctx.set_forkserver_preload(["assessor.batch.preload"])
        return ctx
    return mp.get_context("spawn")


_DASK_ADDRESS = re.compile(r"(?:tcp|tls|ucx|ws|wss|inproc)://[^\s/]+\S*"
                           r"|[A-Za-z0-9._\-\[\]:]+:\d{1,5}")


def check_dask_address(address: str) -> None:
    """Refuse at once what cannot be a scheduler address (``tcp://host:8786``), rather than
    after the client's 20 s connection timeout."""
    if not _DASK_ADDRESS.fullmatch(address.strip()):
        raise InputError("--dask", f"got {address!r}; expected a Dask scheduler address such as "
                                   "tcp://10.0.0.5:8786")


def _dask_client(address: str) -> Any:
    check_dask_address(address)
    try:
        from distributed import Client
    except ImportError:
        raise BatchError(None, "--dask needs dask[distributed]: pip install "
                            "'assessor[dask]'") from None
    try:
        return Client(address, timeout="20s",  # type: ignore[no-untyped-call]
                      set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise BatchError(None, f"cannot reach the Dask scheduler at {address} ({exc})") from None
