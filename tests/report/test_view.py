"""The view model: what the report shows, decided before any markup."""

from __future__ import annotations

import dataclasses

import pytest

from assessor.report.view import (
    FLAGS_IN_FULL,
    GOOD,
    POST_LIMIT,
    build_view,
    quote,
)
from assessor.rubric import DIMENSIONS

from .conftest import flag


def test_quote_keeps_short_text_and_tidies_whitespace():
    q = quote("  Hello\t  there\n\n\n\nfriend  ", 400)
    assert q == quote("Hello there\n\nfriend", 400)
    assert (q.text, q.trimmed, q.length) == ("Hello there\n\nfriend", False, 19)


def test_quote_trims_long_text_at_a_word_with_an_ellipsis():
    text = " ".join(["word"] * 200)
    q = quote(text, POST_LIMIT)
    assert q.trimmed and q.length == len(text)
    assert q.text.endswith("word\u2026") and len(q.text) <= POST_LIMIT + 1


def test_quote_cuts_one_endless_word():
    q = quote("x" * 1000, 50)
    assert q.text == "x" * 50 + "\u2026"


def test_unknown_audience_or_paper_is_refused(amara):
    with pytest.raises(ValueError, match="audience must be one of student, counselor"):
        build_view(amara, audience="employer")
    with pytest.raises(ValueError, match="paper must be one of a4, letter"):
        build_view(amara, paper="a3")


def test_dimensions_follow_the_rubric_order_with_itemised_points(amara):
    view = build_view(amara)
    assert [d.id for d in view.dimensions] == list(DIMENSIONS)
    assert round(sum(d.share for d in view.dimensions)) == 100
    for d in view.dimensions:
        result = amara.dimensions[d.id]
        assert d.score == result.score
        assert [c.signal for c in d.criteria] == [c.signal for c in result.criteria]
        assert d.gap == max(0.0, GOOD - d.score)
        for c in d.criteria:
            assert c.expect and 0 <= c.points <= c.max_points


def test_red_flag_posts_are_not_repeated_in_the_professionalism_dimension(amara):
    prof = next(d for d in build_view(amara).dimensions if d.id == "professionalism")
    red = next(c for c in prof.criteria if c.signal == "red_flags")
    assert red.evidence == () and red.shown_elsewhere == "Posts to review"


def test_one_post_is_not_quoted_twice_in_a_dimension(amara):
    for d in build_view(amara).dimensions:
        quoted = [e.quote.text for c in d.criteria for e in c.evidence if e.is_post]
        assert len(quoted) == len(set(quoted)), d.id


def test_red_flags_most_severe_first_and_many_listed_briefly(amara):
    flags = [flag(f"spam number {i}", category="spam", confidence=0.5 + i / 100)
             for i in range(30)] + [flag("you are all idiots", confidence=0.7)]
    view = build_view(dataclasses.replace(amara, red_flags=tuple(flags)))
    rf = view.red_flags
    assert rf.total == 31
    assert rf.in_full[0].quote.text == "you are all idiots"
    full = FLAGS_IN_FULL["student"]
    assert len(rf.in_full) == full and len(rf.in_brief) == 31 - full
    assert [g.category for g in rf.groups] == ["spam", "unprofessional"]
    assert [g.count for g in rf.groups] == [30, 1]


def test_only_web_links_are_kept_for_a_flag(amara):
    flags = (flag("a", url="https://x.com/a/status/1"), flag("b", url="file:///etc/passwd"),
             flag("c", url="javascript:alert(1)"), flag("d", url=None))
    urls = [f.url for f in build_view(dataclasses.replace(amara, red_flags=flags),
                                      audience="counselor").red_flags.in_full]
    assert urls == ["https://x.com/a/status/1", None, None, None]


def test_plan_deals_the_biggest_gains_into_the_first_weeks(amara):
    view = build_view(amara)
    weeks = view.plan.weeks
    assert [w.number for w in weeks] == [1, 2, 3, 4]
    recs = amara.recommendations[:8]
    assert weeks[0].tasks[0].action == recs[0].action
    assert sum(len(w.tasks) for w in weeks) == len(recs)
    assert all(len(w.tasks) <= 2 for w in weeks)


def test_progress_only_with_a_previous_assessment(amara):
    assert build_view(amara).progress is None
    earlier = dataclasses.replace(amara, as_of="2026-05-01", overall=amara.overall - 10,
                                  red_flags=amara.red_flags + (flag("old"),))
    p = build_view(amara, history=earlier).progress
    assert p is not None and p.previous_as_of == "2026-05-01"
    assert p.overall.delta == 10.0
    assert p.flags_before == len(amara.red_flags) + 1
    assert all(c.delta == 0 for c in p.dimensions)


def test_counselor_extras_with_every_signal_and_the_cohort(amara):
    assert build_view(amara).counselor is None
    extras = build_view(dataclasses.replace(amara, cohort={"percentile": 73, "size": 120}),
                        audience="counselor").counselor
    assert extras is not None
    assert len(extras.signals) == sum(len(d.criteria) for d in amara.dimensions.values())
    assert (extras.cohort_percentile, extras.cohort_size) == (73.0, 120)
    no_cohort = build_view(amara, audience="counselor").counselor
    assert no_cohort is not None and no_cohort.cohort_percentile is None


def test_export_names_are_whole(amara):
    rows = build_view(amara).coverage.rows
    x = next(r for r in rows if r.platform == "x")
    assert x.file == next(s.path for s in amara.sources if s.platform == "x").rsplit("/", 1)[-1]
    assert len(x.file) > 70 and "\u2026" not in x.file
