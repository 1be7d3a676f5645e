"""Batch progress in a log (stdout not a terminal): about one line a tenth, and every failure."""

from __future__ import annotations

import io

from assessor.batch.progress import LogProgress, RichProgress, progress_for


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def run(total: int, seconds_each: float, failed: frozenset[int] = frozenset()) -> list[str]:
    clock, out = Clock(), io.StringIO()
    progress = LogProgress(out, clock=clock)
    progress.phase("Assessing", total)
    for i in range(1, total + 1):
        clock.now += seconds_each
        progress.advance(f"S{i:03}", "failed" if i in failed else "ok",
                         "no such folder" if i in failed else "61 (developing), 0.4s")
    progress.close()
    return out.getvalue().splitlines()


def test_a_slow_pass_prints_one_line_a_tenth():
    lines = run(200, 2.0)
    assert lines[0] == "Assessing: 200 students"
    assert len(lines) == 11
    assert lines[1] == "[ 20/200] Assessing: 10%, about 360s left"
    assert lines[-1] == "[200/200] Assessing: 100%"


def test_a_fast_pass_prints_at_most_one_line_in_ten_seconds_and_always_the_end():
    lines = run(1000, 0.01)  # 10 s in all
    assert lines == ["Assessing: 1000 students", "[1000/1000] Assessing: 100%"]


def test_every_failure_has_its_own_line():
    lines = run(50, 0.01, failed=frozenset({7, 31}))
    assert lines == [
        "Assessing: 50 students",
        "[ 7/50] Assessing S007: failed no such folder",
        "[31/50] Assessing S031: failed no such folder",
        "[50/50] Assessing: 100%, 2 failed",
    ]


def test_a_terminal_gets_the_bar_and_a_pipe_gets_log_lines():
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert isinstance(progress_for(Tty()), RichProgress)
    assert isinstance(progress_for(io.StringIO()), LogProgress)
