"""Classifier inference speed on one core: posts per second, median of several runs.

Run: .venv/bin/python bench/classifier_bench.py [--posts 20000] [--runs 5]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def main() -> None:
    from assessor.classifier import load_classifier
    from assessor.classifier.corpus import load_corpus
    from assessor.classifier.model import default_model_path

    ap = argparse.ArgumentParser()
    ap.add_argument("--posts", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with contextlib.suppress(AttributeError, OSError):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    clf = load_classifier()
    texts = [e.text for e in load_corpus(default_model_path().parent / "corpus" / "posts.jsonl")]
    short = [t for t in texts if len(t.split()) <= 60]
    batch = (short * (args.posts // len(short) + 1))[: args.posts]
    clf.predict(batch[:500])
    full, model_only = [], []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        clf.predict(batch)
        full.append(time.perf_counter() - t0)
        from assessor.classifier.model import normalise
        t0 = time.perf_counter()
        clf.pipeline.predict_proba([normalise(t) for t in batch])
        model_only.append(time.perf_counter() - t0)
    words = statistics.median(len(t.split()) for t in batch)
    print(f"classifier: {args.posts:,} short posts (median {words:.0f} words), {args.runs} runs, "
          "one core")
    print(f"  with language gate: median {args.posts / statistics.median(full):,.0f} posts/s "
          f"(min {args.posts / max(full):,.0f}, max {args.posts / min(full):,.0f})")
    print(f"  pipeline only:      median {args.posts / statistics.median(model_only):,.0f} posts/s")
    folder = default_model_path().parent
    sizes = {p.name: p.stat().st_size for p in sorted(folder.glob("*"))
             if p.suffix in (".skops", ".npz")}
    print("  model files: " + ", ".join(f"{k} {v / 1024:,.0f} KB" for k, v in sizes.items())
          + f"; total {sum(sizes.values()) / 1024 / 1024:.1f} MB")


if __name__ == "__main__":
    main()
