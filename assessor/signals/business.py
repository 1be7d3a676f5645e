"""Business alignment: posts that tie work to outcomes, the role's keywords, stated results."""

from __future__ import annotations

import re
from functools import lru_cache

from assessor.classifier.labels import RED_FLAG_CLASSES
from assessor.signals.base import (
    COUNT,
    SHARE,
    Context,
    Evidence,
    Measurement,
    NoParams,
    best,
    not_measured,
    share_of,
    signal,
)

_QUANT = re.compile(
    r"(?:[$€£]\s?\d[\d,.]*\s?[kKmM]?\b)|(?:\b\d[\d,.]*\s?(?:%|percent\b|x\b|k\b|"
    r"(?:hours?|days?|weeks?|users?|customers?|clients?|leads?|signups?|sign-ups?|downloads?|"
    r"stars?|students?|patients?|members?|subscribers?|visitors?|sales|orders?|tickets?|"
    r"applications?|attendees|volunteers|families|donors?|ms|seconds?|minutes?)\b))",
    re.IGNORECASE)


def has_quantified_result(text: str) -> bool:
    return bool(_QUANT.search(text))


def _term_pattern(term: str) -> str:
    return (r"(?<![\w-])" + re.escape(term.lower()).replace(r"\ ", r"[\s-]+")
            + r"(?:s|es)?(?![\w-])")


@lru_cache(maxsize=1024)
def _term_re(term: str) -> re.Pattern[str]:
    return re.compile(_term_pattern(term))


def _has_term(term: str, corpus: str) -> bool:
    """``_term_re(term).search(corpus)``, tried only where the term's first word is.

    Every match of the pattern starts with the term's first word as written (lower case): the
    look-behind is zero-width and only later spaces become ``[\\s-]+``. Finding that word with
    ``str.find`` and matching there is much faster than a search, which tries the look-behind
    at every position of a long text (a few ms per term for 2,000 posts).
    """
    rx = _term_re(term)
    first = term.lower().split(" ")[0]
    if not first:
        return rx.search(corpus) is not None
    at = corpus.find(first)
    while at >= 0:
        if rx.match(corpus, at):
            return True
        at = corpus.find(first, at + 1)
    return False


def covered_terms(ctx: Context, terms: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Which role terms appear in the profile and clean posts, and which do not."""
    prof = ctx.candidate.profile
    parts = [prof.headline, prof.summary, *prof.skills,
             *(f"{p.title} {p.description}" for p in prof.positions),
             *(f"{p.title} {p.description}" for p in prof.projects),
             *(c.name for c in prof.certifications),
             *(f"{r.name} {r.description} {' '.join(r.topics)} {r.language or ''}"
               for r in ctx.candidate.repositories),
             *(p.text for p in ctx.own() if ctx.label(p) not in RED_FLAG_CLASSES)]
    corpus = "\n".join(parts).lower()
    # Vocabulary patterns may be case-sensitive ("Go"), so they read the text as written.
    original = "\n".join(parts)
    have: list[str] = []
    missing: list[str] = []
    for term in terms:
        pattern = ctx.term_patterns.get(term)
        hit = re.search(pattern, original) if pattern else _has_term(term, corpus)
        (have if hit else missing).append(term)
    return have, missing


@signal("business_share", "Share of classified posts that tie work to business outcomes",
        unit=SHARE,
        state="{d} of your posts tie work to a business result", kind="post")
def business_share(ctx: Context, _: NoParams) -> Measurement:
    posts = ctx.classified()
    biz = ctx.with_label("business_insight")
    if not posts:
        return not_measured("No English posts, comments or replies were read, so there is "
                            "nothing to measure this on.")
    return share_of(biz, posts, f"{len(biz)} of {len(posts)} posts, comments and replies tie "
                                "work to business goals or outcomes.", best(ctx, biz))


@signal("keyword_coverage", "Share of the role's keywords and topics found in profile and posts",
        unit=SHARE,
        state="your profile and posts use {d} of the role's keywords", kind="words")
def keyword_coverage(ctx: Context, _: NoParams) -> Measurement:
    terms = ctx.terms
    have, missing = covered_terms(ctx, terms)
    ev = (Evidence("note", "Covered: " + (", ".join(have) or "none")),
          Evidence("note", "Not found: " + (", ".join(missing) or "none")))
    return share_of(have, terms, f"{len(have)} of the role's {len(terms)} keywords and topics "
                                 "appear in the profile or posts.", ev)


@signal("quantified_results", "Posts and profile entries that state a measurable result",
        unit=COUNT,
        state="{n} of your posts and profile entries [states|state] a result with a number")
def quantified_results(ctx: Context, _: NoParams) -> Measurement:
    prof = ctx.candidate.profile
    posts = [p for p in ctx.with_label("business_insight") if has_quantified_result(p.text)]
    items = [f"{p.title}: {p.description}" for p in prof.positions
             if has_quantified_result(p.description)]
    items += [f"{p.title}: {p.description}" for p in prof.projects
              if has_quantified_result(p.description)]
    n = len(posts) + len(items)
    ev = best(ctx, posts, 2) + tuple(Evidence("profile", t) for t in items[:2])
    return Measurement(float(n), str(n), f"{len(posts)} business posts and {len(items)} profile "
                       "entries state a result with a number.", ev)
