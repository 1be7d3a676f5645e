"""The project's own error types, all in this one module.

Every error a user can cause is an :class:`AssessorError`, built from the same three parts:

- ``subject``: what is at fault, as the user would recognise it (a file, an option such as
  ``--audience``); None when the message stands on its own;
- ``problem``: what is wrong and what was expected, in plain words;
- ``where``: optionally, the place inside the subject (``"row 12"``, ``"line 3"``).

:func:`format_error` makes the one line the CLI prints as ``Error: <message>`` with exit code
1, or 2 for unusable input; a user's mistake never shows a traceback. Errors stay picklable,
so a batch worker process can hand one back to the parent.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from assessor.display import joined

#: Problems a :class:`RosterError` lists in one message; a roster with more is usually a wrong
#: file altogether.
MAX_PROBLEMS = 20

E = TypeVar("E", bound=StrEnum)


def format_error(subject: str | None, problem: str, where: str | None = None) -> str:
    """``"roster.csv (row 3): no such folder"``: the one shape of every error message."""
    if not subject:
        return problem
    loc = f" ({where})" if where else ""
    return f"{subject}{loc}: {problem}"


class AssessorError(Exception):
    """Base class for every error the project raises on purpose.

    Parameters
    ----------
    subject
        The file, option or thing at fault, as the user would recognise it (None: none).
    problem
        What is wrong and what was expected, in plain words.
    where
        Optional location inside the subject: ``"row 12"``, ``"line 3"``.
    """

    exit_code = 1

    def __init__(self, subject: str | Path | None, problem: str,
                 where: str | None = None) -> None:
        self.subject = None if subject is None else str(subject)
        self.problem = problem
        self.where = where
        super().__init__(format_error(self.subject, problem, where))

    def __str__(self) -> str:
        return format_error(self.subject, self.problem, self.where)

    def __reduce__(self) -> tuple[Any, ...]:  # picklable across process pools
        return (type(self), (self.subject, self.problem, self.where))


class InputError(AssessorError):
    """A file or option the user gave us is damaged, unrecognised or of the wrong shape."""

    exit_code = 2

    def __init__(self, path: str | Path, problem: str, where: str | None = None) -> None:
        super().__init__(path, problem, where)

    @property
    def path(self) -> str:
        """The file (or option) at fault."""
        return self.subject or ""


class RosterError(InputError):
    """A roster that cannot be used, with every problem found and the row it is on.

    Parameters
    ----------
    path
        The roster file.
    problems
        ``(row, message)`` pairs; ``row`` is None for a problem with the whole file.
    """

    def __init__(self, path: str | Path, problems: Iterable[tuple[int | None, str]]) -> None:
        self.problems = tuple(problems)
        lines = [f"row {row}: {msg}" if row is not None else msg for row, msg in self.problems]
        if len(lines) == 1:
            super().__init__(path, lines[0])
        else:
            shown = lines[:MAX_PROBLEMS]
            more = len(lines) - len(shown)
            text = f"{len(lines)} problems:\n" + "\n".join(f"  {line}" for line in shown)
            if more:
                text += f"\n  ... and {more} more"
            super().__init__(path, text)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.subject, list(self.problems)))


class RubricError(AssessorError):
    """A rubric (or the job vocabulary beside it) is invalid: the file, then the key path."""


class UnknownRoleError(RubricError):
    """A role id that has no rubric: a usage error (exit 2), with the closest role named."""

    exit_code = 2


class ModelError(AssessorError):
    """The classifier model is missing, foreign or tampered with."""


class HistoryError(AssessorError):
    """The history file cannot be opened, read or upgraded."""


class BatchError(AssessorError):
    """A batch cannot start: its output folder is taken or unusable, or Dask is unreachable."""


def suggest(value: str, options: Iterable[str], cutoff: float = 0.6) -> str:
    """``" Did you mean 'counselor'?"`` for a near miss among ``options``, else ``""``."""
    close = difflib.get_close_matches(value.lower(), list(options), n=1, cutoff=cutoff)
    return f" Did you mean {close[0]!r}?" if close else ""


def choose(kind: type[E], value: str, what: str) -> E:
    """``value`` as a member of the closed set ``kind``, or an :class:`InputError` naming it.

    ``what`` is how the user gave the value (``"--audience"``, ``"audience"``); the message
    lists every allowed value and suggests the closest:
    ``--audience: got 'conselor'; expected student or counselor. Did you mean 'counselor'?``
    """
    if isinstance(value, kind):
        return value
    try:
        return kind(value)
    except ValueError:
        allowed = [str(m) for m in kind]
        expected = joined(allowed, "or")
        hint = suggest(str(value), allowed)
        raise InputError(what, f"got {value!r}; expected {expected}"
                               + (f".{hint}" if hint else "")) from None
