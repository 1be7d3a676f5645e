"""Engagement: one-to-one conversation, crediting others, giving more than taking."""

from __future__ import annotations

from pydantic import Field

from assessor.candidate import PostKind
from assessor.signals.base import (
    COUNT,
    PER_MONTH,
    SHARE,
    Context,
    Measurement,
    NoParams,
    Params,
    best,
    days_words,
    months_words,
    not_measured,
    pct,
    post_key,
    signal,
    since,
)


class OneToOneParams(Params):
    """The window replies and comments are counted over."""

    window_days: int = Field(default=182, ge=1, le=3650,
                             description="Days looked back (about six months).")
    months: int = Field(default=6, ge=1, le=120,
                        description="Months the window stands for: the count is divided by it to "
                                    "give a monthly rate.")


@signal("one_to_one_per_month", "Replies and comments per month over the last six months",
        unit=PER_MONTH, params=OneToOneParams,
        state="you reply or comment {d}", kind="reply")
def one_to_one_per_month(ctx: Context, p: OneToOneParams) -> Measurement:
    recent = [x for x in since(ctx, p.window_days)
              if x.kind in (PostKind.REPLY, PostKind.COMMENT)]
    rate = len(recent) / p.months
    return Measurement(rate, f"{rate:.1f} a month", f"{len(recent)} replies and comments in the "
                       f"last {months_words(p.months)}.", best(ctx, recent, 2))


class AmplificationParams(Params):
    """The window crediting posts are counted over."""

    window_days: int = Field(default=365, ge=1, le=3650,
                             description="Days looked back (a year).")


@signal("amplification", "Posts in the last year that credit, thank or congratulate others",
        params=AmplificationParams, unit=COUNT, kind="post",
        state="{n} of your posts in the last year [credits or thanks|credit or thank] other people")
def amplification(ctx: Context, p: AmplificationParams) -> Measurement:
    recent = {post_key(x) for x in since(ctx, p.window_days)}
    posts = [x for x in ctx.with_label("networking") if post_key(x) in recent]
    return Measurement(float(len(posts)), str(len(posts)), f"{len(posts)} posts in the last "
                       f"{days_words(p.window_days)} credit, thank, congratulate or ask other "
                       "people.", best(ctx, posts))


@signal("generosity_balance",
        "Networking posts against self-promotion (share that is about others)", unit=SHARE,
        state="{d} of your networking and self-promotion posts are about others", kind="post")
def generosity_balance(ctx: Context, _: NoParams) -> Measurement:
    give = ctx.with_label("networking")
    take = ctx.with_label("self_promotion")
    if not give and not take:
        return not_measured("Neither networking nor self-promotion posts were found, so the "
                            "balance between them cannot be measured.")
    share = len(give) / (len(give) + len(take))
    return Measurement(share, f"{pct(share)} ({len(give)} about others, {len(take)} about self)",
                       f"{len(give)} posts are about other people, {len(take)} promote the "
                       "person's own milestones.", best(ctx, take, 2))
