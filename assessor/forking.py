"""Work split with a forked child, for the command line on a machine with a free core.

:func:`in_halves` runs a function on the first half of a list here and on the second half in a
forked child at the same time, and joins the answers. It is for pure, CPU-bound work whose
answer for a list is the answers for its parts, one after the other (classifying posts).

Anything unusual means no split, never a failure: where ``fork`` is missing or unsafe (not
Linux), with one core, when the fork fails, or when the child fails or is killed, the second
half is computed here as well, so every error reaches the caller the usual way and the answer
is always the same as without a split.

:func:`read_all` and :func:`write_all` move bytes over the pipes of such children (also used by
:mod:`assessor.report.prefork`).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

#: Below this many items a split saves less than forking and joining cost.
SPLIT_FROM = 1000


def read_all(fd: int) -> bytes:
    """Everything until the other end closes the pipe."""
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    return b"".join(chunks)


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def free_cores() -> int:
    """The cores this process may run on (its CPU affinity where known)."""
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
        here = fn(first)
        there = _join(child) if child is not None else None
    finally:
        if child is not None:
            _stop(child)
    if there is None:  # no child, or it failed: the same work here, errors and all
        there = fn(second)
    return tuple([*a, *b] for a, b in zip(here, there, strict=True))


def _start(fn: Callable[[list[Any]], T], items: list[Any]) -> tuple[int, int] | None:
    """Fork a child computing ``fn(items)``; its pid and the pipe to read the answer from."""
    try:
        read_end, write_end = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:  # pragma: no cover - the child; exercised by the tests through in_halves
        status = 0
        try:
            os.close(read_end)
            write_all(write_end, pickle.dumps(fn(items), protocol=pickle.HIGHEST_PROTOCOL))
        except BaseException:  # the parent computes the half itself and meets the error
            status = 1
        finally:
            os._exit(status)
    os.close(write_end)
    return pid, read_end


def _join(child: tuple[int, int]) -> Any:
    """The child's answer, or None when it failed (no answer, a bad one, a non-zero exit)."""
    pid, read_end = child
    try:
        data = read_all(read_end)
        _, status = os.waitpid(pid, 0)
    except OSError:
        return None
    if not data or os.waitstatus_to_exitcode(status) != 0:
        return None
    try:
        # The bytes come from this process's own child over a private pipe.
        return pickle.loads(data)  # noqa: S301
    except Exception:  # noqa: BLE001 - a cut-off answer: compute the half here
        return None


def _stop(child: tuple[int, int]) -> None:
    """Close the pipe and reap the child; kill it first if it is still running (an error or
    Ctrl-C here)."""
    pid, read_end = child
    with contextlib.suppress(OSError):
        os.close(read_end)
    with contextlib.suppress(ProcessLookupError, ChildProcessError, OSError):
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done == 0:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
