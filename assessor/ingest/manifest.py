"""``candidate.yaml``: who the candidate is, plus facts no export carries.

Example::

    name: Amara Okafor
    student_id: S-2025-014
    target_role: social-media-manager
    headline: Social media coordinator in the making
    links: [https://amara-portfolio.example]
    followers: {tiktok: 5300}
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assessor.errors import InputError


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str | None = None
    student_id: str | None = None
    target_role: str | None = None
    headline: str | None = None
    links: list[str] = Field(default_factory=list)
    followers: dict[str, int] = Field(default_factory=dict)
    notes: str | None = None

    @field_validator("student_id", mode="before")
    @classmethod
    def _id_as_text(cls, v: object) -> object:
        return str(v) if isinstance(v, int) and not isinstance(v, bool) else v

    @field_validator("followers", mode="before")
    @classmethod
    def _no_booleans(cls, v: object) -> object:
        if isinstance(v, dict):
            for k, n in v.items():
                if isinstance(n, bool):  # YAML's yes/no/true would otherwise count as 1 or 0
                    raise ValueError(f"followers.{k} must be a whole number")
        return v

    @field_validator("followers")
    @classmethod
    def _non_negative(cls, v: dict[str, int]) -> dict[str, int]:
        for k, n in v.items():
            if n < 0:
                raise ValueError(f"followers.{k} must be 0 or more")
            if n > 10**12:
                raise ValueError(f"followers.{k} is larger than any real audience")
        return v


def read(path: Path) -> Manifest:
    """Parse and validate a manifest; errors name the file and the key or line."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = f"line {mark.line + 1}" if mark is not None else None
        raise InputError(path, f"is not valid YAML ({exc.problem})", where=line) from None
    except (yaml.YAMLError, UnicodeDecodeError, OSError) as exc:
        raise InputError(path, f"could not be read as YAML ({exc})") from None
    except RecursionError:
        raise InputError(path, "is nested too deeply to be a candidate manifest") from None
    if data is None:
        return Manifest()
    if not isinstance(data, dict):
        raise InputError(path, "expected a mapping of keys such as name, student_id, target_role")
    try:
        return Manifest.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "(top)"
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = ("unknown key; expected one of name, student_id, target_role, headline, "
                   "links, followers, notes")
        raise InputError(path, msg, where=f"key {key}") from None
