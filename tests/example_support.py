"""The example candidates, a fixed assessment date and cached assessments, for any test.

Imported as ``example_support`` (the tests folder is on sys.path through its conftest);
never import from ``conftest``: several folders have one.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
AS_OF = dt.date(2026, 11, 20)


@cache
def example_candidate(name: str):
    from assessor.ingest import load_candidate

    return load_candidate(EXAMPLES / name)


@cache
def example_assessment(name: str, role: str):
    from assessor import assess

    return assess(example_candidate(name), role, as_of=AS_OF)
