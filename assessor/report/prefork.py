"""A PDF renderer started before the assessment, so WeasyPrint loads while the assessment runs.

``assessor assess --pdf`` in a fresh process spends about a third of its time importing
WeasyPrint (Pango through cffi) and another third assessing, one after the other. On a machine
with a free core the two can overlap: :meth:`PdfWorker.start` forks a child that imports
WeasyPrint and compiles the report's templates at once, then waits for the assessment on a
pipe; the parent assesses and hands the result over with :meth:`PdfWorker.write`. The child
writes the PDF atomically and answers ``ok`` or the error.

Anything unusual means no worker, never a failure: where ``fork`` is missing or unsafe (not
Linux), when the fork fails, or when the child reports an error, :meth:`write` returns False and
the caller renders in its own process as before, so every error still reaches the user the
usual way.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from assessor.forking import read_all, write_all

if TYPE_CHECKING:  # pragma: no cover
    from assessor.result import Assessment


class PdfWorker:
    """A forked child that renders one report's HTML to a PDF file (see the module's doc)."""

    def __init__(self, pid: int, to_child: int, from_child: int) -> None:
        self.pid = pid
        self._to_child = to_child
        self._from_child = from_child
        self._done = False

    @classmethod
    def start(cls) -> PdfWorker | None:
        """Fork the renderer; None where forking is not available or fails."""
        if sys.platform != "linux" or not hasattr(os, "fork"):
            return None
        try:
            html_r, html_w = os.pipe()
            res_r, res_w = os.pipe()
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
        except OSError:
            return None
        if pid == 0:  # pragma: no cover - the child; exercised by the CLI tests
            os.close(html_w)
            os.close(res_r)
            cls._child(html_r, res_w)
        os.close(html_r)
        os.close(res_w)
        return cls(pid, html_w, res_r)

    @staticmethod
    def _child(html_r: int, res_w: int) -> None:  # pragma: no cover - runs in the child
        status = 0
        try:
            from assessor.report.render import environment, load_weasyprint, write_pdf
            from assessor.result import Assessment

            load_weasyprint()
            env = environment()
            for name in env.list_templates():
                if not name.startswith("summary"):
                    env.get_template(name)
            request = read_all(html_r)
            if request:
                job = json.loads(request)
                previous = job["previous"]
                write_pdf(Assessment.from_dict(job["result"]), Path(job["path"]),
                          audience=job["audience"], paper=job["paper"],
                          history=None if previous is None else Assessment.from_dict(previous))
                write_all(res_w, b"ok")
        except BaseException as exc:  # reported to the parent, which renders itself
            with contextlib.suppress(OSError):
                write_all(res_w, f"{type(exc).__name__}: {exc}".encode())
            status = 1
        finally:
            os._exit(status)

    def write(self, path: str | Path, result: Assessment, *, audience: str, paper: str,
              history: Assessment | None = None) -> bool:
        """Have the child write the report of ``result`` at ``path`` (the arguments are
        those of :func:`assessor.report.write_pdf`); True when it did."""
        self.send(path, result, audience=audience, paper=paper, history=history)
        return self.wait()

    def send(self, path: str | Path, result: Assessment, *, audience: str, paper: str,
             history: Assessment | None = None) -> None:
        """Hand the job of :meth:`write` to the child and return at once; :meth:`wait` says
        whether the PDF was written. The caller may do other work in between."""
        if self._done or self._to_child < 0:
            return
        job = {"path": str(path), "result": result.to_dict(), "audience": audience,
               "paper": paper, "previous": None if history is None else history.to_dict()}
        with contextlib.suppress(OSError):  # the child is gone: wait() reports False
            write_all(self._to_child, json.dumps(job).encode())
        with contextlib.suppress(OSError):
            os.close(self._to_child)
        self._to_child = -1

    def wait(self) -> bool:
        """Wait for the job handed over by :meth:`send`; True when the child wrote the PDF."""
        if self._done:
            return False
        try:
            answer = read_all(self._from_child)
        except OSError:
            answer = b""
        self.close()
        return answer == b"ok"

    def close(self) -> None:
        """Stop the child if it is still waiting, and reap it."""
        if self._done:
            return
        self._done = True
        for fd in (self._to_child, self._from_child):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._to_child = self._from_child = -1
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(self.pid, 0)
