"""The work a batch does for one student, in whichever process or cluster worker runs it.

Two steps, each a plain function of picklable arguments so a process pool or a Dask cluster
can run it: :func:`assess_student` scores one roster row and returns its result as one JSON
line plus a :class:`Digest` (the few numbers the batch keeps in memory);
:func:`render_student` turns one JSON line into the student's PDF. Neither raises for a bad
student: the failure comes back as data, so one student never stops a batch.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import time
import traceback
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assessor import __version__
from assessor.errors import AssessorError

if TYPE_CHECKING:  # pragma: no cover
    from assessor.candidate import Candidate

#: Criteria per student counted as that student's biggest gaps in the summary.
GAPS_PER_STUDENT = 3


@dataclass(frozen=True)
class AssessTask:
    """What a worker needs to assess one student (small, picklable)."""

    student_id: str
    row: int
    name: str
    path: str
    role: str
    job: str | None
    as_of: str
    salt: str                       # model, rubric, version and date fingerprint
    extra: Mapping[str, str] = field(default_factory=dict)
    prior_hash: str | None = None   # input hash of a reusable earlier result, if any
    redact: bool = False            # third parties' names as initials (assessor.privacy)
    timeout: float | None = None    # seconds before the student is stopped and failed


@dataclass(frozen=True)
class Cohort:
    """A student's place among the students assessed for the same role."""

    percentile: int   # 0-100: the share scoring below, ties counted as half
    size: int

    def as_dict(self) -> dict[str, int]:
        """The form an assessment's JSON carries (``{"percentile": p, "size": n}``)."""
        return {"percentile": self.percentile, "size": self.size}


@dataclass(frozen=True)
class Digest:
    """The small numbers kept per student for percentiles, the summary and results.csv."""

    status: str                     # ok | failed (ok: there is a result)
    error: str = ""
    candidate_name: str = ""
    candidate_id: str = ""
    role: str = ""                  # the rubric's role id
    role_title: str = ""
    overall: float | None = None
    band: str = ""
    dimensions: tuple[tuple[str, float], ...] = ()
    red_flags: int = 0
    top_recommendation: str = ""
    gaps: tuple[tuple[str, str], ...] = ()   # (dimension.signal, description), biggest first
    completeness: str = ""          # complete | partial | insufficient ("" before schema 2)
    data_summary: str = ""          # the data completeness sentence

    @property
    def incomplete(self) -> bool:
        """Assessed, but on exports that could not all be read (or too little data)."""
        return self.status == "ok" and self.completeness in ("partial", "insufficient")


@dataclass(frozen=True)
class Assessed:
    """What :func:`assess_student` returns.

    ``kind`` is ``assessed`` (with ``line`` and ``digest``), ``failed`` (also with both; the
    line records the error) or ``unchanged`` (the inputs hash to ``prior_hash``: the earlier
    result stands and nothing was computed).
    """

    student_id: str
    kind: str
    input_hash: str
    line: str | None = None
    digest: Digest | None = None
    seconds: float = 0.0


@dataclass(frozen=True)
class RenderTask:
    """What a worker needs to write one student's PDF."""

    student_id: str
    line: str
    out: str
    audience: str
    paper: str
    cohort: Cohort | None = None
    previous: str | None = None     # the assessment before this one (JSON), for progress


@dataclass(frozen=True)
class Rendered:
    student_id: str
    error: str | None = None
    seconds: float = 0.0


# -- fingerprints -------------------------------------------------------------------------

def _plain_files(root: Path) -> list[Path]:
    """The regular files under ``root``, as the importers see them: no link is followed and
    no FIFO or device is opened."""
    if root.is_file():
        return [root]
    found = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        found += [p for p in map(Path(dirpath).joinpath, filenames)
                  if stat.S_ISREG(p.lstat().st_mode)]
    return sorted(found)


def _hash_file(h: Any, path: Path, *, plain: bool = False) -> None:
    """Add a file's bytes; ``plain``: refuse a link or a FIFO (a student's file)."""
    flags = os.O_RDONLY | (getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
                           if plain else 0)
    with open(os.open(path, flags), "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)


def input_hash(path: str | Path, job: str | Path | None, salt: str) -> str:
    """A fingerprint of everything a student's result depends on.

    The candidate's files (names and contents, in a fixed order), the job posting, and the
    ``salt`` (role rubric, model, assessor version and assessment date).
    """
    h = hashlib.sha256(salt.encode())
    root = Path(path)
    for p in _plain_files(root):
        h.update(b"\0file\0" + os.fsencode(p.relative_to(root).as_posix()) + b"\0")
        _hash_file(h, p, plain=True)
    if job:
        h.update(b"\0job\0")
        _hash_file(h, Path(job))
    return h.hexdigest()


#: The files of the package that decide a result or a report: code, templates, the report's
#: stylesheets and font, the schema.
CODE_SUFFIXES = (".py", ".html", ".css", ".svg", ".j2", ".json", ".woff")


def code_files() -> list[Path]:
    """The files :func:`code_fingerprint` reads: every :data:`CODE_SUFFIXES` file of the whole
    ``assessor`` package (not only this folder)."""
    root = Path(__file__).resolve().parent.parent
    return [p for p in sorted(root.rglob("*"))
            if p.suffix in CODE_SUFFIXES and p.is_file() and "__pycache__" not in p.parts]


@cache
def code_fingerprint() -> str:
    """A fingerprint of this assessor's own code and templates.

    Part of every input hash, so ``--resume`` never keeps a result or a PDF made by other
    code, even between two versions with the same number (a development checkout).
    """
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256(__version__.encode())
    for p in code_files():
        h.update(p.relative_to(root).as_posix().encode() + b"\0")
        _hash_file(h, p)
    return h.hexdigest()


def run_salt(role: str, as_of: date) -> str:
    """Fingerprint of what every student assessed for ``role`` on ``as_of`` shares: the
    code, the rubric, the classifier model and the date."""
    from assessor.classifier import default_model_path
    from assessor.rubric import rubric_path

    h = hashlib.sha256(f"{code_fingerprint()}\0{as_of.isoformat()}\0{role}\0".encode())
    for p in (rubric_path(role)[0], default_model_path()):
        if p.is_file():
            _hash_file(h, p)
    return h.hexdigest()


def render_key(input_hash: str, audience: str, paper: str,
               cohort: Cohort | None) -> str:
    """What a written PDF depends on beyond the result: audience, paper and cohort."""
    text = json.dumps([code_fingerprint(), input_hash, audience, paper,
                       cohort.as_dict() if cohort else None],
                      sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


# -- in a worker --------------------------------------------------------------------------

@cache
def warm() -> None:
    """Load what every task needs, once per process: the classifier (with its language
    identifier) and the PDF renderer (with its fonts).

    All of it is cached at module level: workers forked from the batch's forkserver (which
    ran this once) share its memory, and a spawned or cluster worker pays for it once, not
    per student.
    """
    from assessor.classifier import load_classifier
    from assessor.report import html_to_pdf

    # A sentence that is not English makes the classifier load its language identifier.
    load_classifier().predict(["Merci beaucoup à toute l'équipe pour cette belle journée."])
    html_to_pdf("<!DOCTYPE html><html><body><p>warm</p></body></html>")


def _alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (a zombie, dead but not yet reaped, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover - someone else's process took the number
        return False
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True   # no /proc (macOS): kill(0) is all we have


def exit_with_batch(batch_pid: int | None) -> None:
    """End this worker when the batch that started it ends, however it ended (even SIGKILL).

    A worker's parent is the batch's forkserver, which lives as long as any worker does (each
    worker holds its "alive" pipe), so a batch killed outright would leave them all running,
    hundreds of MB. A daemon thread checks every second that the batch and the parent are
    still there; on Linux the kernel also kills the worker with its parent
    (``PR_SET_PDEATHSIG``).
    """
    import signal
    import sys
    import threading

    parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)  # PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover - the thread does it alone
            pass

    def gone() -> bool:
        return os.getppid() != parent or (batch_pid is not None and not _alive(batch_pid))

    if gone():
        os._exit(1)

    def watch() -> None:
        while not gone():
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-batch", daemon=True).start()


def init_worker(batch_pid: int | None = None) -> None:
    """Process-pool initializer: leave Ctrl-C to the parent, end with the batch
    (:func:`exit_with_batch`), one BLAS thread, warm caches."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    exit_with_batch(batch_pid)
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:  # pragma: no cover - threadpoolctl comes with scikit-learn
        pass
    warm()


def ping() -> int:
    """A no-op task: answers once a worker has started and warmed up."""
    return os.getpid()


def record(task: AssessTask, h: str, *, status: str, error: str | None = None,
           assessment: dict[str, Any] | None = None, trace: str | None = None) -> dict[str, Any]:
    """One line of ``results.jsonl``."""
    rec: dict[str, Any] = {
        "student_id": task.student_id, "row": task.row, "name": task.name,
        "role": task.role, "status": status, "error": error, "input_hash": h,
        "roster": dict(task.extra), "assessment": assessment}
    if trace:
        rec["traceback"] = trace
    return rec


def assess_student(task: AssessTask) -> Assessed:
    """Assess one student; never raises for a problem with the student's files.

    Returns
    -------
    Assessed
        ``unchanged`` when the inputs still hash to ``task.prior_hash``; otherwise the result
        (or the failure) as a JSON line and its digest.
    """
    start = time.perf_counter()
    try:
        h = input_hash(task.path, task.job, task.salt)
    except OSError as exc:
        h = ""
        error = f"{task.path}: cannot be read ({exc.strerror or exc})"
        return _failed(task, h, error, None, start)
    if task.prior_hash and task.prior_hash == h:
        return Assessed(task.student_id, "unchanged", h, seconds=time.perf_counter() - start)
    from assessor import api
    from assessor.classifier import load_classifier

    try:
        with _time_limit(task.timeout):
            result = api.assess(rostered(task.path, task.student_id), task.role, job=task.job,
                                as_of=date.fromisoformat(task.as_of),
                                classifier=load_classifier(), redact=task.redact)
    except _TooLong:
        return _failed(task, h, f"took longer than {task.timeout:g} s and was stopped; check "
                                "the student's folder for something unusually large "
                                "(--timeout sets the limit)", None, start)
    except AssessorError as exc:
        return _failed(task, h, str(exc), None, start)
    except Exception as exc:  # noqa: BLE001 - a bug must not stop the other students
        return _failed(task, h, f"unexpected error ({type(exc).__name__}: {exc}); this is a "
                                "bug in assessor, details are in results.jsonl",
                       traceback.format_exc(), start)
    data = result.to_dict()
    line = json.dumps(record(task, h, status="ok", assessment=data), ensure_ascii=False)
    return Assessed(task.student_id, "assessed", h, line, digest_of(data),
                    time.perf_counter() - start)


def rostered(path: str, student_id: str) -> Candidate:
    """The candidate under ``path``, known by the roster's id.

    In a batch the roster says who a folder belongs to, so its id keys the history and the
    results; a ``candidate.yaml`` claiming another id (maybe another student's) is a warning.
    """
    from assessor.ingest import load_candidate

    cand = load_candidate(path)
    if cand.student_id == student_id:
        return cand
    warnings = cand.warnings
    if cand.student_id:
        warnings += (f"candidate.yaml gives student_id {cand.student_id!r}, but the roster "
                     f"says {student_id!r}; the roster's id is used",)
    return replace(cand, student_id=student_id, warnings=warnings)


class _TooLong(BaseException):  # noqa: N818 - not an Exception: nothing may swallow it
    pass


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`_TooLong` in this block after ``seconds`` (main thread on POSIX only:
    a process-pool worker; a Dask worker thread runs without a limit)."""
    import signal
    import threading

    if not seconds or not hasattr(signal, "setitimer") or \
            threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: Any) -> None:
        raise _TooLong

    old = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _failed(task: AssessTask, h: str, error: str, trace: str | None, start: float) -> Assessed:
    from assessor.display import printable

    error = printable(error)  # it names the student's files: shown on the console, in the CSV
    line = json.dumps(record(task, h, status="failed", error=error, trace=trace),
                      ensure_ascii=False)
    return Assessed(task.student_id, "failed", h, line, Digest(status="failed", error=error),
                    time.perf_counter() - start)


def digest_of(assessment: Mapping[str, Any]) -> Digest:
    """The digest of an assessment in its JSON form (``Assessment.to_dict()``)."""
    dims = assessment["dimensions"]
    total = sum(d["weight"] for d in dims.values()) or 1.0
    lost = []
    for dim_id, dim in dims.items():
        for c in dim["criteria"]:
            # Points this criterion leaves on the table, counted toward the overall score.
            gap = (c["max_points"] - c["points"]) * dim["weight"] / total
            if gap > 0 and c["level"] in ("poor", "fair"):
                lost.append((gap, f"{dim_id}.{c['signal']}", c["description"]))
    lost.sort(key=lambda t: (-t[0], t[1]))
    recs = assessment.get("recommendations") or ()
    return Digest(
        status="ok", candidate_name=assessment["candidate"]["name"],
        candidate_id=assessment["candidate"]["id"], role=assessment["role"],
        role_title=assessment["role_title"], overall=float(assessment["overall"]),
        band=assessment["band"],
        dimensions=tuple((k, float(v["score"])) for k, v in dims.items()),
        red_flags=len(assessment.get("red_flags") or ()),
        top_recommendation=recs[0]["action"] if recs else "",
        gaps=tuple((key, desc) for _, key, desc in lost[:GAPS_PER_STUDENT]),
        completeness=(assessment.get("data_completeness") or {}).get("level", ""),
        data_summary=(assessment.get("data_completeness") or {}).get("summary", ""))


def render_student(task: RenderTask) -> Rendered:
    """Write one student's PDF from their results line; never raises for a bad result."""
    start = time.perf_counter()
    try:
        from assessor.report import write_pdf
        from assessor.result import Assessment

        rec = json.loads(task.line)
        assessment = Assessment.from_dict(rec["assessment"])
        if task.cohort is not None:
            assessment = replace(assessment, cohort=task.cohort.as_dict())
        previous = Assessment.from_dict(json.loads(task.previous)) if task.previous else None
        write_pdf(assessment, task.out, audience=task.audience, paper=task.paper,
                  history=previous)
    except Exception as exc:  # noqa: BLE001 - reported on the student's row
        return Rendered(task.student_id, f"the PDF report could not be written "
                                         f"({type(exc).__name__}: {exc})",
                        time.perf_counter() - start)
    return Rendered(task.student_id, None, time.perf_counter() - start)
