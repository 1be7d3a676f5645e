"""Advice from where the person is now: each step says the current state and the next one.

Pure wording and grouping for :func:`assessor.scoring.recommend`; no scoring here. Each signal
declares its own words and kind with ``@signal``.
"""

from __future__ import annotations

import math
import re

from assessor.signals import SHARE, SIGNALS


def kind_of(signal: str) -> str:
    """The action's kind (as the signal declares it); a signal with none is a kind of its own."""
    return SIGNALS[signal].kind or signal


#: "[one|many]" in a signal's ``state``: the words for a count of one, and for any other count.
_NUMBER = re.compile(r"\[([^|\]]*)\|([^\]]*)\]")


def agree(text: str, count: float) -> str:
    """``text`` with each "[one|many]" choice made for ``count``: "you have 1 recommendation",
    "you have 2 recommendations", "1 of your posts reads as a red flag"."""
    return _NUMBER.sub(lambda m: m.group(1) if count == 1 else m.group(2), text)


def where_you_are(signal: str, display: str, value: float, target: str,
                  target_value: float) -> str:
    """"You have 3 projects; 2 more reach the next level (5)." - the state and the next step."""
    sig = SIGNALS[signal]
    state = agree(sig.state.format(d=display, n=f"{value:g}"), value)
    state = state[0].upper() + state[1:]
    if sig.unit.adds and target_value > value:
        more = target_value - value
        return f"{state}; {more:g} more reach{'es' if more == 1 else ''} the next level."
    if signal == "red_flags":
        return f"{state}."
    of = re.fullmatch(r"(\d+) of (\d+)", display)
    if of and sig.unit is SHARE:  # "3 of 6" -> "the next level is 5 of 6"
        whole = int(of.group(2))
        target = f"{math.ceil(target_value * whole - 1e-9)} of {whole}"
    return f"{state}; the next level is {target}."
