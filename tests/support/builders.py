"""Ways to vary a real assessment without running the pipeline again: red flags and evidence
built from texts, for report and view tests."""

from __future__ import annotations

import dataclasses
from typing import Any

from assessor.result import Assessment, EvidenceItem, RedFlag
from assessor.rubric import Rubric


def flag(text: str, *, category: str = "unprofessional", date: str = "2026-03-01",
         confidence: float = 0.97, url: str | None = None, words: tuple[str, ...] = (),
         explicit: bool = True) -> RedFlag:
    return RedFlag(category=category, platform="x", date=date, text=text,
                   why="An employer could read this the wrong way.", action="delete",
                   severity=2 if category == "unprofessional" else 1, post_id=f"p{hash(text)}",
                   url=url, confidence=confidence, words=words, explicit=explicit)


def with_posts(result: Assessment, texts: list[str], **changes: Any) -> Assessment:
    """``result`` whose red flags and first criterion's evidence are posts with ``texts``."""
    dim_id, dim = next(iter(result.dimensions.items()))
    crit = dataclasses.replace(dim.criteria[0], evidence=tuple(
        EvidenceItem(kind="post", text=t, platform="linkedin", date="2026-01-02",
                     post_id=f"e{i}", label="business_insight") for i, t in enumerate(texts)))
    dims = {**result.dimensions,
            dim_id: dataclasses.replace(dim, criteria=(crit, *dim.criteria[1:]))}
    changes.setdefault("red_flags", tuple(flag(t) for t in texts))
    return dataclasses.replace(result, dimensions=dims, **changes)


def rubric_with_params(role: str, signal: str, params: dict[str, Any], **top: Any) -> Rubric:
    """A shipped rubric with ``params:`` set on the criterion that reads ``signal`` (and any
    top-level keys, such as ``advice``), validated as a counselor's file would be."""
    import yaml

    from assessor.rubric import parse_rubric, rubric_dir

    data = yaml.safe_load((rubric_dir() / f"{role}.yaml").read_text(encoding="utf-8"))
    for dim in data["dimensions"].values():
        for crit in dim["criteria"]:
            if crit["signal"] == signal:
                crit["params"] = params
    data.update(top)
    return parse_rubric(yaml.safe_dump(data, sort_keys=False), f"{role}-tuned.yaml")
