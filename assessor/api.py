"""The library entry point: ``assess(path_or_candidate, role)``.

This is the only place the pipeline touches files: it reads the candidate and the model,
then hands plain data to the pure scoring stage.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from assessor.candidate import Candidate
from assessor.classifier import RED_FLAG_CLASSES, Classifier, load_classifier
from assessor.result import Assessment
from assessor.rubric import Rubric, load_rubric
from assessor.scoring import build_assessment
from assessor.signals import Context, post_key


def classify_posts(candidate: Candidate, classifier: Classifier, split: bool = False
                   ) -> tuple[dict[str, str], dict[str, float],
                              dict[str, tuple[tuple[str, ...], bool]]]:
    """Each post's class and confidence, and for red flags what they rest on (the words and
    whether any is explicit), keyed by :func:`~assessor.signals.post_key` (``split``: see
    :meth:`~assessor.classifier.Classifier.predict_explained`)."""
    posts = [p for p in candidate.posts if p.text.strip()]
    preds, found = classifier.predict_explained([p.text for p in posts], split)
    labels = {post_key(p): pr.label for p, pr in zip(posts, preds, strict=True)}
    conf = {post_key(p): pr.confidence for p, pr in zip(posts, preds, strict=True)}
    reasons = {post_key(p): r for p, pr, r in zip(posts, preds, found, strict=True)
               if pr.label in RED_FLAG_CLASSES}
    return labels, conf, reasons


def classifier_info(classifier: Classifier) -> dict[str, Any]:
    meta = classifier.meta
    held = meta.get("held_out", {})
    flags = meta.get("red_flags", {})
    skip = set(flags.get("validation_only", ()))
    real = flags.get("real_training_posts") or sum(
        n for name, source in flags.get("sources", {}).items() if name not in skip
        for key, n in source.get("counts", {}).items() if key.startswith("train_"))
    return {
        "model": meta.get("model", "unknown"),
        "corpus_size": meta.get("corpus", {}).get("size"),
        "real_training_posts": real or None,
        # the red-flag detector's views ("full", "work-blind"): a flag needs all of them
        "red_flag_views": sorted(flags.get("vocabulary_by_view", {})),
        # how many words the detector knows the meaning of (pre-trained vectors); 0: none
        "red_flag_meaning_words": int(flags.get("meaning_words") or 0),
        "held_out_macro_f1": held.get("macro_f1"),
        "red_flag_metrics": {c: held.get("per_class", {}).get(c) for c in
                             ("unprofessional", "spam")} if held else {},
    }


def date_warnings(candidate: Candidate, as_of: date, today: date) -> tuple[str, ...]:
    """Warnings for an assessment date that cannot be what was meant."""
    out = []
    if as_of > today:
        out.append(f"the assessment date {as_of.isoformat()} is after today "
                   f"({today.isoformat()}): recent activity is judged as if that much time had "
                   "passed; leave out --as-of to use today")
    dates = [p.created_at.date() for p in candidate.posts]
    if dates and as_of < min(dates):
        out.append(f"the assessment date {as_of.isoformat()} is before the first post "
                   f"({min(dates).isoformat()}): nothing posted after it is counted")
    return tuple(out)


def assess(candidate: Candidate | str | Path, role: str | Path | Rubric, *,
           job: str | Path | None = None, as_of: date | None = None,
           classifier: Classifier | None = None, redact: bool = False,
           split: bool = False) -> Assessment:
    """Assess a candidate for a role.

    Parameters
    ----------
    candidate
        A loaded :class:`Candidate`, or a path to a candidate folder or export.
    role
        A role id (``social-media-manager``), a rubric YAML path, or a :class:`Rubric`.
    job
        Optional path to a job posting whose terms sharpen the rubric's keywords.
    as_of
        The assessment date (default: today, UTC). Scoring never reads the clock itself.
    classifier
        A loaded classifier (default: the shipped model).
    redact
        Replace third parties' names with initials and mask ``@handles``
        (:func:`assessor.privacy.redact`). E-mail addresses and phone numbers are removed
        from every result, with or without it.
    split
        Classify half of a large export's posts in a forked child on a second core, at the
        same time (:func:`assessor.forking.in_halves`): the same result, sooner. For one
        assessment at a time (``assessor assess``); not for a batch that already uses every
        core, nor in a long-running multi-threaded process (the web server).

    Returns
    -------
    Assessment
    """
    from assessor.ingest import load_candidate
    from assessor.job import job_term_patterns, read_job

    cand = candidate if isinstance(candidate, Candidate) else load_candidate(candidate)
    rubric = role if isinstance(role, Rubric) else load_rubric(role)
    clf = classifier or load_classifier()
    terms: tuple[str, ...] = ()
    patterns: dict[str, str] = {}
    if job is not None:
        found = job_term_patterns(read_job(Path(job)), rubric)
        terms = tuple(t for t, _ in found)
        patterns = {t: p for t, p in found if p}
    labels, conf, reasons = classify_posts(cand, clf, split)
    today = datetime.now(UTC).date()
    ctx = Context(candidate=cand, labels=labels, confidence=conf, rubric=rubric,
                  as_of=as_of or today, job_terms=terms, term_patterns=patterns,
                  reasons=reasons)
    from assessor.privacy import redact_candidate, scrub_contacts

    result = scrub_contacts(build_assessment(ctx, classifier_info=classifier_info(clf),
                                             job_path=str(job) if job is not None else None,
                                             warnings=date_warnings(cand, ctx.as_of, today)))
    return redact_candidate(result, cand) if redact else result
