"""Role rubrics: declarative YAML, validated against a schema with messages that name the key.

A rubric says, for one role, which platforms matter, how much each of the seven dimensions
weighs, which signals each dimension's criteria read and how a measured value turns into points,
which keywords and topics belong to the role, and which people in a network are relevant.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from assessor.candidate import Platform
from assessor.display import joined, noun
from assessor.errors import RubricError, UnknownRoleError, suggest
from assessor.levels import Level, level_of
from assessor.signals import SIGNALS, Params
from assessor.tuning import AdviceParams, ReachParams

DIMENSIONS: tuple[str, ...] = (
    "business_alignment",
    "network_quality",
    "professionalism",
    "engagement",
    "evidence_of_results",
    "consistency",
    "profile_completeness",
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


#: Largest weight a dimension or criterion may have (weights are relative: 1-100 is usual).
MAX_WEIGHT = 1000.0
#: Largest size of a curve value (counts, shares, days): finite, and far from overflowing.
MAX_CURVE = 1e9
#: Nodes a rubric may hold once its YAML aliases are expanded (a shipped rubric has ~700).
MAX_RUBRIC_NODES = 20_000
_CurveValue = Annotated[float, Field(allow_inf_nan=False, ge=-MAX_CURVE, le=MAX_CURVE)]


class Curve(_Strict):
    """Measured values at which a criterion is poor (0 points), fair (40), good (70) and
    excellent (100). Values in between are interpolated. Decreasing values mean lower is better
    (red flags, days since the last post)."""

    poor: _CurveValue
    fair: _CurveValue
    good: _CurveValue
    excellent: _CurveValue

    @model_validator(mode="after")
    def _monotone(self) -> Curve:
        pts = [self.poor, self.fair, self.good, self.excellent]
        up = all(a < b for a, b in zip(pts, pts[1:], strict=False))
        down = all(a > b for a, b in zip(pts, pts[1:], strict=False))
        if not (up or down):
            raise ValueError("poor, fair, good and excellent must strictly increase (higher is "
                             "better) or strictly decrease (lower is better)")
        return self

    @property
    def higher_is_better(self) -> bool:
        return self.excellent > self.poor

    def points(self, value: float) -> float:
        """0-100 points for a measured value: piecewise linear, clamped, monotone."""
        xs = [self.poor, self.fair, self.good, self.excellent]
        ys = [level.points for level in Level]
        if not self.higher_is_better:
            xs, ys = xs[::-1], ys[::-1]
        if value <= xs[0]:
            return ys[0]
        if value >= xs[-1]:
            return ys[-1]
        for (x0, y0), (x1, y1) in zip(zip(xs, ys, strict=True), zip(xs[1:], ys[1:], strict=True),
                                      strict=False):
            if x0 <= value <= x1:
                return y0 + (y1 - y0) * (value - x0) / (x1 - x0)
        return ys[-1]  # pragma: no cover

    def level(self, value: float) -> Level:
        return level_of(self.points(value))

    def next_target(self, value: float) -> float | None:
        """The next level's value above where the candidate stands (None at excellent)."""
        p = self.points(value)
        for level in (Level.FAIR, Level.GOOD, Level.EXCELLENT):
            if level.points > p + 1e-9:
                return float(getattr(self, level))
        return None


@dataclass(frozen=True)
class ParamRow:
    """One signal parameter as a rubric sets it (for ``assessor rubrics show``)."""

    name: str
    value: object
    default: object
    description: str
    overridden: bool


class Criterion(_Strict):
    signal: str
    weight: float = Field(gt=0, le=MAX_WEIGHT, allow_inf_nan=False)
    curve: Curve
    expect: str = Field(min_length=1, description="What good looks like for this role.")
    advice: str = Field(min_length=1, description="What to do when the criterion is short.")
    #: Overrides of the signal's parameters (its ``Params`` model), checked in
    #: :func:`parse_rubric` once the signal is known.
    params: dict[str, Any] = Field(default_factory=dict)


class Dimension(_Strict):
    weight: float = Field(ge=0, le=MAX_WEIGHT, allow_inf_nan=False)
    criteria: list[Criterion] = Field(min_length=1)


def _known_platform(value: str) -> str:
    if Platform.known(value) is None:
        ids = [repr(str(p)) for p in Platform.all()]
        raise PydanticCustomError("literal_error", "Input should be {expected}",
                                  {"expected": joined(ids, "or")})
    return value


#: A registered platform's id (:class:`~assessor.candidate.Platform` is the one list).
PlatformId = Annotated[str, AfterValidator(_known_platform)]


class Network(_Strict):
    relevant_titles: list[str] = Field(min_length=1)
    relevant_companies: list[str] = Field(default_factory=list)
    recruiters: list[str] = Field(default_factory=lambda: ["recruit", "talent", "hiring",
                                                           "people partner", "hr "])


class Rubric(_Strict):
    """One role's expectations."""

    role: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    description: str
    expected_platforms: list[PlatformId] = Field(min_length=1)
    keywords: list[str] = Field(min_length=3)
    topics: list[str] = Field(default_factory=list)
    network: Network
    dimensions: dict[str, Dimension]
    #: A post counts as a red flag only when the classifier is at least this sure. Posts the
    #: classifier leans red-flag on but with less confidence are listed as "worth a second
    #: look" and cost no points: a false red flag hurts a real person.
    red_flag_min_confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    advice: AdviceParams = AdviceParams()
    reach: ReachParams = ReachParams()

    @field_validator("dimensions")
    @classmethod
    def _all_seven(cls, v: dict[str, Dimension]) -> dict[str, Dimension]:
        unknown = sorted(set(v) - set(DIMENSIONS))
        if unknown:
            raise ValueError(f"unknown dimension {unknown[0]!r}; expected {', '.join(DIMENSIONS)}")
        missing = [d for d in DIMENSIONS if d not in v]
        if missing:
            raise ValueError(f"missing {noun(len(missing), 'dimension')} {', '.join(missing)}: "
                             "all seven are needed "
                             "(a weight of 0 is allowed)")
        if sum(d.weight for d in v.values()) <= 0:
            raise ValueError("the dimension weights add up to 0; at least one must be above 0")
        return {k: v[k] for k in DIMENSIONS}

    @property
    def all_terms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*self.keywords, *self.topics]))

    @cached_property
    def params_by_signal(self) -> dict[str, Params]:
        """Each signal the rubric reads, with its parameters (validated once, on first use)."""
        out: dict[str, Params] = {}
        for dim in self.dimensions.values():
            for crit in dim.criteria:
                if crit.signal not in out:
                    out[crit.signal] = SIGNALS[crit.signal].params.model_validate(crit.params)
        return out

    def parameter_rows(self, criterion: Criterion) -> list[ParamRow]:
        """Every parameter of the criterion's signal: value, default, whether this rubric set it."""
        values = self.signal_params(criterion.signal)
        return [ParamRow(name, getattr(values, name), f.default, f.description or "",
                         name in criterion.params)
                for name, f in type(values).model_fields.items()]

    def signal_params(self, name: str) -> Params:
        """The signal's parameters: its defaults, with this rubric's ``params:`` over them."""
        return self.params_by_signal.get(name) or SIGNALS[name].params()


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_rubric(text: str, source: str) -> Rubric:
    """Validate rubric YAML text. Errors name ``source``, the key path and, when known, the line."""
    try:
        _check_size(text, source)
        data = yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader (libyaml if present)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise RubricError(source, f"line {mark.line + 1 if mark else '?'}: not valid YAML "
                          f"({exc.problem})") from None
    except yaml.YAMLError as exc:
        raise RubricError(source, f"not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise RubricError(source, "expected a mapping with role, title, dimensions, ...")
    try:
        rubric = Rubric.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = [str(p) for p in err["loc"]]
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        line = _line_of(_compose(text), err["loc"])
        where = f" (line {line})" if line else ""
        raise RubricError(source, f"{'.'.join(loc) or '(top)'}: {msg}{where}") from None
    params_by_signal: dict[str, Params] = {}
    for dim_id, dim in rubric.dimensions.items():
        for i, crit in enumerate(dim.criteria):
            at = ("dimensions", dim_id, "criteria", i)
            if crit.signal not in SIGNALS:
                raise _error(source, text, (*at, "signal"), f"unknown signal {crit.signal!r}; "
                             f"known signals: {', '.join(sorted(SIGNALS))}")
            params = _check_params(crit, source, text, at)
            if params_by_signal.setdefault(crit.signal, params) != params:
                raise _error(source, text, (*at, "params"), f"signal {crit.signal!r} is read by "
                             "another criterion with different params; one signal is measured "
                             "once, so give both the same params")
    return rubric


def _error(source: str, text: str, path: tuple[str | int, ...], problem: str) -> RubricError:
    line = _line_of(_compose(text), path)
    return RubricError(source, f"{'.'.join(map(str, path))}: {problem}"
                       + (f" (line {line})" if line else ""))


def _check_params(crit: Criterion, source: str, text: str, at: tuple[str | int, ...]) -> Params:
    """The criterion's ``params:`` validated by its signal's parameter model."""
    model = SIGNALS[crit.signal].params
    try:
        return model.model_validate(crit.params)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        if err["type"] == "extra_forbidden":
            known = ", ".join(model.model_fields)
            msg = (f"unknown parameter of signal {crit.signal!r}; its parameters: {known}"
                   if known else f"unknown parameter: signal {crit.signal!r} takes none")
        else:
            msg = err["msg"].removeprefix("Value error, ")
        raise _error(source, text, (*at, "params", *loc), msg) from None


def _check_size(text: str, source: str) -> None:
    """Refuse YAML whose aliases expand it past :data:`MAX_RUBRIC_NODES` nodes.

    An alias (``*name``) repeats an anchored node without copying its text, so a few KB can
    stand for millions of nodes, each validated and scored. The events are counted without
    building anything.
    """
    sizes: dict[str, int] = {}
    stack: list[list[Any]] = [[None, 0]]   # [anchor, nodes so far] per open collection
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, yaml.CollectionStartEvent):
            stack.append([event.anchor, 1])
            continue
        if isinstance(event, yaml.CollectionEndEvent):
            anchor, n = stack.pop()
        elif isinstance(event, yaml.ScalarEvent):
            anchor, n = event.anchor, 1
        elif isinstance(event, yaml.AliasEvent):
            anchor, n = None, sizes.get(event.anchor or "", 1)
        else:
            continue
        if anchor:
            sizes[anchor] = n
        stack[-1][1] += n
        if stack[-1][1] > MAX_RUBRIC_NODES:
            mark = event.start_mark
            line = f"line {mark.line + 1}: " if mark is not None else ""
            raise RubricError(source, f"{line}the rubric expands to more than "
                              f"{MAX_RUBRIC_NODES:,} values once its YAML aliases (*name) are "
                              "repeated; write the criteria out, or use fewer aliases")


def _compose(text: str) -> yaml.Node | None:
    """The YAML node tree, composed only when an error needs a line number."""
    try:
        return yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError:
        return None


def _line_of(node: yaml.Node | None, loc: tuple[Any, ...] | list[Any]) -> int | None:
    """The 1-based line of a key path in the composed YAML, as far as it can be followed."""
    line = None
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == str(key):
                    line, node = k.start_mark.line + 1, v
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(
                node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def rubric_dir() -> Path:
    return Path(str(resources.files("assessor.rubrics")))


def available_roles() -> list[str]:
    return sorted(p.stem for p in rubric_dir().glob("*.yaml"))


def rubric_path(role_or_path: str | Path) -> tuple[Path, bool]:
    """Where the rubric for a role id or a YAML path is: ``(path, given as a file)``.

    The one resolver: a ``.yaml``/``.yml`` name or an existing file is a rubric file; anything
    else is a role id under :func:`rubric_dir`. The path may not exist.
    """
    candidate = Path(role_or_path)
    if candidate.suffix.lower() in (".yaml", ".yml") or candidate.is_file():
        return candidate, True
    return rubric_dir() / f"{role_or_path}.yaml", False


def load_rubric(role_or_path: str | Path) -> Rubric:
    """A rubric by role id (``software-engineer``) or by path to a YAML file.

    Raises
    ------
    RubricError
        Unknown role (the message lists the available ones) or an invalid file.
    """
    path, as_file = rubric_path(role_or_path)
    if as_file:
        if not path.is_file():
            raise RubricError(path, "no such rubric file")
        return _load_file(str(path.resolve()))
    role = str(role_or_path)
    if not path.is_file():
        roles = available_roles()
        hint = suggest(role, roles, cutoff=0.5)
        raise UnknownRoleError(None, f"unknown role {role!r}.{hint} Available roles: "
                               f"{', '.join(roles)}. A counselor can copy one of "
                               "rubrics/*.yaml and pass its path")
    return _load_file(str(path))


@cache
def _load_file(path: str) -> Rubric:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise RubricError(path, f"cannot be read ({exc})") from None
    return parse_rubric(text, path)
