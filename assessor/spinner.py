"""A spinner on stderr for steps that take more than a second (``assess --pdf``).

Kept apart from :mod:`assessor.console` so that output meant for a pipe (``--json -``) does not
load rich: rich is imported only when stderr is a terminal.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def working(message: str) -> Iterator[Callable[[str], None]]:
    """A spinner on stderr while something slow runs; silent when stderr is not a terminal
    (pipes, logs, tests). Yields a function that changes the message."""
    if not sys.stderr.isatty():
        yield lambda _message: None
        return
    from rich.console import Console

    with Console(stderr=True).status(message) as status:
        yield lambda m: status.update(m)
