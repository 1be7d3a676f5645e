"""Merge the corpus batches (models/corpus/batches/*.jsonl) into models/corpus/posts.jsonl.

Batches are written separately, by different hands; batch ``i`` is the held-out test set
(never trained or tuned on); the typo set in models/corpus/eval is evaluation only.
"""

import json
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent / "models" / "corpus"
out = []
for path in sorted((root / "batches").glob("batch-*.jsonl")):
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                sys.exit(f"{path}: line {n}: {exc.msg}")
(root / "posts.jsonl").write_text(
    "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
print(f"{len(out)} posts -> {root / 'posts.jsonl'}")
