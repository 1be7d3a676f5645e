"""A rubric's parameter overrides move scores, advice and reach the expected way (issue 13)."""

from __future__ import annotations

from support import AS_OF, example_assessment, example_candidate
from support.builders import rubric_with_params

from assessor import assess

ROLE = "social-media-manager"


def _assess(signal: str, params: dict, who: str = "amara-okafor", **top):
    return assess(example_candidate(who), rubric_with_params(ROLE, signal, params, **top),
                  as_of=AS_OF)


def _criterion(result, dim: str, signal: str):
    return next(c for c in result.dimensions[dim].criteria if c.signal == signal)


def test_the_defaults_in_a_rubric_change_nothing():
    tuned = _assess("profile_fields", {"summary_words": 30, "role_description_words": 8,
                                       "skills": 5})
    base = example_assessment("amara-okafor", ROLE)
    assert tuned.overall == base.overall and tuned.dimensions == base.dimensions


def test_a_stricter_profile_threshold_lowers_the_score():
    base = example_assessment("amara-okafor", ROLE)
    before = _criterion(base, "profile_completeness", "profile_fields")
    assert "5+ skills" in before.detail.split("; missing")[0]  # met at the default
    strict = _assess("profile_fields", {"skills": 50})
    after = _criterion(strict, "profile_completeness", "profile_fields")
    assert "missing:" in after.detail and "50+ skills" in after.detail.split("missing:")[1]
    assert after.value < before.value
    assert strict.dimensions["profile_completeness"].score < \
        base.dimensions["profile_completeness"].score
    assert strict.overall < base.overall


def test_a_longer_window_counts_more_conversation():
    base = _criterion(example_assessment("amara-okafor", ROLE), "engagement",
                      "one_to_one_per_month")
    wide = _criterion(_assess("one_to_one_per_month", {"window_days": 3650, "months": 6}),
                      "engagement", "one_to_one_per_month")
    assert wide.value >= base.value and wide.score >= base.score


def test_advice_min_gain_filters_the_plan():
    base = example_assessment("amara-okafor", ROLE)
    assert base.recommendations
    none = _assess("articles", {}, advice={"min_gain": 100})
    assert none.recommendations == ()
    assert none.overall == base.overall


def test_reach_scale_moves_the_reach_figure():
    base = example_assessment("amara-okafor", ROLE)
    double = _assess("articles", {}, reach={"scale": 24})
    assert base.vanity.reach_score > 0
    # round(2x) is within one of 2 * round(x)
    assert abs(double.vanity.reach_score - min(100, 2 * base.vanity.reach_score)) <= 1
    assert double.vanity.reach_score > base.vanity.reach_score


def test_red_flag_actions_follow_the_advice_thresholds():
    base = example_assessment("jordan-blake", ROLE)  # the example with unprofessional posts
    unprofessional = [f for f in base.red_flags if f.category == "unprofessional"]
    assert unprofessional
    tuned = _assess("articles", {}, "jordan-blake",
                    advice={"archive_after_days": 0, "rewrite_below_confidence": 0.0})
    assert [f.action for f in tuned.red_flags if f.category == "unprofessional"] == \
        ["archive or delete"] * len(unprofessional)
    careful = _assess("articles", {}, "jordan-blake", advice={"rewrite_below_confidence": 1.0})
    assert [f.action for f in careful.red_flags if f.category == "unprofessional"] == \
        ["rewrite or explain"] * len(unprofessional)
    assert tuned.overall == careful.overall == base.overall


def test_a_flag_says_delete_only_when_sure_and_explicit():
    """A red flag says "delete" only from 0.95 (``delete_from_confidence``), and an
    unprofessional one only when the post holds a swear word, an insult, a slur or a masked
    word (``delete_needs_explicit_word``), as the report words it no surer than "likely"
    otherwise; below, "rewrite or delete". A rubric may change both."""
    base = example_assessment("jordan-blake", ROLE)
    unprofessional = [f for f in base.red_flags if f.category == "unprofessional"]
    assert {f.explicit for f in unprofessional} == {True, False}  # both kinds are checked
    # below the floor: ``careful`` below raises it over every flag
    assert [f.action for f in base.red_flags] == [
        "delete" if f.confidence >= 0.95 and (f.explicit or f.category == "spam")
        else "rewrite or delete" for f in base.red_flags]
    assert {f.action for f in base.red_flags if f.category == "spam"} == {"delete"}
    plain = _assess("articles", {}, "jordan-blake",
                    advice={"delete_needs_explicit_word": False, "delete_from_confidence": 0.6})
    assert {f.action for f in plain.red_flags} == {"delete"}
    careful = _assess("articles", {}, "jordan-blake", advice={"delete_from_confidence": 1.0})
    assert "delete" not in {f.action for f in careful.red_flags if f.confidence < 1.0}
    assert plain.overall == careful.overall == base.overall
