"""The generic ``posts.csv``: posts from any platform without an importer, typed or exported.

Columns are matched by header name, in any order and case::

    date,text,platform,likes,shares,replies,url,kind
    2024-03-05,Three things I learned running our club's Instagram,tiktok,42,3,5,,post

``date`` and ``text`` are required. Dates must be unambiguous: ISO ``2024-03-05``,
``2024-03-05 14:00``, ``2024-03-05T14:00:00+01:00`` (no offset means UTC). ``05/03/2024`` is
refused, since it reads as March or May depending on the country. ``kind`` is one of post, reply,
comment, repost, article (empty means post).

Every post gets :attr:`~assessor.candidate.Platform.CSV` as its platform: the ``platform``
column is accepted for the person's own bookkeeping, but the candidate model has no free-text
platform field, so it is not kept. Ids are ``row-<n>``, the row's line number in the file.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime

from assessor.candidate import Platform, Post, PostKind, Source
from assessor.errors import InputError
from assessor.ingest.bundle import Bundle
from assessor.ingest.parsing import Notes, norm_key, parse_iso, read_csv, to_int

PLATFORM = Platform.CSV
READS = ("file",)

COLUMNS = ("date", "text", "platform", "likes", "shares", "replies", "url", "kind")
REQUIRED = ("date", "text")
DATE_FORMATS = "YYYY-MM-DD, YYYY-MM-DD HH:MM or YYYY-MM-DDTHH:MM:SS+HH:MM"
_KINDS = {k.value: k for k in PostKind}


def detect(bundle: Bundle) -> bool:
    """True for a file named ``posts.csv``, or any ``.csv`` whose header has date and text."""
    if bundle.kind != "file":
        return False
    name = bundle.names()[0]
    if name.lower() == "posts.csv":
        return True  # claim it even when broken, so the message explains the header
    if not name.lower().endswith(".csv"):
        return False
    try:
        head = bundle.read_bytes(name)[:65536].decode("utf-8-sig", errors="replace")
        header = next(csv.reader(io.StringIO(head, newline="")), [])
    except (InputError, csv.Error):
        return False
    keys = {norm_key(h) for h in header}
    return all(c in keys for c in REQUIRED)


def read(bundle: Bundle) -> Source:
    """One post per usable row, of platform ``csv``.

    Rows with a date that is missing or not ISO are skipped with a warning naming the row; an
    unreadable count or kind is a warning too.

    Raises
    ------
    InputError
        When the file is empty, not UTF-8, or lacks the ``date`` or ``text`` column.
    """
    notes = Notes()
    name = bundle.names()[0]
    table = read_csv(bundle, name, notes, expected=COLUMNS)
    expected = f"expected a header line such as '{','.join(COLUMNS)}' (date and text required)"
    if not table.header:
        raise InputError(table.where, f"is empty; {expected}", where="line 1")
    have = {norm_key(h) for h in table.header}
    missing = [c for c in REQUIRED if c not in have]
    if missing:
        found = ",".join(table.header)[:200]
        raise InputError(table.where, f"has no {' or '.join(missing)} column; {expected}, "
                                      f"found '{found}'", where="line 1")
    posts: list[Post] = []
    for row_no, row in table.rows:
        post = _post(row_no, row, table.where, notes)
        if post is not None:
            posts.append(post)
    if not table.rows:
        notes.add(table.where, "holds a header but no posts")
    return Source(platform=PLATFORM, path=bundle.label, posts=tuple(posts),
                  warnings=tuple(notes.items))


def _post(row_no: int, row: dict[str, str], where: str, notes: Notes) -> Post | None:
    raw_date = row.get("date", "")
    created = _date(raw_date)
    if created is None:
        found = f"{raw_date[:40]!r}" if raw_date else "an empty date"
        notes.add(where, f"row {row_no}: {found} is not a date in {DATE_FORMATS}; row skipped")
        return None
    kind_text = row.get("kind", "").strip().lower()
    kind = _KINDS.get(kind_text or "post")
    if kind is None:
        notes.add(where, f"row {row_no}: kind {kind_text[:30]!r} is not one of "
                         f"{', '.join(_KINDS)}; read as post")
        kind = PostKind.POST
    return Post(
        platform=PLATFORM,
        id=f"row-{row_no}",
        created_at=created,
        text=row.get("text", ""),
        kind=kind,
        likes=_count(row, "likes", row_no, where, notes),
        shares=_count(row, "shares", row_no, where, notes),
        replies=_count(row, "replies", row_no, where, notes),
        url=row.get("url") or None,
    )


def _date(value: str) -> datetime | None:
    """ISO dates and datetimes only; ``fromisoformat`` also takes ``2024-03-05 14:00``."""
    value = value.strip()
    if len(value) < 10 or value[4:5] != "-":  # refuse basic forms like 20240305 and week dates
        return None
    return parse_iso(value)


def _count(row: dict[str, str], column: str, row_no: int, where: str,
           notes: Notes) -> int | None:
    value = row.get(column, "")
    if not value:
        return None
    number = to_int(value)
    if number is None:
        notes.add(where, f"row {row_no}: {column} {value[:30]!r} is not a whole number; ignored")
    return number
