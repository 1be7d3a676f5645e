"""Scoring invariants: bounded, deterministic, and moving the right way (hypothesis)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessor.candidate import Candidate, Platform, Post, PostKind, Profile, Source
from assessor.rubric import load_rubric
from assessor.scoring import build_assessment, overall_score
from assessor.signals import Context, compute, post_key

RUBRIC = load_rubric("social-media-manager")
AS_OF = datetime(2026, 11, 20, tzinfo=UTC).date()
LABELS = ["business_insight", "networking", "self_promotion", "job_search", "personal",
          "unprofessional", "spam", "unknown"]

post_st = st.builds(
    lambda i, days, label, kind, likes: (Post(
        platform=Platform.X, id=f"p{i}", created_at=datetime(2026, 11, 19, tzinfo=UTC)
        - timedelta(days=days), text=f"post number {i} with 3% growth", kind=kind,
        likes=likes), label),
    i=st.integers(0, 10**6), days=st.integers(0, 900), label=st.sampled_from(LABELS),
    kind=st.sampled_from(list(PostKind)), likes=st.none() | st.integers(0, 10**6))


def _context(posts_and_labels, followers=None, following=None) -> Context:
    uniq = {p.id: (p, lab) for p, lab in posts_and_labels}
    posts = [p for p, _ in uniq.values()]
    source = Source(platform=Platform.X, path="x.zip", name="Test Person", posts=tuple(posts),
                    followers=followers, following=following)
    cand = Candidate(name="Test Person", sources=(source,),
                     profile=Profile(headline="Marketing student"))
    labels = {post_key(p): lab for p, lab in uniq.values()}
    return Context(candidate=cand, labels=labels, confidence={k: 0.9 for k in labels},
                   rubric=RUBRIC, as_of=AS_OF)


def _score(ctx: Context):
    return build_assessment(ctx, classifier_info={})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(post_st, max_size=25), st.none() | st.integers(0, 10**7),
       st.none() | st.integers(0, 10**7))
def test_scores_stay_in_range_and_are_deterministic(items, followers, following):
    ctx = _context(items, followers, following)
    a, b = _score(ctx), _score(_context(items, followers, following))
    assert a == b
    assert 0 <= a.overall <= 100
    assert all(0 <= d.score <= 100 for d in a.dimensions.values())
    assert all(r.gain > 0 for r in a.recommendations)


def _new_post(i: int, days: int) -> Post:
    return Post(platform=Platform.X, id=f"new{i}",
                created_at=datetime(2026, 11, 19, tzinfo=UTC) - timedelta(days=days),
                text="We cut churn 12% by calling every customer who cancelled.",
                kind=PostKind.POST)


@settings(max_examples=60, deadline=None)
@given(st.lists(post_st, max_size=25), st.integers(0, 400))
def test_a_clean_business_post_never_lowers_business_alignment(items, days):
    before = _score(_context(items)).dimensions["business_alignment"].score
    after = _score(_context([*items, (_new_post(0, days), "business_insight")]))
    assert after.dimensions["business_alignment"].score >= before


@settings(max_examples=60, deadline=None)
@given(st.lists(post_st, max_size=25), st.integers(0, 400),
       st.sampled_from(["unprofessional", "spam"]))
def test_a_red_flag_post_never_raises_professionalism(items, days, label):
    before = _score(_context(items)).dimensions["professionalism"].score
    after = _score(_context([*items, (_new_post(1, days), label)]))
    assert after.dimensions["professionalism"].score <= before
    assert any(f.post_id == "new1" for f in after.red_flags)


@settings(max_examples=40, deadline=None)
@given(st.lists(post_st, max_size=20))
def test_recommendation_gains_are_recomputed_not_guessed(items):
    ctx = _context(items)
    result = _score(ctx)
    measurements = compute(ctx)
    values = {k: m.value for k, m in measurements.items()}
    # Criteria without data are left out of the means (not measured), before and after.
    unmeasured = frozenset(k for k, m in measurements.items() if not m.measured)
    for rec in result.recommendations:
        crit = next(c for d in RUBRIC.dimensions.values() for c in d.criteria
                    if c.signal == rec.signal)
        target = (crit.curve.excellent if rec.signal in ("red_flags", "days_since_last")
                  else crit.curve.next_target(values[rec.signal]))
        gain = overall_score(RUBRIC, {**values, rec.signal: target}, unmeasured) \
            - overall_score(RUBRIC, values, unmeasured)
        assert abs(gain - rec.gain) < 0.051


def test_followers_alone_do_not_raise_readiness():
    items = [(_new_post(i, i * 9), "business_insight") for i in range(10)]
    small = _score(_context(items, followers=200, following=180)).overall
    huge = _score(_context(items, followers=2_000_000, following=150)).overall
    assert huge <= small


class _ClockTrap:
    """Stands in for ``date``/``datetime`` in a module: constructing values works, reading the
    clock fails the test."""

    def __init__(self, real):
        self._real = real

    def __getattr__(self, name):
        if name in {"now", "today", "utcnow", "time", "time_ns", "localtime", "gmtime"}:
            raise AssertionError(f"scoring read the clock ({self._real.__name__}.{name})")
        return getattr(self._real, name)

    def __call__(self, *args, **kwargs):
        return self._real(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self._real)


def test_context_is_pure_of_the_clock(monkeypatch):
    import datetime as real_datetime
    import sys
    import time

    items = [(_new_post(1, 3), "networking"), (_new_post(2, 40), "business_insight")]
    expected = _score(_context(items))
    for name, module in list(sys.modules.items()):
        if not name.startswith("assessor") or module is None:
            continue
        for attr in ("date", "datetime"):
            value = getattr(module, attr, None)
            if value is real_datetime.date or value is real_datetime.datetime:
                monkeypatch.setattr(module, attr, _ClockTrap(value))
        if getattr(module, "time", None) is time:
            monkeypatch.setattr(module, "time", _ClockTrap(time))
    # A fresh context (fresh caches) scored with the clock trapped gives the same result.
    assert _score(_context(items)) == expected
