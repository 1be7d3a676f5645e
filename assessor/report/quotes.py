"""Post text as the report quotes it: whitespace tidied, trimmed at a word with an ellipsis."""

from __future__ import annotations

import re
from dataclasses import dataclass

_MANY_BLANK_LINES = re.compile(r"\n\s*\n(\s*\n)+")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_LINES = re.compile(r"\s*\n\s*")


@dataclass(frozen=True)
class Quote:
    """Post text as shown: whitespace tidied, trimmed at a word with an ellipsis if long."""

    text: str
    trimmed: bool
    length: int


def quote(text: str, limit: int, *, one_paragraph: bool = False) -> Quote:
    """Tidy whitespace and trim ``text`` to about ``limit`` characters at a word boundary.

    With ``one_paragraph``, line breaks become spaces: a short excerpt reads as one line
    instead of a column of half-empty ones.
    """
    tidy = _MANY_BLANK_LINES.sub("\n\n", _SPACES.sub(" ", text)).strip()
    if one_paragraph:
        tidy = _LINES.sub(" ", tidy)
    if len(tidy) <= limit:
        return Quote(tidy, False, len(tidy))
    cut = tidy[:limit]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return Quote(cut.rstrip(" ,.;:-") + "\u2026", True, len(tidy))
