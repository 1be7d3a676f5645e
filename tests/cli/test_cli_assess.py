"""The assess and inspect commands as a counselor runs them."""

from __future__ import annotations

import json

from support import EXAMPLES
from typer.testing import CliRunner

from assessor.cli import app
from assessor.result import validate

runner = CliRunner()


def test_assess_json_to_stdout_is_only_the_result(tmp_path):
    args = ["assess", str(EXAMPLES / "jordan-blake"), "--role", "social-media-manager",
            "--as-of", "2026-11-20", "--json", "-"]
    if _has_db():
        args += ["--db", str(tmp_path / "history.sqlite3")]
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    validate(data)
    assert data["candidate"]["name"] == "Jordan Blake"
    assert data["role"] == "social-media-manager"
    assert set(data["dimensions"]) == {
        "business_alignment", "network_quality", "professionalism", "engagement",
        "evidence_of_results", "consistency", "profile_completeness"}
    assert data["red_flags"] and all({"text", "category", "platform"} <= set(f)
                                     for f in data["red_flags"])


def _has_db() -> bool:
    return "--db" in runner.invoke(app, ["assess", "--help"]).output


def test_assess_prints_a_readable_summary():
    res = runner.invoke(app, ["assess", str(EXAMPLES / "lin-wei"), "--role",
                              "marketing-specialist", "--as-of", "2026-11-20"])
    assert res.exit_code == 0, res.output
    assert "Lin Wei for Marketing specialist" in res.output
    assert "No red flags found." in res.output
    assert "Next steps" in res.output


def test_job_posting_sharpens_keywords(tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Social Media Coordinator. You will own our content calendar and community management "
        "across TikTok and Instagram. Experience with Sprout Social and TikTok analytics is a "
        "must; you will report weekly on engagement rate. TikTok experience and Sprout Social "
        "reporting are what we value most.", encoding="utf-8")
    from assessor import assess

    result = assess(EXAMPLES / "amara-okafor", "social-media-manager", job=posting,
                    as_of=__import__("datetime").date(2026, 11, 20))
    assert result.job is not None
    assert "content calendar" in result.job.terms
    assert "tiktok" in result.job.terms and "sprout social" in result.job.terms
    assert set(result.job.covered) | set(result.job.missing) == set(result.job.terms)


def test_bad_as_of_and_missing_posting_are_clear():
    res = runner.invoke(app, ["assess", str(EXAMPLES / "lin-wei"), "--role",
                              "marketing-specialist", "--as-of", "20/11/2026"])
    assert res.exit_code == 2
    assert "Error: --as-of: got '20/11/2026'; expected a date like 2026-11-20" in res.stderr
    res = runner.invoke(app, ["assess", str(EXAMPLES / "lin-wei"), "--role",
                              "marketing-specialist", "--job", "/nonexistent/posting.txt"])
    assert res.exit_code == 2
    assert "Error: /nonexistent/posting.txt: no such job posting file" in res.stderr


def test_candidate_with_no_usable_source_says_so(tmp_path):
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    res = runner.invoke(app, ["assess", str(tmp_path), "--role", "social-media-manager"])
    assert res.exit_code == 2
    assert "no usable source found" in res.stderr
    assert "Traceback" not in res.output


def test_inspect_json_is_one_document_with_per_source_counts():
    res = runner.invoke(app, ["inspect", str(EXAMPLES / "diego-ramirez"), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    platforms = sorted(s["platform"] for s in data["sources"])
    assert platforms == ["blog", "github", "linkedin", "mastodon"]
    github = next(s for s in data["sources"] if s["platform"] == "github")
    assert github["counts"]["repositories"] == 14
    assert data["candidate"]["name"] == "Diego Ramírez"


def test_version():
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.output.startswith("assessor ")
