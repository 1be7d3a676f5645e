"""The generic posts.csv importer."""

from __future__ import annotations

import csv
import io
import tempfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assessor.candidate import Platform, PostKind, Source
from assessor.errors import InputError
from assessor.ingest import posts_csv
from assessor.ingest.bundle import Bundle

POSTS = (
    "date,text,platform,likes,shares,replies,url,kind\n"
    "2024-03-05,Three things I learned running our society's TikTok,tiktok,42,3,5,"
    "https://www.tiktok.com/@amara/video/7342,post\n"
    "2024-03-06 14:00,\"Thanks Lina, that helped!\",tiktok,2,,,,reply\n"
    "2024-03-07T09:15:00+01:00,\"A thread on reading analytics:\n1. reach\n2. saves\",threads,"
    "1204,17,9,,\n"
    "2024-04-01T08:00:00Z,How I plan a content calendar,substack,,,,"
    "https://amara.substack.com/p/calendar,ARTICLE\n"
)
HEADER = "date,text,platform,likes,shares,replies,url,kind"


def csv_file(tmp_path: Path, text: str | bytes, name: str = "posts.csv") -> Bundle:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return Bundle.open(path)


def warned(source: Source, *parts: str) -> bool:
    return any(all(p in w for p in parts) for w in source.warnings)


# -- detection -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "text", "expected"), [
    ("posts.csv", POSTS, True),
    ("POSTS.CSV", "", True),  # claimed by name, so a broken one gets a clear message
    ("tiktok-2024.csv", "Date,Text,Likes\n2024-01-01,hi,3\n", True),
    ("tweets.csv", "tweet_id,timestamp,text\n1,2013-03-13 08:52:14 +0000,hi\n", False),
    ("contacts.csv", "name,email\nLina,lina@example.com\n", False),
    ("posts.txt", POSTS, False),
    ("notes.csv", b"\xff\xfe\x00garbage", False),
])
def test_detect(tmp_path, name, text, expected):
    assert posts_csv.detect(csv_file(tmp_path, text, name)) is expected


def test_folders_are_not_posts_csv(tmp_path):
    (tmp_path / "posts.csv").write_text(POSTS)
    assert not posts_csv.detect(Bundle.open(tmp_path))


# -- reading -------------------------------------------------------------------------------------
def test_reads_every_column(tmp_path):
    source = posts_csv.read(csv_file(tmp_path, POSTS))
    assert source.platform is Platform.CSV and source.warnings == ()
    first, reply, thread, article = source.posts
    assert all(p.platform is Platform.CSV for p in source.posts)  # stated platform not kept
    # read_csv numbers a row by the line it ends on (the thread spans lines 4-6)
    assert [p.id for p in source.posts] == ["row-2", "row-3", "row-6", "row-7"]
    assert first.created_at == datetime(2024, 3, 5, tzinfo=UTC)
    assert (first.likes, first.shares, first.replies) == (42, 3, 5)
    assert first.url == "https://www.tiktok.com/@amara/video/7342" and first.kind is PostKind.POST
    assert reply.kind is PostKind.REPLY and (reply.shares, reply.replies, reply.url) == (
        None, None, None)
    assert reply.created_at == datetime(2024, 3, 6, 14, 0, tzinfo=UTC)  # no offset means UTC
    assert thread.text == "A thread on reading analytics:\n1. reach\n2. saves"
    assert thread.created_at == datetime(2024, 3, 7, 8, 15, tzinfo=UTC)
    assert thread.likes == 1204 and thread.kind is PostKind.POST  # empty kind is post
    assert article.kind is PostKind.ARTICLE  # kind is case-insensitive


def test_columns_by_name_in_any_order_and_case(tmp_path):
    text = "\ufeffURL,Kind,Text,Date,Extra\r\n,comment,Nice work!,2024-05-01,x\r\n"
    source = posts_csv.read(csv_file(tmp_path, text))
    (post,) = source.posts
    assert (post.text, post.kind, post.url) == ("Nice work!", PostKind.COMMENT, None)
    assert source.warnings == (f"{tmp_path / 'posts.csv'}: unknown columns kept but not used: "
                               "Extra",)


def test_only_required_columns(tmp_path):
    source = posts_csv.read(csv_file(tmp_path, "date,text\n2024-01-02,Hello\n"))
    (post,) = source.posts
    assert (post.likes, post.shares, post.replies, post.kind) == (None, None, None, PostKind.POST)


def test_offsets_are_converted_to_utc(tmp_path):
    source = posts_csv.read(csv_file(tmp_path, "date,text\n2024-06-30 23:30:00-02:00,late\n"))
    expected = datetime(2024, 6, 30, 23, 30, tzinfo=timezone(timedelta(hours=-2)))
    assert source.posts[0].created_at == expected
    assert source.posts[0].created_at.tzinfo is UTC


@pytest.mark.parametrize("value", ["05/03/2024", "3/5/24", "March 5 2024", "20240305", "yesterday",
                                   "2024-13-01", "2024-03"])
def test_ambiguous_or_unreadable_dates_skip_the_row(tmp_path, value):
    text = f"date,text\n2024-01-02,kept\n{value},dropped\n"
    source = posts_csv.read(csv_file(tmp_path, text))
    assert [p.text for p in source.posts] == ["kept"]
    assert source.warnings == (
        f"{tmp_path / 'posts.csv'}: row 3: {value!r} is not a date in YYYY-MM-DD, "
        "YYYY-MM-DD HH:MM or YYYY-MM-DDTHH:MM:SS+HH:MM; row skipped",)


def test_empty_date_is_named(tmp_path):
    source = posts_csv.read(csv_file(tmp_path, "date,text\n,no date\n"))
    assert source.posts == () and warned(source, "row 2: an empty date is not a date")


def test_bad_counts_and_kinds_are_warnings(tmp_path):
    text = "date,text,likes,shares,kind\n2024-01-02,Hi,lots,-3,tweet\n"
    source = posts_csv.read(csv_file(tmp_path, text))
    (post,) = source.posts
    assert (post.likes, post.shares, post.kind) == (None, None, PostKind.POST)
    assert warned(source, "row 2: likes 'lots' is not a whole number; ignored")
    assert warned(source, "row 2: shares '-3' is not a whole number")
    assert warned(source, "row 2: kind 'tweet' is not one of post, reply, comment, repost, "
                          "article; read as post")


def test_thousands_separators_in_counts(tmp_path):
    source = posts_csv.read(csv_file(tmp_path, 'date,text,likes\n2024-01-02,Hi,"1,204"\n'))
    assert source.posts[0].likes == 1204


def test_rows_with_the_wrong_number_of_fields(tmp_path):
    source = posts_csv.read(csv_file(tmp_path, "date,text\n2024-01-02,a,b\n2024-01-03,ok\n"))
    assert [p.id for p in source.posts] == ["row-3"]
    assert warned(source, "row 2: has 3 fields, expected 2; skipped")


def test_header_only_is_an_empty_source_with_a_warning(tmp_path):
    source = posts_csv.read(csv_file(tmp_path, HEADER + "\n"))
    assert source.posts == ()
    assert source.warnings == (f"{tmp_path / 'posts.csv'}: holds a header but no posts",)


# -- bad input -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("header", "missing"), [
    ("when,body,likes", "date or text"), ("date,body", "text"), ("Text,likes", "date")])
def test_missing_columns_name_file_line_and_header(tmp_path, header, missing):
    with pytest.raises(InputError) as err:
        posts_csv.read(csv_file(tmp_path, header + "\n2024-01-01,hi\n"))
    assert str(err.value) == (
        f"{tmp_path / 'posts.csv'} (line 1): has no {missing} column; expected a header line "
        f"such as '{HEADER}' (date and text required), found '{header}'")
    assert err.value.exit_code == 2


def test_empty_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match=r"posts\.csv \(line 1\): is empty; expected a header "
                                         r"line such as 'date,text,"):
        posts_csv.read(csv_file(tmp_path, ""))


def test_not_utf8_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match=r"posts\.csv \(line 2\): is not UTF-8 text"):
        posts_csv.read(csv_file(tmp_path, "date,text\n2024-01-01,caf\xe9\n".encode("latin-1")))


# -- properties ----------------------------------------------------------------------------------
def _outcome(raw: bytes, name: str = "posts.csv") -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(raw)
        try:  # a file starting with PK is opened as a zip, and refused if it is not one
            bundle = Bundle.open(path)
            assert isinstance(posts_csv.detect(bundle), bool)
            source = posts_csv.read(bundle)
        except InputError as exc:
            assert str(exc)
            return
        assert isinstance(source, Source)
        assert all(p.created_at.tzinfo is UTC for p in source.posts)


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["posts.csv", "export.csv"]))
def test_random_bytes_give_a_source_or_an_input_error(raw, name):
    _outcome(raw, name)


CELLS = st.one_of(st.text(max_size=15), st.sampled_from(
    ["2024-03-05", "2024-03-05 14:00", "05/03/2024", "9999-12-31T23:59:59-23:59",
     "0001-01-01T00:00+01:00", "12", "-1", "1,204", "repost", "ARTICLE", '"', "\r\n", ""]))


@settings(max_examples=80, deadline=None)
@given(st.permutations(["date", "Text", "platform", "likes", "shares", "replies", "url", "kind"]),
       st.integers(2, 8), st.lists(st.lists(CELLS, min_size=1, max_size=9), max_size=6))
def test_random_rows_give_a_source_or_an_input_error(columns, width, rows):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns[:width])
    writer.writerows(rows)
    _outcome(out.getvalue().encode("utf-8", "surrogatepass"))


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_damaged_files_give_a_source_or_an_input_error(data):
    text = POSTS
    for _ in range(data.draw(st.integers(1, 4))):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, min(len(text), start + 20)))
        text = text[:start] + data.draw(st.text(max_size=6)) + text[end:]
    _outcome(text.encode("utf-8", "surrogatepass"))
