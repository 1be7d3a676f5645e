"""The signal registry and what every signal reads: :class:`Context`, :class:`Params`, units.

A signal is a pure function of a :class:`Context` and its own :class:`Params` (the numbers a
counselor may tune in a rubric). It returns a :class:`Measurement`: the value a curve scores,
how to say it, and the evidence behind it. No files, no clock, no randomness.

This module never imports the rubric: a :class:`Context` reads it through :class:`RoleView`, so
the rubric can read the registry without an import cycle.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence, Sized
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict

from assessor.candidate import Candidate, Post, PostKind
from assessor.classifier.labels import RED_FLAG_CLASSES, UNKNOWN
from assessor.result import EvidenceItem

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


class Params(BaseModel):
    """A signal's tunable numbers. Subclass it with documented, defaulted fields; a rubric
    criterion may override any of them under ``params:``."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class NoParams(Params):
    """For a signal with nothing to tune."""


@dataclass(frozen=True)
class Unit:
    """How a signal's value and a target on its curve are said to a person."""

    name: str
    say: Callable[[float], str]
    #: A count of things the person adds one at a time (projects, articles): advice can say
    #: "2 more reach the next level".
    adds: bool = False


def pct(x: float) -> str:
    """A share in words: ``0.42`` -> ``42%``."""
    return f"{x * 100:.0f}%"


#: A number: stars, red flags.
NUMBER = Unit("number", lambda v: f"{v:g}")
#: Things the person adds one at a time: projects, articles, connections.
COUNT = Unit("count", lambda v: f"{v:g}", adds=True)
SHARE = Unit("share", pct)
DAYS = Unit("days", lambda v: f"{v:.0f} days or fewer")
PER_MONTH = Unit("per month", lambda v: f"{v:g} a month")


class NetworkView(Protocol):
    """Who in a network is relevant to the role (the rubric's ``network:``)."""

    @property
    def relevant_titles(self) -> Sequence[str]: ...
    @property
    def relevant_companies(self) -> Sequence[str]: ...
    @property
    def recruiters(self) -> Sequence[str]: ...


class RoleView(Protocol):
    """What signals read from a rubric (:class:`assessor.rubric.Rubric` is one)."""

    @property
    def all_terms(self) -> tuple[str, ...]: ...
    @property
    def expected_platforms(self) -> Sequence[str]: ...
    @property
    def network(self) -> NetworkView: ...
    @property
    def red_flag_min_confidence(self) -> float: ...

    def signal_params(self, name: str) -> Params:
        """The signal's parameters with the rubric's overrides applied."""
        ...


@dataclass(frozen=True)
class Context:
    """What signals read. ``labels`` maps :func:`post_key` to the post's class."""

    candidate: Candidate
    labels: Mapping[str, str]
    confidence: Mapping[str, float]
    rubric: RoleView
    as_of: date
    job_terms: tuple[str, ...] = ()
    #: How a job term is matched when plain words will not do (other spellings, case:
    #: "Go", "k8s" for kubernetes), from the vocabulary; term -> regular expression.
    term_patterns: Mapping[str, str] = field(default_factory=dict)
    #: For each red-flag post: the words the classifier's decision rests on most, and whether
    #: the post holds a swear word, an insult, a slur or a masked word.
    reasons: Mapping[str, tuple[tuple[str, ...], bool]] = field(default_factory=dict)
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


#: A signal function: the context and its parameters in, a measurement out.
SignalFn = Callable[[Context, Any], Measurement]


@dataclass(frozen=True)
class Signal:
    """A registered signal: its function and what it declares about itself."""

    name: str
    description: str
    measure: SignalFn
    unit: Unit
    params: type[Params]
    #: One action reaches the best level at once (deal with every red flag, post this week),
    #: so advice aims at excellent rather than the next level.
    to_excellent: bool = False
    #: Advised even when the criterion is already met ('good'): a red flag left is one too many.
    advise_when_met: bool = False
    #: Where the person is now, in the second person: ``{d}`` is the measurement's display,
    #: ``{n}`` its whole value; "[one|many]" gives the words for a count of one and for any
    #: other ("you have {n} [certification|certifications]").
    state: str = "now: {d}"
    #: The kind of action its advice asks for ("post", "reply", "connect"...). The plan takes
    #: at most one action of a kind; None makes the signal a kind of its own.
    kind: str | None = None


#: Every signal, by the name rubric criteria use.
SIGNALS: dict[str, Signal] = {}


def signal(name: str, description: str, *, unit: Unit = NUMBER,
           params: type[Params] = NoParams, to_excellent: bool = False,
           advise_when_met: bool = False, state: str = "now: {d}",
           kind: str | None = None) -> Callable[[SignalFn], SignalFn]:
    """Register a signal under ``name``; the function takes ``(ctx, params)``.

    Everything else about the signal is declared here: how its values are said (``unit``), what
    a rubric may tune (``params``), how advice treats it (``to_excellent``, ``advise_when_met``)
    and how the advice words where the person is (``state``) and what kind of step it asks for
    (``kind``); see :class:`Signal`.

    Raises
    ------
    ValueError
        When ``name`` is already registered: a second signal never silently replaces one.
    """
    def register(fn: SignalFn) -> SignalFn:
        if name in SIGNALS:
            old = SIGNALS[name].measure
            raise ValueError(f"signal {name!r} is already registered by "
                             f"{old.__module__}.{old.__qualname__}; choose another name")
        SIGNALS[name] = Signal(name, description, fn, unit, params, to_excellent,
                               advise_when_met, state, kind)
        return fn
    return register


def unregister(name: str) -> None:
    """Remove a signal (for plugins and tests); unknown names are ignored."""
    SIGNALS.pop(name, None)


def compute(ctx: Context) -> dict[str, Measurement]:
    """Every registered signal, by name, with the rubric's parameters."""
    return {name: s.measure(ctx, ctx.rubric.signal_params(name)) for name, s in SIGNALS.items()}


# -- helpers the families share ----------------------------------------------------------

def day(dt: datetime | date | None) -> str | None:
    if dt is None:
        return None
    return (dt.date() if isinstance(dt, datetime) else dt).isoformat()


def post_evidence(ctx: Context, post: Post) -> Evidence:
    return Evidence(kind="post", text=post.text, platform=str(post.platform),
                    date=day(post.created_at), post_id=post.id, url=post.url,
                    label=ctx.label(post))


def best(ctx: Context, posts: list[Post], n: int = 3) -> tuple[Evidence, ...]:
    """The ``n`` posts the classifier is surest of, newest first among equals."""
    ranked = sorted(posts, key=lambda p: (-ctx.confidence.get(post_key(p), 0.0),
                                          -p.created_at.timestamp()))
    return tuple(post_evidence(ctx, p) for p in ranked[:n])


def share_of(part: Sized, whole: Sized, detail: str,
             evidence: tuple[Evidence, ...] = ()) -> Measurement:
    """``len(part) / len(whole)`` (0 when ``whole`` is empty), shown as ``40% (4 of 10)``."""
    share = len(part) / len(whole) if len(whole) else 0.0
    return Measurement(share, f"{pct(share)} ({len(part)} of {len(whole)})", detail, evidence)


def since(ctx: Context, days: int) -> list[Post]:
    """The person's own posts in the ``days`` up to and including the assessment date."""
    start = ctx.as_of - timedelta(days=days)
    return [p for p in ctx.own() if start < p.created_at.date() <= ctx.as_of]


_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
            8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}


def months_words(n: int) -> str:
    """``6`` -> "six months", ``1`` -> "month" (as in "the last month")."""
    return "month" if n == 1 else f"{_NUMBERS.get(n, str(n))} months"


def days_words(days: int) -> str:
    """A look-back window in words: 365 -> "year", 30 -> "30 days"."""
    return "year" if days == 365 else f"{days} days"
