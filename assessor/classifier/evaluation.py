"""How well red flags hold on labelled posts: ``assessor evaluate`` and the validation part of
``assessor train``.

A labelled file is JSON lines with ``text`` and either ``label`` (one of our classes, or
``clean``: a red flag when it is ``unprofessional`` or ``spam``) or ``red_flag`` (true/false).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assessor.classifier.inputs import text_object
from assessor.classifier.labels import CLASSES, RED_FLAG_CLASSES
from assessor.errors import InputError

LABELS = (*CLASSES, "clean")


@dataclass(frozen=True, slots=True)
class Labelled:
    text: str
    red_flag: bool
    label: str | None  # our class or "clean", when the file gives one


def read_labelled(path: Path) -> list[Labelled]:
    """Read a labelled JSONL file; a bad line is an error naming the file and line."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        lines = raw.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise InputError(path, "is not UTF-8 text") from None
    out: list[Labelled] = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        obj = text_object(line, path, n, example='{"text": "...", "label": "spam"}')
        label = obj.get("label")
        flag = obj.get("red_flag")
        if label is not None:
            if label not in LABELS:
                raise InputError(path, f"unknown label {label!r}; expected one of "
                                       f"{', '.join(LABELS)}", where=f"line {n}")
            out.append(Labelled(obj["text"], label in RED_FLAG_CLASSES, label))
        elif isinstance(flag, bool):
            out.append(Labelled(obj["text"], flag, None))
        else:
            raise InputError(path, 'expected "label" (a class or "clean") or "red_flag" '
                                   "(true or false)", where=f"line {n}")
    if not out:
        raise InputError(path, "holds no labelled posts")
    return out


def flag_metrics(truth: list[bool], flagged: list[bool]) -> dict[str, Any]:
    """Precision, recall and false-flag rate (share of clean posts flagged)."""
    tp = sum(t and f for t, f in zip(truth, flagged, strict=True))
    fp = sum(f and not t for t, f in zip(truth, flagged, strict=True))
    pos = sum(truth)
    neg = len(truth) - pos
    return {"n": len(truth), "red_flags": pos, "clean": neg, "flagged": tp + fp,
            "precision": round(tp / (tp + fp), 3) if tp + fp else None,
            "recall": round(tp / pos, 3) if pos else None,
            "false_flag_rate": round(fp / neg, 3) if neg else None}


def profanity_flags(texts: list[str]) -> list[bool] | None:
    """alt-profanity-check's verdicts (its default 0.5 cut), or None when not installed."""
    from assessor.classifier.baselines import profanity_baseline

    return profanity_baseline(texts)


def evaluate(items: list[Labelled], classifier: Any, *, baseline: bool = True,
             floor: float = 0.5) -> dict[str, Any]:
    """Red-flag metrics of ``classifier`` (a red flag: an unprofessional or spam label with
    confidence at least ``floor``, as reports count them), and of alt-profanity-check beside
    it when installed. Non-English posts (``unknown``) count as not flagged."""
    texts = [i.text for i in items]
    truth = [i.red_flag for i in items]
    preds = classifier.predict(texts)
    flagged = [p.label in RED_FLAG_CLASSES and p.confidence >= floor for p in preds]
    out: dict[str, Any] = {"assessor": flag_metrics(truth, flagged),
                           "unknown_language": sum(p.label == "unknown" for p in preds)}
    for cls in sorted(RED_FLAG_CLASSES):
        sub = [(i.label == cls, p.label == cls and f)
               for i, p, f in zip(items, preds, flagged, strict=True)]
        if any(t for t, _ in sub):
            out[f"recall_{cls}"] = flag_metrics([t for t, _ in sub], [f for _, f in sub])["recall"]
    prof = profanity_flags(texts) if baseline else None
    if prof is not None:
        out["alt_profanity_check"] = flag_metrics(truth, prof)
    return out


def reliability(probs: list[float], truth: list[bool], bins: int = 10) -> dict[str, Any]:
    """Reliability table and expected calibration error of red-flag probabilities."""
    table = []
    ece = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        sel = [(p, t) for p, t in zip(probs, truth, strict=True)
               if lo <= p < hi or (b == bins - 1 and p == 1.0)]
        if not sel:
            continue
        mean_p = sum(p for p, _ in sel) / len(sel)
        frac = sum(t for _, t in sel) / len(sel)
        ece += len(sel) / len(probs) * abs(mean_p - frac)
        table.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": len(sel), "mean_probability":
                      round(mean_p, 3), "share_red_flags": round(frac, 3)})
    return {"bins": table, "ece": round(ece, 4), "n": len(probs)}
