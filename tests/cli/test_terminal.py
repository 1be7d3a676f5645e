"""What a counselor sees in an 80-column terminal, and usage errors (issue 12)."""

from __future__ import annotations

import dataclasses

import pytest
from support import EXAMPLES, example_assessment, make_broken_student
from typer.testing import CliRunner

from assessor.cli import app

runner = CliRunner()
NARROW = {"COLUMNS": "80"}


def _fits(output: str, width: int = 80) -> None:
    long = [line for line in output.splitlines() if len(line) > width]
    assert not long, long


def test_classify_at_80_columns_keeps_id_label_and_probability(tmp_path):
    res = runner.invoke(app, ["classify", str(EXAMPLES / "posts.jsonl")], env=NARROW)
    assert res.exit_code == 0, res.output
    _fits(res.stdout)
    header = next(line for line in res.stdout.splitlines() if "label" in line)
    assert "id" in header and " p " in header and "text" in header
    assert "business_insight" in res.stdout and "self_promotion" in res.stdout
    assert "│ p1 │" in res.stdout


@pytest.mark.parametrize("name", ["amara-okafor", "blake-sterling", "jordan-blake"])
def test_assess_at_80_columns(name):
    res = runner.invoke(app, ["assess", str(EXAMPLES / name), "--role", "social-media-manager",
                              "--as-of", "2026-11-20", "--no-history"], env=NARROW)
    assert res.exit_code == 0, res.output
    _fits(res.stdout)
    assert "(s)" not in res.stdout and "1 recommendations" not in res.stdout


def test_long_lists_are_capped_with_a_pointer_to_the_report():
    flags = example_assessment("jordan-blake", "social-media-manager").red_flags
    assert len(flags) > 5
    res = runner.invoke(app, ["assess", str(EXAMPLES / "jordan-blake"), "--role",
                              "social-media-manager", "--as-of", "2026-11-20", "--no-history"],
                        env=NARROW)
    assert f"{len(flags)} red flags" in res.stdout
    assert f"and {len(flags) - 5} more (see the report)" in res.stdout


def test_inspect_at_80_columns_with_relative_paths_and_a_hanging_indent(tmp_path):
    folder = make_broken_student(tmp_path / "sam")
    res = runner.invoke(app, ["inspect", str(folder)], env=NARROW)
    _fits(res.stdout)
    assert str(tmp_path) not in res.stdout
    lines = res.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("  - twitter-"))
    assert lines[start + 1].startswith("    ") and not lines[start + 1].startswith("     ")


def test_rubrics_show_at_80_columns_never_splits_a_signal_id():
    from assessor.rubric import load_rubric

    res = runner.invoke(app, ["rubrics", "show", "social-media-manager"], env=NARROW)
    assert res.exit_code == 0
    _fits(res.stdout)
    for dim in load_rubric("social-media-manager").dimensions.values():
        for c in dim.criteria:
            assert c.signal in res.stdout, c.signal


def test_history_at_80_columns(tmp_path):
    from assessor.history import History

    amara = example_assessment("amara-okafor", "social-media-manager")
    db = tmp_path / "h.sqlite3"
    with History(db) as h:
        for day in ("2026-01-01", "2026-03-01", "2026-05-01", "2026-07-01", "2026-09-01",
                    "2026-11-01"):
            h.add(dataclasses.replace(amara, as_of=day))
    res = runner.invoke(app, ["history", "S001", "--db", str(db)], env=NARROW)
    assert res.exit_code == 0, res.output
    _fits(res.stdout)
    assert "2026-11-01" in res.stdout


def test_an_unknown_role_is_a_usage_error_with_a_suggestion():
    res = runner.invoke(app, ["assess", str(EXAMPLES / "lin-wei"), "--role",
                              "social-media-manger"])
    assert res.exit_code == 2
    assert res.stderr.startswith("Error: unknown role 'social-media-manger'. Did you mean "
                                 "'social-media-manager'?")


def test_a_ragged_roster_row_is_named_in_plain_words(tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("student_id,name,path\nS1,Lin,lin-wei\nS2,Amara,amara,extra,more\n",
                      encoding="utf-8")
    res = runner.invoke(app, ["batch", str(roster), "--out", str(tmp_path / "out"),
                              "--role", "social-media-manager"])
    assert res.exit_code == 2
    assert res.stderr == (f"Error: {roster}: row 3: has 5 cells but the header has 3 columns; "
                          "check for an extra comma, or put a value that holds a comma in "
                          "double quotes\n")
    assert "tokenizing" not in res.stderr


@pytest.mark.parametrize("day, words", [
    ("1990-01-01", "is before the first post"), ("2030-01-01", "is after today")])
def test_an_odd_assessment_date_warns(day, words):
    res = runner.invoke(app, ["assess", str(EXAMPLES / "lin-wei"), "--role",
                              "social-media-manager", "--as-of", day, "--no-history"],
                        env=NARROW)
    assert res.exit_code == 0
    assert words in " ".join(res.stdout.split())
    assert "1 warning:" in res.stdout


def test_same_person_role_and_date_replaces_its_history_row(tmp_path):
    from assessor.history import History

    db = tmp_path / "h.sqlite3"
    args = ["assess", str(EXAMPLES / "lin-wei"), "--role", "social-media-manager", "--as-of",
            "2026-11-20", "--db", str(db)]
    for _ in range(2):
        assert runner.invoke(app, args).exit_code == 0
    with History(db) as h:
        assert len(h.trend("S003")) == 1
