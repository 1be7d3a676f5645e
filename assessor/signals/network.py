"""Network quality: who the connections are, conversation, and how real the audience looks."""

from __future__ import annotations

import re
from functools import lru_cache
from statistics import median

from pydantic import Field

from assessor.candidate import Connection, PostKind
from assessor.signals.base import (
    COUNT,
    SHARE,
    Context,
    Evidence,
    Measurement,
    NoParams,
    Params,
    Unit,
    best,
    not_measured,
    pct,
    share_of,
    signal,
)


@lru_cache(maxsize=64)
def _needles_re(needles: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(n.lower()) for n in needles))


def _matches(text: str, needles: list[str]) -> bool:
    """True when any needle (a title or company fragment, spaces significant) is in the text."""
    return _needles_re(tuple(needles)).search(f" {text.lower()} ") is not None


def _relevant_connections(ctx: Context) -> list[Connection]:
    """Connections in the field, hiring in it or recruiting (computed once per context: two
    signals read it, and a candidate may have thousands of connections)."""
    if "relevant_connections" not in ctx._cache:
        net = ctx.rubric.network
        needles = [*net.relevant_titles, *net.relevant_companies, *net.recruiters]
        ctx._cache["relevant_connections"] = [
            c for c in ctx.candidate.connections
            if _matches(f"{c.position} {c.company}", needles)]
    return ctx._cache["relevant_connections"]  # type: ignore[return-value]


@signal("relevant_connection_share", "Share of connections who work in the field or hire for it",
        unit=SHARE,
        state="{d} of your connections work in the field or hire for it", kind="connect")
def relevant_connection_share(ctx: Context, _: NoParams) -> Measurement:
    conns = ctx.candidate.connections
    if not conns:
        return not_measured("No two-way connections were read (LinkedIn connections are the "
                            "ones exports list).")
    rel = _relevant_connections(ctx)
    ev = tuple(Evidence("connection", f"{c.position} at {c.company}".strip(" at"))
               for c in rel[:4])
    return share_of(rel, conns, f"{len(rel)} of {len(conns)} connections work in the field, "
                                "manage in it or recruit for it.", ev)


@signal("relevant_connections",
        "Number of connections in the field, hiring managers and recruiters",
        unit=COUNT, state="you have {n} [connection|connections] in the field", kind="connect")
def relevant_connections(ctx: Context, _: NoParams) -> Measurement:
    if not ctx.candidate.connections:
        return not_measured("No two-way connections were read (LinkedIn connections are the "
                            "ones exports list).")
    rel = _relevant_connections(ctx)
    recruiters = [c for c in rel if _matches(c.position, list(ctx.rubric.network.recruiters))]
    return Measurement(float(len(rel)), str(len(rel)),
                       f"{len(rel)} relevant connections, {len(recruiters)} of them recruiters or "
                       "talent people.")


@signal("conversation_ratio", "Share of activity that is replies and comments to other people",
        unit=SHARE,
        state="{d} of your activity is replies and comments", kind="reply")
def conversation_ratio(ctx: Context, _: NoParams) -> Measurement:
    own = ctx.own()
    talk = [p for p in own if p.kind in (PostKind.REPLY, PostKind.COMMENT)]
    if not own:
        return not_measured("No posts, replies or comments were read, so the share of "
                            "conversation cannot be measured.")
    return share_of(talk, own, f"{len(talk)} of {len(own)} items are replies or comments in "
                               "someone else's conversation, the rest are broadcasts.",
                    best(ctx, talk, 2))


def authenticity_words(value: float) -> str:
    """How real an audience looks, in words (never the raw 0-1 number)."""
    if value >= 0.9:
        return "looks real"
    if value >= 0.7:
        return "mostly real, some doubts"
    if value >= 0.5:
        return "doubtful in places"
    return "looks partly bought or baited"


class AudienceParams(Params):
    """When engagement looks too low for an audience, or the follow pattern looks traded."""

    min_posts: int = Field(default=3, ge=1,
                           description="Original posts with like counts a platform needs before "
                                       "its engagement is judged.")
    min_followers: int = Field(default=500, ge=0,
                               description="Followers a platform needs before its engagement is "
                                           "judged.")
    low_engagement: float = Field(default=0.002, ge=0,
                                  description="Median likes and shares per follower below which "
                                              "engagement looks low.")
    very_low_engagement: float = Field(default=0.0005, ge=0,
                                       description="Median likes and shares per follower below "
                                                   "which engagement looks very low.")
    low_engagement_penalty: float = Field(default=0.25, ge=0, le=1,
                                          description="Taken off for low engagement.")
    very_low_engagement_penalty: float = Field(default=0.4, ge=0, le=1,
                                               description="Taken off for very low engagement.")
    follow_back_min_followers: int = Field(default=1000, ge=0,
                                           description="Followers from which a follow-for-follow "
                                                       "pattern is looked for.")
    follow_ratio_low: float = Field(default=0.8, ge=0,
                                    description="Lowest following/followers ratio read as follow-"
                                                "for-follow.")
    follow_ratio_high: float = Field(default=1.25, ge=0,
                                     description="Highest following/followers ratio read as "
                                                 "follow-for-follow.")
    follow_back_penalty: float = Field(default=0.25, ge=0, le=1,
                                       description="Taken off for a follow-for-follow pattern.")
    spam_penalty_per_share: float = Field(default=1.5, ge=0,
                                          description="Taken off per share of classified posts "
                                                      "that read as spam.")
    spam_penalty_max: float = Field(default=0.35, ge=0, le=1,
                                    description="Most taken off for spam.")


@signal("audience_authenticity",
        "How real the audience looks: engagement for its size, follow-back pattern, bait",
        unit=Unit("audience", authenticity_words), params=AudienceParams,
        state="your audience {d}", kind="clean up")
def audience_authenticity(ctx: Context, p: AudienceParams) -> Measurement:
    followers = {pl: f for pl, (f, _) in ctx.candidate.audience().items() if f}
    following = {pl: g for pl, (_, g) in ctx.candidate.audience().items() if g}
    notes, penalty = [], 0.0
    rates = []
    for platform, n in followers.items():
        posts = [x for x in ctx.own() if str(x.platform) == platform and x.original
                 and x.likes is not None]
        if len(posts) >= p.min_posts and n >= p.min_followers:
            rate = median((x.likes or 0) + (x.shares or 0) for x in posts) / n
            rates.append(rate)
            notes.append(f"{platform}: median engagement {rate * 100:.2f}% of "
                         f"{n:,} followers")
    if rates and min(rates) < p.low_engagement:
        penalty += (p.very_low_engagement_penalty if min(rates) < p.very_low_engagement
                    else p.low_engagement_penalty)
    for platform, n in followers.items():
        g = following.get(platform)
        if g and n >= p.follow_back_min_followers and (p.follow_ratio_low <= g / n
                                                       <= p.follow_ratio_high):
            penalty += p.follow_back_penalty
            notes.append(f"{platform}: follows {g:,} and is followed by {n:,} "
                         "(a follow-for-follow pattern)")
            break
    classified = ctx.classified()
    spam = ctx.red_flag_posts("spam")
    if classified and spam:
        share = len(spam) / len(classified)
        penalty += min(p.spam_penalty_max, share * p.spam_penalty_per_share)
        notes.append(f"{len(spam)} posts read as engagement bait or spam ({pct(share)})")
    value = max(0.0, 1.0 - penalty)
    if not followers and not spam:
        return not_measured("No follower counts were in the exports, so there is nothing to "
                            "check the audience against.")
    return Measurement(value, authenticity_words(value), "; ".join(notes) or "Engagement fits "
                       "the audience size and nothing looks bought.", best(ctx, spam, 2))
