"""Text that is safe to show: on a terminal, in a PDF, in JSON.

A student's files choose their own names and texts, so they may carry terminal escape codes
(which can clear or retitle a counselor's terminal), bidi overrides (which make a file name read
backwards) and bytes that are not UTF-8 (which cannot be written to JSON or a PDF at all).
:func:`printable` removes the first two and replaces the third; tabs and line breaks stay.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

# C0 controls but tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates, and
# lone surrogates (file names that are not UTF-8 reach Python as U+DC80..U+DCFF).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _swap(m: re.Match[str]) -> str:
    return "\ufffd" if "\ud800" <= m.group(0) <= "\udfff" else ""


def printable(text: str) -> str:
    """``text`` without control codes or bidi overrides; undecodable bytes become U+FFFD."""
    if text.isprintable() or _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_swap, text.replace("\r\n", "\n").replace("\r", "\n"))


def shown_path(path: str | Path) -> str:
    """A path as a message shows it (see :func:`printable`)."""
    return printable(str(path))


def printable_tree(value: Any) -> Any:
    """Every string in a tree of dicts, lists and tuples made :func:`printable`."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {printable_tree(k): printable_tree(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(printable_tree(v) for v in value)
    return value



def noun(count: int, singular: str, plural: str | None = None) -> str:
    """The noun agreeing with ``count``: ``column`` for one, ``columns`` for any other number.

    ``plural`` is for nouns that do not take an ``s`` (``entry``/``entries``).
    """
    return singular if count == 1 else plural or singular + "s"


def plural(count: int, singular: str, plural: str | None = None) -> str:
    """``1 position``, ``2 positions``, ``1,204 connections``: a count and its noun agreeing."""
    return f"{count:,} {noun(count, singular, plural)}"


#: Count names (:meth:`~assessor.candidate.Source.counts`) whose nouns are not the name with
#: and without its final "s".
_COUNT_NOUNS = {"replies": ("reply", "replies"), "repositories": ("repository", "repositories"),
                "education": ("education entry", "education entries"),
                "likes_given": ("like given", "likes given"), "following": ("following",) * 2}


def count_noun(name: str, count: int) -> str:
    """The noun for a count named ``name``: ``replies`` -> ``reply`` for one; ``1 following``."""
    one, many = _COUNT_NOUNS.get(name, (name.removesuffix("s"), name.replace("_", " ")))
    return noun(count, one.replace("_", " "), many)


def counted(name: str, count: int) -> str:
    """``1 position``, ``3 replies``, ``1 education entry``: a named count in words."""
    return f"{count:,} {count_noun(name, count)}"


def joined(items: Any, last: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c`` (or ``or`` with ``last="or"``).

    >>> joined(["X", "GitHub", "Mastodon"], "or")
    'X, GitHub or Mastodon'
    """
    words = [str(i) for i in items]
    if len(words) < 3:
        return f" {last} ".join(words)
    return ", ".join(words[:-1]) + f" {last} " + words[-1]
