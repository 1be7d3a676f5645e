"""Consistency: steady professional activity, recent activity, the role's platforms."""

from __future__ import annotations

from pydantic import Field

from assessor.candidate import Post
from assessor.classifier.labels import UNKNOWN
from assessor.signals.base import (
    COUNT,
    DAYS,
    SHARE,
    Context,
    Measurement,
    NoParams,
    Params,
    signal,
)

PROFESSIONAL = ("business_insight", "networking", "self_promotion", "job_search", UNKNOWN)


def _professional(ctx: Context) -> list[Post]:
    return [p for p in ctx.own() if ctx.label(p) in PROFESSIONAL]


@signal("active_months", "Months of the last twelve with professional activity",
        unit=COUNT, state="you were active in {d} months", kind="post")
def active_months(ctx: Context, _: NoParams) -> Measurement:
    # The twelve calendar months ending with the assessment's month.
    first = (ctx.as_of.year * 12 + ctx.as_of.month - 1) - 11
    months = {(p.created_at.year, p.created_at.month) for p in _professional(ctx)
              if first <= p.created_at.year * 12 + p.created_at.month - 1
              and p.created_at.date() <= ctx.as_of}
    n = len(months)
    return Measurement(float(n), f"{n} of 12", f"Professional posts, comments or replies in {n} "
                       "of the last 12 months.")


class DaysSinceParams(Params):
    """What 'never active' counts as."""

    never: int = Field(default=3650, ge=1,
                       description="Days counted when no professional activity was found at all "
                                   "(ten years: worse than any curve's poor).")


@signal("days_since_last", "Days since the last professional post, comment or reply",
        unit=DAYS, params=DaysSinceParams, to_excellent=True,
        state="your last professional activity was {d} ago", kind="post")
def days_since_last(ctx: Context, p: DaysSinceParams) -> Measurement:
    dates = [x.created_at.date() for x in _professional(ctx) if x.created_at.date() <= ctx.as_of]
    if not dates:
        return Measurement(float(p.never), "never", "No professional activity was found.")
    days = (ctx.as_of - max(dates)).days
    return Measurement(float(days), f"{days} days", f"The last professional activity was on "
                       f"{max(dates).isoformat()}.")


@signal("platform_coverage", "Share of the platforms this role expects that are present",
        unit=SHARE,
        state="you are on {d} of the platforms this role expects")
def platform_coverage(ctx: Context, _: NoParams) -> Measurement:
    expected = ctx.rubric.expected_platforms
    have = {str(p) for p in ctx.candidate.platforms}
    present = [p for p in expected if p in have]
    missing = [p for p in expected if p not in have]
    share = len(present) / len(expected)
    return Measurement(share, f"{len(present)} of {len(expected)}",
                       "Present: " + (", ".join(present) or "none")
                       + ("; missing: " + ", ".join(missing) if missing else "."))
