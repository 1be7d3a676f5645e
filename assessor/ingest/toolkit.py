"""What every importer needs once: typed reads that warn, unique ids, the thread rule, wording.

- :class:`Fields` reads one record (a JSON object or a CSV row) by key; a value of the wrong
  type reads as missing and adds one warning naming the file, the item and the key.
- :func:`found` is how every message names a value it did not expect; :func:`kind` names its
  JSON type.
- :func:`unique_ids` makes post ids unique within a source.
- :func:`reply_kind` and :func:`threads_as_posts` are the thread rule: a reply to one's own post
  continues a thread, so it is a post, not a reply.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Protocol, TypeVar

from assessor.candidate import Post, PostKind
from assessor.ingest.parsing import MAX_INT, norm_key, parse_epoch

T = TypeVar("T")


class Warns(Protocol):
    """Where warnings go: :class:`~assessor.ingest.parsing.Notes` or ``CappedNotes``."""

    def add(self, where: str, message: str) -> None: ...


def kind(value: Any) -> str:
    """A JSON type name for messages: ``null``, ``a number``, ``text``, ``a list``..."""
    for types, name in ((type(None), "null"), (bool, "true/false"), (int | float, "a number"),
                        (str, "text"), (list | tuple, "a list")):
        if isinstance(value, types):
            return name
    return "an object"


def found(value: Any) -> str:
    """How a message names what it found instead of what it expected."""
    if value is None:
        return "null (or nothing)"
    if isinstance(value, str):
        shown = repr(value[:40])  # escapes (\U0002ebe1) can make 40 characters 400
        return f"the text {shown if len(shown) <= 100 else shown[:99] + '…'}"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"the number {value}"
    return kind(value)


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Fields:
    """Typed reads from one record that warn, naming the file, the item and the key.

    Parameters
    ----------
    values
        A JSON object, or a CSV row keyed by :func:`~assessor.ingest.parsing.norm_key`
        (then ``by_header`` is True and columns are looked up by their header name).
    where
        The file, as messages name it.
    notes
        Where warnings go.
    at
        The record within the file (``item 3``, ``row 12``); empty for a file's one object.
    repair
        Applied to every text read (Meta's exports need
        :func:`~assessor.ingest.parsing.fix_mojibake`).
    """

    values: Mapping[str, Any]
    where: str
    notes: Warns
    at: str = ""
    repair: Callable[[str], str] = _same
    by_header: bool = False

    def warn(self, message: str) -> None:
        self.notes.add(self.where, f"{self.at}: {message}" if self.at else message)

    def of(self, values: Mapping[str, Any]) -> Fields:
        """Reads from another object at the same place (a post's media entry)."""
        return replace(self, values=values)

    def raw(self, key: str) -> Any:
        return self.values.get(norm_key(key) if self.by_header else key)

    def __getitem__(self, column: str) -> str:
        """A CSV cell as written (empty when absent)."""
        value = self.raw(column)
        return value if isinstance(value, str) else ""

    def _wrong(self, key: str, expected: str, value: Any) -> None:
        self.warn(f"key {key}: expected {expected}, found {found(value)}; ignored")

    def text(self, key: str, *, expected: str = "text") -> str:
        """Stripped text; empty when absent or not text."""
        value = self.raw(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            self._wrong(key, expected, value)
            return ""
        return self.repair(value).strip()

    def count(self, key: str) -> int | None:
        """A whole number of 0 or more (as JSON writes it); None when absent or odd."""
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_INT:
            self._wrong(key, "a whole number of 0 or more", value)
            return None
        return value

    def flag(self, key: str) -> bool:
        value = self.raw(key)
        if value is None:
            return False
        if not isinstance(value, bool):
            self._wrong(key, "true or false", value)
            return False
        return value

    def list(self, key: str) -> list[Any]:
        value = self.raw(key)
        if value is not None and not isinstance(value, list):
            self._wrong(key, "a list", value)
        return value if isinstance(value, list) else []

    def epoch(self, key: str) -> datetime | None:
        """Unix seconds as aware UTC; 0 reads as no time (Meta writes it so)."""
        value = self.raw(key)
        if value is None or (value == 0 and not isinstance(value, bool)):
            return None
        when = parse_epoch(value)
        if when is None:
            self.warn(f"key {key}: expected unix seconds, found {found(value)}; ignored")
        return when

    def date(self, column: str, parse: Callable[[str], T | None], *,
             needed: bool = False) -> T | None:
        """A CSV date read by ``parse``; a warning when unreadable (or empty, if ``needed``)."""
        cell = self[column]
        when = parse(cell) if cell else None
        if when is None and (cell or needed):
            outcome = "skipped" if needed else "left empty"
            self.warn(f"unreadable date {cell!r} in {column}; {outcome}")
        return when


def unique_ids(posts: list[Post], *, keep_repeats: bool = False) -> tuple[Post, ...]:
    """Posts with ids unique in their source: a repeated id gets ``-2``, ``-3``...

    A post exported twice (the same id and content) is kept once, unless ``keep_repeats``:
    Meta gives no ids, so two posts made in the same second are two posts.
    """
    seen: dict[str, Post] = {}
    copies: set[Post] = set()
    for post in posts:
        if post in copies and not keep_repeats:
            continue
        copies.add(post)
        if post.id in seen:
            n = 2
            while f"{post.id}-{n}" in seen:
                n += 1
            post = replace(post, id=f"{post.id}-{n}")
        seen[post.id] = post
    return tuple(seen.values())


def reply_kind(parent: str | None, *, to_self: bool = False) -> PostKind:
    """The thread rule, as a post is read: a reply to oneself continues a thread (a post)."""
    return PostKind.REPLY if parent and not to_self else PostKind.POST


def threads_as_posts(posts: list[Post]) -> list[Post]:
    """The thread rule, once every id is known: a reply to one's own post stays a post."""
    own = {p.id for p in posts}
    return [replace(p, kind=PostKind.POST) if p.kind is PostKind.REPLY and p.in_reply_to in own
            else p for p in posts]
