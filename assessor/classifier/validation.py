"""What ``assessor train`` reports on data it never trained or tuned on: each real source's
validation part, the held-out invented batch and the evaluation-only files (typo set), each
beside alt-profanity-check, plus a reliability table of the red-flag probabilities."""

from __future__ import annotations

from typing import Any

from assessor.classifier.evaluation import Labelled, evaluate, reliability
from assessor.classifier.labels import RED_FLAG_CLASSES


def validate_sources(classifier: Any, real: list[Any], held_out: list[Any],
                     evaluation_sets: dict[str, list[Labelled]], log: Any = print
                     ) -> dict[str, Any]:
    from assessor.classifier.redflag_training import VALIDATION_ONLY

    sets: list[tuple[str, str, list[Labelled]]] = []
    for source in sorted({r.source for r in real}):
        whole = source in VALIDATION_ONLY
        items = [Labelled(r.text, r.label in RED_FLAG_CLASSES, r.label)
                 for r in real if r.source == source and (whole or r.split == "validation")]
        sets.append((source, "real, all posts (validation only)" if whole
                     else "real, validation part", items))
    if held_out:
        sets.append((f"batch {held_out[0].batch} (invented, held out)", "invented",
                     [Labelled(e.text, e.label in RED_FLAG_CLASSES, e.label) for e in held_out]))
    for name, labelled in evaluation_sets.items():
        sets.append((name, "invented, evaluation only", labelled))
    out: list[dict[str, Any]] = []
    probs: list[float] = []
    truth: list[bool] = []
    for name, kind, items in sets:
        m = evaluate(items, classifier)
        m.update(name=name, kind=kind)
        out.append(m)
        a, b = m["assessor"], m.get("alt_profanity_check")
        log(f"  {name}: {a['n']} posts ({a['red_flags']} red flags) | assessor precision "
            f"{_f(a['precision'])} recall {_f(a['recall'])} false flags {_f(a['false_flag_rate'])}"
            + (f" | alt-profanity-check precision {_f(b['precision'])} recall "
               f"{_f(b['recall'])} false flags {_f(b['false_flag_rate'])}" if b else ""))
        if kind.startswith("real") or kind == "invented":
            preds = classifier.predict([i.text for i in items])
            for i, p in zip(items, preds, strict=True):
                for cls in sorted(RED_FLAG_CLASSES):
                    probs.append(p.probabilities.get(cls, 0.0))
                    truth.append(i.label == cls)
    rel = reliability(probs, truth) if probs else None
    if rel:
        log(f"  calibration on the real validation parts and the held-out batch: ECE "
            f"{rel['ece']:.4f} "
            f"({rel['n']} post-class pairs)")
    return {"sets": out, "reliability": rel}


def _f(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.3f}"
