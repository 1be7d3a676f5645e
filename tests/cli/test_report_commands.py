"""`assessor assess --pdf`, `assessor report` and `assessor history` as a counselor runs them."""

from __future__ import annotations

import dataclasses
import json

from pypdf import PdfReader
from support import EXAMPLES
from typer.testing import CliRunner

from assessor.cli import app
from assessor.history import History, default_path

runner = CliRunner()
AMARA = ["assess", str(EXAMPLES / "amara-okafor"), "--role", "social-media-manager",
         "--as-of", "2026-11-20"]


def _text(pdf) -> str:
    return " ".join((p.extract_text() or "") for p in PdfReader(pdf).pages)


def test_assess_writes_pdf_and_json_stores_history_and_shows_progress(amara, tmp_path):
    db = tmp_path / "h.sqlite3"
    with History(db) as h:  # an earlier assessment of the same person and role
        h.add(dataclasses.replace(amara, as_of="2026-06-01", overall=amara.overall - 12))
    pdf, js = tmp_path / "out" / "amara.pdf", tmp_path / "amara.json"
    res = runner.invoke(app, [*AMARA, "--pdf", str(pdf), "--json", str(js), "--db", str(db),
                              "--audience", "counselor", "--paper", "letter"])
    assert res.exit_code == 0, res.output
    assert f"PDF report: {pdf}" in res.output and f"JSON result: {js}" in res.output
    text = _text(pdf)
    assert "Progress since 1 June 2026" in " ".join(text.split())
    assert "For the counselor" in text
    with History(db) as h:
        assert [e.as_of for e in h.trend("S001")] == ["2026-06-01", "2026-11-20"]


def test_report_rerenders_from_saved_json(amara, tmp_path):
    js = tmp_path / "amara.json"
    js.write_text(amara.to_json(), encoding="utf-8")
    pdf = tmp_path / "again.pdf"
    res = runner.invoke(app, ["report", str(js), "--pdf", str(pdf)])
    assert res.exit_code == 0, res.output
    assert res.output == f"PDF report: {pdf}\n"
    text = " ".join(_text(pdf).split())
    assert "Amara Okafor" in text and "Progress since" not in text
    assert not default_path().exists()  # re-rendering never creates a history file


def test_report_reads_progress_from_the_history_but_stores_nothing(amara, tmp_path):
    db = tmp_path / "h.sqlite3"
    with History(db) as h:
        h.add(dataclasses.replace(amara, as_of="2026-02-01", overall=30.0))
        h.add(amara)  # the result being re-rendered: never its own "previous"
    js = tmp_path / "amara.json"
    js.write_text(amara.to_json(), encoding="utf-8")
    pdf = tmp_path / "r.pdf"
    res = runner.invoke(app, ["report", str(js), "--pdf", str(pdf), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "Progress since 1 February 2026" in " ".join(_text(pdf).split())
    with History(db) as h:
        assert len(h.trend("S001")) == 2


def test_report_errors_name_the_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    res = runner.invoke(app, ["report", str(bad), "--pdf", str(tmp_path / "x.pdf")])
    assert res.exit_code == 2
    assert res.stderr == (f"Error: {bad} (line 1, column 2): is not valid JSON (Expecting "
                          "property name enclosed in double quotes); expected a JSON result "
                          "written by `assessor assess --json`\n")
    missing = tmp_path / "missing.json"
    res = runner.invoke(app, ["report", str(missing), "--pdf", str(tmp_path / "x.pdf")])
    assert res.exit_code == 2
    assert f"Error: {missing}: no such file; expected a JSON result" in res.stderr
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"name": "not a result"}), encoding="utf-8")
    res = runner.invoke(app, ["report", str(other), "--pdf", str(tmp_path / "x.pdf")])
    assert res.exit_code == 2
    assert f"Error: {other}: is not an assessor result:" in res.stderr
    assert not (tmp_path / "x.pdf").exists()
    assert "Traceback" not in res.output


def test_report_options_are_checked(amara, tmp_path):
    js = tmp_path / "amara.json"
    js.write_text(amara.to_json(), encoding="utf-8")
    res = runner.invoke(app, ["report", str(js), "--pdf", str(tmp_path / "x.pdf"),
                              "--audience", "employer"])
    assert res.exit_code == 2
    assert res.stderr == "Error: --audience: got 'employer'; expected student or counselor\n"
    res = runner.invoke(app, ["report", str(js), "--pdf", str(tmp_path / "x.pdf"),
                              "--paper", "a3"])
    assert res.stderr == "Error: --paper: got 'a3'; expected a4 or letter\n"


def test_assess_no_history_stores_nothing(tmp_path):
    db = tmp_path / "h.sqlite3"
    res = runner.invoke(app, [*AMARA, "--json", "-", "--db", str(db), "--no-history"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["candidate"]["id"] == "S001"
    assert not db.exists()


def test_history_prints_the_trend_oldest_first(amara, tmp_path):
    db = tmp_path / "h.sqlite3"
    with History(db) as h:
        h.add(dataclasses.replace(amara, as_of="2026-09-01", overall=70.0))
        h.add(dataclasses.replace(amara, as_of="2026-03-01", overall=55.5))
    res = runner.invoke(app, ["history", "S001", "--db", str(db)], env={"COLUMNS": "120"})
    assert res.exit_code == 0, res.output
    out = res.output
    assert "S001: social-media-manager" in out
    assert out.index("2026-03-01") < out.index("2026-09-01")
    assert "55.5" in out and "70.0" in out and "+14.5" in out
    assert "network quality" in out
    res = runner.invoke(app, ["history", "S001", "--db", str(db), "--role", "data-analyst"])
    assert res.exit_code == 1
    assert res.stderr.startswith(f"Error: no assessments of S001 for data-analyst in {db}. ")
    res = runner.invoke(app, ["history", "S999", "--db", str(db)])
    assert res.exit_code == 1 and res.stdout == ""
    assert res.stderr.startswith(f"Error: no assessments of S999 in {db}. The ID is the "
                                 "student_id in candidate.yaml")


def test_history_forget_deletes_one_person(amara, tmp_path):
    db = tmp_path / "h.sqlite3"
    with History(db) as h:
        h.add(amara)
        h.add(dataclasses.replace(amara, candidate_id="S002"))
    res = runner.invoke(app, ["history", "S001", "--db", str(db), "--forget"])
    assert res.exit_code == 0, res.output
    assert res.output == f"Deleted 1 assessment of S001 from {db}.\n"
    res = runner.invoke(app, ["history", "S001", "--db", str(db), "--forget"])
    assert res.output == f"Nothing stored for S001 in {db}.\n"
    res = runner.invoke(app, ["history", "S001", "--db", str(db), "--forget", "--role", "x"])
    assert res.exit_code == 2
    assert res.stderr == "Error: --forget: deletes every role for the ID; leave out --role\n"
    with History(db) as h:
        assert len(h.trend("S002")) == 1


def test_history_errors_are_one_line(tmp_path):
    res = runner.invoke(app, ["history", "S001", "--db", str(tmp_path / "none.sqlite3")])
    assert res.exit_code == 1
    assert res.stderr.startswith(f"Error: no history file at {tmp_path / 'none.sqlite3'} yet")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not sqlite" * 200)
    res = runner.invoke(app, ["history", "S001", "--db", str(junk)])
    assert res.exit_code == 1
    assert res.stderr.startswith(f"Error: {junk}: is not a readable history file")


def test_every_command_has_help_and_is_in_the_readme():
    import typer.main

    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert (command.help or "").strip(), f"`assessor {name}` has no help text"
        assert f"assessor {name}" in readme, f"`assessor {name}` is not in README.md"
    for name in ("report", "history"):
        res = runner.invoke(app, [name, "--help"])
        assert res.exit_code == 0 and "Usage:" in res.output
