"""Signals: named measurements of a candidate, each registered here and read by rubric criteria.

Every signal is a pure function of a :class:`Context` (the candidate, each post's class, the
rubric's terms and the assessment date). It returns a :class:`Measurement`: the value a curve
scores, how to say it, and the evidence behind it. No files, no clock, no randomness.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from statistics import median
from typing import TYPE_CHECKING

from assessor.candidate import Candidate, Post, PostKind
from assessor.classifier.labels import RED_FLAG_CLASSES, UNKNOWN
from assessor.completeness import data_lost
from assessor.result import EvidenceItem

if TYPE_CHECKING:  # the rubric reads the signal registry; signals only name its type
    from assessor.rubric import Rubric

#: One thing a measurement rests on: a post, a repository, a profile fact or a note. The same
#: type the result carries, so evidence passes through scoring unchanged.
Evidence = EvidenceItem


@dataclass(frozen=True, slots=True)
class Measurement:
    """A signal's value. ``measured`` is False when the data it needs was not there: such a
    criterion is "not measured" and never earns points (see :mod:`assessor.scoring`)."""

    value: float
    display: str
    detail: str
    evidence: tuple[Evidence, ...] = ()
    measured: bool = True


def not_measured(detail: str) -> Measurement:
    """A measurement the data could not support: no value, no points, the reason in words."""
    return Measurement(0.0, "not measured", detail, measured=False)


@dataclass(frozen=True)
class Context:
    """What signals read. ``labels`` maps :func:`post_key` to the post's class."""

    candidate: Candidate
    labels: Mapping[str, str]
    confidence: Mapping[str, float]
    rubric: Rubric
    as_of: date
    job_terms: tuple[str, ...] = ()
    #: How a job term is matched when plain words will not do (other spellings, case:
    #: "Go", "k8s" for kubernetes), from the vocabulary; term -> regular expression.
    term_patterns: Mapping[str, str] = field(default_factory=dict)
    _cache: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    @property
    def terms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*self.rubric.all_terms, *self.job_terms]))

    def own(self) -> list[Post]:
        """Posts with text the person wrote (reposts without commentary are not theirs)."""
        if "own" not in self._cache:
            self._cache["own"] = [p for p in self.candidate.posts
                                  if p.text.strip() and p.kind is not PostKind.REPOST]
        return self._cache["own"]  # type: ignore[return-value]

    def label(self, post: Post) -> str | None:
        return self.labels.get(post_key(post))

    def with_label(self, *labels: str) -> list[Post]:
        return [p for p in self.own() if self.label(p) in labels]

    def classified(self) -> list[Post]:
        return [p for p in self.own() if self.label(p) not in (None, UNKNOWN)]

    def is_red_flag(self, post: Post) -> bool:
        """Classed unprofessional or spam, with at least the rubric's minimum confidence."""
        return (self.label(post) in RED_FLAG_CLASSES and self.confidence.get(post_key(post), 0.0)
                >= self.rubric.red_flag_min_confidence)

    def red_flag_posts(self, *labels: str) -> list[Post]:
        wanted = labels or tuple(RED_FLAG_CLASSES)
        return [p for p in self.own() if self.is_red_flag(p) and self.label(p) in wanted]


def post_key(post: Post) -> str:
    return f"{post.platform}:{post.id}"


Signal = Callable[[Context], Measurement]
#: Every signal, by the name rubric criteria use.
SIGNALS: dict[str, Signal] = {}
DESCRIPTIONS: dict[str, str] = {}


def signal(name: str, description: str) -> Callable[[Signal], Signal]:
    def register(fn: Signal) -> Signal:
        SIGNALS[name] = fn
        DESCRIPTIONS[name] = description
        return fn
    return register


def compute(ctx: Context) -> dict[str, Measurement]:
    """Every registered signal, by name."""
    return {name: fn(ctx) for name, fn in SIGNALS.items()}


# -- helpers -----------------------------------------------------------------------------

def _day(dt: datetime | date | None) -> str | None:
    if dt is None:
        return None
    return (dt.date() if isinstance(dt, datetime) else dt).isoformat()


def post_evidence(ctx: Context, post: Post) -> Evidence:
    return Evidence(kind="post", text=post.text, platform=str(post.platform),
                    date=_day(post.created_at), post_id=post.id, url=post.url,
                    label=ctx.label(post))


def _best(ctx: Context, posts: list[Post], n: int = 3) -> tuple[Evidence, ...]:
    ranked = sorted(posts, key=lambda p: (-ctx.confidence.get(post_key(p), 0.0),
                                          -p.created_at.timestamp()))
    return tuple(post_evidence(ctx, p) for p in ranked[:n])


def _pct(x: float) -> str:
    return f"{x * 100:.0f}%"


def _since(ctx: Context, days: int) -> list[Post]:
    start = ctx.as_of - timedelta(days=days)
    return [p for p in ctx.own() if start < p.created_at.date() <= ctx.as_of]


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


@lru_cache(maxsize=64)
def _needles_re(needles: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(n.lower()) for n in needles))


def _matches(text: str, needles: list[str]) -> bool:
    """True when any needle (a title or company fragment, spaces significant) is in the text."""
    return _needles_re(tuple(needles)).search(f" {text.lower()} ") is not None


# -- business alignment ------------------------------------------------------------------

@signal("business_share", "Share of classified posts that tie work to business outcomes")
def business_share(ctx: Context) -> Measurement:
    posts = ctx.classified()
    biz = ctx.with_label("business_insight")
    if not posts:
        return not_measured("No English posts, comments or replies were read, so there is "
                            "nothing to measure this on.")
    share = len(biz) / len(posts)
    return Measurement(share, f"{_pct(share)} ({len(biz)} of {len(posts)})",
                       f"{len(biz)} of {len(posts)} posts, comments and replies tie work to "
                       "business goals or outcomes.", _best(ctx, biz))


@signal("keyword_coverage", "Share of the role's keywords and topics found in profile and posts")
def keyword_coverage(ctx: Context) -> Measurement:
    terms = ctx.terms
    have, missing = covered_terms(ctx, terms)
    share = len(have) / len(terms) if terms else 0.0
    ev = (Evidence("note", "Covered: " + (", ".join(have) or "none")),
          Evidence("note", "Not found: " + (", ".join(missing) or "none")))
    return Measurement(share, f"{_pct(share)} ({len(have)} of {len(terms)})",
                       f"{len(have)} of the role's {len(terms)} keywords and topics appear in the "
                       "profile or posts.", ev)


@signal("quantified_results", "Posts and profile entries that state a measurable result")
def quantified_results(ctx: Context) -> Measurement:
    prof = ctx.candidate.profile
    posts = [p for p in ctx.with_label("business_insight") if has_quantified_result(p.text)]
    items = [f"{p.title}: {p.description}" for p in prof.positions
             if has_quantified_result(p.description)]
    items += [f"{p.title}: {p.description}" for p in prof.projects
              if has_quantified_result(p.description)]
    n = len(posts) + len(items)
    ev = _best(ctx, posts, 2) + tuple(Evidence("profile", t) for t in items[:2])
    return Measurement(float(n), str(n), f"{len(posts)} business posts and {len(items)} profile "
                       "entries state a result with a number.", ev)


# -- network quality ---------------------------------------------------------------------

def _relevant_connections(ctx: Context) -> list:
    """Connections in the field, hiring in it or recruiting (computed once per context: two
    signals read it, and a candidate may have thousands of connections)."""
    if "relevant_connections" not in ctx._cache:
        net = ctx.rubric.network
        needles = [*net.relevant_titles, *net.relevant_companies, *net.recruiters]
        ctx._cache["relevant_connections"] = [
            c for c in ctx.candidate.connections
            if _matches(f"{c.position} {c.company}", needles)]
    return ctx._cache["relevant_connections"]  # type: ignore[return-value]


@signal("relevant_connection_share", "Share of connections who work in the field or hire for it")
def relevant_connection_share(ctx: Context) -> Measurement:
    conns = ctx.candidate.connections
    if not conns:
        return not_measured("No two-way connections were read (LinkedIn connections are the "
                            "ones exports list).")
    rel = _relevant_connections(ctx)
    share = len(rel) / len(conns)
    ev = tuple(Evidence("connection", f"{c.position} at {c.company}".strip(" at"))
               for c in rel[:4])
    return Measurement(share, f"{_pct(share)} ({len(rel)} of {len(conns)})",
                       f"{len(rel)} of {len(conns)} connections work in the field, manage in it "
                       "or recruit for it.", ev)


@signal("relevant_connections",
        "Number of connections in the field, hiring managers and recruiters")
def relevant_connections(ctx: Context) -> Measurement:
    if not ctx.candidate.connections:
        return not_measured("No two-way connections were read (LinkedIn connections are the "
                            "ones exports list).")
    rel = _relevant_connections(ctx)
    recruiters = [c for c in rel if _matches(c.position, ctx.rubric.network.recruiters)]
    return Measurement(float(len(rel)), str(len(rel)),
                       f"{len(rel)} relevant connections, {len(recruiters)} of them recruiters or "
                       "talent people.")


@signal("conversation_ratio", "Share of activity that is replies and comments to other people")
def conversation_ratio(ctx: Context) -> Measurement:
    own = ctx.own()
    talk = [p for p in own if p.kind in (PostKind.REPLY, PostKind.COMMENT)]
    if not own:
        return not_measured("No posts, replies or comments were read, so the share of "
                            "conversation cannot be measured.")
    share = len(talk) / len(own)
    return Measurement(share, f"{_pct(share)} ({len(talk)} of {len(own)})",
                       f"{len(talk)} of {len(own)} items are replies or comments in someone "
                       "else's conversation, the rest are broadcasts.", _best(ctx, talk, 2))


@signal("audience_authenticity",
        "How real the audience looks: engagement for its size, follow-back pattern, bait")
def audience_authenticity(ctx: Context) -> Measurement:
    followers = {p: f for p, (f, _) in ctx.candidate.audience().items() if f}
    following = {p: g for p, (_, g) in ctx.candidate.audience().items() if g}
    notes, penalty = [], 0.0
    rates = []
    for platform, n in followers.items():
        posts = [p for p in ctx.own() if str(p.platform) == platform and p.original
                 and p.likes is not None]
        if len(posts) >= 3 and n >= 500:
            rate = median((p.likes or 0) + (p.shares or 0) for p in posts) / n
            rates.append(rate)
            notes.append(f"{platform}: median engagement {rate * 100:.2f}% of "
                         f"{n:,} followers")
    if rates and min(rates) < 0.002:
        penalty += 0.4 if min(rates) < 0.0005 else 0.25
    for platform, n in followers.items():
        g = following.get(platform)
        if g and n >= 1000 and 0.8 <= g / n <= 1.25:
            penalty += 0.25
            notes.append(f"{platform}: follows {g:,} and is followed by {n:,} "
                         "(a follow-for-follow pattern)")
            break
    classified = ctx.classified()
    spam = ctx.red_flag_posts("spam")
    if classified and spam:
        share = len(spam) / len(classified)
        penalty += min(0.35, share * 1.5)
        notes.append(f"{len(spam)} posts read as engagement bait or spam ({_pct(share)})")
    value = max(0.0, 1.0 - penalty)
    if not followers and not spam:
        return not_measured("No follower counts were in the exports, so there is nothing to "
                            "check the audience against.")
    return Measurement(value, authenticity_words(value), "; ".join(notes) or "Engagement fits "
                       "the audience size and nothing looks bought.", _best(ctx, spam, 2))


def authenticity_words(value: float) -> str:
    """How real an audience looks, in words (never the raw 0-1 number)."""
    if value >= 0.9:
        return "looks real"
    if value >= 0.7:
        return "mostly real, some doubts"
    if value >= 0.5:
        return "doubtful in places"
    return "looks partly bought or baited"


# -- engagement --------------------------------------------------------------------------

@signal("one_to_one_per_month", "Replies and comments per month over the last six months")
def one_to_one_per_month(ctx: Context) -> Measurement:
    recent = [p for p in _since(ctx, 182) if p.kind in (PostKind.REPLY, PostKind.COMMENT)]
    rate = len(recent) / 6
    return Measurement(rate, f"{rate:.1f} a month", f"{len(recent)} replies and comments in the "
                       "last six months.", _best(ctx, recent, 2))


@signal("amplification", "Posts in the last year that credit, thank or congratulate others")
def amplification(ctx: Context) -> Measurement:
    recent = {post_key(p) for p in _since(ctx, 365)}
    posts = [p for p in ctx.with_label("networking") if post_key(p) in recent]
    return Measurement(float(len(posts)), str(len(posts)), f"{len(posts)} posts in the last year "
                       "credit, thank, congratulate or ask other people.", _best(ctx, posts))


@signal("generosity_balance",
        "Networking posts against self-promotion (share that is about others)")
def generosity_balance(ctx: Context) -> Measurement:
    give = ctx.with_label("networking")
    take = ctx.with_label("self_promotion")
    if not give and not take:
        return not_measured("Neither networking nor self-promotion posts were found, so the "
                            "balance between them cannot be measured.")
    share = len(give) / (len(give) + len(take))
    return Measurement(share, f"{_pct(share)} ({len(give)} about others, {len(take)} about self)",
                       f"{len(give)} posts are about other people, {len(take)} promote the "
                       "person's own milestones.", _best(ctx, take, 2))


# -- professionalism ---------------------------------------------------------------------

@signal("red_flags", "Posts an employer would see as a red flag (unprofessional or spam)")
def red_flags(ctx: Context) -> Measurement:
    if not ctx.own():
        return not_measured("No posts, replies or comments were read, so none could be "
                            "checked for red flags.")
    flagged = ctx.red_flag_posts()
    if not flagged and data_lost(ctx.candidate):
        # "None found" would be read as a clean record; with posts missing it is not one.
        return not_measured(f"No red flags in the {len(ctx.own())} posts, replies and "
                            "comments that could be read, but some exports could not be "
                            "read, so a clean record cannot be confirmed.")
    return Measurement(float(len(flagged)), str(len(flagged)),
                       f"{len(flagged)} posts read as unprofessional or spam." if flagged else
                       "No post reads as unprofessional or spam.", _best(ctx, flagged, 5))


_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d\s().-]{7,}\d")


@signal("profile_hygiene", "Public profile basics: a real name, a headline, safe links, "
                           "no contact details on show")
def profile_hygiene(ctx: Context) -> Measurement:
    prof = ctx.candidate.profile
    checks = {
        "a full name": len(ctx.candidate.name.split()) >= 2,
        "a headline": bool(prof.headline.strip()),
        "links use https": all(not w.lower().startswith("http:") for w in prof.websites),
        "no e-mail or phone number in the public profile":
            not _CONTACT.search(f"{prof.headline} {prof.summary}"),
    }
    passed = [k for k, v in checks.items() if v]
    missing = [k for k, v in checks.items() if not v]
    value = len(passed) / len(checks)
    return Measurement(value, f"{len(passed)} of {len(checks)}",
                       "Has " + (", ".join(passed) or "none of the basics")
                       + ("; missing: " + ", ".join(missing) if missing else "."))


# -- evidence of results -----------------------------------------------------------------

def _documented_repos(ctx: Context) -> list:
    return [r for r in ctx.candidate.repositories
            if not r.fork and r.description.strip() and (r.stars or r.forks or r.homepage
                                                          or r.topics or r.has_pages)]


@signal("portfolio_items", "Projects and documented repositories someone else can check")
def portfolio_items(ctx: Context) -> Measurement:
    projects = ctx.candidate.profile.projects
    repos = _documented_repos(ctx)
    n = len(projects) + len(repos)
    ev = tuple(Evidence("project", f"{p.title}: {p.description}", url=p.url or None)
               for p in projects[:2])
    ev += tuple(Evidence("repository", f"{r.name}: {r.description} ({r.stars} stars)",
                         url=r.url or None) for r in sorted(repos, key=lambda r: -r.stars)[:2])
    return Measurement(float(n), str(n), f"{len(projects)} projects on the profile and "
                       f"{len(repos)} documented repositories.", ev)


@signal("recommendations", "Recommendations written by other people")
def recommendations(ctx: Context) -> Measurement:
    recs = [r for r in ctx.candidate.profile.recommendations if r.visible]
    ev = tuple(Evidence("recommendation", r.text, date=_day(r.created_on)) for r in recs[:2])
    return Measurement(float(len(recs)), str(len(recs)), f"{len(recs)} visible recommendations.",
                       ev)


@signal("articles", "Articles and blog posts")
def articles(ctx: Context) -> Measurement:
    arts = [p for p in ctx.own() if p.kind is PostKind.ARTICLE]
    return Measurement(float(len(arts)), str(len(arts)), f"{len(arts)} articles or blog posts.",
                       tuple(post_evidence(ctx, p) for p in arts[-2:]))


@signal("certifications", "Certifications")
def certifications(ctx: Context) -> Measurement:
    certs = ctx.candidate.profile.certifications
    return Measurement(float(len(certs)), str(len(certs)), f"{len(certs)} certifications.",
                       tuple(Evidence("profile", f"{c.name} ({c.authority})".replace(" ()", ""))
                             for c in certs[:3]))


@signal("repository_use", "Stars and forks other people gave the person's own repositories")
def repository_use(ctx: Context) -> Measurement:
    own = [r for r in ctx.candidate.repositories if not r.fork]
    n = sum(r.stars + r.forks for r in own)
    return Measurement(float(n), str(n), f"{n} stars and forks across {len(own)} own "
                       "repositories.", tuple(Evidence("repository", f"{r.name}: {r.stars} stars, "
                                                       f"{r.forks} forks", url=r.url or None)
                                              for r in sorted(own, key=lambda r: -r.stars)[:2]))


@signal("endorsed_skills", "Distinct skills other people endorsed")
def endorsed_skills(ctx: Context) -> Measurement:
    skills = {e.skill for e in ctx.candidate.profile.endorsements}
    return Measurement(float(len(skills)), str(len(skills)),
                       f"{len(skills)} skills endorsed by others.")


# -- consistency -------------------------------------------------------------------------

PROFESSIONAL = ("business_insight", "networking", "self_promotion", "job_search", UNKNOWN)


def _professional(ctx: Context) -> list[Post]:
    return [p for p in ctx.own() if ctx.label(p) in PROFESSIONAL]


@signal("active_months", "Months of the last twelve with professional activity")
def active_months(ctx: Context) -> Measurement:
    # The twelve calendar months ending with the assessment's month.
    first = (ctx.as_of.year * 12 + ctx.as_of.month - 1) - 11
    months = {(p.created_at.year, p.created_at.month) for p in _professional(ctx)
              if first <= p.created_at.year * 12 + p.created_at.month - 1
              and p.created_at.date() <= ctx.as_of}
    n = len(months)
    return Measurement(float(n), f"{n} of 12", f"Professional posts, comments or replies in {n} "
                       "of the last 12 months.")


@signal("days_since_last", "Days since the last professional post, comment or reply")
def days_since_last(ctx: Context) -> Measurement:
    dates = [p.created_at.date() for p in _professional(ctx) if p.created_at.date() <= ctx.as_of]
    if not dates:
        return Measurement(3650.0, "never", "No professional activity was found.")
    days = (ctx.as_of - max(dates)).days
    return Measurement(float(days), f"{days} days", f"The last professional activity was on "
                       f"{max(dates).isoformat()}.")


@signal("platform_coverage", "Share of the platforms this role expects that are present")
def platform_coverage(ctx: Context) -> Measurement:
    expected = ctx.rubric.expected_platforms
    have = {str(p) for p in ctx.candidate.platforms}
    present = [p for p in expected if p in have]
    missing = [p for p in expected if p not in have]
    share = len(present) / len(expected)
    return Measurement(share, f"{len(present)} of {len(expected)}",
                       "Present: " + (", ".join(present) or "none")
                       + ("; missing: " + ", ".join(missing) if missing else "."))


# -- profile completeness ----------------------------------------------------------------

@signal("profile_fields", "Headline, summary, current role with description, education, links, "
                          "skills")
def profile_fields(ctx: Context) -> Measurement:
    prof = ctx.candidate.profile
    current = [p for p in prof.positions if p.current]
    checks = {
        "headline": bool(prof.headline.strip()),
        "summary of 30+ words": len(prof.summary.split()) >= 30,
        "current position with a description": any(len(p.description.split()) >= 8
                                                   for p in current),
        "education": bool(prof.education),
        "links (portfolio, blog or code)": bool(prof.websites) or bool(
            ctx.candidate.repositories) or any(str(s.platform) == "blog"
                                               for s in ctx.candidate.sources),
        "5+ skills": len(prof.skills) >= 5,
    }
    have = [k for k, v in checks.items() if v]
    missing = [k for k, v in checks.items() if not v]
    value = len(have) / len(checks)
    return Measurement(value, f"{len(have)} of {len(checks)}",
                       "Has " + (", ".join(have) or "none") +
                       ("; missing: " + ", ".join(missing) if missing else "."))


@signal("relevant_skills", "Listed skills that match the role's keywords")
def relevant_skills(ctx: Context) -> Measurement:
    terms = [t.lower() for t in ctx.terms]
    skills = ctx.candidate.profile.skills
    rel = [s for s in skills if any(t in s.lower() or s.lower() in t for t in terms)]
    return Measurement(float(len(rel)), str(len(rel)),
                       f"{len(rel)} of {len(skills)} listed skills match the role"
                       + (f": {', '.join(rel[:8])}." if rel else "."))
