"""Rewrite the golden results that tests/golden/test_golden.py compares against.

Run it only for a change that is meant to change results, and name that change in the commit:
    .venv/bin/python scripts/update_golden.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.golden import CASES, golden_json, golden_path  # noqa: E402


def main() -> None:
    for example, role in CASES:
        path = golden_path(example, role)
        path.write_text(golden_json(example, role), encoding="utf-8")
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
