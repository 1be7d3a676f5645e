"""Assess a whole class roster: one PDF per student, results tables and a class summary.

::

    from assessor.batch import read_roster, run_batch

    result = run_batch(read_roster("roster.csv", role="software-engineer"), "out/")

The stages, one module each: :mod:`~assessor.batch.roster` checks the roster,
:mod:`~assessor.batch.run` drives the two passes, :mod:`~assessor.batch.pool` runs the work
(:mod:`~assessor.batch.preload` warms the workers), :mod:`~assessor.batch.work` assesses and
renders one student, :mod:`~assessor.batch.state` keeps the journal and the resume state,
:mod:`~assessor.batch.results` writes the tables and the summary, and
:mod:`~assessor.batch.progress` reports as it goes.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from assessor.batch.roster import Roster, Student, read_roster
    from assessor.batch.run import BatchResult, Failure, run_batch

__all__ = ["BatchResult", "Failure", "Roster", "Student", "read_roster", "run_batch"]

# Loaded on first use, so importing one stage (the roster check, the progress printer) does
# not load the whole batch stack (pool, rubric, signals, classifier).
_HOME = {"Roster": "roster", "Student": "roster", "read_roster": "roster",
         "BatchResult": "run", "Failure": "run", "run_batch": "run"}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_HOME[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
