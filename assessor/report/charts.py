"""Chart geometry for the report: plain numbers that ``charts.svg`` draws as inline SVG.

No plotting library and no markup here: each function turns scores into coordinates, and the
template decides how they look. Every chart labels its values in text, and tells the candidate's
shape from the expectation by pattern and line style as well as colour, so it reads in greyscale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


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
