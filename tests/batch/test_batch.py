"""End-to-end batches on small rosters of example candidates (real assessments and PDFs).

The Dask test comes last: a Dask cluster leaves threads behind, and after that the batch (rightly)
stops forking its worker processes, which makes later pools slower to start.
"""

from __future__ import annotations

import csv
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from support import EXAMPLES, example_assessment, make_broken_student
from typer.testing import CliRunner

from assessor.batch import run_batch
from assessor.batch.results import CSV_COLUMNS
from assessor.batch.roster import read_roster
from assessor.cli import app

AS_OF = date(2026, 11, 20)


def pdf_text(path: Path) -> str:
    return " ".join((p.extract_text() or "") for p in PdfReader(path).pages)


@pytest.fixture(scope="module")
def klass(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A class folder: two small example candidates and one whose only export is damaged."""
    root = tmp_path_factory.mktemp("class")
    shutil.copytree(EXAMPLES / "lin-wei", root / "lin-wei")
    shutil.copytree(EXAMPLES / "lin-wei", root / "lin-wei-2")
    shutil.copytree(EXAMPLES / "diego-ramirez", root / "diego-ramirez")
    (root / "broken").mkdir()
    (root / "broken" / "Basic_LinkedInDataExport_11-15-2026.zip").write_bytes(b"not a zip")
    return root


def roster(folder: Path, rows: list[str], name: str = "roster.csv") -> Path:
    path = folder / name
    path.write_text("student_id,name,path,role,advisor\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def broken_run(klass: Path) -> tuple[Path, object]:
    """One CLI batch with a broken student in the middle."""
    path = roster(klass, ["S1,Lin Wei,lin-wei,marketing-specialist,Ms Ode",
                          "S2,Sam Broken,broken,software-engineer,Mr Tan",
                          "S3,Diego Ramírez,diego-ramirez,software-engineer,Ms Ode"])
    out = klass / "out"
    res = CliRunner().invoke(app, ["batch", str(path), "--out", str(out), "--as-of",
                                   "2026-11-20", "--db", str(klass / "history.db"),
                                   "--workers", "2"])
    return out, res


def test_one_broken_student_fails_alone(broken_run) -> None:
    out, res = broken_run
    assert res.exit_code == 1, res.output
    assert res.stdout.splitlines()[0].startswith(
        "3 students: 2 ok, 1 failed (3 assessed, 0 unchanged; 2 reports written, 0 up to date)")
    assert "  failed: S2 (row 3): " in res.stdout
    assert "is not a readable zip archive" in res.stdout
    assert sorted(p.name for p in out.glob("*.pdf")) == ["S1.pdf", "S3.pdf", "summary.pdf"]
    assert not list(out.glob(".*.tmp")) and not (out / ".batch-journal.jsonl").exists()
    # plain progress lines on stderr when it is not a terminal
    assert "Assessing: 3 students" in res.stderr
    assert "] Assessing S2: failed " in res.stderr


def test_a_student_with_unreadable_exports_is_incomplete_not_ok(tmp_path: Path) -> None:
    """The issue's broken student gets a report, but the batch says the data is incomplete."""

    make_broken_student(tmp_path / "sam")
    path = roster(tmp_path, ["S9,Sam Rivera,sam,social-media-manager,Ms Ode"])
    res = CliRunner().invoke(app, ["batch", str(path), "--out", str(tmp_path / "out"),
                                   "--as-of", "2026-11-20", "--db", str(tmp_path / "h.db"),
                                   "--workers", "1"])
    assert res.exit_code == 1, res.output
    assert res.stdout.startswith("1 student: 0 ok, 1 incomplete, 0 failed")
    assert "  incomplete: S9 (row 2): 1 export could not be read" in res.stdout
    with open(tmp_path / "out" / "results.csv", encoding="utf-8", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["status"] == "incomplete" and row["overall"]
    assert row["error"].startswith("1 export could not be read and 1 export was read only")
    assert (tmp_path / "out" / "S9.pdf").is_file()
    from assessor.batch.results import Row
    from assessor.batch.work import digest_of
    from assessor.report.summary import build_summary

    rec = json.loads((tmp_path / "out" / "results.jsonl").read_text().splitlines()[0])
    digest = digest_of(rec["assessment"])
    assert digest.incomplete and digest.completeness == "insufficient"
    student = read_roster(path).students[0]
    view = build_summary([Row(student, digest)], roster_name="roster.csv", as_of=AS_OF)
    assert view.incomplete == 1 and view.table[0].status == "incomplete"
    assert view.attention and view.attention[0].student_id == "S9"


def test_results_csv_columns_and_rows(broken_run) -> None:
    out, _ = broken_run
    with open(out / "results.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["student_id", "name", "role", "status", "overall", "band",
                             "business_alignment", "network_quality", "professionalism",
                             "engagement", "evidence_of_results", "consistency",
                             "profile_completeness", "red_flags", "top_recommendation", "error",
                             "advisor"]
    assert tuple(rows[0])[:len(CSV_COLUMNS)] == CSV_COLUMNS
    assert [(r["student_id"], r["status"]) for r in rows] == [
        ("S1", "ok"), ("S2", "failed"), ("S3", "ok")]
    lin, broken, diego = rows
    assert lin["band"] == example_assessment("lin-wei", "marketing-specialist").band
    assert float(lin["overall"]) > 0 and lin["error"] == ""
    assert lin["top_recommendation"] and lin["red_flags"] == "0"
    assert broken["overall"] == "" and "is not a readable zip archive" in broken["error"]
    assert diego["name"] == "Diego Ramírez" and diego["advisor"] == "Ms Ode"


def test_results_jsonl_holds_full_results_and_failures(broken_run) -> None:
    out, _ = broken_run
    lines = [json.loads(x) for x in (out / "results.jsonl").read_text("utf-8").splitlines()]
    assert [(r["student_id"], r["status"]) for r in lines] == [
        ("S1", "ok"), ("S2", "failed"), ("S3", "ok")]
    assert lines[0]["assessment"]["candidate"]["name"] == "Lin Wei"
    assert lines[0]["roster"] == {"advisor": "Ms Ode"}
    assert lines[1]["assessment"] is None and "zip" in lines[1]["error"]
    from assessor.result import Assessment

    assert Assessment.from_dict(lines[2]["assessment"]).role == "software-engineer"


def test_summary_lists_the_failure(broken_run) -> None:
    out, _ = broken_run
    text = " ".join(pdf_text(out / "summary.pdf").split())  # PDF lines wrap with the tmp path
    assert "Failures" in text and "S2" in text and "not a readable zip archive" in text
    assert "Students needing attention first" in text and "Every student" in text
    assert "Lin Wei" in text and "Software engineer: dimension averages" in text


def test_resume_after_a_truncated_pdf_redoes_only_that(broken_run, tmp_path: Path) -> None:
    out, _ = broken_run
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    (copy / "S3.pdf").write_bytes((copy / "S3.pdf").read_bytes()[:1000])
    before = (copy / "S1.pdf").stat().st_mtime_ns
    # The counselor corrected a name and an advisor meanwhile: that alone redoes nothing.
    edited = roster(out.parent, ["S1,Lin W. Wei,lin-wei,marketing-specialist,Dr Ode",
                                 "S2,Sam Broken,broken,software-engineer,Mr Tan",
                                 "S3,Diego Ramírez,diego-ramirez,software-engineer,Ms Ode"],
                    "edited.csv")
    result = run_batch(read_roster(edited), copy, workers=2, resume=True, as_of=AS_OF,
                       db=out.parent / "history.db")
    # S2 failed before, so it is tried again; S1 and S3 are unchanged.
    assert (result.assessed, result.reused) == (1, 2)
    assert (result.rendered, result.reports_reused) == (1, 1)
    assert (copy / "S1.pdf").stat().st_mtime_ns == before
    assert pdf_text(copy / "S3.pdf").startswith(pdf_text(out / "S3.pdf")[:200])
    assert result.exit_code == 1
    old_lines = (out / "results.jsonl").read_text("utf-8").splitlines()
    new_lines = (copy / "results.jsonl").read_text("utf-8").splitlines()
    assert new_lines[2] == old_lines[2]
    lin = json.loads(new_lines[0])
    assert (lin["name"], lin["roster"]) == ("Lin W. Wei", {"advisor": "Dr Ode"})
    assert lin["assessment"] == json.loads(old_lines[0])["assessment"]
    assert "Lin W. Wei,marketing-specialist,ok," in (copy / "results.csv").read_text("utf-8")
    # Every new result went to the history store once; reused ones are not stored again.
    # The roster's ids key the history (not the candidate.yaml ids S003/S004).
    from assessor.history import open_history

    with open_history(out.parent / "history.db") as history:
        assert [e.overall for e in history.trend("S1")] == [
            json.loads(line)["assessment"]["overall"]
            for line in (out / "results.jsonl").read_text("utf-8").splitlines()[:1]]
        assert len(history.trend("S3")) == 1
        assert not history.trend("S003")


def test_resume_after_an_interruption_with_counselor_percentiles(klass: Path,
                                                                  tmp_path: Path) -> None:
    path = roster(klass, ["S1,Lin Wei,lin-wei,marketing-specialist,",
                          "S9,Lin Twin,lin-wei-2,marketing-specialist,"], "two.csv")
    out = tmp_path / "out"
    seen: list[tuple[str, str]] = []

    def stop_after_first_pdf(sid: str, kind: str) -> None:
        seen.append((sid, kind))
        if kind == "rendered":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(read_roster(path), out, workers=1, as_of=AS_OF, db=tmp_path / "h.db",
                  audience="counselor", on_result=stop_after_first_pdf)
    assert [k for _, k in seen] == ["assessed", "assessed", "rendered"]
    done = seen[-1][0]
    assert [p.name for p in out.glob("*.pdf")] == [f"{done}.pdf"]
    assert not (out / "results.csv").exists() and not (out / ".batch.lock").exists()
    assert not list(out.glob(".*.tmp"))
    state = json.loads((out / ".batch-state.json").read_text("utf-8"))
    assert set(state["students"]) == {"S1", "S9"} and "pdf" in state["students"][done]

    result = run_batch(read_roster(path), out, workers=2, as_of=AS_OF, db=tmp_path / "h.db",
                       audience="counselor", resume=True)
    assert (result.assessed, result.reused, result.rendered, result.reports_reused) == (
        0, 2, 1, 1)
    assert result.exit_code == 0
    assert sorted(p.name for p in out.glob("*.pdf")) == ["S1.pdf", "S9.pdf", "summary.pdf"]
    # The twins score the same: each is in the middle of a cohort of two.
    assert "50th percentile of 2 people" in pdf_text(out / "S9.pdf")
    lines = [json.loads(x) for x in (out / "results.jsonl").read_text("utf-8").splitlines()]
    assert [r["assessment"]["cohort"] for r in lines] == [{"percentile": 50, "size": 2}] * 2

    # Nothing left to do: a second resume only rewrites the tables and the summary, and
    # reads last run's cohorts back without keeping them.
    again = run_batch(read_roster(path), out, workers=1, as_of=AS_OF, db=tmp_path / "h.db",
                      audience="counselor", resume=True)
    assert (again.assessed, again.reused, again.rendered, again.reports_reused) == (0, 2, 0, 2)
    assert (out / "results.jsonl").read_text("utf-8").splitlines() == [
        json.dumps(r, ensure_ascii=False) for r in lines]


def test_ctrl_c_in_the_cli_prints_the_resume_command(monkeypatch, klass: Path) -> None:
    import assessor.batch

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(assessor.batch, "run_batch", interrupted)
    path = klass / "roster.csv"
    res = CliRunner().invoke(app, ["batch", str(path), "--out", "my out", "--workers", "3",
                                   "--audience", "counselor"])
    assert res.exit_code == 130
    assert res.stderr.splitlines()[-2:] == [
        "Error: interrupted. Finished students are saved; to continue where this stopped, run:",
        f"  assessor batch {path} --out 'my out' --workers 3 --audience counselor "
        f"--as-of {date.today().isoformat()} --resume"]


def test_dask_cluster(broken_run, klass: Path, tmp_path: Path) -> None:
    from distributed import LocalCluster

    path = roster(klass, ["S3,Diego,diego-ramirez,software-engineer,"], "dask.csv")
    out = tmp_path / "out"
    with LocalCluster(n_workers=1, processes=False, threads_per_worker=1,
                      dashboard_address=None) as cluster:
        # A later date: the same person, role and date would replace the earlier row.
        result = run_batch(read_roster(path), out, dask=cluster.scheduler_address,
                           as_of=date(2026, 12, 1), db=klass / "history.db")
    assert (result.ok, result.assessed, result.rendered, result.exit_code) == (1, 1, 1, 0)
    # Diego was assessed earlier (broken_run, same history store): the report shows progress.
    text = " ".join(pdf_text(out / "S3.pdf").split())
    assert "Diego" in text and "Progress since 20 November 2026" in text
    assert (out / "summary.pdf").is_file() and (out / "results.csv").is_file()


def test_resume_is_keyed_to_all_of_the_code_that_makes_a_result_or_a_report() -> None:
    """A result or PDF made by other code is never kept: the fingerprint reads the whole
    package (the classifier's lexicon, the report's templates and font), not only batch/."""
    from assessor.batch.work import code_files

    root = Path(__file__).resolve().parents[2] / "assessor"
    read = {p.relative_to(root).as_posix() for p in code_files()}
    assert {"classifier/lexicon.py", "scoring.py", "report/view.py",
            "report/templates/report.css", "report/fonts/NotoEmoji-Regular.woff",
            "batch/work.py"} <= read
