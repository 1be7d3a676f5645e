"""The labelled corpus: one JSON object per line with id, platform, text, label, batch."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from assessor.classifier.labels import CLASSES
from assessor.errors import InputError

#: The batch written last, by a writer who never saw the others; never trained or tuned on.
HELD_OUT_BATCH = "i"


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    platform: str
    text: str
    label: str
    batch: str


def load_corpus(path: Path) -> list[Example]:
    """Read and validate the corpus; errors name the file, line and field."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from None
    examples: list[Example] = []
    seen: set[str] = set()
    for n, line in enumerate(raw.decode("utf-8-sig").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"is not valid JSON ({exc.msg})", where=f"line {n}") from None
        if not isinstance(obj, dict):
            raise InputError(path, "expected a JSON object", where=f"line {n}")
        for key in ("id", "platform", "text", "label", "batch"):
            if not isinstance(obj.get(key), str) or not obj[key].strip():
                raise InputError(path, f"field {key!r} must be a non-empty string",
                                 where=f"line {n}")
        if obj["label"] not in CLASSES:
            raise InputError(path, f"unknown label {obj['label']!r}; expected one of "
                                   f"{', '.join(CLASSES)}", where=f"line {n}")
        if obj["id"] in seen:
            raise InputError(path, f"duplicate id {obj['id']!r}", where=f"line {n}")
        seen.add(obj["id"])
        examples.append(Example(obj["id"], obj["platform"], obj["text"], obj["label"],
                                obj["batch"]))
    if not examples:
        raise InputError(path, "holds no examples")
    return examples


def corpus_hash(path: Path) -> str:
    """SHA-256 of the corpus file, recorded with the model so a stale model can be spotted."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
