"""The closed scales a result is read on: a criterion's :class:`Level`, the overall :class:`Band`.

Each scale and its cut-offs live here once; scoring, the report and the class summary read
them from here.
"""

from __future__ import annotations

from enum import StrEnum


class Level(StrEnum):
    """Where a criterion stands on its curve, from poor to excellent."""

    POOR = "poor"
    FAIR = "fair"
    GOOD = "good"
    EXCELLENT = "excellent"

    @property
    def points(self) -> float:
        """Points a criterion earns at this level (0-100)."""
        return LEVEL_POINTS[self]


#: Points a criterion earns at each level of its curve.
LEVEL_POINTS: dict[Level, float] = {Level.POOR: 0.0, Level.FAIR: 40.0, Level.GOOD: 70.0,
                                    Level.EXCELLENT: 100.0}


def level_of(points: float) -> Level:
    """The one score-to-level mapping: the highest level whose points ``points`` reaches."""
    for level in reversed(Level):
        if points >= level.points:
            return level
    return Level.POOR


class Band(StrEnum):
    """The overall readiness band, best first."""

    READY = "ready"
    NEARLY_READY = "nearly_ready"
    DEVELOPING = "developing"
    NOT_YET = "not_yet"

    @property
    def floor(self) -> float:
        """The lowest overall score in this band."""
        return _FLOORS[self]

    @property
    def label(self) -> str:
        """The band as a person reads it: ``"Nearly ready"``."""
        return self.value.replace("_", " ").capitalize()


_FLOORS = {Band.READY: 75.0, Band.NEARLY_READY: 60.0, Band.DEVELOPING: 40.0, Band.NOT_YET: 0.0}


def band_of(score: float) -> Band:
    """The band an overall score of 0-100 falls in."""
    for band in Band:
        if score >= band.floor:
            return band
    return Band.NOT_YET
