"""The ``assessor`` command. Each command parses options, calls one library function, prints.

Heavy libraries (pandas, scikit-learn, weasyprint) are imported inside the commands that need
them, so ``assessor --help`` stays fast.
"""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from assessor import __version__
from assessor.errors import AssessorError

app = typer.Typer(
    name="assessor",
    help="How ready is a social-media presence for a specific role? Reads a person's own data "
         "exports, scores them against a role rubric and writes an evidence-based report. "
         "For self-assessment and counseling, not for employer screening decisions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

F = TypeVar("F", bound=Callable[..., Any])


def _err(message: str) -> None:
    typer.echo(f"Error: {message}", err=True)


def handle_errors(func: F) -> F:
    """Map the project's errors to one line and an exit code; never a traceback for user input.

    AssessorError: its message, exit 1 (2 for unusable input). Ctrl-C: 130. Anything else: a
    short message, with the traceback written to a log file for a bug report.
    """
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except AssessorError as exc:
            _err(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            _err("interrupted")
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort):
            raise
        except BrokenPipeError:
            raise typer.Exit(0) from None
        except Exception as exc:  # noqa: BLE001 - last line of defence, logged in full
            log = _write_crash_log()
            _err(f"unexpected internal error ({type(exc).__name__}: {exc}). This is a bug in "
                 f"assessor, not in your files; details were written to {log}")
            raise typer.Exit(3) from None
    return wrapper  # type: ignore[return-value]


def _write_crash_log() -> str:
    import tempfile
    fd, name = tempfile.mkstemp(prefix="assessor-crash-", suffix=".log")
    with open(fd, "w", encoding="utf-8") as fh:
        fh.write(traceback.format_exc())
    return name


def _version(value: bool) -> None:
    if value:
        typer.echo(f"assessor {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """assessor: readiness, not reach."""


@app.command()
@handle_errors
def inspect(
    path: Annotated[Path, typer.Argument(help="A candidate folder, or a single export "
                                              "(zip, tar.gz, folder or file).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document to stdout.")]
    = False,
) -> None:
    """Show what was read from each source: counts, date ranges and warnings."""
    from assessor.ingest import load_candidate
    from assessor.inspection import describe

    report = describe(load_candidate(path))
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
        return
    from assessor.console import print_inspection
    print_inspection(report)


def main() -> None:
    """Entry point for the ``assessor`` script."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
