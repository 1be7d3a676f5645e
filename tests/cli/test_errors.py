"""One error convention: every error class is built from (subject, problem, where), the CLI
prints it as one `Error: ...` line with the error's exit code, and it survives a process pool."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assessor.cli import app
from assessor.errors import (
    AssessorError,
    BatchError,
    HistoryError,
    InputError,
    ModelError,
    RosterError,
    RubricError,
    UnknownRoleError,
    choose,
    format_error,
)
from assessor.levels import Band, Level, band_of, level_of
from assessor.report.options import Audience, Paper
from assessor.rubric import available_roles

runner = CliRunner()


def run(*args: str):
    res = runner.invoke(app, list(args))
    return res.exit_code, res.stderr


def test_the_one_message_shape():
    assert format_error("roster.csv", "no such folder", "row 3") == \
        "roster.csv (row 3): no such folder"
    assert format_error("roster.csv", "is empty") == "roster.csv: is empty"
    assert format_error(None, "interrupted") == "interrupted"


@pytest.mark.parametrize("error", [
    AssessorError("out", "cannot be opened"),
    InputError("posts.csv", "expected a date", "line 3"),
    RubricError("rubrics/x.yaml", "dimensions.reach.weight: must be > 0"),
    UnknownRoleError(None, "unknown role 'x'"),
    ModelError("models/post-classifier.skops", "no trained classifier found"),
    HistoryError("history.sqlite3", "is not a readable history file"),
    BatchError("out", "another batch is writing into this folder"),
    RosterError("roster.csv", [(3, "no such folder"), (None, "two students share S1")]),
])
def test_every_error_survives_a_process_pool(error):
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert (again.subject, again.problem, again.where) == \
        (error.subject, error.problem, error.where)
    assert again.exit_code == error.exit_code


def test_exit_codes_by_kind():
    assert InputError("x", "y").exit_code == RosterError("x", [(None, "y")]).exit_code == 2
    assert UnknownRoleError(None, "y").exit_code == 2
    assert {AssessorError("x", "y").exit_code, RubricError("x", "y").exit_code,
            ModelError("x", "y").exit_code, HistoryError("x", "y").exit_code,
            BatchError("x", "y").exit_code} == {1}


def test_choose_names_the_option_every_value_and_the_closest():
    assert choose(Audience, "counselor", "--audience") is Audience.COUNSELOR
    with pytest.raises(InputError) as err:
        choose(Audience, "conselor", "--audience")
    assert str(err.value) == ("--audience: got 'conselor'; expected student or counselor. "
                              "Did you mean 'counselor'?")
    with pytest.raises(InputError) as err:
        choose(Paper, "a3", "paper")
    assert str(err.value) == "paper: got 'a3'; expected a4 or letter"


def test_one_score_to_level_and_band_mapping():
    assert [level_of(p) for p in (0, 39.9, 40, 69.9, 70, 99.9, 100)] == [
        Level.POOR, Level.POOR, Level.FAIR, Level.FAIR, Level.GOOD, Level.GOOD,
        Level.EXCELLENT]
    assert [band_of(s) for s in (0, 39.9, 40, 60, 74.9, 75)] == [
        Band.NOT_YET, Band.NOT_YET, Band.DEVELOPING, Band.NEARLY_READY, Band.NEARLY_READY,
        Band.READY]
    assert [b.label for b in Band] == ["Ready", "Nearly ready", "Developing", "Not yet"]


# -- as the CLI prints them ------------------------------------------------------------------

def test_unknown_audience_is_a_usage_error_with_a_suggestion(tmp_path):
    code, err = run("report", str(tmp_path / "r.json"), "--pdf", str(tmp_path / "r.pdf"),
                    "--audience", "conselor")
    assert code == 2
    assert err == ("Error: --audience: got 'conselor'; expected student or counselor. "
                   "Did you mean 'counselor'?\n")


def test_unknown_paper_in_a_batch_and_audience_too(tmp_path):
    code, err = run("batch", str(tmp_path / "roster.csv"), "--out", str(tmp_path / "out"),
                    "--audience", "parent")
    assert (code, err) == (2, "Error: --audience: got 'parent'; expected student or "
                              "counselor\n")


def test_unknown_role_names_the_closest_and_exits_2():
    code, err = run("rubrics", "show", "sofware-engineer")
    assert code == 2
    assert err == (f"Error: unknown role 'sofware-engineer'. Did you mean 'software-engineer'? "
                   f"Available roles: {', '.join(available_roles())}. A counselor can copy one "
                   "of rubrics/*.yaml and pass its path\n")


def test_missing_roster_names_the_file_and_exits_2(tmp_path):
    roster = tmp_path / "roster.csv"
    code, err = run("batch", str(roster), "--out", str(tmp_path / "out"))
    assert (code, err) == (2, f"Error: {roster}: no such roster file; expected a .csv or "
                              ".xlsx file\n")


def test_history_errors_exit_1(tmp_path):
    db = tmp_path / "h.sqlite3"
    code, err = run("history", "S999", "--db", str(db))
    assert (code, err) == (1, f"Error: no history file at {db} yet, so nothing is stored for "
                              "S999: `assessor assess` creates it\n")
    code, err = run("history", "S999", "--db", str(tmp_path))
    assert code == 1
    assert err.startswith(f"Error: {tmp_path}: is a folder; expected a history file")


def test_a_bug_is_one_line_and_exit_3_never_a_traceback(monkeypatch):
    import assessor.rubric

    def broken() -> list[str]:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(assessor.rubric, "available_roles", broken)
    code, err = run("rubrics", "list")
    assert code == 3
    assert err.startswith("Error: unexpected internal error (ZeroDivisionError: division by "
                          "zero). This is a bug in assessor, not in your files; details were "
                          "written to ")
    assert "Traceback" not in err
    Path(err.rsplit("written to ", 1)[1].strip()).unlink()  # the crash log
