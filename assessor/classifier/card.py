"""Write ``models/MODEL_CARD.md`` from what ``assessor train`` measured."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from assessor.classifier.labels import CLASSES


def write_card(meta: dict[str, Any], path: Path) -> Path:
    env = Environment(loader=PackageLoader("assessor.classifier", "."),
                      undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["pct"] = lambda v: f"{v:.3f}"
    env.globals["fmt"] = lambda v: "n/a" if v is None else f"{v:.3f}"
    sections = [("Cross-validation of the topic model alone (training batches, its own "
                 "thresholds)", meta["cv"])]
    if meta.get("held_out"):
        sections.append(("Held-out batch (topic model and red-flag detector together)",
                         meta["held_out"]))
    sections += [(f"Another held-out batch, `{name}` (evaluation only, see "
                  "`models/corpus/eval/README.md`; topic model and red-flag detector together)",
                  scores)
                 for name, scores in meta.get("eval_batches", {}).items()]
    text = env.get_template("MODEL_CARD.md.j2").render(meta=meta, classes=CLASSES,
                                                       metric_sections=sections,
                                                       previous=previous_model())
    path.write_text(text, encoding="utf-8")
    return path


PREVIOUS = Path(__file__).resolve().parents[2] / "models/corpus/eval/previous-model.json"


def previous_model(path: Path = PREVIOUS) -> dict[str, Any] | None:
    """The replaced model's red-flag figures on the same sets (``scripts/compare_models.py``)."""
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
