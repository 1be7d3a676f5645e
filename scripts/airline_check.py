"""Red flags on real tweets that nobody on this project wrote: the Twitter US Airline Sentiment
tweets, with red-flag labels kept in ``models/corpus/airline/labels.jsonl``.

The tweets are not in this repository (their licence, CC BY-NC-SA 4.0, does not fit ours), so
the labels are keyed by the SHA-256 of each tweet's text. Download ``Tweets.csv`` (Figure Eight's
"Data for Everyone" release, also on Kaggle as crowdflower/twitter-airline-sentiment) and run

    python scripts/airline_check.py --tweets Tweets.csv [--model DIR]

Which tweets were labelled: every tweet the detector at commit 1a63466 flagged (stratum
``flagged``) and 400 drawn at random from the rest (stratum ``sample``). Precision, recall and
false flags are estimated over all tweets by weighting each labelled tweet by its stratum's
size, so any model can be measured on the same labels (``models/corpus/airline/README.md``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "models" / "corpus" / "airline" / "labels.jsonl"


def is_red(row: dict, which: str) -> bool:
    """The label's verdict: ``first`` or ``second`` labelling pass, or ``both`` (a red flag
    only when both passes say so)."""
    first, second = row["label"] != "clean", row["label_b"] != "clean"
    return {"first": first, "second": second, "both": first and second}[which]


def estimate(flagged: dict[str, bool], labels: list[dict], weights: dict[str, float],
             which: str = "first", sure_only: bool = False) -> dict[str, float]:
    tp = fp = fn = tn = 0.0
    for row in labels:
        if sure_only and (row["unsure"] or row["unsure_b"]):
            continue
        w = weights[row["stratum"]]
        red, flag = is_red(row, which), flagged[row["sha256"]]
        if flag and red:
            tp += w
        elif flag:
            fp += w
        elif red:
            fn += w
        else:
            tn += w
    return {"precision": tp / max(tp + fp, 1e-9), "recall": tp / max(tp + fn, 1e-9),
            "false_flags": fp / max(fp + tn, 1e-9), "flagged": tp + fp, "red": tp + fn}


def main() -> None:
    from assessor.classifier import load_classifier
    from assessor.classifier.labels import RED_FLAG_CLASSES
    from assessor.classifier.model import default_model_path

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tweets", type=Path, required=True, help="Tweets.csv")
    ap.add_argument("--model", type=Path, help="a model folder (default: the shipped model)")
    args = ap.parse_args()
    texts = pd.read_csv(args.tweets)["text"].drop_duplicates().tolist()
    by_sha = {hashlib.sha256(t.encode("utf-8")).hexdigest(): t for t in texts}
    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]
    missing = [r for r in labels if r["sha256"] not in by_sha]
    if missing:
        raise SystemExit(f"{args.tweets}: {len(missing)} labelled tweets are not in this file; "
                         "expected the 14,640-row Tweets.csv of Twitter US Airline Sentiment")
    strata = {s: sum(r["stratum"] == s for r in labels) for s in ("flagged", "sample")}
    weights = {"flagged": 1.0, "sample": (len(texts) - strata["flagged"]) / strata["sample"]}
    path = (args.model / "post-classifier.skops") if args.model else default_model_path()
    clf = load_classifier(path)
    preds = clf.predict([by_sha[r["sha256"]] for r in labels])
    flagged = {r["sha256"]: p.label in RED_FLAG_CLASSES for r, p in zip(labels, preds,
                                                                      strict=True)}
    print(f"{len(texts):,} distinct tweets; {strata['flagged']} flagged by 1a63466 and "
          f"{strata['sample']} of the rest labelled")
    # How the estimate is made up. A sample tweet stands for about 35 unlabelled ones, so one
    # clean sample tweet flagged moves the estimated false flags by about .0025: differences
    # between two models smaller than that are one tweet either way, not a measured change.
    for s in ("flagged", "sample"):
        rows = [r for r in labels if r["stratum"] == s]
        fp = sum(flagged[r["sha256"]] and not is_red(r, "first") for r in rows)
        tp = sum(flagged[r["sha256"]] and is_red(r, "first") for r in rows)
        print(f"stratum {s} ({len(rows)} tweets, each counted {weights[s]:.1f} times): "
              f"flagged {fp} clean and {tp} red (first pass)")
    agree = sum(is_red(r, "first") == is_red(r, "second") for r in labels) / len(labels)
    print(f"the two labelling passes agree on {agree:.1%} of the labelled tweets")
    for name, which, sure in (("first pass", "first", False), ("second pass", "second", False),
                              ("red when both passes say so", "both", False),
                              ("tweets neither pass marked unsure", "first", True)):
        e = estimate(flagged, labels, weights, which, sure)
        print(f"{name}: precision {e['precision']:.3f}  recall {e['recall']:.3f}  "
              f"false flags {e['false_flags']:.4f}  (about {e['flagged']:.0f} tweets "
              f"flagged, {e['red']:.0f} red flags)")


if __name__ == "__main__":
    main()
