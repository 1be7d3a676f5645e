"""Half the work in a forked child (`assess` and `classify` on a large export): the same answer
as one pass, whatever the child does."""

from __future__ import annotations

import os
import sys
import time
import warnings

import pytest
from support import AS_OF, EXAMPLES, example_assessment, example_candidate
from typer.testing import CliRunner

from assessor import forking
from assessor.cli import app
from assessor.forking import in_halves

needs_two_cores = pytest.mark.skipif(not forking.can_split(), reason="needs Linux, two cores")
runner = CliRunner()


def squares(items: list[int]) -> tuple[list[int], list[int]]:
    """Each item's square, and the process that computed it."""
    return [i * i for i in items], [os.getpid()] * len(items)


@pytest.fixture
def forks(monkeypatch):
    """The children forked by in_halves, as (pid, pipe)."""
    started: list[tuple[int, int] | None] = []
    start = forking._start
    monkeypatch.setattr(forking, "_start", lambda *a: started.append(c := start(*a)) or c)
    return started


@needs_two_cores
def test_the_second_half_is_computed_in_a_child_and_joined_in_order(forks):
    values, pids = in_halves(squares, range(10), split_from=4)
    assert values == [i * i for i in range(10)]
    assert pids[:5] == [os.getpid()] * 5
    assert len(set(pids[5:])) == 1 and pids[5] != os.getpid()
    assert len(forks) == 1


def test_few_items_or_one_core_means_no_child(monkeypatch, forks):
    assert set(in_halves(squares, range(10), split_from=11)[1]) == {os.getpid()}
    monkeypatch.setattr(forking, "can_split", lambda: False)
    assert set(in_halves(squares, range(10), split_from=2)[1]) == {os.getpid()}
    assert forks == []


@needs_two_cores
def test_a_child_that_fails_leaves_the_half_to_this_process():
    parent = os.getpid()

    def fails_in_child(items: list[int]) -> tuple[list[int], list[int]]:
        if os.getpid() != parent:
            raise RuntimeError("only in the child")
        return squares(items)

    values, pids = in_halves(fails_in_child, range(10), split_from=4)
    assert values == [i * i for i in range(10)] and set(pids) == {parent}


@needs_two_cores
def test_a_child_killed_midway_leaves_the_half_to_this_process():
    parent = os.getpid()

    def dies_in_child(items: list[int]) -> tuple[list[int], list[int]]:
        if os.getpid() != parent:
            os.kill(os.getpid(), 9)
        return squares(items)

    assert in_halves(dies_in_child, range(6), split_from=2)[0] == [i * i for i in range(6)]


@needs_two_cores
def test_a_cut_off_answer_leaves_the_half_to_this_process(monkeypatch):
    # The child writes half its answer and exits as if all went well.
    monkeypatch.setattr(forking, "write_all", lambda fd, data: os.write(fd, data[:len(data) // 2]))
    values, pids = in_halves(squares, range(6), split_from=2)
    assert values == [i * i for i in range(6)] and set(pids) == {os.getpid()}


@needs_two_cores
def test_a_hung_child_is_killed_and_its_half_done_here(monkeypatch, forks):
    monkeypatch.setattr(forking, "PATIENCE_FLOOR", 0.5)
    parent = os.getpid()

    def hangs_in_child(items: list[int]) -> tuple[list[int], list[int]]:
        if os.getpid() != parent:
            time.sleep(120)
        return squares(items)

    t0 = time.monotonic()
    values, pids = in_halves(hangs_in_child, range(6), split_from=2)
    assert time.monotonic() - t0 < 10
    assert values == [i * i for i in range(6)] and set(pids) == {parent}
    (pid, _), = forks
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # killed and reaped: no zombie left behind


@needs_two_cores
def test_an_error_here_is_raised_and_the_running_child_killed(forks):
    parent = os.getpid()

    def fails_here(items: list[int]) -> tuple[list[int], list[int]]:
        if os.getpid() == parent:
            raise ValueError("a bad post")
        time.sleep(120)  # still running when the error comes
        return squares(items)

    t0 = time.monotonic()
    with pytest.raises(ValueError, match="a bad post"):
        in_halves(fails_here, range(6), split_from=2)
    assert time.monotonic() - t0 < 10
    (pid, _), = forks
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


@needs_two_cores
def test_the_child_says_nothing(capfd):
    def noisy(items: list[int]) -> tuple[list[int], list[int]]:
        print("printed", file=sys.stderr)
        warnings.warn("a warning", UserWarning, stacklevel=1)
        return squares(items)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert in_halves(noisy, range(6), split_from=2)[0] == [i * i for i in range(6)]
    err = capfd.readouterr().err
    assert err.count("printed") == 1  # this process's half only


@needs_two_cores
def test_an_assessment_split_across_a_child_is_the_same(monkeypatch, forks):
    """What `assessor assess` runs for a large export, on Jordan Blake (red flags, reasons)."""
    from assessor import assess

    monkeypatch.setattr(forking, "SPLIT_FROM", 2)
    split = assess(example_candidate("jordan-blake"), "social-media-manager", as_of=AS_OF,
                   split=True)
    assert len(forks) == 1
    assert split == example_assessment("jordan-blake", "social-media-manager")
    assert split.red_flags


@needs_two_cores
@pytest.mark.parametrize("pdf", [False, True])
def test_assess_splits_unless_the_pdf_worker_has_the_second_core(tmp_path, monkeypatch, forks,
                                                                pdf):
    monkeypatch.setattr(forking, "SPLIT_FROM", 2)
    args = ["assess", str(EXAMPLES / "jordan-blake"), "--role", "social-media-manager",
            "--as-of", AS_OF.isoformat(), "--no-history", "--json", str(tmp_path / "r.json")]
    res = runner.invoke(app, args + (["--pdf", str(tmp_path / "r.pdf")] if pdf else []))
    assert res.exit_code == 0, res.output
    assert len(forks) == (0 if pdf else 1)


@needs_two_cores
def test_classify_jsonl_splits(tmp_path, monkeypatch, forks):
    monkeypatch.setattr(forking, "SPLIT_FROM", 2)
    posts = tmp_path / "posts.txt"
    posts.write_text("Team lunch at the office, tacos!\nthis client is a f***ing idiot\n"
                     "Shipped the onboarding flow; sign-ups rose 12%.\n", encoding="utf-8")
    res = runner.invoke(app, ["classify", str(posts), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    assert len(forks) == 1 and len(res.stdout.splitlines()) == 3
