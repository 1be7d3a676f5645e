"""The golden cases: every example for two roles, as of a fixed date, in the result's JSON form.

Shared by ``tests/golden/test_golden.py`` and ``scripts/update_golden.py``.
"""

from __future__ import annotations

from pathlib import Path

from support.examples import AS_OF, EXAMPLES, example_assessment

EXAMPLE_NAMES = ("amara-okafor", "blake-sterling", "diego-ramirez", "jordan-blake", "lin-wei")
ROLES = ("social-media-manager", "software-engineer")
CASES = tuple((e, r) for e in EXAMPLE_NAMES for r in ROLES)
GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "results"


def golden_path(example: str, role: str) -> Path:
    return GOLDEN / f"{example}--{role}.json"


def golden_json(example: str, role: str) -> str:
    assert (EXAMPLES / example).is_dir()
    assert AS_OF.isoformat() == "2026-11-20"
    return example_assessment(example, role).to_json() + "\n"
