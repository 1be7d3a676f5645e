"""The test candidates in models/corpus/eval/candidates: each key names posts the candidate
really has, so scripts/candidates_check.py measures what it says it does."""

from __future__ import annotations

import json

import pytest
from support import ROOT

from assessor.ingest import load_candidate

CANDIDATES = ROOT / "models" / "corpus" / "eval" / "candidates"


@pytest.mark.parametrize("name", sorted(p.name for p in CANDIDATES.iterdir() if p.is_dir()))
def test_every_keyed_post_is_one_of_the_candidates_posts(name):
    key = json.loads((CANDIDATES / name / "key.json").read_text(encoding="utf-8"))
    texts = {p.text for p in load_candidate(CANDIDATES / name).posts}
    assert key["red_flags"] and set(key["red_flags"]) <= texts
    assert set(key["edgy_but_fine"]) <= texts
