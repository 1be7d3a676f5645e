"""Scores, flags and recommendations of every example stay byte-identical unless a change means
to change them (then ``scripts/update_golden.py`` rewrites the files, and the commit says why)."""

from __future__ import annotations

import difflib

import pytest
from support.golden import CASES, golden_json, golden_path


@pytest.mark.parametrize("example, role", CASES, ids=[f"{e}-{r}" for e, r in CASES])
def test_result_is_byte_identical_to_the_golden_file(example: str, role: str) -> None:
    expected = golden_path(example, role).read_text(encoding="utf-8")
    actual = golden_json(example, role)
    if actual != expected:
        diff = "".join(list(difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            "golden", "now", n=1))[:60])
        pytest.fail(f"{example} / {role} differs from its golden result "
                    f"(scripts/update_golden.py rewrites it if the change is meant):\n{diff}")
