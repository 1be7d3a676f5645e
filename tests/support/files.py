"""Writing a small export tree for a test: one helper instead of a copy per test module."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any


def as_json(name: str, value: Any) -> bytes:
    """A document as indented ASCII JSON, the way Meta and GitHub exports are written."""
    return json.dumps(value, indent=2).encode()


def write_tree(root: Path, files: dict[str, Any],
               encode: Callable[[str, Any], bytes] = as_json) -> Path:
    """Write ``files`` under ``root``: bytes as they are, text as UTF-8, anything else through
    ``encode(name, value)``. Returns ``root``."""
    for name, value in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(value, bytes):
            target.write_bytes(value)
        elif isinstance(value, str):
            target.write_text(value, encoding="utf-8")
        else:
            target.write_bytes(encode(name, value))
    return root
