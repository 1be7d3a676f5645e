"""The class summary of a batch: what ``summary.pdf`` shows, decided from per-student digests.

Like the student report, three stages: :func:`build_summary` turns the batch's rows into a tree
of plain frozen dataclasses (this module), ``templates/summary.html`` decides how it looks, and
:func:`write_summary_pdf` renders it with the report's own jinja2 environment and its
fetch-nothing PDF renderer. Chart geometry is computed here; the SVG markup lives in
``templates/summary_charts.svg`` (the histogram) and ``templates/charts.svg`` (the bars).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from assessor.levels import Band
from assessor.report.charts import BarChart, bar_chart
from assessor.report.view import DIMENSION_TEXT, GOOD
from assessor.rubric import DIMENSIONS

if TYPE_CHECKING:  # pragma: no cover
    from assessor.batch.results import Row
    from assessor.batch.roster import Student
    from assessor.batch.work import Digest

#: Students listed under "needs attention first"; the full table has everyone.
ATTENTION_LIMIT = 20
#: Criteria listed as the most common gaps.
GAPS_LIMIT = 8
#: Rows of the full table (and of the failures) in the PDF. WeasyPrint lays a table out at
#: a few milliseconds a cell, so a bigger class would make a slow, huge file; results.csv
#: always has every row.
TABLE_LIMIT = 500
BAND_ORDER: dict[str, int] = {band: i for i, band in enumerate(reversed(Band))}  # not_yet first
#: Within a band, students whose data could not all be read come before complete ones.
STATUS_ORDER = {"failed": 0, "incomplete": 1, "ok": 2}


@dataclass(frozen=True)
class Bin:
    low: int
    high: int
    count: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Histogram:
    width: float
    height: float
    left: float
    base: float          # y of the zero line
    scale_x: float       # pixels per point
    bins: tuple[Bin, ...]
    bands: tuple[tuple[str, float, float], ...]   # (band label, x from, x to)
    strip: tuple[float, float]    # y of the band strip's top and bottom, above every bar
    ticks: tuple[tuple[int, float], ...]
    max_count: int


@dataclass(frozen=True)
class DimensionAverage:
    title: str
    mean: float
    below_good: int       # students under the 'good' level on this dimension


@dataclass(frozen=True)
class RoleBlock:
    role: str
    title: str
    students: int
    mean_overall: float
    dimensions: tuple[DimensionAverage, ...]
    bars: BarChart


@dataclass(frozen=True)
class Gap:
    description: str
    dimension: str
    count: int
    share: float          # percent of assessed students


@dataclass(frozen=True)
class StudentRow:
    student_id: str
    name: str
    role: str
    status: str
    overall: float | None
    band: str
    band_label: str
    red_flags: int
    dimensions: tuple[float | None, ...]
    top_recommendation: str
    error: str


@dataclass(frozen=True)
class FailureRow:
    student_id: str
    row: int
    name: str
    error: str


@dataclass(frozen=True)
class SummaryView:
    title: str
    roster_name: str
    as_of: str
    audience: str
    paper: str
    total: int
    ok: int
    failed: int
    bands: tuple[tuple[str, str, int], ...]    # (band, label, count)
    histogram: Histogram
    roles: tuple[RoleBlock, ...]
    gaps: tuple[Gap, ...]
    attention: tuple[StudentRow, ...]
    attention_more: int
    dimension_labels: tuple[str, ...]
    table: tuple[StudentRow, ...]
    table_more: int
    failures: tuple[FailureRow, ...]
    expect: float
    table_limit: int = TABLE_LIMIT
    incomplete: int = 0    # assessed, but some exports could not be read (counted in ok)


def histogram(scores: Iterable[float], *, width: float = 470.0, height: float = 190.0,
              bins: int = 10) -> Histogram:
    """Geometry of a histogram of 0-100 scores in ``bins`` equal bins, band edges marked.

    Parameters
    ----------
    scores
        Overall scores.
    width, height
        Drawing size in pixels.
    bins
        Number of bins across 0-100 (a score of 100 goes in the last one).

    Returns
    -------
    Histogram
    """
    counts = [0] * bins
    step = 100 / bins
    for s in scores:
        counts[min(bins - 1, max(0, int(s // step)))] += 1
    left, right, top, bottom = 34.0, 12.0, 36.0, 34.0
    scale_x = (width - left - right) / 100
    base = height - bottom
    peak = max(counts) or 1
    scale_y = (base - top) / peak
    out = tuple(Bin(low=round(i * step), high=round((i + 1) * step), count=c,
                    x=left + i * step * scale_x + 1, y=base - c * scale_y,
                    width=step * scale_x - 2, height=c * scale_y)
                for i, c in enumerate(counts))
    # The bands are a labelled strip above the tallest bar and its count, so no band line
    # crosses a bar or a label.
    floors = sorted(Band, key=lambda b: b.floor)
    edges = tuple((band.label, left + band.floor * scale_x,
                   left + (floors[i + 1].floor if i + 1 < len(floors) else 100) * scale_x)
                  for i, band in enumerate(floors))
    ticks = tuple((t, left + t * scale_x) for t in range(0, 101, 20))
    return Histogram(width=width, height=height, left=left, base=base, scale_x=scale_x,
                     bins=out, bands=edges, strip=(2.0, 17.0), ticks=ticks,
                     max_count=max(counts))


def _status(digest: Digest, report_error: str | None) -> str:
    """``failed`` (no result or no PDF), else the digest's own: ``ok`` or ``incomplete``."""
    if report_error or digest.status != "ok" or digest.overall is None:
        return "failed"
    return "incomplete" if digest.incomplete else "ok"


def _student_row(student: Student, digest: Digest, report_error: str | None) -> StudentRow:
    dims = dict(digest.dimensions)
    return StudentRow(
        student_id=student.student_id, name=student.name or digest.candidate_name,
        role=digest.role_title or student.role, status=_status(digest, report_error),
        overall=digest.overall, band=digest.band,
        band_label=Band(digest.band).label if digest.band in BAND_ORDER else digest.band,
        red_flags=digest.red_flags,
        dimensions=tuple(dims.get(d) for d in DIMENSIONS),
        top_recommendation=digest.top_recommendation,
        error=digest.error or report_error or (digest.data_summary if digest.incomplete
                                               else ""))


def _roles(rows: list[tuple[Student, Digest]]) -> tuple[RoleBlock, ...]:
    by_role: dict[str, list[Digest]] = {}
    titles: dict[str, str] = {}
    for student, digest in rows:
        by_role.setdefault(student.role, []).append(digest)
        titles[student.role] = digest.role_title or student.role
    blocks = []
    for role, digests in by_role.items():
        n = len(digests)
        dims = []
        for d in DIMENSIONS:
            values = [dict(g.dimensions)[d] for g in digests if d in dict(g.dimensions)]
            mean = sum(values) / len(values) if values else 0.0
            dims.append(DimensionAverage(DIMENSION_TEXT[d][0], mean,
                                         sum(1 for v in values if v < GOOD)))
        bars = bar_chart([(a.title, a.mean) for a in dims], expect=GOOD, width=330,
                         bar_height=13, gap=6, left=118)
        blocks.append(RoleBlock(role=role, title=titles[role], students=n,
                                mean_overall=sum(g.overall or 0.0 for g in digests) / n,
                                dimensions=tuple(dims), bars=bars))
    return tuple(blocks)


def _gaps(digests: list[Digest]) -> tuple[Gap, ...]:
    counter: Counter[str] = Counter()
    described: dict[str, str] = {}
    for d in digests:
        for key, description in d.gaps:
            counter[key] += 1
            described.setdefault(key, description)
    n = len(digests) or 1
    ranked = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:GAPS_LIMIT]
    return tuple(Gap(description=described[key],
                     dimension=DIMENSION_TEXT.get(key.split(".")[0], (key.split(".")[0],))[0],
                     count=count, share=100 * count / n) for key, count in ranked)


def _needs_attention(row: StudentRow) -> bool:
    """Has a report, and is in one of the two lowest bands, incomplete, or has a red flag."""
    return row.status != "failed" and (row.status != "ok" or row.red_flags > 0
                                       or row.band in ("not_yet", "developing"))


def attention_order(row: StudentRow) -> tuple[int, int, int, float, str]:
    """Lowest band first (not yet, then developing...); within a band, incomplete data before
    complete, then the most red flags, then the lowest score."""
    return (BAND_ORDER.get(row.band, len(BAND_ORDER)), STATUS_ORDER.get(row.status, 9),
            -row.red_flags, row.overall if row.overall is not None else 0.0, row.student_id)


def default_title(roster_path: str | Path) -> str:
    """A summary's title when none is given: the roster's folder name, never the file's."""
    folder = Path(roster_path).resolve().parent.name
    return folder.replace("_", " ").replace("-", " ").strip() or "Class"


def build_summary(rows: Iterable[Row], *,
                  roster_name: str, as_of: date, audience: str = "counselor",
                  paper: str = "a4", title: str | None = None) -> SummaryView:
    """Decide what the class summary shows.

    Parameters
    ----------
    rows
        Every roster row, in roster order (:class:`assessor.batch.results.Row`).
    roster_name
        The roster's file name.
    as_of
        The assessment date.
    audience, paper
        As for the student reports; the summary itself is always for the counselor.
    title
        The summary's title (``assessor batch --title``); default the roster's file name
        without its extension. :func:`default_title` gives the folder name.

    Returns
    -------
    SummaryView
    """
    table: list[StudentRow] = []
    ok_rows: list[tuple[Student, Digest]] = []
    failures: list[FailureRow] = []
    for entry in rows:
        student, digest = entry.student, entry.digest
        row = _student_row(student, digest, entry.report_error)
        table.append(row)
        if digest.status != "failed" and digest.overall is not None:
            ok_rows.append((student, digest))
        if row.status == "failed":
            failures.append(FailureRow(student.student_id, student.row, row.name, row.error))
    digests = [d for _, d in ok_rows]
    band_counts = Counter(d.band for d in digests)
    attention = sorted((r for r in table if _needs_attention(r)), key=attention_order)
    return SummaryView(
        title=title or Path(roster_name).stem, roster_name=roster_name,
        as_of=as_of.isoformat(), audience=audience, paper=paper, total=len(table),
        ok=len(table) - len(failures), failed=len(failures),
        bands=tuple((band, band.label, band_counts.get(band, 0)) for band in Band),
        histogram=histogram(d.overall or 0.0 for d in digests), roles=_roles(ok_rows),
        gaps=_gaps(digests), attention=tuple(attention[:ATTENTION_LIMIT]),
        attention_more=max(0, len(attention) - ATTENTION_LIMIT),
        dimension_labels=tuple(DIMENSION_TEXT[d][1] for d in DIMENSIONS),
        table=tuple(table[:TABLE_LIMIT]), table_more=max(0, len(table) - TABLE_LIMIT),
        failures=tuple(failures), expect=GOOD,
        incomplete=sum(r.status == "incomplete" for r in table))


def render_summary_html(view: SummaryView) -> str:
    """The summary as one self-contained HTML document (stylesheet inline, SVG charts)."""
    from assessor.report.render import environment

    return environment().get_template("summary.html").render(view=view)


def write_summary_pdf(view: SummaryView, path: str | Path) -> Path:
    """Write the summary PDF atomically; the renderer fetches nothing.

    Returns
    -------
    Path
        ``path``.
    """
    from assessor.files import write_atomic
    from assessor.report.render import html_to_pdf

    return write_atomic(path, html_to_pdf(render_summary_html(view)))
