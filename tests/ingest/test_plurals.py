"""Messages agree with their numbers: "1 position", "2 positions", never "column(s)"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from assessor.batch.roster import RosterError, read_roster
from assessor.display import count_noun, counted, noun, plural
from assessor.errors import InputError
from assessor.ingest import facebook
from assessor.ingest.bundle import Bundle
from assessor.ingest.parsing import Notes, read_csv, require_columns
from assessor.inspection import what_was_read
from assessor.rubric import DIMENSIONS, Rubric, rubric_dir


def test_plural_agrees_with_the_count() -> None:
    assert plural(1, "position") == "1 position"
    assert plural(2, "position") == "2 positions"
    assert plural(0, "position") == "0 positions"
    assert plural(1_204, "entry", "entries") == "1,204 entries"
    assert plural(1, "entry", "entries") == "1 entry"


@pytest.mark.parametrize(("name", "one", "two"), [
    ("positions", "1 position", "2 positions"),
    ("recommendations", "1 recommendation", "2 recommendations"),
    ("following", "1 following", "2 following"),
    ("replies", "1 reply", "2 replies"),
    ("repositories", "1 repository", "2 repositories"),
    ("education", "1 education entry", "2 education entries"),
    ("likes_given", "1 like given", "2 likes given"),
])
def test_named_counts(name: str, one: str, two: str) -> None:
    assert counted(name, 1) == one and counted(name, 2) == two


@given(st.sampled_from(["posts", "followers", "following", "replies", "education", "skills"]),
       st.integers(0, 10**7))
def test_count_nouns_never_leave_a_bracket_or_a_cut_word(name: str, n: int) -> None:
    word = count_noun(name, n)
    assert "(" not in word and not word.endswith("followin")
    assert (word == count_noun(name, 1)) == (n == 1 or name in ("following",))


def test_what_was_read_in_inspect() -> None:
    names = ("posts", "positions", "following", "recommendations")
    assert what_was_read({"posts": 1, "positions": 1, "following": 1,
                          "recommendations": 1}, names) == (
        "1 post, 1 position, 1 following, 1 recommendation")
    assert what_was_read({"posts": 2, "positions": 0, "following": None,
                          "recommendations": 3}, names) == "2 posts, 3 recommendations"


def _csv(tmp_path: Path, header: str) -> str:
    path = tmp_path / "posts.csv"
    path.write_text(header + "\n", encoding="utf-8")
    bundle = Bundle.open(path)
    try:
        table = read_csv(bundle, bundle.names()[0], Notes())
        with pytest.raises(InputError) as info:
            require_columns(table, "date", "text")
    finally:
        bundle.close()
    return str(info.value)


def test_missing_csv_columns(tmp_path: Path) -> None:
    assert "is missing the column text; found date" in _csv(tmp_path, "date")
    assert "is missing the columns date, text; found url" in _csv(tmp_path, "url")


def test_missing_roster_columns(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("student_id,name\nS1,Amara\n", encoding="utf-8")
    with pytest.raises(RosterError, match=r"missing column path; "):
        read_roster(path, role="data-analyst")
    path.write_text("student_id\nS1\n", encoding="utf-8")
    with pytest.raises(RosterError, match=r"missing columns name, path; "):
        read_roster(path, role="data-analyst")


def _missing_dimensions(keep: int) -> str:
    shipped = yaml.safe_load((rubric_dir() / "data-analyst.yaml").read_text(encoding="utf-8"))
    shipped["dimensions"] = {d: shipped["dimensions"][d] for d in DIMENSIONS[:keep]}
    with pytest.raises(ValueError) as info:
        Rubric.model_validate(shipped)
    return str(info.value)


def test_missing_rubric_dimensions() -> None:
    assert f"missing dimension {DIMENSIONS[-1]}:" in _missing_dimensions(len(DIMENSIONS) - 1)
    assert (f"missing dimensions {DIMENSIONS[-2]}, {DIMENSIONS[-1]}:"
            in _missing_dimensions(len(DIMENSIONS) - 2))


@pytest.mark.parametrize(("n", "said"), [
    (1, "1 Facebook item with neither text nor a title was skipped"),
    (2, "2 Facebook items with neither text nor a title were skipped"),
])
def test_skipped_facebook_items(tmp_path: Path, n: int, said: str) -> None:
    posts = [{"timestamp": 1700000000 + i, "data": []} for i in range(n)]
    (tmp_path / "your_posts_1.json").write_text(json.dumps(posts), encoding="utf-8")
    bundle = Bundle.open(tmp_path)
    try:
        source = facebook.read(bundle)
    finally:
        bundle.close()
    assert any(w.endswith(said) for w in source.warnings), source.warnings
    assert noun(n, "item") in said


@pytest.mark.parametrize(("missing", "said"), [
    ("ShareCommentary", "Shares.csv was not read: it lacks the column ShareCommentary (it has"),
    ("Date, ShareCommentary",
     "Shares.csv was not read: it lacks the columns Date, ShareCommentary (it has"),
])
def test_missing_columns_said_for_a_person(missing: str, said: str) -> None:
    from assessor.completeness import in_words

    word = "columns" if "," in missing else "column"
    warning = (f"Shares.csv (line 1): is missing the {word} {missing}; found Datum; "
               "the file was skipped")
    assert in_words(warning).startswith(said)


@pytest.mark.parametrize(("row", "said"), [("a", "has 1 field, expected 2"),
                                          ("a,b,c", "has 3 fields, expected 2")])
def test_short_and_long_csv_rows(tmp_path: Path, row: str, said: str) -> None:
    path = tmp_path / "posts.csv"
    path.write_text(f"date,text\n{row}\n", encoding="utf-8")
    notes = Notes()
    bundle = Bundle.open(path)
    try:
        read_csv(bundle, bundle.names()[0], notes)
    finally:
        bundle.close()
    assert notes.items[0].endswith(f"row 2: {said}; skipped")
