"""Write ``models/MODEL_CARD.md`` from what ``assessor train`` measured."""

from __future__ import annotations

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
    text = env.get_template("MODEL_CARD.md.j2").render(meta=meta, classes=CLASSES)
    path.write_text(text, encoding="utf-8")
    return path
