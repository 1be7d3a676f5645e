"""The look-back windows are signal parameters: 182 days for one-to-one conversation, 365 for
crediting others by default, and a rubric may set its own (issue 13)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from support.builders import rubric_with_params

from assessor.candidate import Candidate, Platform, Post, PostKind, Profile, Source
from assessor.rubric import load_rubric
from assessor.signals import (
    AmplificationParams,
    Context,
    OneToOneParams,
    RoleView,
    compute,
    post_key,
)
from assessor.signals.engagement import amplification, one_to_one_per_month

AS_OF = date(2026, 11, 20)


def _post(i: int, days_ago: int, kind: PostKind = PostKind.REPLY) -> Post:
    return Post(platform=Platform.X, id=f"p{i}", text=f"Thanks for the kind words, number {i}",
                created_at=datetime(2026, 11, 20, 12, tzinfo=UTC) - timedelta(days=days_ago),
                kind=kind)


def _context(posts: list[Post], label: str, rubric: RoleView | None = None) -> Context:
    source = Source(platform=Platform.X, path="x.zip", name="Test Person", posts=tuple(posts))
    cand = Candidate(name="Test Person", sources=(source,), profile=Profile(headline="Student"))
    labels = {post_key(p): label for p in posts}
    return Context(candidate=cand, labels=labels, confidence={k: 0.9 for k in labels},
                   rubric=rubric or load_rubric("social-media-manager"), as_of=AS_OF)


REPLIES = [_post(i, d) for i, d in enumerate((10, 100, 181, 183, 300, 400))]


def test_one_to_one_counts_six_months_by_default():
    m = one_to_one_per_month(_context(REPLIES, "networking"), OneToOneParams())
    assert m.value == 3 / 6
    assert m.detail == "3 replies and comments in the last six months."


def test_one_to_one_over_a_year_when_the_params_say_so():
    m = one_to_one_per_month(_context(REPLIES, "networking"),
                             OneToOneParams(window_days=365, months=12))
    assert m.value == 5 / 12
    assert m.detail == "5 replies and comments in the last twelve months."


def test_amplification_counts_a_year_by_default():
    ctx = _context([_post(i, d, PostKind.POST) for i, d in enumerate((20, 200, 364, 366))],
                   "networking")
    assert amplification(ctx, AmplificationParams()).value == 3
    m = amplification(ctx, AmplificationParams(window_days=60))
    assert m.value == 1
    assert m.detail == ("1 posts in the last 60 days credit, thank, congratulate or ask other "
                        "people.")


def test_a_rubric_sets_the_window_that_compute_uses():
    rubric = rubric_with_params("social-media-manager", "one_to_one_per_month",
                                {"window_days": 30, "months": 1})
    m = compute(_context(REPLIES, "networking", rubric))["one_to_one_per_month"]
    assert m.value == 1.0
    assert m.detail == "1 replies and comments in the last month."
    default = compute(_context(REPLIES, "networking"))["one_to_one_per_month"]
    assert default.value == 3 / 6
