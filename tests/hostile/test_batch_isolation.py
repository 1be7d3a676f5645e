"""A hostile student in a counselor's batch (issue 11): ids, formulas, planted links, signals.

Most tests call the batch's parts directly (one student, in this process); the signal tests
run a real ``assessor batch`` in a subprocess, bounded in time.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import psutil
import pytest
from support import EXAMPLES
from typer.testing import CliRunner

from assessor.batch.results import Row, write_csv
from assessor.batch.roster import Student, read_roster
from assessor.batch.state import FolderLock, Journal
from assessor.batch.work import AssessTask, Digest, assess_student
from assessor.cli import app
from assessor.errors import AssessorError, RosterError
from assessor.history import History
from assessor.result import Assessment

ROLE = "software-engineer"
AS_OF = date(2026, 11, 20)


def _task(tmp_path: Path, folder: Path, sid: str = "S1", **kw: object) -> AssessTask:
    return AssessTask(student_id=sid, row=2, name="Lin Wei", path=str(folder), role=ROLE,
                      job=None, as_of=AS_OF.isoformat(), salt="s", **kw)  # type: ignore[arg-type]


# -- 2. the roster id keys the history ----------------------------------------------------------
def test_the_roster_id_wins_over_candidate_yaml(tmp_path: Path) -> None:
    folder = tmp_path / "lin"
    shutil.copytree(EXAMPLES / "lin-wei", folder)
    (folder / "candidate.yaml").write_text("student_id: S2\nname: Lin Wei\n", encoding="utf-8")
    outcome = assess_student(_task(tmp_path, folder, "S1"))
    assert outcome.digest is not None and outcome.digest.status == "ok", outcome.digest
    assert outcome.digest.candidate_id == "S1"
    import json

    rec = json.loads(outcome.line or "{}")
    assert any("S2" in w and "S1" in w for w in rec["assessment"]["warnings"])
    db = tmp_path / "h.db"
    with History(db) as history:
        history.add(Assessment.from_dict(rec["assessment"]))
    res = CliRunner().invoke(app, ["history", "S1", "--forget", "--db", str(db)])
    assert "Deleted 1 assessment of S1" in res.output


# -- 3. formula injection in results.csv --------------------------------------------------------
def test_results_csv_neutralises_formulas_but_keeps_numbers(tmp_path: Path) -> None:
    student = Student(row=2, student_id="S1", name="=HYPERLINK(\"http://x\",\"hi\")",
                      path=tmp_path, role="+cmd|' /C calc'!A0",
                      extra={"advisor": "@SUM(1+1)", "grade": "-3.5", "note": "\t=1+1",
                             "cr": "\r=1", "calc": "-2+3", "plain": "Ms Ode"})
    digest = Digest(status="ok", candidate_name="x", overall=42.0, band="developing",
                    dimensions=(("consistency", 3.5),), top_recommendation="=cmd()",
                    red_flags=1)
    buf = io.StringIO()
    write_csv(buf, [Row(student, digest)],
              ["advisor", "grade", "note", "cr", "calc", "plain"])
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    row = rows[0]
    assert row["name"] == "'=HYPERLINK(\"http://x\",\"hi\")"
    assert row["role"].startswith("'+")
    assert row["advisor"] == "'@SUM(1+1)"
    assert row["note"] == "'\t=1+1" and row["cr"] == "'\r=1" and row["calc"] == "'-2+3"
    assert row["top_recommendation"] == "'=cmd()"
    assert row["grade"] == "-3.5" and row["plain"] == "Ms Ode"
    assert row["overall"] == "42.0" and row["consistency"] == "3.5"


# -- 4. planted links in the output folder ------------------------------------------------------
@pytest.mark.parametrize("which", ["lock", "journal"])
def test_planted_links_in_the_output_folder_are_refused(tmp_path: Path, which: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = tmp_path / "precious.txt"
    target.write_text("keep me\n")
    name = ".batch.lock" if which == "lock" else ".batch-journal.jsonl"
    (out / name).symlink_to(target)
    with pytest.raises(AssessorError, match="link"):
        if which == "lock":
            with FolderLock(out):
                pass
        else:
            Journal(out, resume=True).close()
    assert target.read_text() == "keep me\n"


# -- 5. ids that collide with outputs or are not safe file names ----------------------------------
@pytest.mark.parametrize("sid", ["summary", "Summary", "RESULTS", ".hidden", "a b", "x" * 65,
                                 "con", "S1;rm", "ﬁle"])
def test_reserved_or_unsafe_student_ids_are_refused(tmp_path: Path, sid: str) -> None:
    (tmp_path / "amara").mkdir()
    path = tmp_path / "roster.csv"
    path.write_text(f"student_id,name,path\nS0,Ok,amara\n\"{sid}\",A,amara\n", encoding="utf-8")
    with pytest.raises(RosterError) as info:
        read_roster(path, role=ROLE)
    assert "row 3: student_id" in str(info.value)


def test_ordinary_ids_still_pass(tmp_path: Path) -> None:
    (tmp_path / "amara").mkdir()
    path = tmp_path / "roster.csv"
    path.write_text("student_id,name,path\nS-2025.014_a,A,amara\n2025001,B,amara\n",
                    encoding="utf-8")
    assert len(read_roster(path, role=ROLE)) == 2


# -- 7. a student that takes too long -------------------------------------------------------------
def test_a_slow_student_is_failed_after_the_timeout(tmp_path: Path, monkeypatch) -> None:
    import assessor.api

    def slow(*args: object, **kwargs: object) -> None:
        time.sleep(30)

    monkeypatch.setattr(assessor.api, "assess", slow)
    folder = tmp_path / "lin"
    shutil.copytree(EXAMPLES / "lin-wei", folder)
    start = time.monotonic()
    outcome = assess_student(_task(tmp_path, folder, timeout=1.0))
    assert time.monotonic() - start < 10
    assert outcome.digest is not None and outcome.digest.status == "failed"
    assert "took longer than 1 s" in outcome.digest.error


def test_the_cli_has_a_timeout_option() -> None:
    res = CliRunner().invoke(app, ["batch", "--help"])
    assert "--timeout" in res.output


# -- 12. private file modes ------------------------------------------------------------------------
def test_history_and_journal_are_created_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        with History(tmp_path / "h.db"):
            pass
        out = tmp_path / "out"
        out.mkdir()
        j = Journal(out, resume=False)
        j.append("S1", "{}")
        mode = stat.S_IMODE((out / ".batch-journal.jsonl").stat().st_mode)
        j.close()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "h.db").stat().st_mode) == 0o600
    assert mode == 0o600


# -- 8. SIGTERM and SIGKILL of a running batch -----------------------------------------------
def _start_batch(tmp_path: Path) -> tuple[subprocess.Popen[bytes], Path]:
    for i in range(4):
        shutil.copytree(EXAMPLES / "lin-wei", tmp_path / f"s{i}")
    roster = tmp_path / "roster.csv"
    roster.write_text("student_id,name,path\n" + "".join(
        f"S{i},Lin Wei,s{i}\n" for i in range(4)), encoding="utf-8")
    log = tmp_path / "stderr.txt"
    proc = subprocess.Popen(
        [sys.executable, "-c", "from assessor.cli import main; main()", "batch", str(roster),
         "--out", str(tmp_path / "out"), "--role", ROLE, "--workers", "2", "--db",
         str(tmp_path / "h.db"), "--as-of", AS_OF.isoformat()],
        stdout=subprocess.DEVNULL, stderr=open(log, "wb"), cwd=tmp_path)  # noqa: SIM115
    return proc, log


def _wait_for_workers(proc: subprocess.Popen[bytes], n: int) -> list[psutil.Process]:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        kids = psutil.Process(proc.pid).children(recursive=True)
        if len([k for k in kids if "resource_tracker" not in _cmdline(k)]) >= n:
            return kids
        if proc.poll() is not None:
            break
        time.sleep(0.2)
    raise AssertionError("the batch's workers did not start")


def _cmdline(p: psutil.Process) -> str:
    try:
        return " ".join(p.cmdline())
    except psutil.Error:
        return "resource_tracker"   # gone already: not counted


def _all_gone(procs: list[psutil.Process], seconds: float) -> list[psutil.Process]:
    _, alive = psutil.wait_procs(procs, timeout=seconds)
    for p in alive:  # do not leave them behind for the rest of the suite
        p.kill()
    return alive


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_stopping_a_batch_leaves_no_process_behind(tmp_path: Path, sig: int) -> None:
    proc, log = _start_batch(tmp_path)
    try:
        kids = _wait_for_workers(proc, 3)   # the forkserver and two workers
        deadline = time.monotonic() + 60    # ... and at work (not still starting up)
        while "Assessing" not in log.read_text() and time.monotonic() < deadline:
            time.sleep(0.2)
        kids = psutil.Process(proc.pid).children(recursive=True)
        proc.send_signal(sig)
        proc.wait(timeout=30)
        alive = _all_gone(kids, 15)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert not alive, [p.pid for p in alive]
    if sig == signal.SIGTERM:
        assert proc.returncode == 143, log.read_text()
        assert "Traceback" not in log.read_text()
