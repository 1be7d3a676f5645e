"""The importer toolkit: typed reads that warn, unique ids, the thread rule, the "found" wording."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assessor.candidate import Platform, Post, PostKind
from assessor.ingest.parsing import Notes, fix_mojibake, parse_month
from assessor.ingest.toolkit import Fields, found, kind, reply_kind, threads_as_posts, unique_ids

WHEN = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                max_size=3),
    max_leaves=6)


def post(pid: str, *, kind: PostKind = PostKind.POST, parent: str | None = None,
         text: str = "hello") -> Post:
    return Post(platform=Platform.X, id=pid, created_at=WHEN, text=text, kind=kind,
                in_reply_to=parent)


# -- found / kind --------------------------------------------------------------------------
@pytest.mark.parametrize(("value", "said"), [
    (None, "null (or nothing)"), (True, "true/false"), (3, "the number 3"),
    (1.5, "the number 1.5"), ("soon", "the text 'soon'"), ([1], "a list"), ({}, "an object"),
])
def test_found_names_what_was_there(value: Any, said: str) -> None:
    assert found(value) == said


@given(JSON)
def test_found_is_short_and_one_line_for_any_json(value: Any) -> None:
    said = found(value)
    assert said and len(said) < 120 and kind(value) in (
        "null", "true/false", "a number", "text", "a list", "an object")


# -- Fields ------------------------------------------------------------------------------------
def test_fields_read_the_right_types_quietly() -> None:
    notes = Notes()
    f = Fields({"name": " Amara ", "stars": 4, "fork": True, "tags": ["a"], "at": 1700000000},
               "repos.json", notes, at="item 2")
    assert (f.text("name"), f.count("stars"), f.flag("fork"), f.list("tags")) == (
        "Amara", 4, True, ["a"])
    assert f.epoch("at") == datetime.fromtimestamp(1700000000, UTC)
    assert (f.text("none"), f.count("none"), f.flag("none"), f.list("none")) == ("", None,
                                                                               False, [])
    assert notes.items == []


def test_fields_warn_naming_file_item_and_key() -> None:
    notes = Notes()
    f = Fields({"name": 5, "stars": -1, "fork": "yes", "tags": "a", "at": "soon"},
               "repos.json", notes, at="item 2")
    assert (f.text("name"), f.count("stars"), f.flag("fork"), f.list("tags"), f.epoch("at")) \
        == ("", None, False, [], None)
    assert notes.items == [
        "repos.json: item 2: key name: expected text, found the number 5; ignored",
        "repos.json: item 2: key stars: expected a whole number of 0 or more, found the "
        "number -1; ignored",
        "repos.json: item 2: key fork: expected true or false, found the text 'yes'; ignored",
        "repos.json: item 2: key tags: expected a list, found the text 'a'; ignored",
        "repos.json: item 2: key at: expected unix seconds, found the text 'soon'; ignored",
    ]


def test_fields_of_a_whole_file_have_no_item() -> None:
    notes = Notes()
    Fields({"bio": []}, "user.json", notes).text("bio")
    assert notes.items == ["user.json: key bio: expected text, found a list; ignored"]


def test_fields_repair_text_and_read_nested_objects() -> None:
    notes = Notes()
    moji = "Universit\u00c3\u00a0"
    f = Fields({"media": [{"title": moji}]}, "posts_1.json", notes, repair=fix_mojibake)
    assert f.of(f.list("media")[0]).text("title") == "Università"


def test_fields_read_csv_rows_by_header() -> None:
    notes = Notes()
    row = Fields({"started_on": "Nov 2022", "finished_on": "someday"}, "Positions.csv", notes,
                 at="row 3", by_header=True)
    assert row["Started On"] == "Nov 2022" and row["Missing"] == ""
    assert row.date("Started On", parse_month) is not None
    assert row.date("Finished On", parse_month) is None
    assert row.date("Ended On", parse_month, needed=True) is None
    assert notes.items == [
        "Positions.csv: row 3: unreadable date 'someday' in Finished On; left empty",
        "Positions.csv: row 3: unreadable date '' in Ended On; skipped",
    ]


@given(st.dictionaries(st.sampled_from(["a", "b", "c"]), JSON))
def test_fields_never_raise_and_warn_at_most_once_per_read(values: dict[str, Any]) -> None:
    notes = Notes()
    f = Fields(values, "f.json", notes, at="item 0")
    reads = 0
    for key in ("a", "b", "c"):
        for read in (f.text, f.count, f.flag, f.list, f.epoch):
            read(key)
            reads += 1
            assert len(notes.items) <= reads
    assert all(w.startswith("f.json: item 0: key ") for w in notes.items)


# -- unique ids ------------------------------------------------------------------------------
def test_unique_ids_number_repeats_and_drop_exact_copies() -> None:
    a, b = post("1", text="first"), post("1", text="second")
    assert [p.id for p in unique_ids([a, a, b, post("1-2", text="x")])] == ["1", "1-2", "1-2-2"]
    assert [p.id for p in unique_ids([a, a], keep_repeats=True)] == ["1", "1-2"]


@given(st.lists(st.tuples(st.sampled_from(["1", "2", "1-2"]), st.sampled_from(["a", "b"])),
                max_size=12), st.booleans())
def test_unique_ids_are_unique(items: list[tuple[str, str]], keep: bool) -> None:
    posts = [post(pid, text=text) for pid, text in items]
    out = unique_ids(posts, keep_repeats=keep)
    assert len({p.id for p in out}) == len(out)
    assert len(out) == (len(posts) if keep else len(set(items)))


# -- the thread rule ----------------------------------------------------------------------------
def test_reply_kind() -> None:
    assert reply_kind(None) is PostKind.POST
    assert reply_kind("9") is PostKind.REPLY
    assert reply_kind("9", to_self=True) is PostKind.POST


def test_replies_to_own_posts_continue_a_thread() -> None:
    posts = [post("1"), post("2", kind=PostKind.REPLY, parent="1"),
             post("3", kind=PostKind.REPLY, parent="someone-else"),
             post("4", kind=PostKind.COMMENT, parent="1")]
    assert [p.kind for p in threads_as_posts(posts)] == [
        PostKind.POST, PostKind.POST, PostKind.REPLY, PostKind.COMMENT]
