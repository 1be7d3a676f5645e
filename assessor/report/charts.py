"""Chart geometry for the report: plain numbers that ``charts.svg`` draws as inline SVG.

No plotting library and no markup here: each function turns scores into coordinates, and the
template decides how they look. Every chart labels its values in text, and tells the candidate's
shape from the expectation by pattern and line style as well as colour, so it reads in greyscale.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class RadarAxis:
    label: str
    score: float
    x: float      # end of the axis (100 points)
    y: float
    px: float     # the candidate's score on this axis
    py: float
    lx: float     # where the label goes
    ly: float
    anchor: str   # SVG text-anchor for the label


@dataclass(frozen=True)
class Radar:
    width: float
    height: float
    cx: float
    cy: float
    radius: float
    axes: tuple[RadarAxis, ...]
    rings: tuple[tuple[int, str], ...]   # (level, polygon points) for 25/50/75/100
    shape: str                           # the candidate's polygon
    expect: str                          # the expectation's polygon
    expect_level: float


@dataclass(frozen=True)
class Bar:
    label: str
    score: float
    y: float
    width: float
    hatched: bool     # under the expectation (or the lesser series): drawn hatched, not solid


@dataclass(frozen=True)
class BarChart:
    width: float
    height: float
    left: float        # x where bars start (labels sit to the left)
    scale: float       # pixels per point
    bar_height: float
    bars: tuple[Bar, ...]
    expect: float | None
    expect_x: float | None
    ticks: tuple[tuple[int, float], ...]


def _polygon(points: Sequence[tuple[float, float]]) -> str:
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in points)


def radar(scores: Sequence[tuple[str, float]], *, expect: float = 70.0,
          size: float = 300.0) -> Radar:
    """Geometry of a radar chart with one axis per dimension, 0 at the centre, 100 at the rim.

    Parameters
    ----------
    scores
        ``(label, score)`` pairs in the order the axes go round, clockwise from the top.
    expect
        The expectation drawn as a second, dashed polygon (the rubric's 'good' level).
    size
        Height of the drawing; the width adds room for the labels on both sides.

    Returns
    -------
    Radar
    """
    n = len(scores)
    pad_x, pad_y = 120.0, 30.0
    radius = size / 2 - pad_y
    width = size + 2 * (pad_x - pad_y)
    cx, cy = width / 2, size / 2

    def at(i: int, value: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * i / n
        r = radius * max(0.0, min(value, 100.0)) / 100
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    axes = []
    for i, (label, score) in enumerate(scores):
        x, y = at(i, 100)
        px, py = at(i, score)
        lx, ly = at(i, 112)
        dx = lx - cx
        anchor = "middle" if abs(dx) < 1 else ("start" if dx > 0 else "end")
        ly += 4 if abs(dx) >= 1 else (-2 if ly < cy else 10)
        axes.append(RadarAxis(label, score, x, y, px, py, lx, ly, anchor))
    rings = tuple((level, _polygon([at(i, level) for i in range(n)]))
                  for level in (25, 50, 75, 100))
    return Radar(width=width, height=size, cx=cx, cy=cy, radius=radius, axes=tuple(axes),
                 rings=rings, shape=_polygon([(a.px, a.py) for a in axes]),
                 expect=_polygon([at(i, expect) for i in range(n)]), expect_level=expect)


def bar_chart(scores: Sequence[tuple[str, float]], *, expect: float | None = 70.0,
              width: float = 460.0, bar_height: float = 16.0, gap: float = 10.0,
              left: float = 130.0, hatched: Sequence[bool] | None = None) -> BarChart:
    """Geometry of horizontal bars (0-100) with a marker at the expectation.

    Parameters
    ----------
    scores
        ``(label, score)`` pairs, top to bottom.
    expect
        Where the dashed expectation line is drawn; None for no line.
    width, bar_height, gap, left
        Drawing size, bar thickness, space between bars, room for the labels.
    hatched
        Which bars are hatched; by default those below ``expect``.

    Returns
    -------
    BarChart
    """
    right_pad = 34.0
    scale = (width - left - right_pad) / 100
    top = 8.0
    if hatched is None:
        hatched = [expect is not None and score < expect for _, score in scores]
    bars = tuple(Bar(label, score, top + i * (bar_height + gap),
                     max(0.0, min(score, 100.0)) * scale, hatch)
                 for i, ((label, score), hatch) in enumerate(zip(scores, hatched, strict=True)))
    height = top + len(bars) * (bar_height + gap) + 22
    ticks = tuple((t, left + t * scale) for t in (0, 25, 50, 75, 100))
    return BarChart(width=width, height=height, left=left, scale=scale, bar_height=bar_height,
                    bars=bars, expect=expect,
                    expect_x=None if expect is None else left + expect * scale, ticks=ticks)
