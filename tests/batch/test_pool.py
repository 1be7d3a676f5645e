"""The batch's work pool: bounded in flight, fresh executors on schedule, crashes isolated."""

from __future__ import annotations

import os
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

from assessor.batch.pool import Pool, _mp_context


def square(x: int) -> int:
    return x * x


def crash_on_three(x: int) -> int:
    if x == 3:
        os._exit(1)  # a worker killed mid-task, as by the out-of-memory killer
    return x


def test_the_executor_is_replaced_after_its_quota_and_every_task_runs_once() -> None:
    made: list[Executor] = []

    def make() -> Executor:
        made.append(ThreadPoolExecutor(2))
        return made[-1]

    done: list[int] = []
    pool = Pool(make, recycle=4)
    pool.run(square, range(10), 2, done.append, lambda t, m: None)
    pool.executor.shutdown()
    assert sorted(done) == [x * x for x in range(10)]
    assert len(made) == 3   # 4 + 4 + 2 tasks


def test_no_spare_executor_when_the_tasks_end_on_the_quota() -> None:
    made: list[Executor] = []

    def make() -> Executor:
        made.append(ThreadPoolExecutor(1))
        return made[-1]

    pool = Pool(make, recycle=3)
    pool.run(square, range(6), 1, lambda o: None, lambda t, m: None)
    pool.executor.shutdown()
    assert len(made) == 2


def test_a_task_that_kills_its_worker_fails_alone() -> None:
    ctx = _mp_context()
    pool = Pool(lambda: ProcessPoolExecutor(2, mp_context=ctx))
    done: list[int] = []
    crashed: list[tuple[int, str]] = []
    pool.run(crash_on_three, range(8), 2, done.append,
             lambda t, m: crashed.append((t, m)))
    pool.executor.shutdown()
    assert sorted(done) == [0, 1, 2, 4, 5, 6, 7]
    assert crashed == [(3, "the worker process stopped while working on this student (out of "
                           "memory, or a crash)")]


class _BreaksOnSecondSubmit(ThreadPoolExecutor):
    """An executor that reports a dead worker when the second task is handed to it, as a
    process pool does when a worker died between two waits."""

    def __init__(self) -> None:
        super().__init__(1)
        self.submitted = 0

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        from concurrent.futures.process import BrokenProcessPool

        self.submitted += 1
        if self.submitted == 2:
            raise BrokenProcessPool("a child process terminated abruptly")
        return super().submit(fn, *args, **kwargs)


def test_a_pool_found_broken_when_handing_out_a_task_is_replaced() -> None:
    made: list[Executor] = []

    def make() -> Executor:
        made.append(_BreaksOnSecondSubmit() if not made else ThreadPoolExecutor(2))
        return made[-1]

    pool = Pool(make)
    done: list[int] = []
    crashed: list[tuple[int, str]] = []
    pool.run(square, range(6), 2, done.append, lambda t, m: crashed.append((t, m)))
    pool.stop()
    assert sorted(done) == [x * x for x in range(6)] and crashed == []
    assert len(made) == 2
