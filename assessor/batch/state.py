"""What a batch keeps on disk between runs, so ``--resume`` redoes only what is needed.

Three things, all in the output folder:

- the **journal** (``.batch-journal.jsonl``): every student's result line, appended the moment
  it arrives, so an interrupted run loses nothing it finished. A killed run may leave half a
  last line; it is ignored.
- the **state** (``.batch-state.json``, written atomically): for each student, the fingerprint
  of the inputs their result came from and of the PDF last written for them.
- a **lock** (``.batch.lock``), so two batches never write into one folder at once.

A finished run writes ``results.jsonl`` from the journal and removes the journal; a resumed
run reads earlier results from both.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from assessor.errors import BatchError
from assessor.files import open_private, write_atomic

STATE_NAME = ".batch-state.json"
JOURNAL_NAME = ".batch-journal.jsonl"
LOCK_NAME = ".batch.lock"
RESULTS_JSONL = "results.jsonl"
STATE_VERSION = 1


@dataclass(frozen=True)
class Location:
    """Where one student's result line is: which file, at which byte, how long."""

    file: int
    offset: int
    length: int


@dataclass(frozen=True)
class Prior:
    """An earlier result that a resumed run may reuse."""

    location: Location
    input_hash: str
    clean: bool          # its status is ok with no error (a later PDF failure is not kept)


class Journal:
    """Result lines on disk, and where each student's latest line is.

    Parameters
    ----------
    out
        The batch's output folder.
    resume
        Keep and index the earlier run's lines (``results.jsonl`` and any journal left by an
        interrupted run); otherwise start empty.
    """

    def __init__(self, out: Path, *, resume: bool) -> None:
        self.path = out / JOURNAL_NAME
        self.files: list[Path] = []
        self.prior: dict[str, Prior] = {}
        self.where: dict[str, Location] = {}
        if not resume:
            self.path.unlink(missing_ok=True)
        for f in (out / RESULTS_JSONL, self.path) if resume else ():
            if f.is_file() and not f.is_symlink():
                self._index(f)
        self._readers: dict[int, IO[bytes]] = {}
        self._fh = open(open_private(self.path, os.O_WRONLY | os.O_APPEND), "ab")  # noqa: SIM115
        if self._fh.tell() and not self._ends_with_newline():
            self._fh.write(b"\n")  # a killed run's half line stays on its own line
        if self.path not in self.files:
            self.files.append(self.path)
        self._journal = self.files.index(self.path)

    def _ends_with_newline(self) -> bool:
        with open(self.path, "rb") as fh:
            fh.seek(-1, os.SEEK_END)
            return fh.read(1) == b"\n"

    def _index(self, path: Path) -> None:
        file_no = len(self.files)
        self.files.append(path)
        offset = 0
        with open(path, "rb") as fh:
            for raw in fh:
                length = len(raw)
                if raw.endswith(b"\n"):
                    try:
                        rec = json.loads(raw)
                    except ValueError:
                        rec = None
                    if isinstance(rec, dict) and rec.get("assessment") and \
                            isinstance(rec.get("student_id"), str):
                        self.prior[rec["student_id"]] = Prior(
                            Location(file_no, offset, length), str(rec.get("input_hash", "")),
                            rec.get("status") == "ok" and not rec.get("error"))
                offset += length

    def append(self, student_id: str, line: str) -> None:
        """Add a student's result line and flush it to disk."""
        data = line.encode("utf-8") + b"\n"
        offset = self._fh.tell()
        self._fh.write(data)
        self._fh.flush()
        self.where[student_id] = Location(self._journal, offset, len(data))

    def reuse(self, student_id: str) -> None:
        """Point a student at their earlier line (:attr:`prior`) instead of a new one."""
        self.where[student_id] = self.prior[student_id].location

    def read(self, student_id: str) -> str:
        """The student's current result line (without the newline)."""
        loc = self.where[student_id]
        if loc.file == self._journal:
            self._fh.flush()
        fh = self._readers.get(loc.file)
        if fh is None:
            fh = self._readers[loc.file] = open(self.files[loc.file], "rb")  # noqa: SIM115
        fh.seek(loc.offset)
        return fh.read(loc.length).decode("utf-8").rstrip("\n")

    def close(self, *, remove: bool = False) -> None:
        """Close the files; ``remove`` deletes the journal (its lines are in results.jsonl)."""
        for fh in self._readers.values():
            fh.close()
        self._readers.clear()
        self._fh.close()
        if remove:
            self.path.unlink(missing_ok=True)


class State:
    """Per-student fingerprints of the inputs and of the PDF, saved atomically as JSON."""

    def __init__(self, out: Path, *, resume: bool) -> None:
        self.path = out / STATE_NAME
        self.students: dict[str, dict[str, str]] = {}
        if resume and self.path.is_file():
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = {}
            if isinstance(data, dict) and data.get("version") == STATE_VERSION:
                self.students = {k: v for k, v in data.get("students", {}).items()
                                 if isinstance(v, dict)}

    def get(self, student_id: str, key: str) -> str | None:
        return self.students.get(student_id, {}).get(key)

    def set(self, student_id: str, key: str, value: str | None) -> None:
        entry = self.students.setdefault(student_id, {})
        if value is None:
            entry.pop(key, None)
        else:
            entry[key] = value

    def save(self, settings: dict[str, Any]) -> None:
        write_atomic(self.path, json.dumps({"version": STATE_VERSION, "settings": settings,
                                            "students": self.students}, ensure_ascii=False))


def pdf_complete(path: Path) -> bool:
    """A PDF that starts and ends as a PDF does (a truncated or emptied one does not)."""
    try:
        size = path.stat().st_size
        if size < 64:
            return False
        with open(path, "rb") as fh:
            head = fh.read(5)
            fh.seek(max(0, size - 1024))
            tail = fh.read()
    except OSError:
        return False
    return head == b"%PDF-" and b"%%EOF" in tail


def remove_stale_temporaries(out: Path) -> None:
    """Temporary files a killed run left behind (outputs are written as ``.NAME.*.tmp``)."""
    for p in out.glob(".*.tmp"):
        p.unlink(missing_ok=True)


class FolderLock:
    """An exclusive lock on the output folder, released when the process ends in any way."""

    def __init__(self, out: Path) -> None:
        self.path = out / LOCK_NAME
        self._fh: IO[str] | None = None

    def __enter__(self) -> FolderLock:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: no lock
            return self
        self._fh = open(open_private(self.path, os.O_RDWR), "a+",  # noqa: SIM115
                        encoding="utf-8")
        try:
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._fh.close()
            self._fh = None
            raise BatchError(self.path.parent, "another batch is writing into this "
                                "folder; wait for it to finish or choose another --out") from None
        self._fh.truncate(0)
        self._fh.write(f"{os.getpid()}\n")
        self._fh.flush()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fh is not None:
            self._fh.close()
            self.path.unlink(missing_ok=True)
