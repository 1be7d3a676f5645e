"""Rubric scoring: pure functions from measurements to scores, red flags and recommendations.

No files, no database, no clock: the assessment date comes in through the context. The same
inputs always give the same result, and every point traces back to a measured signal.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from assessor.advice import kind_of, where_you_are
from assessor.candidate import Candidate
from assessor.completeness import data_completeness, platform_name
from assessor.display import joined
from assessor.levels import Level, band_of
from assessor.result import (
    Assessment,
    CriterionResult,
    DimensionResult,
    JobMatch,
    Recommendation,
    RedFlag,
    SourceSummary,
    Vanity,
)
from assessor.rubric import DIMENSIONS, Rubric
from assessor.signals import SIGNALS, Context, Measurement, compute, covered_terms, post_key
from assessor.tuning import ReachParams

RED_FLAG_WHY = {
    "unprofessional": "An employer reading this could doubt your judgement or how you treat "
                      "people, whatever the context was.",
    "spam": "Engagement bait and follow-for-follow posts make an audience look bought, and "
            "recruiters discount everything else you post.",
}


def rubric_of(ctx: Context) -> Rubric:
    """The context's rubric, whole: signals read only what :class:`~assessor.signals.RoleView`
    names, scoring reads everything."""
    if not isinstance(ctx.rubric, Rubric):
        raise TypeError("scoring needs an assessor.rubric.Rubric in the context, not "
                        f"{type(ctx.rubric).__name__}")
    return ctx.rubric


def criterion_points(rubric: Rubric, values: dict[str, float]) -> dict[str, dict[str, float]]:
    """Per dimension, per signal: 0-100 points on the criterion's curve."""
    return {dim_id: {c.signal: c.curve.points(values[c.signal]) for c in dim.criteria}
            for dim_id, dim in rubric.dimensions.items()}


def dimension_scores(rubric: Rubric, values: dict[str, float],
                     unmeasured: frozenset[str] = frozenset()) -> dict[str, float | None]:
    """Weighted mean of each dimension's measured criteria, 0-100; None when none is measured.

    A criterion whose signal is in ``unmeasured`` had no data: it is left out of the mean
    (the others' weights are scaled up), never counted as any level.
    """
    pts = criterion_points(rubric, values)
    out: dict[str, float | None] = {}
    for dim_id, dim in rubric.dimensions.items():
        crits = [c for c in dim.criteria if c.signal not in unmeasured]
        total = sum(c.weight for c in crits)
        out[dim_id] = (sum(pts[dim_id][c.signal] * c.weight for c in crits) / total
                       if crits and total > 0 else None)
    return out


def overall_score(rubric: Rubric, values: dict[str, float],
                  unmeasured: frozenset[str] = frozenset()) -> float:
    """Weighted mean of the measured dimensions' scores by the rubric's weights, 0-100.

    Dimensions with nothing measured are left out and the others' weights scaled up, so
    missing data neither earns nor costs points; the result says what it rests on.
    """
    dims = dimension_scores(rubric, values, unmeasured)
    measured = [k for k in DIMENSIONS if dims[k] is not None]
    total = sum(rubric.dimensions[k].weight for k in measured)
    if total <= 0:
        return 0.0
    return sum((dims[k] or 0.0) * rubric.dimensions[k].weight for k in measured) / total


def unmeasured_signals(measurements: dict[str, Measurement]) -> frozenset[str]:
    return frozenset(k for k, m in measurements.items() if not m.measured)


def score_dimensions(rubric: Rubric, measurements: dict[str, Measurement]
                     ) -> dict[str, DimensionResult]:
    """Dimension results with the itemised points of every criterion."""
    out = {}
    for dim_id, dim in rubric.dimensions.items():
        # Shares of the dimension's 100 points go to the measured criteria only.
        total = sum(c.weight for c in dim.criteria if measurements[c.signal].measured)
        crits = []
        for c in dim.criteria:
            m = measurements[c.signal]
            if not m.measured:
                crits.append(CriterionResult(
                    signal=c.signal, description=SIGNALS[c.signal].description, value=0.0,
                    display=m.display, detail=m.detail, score=0.0, level="not measured",
                    points=0.0, max_points=0.0, expect=c.expect, evidence=m.evidence,
                    measured=False))
                continue
            pts = c.curve.points(m.value)
            share = 100.0 * c.weight / total
            crits.append(CriterionResult(
                signal=c.signal, description=SIGNALS[c.signal].description, value=round(m.value, 4),
                display=m.display, detail=m.detail, score=round(pts, 1),
                level=c.curve.level(m.value), points=round(pts * share / 100, 1),
                max_points=round(share, 1), expect=c.expect,
                evidence=m.evidence))
        score = (sum(cr.score * c.weight for cr, c in zip(crits, dim.criteria, strict=True)
                     if cr.measured) / total) if total > 0 else 0.0
        out[dim_id] = DimensionResult(dim_id, round(score, 1), dim.weight, tuple(crits),
                                      measured=total > 0)
    return out


#: A criterion at this level or better is met: the rubric's "what good looks like" holds.
MET = Level.GOOD.points


def recommend(rubric: Rubric, measurements: dict[str, Measurement],
              limit: int = 8) -> tuple[Recommendation, ...]:
    """Improvements in order of what they would add to the overall score.

    Each gain is computed by re-scoring with that one signal moved to its next level (all the
    way for red flags), never guessed. Nothing already met ('good' or better) is advised,
    except red flags still there; nothing unmeasured (the data comes first); and at most one
    action of each kind (:func:`assessor.advice.kind_of`), so the plan's steps differ.
    Each action starts with where the person is now and the next step.
    """
    values = {k: m.value for k, m in measurements.items()}
    unmeasured = unmeasured_signals(measurements)
    base = overall_score(rubric, values, unmeasured)
    recs = []
    seen: set[str] = set()
    for dim_id, dim in rubric.dimensions.items():
        if dim.weight <= 0:
            continue
        for c in dim.criteria:
            value = values[c.signal]
            if c.signal in unmeasured or c.signal in seen:
                continue
            sig = SIGNALS[c.signal]
            target = c.curve.excellent if sig.to_excellent else c.curve.next_target(value)
            points = c.curve.points(value)
            if target is None or points >= 100 or (points >= MET and not sig.advise_when_met):
                continue
            gain = overall_score(rubric, {**values, c.signal: target}, unmeasured) - base
            if gain < rubric.advice.min_gain:
                continue
            seen.add(c.signal)
            m = measurements[c.signal]
            shown = sig.unit.say(target)
            recs.append(Recommendation(
                dimension=dim_id, signal=c.signal,
                action=f"{where_you_are(c.signal, m.display, value, shown, target)} "
                       f"{c.advice.strip()}",
                gain=round(gain, 1), current=m.display, target=shown))
    recs.sort(key=lambda r: (-r.gain, DIMENSIONS.index(r.dimension)))
    kinds: set[str] = set()
    distinct = []
    for r in recs:
        if kind_of(r.signal) not in kinds:
            kinds.add(kind_of(r.signal))
            distinct.append(r)
    return tuple(distinct[:limit])


def find_red_flags(ctx: Context, *, second_look: bool = False) -> tuple[RedFlag, ...]:
    """Every red-flag post, most severe first, with what to do.

    With ``second_look``, the posts the classifier leans red-flag on below the rubric's
    minimum confidence instead: shown for a second look, never penalised.
    """
    tune = rubric_of(ctx).advice
    flags = []
    for p in ctx.own():
        label = ctx.label(p)
        if label not in RED_FLAG_WHY or ctx.is_red_flag(p) == second_look:
            continue
        conf = float(ctx.confidence.get(post_key(p), 0.0))
        severity = 2 if label == "unprofessional" else 1
        age_days = (ctx.as_of - p.created_at.date()).days
        words, explicit = ctx.reasons.get(post_key(p), ((), False))
        if second_look:
            action = "check the wording"
        elif conf < tune.rewrite_below_confidence:
            action = "rewrite or explain"
        elif age_days > tune.archive_after_days:
            action = "archive or delete"
        elif conf < tune.delete_from_confidence or (
                label == "unprofessional" and not explicit and tune.delete_needs_explicit_word):
            action = "rewrite or delete"
        else:
            action = "delete"
        flags.append(RedFlag(category=label, platform=str(p.platform),
                             date=p.created_at.date().isoformat(), text=p.text,
                             why=RED_FLAG_WHY[label], action=action, severity=severity,
                             post_id=p.id, url=p.url, confidence=round(conf, 3),
                             words=words, explicit=explicit))
    flags.sort(key=RedFlag.order)
    return tuple(flags)


def _audience_words(parts: list[str]) -> str:
    if not parts:
        return "from no followers or connections in the exports"
    return "from " + joined(parts)


def vanity(candidate: Candidate, overall: float, measurements: dict[str, Measurement],
           tune: ReachParams) -> Vanity:
    """A Klout-style reach number (followers and likes), set beside readiness.

    Reach uses what each platform has: followers where the export counts them, and LinkedIn
    connections where it does not (a LinkedIn export lists connections, not followers).
    """
    audience = candidate.audience()
    followers = sum(f or 0 for f, _ in audience.values())
    parts = [f"{f:,} followers on {platform_name(p)}" for p, (f, _) in audience.items() if f]
    connections = 0
    for s in candidate.sources:
        if s.connections and str(s.platform) not in audience:
            connections += len(s.connections)
            parts.append(f"{len(s.connections):,} {platform_name(str(s.platform))} "
                         f"connection{'s' if len(s.connections) != 1 else ''}")
    likes = sum(p.likes or 0 for p in candidate.posts)
    if likes:
        parts.append(f"{likes:,} likes on posts")
    size = followers + connections
    reach = (min(tune.most, round(tune.scale * math.log10(1 + size + likes
                                                           / tune.likes_per_follower)))
             if size or likes else 0)
    auth = measurements["audience_authenticity"]
    basis = _audience_words(parts)
    if reach >= tune.high and overall < tune.ready:
        doubt = (f" and the audience {auth.display}" if auth.measured
                 and auth.display != "looks real" else "")
        sentence = (f"A reach of {reach} {basis}, but a readiness of {overall:.0f}: employers "
                    "look for relevant relationships, business thinking and evidence"
                    f"{doubt}.")
    elif reach < tune.low and overall >= tune.ready:
        sentence = (f"A modest reach of {reach}, yet a readiness of {overall:.0f}: a small, "
                    "relevant, two-way network and clear evidence count for more than "
                    "follower numbers.")
    else:
        sentence = (f"Reach {reach} ({basis}), readiness {overall:.0f}. Audience size barely "
                    "moves readiness; relevance, relationships and evidence do.")
    return Vanity(followers=followers, likes=likes, reach_score=reach, sentence=sentence,
                  connections=connections, basis=basis)


def build_assessment(ctx: Context, *, classifier_info: dict[str, Any],
                     job_path: str | None = None, warnings: tuple[str, ...] = ()) -> Assessment:
    """Score a candidate against the context's rubric. Pure: everything comes in ``ctx``."""
    rubric = rubric_of(ctx)
    measurements = compute(ctx)
    dims = score_dimensions(rubric, measurements)
    overall = round(overall_score(rubric, {k: m.value for k, m in measurements.items()},
                                  unmeasured_signals(measurements)), 1)
    cand = ctx.candidate
    job = None
    if job_path is not None:
        have, missing = covered_terms(ctx, ctx.job_terms)
        job = JobMatch(path=job_path, terms=ctx.job_terms, covered=tuple(have),
                       missing=tuple(missing))
    sources = tuple(SourceSummary(
        platform=str(s.platform), path=s.path, counts=s.counts(),
        first_post=s.first_post.date().isoformat() if s.first_post else None,
        last_post=s.last_post.date().isoformat() if s.last_post else None) for s in cand.sources)
    # the person's own posts only: a repost's text is someone else's, and it is never listed
    # as a red flag, so counting it would make the counts disagree with the flags shown
    labels = Counter(label for p in ctx.own() if (label := ctx.label(p)) is not None)
    return Assessment(
        candidate_name=cand.name, candidate_id=cand.candidate_id, role=rubric.role,
        role_title=rubric.title, as_of=ctx.as_of.isoformat(), overall=overall,
        band=band_of(overall), dimensions=dims, red_flags=find_red_flags(ctx),
        second_look=find_red_flags(ctx, second_look=True),
        recommendations=recommend(rubric, measurements),
        vanity=vanity(cand, overall, measurements, rubric.reach), sources=sources,
        classifier=classifier_info, label_counts=dict(sorted(labels.items())),
        data_completeness=data_completeness(cand, dims),
        warnings=tuple(cand.warnings) + tuple(w for s in cand.sources for w in s.warnings)
        + warnings, job=job)
