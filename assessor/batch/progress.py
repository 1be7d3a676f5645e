"""How a batch shows its progress: a rich progress bar with an ETA on a terminal, a few plain
log lines otherwise (a CI log, a redirected file, a cron job)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Protocol

from assessor.display import noun

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Console
    from rich.progress import TaskID


class BatchProgress(Protocol):
    """What :func:`assessor.batch.run_batch` reports as it goes."""

    def note(self, message: str) -> None:
        """A line of information (workers started, a cluster found)."""

    def phase(self, name: str, total: int, *, skipped: int = 0) -> None:
        """A pass starts: ``total`` students to do, ``skipped`` already done."""

    def advance(self, student_id: str, status: str, detail: str) -> None:
        """One student is done: ``status`` is ok, failed or unchanged."""

    def close(self) -> None:
        """The batch is over (or interrupted): release the terminal."""


class SilentProgress:
    def note(self, message: str) -> None:
        pass

    def phase(self, name: str, total: int, *, skipped: int = 0) -> None:
        pass

    def advance(self, student_id: str, status: str, detail: str) -> None:
        pass

    def close(self) -> None:
        pass


class LogProgress:
    """Plain lines for a log: about one per tenth of a pass, and every failure.

    ``[ 40/200] Assessing: 20%, 1 failed, about 52s left``. A line for a tenth waits until
    ``every`` seconds have passed since the last one, so a fast batch does not flood the log;
    the pass's last student always gets its line, and a failed student always gets one
    (``[ 12/200] Assessing S012: failed <why>``).
    """

    def __init__(self, stream: IO[str] | None = None, *, every: float = 10.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream or sys.stderr
        self.every, self.clock = every, clock
        self.name, self.total, self.done, self.failed = "", 0, 0, 0
        self.start = self.last = clock()
        self.tenth = 0

    def _print(self, text: str) -> None:
        print(text, file=self.stream, flush=True)

    def note(self, message: str) -> None:
        self._print(message)

    def phase(self, name: str, total: int, *, skipped: int = 0) -> None:
        self.name, self.total, self.done, self.failed, self.tenth = name, total, 0, 0, 0
        self.start = self.last = self.clock()
        extra = f" ({skipped} up to date)" if skipped else ""
        self._print(f"{name}: {total} {noun(total, 'student')}{extra}")

    def advance(self, student_id: str, status: str, detail: str) -> None:
        self.done += 1
        count = f"[{self.done:>{len(str(self.total))}}/{self.total}]"
        if status == "failed":
            self.failed += 1
            self._print(f"{count} {self.name} {student_id}: failed"
                        + (f" {detail}" if detail else ""))
        tenth = self.done * 10 // max(self.total, 1)
        now = self.clock()
        last = self.done >= self.total
        if tenth > self.tenth and (last or now - self.last >= self.every):
            self.tenth, self.last = tenth, now
            line = f"{count} {self.name}: {self.done * 100 // max(self.total, 1)}%"
            if self.failed:
                line += f", {self.failed} failed"
            if not last:
                left = (now - self.start) / self.done * (self.total - self.done)
                line += f", about {left:.0f}s left"
            self._print(line)

    def close(self) -> None:
        pass


class RichProgress:
    """A progress bar per pass, with counts, elapsed time and an ETA; failures are printed
    above the bar as they happen."""

    def __init__(self, console: Console | None = None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.console = console or Console(stderr=True)
        self.progress = Progress(TextColumn("{task.description}"), BarColumn(),
                                 MofNCompleteColumn(), TimeElapsedColumn(),
                                 TextColumn("ETA"), TimeRemainingColumn(),
                                 console=self.console, transient=False)
        self.task: TaskID | None = None
        self.started = False

    def note(self, message: str) -> None:
        self.console.print(message, highlight=False, markup=False)

    def phase(self, name: str, total: int, *, skipped: int = 0) -> None:
        if not self.started:
            self.progress.start()
            self.started = True
        if self.task is not None:
            self.progress.update(self.task, visible=True)
        label = f"{name}" + (f" ({skipped} up to date)" if skipped else "")
        self.task = self.progress.add_task(label, total=total)

    def advance(self, student_id: str, status: str, detail: str) -> None:
        if status == "failed":
            from rich.markup import escape

            self.progress.console.print(f"[red]failed[/red] {escape(student_id)}: "
                                        f"{escape(detail)}", highlight=False)
        if self.task is not None:
            self.progress.advance(self.task)

    def close(self) -> None:
        if self.started:
            self.progress.stop()
            self.started = False


def progress_for(stream: IO[str] | None = None) -> BatchProgress:
    """A rich bar when ``stream`` (default stderr) is a terminal, log lines otherwise."""
    stream = stream or sys.stderr
    if getattr(stream, "isatty", lambda: False)():
        return RichProgress()
    return LogProgress(stream)
