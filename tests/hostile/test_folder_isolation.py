"""A student's folder never reaches outside itself (issue 11): links, FIFOs, bulk, odd names.

Each test builds a hostile candidate folder in ``tmp_path`` and loads it within the hostile
budget (5 s, 500 MB; a hang is interrupted). Heavy cases are marked ``slow`` (``make fuzz``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hostile_files import GITHUB_FILES, LINKEDIN_FILES, budget, load, write_files
from typer.testing import CliRunner

from assessor.batch.work import input_hash
from assessor.cli import app
from assessor.ingest import MAX_ENTRIES, MAX_POSTS, MAX_PROBLEMS, load_candidate

SECRET = "SECRET-LINE-FROM-OUTSIDE"
ROLE = "software-engineer"


def _posts(n: int = 1, text: str = "Shipped the club dashboard") -> str:
    rows = [f"2024-{1 + i % 12:02}-{1 + i % 28:02},{text} {i}" for i in range(n)]
    return "date,text\n" + "\n".join(rows) + "\n"


def _everything(cand) -> str:
    return json.dumps([repr(s) for s in cand.sources] + list(cand.warnings)
                      + [repr(cand.profile), cand.name])


# -- 1. symbolic links ---------------------------------------------------------------------------
@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """Another place on disk: a secret file and another student's exports."""
    other = tmp_path / "elsewhere"
    write_files(other, {"secret.csv": f"date,text\n2024-03-05,{SECRET}\n",
                        "candidate.yaml": "student_id: S999\nname: Someone Else\n"})
    write_files(other / "github", GITHUB_FILES)
    write_files(other / "linkedin", LINKEDIN_FILES)
    return other


def test_links_at_the_top_of_a_candidate_folder_are_not_followed(tmp_path: Path,
                                                                  outside: Path) -> None:
    root = tmp_path / "student"
    write_files(root, {"feed.csv": _posts()})
    (root / "posts.csv").symlink_to(outside / "secret.csv")
    (root / "github").symlink_to(outside / "github")
    (root / "candidate.yaml").symlink_to(outside / "candidate.yaml")
    outcome = load(root, "top-level links")
    assert outcome.candidate is not None, outcome.error
    cand = outcome.candidate
    assert SECRET not in _everything(cand)
    assert [str(s.platform) for s in cand.sources] == ["csv"]   # not the other's GitHub
    assert cand.student_id is None and cand.name != "Someone Else"
    for name in ("posts.csv", "github", "candidate.yaml"):
        assert any(name in w and "link" in w for w in cand.warnings), (name, cand.warnings)


def test_links_deeper_in_an_export_are_named_and_skipped(tmp_path: Path, outside: Path) -> None:
    root = tmp_path / "student"
    files = {k: v for k, v in LINKEDIN_FILES.items() if k != "Shares.csv"}
    write_files(root / "linkedin", files)
    (root / "linkedin" / "Shares.csv").symlink_to(outside / "linkedin" / "Shares.csv")
    (root / "linkedin" / "more").symlink_to(outside / "github")
    outcome = load(root, "deep links")
    assert outcome.candidate is not None, outcome.error
    assert not outcome.candidate.posts
    assert any("Shares.csv" in w and "link" in w for w in outcome.warnings), outcome.warnings


def test_a_candidate_folder_that_is_only_a_link_is_refused(tmp_path: Path,
                                                           outside: Path) -> None:
    root = tmp_path / "student"
    root.mkdir()
    (root / "export.zip").symlink_to(outside / "secret.csv")
    outcome = load(root, "only a link")
    assert outcome.error is not None and SECRET not in outcome.error
    assert "link" in outcome.error


def test_the_batch_fingerprint_never_reads_through_a_link(tmp_path: Path, outside: Path) -> None:
    root = tmp_path / "student"
    write_files(root, {"posts.csv": _posts()})
    (root / "other.csv").symlink_to(outside / "secret.csv")
    before = input_hash(root, None, "salt")
    (outside / "secret.csv").write_text("changed\n")
    assert input_hash(root, None, "salt") == before


# -- 7. FIFOs and other non-regular files ----------------------------------------------------------
def test_a_fifo_anywhere_is_skipped_never_opened(tmp_path: Path) -> None:
    root = tmp_path / "student"
    write_files(root, {"posts.csv": _posts()})
    write_files(root / "linkedin", LINKEDIN_FILES)
    os.mkfifo(root / "fifo.csv")
    os.mkfifo(root / "linkedin" / "Comments.csv")
    outcome = load(root, "fifo")
    assert outcome.candidate is not None, outcome.error
    assert any("fifo.csv" in w and "not a regular file" in w for w in outcome.warnings)
    with budget("fifo hash"):
        input_hash(root, None, "salt")
    res = CliRunner().invoke(app, ["inspect", str(root)])
    assert res.exit_code == 0, res.output


# -- 9. bulk: entries and posts -------------------------------------------------------------------
def _many_entries(root: Path, n: int) -> Path:
    write_files(root, {"posts.csv": _posts()})
    for i in range(n):
        (root / f"empty{i:05}.txt").touch()
    return root


def test_top_level_entries_are_capped_with_a_warning(tmp_path: Path) -> None:
    outcome = load(_many_entries(tmp_path / "student", MAX_ENTRIES + 50), "many entries")
    assert outcome.candidate is not None, outcome.error
    warnings = outcome.candidate.warnings
    assert len(warnings) <= MAX_PROBLEMS + 2
    assert any(f"only the first {MAX_ENTRIES:,}" in w for w in warnings), warnings
    assert any("and " in w and "more" in w for w in warnings), warnings


def test_posts_per_candidate_are_capped_to_the_most_recent(tmp_path: Path) -> None:
    root = tmp_path / "student"
    rows = [f"20{10 + i // 5000:02}-{1 + i % 12:02}-{1 + i % 28:02},Post {i}"
            for i in range(MAX_POSTS + 300)]
    write_files(root, {"posts.csv": "date,text\n" + "\n".join(rows) + "\n"})
    outcome = load(root, "many posts")
    assert outcome.candidate is not None, outcome.error
    posts = outcome.candidate.posts
    assert len(posts) == MAX_POSTS
    assert posts[-1].created_at.year == 2010 + (MAX_POSTS + 299) // 5000
    assert any(f"the most recent {MAX_POSTS:,}" in w for w in outcome.candidate.warnings)


@pytest.mark.slow
def test_twenty_thousand_empty_files_stay_cheap(tmp_path: Path) -> None:
    root = _many_entries(tmp_path / "student", 20_000)
    with budget("20k entries", seconds=30):
        cand = load_candidate(root)
    assert len(cand.warnings) <= MAX_PROBLEMS + 2


@pytest.mark.slow
def test_four_hundred_thousand_posts_stay_cheap(tmp_path: Path) -> None:
    root = tmp_path / "student"
    root.mkdir()
    with open(root / "posts.csv", "w", encoding="utf-8") as fh:
        fh.write("date,text\n")
        for i in range(400_000):
            fh.write(f"2024-{1 + i % 12:02}-{1 + i % 28:02},Post {i}: we shipped a data "
                     "dashboard that cut reporting time by 30 percent for the club team\n")
    res = None
    with budget("400k posts", seconds=120, megabytes=1500):
        res = CliRunner().invoke(app, ["assess", str(root), "--role", ROLE, "--no-history",
                                       "--as-of", "2025-01-01", "--json",
                                       str(tmp_path / "r.json")])
    assert res is not None and res.exit_code == 0, res.output
    assert f"the most recent {MAX_POSTS:,}" in res.output


# -- 11. absurd numbers and file names ------------------------------------------------------------
def test_a_400_digit_count_is_ignored_with_a_warning(tmp_path: Path) -> None:
    root = tmp_path / "student"
    user = dict(GITHUB_FILES["user.json"], followers=int("9" * 400))
    write_files(root / "github", {**GITHUB_FILES, "user.json": user})
    write_files(root, {"posts.csv": "date,text,likes\n2024-03-05,hello," + "9" * 400 + "\n"})
    res = CliRunner().invoke(app, ["assess", str(root), "--role", ROLE, "--no-history",
                                   "--as-of", "2025-01-01"])
    assert res.exit_code == 0, res.output
    assert "internal error" not in res.output


def test_a_file_name_that_is_not_utf8_reaches_the_pdf_safely(tmp_path: Path) -> None:
    root = tmp_path / "student"
    root.mkdir()
    (root / os.fsdecode(b"posts-\xff\xfe.csv")).write_text(_posts(3), encoding="utf-8")
    pdf = tmp_path / "r.pdf"
    res = CliRunner().invoke(app, ["assess", str(root), "--role", ROLE, "--no-history",
                                   "--as-of", "2025-01-01", "--pdf", str(pdf)])
    assert res.exit_code == 0, res.output
    assert pdf.read_bytes().startswith(b"%PDF-")


# -- 12. terminal escape codes ---------------------------------------------------------------------
def test_escape_codes_in_names_never_reach_the_console(tmp_path: Path) -> None:
    root = tmp_path / "student"
    evil = "Amara\x1b[2J\x1b]0;pwned\x07 \u202eOkafor\x9b"
    write_files(root, {"posts.csv": _posts(),
                       "candidate.yaml": json.dumps({"name": evil}),
                       "bad\x1b[31m.zip": b"not a zip"})
    for args in (["inspect", str(root)],
                 ["assess", str(root), "--role", ROLE, "--no-history", "--as-of",
                  "2025-01-01"]):
        res = CliRunner().invoke(app, args)
        assert res.exit_code == 0, res.output
        for bad in ("\x1b", "\x07", "\u202e", "\x9b"):
            assert bad not in res.output, (args[0], bad)
        assert "Amara" in res.output
