"""Advice from the person's current state (issue 12)."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from support import example_assessment

from assessor.advice import kind_of, where_you_are

SMM = "social-media-manager"


def test_nothing_already_met_is_recommended():
    amara = example_assessment("amara-okafor", SMM)
    signals = {r.signal for r in amara.recommendations}
    # She has 3 projects, 2 certifications and 3 recommendations: all at 'good' or better.
    assert not signals & {"portfolio_items", "certifications", "recommendations"}
    levels = {c.signal: c.level for d in amara.dimensions.values() for c in d.criteria}
    for r in amara.recommendations:
        assert levels[r.signal] in ("poor", "fair") or r.signal == "red_flags", r.signal


@pytest.mark.parametrize("name", ["lin-wei", "amara-okafor", "blake-sterling", "jordan-blake",
                                  "diego-ramirez"])
def test_the_plan_has_distinct_actions_one_per_signal_and_kind(name):
    recs = example_assessment(name, SMM).recommendations
    assert len({r.signal for r in recs}) == len(recs)
    kinds = Counter(kind_of(r.signal) for r in recs)
    assert max(kinds.values(), default=0) == 1, kinds
    actions = [r.action.split(". ", 1)[-1] for r in recs]
    assert len(set(actions)) == len(actions)


def test_the_quiet_student_is_not_told_to_post_more_again_and_again():
    recs = example_assessment("lin-wei", SMM).recommendations
    posting = [r for r in recs if kind_of(r.signal) in ("post", "reply")]
    assert len(recs) >= 5 and len(posting) <= 2, [r.signal for r in recs]


def test_each_step_says_where_the_person_is_and_the_next_step():
    for r in example_assessment("lin-wei", SMM).recommendations:
        state, _, advice = r.action.partition(". ")
        assert r.current.split(" (")[0] in state or r.current in r.action, r.action
        assert "next level" in state, r.action
        assert advice


def test_where_you_are_wording():
    assert where_you_are("portfolio_items", "3", 3.0, "5", 5.0) == (
        "You have 3 projects or documented repositories; 2 more reach the next level.")
    assert where_you_are("recommendations", "0", 0.0, "1", 1.0) == (
        "You have 0 recommendations; 1 more reaches the next level.")
    assert where_you_are("profile_fields", "3 of 6", 0.5, "83%", 0.83) == (
        "Your profile has 3 of 6 basics; the next level is 5 of 6.")


def test_counts_of_one_are_worded_in_the_singular():
    assert where_you_are("recommendations", "1", 1.0, "2", 2.0) == (
        "You have 1 recommendation; 1 more reaches the next level.")
    assert where_you_are("portfolio_items", "1", 1.0, "3", 3.0) == (
        "You have 1 project or documented repository; 2 more reach the next level.")
    assert where_you_are("red_flags", "1", 1.0, "0", 0.0) == "1 of your posts reads as a red flag."
    assert where_you_are("red_flags", "2", 2.0, "0", 0.0) == "2 of your posts read as a red flag."


def test_every_state_choice_is_well_formed():
    from assessor.signals import SIGNALS

    for sig in SIGNALS.values():
        # A choice is "[one|many]" with no nesting; a stray bracket would print as it is.
        rest = re.sub(r"\[[^|\[\]]*\|[^|\[\]]*\]", "", sig.state)
        assert "[" not in rest and "]" not in rest and "|" not in rest, sig.name
        if "[" in sig.state:
            assert "{n}" in sig.state, f"{sig.name}: a choice needs the count {{n}} it agrees with"
