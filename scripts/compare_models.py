"""Red flags of two models side by side on the same validation sets (for the model card's
"Compared with the previous model" section).

Run once per model, each in the checkout it belongs to (the previous model needs its own code),
always with *this* file's evaluation logic and data:

    git worktree add --detach /tmp/base 75ef5d1
    PYTHONPATH=/tmp/base python scripts/compare_models.py run \
        /tmp/base/models/post-classifier.skops old.json
    python scripts/compare_models.py run models/post-classifier.skops new.json
    python scripts/compare_models.py table old.json new.json

Sets (named as ``assessor train`` names them): each real source's validation part (all posts for
the validation-only sources), the held-out batch i and every evaluation-only file in
``models/corpus/eval`` (the typo set, the second held-out batch). Only files from this checkout
are read. The previous model's figures are kept in ``models/corpus/eval/previous-model.json``,
which the model card shows beside the new model's.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# as in redflag_training.VALIDATION_ONLY (a test keeps the two equal)
VALIDATION_ONLY = ("hatecheck", "jigsaw", "youtube-spam")


def _evaluation() -> Any:
    """This checkout's evaluation module, whatever ``assessor`` package is on the path."""
    spec = importlib.util.spec_from_file_location(
        "_evaluation", ROOT / "assessor" / "classifier" / "evaluation.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["_evaluation"] = module
    spec.loader.exec_module(module)
    return module


def _sets(ev: Any) -> list[tuple[str, list[Any]]]:
    sets: list[tuple[str, list[Any]]] = []
    for path in sorted((ROOT / "models" / "corpus" / "real").glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()]
        whole = path.stem in VALIDATION_ONLY
        items = [ev.Labelled(r["text"], r["label"] in ("unprofessional", "spam"), r["label"])
                 for r in rows if whole or r["split"] == "validation"]
        sets.append((path.stem, items))
    sets.append(("batch i (invented, held out)", ev.read_labelled(
        ROOT / "models" / "corpus" / "batches" / "batch-i.jsonl")))
    for path in sorted((ROOT / "models" / "corpus" / "eval").glob("*.jsonl")):
        sets.append((path.stem, ev.read_labelled(path)))
    return sets


def run(model: Path, out: Path) -> None:
    from assessor.classifier import load_classifier

    ev = _evaluation()
    classifier = load_classifier(model)
    result: dict[str, Any] = {}
    for name, items in _sets(ev):
        m = ev.evaluate(items, classifier, baseline=False)
        result[name] = m
        a = m["assessor"]
        print(f"{name}: P {a['precision']} R {a['recall']} FF {a['false_flag_rate']}")
    out.write_text(json.dumps(result, indent=1), encoding="utf-8")


def table(old: Path, new: Path) -> None:
    a = json.loads(old.read_text(encoding="utf-8"))
    b = json.loads(new.read_text(encoding="utf-8"))

    def f(v: float | None) -> str:
        return "n/a" if v is None else f"{v:.3f}"

    print("| data | posts | red flags | previous precision | recall | false flags "
          "| new precision | recall | false flags |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name in a:
        x, y = a[name]["assessor"], b[name]["assessor"]
        print(f"| {name} | {x['n']} | {x['red_flags']} | {f(x['precision'])} | "
              f"{f(x['recall'])} | {f(x['false_flag_rate'])} | {f(y['precision'])} | "
              f"{f(y['recall'])} | {f(y['false_flag_rate'])} |")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "run":
        run(Path(sys.argv[2]), Path(sys.argv[3]))
    elif len(sys.argv) == 4 and sys.argv[1] == "table":
        table(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        sys.exit(__doc__)
