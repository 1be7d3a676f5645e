"""Class runs for the counselor page: the batch engine driven from a background thread.

A run lives in its own folder under the server's work folder (``run.json``, the uploaded
roster and students' files in ``input/``, the reports in ``out/``), so after a restart the
page lists it and can resume it with the batch journal (``run_batch(resume=True)``).
The page never does the work: :func:`assessor.batch.run_batch` does, and reports through
:class:`WebProgress`, which also carries the cancel request back into the batch.
"""

from __future__ import annotations

import json
import secrets
import shutil
import threading
import time
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from assessor.errors import AssessorError

RUN_FILE = "run.json"


class Cancelled(KeyboardInterrupt):
    """Raised inside the batch when the counselor presses Cancel: the batch saves what is
    done and stops, as it does on Ctrl-C."""


@dataclass
class StudentState:
    student_id: str
    name: str
    status: str = "waiting"   # waiting, assessed, failed, unchanged, rendered
    detail: str = ""


class WebProgress:
    """A :class:`~assessor.batch.progress.BatchProgress` the page polls; thread-safe."""

    def __init__(self, students: list[StudentState]) -> None:
        self.lock = threading.Lock()
        self.students = {s.student_id: s for s in students}
        self.phase_name = "Starting"
        self.total = len(students)
        self.done = 0
        self.notes: list[str] = []
        self.cancel = threading.Event()

    def _check(self) -> None:
        if self.cancel.is_set():
            raise Cancelled

    def note(self, message: str) -> None:
        with self.lock:
            self.notes = [*self.notes[-4:], message]
        self._check()

    def phase(self, name: str, total: int, *, skipped: int = 0) -> None:
        with self.lock:
            self.phase_name, self.total, self.done = name, total, 0
        self._check()

    def advance(self, student_id: str, status: str, detail: str) -> None:
        with self.lock:
            self.done += 1
            st = self.students.get(student_id)
            if st is not None:
                writing = self.phase_name == "Writing reports"
                st.status = ("report written" if writing else "assessed") \
                    if status == "ok" else status
                st.detail = detail
        self._check()

    def close(self) -> None:
        pass

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            return {"phase": self.phase_name, "total": self.total, "done": self.done,
                    "notes": list(self.notes),
                    "students": [asdict(s) for s in self.students.values()]}


@dataclass
class Run:
    """One class run: what was asked, where its files are, how far it got."""

    id: str
    folder: Path
    roster: Path
    roster_name: str
    role: str | None
    redact: bool
    audience: str
    as_of: str
    created: str
    status: str = "ready"      # ready, running, finished, failed, cancelled, interrupted
    message: str = ""
    ok: int = 0
    failed: int = 0
    progress: WebProgress | None = field(default=None, repr=False)
    thread: threading.Thread | None = field(default=None, repr=False)

    @property
    def out(self) -> Path:
        return self.folder / "out"

    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    def save(self) -> None:
        data = {f.name: (str(v) if isinstance(v := getattr(self, f.name), Path) else v)
                for f in fields(self) if f.name not in ("progress", "thread", "folder")}
        tmp = self.folder / (RUN_FILE + ".tmp")
        tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
        tmp.replace(self.folder / RUN_FILE)

    @classmethod
    def load(cls, folder: Path) -> Run:
        data = json.loads((folder / RUN_FILE).read_text(encoding="utf-8"))
        data["roster"] = Path(data["roster"])
        run = cls(folder=folder, **data)
        if run.status == "running":   # the server stopped while it ran
            run.status = "interrupted"
        return run


class ClassRuns:
    """Every class run in ``root``, by id."""

    def __init__(self, root: Path, *, db: Path | None = None, workers: int | None = None
                 ) -> None:
        self.root = root
        self.db = db
        self.workers = workers
        self.lock = threading.Lock()
        self._runs: dict[str, Run] | None = None

    def _all(self) -> dict[str, Run]:
        with self.lock:
            if self._runs is None:
                self._runs = {}
                if self.root.is_dir():
                    for folder in sorted(self.root.iterdir()):
                        try:
                            run = Run.load(folder)
                        except (OSError, ValueError, TypeError, KeyError):
                            continue
                        self._runs[run.id] = run
            return self._runs

    def list(self) -> list[Run]:
        return sorted(self._all().values(), key=lambda r: r.created, reverse=True)

    def get(self, run_id: str) -> Run | None:
        return self._all().get(run_id)

    def new_folder(self) -> tuple[str, Path]:
        run_id = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(4)
        folder = self.root / run_id
        folder.mkdir(parents=True, mode=0o700)
        (folder / "input").mkdir(mode=0o700)
        return run_id, folder

    def add(self, run: Run) -> None:
        run.save()
        self._all()[run.id] = run

    def discard(self, folder: Path) -> None:
        shutil.rmtree(folder, ignore_errors=True)

    def start(self, run: Run, *, resume: bool = False) -> None:
        """Run (or resume) the batch in a background thread."""
        from assessor.batch.roster import read_roster

        if run.running:
            return
        roster = read_roster(run.roster, role=run.role)
        run.progress = WebProgress([StudentState(s.student_id, s.name)
                                    for s in roster.students])
        run.status, run.message = "running", ""
        run.save()
        run.thread = threading.Thread(target=self._work, args=(run, roster, resume),
                                      name=f"class-run-{run.id}", daemon=True)
        run.thread.start()

    def _work(self, run: Run, roster: Any, resume: bool) -> None:
        from assessor.batch import run_batch

        assert run.progress is not None
        try:
            result = run_batch(roster, run.out, workers=self.workers, resume=resume,
                               audience=run.audience, db=self.db,
                               as_of=date.fromisoformat(run.as_of), progress=run.progress,
                               redact=run.redact)
        except Cancelled:
            run.status, run.message = "cancelled", "Cancelled. Finished students are saved; " \
                                                   "Resume continues where it stopped."
        except AssessorError as exc:
            run.status, run.message = "failed", str(exc)
        except Exception as exc:  # noqa: BLE001 - shown on the page, never a traceback
            run.status, run.message = "failed", f"unexpected error ({type(exc).__name__}: " \
                                                f"{exc}); this is a bug in assessor"
        else:
            run.status, run.ok, run.failed = "finished", result.ok, result.failed
            run.message = f"{result.total} students: {result.ok} ok, {result.failed} failed, " \
                          f"in {result.seconds:.1f}s"
        run.save()

    def cancel(self, run: Run) -> None:
        if run.progress is not None and run.running:
            run.progress.cancel.set()

    def stop_all(self, timeout: float = 20.0) -> None:
        """Cancel every running batch and wait for it to save (at server shutdown)."""
        runs = [r for r in (self._runs or {}).values() if r.running]
        for r in runs:
            self.cancel(r)
        end = time.monotonic() + timeout
        for r in runs:
            if r.thread is not None:
                r.thread.join(max(0.1, end - time.monotonic()))
