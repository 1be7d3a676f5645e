"""Blog feeds: one RSS 2.0, RSS 1.0 or Atom file, read with feedparser.

Each entry becomes an :attr:`~assessor.candidate.PostKind.ARTICLE` whose text is the title
followed by the body as plain text (``content[0].value`` when the feed carries the full body,
else ``summary``). Entries without a date are skipped with a warning: a post needs one.

feedparser is only ever given the file's bytes in a stream, never a string: given a string it
may fetch a URL or open a local path named by it. Malformed XML makes feedparser set ``bozo``
and fall back to a lenient parser; entries it still finds are kept and the problem becomes a
warning. The author's name comes from the feed, else from the entries when they all agree
(Atom entries do not inherit the feed's author, and many feeds name it only per entry).
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from assessor.candidate import Platform, Post, PostKind, Profile, Source
from assessor.errors import InputError
from assessor.ingest.bundle import Bundle
from assessor.ingest.parsing import Notes, html_to_text

PLATFORM = Platform.BLOG
READS = ("file",)

SUFFIXES = (".xml", ".rss", ".atom")
_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>/]", re.IGNORECASE)
_EMAIL_NAME = re.compile(r"^\s*[^\s()]+@[^\s()]+\s*\((?P<name>[^()]+)\)\s*$")


def detect(bundle: Bundle) -> bool:
    """True for a single ``.xml``/``.rss``/``.atom`` file, or a text file that opens as a feed."""
    if bundle.kind != "file":
        return False
    name = bundle.names()[0]
    if name.lower().endswith(SUFFIXES):
        return True
    try:
        head = bundle.read_bytes(name)[:2048]
    except InputError:
        return False
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return head.startswith(b"<") and _ROOT.search(head) is not None


def read(bundle: Bundle) -> Source:
    """One article per dated entry of the feed; the feed's link as handle and website.

    Raises
    ------
    InputError
        When the file is not a feed at all: unreadable XML with no entries, or XML that is
        neither RSS nor Atom.
    """
    notes = Notes()
    name = bundle.names()[0]
    where = bundle.where(name)
    data = bundle.read_bytes(name)
    import feedparser  # imported here: only feeds need it, and it is slow to import

    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False,
                                  resolve_relative_uris=False)
    except Exception as exc:  # feedparser's lenient parser fails in odd ways on odd bytes
        raise InputError(where, f"could not be parsed as a feed ({type(exc).__name__}); "
                                "expected an RSS or Atom file") from None
    entries = [e for e in parsed.get("entries", []) if isinstance(e, Mapping)]
    if parsed.get("bozo"):
        problem = _short(parsed.get("bozo_exception"))
        if not entries:
            raise InputError(where, f"is not a readable RSS or Atom feed ({problem}); "
                                    "expected the feed file your blog publishes")
        notes.add(where, f"the feed is not well-formed ({problem}); {len(entries)} entries were "
                         "read anyway, some may be missing or cut short")
    elif not entries and not parsed.get("version"):
        raise InputError(where, "is not an RSS or Atom feed; expected a file starting with "
                                "<rss or <feed")
    feed = parsed.get("feed") or {}
    posts = _articles(entries, where, notes)
    if not entries:
        notes.add(where, "the feed holds no entries")
    link = _web(feed.get("link"))
    return Source(
        platform=PLATFORM,
        path=bundle.label,
        name=_person(feed) or _shared_author(entries),
        handle=_handle(link) or PurePosixPath(name).stem,
        profile=Profile(websites=(link,) if link else ()),
        posts=tuple(posts),
        warnings=tuple(notes.items),
    )


def _articles(entries: list[Mapping[str, Any]], where: str, notes: Notes) -> list[Post]:
    posts: list[Post] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        title = html_to_text(_text(entry.get("title")))
        label = f"entry {number}" + (f" ({title[:60]!r})" if title else "")
        created = _when(_raw(entry, "published_parsed")) or _when(_raw(entry, "updated_parsed"))
        if created is None:
            notes.add(where, f"{label}: no readable published or updated date; skipped")
            continue
        body = html_to_text(_body(entry))
        link = _web(entry.get("link")) or None  # feedparser copies a urn: id into link
        post_id = _text(entry.get("id")) or link or f"entry-{number}"
        if post_id in seen:
            post_id = f"{post_id}#{number}"
        seen.add(post_id)
        text = "\n\n".join(part for part in (title, body) if part)
        posts.append(Post(platform=PLATFORM, id=post_id, created_at=created, text=text,
                          kind=PostKind.ARTICLE, url=link, title=title or None))
    return posts


def _body(entry: Mapping[str, Any]) -> str:
    """The full body when the feed has it (``content:encoded``, Atom content), else summary."""
    content = entry.get("content")
    if isinstance(content, list):
        for part in content:
            if isinstance(part, Mapping) and _text(part.get("value")):
                return _text(part.get("value"))
    return _text(entry.get("summary"))


def _when(value: Any) -> datetime | None:
    """feedparser's ``*_parsed`` values are UTC ``struct_time`` tuples."""
    try:
        year, month, day, hour, minute, second = value[:6]
        return datetime(year, month, day, hour, minute, min(second, 59), tzinfo=UTC)
    except (TypeError, ValueError, OverflowError, IndexError):
        return None


def _person(item: Mapping[str, Any]) -> str:
    """A display name from ``author`` (``mail@host (Name)`` in RSS) or ``author_detail``."""
    author = _text(item.get("author"))
    match = _EMAIL_NAME.match(author)
    if match:
        return match.group("name").strip()
    if author and "@" not in author:
        return author
    detail = item.get("author_detail")
    name = _text(detail.get("name")) if isinstance(detail, Mapping) else ""
    return "" if "@" in name else name


def _shared_author(entries: list[Mapping[str, Any]]) -> str:
    names = {_person(e) for e in entries} - {""}
    return names.pop() if len(names) == 1 else ""


def _handle(link: str) -> str:
    """``https://amara.example/blog/`` becomes ``amara.example/blog``."""
    try:
        parts = urlsplit(link)
    except ValueError:
        return ""
    if not parts.netloc:
        return ""
    return (parts.netloc + parts.path).rstrip("/").lower()


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _web(value: Any) -> str:
    text = _text(value)
    return text if text.lower().startswith(("http://", "https://")) else ""


def _raw(entry: Mapping[str, Any], key: str) -> Any:
    """Read a key without feedparser's deprecated updated->published fallback mapping."""
    return dict.get(entry, key) if isinstance(entry, dict) else entry.get(key)


def _short(exc: Any) -> str:
    text = str(exc) if exc is not None else "unknown problem"
    return text if len(text) <= 120 else text[:117] + "..."
