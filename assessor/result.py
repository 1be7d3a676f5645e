"""The assessment result: frozen dataclasses, with a JSON form published as a JSON Schema.

The JSON form carries everything the report needs, so ``assessor report RESULT.json`` can
re-render a report without the candidate's files.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, is_dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from assessor.levels import Band


def _plain(value: Any) -> Any:
    """``dataclasses.asdict`` for these frozen results, without its deep copy of every leaf:
    dataclasses, dicts, lists and tuples are rebuilt as ``asdict`` rebuilds them (a dict
    subclass as a plain dict); every other value is shared, not copied. The results hold only
    strings, numbers, booleans, None and enums there, so ``to_dict`` is a copy all the same."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a named tuple
        return type(value)(*[_plain(v) for v in value])
    if isinstance(value, list | tuple):
        return type(value)(_plain(v) for v in value)
    return value


#: 2 added data_completeness and each dimension's and criterion's ``measured``; results
#: written with 1 are still read (a missing ``measured`` means measured).
SCHEMA_VERSION = 2

@dataclass(frozen=True)
class EvidenceItem:
    kind: str
    text: str
    platform: str | None = None
    date: str | None = None
    post_id: str | None = None
    url: str | None = None
    label: str | None = None


@dataclass(frozen=True)
class CriterionResult:
    signal: str
    description: str
    value: float
    display: str
    detail: str
    score: float          # 0-100 on the criterion's curve
    level: str            # a Level (poor ... excellent), or "not measured"
    points: float         # points earned toward the dimension's 100
    max_points: float
    expect: str
    evidence: tuple[EvidenceItem, ...] = ()
    measured: bool = True  # False: the data was not there; no points, out of the mean


@dataclass(frozen=True)
class DimensionResult:
    id: str
    score: float
    weight: float
    criteria: tuple[CriterionResult, ...]
    measured: bool = True  # False when none of its criteria could be measured


@dataclass(frozen=True)
class SourceStatus:
    """How well one export found in the candidate folder was read.

    ``status`` is ``read``, ``partly read`` or ``unreadable``; ``file`` is relative to the
    candidate folder; ``reason`` and ``action`` are in words for the person (None when read).
    """

    platform: str | None
    file: str
    status: str
    reason: str | None = None
    action: str | None = None


@dataclass(frozen=True)
class DataCompleteness:
    """What the assessment rests on: ``level`` is complete, partial or insufficient."""

    level: str
    summary: str
    sources: tuple[SourceStatus, ...]
    basis: str = ""            # "based on 5 of 7 dimensions ..."
    measured_dimensions: int = 7
    total_dimensions: int = 7

    @property
    def problems(self) -> tuple[SourceStatus, ...]:
        return tuple(s for s in self.sources if s.status != "read")


@dataclass(frozen=True)
class RedFlag:
    category: str
    platform: str
    date: str
    text: str
    why: str
    action: str
    severity: int
    post_id: str
    url: str | None = None
    confidence: float = 0.0
    #: The words the classifier's decision rests on most, as written in the post.
    words: tuple[str, ...] = ()
    #: Whether the post holds a swear word, an insult, a slur or a masked word (an insult denied
    #: in its clause, "not stupid", does not count: ``lexicon.explicit``). Results saved
    #: before this was recorded read as True, so their flags keep the wording they had.
    explicit: bool = True

    def order(self) -> tuple[int, float, str]:
        """The one order red flags are listed in: most severe, then most confident, then oldest."""
        return (-self.severity, -self.confidence, self.date)


@dataclass(frozen=True)
class Recommendation:
    dimension: str
    signal: str
    action: str
    gain: float
    current: str
    target: str


@dataclass(frozen=True)
class Vanity:
    followers: int
    likes: int
    reach_score: int
    sentence: str
    connections: int = 0   # LinkedIn connections counted where there is no follower count
    basis: str = ""        # "from 46 LinkedIn connections", "from 1,400 followers on X"


@dataclass(frozen=True)
class SourceSummary:
    platform: str
    path: str
    counts: dict[str, int | None]
    first_post: str | None
    last_post: str | None


@dataclass(frozen=True)
class JobMatch:
    path: str
    terms: tuple[str, ...]
    covered: tuple[str, ...]
    missing: tuple[str, ...]


@dataclass(frozen=True)
class Assessment:
    """One candidate scored against one role on one date."""

    candidate_name: str
    candidate_id: str
    role: str
    role_title: str
    as_of: str
    overall: float
    band: Band
    dimensions: dict[str, DimensionResult]
    red_flags: tuple[RedFlag, ...]
    recommendations: tuple[Recommendation, ...]
    vanity: Vanity
    sources: tuple[SourceSummary, ...]
    classifier: dict[str, Any]
    label_counts: dict[str, int]
    warnings: tuple[str, ...] = ()
    second_look: tuple[RedFlag, ...] = ()
    job: JobMatch | None = None
    cohort: dict[str, Any] | None = None
    data_completeness: DataCompleteness | None = None
    schema_version: int = SCHEMA_VERSION
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def band_label(self) -> str:
        return self.band.label

    def to_dict(self) -> dict[str, Any]:
        d = _plain(self)
        out: dict[str, Any] = {
            "schema_version": d.pop("schema_version"),
            "candidate": {"name": d.pop("candidate_name"), "id": d.pop("candidate_id")},
        }
        out.update(d)
        return out

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Assessment:
        d = dict(d)
        cand = d.pop("candidate")
        dims = {
            k: DimensionResult(
                id=v["id"], score=v["score"], weight=v["weight"],
                measured=v.get("measured", True),
                criteria=tuple(CriterionResult(**{**c, "evidence": tuple(
                    EvidenceItem(**e) for e in c["evidence"])}) for c in v["criteria"]))
            for k, v in d.pop("dimensions").items()}
        job = d.pop("job", None)
        dc = d.pop("data_completeness", None)
        return cls(
            candidate_name=cand["name"], candidate_id=cand["id"], dimensions=dims,
            band=Band(d.pop("band")),
            red_flags=tuple(_red_flag(r) for r in d.pop("red_flags")),
            second_look=tuple(_red_flag(r) for r in d.pop("second_look", ())),
            recommendations=tuple(Recommendation(**r) for r in d.pop("recommendations")),
            vanity=Vanity(**d.pop("vanity")),
            sources=tuple(SourceSummary(**s) for s in d.pop("sources")),
            job=JobMatch(path=job["path"], terms=tuple(job["terms"]),
                         covered=tuple(job["covered"]), missing=tuple(job["missing"]))
            if job else None,
            warnings=tuple(d.pop("warnings", ())),
            data_completeness=DataCompleteness(**{
                **dc, "sources": tuple(SourceStatus(**s) for s in dc["sources"])})
            if dc else None,
            **d,
        )


def schema() -> dict[str, Any]:
    """The published JSON Schema of a result (``assessor/schema/assessment.schema.json``)."""
    text = resources.files("assessor").joinpath("schema/assessment.schema.json").read_text(
        encoding="utf-8")
    published: dict[str, Any] = json.loads(text)
    return published


def validate(data: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` if ``data`` does not match the published schema."""
    import jsonschema

    jsonschema.validate(data, schema())


def read_result(path: str | Path) -> Assessment:
    """Read a result written by ``assessor assess --json``, checked against the schema.

    Raises
    ------
    InputError
        Naming the file, when it is missing, not JSON, or not an assessor result.
    """
    import jsonschema

    from assessor.errors import InputError

    path = Path(path)
    expected = "expected a JSON result written by `assessor assess --json`"
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(path, f"no such file; {expected}") from None
    except IsADirectoryError:
        raise InputError(path, f"is a folder; {expected}") from None
    except UnicodeDecodeError:
        raise InputError(path, f"is not UTF-8 text; {expected}") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"is not valid JSON ({exc.msg}); {expected}",
                         f"line {exc.lineno}, column {exc.colno}") from None
    except (ValueError, RecursionError) as exc:  # a 5,000-digit number; 100,000 nested [
        why = "nested too deeply" if isinstance(exc, RecursionError) else str(exc).split(";")[0]
        raise InputError(path, f"is not an assessor result ({why}); {expected}") from None
    if isinstance(data, dict) and isinstance(data.get("schema_version"), int) \
            and data["schema_version"] > SCHEMA_VERSION:
        raise InputError(path, f"was written by a newer assessor (result schema "
                               f"{data['schema_version']}; this one reads {SCHEMA_VERSION})")
    try:
        validate(data)
    except jsonschema.ValidationError as exc:
        where = "key " + ".".join(map(str, exc.absolute_path)) if exc.absolute_path else None
        raise InputError(path, f"is not an assessor result: {exc.message}", where) from None
    return Assessment.from_dict(data)


def _red_flag(d: dict[str, Any]) -> RedFlag:
    return RedFlag(**{**d, "words": tuple(d.get("words", ()))})
