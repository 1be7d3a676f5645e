"""The class summary's view model and HTML, from hand-made digests (no assessment, no PDF)."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from assessor.batch.results import Row, cohorts
from assessor.batch.roster import Student
from assessor.batch.work import Cohort, Digest
from assessor.report.summary import build_summary, default_title, histogram, render_summary_html
from assessor.rubric import DIMENSIONS


def student(sid: str, row: int, name: str = "", role: str = "data-analyst") -> Student:
    return Student(row=row, student_id=sid, name=name or sid, path=Path("/x"), role=role)


def digest(overall: float, band: str, *, flags: int = 0, gaps=(), dims: float | None = None
           ) -> Digest:
    return Digest(status="ok", candidate_name="?", role_title="Data analyst", overall=overall,
                  band=band, dimensions=tuple((d, dims if dims is not None else overall)
                                              for d in DIMENSIONS),
                  red_flags=flags, top_recommendation="Do the first thing.", gaps=tuple(gaps))


GAP_A = ("engagement.replies_per_month", "Replies and comments per month")
GAP_B = ("evidence_of_results.projects", "Projects someone else can check")

ROWS = [
    Row(student("S1", 2, "Ann <b>Bold</b>"), digest(82, "ready", gaps=[GAP_B])),
    Row(student("S2", 3), digest(35, "not_yet", gaps=[GAP_A, GAP_B])),
    Row(student("S3", 4), digest(66, "nearly_ready", flags=2, gaps=[GAP_A])),
    Row(student("S4", 5), Digest(status="failed", error="S4/x.zip: is not a readable zip archive"),
     None, None),
    Row(student("S5", 6), digest(50, "developing", gaps=[GAP_A]), "the PDF report could not be "
     "written (OSError: disk full)"),
]


def view():
    return build_summary(ROWS, roster_name="roster.csv", as_of=date(2026, 11, 20))


def test_counts_bands_and_failures() -> None:
    v = view()
    assert (v.total, v.ok, v.failed) == (5, 3, 2)
    assert v.bands == (("ready", "Ready", 1), ("nearly_ready", "Nearly ready", 1),
                       ("developing", "Developing", 1), ("not_yet", "Not yet", 1))
    assert [(f.student_id, f.row) for f in v.failures] == [("S4", 5), ("S5", 6)]
    assert v.failures[1].error == "the PDF report could not be written (OSError: disk full)"


def test_attention_puts_the_lowest_band_first_then_missing_data_then_red_flags() -> None:
    assert [r.student_id for r in view().attention] == ["S2", "S3"]
    rows = [
        Row(student("R1", 2), digest(90, "ready", flags=3)),
        Row(student("D1", 3), digest(55, "developing", flags=1)),
        Row(student("D2", 4), digest(45, "developing")),
        Row(student("D3", 5), digest(58, "developing", flags=4)),
        Row(student("N1", 6), digest(30, "not_yet")),
        Row(student("N2", 7), digest(38, "not_yet", flags=1)),
        Row(student("N3", 8), dataclasses.replace(digest(39, "not_yet"), completeness="partial"),
         None, None),
        Row(student("OK", 9), digest(95, "ready")),
    ]
    v = build_summary(rows, roster_name="roster.csv", as_of=date(2026, 11, 20))
    assert [r.student_id for r in v.attention] == ["N3", "N2", "N1", "D3", "D1", "D2", "R1"]
    assert [r.status for r in v.attention][:2] == ["incomplete", "ok"]


def test_title_from_the_option_or_the_roster_folder_never_the_file(tmp_path) -> None:
    assert build_summary(ROWS, roster_name="roster.csv", as_of=date(2026, 11, 20),
                         title="Career lab, autumn").title == "Career lab, autumn"
    folder = tmp_path / "class_of-2027"
    folder.mkdir()
    assert default_title(folder / "roster.csv") == "class of 2027"
    html = render_summary_html(build_summary(ROWS, roster_name="roster.csv",
                                             as_of=date(2026, 11, 20),
                                             title=default_title(folder / "roster.csv")))
    assert "<h1>class of 2027</h1>" in html and "roster.csv</h1>" not in html


def test_common_gaps_are_counted_across_students() -> None:
    gaps = view().gaps
    assert [(g.description, g.count) for g in gaps] == [
        ("Replies and comments per month", 3), ("Projects someone else can check", 2)]
    assert gaps[0].dimension == "Engagement"
    assert round(gaps[0].share) == 75


def test_dimension_averages_per_role() -> None:
    (role,) = view().roles
    assert role.students == 4
    assert round(role.mean_overall, 2) == round((82 + 35 + 66 + 50) / 4, 2)
    assert role.dimensions[0].title == "Business alignment"
    assert role.dimensions[0].below_good == 3


def test_histogram_bins_and_a_band_strip_above_the_bars() -> None:
    h = histogram([0, 9.9, 10, 55, 100, 100])
    assert [b.count for b in h.bins] == [2, 1, 0, 0, 0, 1, 0, 0, 0, 2]
    assert [label for label, _, _ in h.bands] == ["Not yet", "Developing", "Nearly ready",
                                                   "Ready"]
    # Segments tile 0-100 with no gap, and the strip ends above the tallest bar's count.
    assert h.bands[0][1] == h.left and h.bands[-1][2] == h.left + 100 * h.scale_x
    assert all(a[2] == b[1] for a, b in zip(h.bands, h.bands[1:], strict=False))
    assert h.strip[1] < min(b.y for b in h.bins) - 12
    assert h.max_count == 2


def test_html_escapes_names_and_shows_every_section() -> None:
    html = render_summary_html(view())
    assert "Ann &lt;b&gt;Bold&lt;/b&gt;" in html and "<b>Bold</b>" not in html
    for needle in ('id="overview"', 'class="chart chart-histogram"', 'id="attention"',
                   'id="failures"', 'id="gaps"', 'class="role"', 'id="table"',
                   "S4/x.zip: is not a readable zip archive", "http://www.w3.org/2000/svg"):
        assert needle in html
    assert "<script" not in html and "src=" not in html


def test_no_failures_section_when_all_succeed() -> None:
    html = render_summary_html(build_summary(ROWS[:3], roster_name="r.csv",
                                             as_of=date(2026, 11, 20)))
    assert 'id="failures"' not in html
    assert "none failed" in html


def test_cohort_percentiles_count_ties_as_half_and_are_per_role() -> None:
    ranks = cohorts([("a", "r1", 10.0), ("b", "r1", 20.0), ("c", "r1", 20.0), ("d", "r1", 90.0),
                     ("e", "r2", 50.0), ("f", "r1", None)])
    assert ranks["a"] == Cohort(percentile=12, size=4)
    assert ranks["b"] == ranks["c"] == Cohort(percentile=50, size=4)
    assert ranks["d"].as_dict() == {"percentile": 88, "size": 4}
    assert "e" not in ranks and "f" not in ranks   # a cohort of one; no score
