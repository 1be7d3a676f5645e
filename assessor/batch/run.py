"""Run a batch: assess every student of a roster, then render their reports.

Two passes. The first assesses every student in parallel and appends each result to a
journal the moment it arrives; only a few numbers per student stay in memory (the
:class:`~assessor.batch.work.Digest`), so memory does not grow with the size of the results.
Once every score is known, each student's place in their cohort (the students assessed for
the same role) is known too, and the second pass renders the PDFs from the journal. Then
``results.jsonl``, ``results.csv`` and ``summary.pdf`` are written, each atomically.

Work runs in a process pool whose workers start with the classifier and the PDF renderer
already loaded (:mod:`assessor.batch.pool`) or, with ``dask=``, on a Dask cluster. A student
whose files cannot be assessed is a failed row, never a stopped batch. With ``resume=True`` a
student whose inputs hash as before and whose PDF is complete is not redone. Ctrl-C
(``KeyboardInterrupt``) stops the workers and saves what is done, then propagates.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assessor.batch.pool import Pool, executor
from assessor.batch.progress import BatchProgress, SilentProgress
from assessor.batch.results import Row, cohorts, write_results
from assessor.batch.roster import Roster, Student
from assessor.batch.state import FolderLock, Journal, State, pdf_complete, remove_stale_temporaries
from assessor.batch.work import (
    Assessed,
    AssessTask,
    Cohort,
    Digest,
    Rendered,
    RenderTask,
    assess_student,
    render_key,
    render_student,
    run_salt,
)
from assessor.errors import BatchError, choose
from assessor.report.options import Audience, Paper
from assessor.result import Assessment

if TYPE_CHECKING:  # pragma: no cover
    from assessor.history import History

__all__ = ["run_batch", "BatchResult", "Failure"]

#: Seconds between saves of the state file while a pass runs.
SAVE_EVERY = 5.0
#: Seconds one student's assessment may take before it is stopped and the student failed
#: (a typical student takes 1-5 s; a very large export under a minute).
TIMEOUT = 300.0


@dataclass(frozen=True)
class Failure:
    student_id: str
    row: int
    error: str


@dataclass(frozen=True)
class BatchResult:
    """What a batch did.

    ``assessed`` students were scored in this run and ``reused`` ones kept an earlier result
    (``resume``); likewise ``rendered`` and ``reports_reused`` for the PDFs.
    """

    out: Path
    total: int
    ok: int
    failures: tuple[Failure, ...]
    assessed: int
    reused: int
    rendered: int
    reports_reused: int
    seconds: float
    files: tuple[Path, ...] = ()
    #: Assessed on exports that could not all be read (each with what could not be).
    incomplete: tuple[Failure, ...] = ()

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def exit_code(self) -> int:
        """0 when every student has a complete report, 1 when any failed or is incomplete."""
        return 1 if self.failures or self.incomplete else 0


@dataclass
class _Entry:
    """One student's progress through the batch (kept in memory for the whole run)."""

    student: Student
    input_hash: str = ""
    digest: Digest | None = None
    report_error: str | None = None
    cohort: Cohort | None = None
    history_row: int | None = None


def run_batch(roster: Roster, out: str | Path, *, workers: int | None = None,
              resume: bool = False, audience: str = "student", paper: str = "a4",
              db: str | Path | None = None, as_of: date | None = None,
              dask: str | None = None, progress: BatchProgress | None = None,
              on_result: Callable[[str, str], None] | None = None,
              redact: bool = False, timeout: float | None = TIMEOUT,
              title: str | None = None) -> BatchResult:
    """Assess every student on a roster and write their reports and the class summary.

    Parameters
    ----------
    roster
        A checked roster (:func:`assessor.batch.roster.read_roster`).
    out
        The output folder (created if needed): ``<student_id>.pdf`` per student,
        ``results.csv``, ``results.jsonl`` and ``summary.pdf``.
    workers
        Worker processes (default: the number of CPUs). Ignored with ``dask``.
    resume
        Skip students whose inputs (their files, role, job posting and date) are unchanged
        since the last run into ``out`` and whose PDF is complete; redo the rest.
    audience
        ``"student"`` or ``"counselor"``; counselor copies show each student's percentile
        among the students assessed for the same role.
    paper
        ``"a4"`` or ``"letter"``.
    db
        The history store (:mod:`assessor.history`) every new result is added to, and whose
        earlier results fill each report's progress section (default: the store's own
        default location).
    as_of
        The assessment date (default: today, UTC).
    dask
        Address of a Dask scheduler (``tcp://host:8786``) to run the work on instead of local
        processes. The workers must see the roster's files and ``out`` at the same paths.
    progress
        Where progress goes (default: nowhere).
    on_result
        Called with ``(student_id, kind)`` after each student's result or PDF is saved;
        ``kind`` is ``assessed``, ``failed``, ``unchanged`` or ``rendered``.
    redact
        Replace third parties' names with initials and mask ``@handles`` in every result and
        report (:mod:`assessor.privacy`). Changing it redoes every student on ``resume``.
    timeout
        Seconds one student's assessment may take (default :data:`TIMEOUT`); a student that
        takes longer is stopped and failed with a message. None: no limit. Local workers
        only (a Dask worker runs without a limit).
    title
        The class summary's title (default: the roster's folder name).

    Returns
    -------
    BatchResult

    Raises
    ------
    BatchError
        The output folder or the history store cannot be used, or the cluster cannot be
        reached.
    KeyboardInterrupt
        After stopping the workers and saving what was done, so ``resume`` continues.
    """
    from assessor.history import open_history

    audience = choose(Audience, audience, "audience")
    paper = choose(Paper, paper, "paper")
    if dask:
        from assessor.batch.pool import check_dask_address

        check_dask_address(dask)
    start = time.perf_counter()
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BatchError(out, f"cannot create the output folder "
                            f"({exc.strerror or exc})") from None
    run = _Run(roster=roster, out=out, resume=resume, audience=audience, paper=paper,
               as_of=as_of or datetime.now(UTC).date(), progress=progress or SilentProgress(),
               on_result=on_result, redact=redact, timeout=timeout)
    with FolderLock(out), open_history(db) as history:
        remove_stale_temporaries(out)
        run.open(history)
        try:
            with executor(workers, dask, len(roster.students), run.progress) as (pool, slots):
                run.assess_all(pool, slots)
                run.render_all(pool, slots)
            files = write_results(out, roster, run.rows(), run.journal, as_of=run.as_of,
                                  audience=audience, paper=paper, title=title)
        except BaseException:
            run.close(finished=False)
            raise
        run.close(finished=True)
    failures = tuple(Failure(e.student.student_id, e.student.row, _error(e))
                     for e in run.entries.values() if _error(e))
    incomplete = tuple(Failure(e.student.student_id, e.student.row, e.digest.data_summary)
                       for e in run.entries.values()
                       if not _error(e) and e.digest is not None and e.digest.incomplete)
    return BatchResult(out=out, total=len(run.entries),
                       ok=len(run.entries) - len(failures) - len(incomplete),
                       failures=failures, incomplete=incomplete, assessed=run.assessed,
                       reused=run.reused,
                       rendered=run.rendered, reports_reused=run.reports_reused,
                       seconds=time.perf_counter() - start, files=files)


def _error(entry: _Entry) -> str:
    if entry.digest is None:
        return "not assessed"
    return entry.digest.error or entry.report_error or ""


@dataclass
class _Run:
    """One batch run: its settings, each student's progress, and what is on disk."""

    roster: Roster
    out: Path
    resume: bool
    audience: str
    paper: str
    as_of: date
    progress: BatchProgress
    on_result: Callable[[str, str], None] | None
    redact: bool = False
    timeout: float | None = None
    assessed: int = 0
    reused: int = 0
    rendered: int = 0
    reports_reused: int = 0

    def __post_init__(self) -> None:
        self.entries = {s.student_id: _Entry(s) for s in self.roster.students}
        self.settings = {"roster": str(self.roster.path), "audience": self.audience,
                         "paper": self.paper, "as_of": self.as_of.isoformat()}

    def open(self, history: History) -> None:
        self.history = history
        self.state = State(self.out, resume=self.resume)
        self.journal = Journal(self.out, resume=self.resume)
        self.saver = _Saver(self.state, self.settings)

    def close(self, *, finished: bool) -> None:
        """Save the state; a finished run's journal is in results.jsonl, so it goes."""
        self.state.save(self.settings)
        self.journal.close(remove=finished)

    def rows(self) -> Iterator[Row]:
        """Every roster row, in roster order."""
        for e in self.entries.values():
            yield Row(e.student, e.digest or Digest(status="failed", error="not assessed"),
                      e.report_error, e.cohort)

    def _told(self, student_id: str, kind: str) -> None:
        self.saver.tick()
        if self.on_result:
            self.on_result(student_id, kind)

    # -- pass 1: assess -------------------------------------------------------------------

    def assess_all(self, pool: Pool, slots: int) -> None:
        students = self.roster.students
        salts = {role: run_salt(role, self.as_of) + ("\0redact" if self.redact else "")
                 for role in {s.role for s in students}}

        def task(s: Student) -> AssessTask:
            prior = self.journal.prior.get(s.student_id) if self.resume else None
            return AssessTask(
                student_id=s.student_id, row=s.row, name=s.name, path=str(s.path),
                role=s.role, job=str(s.job) if s.job else None, as_of=self.as_of.isoformat(),
                salt=salts[s.role], extra=dict(s.extra),
                prior_hash=prior.input_hash if prior else None, redact=self.redact,
                timeout=self.timeout)

        def crashed(t: AssessTask, message: str) -> None:
            self._assessed(Assessed(t.student_id, "failed", "", _failed_line(t, message),
                                    Digest(status="failed", error=message)))

        self.progress.phase("Assessing", len(students))
        pool.run(assess_student, (task(s) for s in students), slots, self._assessed, crashed)

    def _assessed(self, outcome: Assessed) -> None:
        sid = outcome.student_id
        entry = self.entries[sid]
        entry.input_hash = outcome.input_hash
        if outcome.kind == "unchanged":
            entry.digest = _reuse(self.journal, entry.student)
            row = self.state.get(sid, "history")
            entry.history_row = int(row) if row and row.isdigit() else None
            self.reused += 1
            status = "unchanged"
        else:
            assert outcome.line is not None and outcome.digest is not None
            self.journal.append(sid, outcome.line)
            entry.digest = outcome.digest
            self.assessed += 1
            status = outcome.digest.status
            entry.history_row = None
            if status == "ok":
                entry.history_row = self.history.add(_assessment(outcome.line))
        self.state.set(sid, "input", outcome.input_hash)
        self.state.set(sid, "history", str(entry.history_row) if entry.history_row else None)
        self.progress.advance(sid, status, _detail(entry.digest, outcome.seconds))
        self._told(sid, outcome.kind)

    # -- pass 2: render -------------------------------------------------------------------

    def render_all(self, pool: Pool, slots: int) -> None:
        ok = [e for e in self.entries.values() if e.digest is not None
              and e.digest.status == "ok"]
        if self.audience == "counselor":
            ranks = cohorts((e.student.student_id, e.student.role, e.digest.overall)
                            for e in ok if e.digest is not None)
            for e in ok:
                e.cohort = ranks.get(e.student.student_id)
        todo = []
        keys = {}
        for e in ok:
            sid = e.student.student_id
            key = render_key(e.input_hash, self.audience, self.paper, e.cohort)
            if self.resume and self.state.get(sid, "pdf") == key and \
                    pdf_complete(self.out / f"{sid}.pdf"):
                self.reports_reused += 1
            else:
                self.state.set(sid, "pdf", None)
                todo.append(e)
                keys[sid] = key

        def tasks() -> Iterator[RenderTask]:
            for e in todo:
                sid = e.student.student_id
                yield RenderTask(student_id=sid, line=self.journal.read(sid),
                                 out=str(self.out / f"{sid}.pdf"), audience=self.audience,
                                 paper=self.paper, cohort=e.cohort, previous=self._previous(e))

        def done(outcome: Rendered) -> None:
            sid = outcome.student_id
            self.entries[sid].report_error = outcome.error
            if outcome.error is None:
                self.state.set(sid, "pdf", keys[sid])
                self.rendered += 1
            self.progress.advance(sid, "failed" if outcome.error else "ok",
                                  outcome.error or f"{outcome.seconds:.1f}s")
            self._told(sid, "rendered" if outcome.error is None else "failed")

        def crashed(t: RenderTask, message: str) -> None:
            done(Rendered(t.student_id, f"the PDF report could not be written ({message})"))

        self.progress.phase("Writing reports", len(todo), skipped=self.reports_reused)
        pool.run(render_student, tasks(), slots, done, crashed)

    def _previous(self, entry: _Entry) -> str | None:
        """The student's assessment before this one, from the history store, as JSON."""
        d = entry.digest
        if d is None or entry.history_row is None:
            return None
        before = self.history.previous(d.candidate_id, d.role, self.as_of.isoformat(),
                                       before_row=entry.history_row)
        return before.to_json(indent=None) if before is not None else None


def _assessment(line: str) -> Assessment:
    import json

    return Assessment.from_dict(json.loads(line)["assessment"])


def _failed_line(task: AssessTask, message: str) -> str:
    import json

    from assessor.batch.work import record

    return json.dumps(record(task, "", status="failed", error=message), ensure_ascii=False)


def _reuse(journal: Journal, student: Student) -> Digest:
    """The digest of a student's earlier result, which now stands for this run.

    The result line is stored again when the roster's own columns for the student changed
    (a corrected name, a new column) or when it records an earlier PDF failure.
    """
    import json

    from assessor.batch.work import digest_of

    sid = student.student_id
    prior = journal.prior[sid]
    journal.reuse(sid)
    rec = json.loads(journal.read(sid))
    now = {"row": student.row, "name": student.name, "role": student.role,
           "roster": dict(student.extra), "status": "ok", "error": None}
    # The cohort is given afresh each run (results.jsonl has last run's), never kept.
    stale = rec["assessment"].get("cohort") is not None
    if stale or not prior.clean or any(rec.get(k) != v for k, v in now.items()):
        rec["assessment"]["cohort"] = None
        rec.update(now)
        journal.append(sid, json.dumps(rec, ensure_ascii=False))
    return digest_of(rec["assessment"])


def _detail(digest: Digest | None, seconds: float) -> str:
    if digest is None:
        return ""
    if digest.status != "ok":
        return digest.error
    return f"{digest.overall:.0f} ({digest.band.replace('_', ' ')}), {seconds:.1f}s"


class _Saver:
    """Saves the state file every few seconds, so a killed run loses little."""

    def __init__(self, state: State, settings: dict[str, Any]) -> None:
        self.state, self.settings = state, settings
        self.last = time.monotonic()

    def tick(self) -> None:
        if time.monotonic() - self.last >= SAVE_EVERY:
            self.state.save(self.settings)
            self.last = time.monotonic()
