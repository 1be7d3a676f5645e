"""The example candidates in ``examples/``.

Two promises are checked:

1. ``examples/build_examples.py`` rebuilds exactly the committed files (the examples are generated,
   never edited by hand, and the script is deterministic).
2. Reading each candidate folder with :func:`assessor.ingest.load_candidate` gives, per export, the
   counts the script wrote into ``examples/expected.json``, and the posts it wrote as red flags are
   read as posts.
"""

from __future__ import annotations

import csv
import functools
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from support import EXAMPLES

from assessor.candidate import Candidate, Source
from assessor.ingest import load_candidate

EXPECTED = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))
CANDIDATES = EXPECTED["candidates"]
#: Files in examples/ that the script does not write (the script itself and its literals).
#: Hand-written: the builder's own code, and the posting and posts README's commands use.
NOT_GENERATED = {"build_examples.py", "_texts.py", "posting.txt", "posts.jsonl"}


# -- 1. determinism ------------------------------------------------------------------------------

def _tree(root: Path) -> dict[str, Path]:
    return {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*"))
            if p.is_file() and p.name not in NOT_GENERATED
            and "__pycache__" not in p.parts and not p.name.startswith(".")}


def _zip_members(path: Path) -> list[tuple[str, tuple, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return [(i.filename, i.date_time, zf.read(i)) for i in zf.infolist()]


def _same(built: Path, committed: Path) -> bool:
    """Byte-identical; a zip may differ only in its deflate stream (another zlib build, such
    as zlib-ng, compresses the same members differently) when names, order, timestamps and
    contents of every member are identical."""
    if built.read_bytes() == committed.read_bytes():
        return True
    return built.suffix == ".zip" and _zip_members(built) == _zip_members(committed)


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("examples")
    subprocess.run([sys.executable, str(EXAMPLES / "build_examples.py"), "--out", str(out)],
                   check=True, capture_output=True, text=True, timeout=300)
    return out


def test_build_script_recreates_the_committed_examples(rebuilt: Path) -> None:
    built, committed = _tree(rebuilt), _tree(EXAMPLES)
    assert sorted(built) == sorted(committed), "files written and files committed differ"
    differ = [rel for rel, path in built.items() if not _same(path, committed[rel])]
    assert not differ, f"rebuilt files differ from the committed ones: {differ}; " \
                       "run python examples/build_examples.py and commit the result"


def test_roster_lists_every_candidate_folder() -> None:
    with open(EXAMPLES / "roster.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["path"] for r in rows] == list(CANDIDATES)
    for row in rows:
        assert (EXAMPLES / row["path"] / "candidate.yaml").is_file()
        assert row["student_id"] == CANDIDATES[row["path"]]["student_id"]
        assert row["role"] == CANDIDATES[row["path"]]["target_role"]


# -- 2. reading the examples back -----------------------------------------------------------------

@functools.cache
def _candidate(slug: str) -> Candidate:
    return load_candidate(EXAMPLES / slug)


def _source(slug: str, export: str) -> Source:
    cand = _candidate(slug)
    found = [s for s in cand.sources if Path(s.path).name == export]
    assert found, (f"{slug}: no source read from {export}; read {[s.path for s in cand.sources]}; "
                   f"warnings {list(cand.warnings)}")
    return found[0]


SOURCES = [pytest.param(slug, export, id=f"{slug}:{held['platform']}")
           for slug, cand in CANDIDATES.items() for export, held in cand["sources"].items()]
FLAGGED = [p for p in SOURCES
           if CANDIDATES[p.values[0]]["sources"][p.values[1]]["unprofessional"]
           or CANDIDATES[p.values[0]]["sources"][p.values[1]]["spam"]]


@pytest.mark.parametrize("slug", list(CANDIDATES))
def test_candidate_is_read_with_its_manifest(slug: str) -> None:
    want = CANDIDATES[slug]
    cand = _candidate(slug)
    assert (cand.name, cand.student_id, cand.target_role) == (
        want["name"], want["student_id"], want["target_role"])
    assert sorted(Path(s.path).name for s in cand.sources) == sorted(want["sources"]), \
        f"warnings: {list(cand.warnings)}"


@pytest.mark.parametrize(("slug", "export"), SOURCES)
def test_source_counts_match_what_was_written(slug: str, export: str) -> None:
    want = CANDIDATES[slug]["sources"][export]
    source = _source(slug, export)
    assert str(source.platform) == want["platform"]
    got = source.counts()
    wrong = {key: {"read": got.get(key), "written": n} for key, n in want["counts"].items()
             if got.get(key) != n}
    assert not wrong, f"{slug}/{export}: {wrong}"


@pytest.mark.parametrize(("slug", "export"), FLAGGED)
def test_red_flag_posts_are_read(slug: str, export: str) -> None:
    """Posts written as unprofessional or spam are among the posts read.

    expected.json names each by what its export calls it (an X id, a LinkedIn share link, the
    posts.csv url, an Instagram photo uri); an importer may use it whole or in part as the id.
    """
    want = CANDIDATES[slug]["sources"][export]
    keys = {k for p in _source(slug, export).posts for k in (p.id, p.url) if k}
    missing = [f for f in want["unprofessional"] + want["spam"]
               if not any(f == k or f in k or (len(k) >= 8 and k in f) for k in keys)]
    assert not missing, f"{slug}/{export}: red-flag posts not read: {missing}"
