"""``assessor train``: select, fit, evaluate and save the post classifier, and write its card.

Model selection uses stratified cross-validation on the training batches only. The held-out
batch (written last) is touched once, after selection, to report honest metrics.
"""

from __future__ import annotations

import json
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assessor.classifier.baselines import keyword_baseline, profanity_baseline
from assessor.classifier.corpus import HELD_OUT_BATCH, Example, corpus_hash, load_corpus
from assessor.classifier.labels import CLASSES, RED_FLAG_CLASSES
from assessor.classifier.model import (
    META_NAME,
    MODEL_NAME,
    Classifier,
    decide,
    normalise,
)

#: Candidate models compared by cross-validation: (name, n-gram range, logistic regression C).
#: Only word unigrams: word bigrams and character n-grams raise cross-validated macro-F1 by
#: about 0.01 but scikit-learn builds them in pure Python at well under the 20,000 posts per
#: second the classifier must reach. Selection is by macro-F1 alone, so it is deterministic.
#: Only logistic regression: the run time reads its weights straight from the ``.npz`` export
#: (:class:`~assessor.classifier.linear.LinearTextModel`); a calibrated linear SVM, the third
#: candidate until 2026-12-07, has no such export, and when it won (cv macro-F1 0.902 against
#: 0.900) the classifier fell back to scikit-learn: 6,898 posts per second in `assessor train`'s
#: own measure, against 9,210 for logistic regression on the same corpus.
CANDIDATES: tuple[tuple[str, tuple[int, int], float], ...] = (
    ("word tf-idf, logistic regression C=10", (1, 1), 10.0),
    ("word tf-idf, logistic regression C=30", (1, 1), 30.0),
)
#: Precision a red-flag threshold must keep on out-of-fold predictions.
RED_FLAG_MIN_PRECISION = 0.9


@dataclass
class TrainResult:
    """Everything ``assessor train`` measured; also written to the model's JSON metadata."""

    meta: dict[str, Any]
    model_path: Path
    card_path: Path
    log: list[str] = field(default_factory=list)


def build_pipeline(ngrams: tuple[int, int], c: float, seed: int) -> Any:
    """A word TF-IDF pipeline. ``!``, ``?``, ``%``, currency signs and ``#`` are tokens too.

    Quotes and @handles are not: in early versions they carried spurious weight (a quoted
    saying looked like gossip, a reply to someone looked like an insult).

    Character n-grams were tried and tolerate typos a little better, but scikit-learn computes
    them in pure Python at a few thousand posts per second, far from the speed target.
    """
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    vec = TfidfVectorizer(ngram_range=ngrams, min_df=1, sublinear_tf=True, lowercase=True,
                          token_pattern=r"(?u)\b\w[\w']*\b|[!?%$€£#]", max_features=50000,
                          dtype=np.float32)
    clf = LogisticRegression(C=c, max_iter=3000, random_state=seed)
    return Pipeline([("features", vec), ("clf", clf)])


def _slim(pipeline: Any) -> Any:
    """Drop the vectorizer's record of pruned terms: it is large and unused at prediction."""
    vec = pipeline.named_steps["features"]
    if hasattr(vec, "stop_words_"):
        del vec.stop_words_
    # Plain ints: skops would store each numpy scalar as a file of its own.
    vec.vocabulary_ = {str(k): int(v) for k, v in vec.vocabulary_.items()}
    return pipeline


def _scores(y_true: list[str], y_pred: list[str]) -> dict[str, Any]:
    from sklearn.metrics import classification_report, confusion_matrix, f1_score

    rep = classification_report(y_true, y_pred, labels=list(CLASSES), output_dict=True,
                                zero_division=0)
    per_class = {c: {"precision": round(rep[c]["precision"], 3),
                     "recall": round(rep[c]["recall"], 3),
                     "f1": round(rep[c]["f1-score"], 3),
                     "support": int(rep[c]["support"])} for c in CLASSES}
    return {
        "macro_f1": round(float(f1_score(y_true, y_pred, labels=list(CLASSES), average="macro",
                                         zero_division=0)), 3),
        "accuracy": round(sum(a == b for a, b in zip(y_true, y_pred, strict=True))
                          / max(len(y_true), 1), 3),
        "per_class": per_class,
        "confusion": confusion_matrix(y_true, y_pred, labels=list(CLASSES)).tolist(),
        "n": len(y_true),
    }


def _choose_thresholds(y: list[str], proba: Any, classes: list[str]) -> dict[str, float]:
    """Per red-flag class, the threshold with the best out-of-fold F1 whose precision stays at
    or above :data:`RED_FLAG_MIN_PRECISION` (ties go to the higher, more cautious threshold)."""
    out: dict[str, float] = {}
    for cls in sorted(RED_FLAG_CLASSES):
        col = classes.index(cls)
        truth = [label == cls for label in y]
        best: tuple[float, float] | None = None
        for t in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6):
            flagged = [p[col] >= t for p in proba]
            tp = sum(f and g for f, g in zip(flagged, truth, strict=True))
            fp = sum(f and not g for f, g in zip(flagged, truth, strict=True))
            fn = sum(g and not f for f, g in zip(flagged, truth, strict=True))
            if not tp or tp / (tp + fp) < RED_FLAG_MIN_PRECISION:
                continue
            f1 = 2 * tp / (2 * tp + fp + fn)
            if best is None or f1 >= best[0]:
                best = (f1, t)
        out[str(cls)] = best[1] if best else 0.5
    return out


def train(corpus: Path, out_dir: Path, seed: int = 13, folds: int = 5,
          log: Any = print, real_dir: Path | None = None,
          eval_files: tuple[Path, ...] = ()) -> TrainResult:
    """Select by cross-validation, fit on the training batches, evaluate on the held-out batch.

    Parameters
    ----------
    corpus
        The labelled corpus (JSON lines).
    out_dir
        Where the model, its metadata and ``MODEL_CARD.md`` are written.
    real_dir
        Real labelled posts (``models/corpus/real``) for the red-flag detector: their ``train``
        parts are trained on, their ``validation`` parts only reported. The word vectors of
        the detector's meaning block are read from beside it (``models/corpus/vectors``).
    eval_files
        Further labelled files that are only evaluated (the typo set).
    seed
        Makes fold assignment and fitting deterministic.
    """
    import numpy as np
    import sklearn
    import skops.io as sio
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    started = time.perf_counter()
    examples = load_corpus(corpus)
    train_set = [e for e in examples if e.batch != HELD_OUT_BATCH]
    held_out = [e for e in examples if e.batch == HELD_OUT_BATCH]
    x = [normalise(e.text) for e in train_set]
    y = [e.label for e in train_set]
    min_count = min(y.count(c) for c in set(y))
    folds = max(2, min(folds, min_count))
    cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    log(f"corpus: {len(examples)} posts ({len(train_set)} training, {len(held_out)} held out "
        f"in batch {HELD_OUT_BATCH!r}); {folds}-fold cross-validation, seed {seed}")

    selection = []
    best: tuple[float, int, Any] | None = None
    for i, (name, ngrams, c) in enumerate(CANDIDATES):
        pipe = build_pipeline(ngrams, c, seed)
        proba = cross_val_predict(pipe, x, y, cv=cv, method="predict_proba", n_jobs=2)
        classes = sorted(set(y))
        pred = [classes[int(np.argmax(p))] for p in proba]
        scores = _scores(y, pred)
        selection.append({"model": name, "cv_macro_f1": scores["macro_f1"]})
        log(f"  cv macro-F1 {scores['macro_f1']:.3f}  {name}")
        if best is None or scores["macro_f1"] > best[0]:
            best = (scores["macro_f1"], i, proba)
    assert best is not None
    _, best_i, best_proba = best
    name, ngrams, c = CANDIDATES[best_i]
    classes = sorted(set(y))
    thresholds = _choose_thresholds(y, best_proba, classes)
    cv_pred = [decide(dict(zip(classes, map(float, p), strict=True)), thresholds)
               for p in best_proba]
    cv_scores = _scores(y, cv_pred)
    log(f"selected: {name}; red-flag thresholds {thresholds}; "
        f"cv macro-F1 with thresholds {cv_scores['macro_f1']:.3f}")

    pipeline = _slim(build_pipeline(ngrams, c, seed).fit(x, y))
    out_dir.mkdir(parents=True, exist_ok=True)
    model_path = out_dir / MODEL_NAME
    sio.dump(pipeline, model_path, compression=zipfile.ZIP_DEFLATED)
    from assessor.classifier.linear import NPZ_NAME, LinearTextModel, file_sha256

    export = LinearTextModel.from_pipeline(pipeline, file_sha256(model_path))
    npz_path = out_dir / NPZ_NAME
    if export is not None:
        export.save(npz_path)
    elif npz_path.exists():
        npz_path.unlink()  # a stale export of another model must not be used

    from assessor.classifier.lexicon import abuse, used_slur
    from assessor.classifier.redflag import FLAG_NPZ
    from assessor.classifier.redflag_training import (
        CLEAN_ONLY,
        INVENTED_WEIGHT,
        PLAIN_WEIGHT,
        REAL_SOURCES,
        REAL_WEIGHT,
        VALIDATION_ONLY,
        VECTORS,
        as_hatexplain,
        in_training_part,
        load_real,
        load_vectors,
        real_counts,
        rule_precision,
        train_detector,
        trained_on,
        with_typos,
    )

    real = load_real(real_dir) if real_dir else []
    vectors = load_vectors(real_dir.parent / VECTORS) if real_dir else None
    real_train = [r for r in real if trained_on(r)]
    log(f"red-flag detector: {len(train_set)} invented + {len(real_train)} real training posts; "
        f"{sum(not in_training_part(r) for r in real)} real posts kept for validation")
    rule_posts = ([(e.text, e.label, "invented") for e in train_set]
                  + [(r.text, r.label, r.source) for r in real if in_training_part(r)])
    slurs = rule_precision(rule_posts, used_slur)
    log(f"slur rule: {slurs['unprofessional']} of {slurs['posts']} training posts that use a "
        f"slur are unprofessional; floor {slurs['floor']}")
    abused = rule_precision(rule_posts, abuse)
    log(f"abuse rule: {abused['unprofessional']} of {abused['posts']} training posts that "
        f"abuse the person they speak to are unprofessional; floor {abused['floor']}")
    rng = np.random.default_rng(seed)
    # every invented post, red flags too: copies of clean posts alone made whatever the typo
    # generator removes (articles) evidence of a red flag
    typos = [with_typos(e.text, rng) for e in train_set]
    plain = [as_hatexplain(e.text) for e in train_set]
    flags, flag_thresholds, flag_report = train_detector(
        [e.text for e in train_set] + [r.text for r in real_train] + typos + plain,
        [e.label for e in train_set] + [r.label for r in real_train]
        + [e.label for e in train_set] * 2,
        [INVENTED_WEIGHT] * len(train_set) + [REAL_WEIGHT.get(r.source, 1.0) for r in real_train]
        + [1.0] * len(typos) + [PLAIN_WEIGHT] * len(plain),
        ["invented"] * len(train_set) + [r.source for r in real_train] + ["typos"] * len(typos)
        + ["plain"] * len(plain),
        seed=seed, folds=min(folds, 3), tie=file_sha256(model_path), log=log,
        slur_floor=slurs["floor"], abuse_floor=abused["floor"], vectors=vectors)
    flag_report["slur_rule"] = slurs
    flag_report["abuse_rule"] = abused
    flag_report["typo_copies"] = len(typos)
    flag_report["plain_copies"] = len(plain)
    flag_report["plain_weight"] = PLAIN_WEIGHT
    flags.save(out_dir / FLAG_NPZ)
    flag_report["sources"] = {name: {**REAL_SOURCES.get(name, {}), "counts": counts}
                              for name, counts in real_counts(real).items()}
    flag_report["invented_weight"] = INVENTED_WEIGHT
    flag_report["validation_only"] = sorted(VALIDATION_ONLY)
    flag_report["clean_only"] = sorted(CLEAN_ONLY)
    flag_report["real_training_posts"] = len(real_train)
    flag_report["real_weight"] = REAL_WEIGHT

    meta: dict[str, Any] = {
        "model": name,
        "sklearn_version": sklearn.__version__,
        "corpus": {"path": corpus.name, "sha256": corpus_hash(corpus), "size": len(examples),
                   "training": len(train_set), "held_out": len(held_out),
                   "per_class": {c: sum(e.label == c for e in examples) for c in CLASSES},
                   "batches": sorted({e.batch for e in examples})},
        "seed": seed,
        "folds": folds,
        "thresholds": flag_thresholds,
        "topic_thresholds": thresholds,
        "selection": selection,
        "cv": cv_scores,
        "red_flags": flag_report,
    }
    if held_out:
        classifier = Classifier(pipeline, meta, flags)
        ho_pred = [p.label for p in classifier.predict([e.text for e in held_out])]
        meta["held_out"] = _scores([e.label for e in held_out], ho_pred)
        meta["held_out"]["unknown_language"] = sum(p == "unknown" for p in ho_pred)
        meta["baselines"] = _baselines(held_out)
        log(f"held-out macro-F1 {meta['held_out']['macro_f1']:.3f} on {len(held_out)} posts")
    runtime = Classifier(export if export is not None else pipeline, meta, flags)
    from assessor.classifier.evaluation import read_labelled
    from assessor.classifier.validation import validate_sources

    evaluation_sets = {path.stem: read_labelled(path) for path in eval_files}
    meta["eval_batches"] = _full_batches(runtime, evaluation_sets, log)
    meta["validation"] = validate_sources(runtime, real, held_out, evaluation_sets, log)
    meta["throughput"] = measure_throughput(runtime, [e.text for e in examples])
    log(f"inference: {meta['throughput']['posts_per_second']:,} posts/s on one core")
    meta["model_bytes"] = model_path.stat().st_size
    meta["files_bytes"] = sum((out_dir / n).stat().st_size for n in (
        MODEL_NAME, NPZ_NAME, FLAG_NPZ) if (out_dir / n).exists())
    meta["train_seconds"] = round(time.perf_counter() - started, 1)
    (out_dir / META_NAME).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    from assessor.classifier.card import write_card

    card_path = write_card(meta, out_dir / "MODEL_CARD.md")
    return TrainResult(meta=meta, model_path=model_path, card_path=card_path)


def _full_batches(classifier: Classifier, sets: dict[str, list[Any]], log: Any
                  ) -> dict[str, Any]:
    """Class scores on each evaluation-only set labelled with every one of the seven classes
    (another held-out batch; a set of red flags only, or of clean posts only, is skipped)."""
    out: dict[str, Any] = {}
    for name, items in sets.items():
        truth = [i.label or "" for i in items]
        if set(truth) != set(CLASSES):
            continue
        pred = [p.label for p in classifier.predict([i.text for i in items])]
        out[name] = _scores(truth, pred)
        log(f"{name} (evaluation only) macro-F1 {out[name]['macro_f1']:.3f} on "
            f"{len(items)} posts")
    return out


def _baselines(held_out: list[Example]) -> dict[str, Any]:
    y = [e.label for e in held_out]
    texts = [e.text for e in held_out]
    out: dict[str, Any] = {"keyword": _scores(y, keyword_baseline(texts))}
    prof = profanity_baseline(texts)
    if prof is not None:
        truth = [label == "unprofessional" for label in y]
        tp = sum(p and t for p, t in zip(prof, truth, strict=True))
        fp = sum(p and not t for p, t in zip(prof, truth, strict=True))
        fn = sum(t and not p for p, t in zip(prof, truth, strict=True))
        out["alt_profanity_check"] = {
            "precision": round(tp / (tp + fp), 3) if tp + fp else 0.0,
            "recall": round(tp / (tp + fn), 3) if tp + fn else 0.0,
        }
    return out


def measure_throughput(classifier: Classifier, texts: list[str], posts: int = 20000,
                       runs: int = 3) -> dict[str, Any]:
    """Posts classified per second (median of ``runs``), language gate included.

    scikit-learn's sparse text pipeline runs on one core, so this is a one-core figure.
    """
    import statistics

    batch = (texts * (posts // max(len(texts), 1) + 1))[:posts]
    classifier.predict(batch[:200])  # warm up: loads the language identifier once
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        classifier.predict(batch)
        times.append(time.perf_counter() - t0)
    return {"posts": posts, "runs": runs,
            "posts_per_second": int(posts / statistics.median(times))}
