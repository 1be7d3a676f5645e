"""Writing output files safely: a reader never sees half a file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


def write_atomic(path: str | Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    Parameters
    ----------
    path
        The file to write; its folder is created if needed.
    data
        Bytes, or text (written as UTF-8).

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    InputError
        ``path`` is a folder, or its folder cannot be written (``/proc/version``).
    """
    path = Path(path)
    fd, tmp = _temporary(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


@contextmanager
def atomic_text(path: str | Path, newline: str | None = None) -> Iterator[IO[str]]:
    """A UTF-8 text file written bit by bit, renamed into place only when the block succeeds.

    An exception (Ctrl-C included) removes the temporary file and leaves any earlier version
    of ``path`` untouched. ``newline`` is passed to :func:`open` (``""`` for CSV).

    Raises
    ------
    InputError
        As :func:`write_atomic`.
    """
    path = Path(path)
    fd, tmp = _temporary(path)
    try:
        with open(fd, "w", encoding="utf-8", newline=newline) as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _temporary(path: Path) -> tuple[int, str]:
    """A private temporary file (mode 0600) beside ``path``: ``.NAME.*.tmp``, so a killed run's
    leftovers are easy to find and remove."""
    from assessor.errors import InputError

    if path.is_dir():
        raise InputError(path, "is a folder; expected the name of a file to write")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError(path, f"cannot be written ({exc.strerror or exc}); expected a file "
                               "in a folder you can write to") from None


def open_private(path: Path, flags: int) -> int:
    """Open (or create, mode 0600) a file the program keeps in an output folder; a file
    descriptor.

    A symbolic link at ``path`` is refused, never followed: someone who can write into the
    folder could otherwise make us write into any file the user can (O_NOFOLLOW).

    Raises
    ------
    AssessorError
        ``path`` is a link, or cannot be opened.
    """
    from assessor.errors import AssessorError

    try:
        return os.open(path, flags | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except OSError as exc:
        if path.is_symlink():
            raise AssessorError(path, "is a symbolic link; assessor never writes through a "
                                "link in an output folder. Remove it, or choose another "
                                "--out") from None
        raise AssessorError(path, f"cannot be opened ({exc.strerror or exc})") from None
