"""The report's view model: what a readiness report shows, decided from an :class:`Assessment`.

The middle of three stages (result -> view -> templates). Everything here is plain frozen
dataclasses: which sections appear, in what order, which posts are quoted and how much of
them. Nothing here is markup; the templates in ``templates/`` decide how it looks, and the
formatting filters in :mod:`assessor.report.render` say how numbers and dates are written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from assessor.errors import choose
from assessor.levels import LEVEL_POINTS, Band, Level, level_of
from assessor.report.charts import BarChart, bar_chart
from assessor.report.flags import (
    FLAG_CATEGORIES,
    FLAGS_IN_FULL,
    POST_LIMIT,
    SECOND_LOOK_LIMIT,
    TONES,
    FlagView,
    RedFlags,
    red_flags,
    shortened,
)
from assessor.report.options import Audience, Paper
from assessor.report.quotes import Quote, quote
from assessor.result import Assessment, EvidenceItem, JobMatch

#: The level every dimension is drawn against: the rubric's 'good' (70 points).
GOOD = LEVEL_POINTS[Level.GOOD]
#: Evidence is short: it illustrates a measurement, the red-flag list is the record. Notes
#: (the role's keywords found and not found) are lists a student acts on, so they stay whole.
EVIDENCE_LIMITS = {"post": 150, "note": 320, "other": 120}
#: Per criterion: the best post quoted, one fact (a connection, a project), and up to two
#: notes (the keywords found and not found).
EVIDENCE_PER_KIND = {"post": 1, "note": 2, "other": 1}
#: The student copy keeps a criterion already at 'excellent' to its measurement and one
#: piece of evidence: there is nothing to act on, and the pages go to what there is.
EVIDENCE_WHEN_MET = {"post": 1, "note": 0, "other": 1}
#: Criteria whose evidence has a section of its own, and that section's title.
SHOWN_ELSEWHERE = {"red_flags": "Posts to review"}
TASKS_IN_PLAN = 8
#: Steps the cover lists: the whole story on one page, so only the biggest.
STEPS_ON_COVER = 3
#: What the cover says the overall rests on, in this order, when the exports have it.
RESTS_ON = ("posts", "articles", "comments", "replies", "connections", "repositories",
            "projects", "certifications", "recommendations")

#: The seven dimensions: title, short label for charts, what the dimension looks at.
DIMENSION_TEXT: dict[str, tuple[str, str, str]] = {
    "business_alignment": (
        "Business alignment", "Business",
        "Whether your posts and profile connect your work to results, strategy and the "
        "language of the role."),
    "network_quality": (
        "Network quality", "Network",
        "How relevant and two-way your network is. Follower numbers are not counted."),
    "professionalism": (
        "Professionalism", "Professionalism",
        "Posts an employer could read as unprofessional or spam, and the basics of a safe "
        "public profile. Spelling and grammar are never counted here."),
    "engagement": (
        "Engagement", "Engagement",
        "How often you talk with other people and credit their work."),
    "evidence_of_results": (
        "Evidence of results", "Evidence",
        "Things a recruiter can check: projects, recommendations, certifications and articles."),
    "consistency": (
        "Consistency", "Consistency",
        "A steady rhythm of activity, how recent it is, and presence on the platforms the "
        "role expects."),
    "profile_completeness": (
        "Profile completeness", "Profile",
        "The profile sections and skills a recruiter reads first."),
}

COUNT_NAMES = ("posts", "articles", "replies", "comments", "reposts", "connections",
               "followers", "following", "repositories", "positions", "education", "skills",
               "certifications", "projects", "recommendations", "endorsements")


# -- the tree ------------------------------------------------------------------------------

@dataclass(frozen=True)
class EvidenceView:
    kind: str
    quote: Quote
    platform: str | None
    date: str | None
    label: str | None

    @property
    def is_post(self) -> bool:
        return self.kind == "post"


@dataclass(frozen=True)
class CriterionView:
    signal: str
    description: str
    display: str
    detail: str
    level: str
    score: float
    points: float
    max_points: float
    expect: str
    evidence: tuple[EvidenceView, ...]
    more_evidence: int
    shown_elsewhere: str | None
    measured: bool = True   # False: no data behind it; no points, its level "not measured"
    brief: bool = False   # met in full: one line and one piece of evidence (student copy)


@dataclass(frozen=True)
class DimensionView:
    id: str
    title: str
    short: str
    blurb: str
    score: float
    share: float        # percent of the overall score this dimension carries
    level: str
    gap: float          # points below the 'good' level, 0 when at or above it
    criteria: tuple[CriterionView, ...]
    measured: bool = True   # False: no criterion had data; it carries none of the overall


@dataclass(frozen=True)
class Task:
    action: str
    gain: float
    dimension: str
    measure: str        # the criterion the numbers below belong to, in words
    current: str
    target: str


@dataclass(frozen=True)
class RestsOn:
    """What the overall score rests on: the exports read and what they held."""

    platforms: tuple[str, ...]
    counts: tuple[tuple[str, int], ...]
    first_post: str | None
    last_post: str | None


@dataclass(frozen=True)
class Cover:
    name: str
    role_title: str
    as_of: str
    overall: float
    band: str
    band_label: str
    rests_on: RestsOn
    reach: int
    followers: int
    sentence: str
    strongest: tuple[str, ...]
    weakest: DimensionView | None
    steps: tuple[Task, ...]
    red_flag_count: int
    flag_headline: str
    first_flag: FlagView | None
    unread: tuple[str, ...]       # what could not be read, in words
    bars: BarChart                # the seven dimensions against the 'good' level
    duo: BarChart                 # reach against readiness


@dataclass(frozen=True)
class Week:
    number: int
    tasks: tuple[Task, ...]


@dataclass(frozen=True)
class ActionPlan:
    weeks: tuple[Week, ...]
    job: JobMatch | None


@dataclass(frozen=True)
class SourceRow:
    platform: str
    file: str
    counts: tuple[tuple[str, int], ...]
    first_post: str | None
    last_post: str | None


@dataclass(frozen=True)
class Coverage:
    rows: tuple[SourceRow, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class Change:
    title: str
    before: float | None
    after: float
    delta: float | None


@dataclass(frozen=True)
class Progress:
    previous_as_of: str
    overall: Change
    band_before: str
    band_after: str
    dimensions: tuple[Change, ...]
    flags_before: int
    flags_after: int


@dataclass(frozen=True)
class ClassMetric:
    category: str
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class LabelRow:
    """How many of the person's posts got one class, and where the flagged ones are listed."""

    label: str
    count: int
    flagged: int          # listed under "Posts to review"
    second_look: int      # listed under "Worth a second look"
    unlisted: int         # leaned this way but beyond the second-look list


@dataclass(frozen=True)
class Method:
    weights: tuple[tuple[str, float], ...]
    bands: tuple[tuple[str, float], ...]
    model: str
    corpus_size: int | None
    real_training_posts: int | None    # public posts the red-flag detector was trained on
    macro_f1: float | None             # on the held-out batch; None when not measured
    red_flag_metrics: tuple[ClassMetric, ...]
    labels: tuple[LabelRow, ...]       # how many of the person's posts got each class
    red_flag_views: tuple[str, ...] = ()  # the detector's views; a flag needs all of them
    red_flag_meaning_words: int = 0       # words whose meaning (a word vector) it weighs
    sure_from: float = TONES[0][0]        # the confidence a flag is worded as sure from


@dataclass(frozen=True)
class SignalRow:
    dimension: str
    signal: str
    value: float
    display: str
    score: float
    level: str


@dataclass(frozen=True)
class CounselorExtras:
    signals: tuple[SignalRow, ...]
    cohort_percentile: float | None
    cohort_size: int | None
    note_lines: int


@dataclass(frozen=True)
class SourceLine:
    """One export found and how well it was read (file relative to the candidate folder)."""

    platform: str | None
    platform_name: str
    file: str
    status: str
    reason: str | None
    action: str | None


@dataclass(frozen=True)
class Completeness:
    """What the assessment rests on, for page 1: said before any score when not complete."""

    level: str             # complete | partial | insufficient
    summary: str
    basis: str
    sources: tuple[SourceLine, ...]
    problems: tuple[SourceLine, ...]   # the sources not read in full
    measured_dimensions: int
    total_dimensions: int

    @property
    def complete(self) -> bool:
        return self.level == "complete"


@dataclass(frozen=True)
class ReportView:
    audience: str
    paper: str
    title: str
    cover: Cover
    dimensions: tuple[DimensionView, ...]
    red_flags: RedFlags
    plan: ActionPlan
    coverage: Coverage
    progress: Progress | None
    method: Method
    counselor: CounselorExtras | None
    completeness: Completeness | None = None   # None for results saved before schema 2


# -- building it ---------------------------------------------------------------------------

def _title(dim_id: str) -> str:
    return DIMENSION_TEXT.get(dim_id, (dim_id.replace("_", " ").capitalize(),))[0]


def _evidence(item: EvidenceItem) -> EvidenceView:
    limit = EVIDENCE_LIMITS.get(item.kind, EVIDENCE_LIMITS["other"])
    return EvidenceView(kind=item.kind,
                        quote=quote(item.text, limit, one_paragraph=item.kind == "post"),
                        platform=item.platform, date=item.date, label=item.label)


def _same_text(text: str) -> str:
    return " ".join(text.lower().split())


def _pick_evidence(items: tuple[EvidenceItem, ...], seen: set[str], *,
                   brief: bool = False) -> tuple[EvidenceView, ...]:
    """A few items of each kind; a post already quoted in the same dimension (by id, or the
    same words cross-posted elsewhere) is never quoted again. ``brief``: one item in all."""
    per_kind = EVIDENCE_WHEN_MET if brief else EVIDENCE_PER_KIND
    taken: Counter[str] = Counter()
    shown: list[EvidenceView] = []
    for e in items:
        if brief and shown:
            break
        if e.kind == "post" and ((e.post_id and e.post_id in seen)
                                 or _same_text(e.text) in seen):
            continue
        if taken[e.kind] < per_kind.get(e.kind, per_kind["other"]):
            taken[e.kind] += 1
            shown.append(_evidence(e))
            if e.kind == "post":
                seen.update(k for k in (e.post_id, _same_text(e.text)) if k)
    return tuple(shown)


def _dimensions(result: Assessment, audience: str = "student") -> tuple[DimensionView, ...]:
    # The overall is re-normalised over the measured dimensions; their shares say so.
    total = sum(d.weight for d in result.dimensions.values() if d.measured) or 1.0
    out = []
    for dim_id, dim in result.dimensions.items():  # in the rubric's order
        title, short, blurb = DIMENSION_TEXT.get(dim_id, (_title(dim_id), _title(dim_id), ""))
        criteria = []
        seen: set[str] = set()
        for c in dim.criteria:
            elsewhere = SHOWN_ELSEWHERE.get(c.signal)
            brief = audience == "student" and c.level == "excellent"
            shown = () if elsewhere else _pick_evidence(c.evidence, seen, brief=brief)
            criteria.append(CriterionView(
                signal=c.signal, description=c.description, display=c.display, detail=c.detail,
                level=c.level, score=c.score, points=c.points, max_points=c.max_points,
                expect=c.expect, evidence=shown,
                more_evidence=0 if elsewhere else len(c.evidence) - len(shown),
                shown_elsewhere=elsewhere, measured=c.measured, brief=brief))
        out.append(DimensionView(
            id=dim_id, title=title, short=short, blurb=blurb, score=dim.score,
            share=100 * dim.weight / total if dim.measured else 0.0,
            level=level_of(dim.score) if dim.measured else "not measured",
            gap=max(0.0, GOOD - dim.score) if dim.measured else 0.0, criteria=tuple(criteria),
            measured=dim.measured))
    return tuple(out)


def _rests_on(result: Assessment) -> RestsOn:
    platforms = tuple(dict.fromkeys(s.platform for s in result.sources))
    totals: Counter[str] = Counter()
    for s in result.sources:
        for name in RESTS_ON:
            totals[name] += s.counts.get(name) or 0
    firsts = [s.first_post for s in result.sources if s.first_post]
    lasts = [s.last_post for s in result.sources if s.last_post]
    return RestsOn(platforms=platforms,
                   counts=tuple((name, totals[name]) for name in RESTS_ON if totals[name]),
                   first_post=min(firsts, default=None), last_post=max(lasts, default=None))


def _cover(result: Assessment, dims: tuple[DimensionView, ...], plan: ActionPlan,
           flags: RedFlags) -> Cover:
    weighted = [d for d in dims if d.share > 0]
    ranked = sorted((d for d in weighted if d.score >= GOOD), key=lambda d: -d.score)
    # The area whose improvement lifts the overall most: the largest weighted shortfall.
    weakest = max((d for d in weighted if d.gap > 0), key=lambda d: d.gap * d.share,
                  default=None)
    tasks = sorted((t for w in plan.weeks for t in w.tasks), key=lambda t: -t.gain)
    duo = bar_chart([("Reach", float(result.vanity.reach_score)),
                     ("Readiness", result.overall)], expect=None, width=300,
                    bar_height=12, gap=6, left=70, hatched=(True, False))
    bars = bar_chart([(d.title, d.score) for d in dims], expect=GOOD, width=300,
                     bar_height=11, gap=5, left=118)
    # The one to look at first: the list's first, a sure one when there is one (shown_order).
    first = flags.in_full[0] if flags.in_full else None
    return Cover(
        name=result.candidate_name, role_title=result.role_title, as_of=result.as_of,
        overall=result.overall, band=result.band, band_label=result.band_label,
        rests_on=_rests_on(result),
        reach=result.vanity.reach_score, followers=result.vanity.followers,
        sentence=result.vanity.sentence, strongest=tuple(d.title for d in ranked[:2]),
        weakest=weakest, steps=tuple(tasks[:STEPS_ON_COVER]),
        red_flag_count=flags.total, flag_headline=flags.headline,
        first_flag=None if first is None else shortened(first),
        unread=result.warnings, bars=bars, duo=duo)


def _plan(result: Assessment) -> ActionPlan:
    """Up to eight recommendations, biggest gain first, dealt round the four weeks."""
    measures = {c.signal: c.description for d in result.dimensions.values()
                for c in d.criteria}
    tasks = [Task(action=r.action, gain=r.gain, dimension=_title(r.dimension),
                  measure=measures.get(r.signal, r.signal.replace("_", " ")),
                  current=r.current, target=r.target)
             for r in result.recommendations[:TASKS_IN_PLAN]]
    weeks = tuple(Week(n + 1, tuple(tasks[n::4])) for n in range(4))
    return ActionPlan(weeks=weeks, job=result.job)


def _coverage(result: Assessment) -> Coverage:
    """Every export read, its file name whole: the template wraps long names, never cuts."""
    rows = tuple(SourceRow(
        platform=s.platform, file=PurePath(s.path).name or s.path,
        counts=tuple((k, n) for k in COUNT_NAMES if (n := s.counts.get(k))),
        first_post=s.first_post, last_post=s.last_post) for s in result.sources)
    return Coverage(rows=rows, warnings=result.warnings)


def _progress(result: Assessment, previous: Assessment | None) -> Progress | None:
    if previous is None:
        return None

    def change(title: str, before: float | None, after: float) -> Change:
        return Change(title, before, after, None if before is None else round(after - before, 1))

    dims = tuple(change(_title(d), previous.dimensions[d].score
                        if d in previous.dimensions else None, result.dimensions[d].score)
                 for d in result.dimensions)
    return Progress(previous_as_of=previous.as_of,
                    overall=change("Overall", previous.overall, result.overall),
                    band_before=previous.band_label, band_after=result.band_label,
                    dimensions=dims, flags_before=len(previous.red_flags),
                    flags_after=len(result.red_flags))


def _metrics(rows: Mapping[str, Any] | None) -> tuple[ClassMetric, ...]:
    out = []
    for category, m in (rows or {}).items():
        if m:
            out.append(ClassMetric(category, float(m["precision"]), float(m["recall"]),
                                   float(m["f1"])))
    return tuple(out)


def _labels(result: Assessment) -> tuple[LabelRow, ...]:
    """The classifier's labels with the red-flag ones split by where the report lists them,
    so the counts in "How your posts were read" add up to the flags shown."""
    flagged = Counter(f.category for f in result.red_flags)
    second = Counter(f.category for f in result.second_look[:SECOND_LOOK_LIMIT])
    rows = []
    for label, n in sorted(result.label_counts.items(), key=lambda kv: -kv[1]):
        f, s = (flagged[label], second[label]) if label in FLAG_CATEGORIES else (0, 0)
        rows.append(LabelRow(label=label, count=n, flagged=f, second_look=s,
                             unlisted=max(0, n - f - s) if label in FLAG_CATEGORIES else 0))
    return tuple(rows)


def _method(result: Assessment, dims: tuple[DimensionView, ...]) -> Method:
    info = result.classifier or {}
    macro = info.get("held_out_macro_f1")
    return Method(weights=tuple((d.title, d.share) for d in dims),
                  bands=tuple((band.label, band.floor) for band in Band),
                  model=str(info.get("model", "unknown")), corpus_size=info.get("corpus_size"),
                  real_training_posts=info.get("real_training_posts"),
                  macro_f1=None if macro is None else float(macro),
                  red_flag_metrics=_metrics(info.get("red_flag_metrics")),
                  labels=_labels(result),
                  red_flag_views=tuple(info.get("red_flag_views") or ()),
                  red_flag_meaning_words=int(info.get("red_flag_meaning_words") or 0))


def _counselor(result: Assessment) -> CounselorExtras:
    signals = tuple(SignalRow(dimension=_title(d), signal=c.signal, value=c.value,
                              display=c.display, score=c.score, level=c.level)
                    for d, dim in result.dimensions.items() for c in dim.criteria)
    cohort = result.cohort or {}
    percentile = cohort.get("percentile")
    size = cohort.get("size")
    return CounselorExtras(signals=signals,
                           cohort_percentile=float(percentile) if percentile is not None
                           else None,
                           cohort_size=int(size) if size is not None else None, note_lines=8)


def build_view(result: Assessment, *, audience: str = Audience.STUDENT, paper: str = Paper.A4,
               history: Assessment | None = None) -> ReportView:
    """Decide what the report shows for one assessment.

    Parameters
    ----------
    result
        The assessment to report.
    audience
        ``"student"`` or ``"counselor"``; the counselor copy adds a notes box, the raw
        signal table, the classifier's measured accuracy, more flagged posts in full and the
        cohort percentile (when the result has one).
    paper
        ``"a4"`` or ``"letter"``.
    history
        The previous assessment of the same person for the same role, if any; it fills the
        progress section.

    Returns
    -------
    ReportView

    Raises
    ------
    InputError
        For an unknown audience or paper size.
    """
    audience = choose(Audience, audience, "audience")
    paper = choose(Paper, paper, "paper")
    dims = _dimensions(result, audience)
    plan = _plan(result)
    flags = red_flags(result, audience)
    return ReportView(
        audience=audience, paper=paper,
        title=f"Readiness report: {result.candidate_name}, {result.role_title}",
        cover=_cover(result, dims, plan, flags),
        dimensions=dims, red_flags=flags, plan=plan,
        coverage=_coverage(result), progress=_progress(result, history),
        method=_method(result, dims),
        counselor=_counselor(result) if audience == "counselor" else None,
        completeness=_completeness(result))


def _completeness(result: Assessment) -> Completeness | None:
    from assessor.completeness import platform_name

    dc = result.data_completeness
    if dc is None:
        return None
    lines = tuple(SourceLine(platform=s.platform, platform_name=platform_name(s.platform),
                             file=s.file, status=s.status, reason=s.reason, action=s.action)
                  for s in dc.sources)
    return Completeness(level=dc.level, summary=dc.summary, basis=dc.basis, sources=lines,
                        problems=tuple(s for s in lines if s.status != "read"),
                        measured_dimensions=dc.measured_dimensions,
                        total_dimensions=dc.total_dimensions)


__all__ = ["FLAGS_IN_FULL", "GOOD", "POST_LIMIT", "Quote", "ReportView",
           "build_view", "quote"]
