"""The out-of-fold threshold rule of the red-flag detector, and when it gives up."""

from __future__ import annotations

import numpy as np

from assessor.classifier.redflag_training import choose_threshold


def test_threshold_that_keeps_false_flags_under_the_limits_is_chosen():
    prob = np.array([0.9] * 50 + [0.55] * 50 + [0.1] * 900)
    truth = np.array([True] * 50 + [False] * 950)
    groups = np.array(["invented"] * 1000)
    # 0.55-scored clean posts are 5 % of the clean ones: any threshold at or below 0.55 fails
    assert choose_threshold(prob, truth, ~truth, groups) == 0.9


def test_no_threshold_when_one_source_is_flagged_too_often_at_every_cut():
    # 10 of 100 "noisy" clean posts score like the red flags: 0.5 % of all clean posts (under
    # the pooled limit) but 10 % of that source's (over the per-source limit)
    prob = np.array([0.99] * 50 + [0.1] * 2000 + [0.99] * 10 + [0.1] * 90)
    truth = np.array([True] * 50 + [False] * 2100)
    groups = np.array(["invented"] * 2050 + ["noisy"] * 100)
    assert choose_threshold(prob, truth, ~truth, groups) is None
