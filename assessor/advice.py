"""Advice from where the person is now: each step says the current state and the next one.

Pure wording and grouping for :func:`assessor.scoring.recommend`; no scoring here.
"""

from __future__ import annotations

import math
import re

#: Where the person is now, per signal; ``{d}`` is the measurement's display, ``{n}`` its
#: whole value.
STATE = {
    "business_share": "{d} of your posts tie work to a business result",
    "keyword_coverage": "your profile and posts use {d} of the role's keywords",
    "quantified_results": "{n} of your posts and profile entries state a result with a number",
    "relevant_connection_share": "{d} of your connections work in the field or hire for it",
    "relevant_connections": "you have {n} connections in the field",
    "conversation_ratio": "{d} of your activity is replies and comments",
    "audience_authenticity": "your audience {d}",
    "one_to_one_per_month": "you reply or comment {d}",
    "amplification": "{n} of your posts in the last year credit or thank other people",
    "generosity_balance": "{d} of your networking and self-promotion posts are about others",
    "red_flags": "{n} of your posts read as a red flag",
    "profile_hygiene": "your public profile passes {d} checks",
    "portfolio_items": "you have {n} projects or documented repositories",
    "recommendations": "you have {n} recommendations",
    "articles": "you have {n} articles or blog posts",
    "certifications": "you have {n} certifications",
    "repository_use": "your repositories have {n} stars and forks",
    "endorsed_skills": "{n} of your skills are endorsed by others",
    "active_months": "you were active in {d} months",
    "days_since_last": "your last professional activity was {d} ago",
    "platform_coverage": "you are on {d} of the platforms this role expects",
    "profile_fields": "your profile has {d} basics",
    "relevant_skills": "{n} of your listed skills match the role",
}

#: Signals whose value is a count of things the person adds one by one.
COUNTS = frozenset({"quantified_results", "relevant_connections", "amplification",
                    "portfolio_items", "recommendations", "articles", "certifications",
                    "endorsed_skills", "active_months", "relevant_skills"})

#: What kind of action a signal's advice asks for. The plan takes at most one action of a
#: kind, so it is never "post more" five times over.
KIND = {
    "business_share": "post", "articles": "post", "amplification": "post",
    "generosity_balance": "post", "active_months": "post", "days_since_last": "post",
    "one_to_one_per_month": "reply", "conversation_ratio": "reply",
    "relevant_connection_share": "connect", "relevant_connections": "connect",
    "keyword_coverage": "words", "relevant_skills": "words",
    "profile_fields": "profile", "profile_hygiene": "profile",
    "red_flags": "clean up", "audience_authenticity": "clean up",
}


def kind_of(signal: str) -> str:
    """The action's kind; signals not listed are a kind of their own."""
    return KIND.get(signal, signal)


def where_you_are(signal: str, display: str, value: float, target: str,
                  target_value: float) -> str:
    """"You have 3 projects; 2 more reach the next level (5)." - the state and the next step."""
    state = STATE.get(signal, "now: {d}").format(d=display, n=f"{value:g}")
    state = state[0].upper() + state[1:]
    if signal in COUNTS and target_value > value:
        more = target_value - value
        return f"{state}; {more:g} more reach{'es' if more == 1 else ''} the next level."
    if signal == "red_flags":
        return f"{state}."
    of = re.fullmatch(r"(\d+) of (\d+)", display)
    if of and target.endswith("%"):  # "3 of 6" -> "the next level is 5 of 6"
        whole = int(of.group(2))
        target = f"{math.ceil(target_value * whole - 1e-9)} of {whole}"
    return f"{state}; the next level is {target}."
