"""Work split with a forked child, for one command at a time on a machine with two cores.

:func:`in_halves` runs a function on the first half of a list here and on the second half in a
forked child at the same time, and joins the answers. It is for pure, CPU-bound work whose
answer for a list is the answers for its parts, one after the other (classifying posts).

Anything unusual means no split, never a failure: where ``fork`` is missing or unsafe (not
Linux), when this process may run on one core only, when the fork fails, or when the child
fails, is killed, or has not answered well after this process finished its own half (it is
then killed), the second half is computed here as well, so every error reaches the caller the
usual way and the answer is always the same as without a split.

The child may be forked while another thread runs (the spinner on a terminal): it touches no
lock that thread could hold. It writes nothing to stdout or stderr (both point at
``/dev/null`` in it, and warnings are off) and leaves with ``os._exit``.

:func:`read_all` and :func:`write_all` move bytes over the pipes of such children (also used by
:mod:`assessor.report.prefork`).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

#: Below this many items a split saves less than forking and joining cost.
SPLIT_FROM = 1000
#: How long the child may take beyond this process's own half, as a multiple of that half's
#: time, and at least: past it the child is taken to hang, killed, and its half done here.
PATIENCE = 3.0
PATIENCE_FLOOR = 5.0


def read_all(fd: int) -> bytes:
    """Everything until the other end closes the pipe."""
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    return b"".join(chunks)


def write_all(fd: int, data: bytes) -> None:
    """All of ``data`` to the pipe ``fd`` (one write may take part of it)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def free_cores() -> int:
    """The cores this process may run on (its CPU affinity where known). Whether they are
    idle, or a container's CPU quota, is not known here."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1  # pragma: no cover - Linux has sched_getaffinity


def can_split() -> bool:
    """Whether :func:`in_halves` may fork: Linux, and a second core to run the child on."""
    return sys.platform == "linux" and hasattr(os, "fork") and free_cores() >= 2


def in_halves(fn: Callable[[list[Any]], tuple[list[Any], ...]], items: Sequence[Any],
              split_from: int | None = None) -> tuple[list[Any], ...]:
    """``fn(items)``, computed as ``fn`` of the first half here and of the second half in a
    forked child at the same time. ``fn`` returns a tuple of lists, one entry per item each
    (e.g. predictions and reasons); the halves' lists are joined in order. Fewer than
    ``split_from`` items (default :data:`SPLIT_FROM`), or no :func:`can_split`: ``fn(items)``
    here."""
    items = list(items)
    if len(items) < (SPLIT_FROM if split_from is None else split_from) or not can_split():
        return fn(items)
    half = len(items) // 2
    first, second = items[:half], items[half:]
    child = _start(fn, second)
    try:
        started = time.monotonic()
        here = fn(first)
        patience = max(PATIENCE_FLOOR, PATIENCE * (time.monotonic() - started))
        there = _join(child, patience) if child is not None else None
    finally:
        if child is not None:
            _stop(child)
    if there is None:  # no child, or it failed: the same work here, errors and all
        there = fn(second)
    return tuple([*a, *b] for a, b in zip(here, there, strict=True))


def _start(fn: Callable[[list[Any]], T], items: list[Any]) -> tuple[int, int] | None:
    """Fork a child computing ``fn(items)``; its pid and the pipe to read the answer from."""
    for stream in (sys.stdout, sys.stderr):  # nothing buffered here is written twice
        with contextlib.suppress(Exception):  # a closed or missing stream: nothing to flush
            stream.flush()
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    # Ctrl-C is held back until the child is inside its own try: before that, it would run
    # this process's handlers and cleanup in the child.
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pid = os.fork()
    except OSError:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # pragma: no cover - the child; exercised by the tests through in_halves
        status = 1
        try:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
            _quiet_child()
            os.close(read_end)
            write_all(write_end, pickle.dumps(fn(items), protocol=pickle.HIGHEST_PROTOCOL))
            status = 0
        except BaseException:  # noqa: S110 - the parent computes the half and meets the error
            pass
        finally:
            os._exit(status)
    signal.pthread_sigmask(signal.SIG_SETMASK, held)
    os.close(write_end)
    return pid, read_end


def _quiet_child() -> None:  # pragma: no cover - runs in the child
    """New stdout and stderr on ``/dev/null`` (the parent's may be locked by a thread that did
    not come along) and no warnings: the child says nothing, its answer is the pipe's."""
    warnings.simplefilter("ignore")
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - until os._exit
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    os.close(null)


def _join(child: tuple[int, int], patience: float) -> Any:
    """The child's answer, or None when it failed (no answer, a bad one, a non-zero exit) or
    has not answered within ``patience`` seconds."""
    pid, read_end = child
    deadline = time.monotonic() + patience
    chunks = []
    try:
        while (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([read_end], [], [], left)
            if not ready:
                return None  # still computing or hung: _stop kills it
            chunk = os.read(read_end, 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
        else:
            return None
        _, status = os.waitpid(pid, 0)
    except OSError:
        return None
    if not chunks or os.waitstatus_to_exitcode(status) != 0:
        return None
    try:
        # The bytes come from this process's own child over a private pipe.
        return pickle.loads(b"".join(chunks))  # noqa: S301
    except Exception:  # noqa: BLE001 - a cut-off answer: compute the half here
        return None


def _stop(child: tuple[int, int]) -> None:
    """Close the pipe and reap the child; kill it first if it is still running (an error or
    Ctrl-C here, or no answer in time)."""
    pid, read_end = child
    with contextlib.suppress(OSError):
        os.close(read_end)
    with contextlib.suppress(ProcessLookupError, ChildProcessError, OSError):
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done == 0:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
