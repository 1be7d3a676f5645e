"""The project's own error types.

Every error a user can cause is an :class:`AssessorError`. The CLI turns it into one line,
``Error: <message>``, and exit code 1 or 2; it never shows a traceback for a user's mistake.
"""

from __future__ import annotations

from pathlib import Path


class AssessorError(Exception):
    """Base class for every error the project raises on purpose."""

    exit_code = 1


class InputError(AssessorError):
    """A file the user gave us is damaged, unrecognised or of the wrong shape.

    Parameters
    ----------
    path
        The file (or folder) at fault, as the user would recognise it.
    problem
        What is wrong and what was expected, in plain words.
    where
        Optional location inside the file: ``"row 12"``, ``"line 3"``, ``"key tweet.created_at"``.
    """

    exit_code = 2

    def __init__(self, path: str | Path, problem: str, where: str | None = None) -> None:
        self.path = str(path)
        self.problem = problem
        self.where = where
        super().__init__(self.__str__())

    def __str__(self) -> str:
        loc = f" ({self.where})" if self.where else ""
        return f"{self.path}{loc}: {self.problem}"

    def __reduce__(self):  # keep the error picklable across process pools
        return (type(self), (self.path, self.problem, self.where))


class RubricError(AssessorError):
    """A rubric file is invalid; the message names the file and the key path."""


class UnknownRoleError(RubricError):
    """A role id that has no rubric: a usage error (exit 2), with the closest role named."""

    exit_code = 2


class ModelError(AssessorError):
    """The classifier model is missing, foreign or tampered with."""


class HistoryError(AssessorError):
    """The history file cannot be opened, read or upgraded."""
