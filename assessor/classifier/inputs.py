"""Reading posts for ``assessor classify``: JSON lines, plain text lines, or stdin."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from assessor.errors import InputError


@dataclass(frozen=True, slots=True)
class Item:
    id: object
    text: str


def read_items(stream: IO[str], name: str, *, jsonl: bool) -> tuple[list[Item], int]:
    """Posts to classify, and the number of empty lines skipped.

    JSON lines need a ``text`` string and may have an ``id``; without one the line number is
    the id. A malformed line is an error naming its line number.
    """
    items: list[Item] = []
    empty = 0
    for n, line in enumerate(stream, start=1):
        if not line.strip():
            empty += 1
            continue
        if not jsonl:
            items.append(Item(n, line.rstrip("\r\n")))
            continue
        obj = text_object(line, name, n, example='{"id": 1, "text": "..."}')
        items.append(Item(obj.get("id", n), obj["text"]))
    return items, empty


def text_object(line: str, name: str | Path, n: int, *, example: str) -> dict[str, Any]:
    """One JSON-lines record with a ``text`` string; an :class:`InputError` naming the file and
    line otherwise (``example`` shows the expected shape)."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(name, f"is not valid JSON ({exc.msg}); expected one object per line "
                               f"like {example}", where=f"line {n}") from None
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise InputError(name, 'expected an object with a "text" string', where=f"line {n}")
    return obj
