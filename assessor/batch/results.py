"""A batch's shared outputs: ``results.jsonl``, ``results.csv``, ``summary.pdf``, and the cohort
percentiles counselor reports show.

Each file is written through a temporary file and renamed into place, so a reader (or an
interrupted run) never sees half of one. Rows come in roster order.
"""

from __future__ import annotations

import bisect
import csv
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING

from assessor.batch.state import RESULTS_JSONL, Journal
from assessor.batch.work import Cohort, Digest
from assessor.files import atomic_text
from assessor.rubric import DIMENSIONS

if TYPE_CHECKING:  # pragma: no cover
    from assessor.batch.roster import Roster, Student

RESULTS_CSV = "results.csv"
SUMMARY_PDF = "summary.pdf"
#: The fixed columns of results.csv; the roster's own extra columns follow.
CSV_COLUMNS = ("student_id", "name", "role", "status", "overall", "band", *DIMENSIONS,
               "red_flags", "top_recommendation", "error")



@dataclass(frozen=True)
class Row:
    """One roster row at the end of a batch."""

    student: Student
    digest: Digest
    report_error: str | None = None   # why the PDF could not be written
    cohort: Cohort | None = None


#: The smallest cohort a percentile is given for: alone, a student has no place in one.
MIN_COHORT = 2


def cohorts(scores: Iterable[tuple[str, str, float | None]], *, minimum: int = MIN_COHORT
            ) -> dict[str, Cohort]:
    """Each student's percentile among the students assessed for the same role.

    Parameters
    ----------
    scores
        ``(student_id, role, overall)`` for every student with a result.
    minimum
        Cohorts smaller than this get no percentile.

    Returns
    -------
    dict
        ``{student_id: Cohort(percentile=p, size=n)}``: ``p`` (0-100, whole) is the share of
        the cohort scoring below the student, counting ties as half, so the middle of a
        cohort is the 50th percentile whatever its size.
    """
    by_role: dict[str, list[float]] = {}
    items = [(sid, role, float(overall)) for sid, role, overall in scores if overall is not None]
    for _, role, overall in items:
        by_role.setdefault(role, []).append(overall)
    for values in by_role.values():
        values.sort()
    out = {}
    for sid, role, overall in items:
        values = by_role[role]
        if len(values) < minimum:
            continue
        below = bisect.bisect_left(values, overall)
        ties = bisect.bisect_right(values, overall) - below
        out[sid] = Cohort(percentile=round(100 * (below + 0.5 * ties) / len(values)),
                          size=len(values))
    return out


def final_status(digest: Digest, report_error: str | None) -> tuple[str, str]:
    """``(status, error)`` for a student: failed if the assessment or the PDF failed,
    incomplete if some of the student's exports could not be read (the error says what)."""
    if digest.status != "ok":
        return "failed", digest.error
    if report_error:
        return "failed", report_error
    if digest.incomplete:
        return "incomplete", digest.data_summary
    return "ok", ""


def write_results(out: Path, roster: Roster, rows: Iterable[Row], journal: Journal, *,
                  as_of: date, audience: str, paper: str, title: str | None = None
                  ) -> tuple[Path, ...]:
    """Write ``results.jsonl``, ``results.csv`` and ``summary.pdf`` into ``out``.

    ``title`` heads the summary; default the roster's folder name.

    Returns
    -------
    tuple of Path
        The files written.
    """
    rows = list(rows)
    jsonl = out / RESULTS_JSONL
    with atomic_text(jsonl) as fh:
        for row in rows:
            fh.write(_final_line(journal, row.student.student_id, row.report_error, row.cohort)
                     + "\n")
    table = out / RESULTS_CSV
    with atomic_text(table, newline="") as fh:
        write_csv(fh, rows, roster.extra_columns)
    from assessor.report.summary import build_summary, default_title, write_summary_pdf

    view = build_summary(rows, roster_name=roster.path.name, as_of=as_of, audience=audience,
                         paper=paper, title=title or default_title(roster.path))
    summary = write_summary_pdf(view, out / SUMMARY_PDF)
    return jsonl, table, summary


def _final_line(journal: Journal, student_id: str, report_error: str | None,
                cohort: Cohort | None) -> str:
    """The student's line as results.jsonl has it: a PDF failure marks it failed, and a
    counselor batch's cohort goes into the assessment, as its PDF showed it."""
    line = journal.read(student_id)
    if report_error or cohort is not None:
        rec = json.loads(line)
        if report_error:
            rec.update(status="failed", error=report_error)
        if cohort is not None:
            rec["assessment"]["cohort"] = cohort.as_dict()
        line = json.dumps(rec, ensure_ascii=False)
    return line


def write_csv(fh: IO[str], rows: Sequence[Row], extra_columns: Sequence[str]) -> None:
    """results.csv: one row a student, the fixed :data:`CSV_COLUMNS` then the roster's own."""
    writer = csv.writer(fh)
    writer.writerow([cell(c) for c in (*CSV_COLUMNS, *extra_columns)])
    for row in rows:
        student, digest = row.student, row.digest
        status, error = final_status(digest, row.report_error)
        dims = dict(digest.dimensions)
        writer.writerow([
            cell(student.student_id), cell(student.name or digest.candidate_name),
            cell(student.role), status, _num(digest.overall), cell(digest.band),
            *(_num(dims.get(d)) for d in DIMENSIONS),
            digest.red_flags if digest.status == "ok" else "", cell(digest.top_recommendation),
            cell(error), *(cell(student.extra.get(c, "")) for c in extra_columns)])


#: First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def cell(text: str) -> str:
    """A text cell that no spreadsheet runs: one starting with ``= + - @``, a tab or a carriage
    return gets a leading ``'`` (OWASP's rule), unless it is a plain number like ``-3.5``."""
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"
