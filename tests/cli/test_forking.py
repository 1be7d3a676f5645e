"""Half the work in a forked child: the same answer as one pass, whatever the child does."""

from __future__ import annotations

import os

import pytest

from assessor import forking
from assessor.forking import in_halves

pytestmark = pytest.mark.skipif(not forking.can_split(), reason="needs Linux and two cores")


def squares(items: list[int]) -> tuple[list[int], list[int]]:
    """Each item's square, and the process that computed it."""
    return [i * i for i in items], [os.getpid()] * len(items)


def test_the_second_half_is_computed_in_a_child_and_joined_in_order():
    values, pids = in_halves(squares, range(10), split_from=4)
    assert values == [i * i for i in range(10)]
    assert pids[:5] == [os.getpid()] * 5
    assert len(set(pids[5:])) == 1 and pids[5] != os.getpid()


def test_few_items_or_one_core_means_no_child(monkeypatch):
    assert set(in_halves(squares, range(10), split_from=11)[1]) == {os.getpid()}
    monkeypatch.setattr(forking, "can_split", lambda: False)
    assert set(in_halves(squares, range(10), split_from=2)[1]) == {os.getpid()}


def test_a_child_that_fails_leaves_the_half_to_this_process():
    parent = os.getpid()

    def fails_in_child(items: list[int]) -> tuple[list[int], list[int]]:
        if os.getpid() != parent:
            raise RuntimeError("only in the child")
        return squares(items)

    values, pids = in_halves(fails_in_child, range(10), split_from=4)
    assert values == [i * i for i in range(10)] and set(pids) == {parent}


def test_a_child_killed_midway_leaves_the_half_to_this_process():
    parent = os.getpid()

    def dies_in_child(items: list[int]) -> tuple[list[int], list[int]]:
        if os.getpid() != parent:
            os.kill(os.getpid(), 9)
        return squares(items)

    assert in_halves(dies_in_child, range(6), split_from=2)[0] == [i * i for i in range(6)]


def test_an_error_here_is_raised_and_the_child_is_reaped(monkeypatch):
    parent = os.getpid()
    children = []
    start = forking._start
    monkeypatch.setattr(forking, "_start", lambda *a: children.append(c := start(*a)) or c)

    def fails_here(items: list[int]) -> tuple[list[int], list[int]]:
        if os.getpid() == parent:
            raise ValueError("a bad post")
        return squares(items)

    with pytest.raises(ValueError, match="a bad post"):
        in_halves(fails_here, range(6), split_from=2)
    (pid, _), = children
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # already reaped: no zombie left behind


def test_an_assessment_split_across_a_child_is_the_same(monkeypatch):
    """What `assessor assess` runs for a large export, on Jordan Blake (red flags, reasons)."""
    from support import AS_OF, example_assessment, example_candidate

    from assessor import assess

    monkeypatch.setattr(forking, "SPLIT_FROM", 2)
    forked = []
    start = forking._start
    monkeypatch.setattr(forking, "_start", lambda *a: forked.append(1) or start(*a))
    split = assess(example_candidate("jordan-blake"), "social-media-manager", as_of=AS_OF,
                   split=True)
    assert forked == [1]
    assert split == example_assessment("jordan-blake", "social-media-manager")
    assert split.red_flags
