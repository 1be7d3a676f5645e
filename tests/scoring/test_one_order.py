"""The score-to-level mapping and the red-flag order each live once and are used everywhere."""
from assessor.levels import LEVEL_POINTS, level_of
from assessor.result import RedFlag
from assessor.rubric import Curve


def test_level_of_is_the_curves_level_at_each_boundary() -> None:
    curve = Curve(poor=0, fair=10, good=20, excellent=30)
    for value, want in [(0, "poor"), (9.9, "poor"), (10, "fair"), (19.9, "fair"), (20, "good"),
                        (29.9, "good"), (30, "excellent"), (99, "excellent")]:
        assert curve.level(value) == want
        assert level_of(curve.points(value)) == want
    assert [level_of(p) for p in LEVEL_POINTS.values()] == list(LEVEL_POINTS)
    assert level_of(LEVEL_POINTS["good"] - 0.01) == "fair"


def _flag(severity: int, confidence: float, date: str) -> RedFlag:
    return RedFlag(category="c", platform="x", date=date, text="t", why="w", action="a",
                   severity=severity, post_id=f"{severity}{confidence}{date}",
                   confidence=confidence)


def test_red_flags_order_most_severe_then_most_confident_then_oldest() -> None:
    a, b, c, d = (_flag(2, 0.7, "2024-01-01"), _flag(1, 0.9, "2023-01-01"),
                  _flag(1, 0.9, "2024-06-01"), _flag(1, 0.5, "2020-01-01"))
    assert sorted([d, c, b, a], key=RedFlag.order) == [a, b, c, d]
