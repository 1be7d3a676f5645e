"""The report's view model: what a readiness report shows, decided from an :class:`Assessment`.

The middle of three stages (result -> view -> templates). Everything here is plain frozen
dataclasses: which sections appear, in what order, which posts are quoted and how much of
them. Nothing here is markup; the templates in ``templates/`` decide how it looks, and the
formatting filters in :mod:`assessor.report.render` say how numbers and dates are written.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from assessor.report.charts import BarChart, Radar, bar_chart, radar
from assessor.result import BAND_LABELS, BANDS, Assessment, EvidenceItem, JobMatch, RedFlag
from assessor.rubric import LEVEL_POINTS

AUDIENCES = ("student", "counselor")
PAPERS = ("a4", "letter")
#: The level every dimension is drawn against: the rubric's 'good' (70 points).
GOOD = LEVEL_POINTS["good"]
#: Characters of a post shown before it is trimmed with an ellipsis.
POST_LIMIT = 400
#: Evidence is shorter: it illustrates a measurement, the red-flag list is the record. Notes
#: (the role's keywords found and not found) are lists a student acts on, so they stay whole.
EVIDENCE_LIMITS = {"post": 150, "note": 320, "other": 120}
FILE_NAME_LIMIT = 34
#: Per criterion: the best post quoted, one fact (a connection, a project), and up to two
#: notes (the keywords found and not found).
EVIDENCE_PER_KIND = {"post": 1, "note": 2, "other": 1}
#: Criteria whose evidence has a section of its own, and that section's title.
SHOWN_ELSEWHERE = {"red_flags": "Posts to review"}
#: Red flags shown in full; any beyond are listed one line each so 60 spam posts stay readable.
FLAGS_IN_FULL = 12
FLAG_LINE_LIMIT = 110
#: Posts the classifier leaned red-flag on without enough confidence to count them.
SECOND_LOOK_LIMIT = 10
TASKS_IN_PLAN = 8

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

FLAG_CATEGORIES = {"unprofessional": "Unprofessional", "spam": "Spam"}
COUNT_NAMES = ("posts", "articles", "replies", "comments", "reposts", "connections",
               "followers", "following", "repositories", "positions", "education", "skills",
               "certifications", "projects", "recommendations", "endorsements")


# -- the tree ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Quote:
    """Post text as shown: whitespace tidied, trimmed at a word with an ellipsis if long."""

    text: str
    trimmed: bool
    length: int


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
class Cover:
    name: str
    role_title: str
    as_of: str
    overall: float
    band: str
    band_label: str
    reach: int
    followers: int
    sentence: str
    strongest: tuple[str, ...]
    weakest: DimensionView | None
    first_step: str | None
    red_flag_count: int
    duo: BarChart


@dataclass(frozen=True)
class FlagView:
    category: str
    category_label: str
    platform: str
    date: str
    quote: Quote
    action: str
    confidence: float
    url: str | None


@dataclass(frozen=True)
class FlagGroup:
    category: str
    label: str
    count: int
    why: str


@dataclass(frozen=True)
class RedFlags:
    total: int
    groups: tuple[FlagGroup, ...]
    in_full: tuple[FlagView, ...]
    in_brief: tuple[FlagView, ...]
    second_look: tuple[FlagView, ...]   # below the confidence floor: shown, never penalised


@dataclass(frozen=True)
class Task:
    action: str
    gain: float
    dimension: str
    current: str
    target: str


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
class Method:
    weights: tuple[tuple[str, float], ...]
    bands: tuple[tuple[str, float], ...]
    model: str
    corpus_size: int | None
    macro_f1: float | None             # on the held-out batch; None when not measured
    red_flag_metrics: tuple[ClassMetric, ...]
    labels: tuple[tuple[str, int], ...]  # how many of the person's posts got each class


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
    radar: Radar
    bars: BarChart
    dimensions: tuple[DimensionView, ...]
    red_flags: RedFlags
    plan: ActionPlan
    coverage: Coverage
    progress: Progress | None
    method: Method
    counselor: CounselorExtras | None
    completeness: Completeness | None = None   # None for results saved before schema 2


# -- building it ---------------------------------------------------------------------------

_MANY_BLANK_LINES = re.compile(r"\n\s*\n(\s*\n)+")
_SPACES = re.compile(r"[ \t\r\f\v]+")


def quote(text: str, limit: int) -> Quote:
    """Tidy whitespace and trim ``text`` to about ``limit`` characters at a word boundary."""
    tidy = _MANY_BLANK_LINES.sub("\n\n", _SPACES.sub(" ", text)).strip()
    if len(tidy) <= limit:
        return Quote(tidy, False, len(tidy))
    cut = tidy[:limit]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return Quote(cut.rstrip(" ,.;:-") + "\u2026", True, len(tidy))


def _level(score: float) -> str:
    return ("excellent" if score >= LEVEL_POINTS["excellent"] else
            "good" if score >= LEVEL_POINTS["good"] else
            "fair" if score >= LEVEL_POINTS["fair"] else "poor")


def _title(dim_id: str) -> str:
    return DIMENSION_TEXT.get(dim_id, (dim_id.replace("_", " ").capitalize(),))[0]


def _evidence(item: EvidenceItem) -> EvidenceView:
    limit = EVIDENCE_LIMITS.get(item.kind, EVIDENCE_LIMITS["other"])
    return EvidenceView(kind=item.kind, quote=quote(item.text, limit),
                        platform=item.platform, date=item.date, label=item.label)


def _pick_evidence(items: tuple[EvidenceItem, ...], seen: set[str]) -> tuple[EvidenceView, ...]:
    """A few items of each kind, preferring posts not already quoted in the same dimension."""
    fresh = [e for e in items if not (e.post_id and e.post_id in seen)]
    ordered = fresh + [e for e in items if e not in fresh]
    taken: Counter[str] = Counter()
    shown = []
    for e in ordered:
        if taken[e.kind] < EVIDENCE_PER_KIND.get(e.kind, EVIDENCE_PER_KIND["other"]):
            taken[e.kind] += 1
            shown.append(_evidence(e))
            if e.post_id:
                seen.add(e.post_id)
    return tuple(shown)


def _dimensions(result: Assessment) -> tuple[DimensionView, ...]:
    # The overall is re-normalised over the measured dimensions; their shares say so.
    total = sum(d.weight for d in result.dimensions.values() if d.measured) or 1.0
    out = []
    for dim_id, dim in result.dimensions.items():  # in the rubric's order
        title, short, blurb = DIMENSION_TEXT.get(dim_id, (_title(dim_id), _title(dim_id), ""))
        criteria = []
        seen: set[str] = set()
        for c in dim.criteria:
            elsewhere = SHOWN_ELSEWHERE.get(c.signal)
            shown = () if elsewhere else _pick_evidence(c.evidence, seen)
            criteria.append(CriterionView(
                signal=c.signal, description=c.description, display=c.display, detail=c.detail,
                level=c.level, score=c.score, points=c.points, max_points=c.max_points,
                expect=c.expect, evidence=shown,
                more_evidence=0 if elsewhere else len(c.evidence) - len(shown),
                shown_elsewhere=elsewhere, measured=c.measured))
        out.append(DimensionView(
            id=dim_id, title=title, short=short, blurb=blurb, score=dim.score,
            share=100 * dim.weight / total if dim.measured else 0.0,
            level=_level(dim.score) if dim.measured else "not measured",
            gap=max(0.0, GOOD - dim.score) if dim.measured else 0.0, criteria=tuple(criteria),
            measured=dim.measured))
    return tuple(out)


def _cover(result: Assessment, dims: tuple[DimensionView, ...]) -> Cover:
    weighted = [d for d in dims if d.share > 0]
    ranked = sorted((d for d in weighted if d.score >= GOOD), key=lambda d: -d.score)
    # The area whose improvement lifts the overall most: the largest weighted shortfall.
    weakest = max((d for d in weighted if d.gap > 0), key=lambda d: d.gap * d.share,
                  default=None)
    first = result.recommendations[0].action if result.recommendations else None
    duo = bar_chart([("Reach", float(result.vanity.reach_score)),
                     ("Readiness", result.overall)], expect=None, width=330,
                    bar_height=18, gap=12, left=80, hatched=(True, False))
    return Cover(
        name=result.candidate_name, role_title=result.role_title, as_of=result.as_of,
        overall=result.overall, band=result.band, band_label=result.band_label,
        reach=result.vanity.reach_score, followers=result.vanity.followers,
        sentence=result.vanity.sentence, strongest=tuple(d.title for d in ranked[:2]),
        weakest=weakest, first_step=first, red_flag_count=len(result.red_flags), duo=duo)


def _safe_link(url: str | None) -> str | None:
    """Only web links become clickable; anything else (file:, data:, javascript:) is dropped."""
    if url and re.match(r"^https?://[^\s\"'<>]+$", url, re.IGNORECASE):
        return url
    return None


def _flag_view(f: RedFlag, limit: int) -> FlagView:
    return FlagView(category=f.category, category_label=FLAG_CATEGORIES.get(f.category, f.category),
                    platform=f.platform, date=f.date, action=f.action.capitalize(),
                    quote=quote(f.text, limit), confidence=f.confidence, url=_safe_link(f.url))


def _red_flags(result: Assessment) -> RedFlags:
    flags = sorted(result.red_flags, key=lambda f: (-f.severity, -f.confidence, f.date))
    counts = Counter(f.category for f in flags)
    why = {f.category: f.why for f in flags}
    groups = tuple(FlagGroup(c, FLAG_CATEGORIES.get(c, c), n, why[c])
                   for c, n in sorted(counts.items(), key=lambda kv: -kv[1]))
    return RedFlags(
        total=len(flags), groups=groups,
        in_full=tuple(_flag_view(f, POST_LIMIT) for f in flags[:FLAGS_IN_FULL]),
        in_brief=tuple(_flag_view(f, FLAG_LINE_LIMIT) for f in flags[FLAGS_IN_FULL:]),
        second_look=tuple(_flag_view(f, EVIDENCE_LIMITS["post"] * 2)
                          for f in result.second_look[:SECOND_LOOK_LIMIT]))


def _plan(result: Assessment) -> ActionPlan:
    """Up to eight recommendations, biggest gain first, dealt round the four weeks."""
    tasks = [Task(action=r.action, gain=r.gain, dimension=_title(r.dimension),
                  current=r.current, target=r.target)
             for r in result.recommendations[:TASKS_IN_PLAN]]
    weeks = tuple(Week(n + 1, tuple(tasks[n::4])) for n in range(4))
    return ActionPlan(weeks=weeks, job=result.job)


def _short_name(name: str) -> str:
    """Long export names (an X archive carries a 64-character hash) keep their ends."""
    if len(name) <= FILE_NAME_LIMIT:
        return name
    keep = FILE_NAME_LIMIT - 1
    return name[:keep - 12] + "\u2026" + name[-12:]


def _coverage(result: Assessment) -> Coverage:
    rows = tuple(SourceRow(
        platform=s.platform, file=_short_name(PurePath(s.path).name or s.path),
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


def _method(result: Assessment, dims: tuple[DimensionView, ...]) -> Method:
    info = result.classifier or {}
    macro = info.get("held_out_macro_f1")
    return Method(weights=tuple((d.title, d.share) for d in dims),
                  bands=tuple((BAND_LABELS.get(name, name), floor) for name, floor in BANDS),
                  model=str(info.get("model", "unknown")), corpus_size=info.get("corpus_size"),
                  macro_f1=None if macro is None else float(macro),
                  red_flag_metrics=_metrics(info.get("red_flag_metrics")),
                  labels=tuple(sorted(result.label_counts.items(), key=lambda kv: -kv[1])))


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


def build_view(result: Assessment, *, audience: str = "student", paper: str = "a4",
               history: Assessment | None = None) -> ReportView:
    """Decide what the report shows for one assessment.

    Parameters
    ----------
    result
        The assessment to report.
    audience
        ``"student"`` or ``"counselor"``; the counselor copy adds a notes box, the raw
        signal table and the cohort percentile (when the result has one).
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
    ValueError
        For an unknown audience or paper size.
    """
    if audience not in AUDIENCES:
        raise ValueError(f"audience must be one of {', '.join(AUDIENCES)}, not {audience!r}")
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    dims = _dimensions(result)
    return ReportView(
        audience=audience, paper=paper,
        title=f"Readiness report: {result.candidate_name}, {result.role_title}",
        cover=_cover(result, dims),
        radar=radar([(d.short, d.score) for d in dims], expect=GOOD),
        bars=bar_chart([(d.title, d.score) for d in dims], expect=GOOD),
        dimensions=dims, red_flags=_red_flags(result), plan=_plan(result),
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
