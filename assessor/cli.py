"""The ``assessor`` command. Each command parses options, calls one library function, prints.

Heavy libraries (pandas, scikit-learn, weasyprint) are imported inside the commands that need
them, so ``assessor --help`` stays fast.
"""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Callable
from datetime import date
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
    # Plain help text: rich-formatted help costs ~0.2 s of imports on every `--help`.
    rich_markup_mode=None,
)

F = TypeVar("F", bound=Callable[..., Any])


def _err(message: str) -> None:
    from assessor.display import printable

    typer.echo(f"Error: {printable(message)}", err=True)


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


def command(name: str | None = None, *, group: typer.Typer = app,
            **settings: Any) -> Callable[[F], F]:
    """Register a command on ``group`` (default the top level), its errors mapped by
    :func:`handle_errors`: ``Error: <message>`` and the error's exit code."""
    def register(func: F) -> F:
        wrapped = handle_errors(func)
        group.command(name, **settings)(wrapped)
        return wrapped
    return register


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


# Options several commands share, declared once.
AUDIENCE_HELP = "student, or counselor (adds a notes box, every signal and the cohort " \
                "percentile)."
REDACT_HELP = ("Replace third parties' names (connections, recommenders, endorsers, people "
               "mentioned in posts) with initials and mask @handles in the reports and JSON. "
               "E-mail addresses and phone numbers are always removed.")
AudienceOption = Annotated[str, typer.Option(help=AUDIENCE_HELP)]
PaperOption = Annotated[str, typer.Option(help="a4 or letter.")]
HistoryOption = Annotated[Path | None, typer.Option(help="History file (default: "
                                                         "history.sqlite3 in your user data "
                                                         "folder).")]
AsOfOption = Annotated[str | None, typer.Option(help="Assessment date, YYYY-MM-DD (default "
                                                     "today).")]
RedactOption = Annotated[bool, typer.Option("--redact", help=REDACT_HELP)]
ModelOption = Annotated[Path | None, typer.Option(help="A model file made by `assessor "
                                                       "train`.")]


@command()
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


@command()
def train(
    corpus: Annotated[Path | None, typer.Option(help="Labelled corpus (JSON lines). "
                                                     "Default: models/corpus/posts.jsonl.")] = None,
    out: Annotated[Path | None, typer.Option(help="Folder for the model and its card. "
                                                  "Default: ./out/model.")] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Write into the shipped models/ "
                                                            "folder, replacing the model "
                                                            "assess uses.")] = False,
    seed: Annotated[int, typer.Option(help="Random seed; the same seed gives the same model.")]
    = 13,
) -> None:
    """Train the post classifier and red-flag detector, report their metrics, write the card."""
    from assessor.classifier.model import default_model_path
    from assessor.classifier.training import train as run_training
    from assessor.errors import InputError

    models_dir = default_model_path().parent
    if replace and out is not None:
        raise InputError("--out", "give either --out DIR or --replace, not both")
    target = models_dir if replace else (out or Path("out") / "model")
    eval_dir = models_dir / "corpus" / "eval"
    result = run_training(corpus or models_dir / "corpus" / "posts.jsonl", target,
                          seed=seed, log=lambda m: typer.echo(m, err=False),
                          real_dir=models_dir / "corpus" / "real",
                          eval_files=tuple(sorted(eval_dir.glob("*.jsonl"))))
    from assessor.console import print_training

    print_training(result.meta)
    typer.echo(f"model: {result.model_path}\ncard:  {result.card_path}")
    if not replace:
        typer.echo("The shipped model is unchanged; `assessor train --replace` replaces it.")


@command()
def evaluate(
    data: Annotated[Path, typer.Argument(metavar="DATA.jsonl",
                                         help="Labelled posts: JSON lines with text and "
                                              "label (a class or clean) or red_flag.")],
    model: ModelOption = None,
    floor: Annotated[float, typer.Option(help="Lowest confidence that counts as a red flag "
                                              "(reports use the rubric's, 0.5).")] = 0.5,
) -> None:
    """Precision, recall and false-flag rate of red flags on a labelled file."""
    from assessor.classifier import load_classifier
    from assessor.classifier.evaluation import evaluate as run_evaluation
    from assessor.classifier.evaluation import read_labelled
    from assessor.console import print_evaluation

    items = read_labelled(data)
    result = run_evaluation(items, load_classifier(model), floor=floor)
    print_evaluation(str(data), result)


@command()
def classify(
    input_path: Annotated[str, typer.Argument(metavar="INPUT",
                                              help="A .jsonl file (objects with text and an "
                                                   "optional id), a .txt file (one post per "
                                                   "line), or - for JSON lines on stdin.")],
    fmt: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
    model: ModelOption = None,
) -> None:
    """Classify posts: business insight, networking, ..., red flags, or unknown language."""
    from assessor.classifier import RED_FLAG_CLASSES, load_classifier
    from assessor.classifier.inputs import read_items
    from assessor.errors import InputError

    if fmt not in ("table", "jsonl"):
        raise InputError("--format", f"got {fmt!r}; expected table or jsonl")
    if input_path == "-":
        items, empty = read_items(sys.stdin, "<stdin>", jsonl=True)
    else:
        path = Path(input_path)
        if not path.is_file():
            raise InputError(path, "no such file; expected a .jsonl or .txt file, or -")
        try:
            with open(path, encoding="utf-8-sig") as fh:
                items, empty = read_items(fh, str(path), jsonl=path.suffix.lower() != ".txt")
        except UnicodeDecodeError:
            raise InputError(path, "is not UTF-8 text") from None
    classifier = load_classifier(model)
    if fmt == "jsonl":
        # a red flag says what it rests on: the words and whether any is a swear word, an
        # insult, a slur or a masked word
        predictions, reasons = classifier.predict_explained([i.text for i in items],
                                                            split=True)
        for item, pred, (words, explicit) in zip(items, predictions, reasons, strict=True):
            row = {"id": item.id, "label": pred.label, "probabilities": pred.probabilities,
                   "language": pred.language}
            if pred.label in RED_FLAG_CLASSES:
                row |= {"reacted_to": list(words), "explicit": explicit}
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        from assessor.console import print_predictions

        print_predictions(items, classifier.predict([i.text for i in items]))
    if empty:
        typer.echo(f"{empty} empty line{'s' if empty != 1 else ''} skipped", err=True)


def _parse_date(value: str | None) -> date | None:
    from assessor.errors import InputError

    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise InputError("--as-of", f"got {value!r}; expected a date like 2026-11-20") from None
    if not date(1990, 1, 1) <= day <= date(2100, 12, 31):
        raise InputError("--as-of", f"got {value!r}; expected a date between 1990-01-01 and "
                                    "2100-12-31")
    return day


def _check_report_options(audience: str, paper: str = "a4") -> None:
    from assessor.errors import choose
    from assessor.report.options import Audience, Paper

    choose(Audience, audience, "--audience")
    choose(Paper, paper, "--paper")


@command()
def assess(
    path: Annotated[Path, typer.Argument(help="A candidate folder, or a single export.")],
    role: Annotated[str, typer.Option(help="A role id (see `assessor rubrics list`) or a "
                                           "rubric YAML file.")],
    job: Annotated[Path | None, typer.Option(help="A job posting (.txt/.md/.html) whose terms "
                                                  "sharpen the role's keywords.")] = None,
    as_of: AsOfOption = None,
    json_out: Annotated[str | None, typer.Option("--json", metavar="FILE|-",
                                                 help="Write the JSON result to FILE, or to "
                                                      "stdout with -.")] = None,
    pdf: Annotated[Path | None, typer.Option(metavar="FILE", help="Write the PDF report to "
                                                                 "FILE.")] = None,
    audience: AudienceOption = "student",
    paper: PaperOption = "a4",
    db: HistoryOption = None,
    no_history: Annotated[bool, typer.Option("--no-history", help="Do not store this result "
                                             "or compare it with earlier ones.")] = False,
    redact: RedactOption = False,
) -> None:
    """Score a candidate against a role: overall, band, seven dimensions, red flags, actions.

    Every result is stored in the history (unless --no-history), and the PDF report shows the
    progress since the previous assessment of the same person for the same role.
    """
    from assessor.api import assess as run_assess

    worker = None
    if pdf:  # checked first, so a typo does not cost an assessment; skipped without a PDF
        _check_report_options(audience, paper)
        from assessor.report.prefork import PdfWorker

        worker = PdfWorker.start()  # loads WeasyPrint while the assessment runs
    from assessor.spinner import working

    try:
        with working("Reading the exports and scoring") as step:
            # A large export's posts are classified on both cores, unless the PDF worker
            # already uses the second one.
            result = run_assess(path, role, job=job, as_of=_parse_date(as_of), redact=redact,
                                split=worker is None)
            previous = None
            if not no_history:
                from assessor.history import open_history

                with open_history(db) as history:
                    previous = history.record(result)
            if pdf:
                step("Writing the PDF report")
                written = False
                if worker is not None:
                    worker.send(pdf, result, audience=audience, paper=paper, history=previous)
                    if json_out != "-":  # loaded while the child renders, for what follows
                        import assessor.console  # noqa: F401
                    written = worker.wait()
                if not written:  # no worker, or it failed: render here, errors and all
                    from assessor.report import write_pdf

                    write_pdf(result, pdf, audience=audience, paper=paper, history=previous)
    finally:
        if worker is not None:
            worker.close()
    if json_out == "-":
        sys.stdout.write(result.to_json() + "\n")
        return
    if json_out:
        from assessor.files import write_atomic

        write_atomic(Path(json_out), result.to_json() + "\n")
    from assessor.console import print_assessment

    print_assessment(result)
    if json_out:
        typer.echo(f"JSON result: {json_out}")
    if pdf:
        typer.echo(f"PDF report: {pdf}")


@command()
def report(
    result_file: Annotated[Path, typer.Argument(metavar="RESULT.json",
                                                help="A result saved by `assessor assess "
                                                     "--json`.")],
    pdf: Annotated[Path, typer.Option(metavar="FILE", help="Write the PDF report to FILE.")],
    audience: AudienceOption = "student",
    paper: PaperOption = "a4",
    db: Annotated[Path | None, typer.Option(help="History file the progress section is read "
                                                 "from (default: the one in your user data "
                                                 "folder).")] = None,
    no_history: Annotated[bool, typer.Option("--no-history", help="Leave out the progress "
                                             "section.")] = False,
    redact: Annotated[bool, typer.Option("--redact", help="Mask @handles in the report. A "
                                         "saved result has no list of the candidate's "
                                         "connections, so names are not replaced here: "
                                         "run `assessor assess --redact` for that.")] = False,
) -> None:
    """Re-render the PDF report from a saved JSON result, without the candidate's files.

    The progress section compares with the latest assessment of the same person and role
    stored in the history before the result's date; nothing is stored.
    """
    from assessor.report import write_pdf
    from assessor.result import read_result

    _check_report_options(audience, paper)
    result = read_result(result_file)
    from assessor.privacy import redact as redact_result
    from assessor.privacy import scrub_contacts
    from assessor.spinner import working

    result = scrub_contacts(result)  # results saved by older versions may still have them
    if redact:
        result = redact_result(result)
    previous = None
    if not no_history:
        from assessor.history import default_path, open_history

        store = db or default_path()
        if store.exists():  # re-rendering never creates a history file
            with open_history(store) as history:
                # Strictly older: `assess` stored this very result under its own date.
                previous = history.previous(result.candidate_id, result.role, result.as_of,
                                            before_row=0)
    with working("Writing the PDF report"):
        write_pdf(result, pdf, audience=audience, paper=paper, history=previous)
    typer.echo(f"PDF report: {pdf}")


@command()
def history(
    candidate_id: Annotated[str, typer.Argument(metavar="ID", help="The candidate id (the "
                                                "student_id in candidate.yaml, or the c-... "
                                                "id in a result).")],
    role: Annotated[str | None, typer.Option(help="Only this role.")] = None,
    db: HistoryOption = None,
    forget: Annotated[bool, typer.Option("--forget", help="Delete everything stored for ID, "
                                         "for every role.")] = False,
) -> None:
    """Show how a candidate's scores changed across assessments, or forget them."""
    from assessor.errors import HistoryError, InputError
    from assessor.history import default_path, open_history

    if forget and role is not None:
        raise InputError("--forget", "deletes every role for the ID; leave out --role")
    path = db or default_path()
    if not path.exists():
        raise HistoryError(None, f"no history file at {path} yet, so nothing is stored for "
                                 f"{candidate_id}: `assessor assess` creates it")
    with open_history(path) as store:
        if forget:
            n = store.forget(candidate_id)
            typer.echo(f"Deleted {n} assessment{'s' if n != 1 else ''} of {candidate_id} from "
                       f"{store.path}." if n else
                       f"Nothing stored for {candidate_id} in {store.path}.")
            return
        entries = store.trend(candidate_id, role)
        where = store.path
    if not entries:
        raise HistoryError(None, f"no assessments of {candidate_id}"
                                 f"{f' for {role}' if role else ''} in {where}. The ID is the "
                                 "student_id in candidate.yaml, or the c-... id `assessor "
                                 "assess --json` prints")
    from assessor.console import print_trend

    print_trend(candidate_id, entries)


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C: the workers are stopped and what is done is saved."""


def _stop_on_sigterm() -> Callable[[], None]:
    """Turn SIGTERM into :class:`Terminated` while a batch runs; returns the undo."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def terminate(signum: int, frame: Any) -> None:
        raise Terminated

    old = signal.signal(signal.SIGTERM, terminate)

    def restore() -> None:
        signal.signal(signal.SIGTERM, old)

    return restore


@command(help=(
    "Assess a class roster: one PDF per student, results tables and a class summary.\n\n"
    "Exit 0 when every student has a complete report; 1 when any failed or is incomplete (some "
    "of their exports could not be read; the others still finish, and results.csv and "
    "summary.pdf list them); 2 when the roster cannot be used. Ctrl-C "
    "stops cleanly (exit 130) and prints the command that resumes the batch."))
def batch(
    roster: Annotated[Path, typer.Argument(help="The class roster: a .csv (UTF-8) or .xlsx file "
                                                "with student_id, name and path columns, and "
                                                "optionally role and job. Paths are relative "
                                                "to the roster's folder. Other columns are "
                                                "carried into the results.")],
    out: Annotated[Path, typer.Option(help="Output folder: one PDF per student, results.csv, "
                                           "results.jsonl and summary.pdf.")],
    role: Annotated[str | None, typer.Option(help="Role for rows with no role column value "
                                                  "(a role id or a rubric YAML file).")] = None,
    workers: Annotated[int | None, typer.Option(min=1, help="Worker processes (default: the "
                                                            "number of CPUs).")] = None,
    resume: Annotated[bool, typer.Option(help="Skip students whose files, role, job posting "
                                              "and date are unchanged since the last run into "
                                              "--out and whose PDF is complete; redo the "
                                              "rest and the summary.")] = False,
    audience: Annotated[str, typer.Option(help="student, or counselor: counselor copies add "
                                               "each student's percentile among the students "
                                               "assessed for the same role.")] = "student",
    db: Annotated[Path | None, typer.Option(help="History store every result is added to "
                                                 "(default: the per-user store).")] = None,
    as_of: AsOfOption = None,
    dask: Annotated[str | None, typer.Option(metavar="ADDRESS",
                                             help="Run on a Dask cluster (tcp://host:8786) "
                                                  "instead of local processes. Worth it for "
                                                  "thousands of students; every worker must "
                                                  "see the roster's files and --out at the "
                                                  "same paths.")] = None,
    redact: RedactOption = False,
    timeout: Annotated[float, typer.Option(min=1, help="Seconds one student's assessment may "
                                                       "take before it is stopped and the "
                                                       "student marked failed.")] = 300.0,
    title: Annotated[str | None, typer.Option(help="Title of the class summary (default: the "
                                                   "roster's folder name).")] = None,
) -> None:
    """Assess a class roster (see the help text above): read, run, report."""
    import shlex
    from datetime import UTC, datetime

    from assessor.batch import run_batch
    from assessor.batch.progress import progress_for
    from assessor.batch.roster import read_roster

    _check_report_options(audience)
    day = _parse_date(as_of) or datetime.now(UTC).date()
    checked = read_roster(roster, role=role)
    progress = progress_for(sys.stderr)
    restore = _stop_on_sigterm()
    try:
        result = run_batch(checked, out, workers=workers, resume=resume, audience=audience,
                           db=db, as_of=day, dask=dask, progress=progress,
                           redact=redact, timeout=timeout, title=title)
    except KeyboardInterrupt:
        progress.close()
        again = ["assessor", "batch", str(roster), "--out", str(out)]
        for flag, value in (("--role", role), ("--workers", workers), ("--db", db),
                            ("--dask", dask), ("--timeout", timeout if timeout != 300 else None)):
            if value is not None:
                again += [flag, str(value)]
        if audience != "student":
            again += ["--audience", audience]
        if redact:
            again += ["--redact"]
        if title:
            again += ["--title", title]
        again += ["--as-of", day.isoformat(), "--resume"]
        stopped = "terminated" if isinstance(sys.exc_info()[1], Terminated) else "interrupted"
        _err(f"{stopped}. Finished students are saved; to continue where this stopped, run:")
        typer.echo(f"  {shlex.join(again)}", err=True)
        raise typer.Exit(143 if stopped == "terminated" else 130) from None
    finally:
        restore()
        progress.close()
    typer.echo(f"{result.total} student{'s' if result.total != 1 else ''}: {result.ok} ok, "
               + (f"{len(result.incomplete)} incomplete, " if result.incomplete else "") +
               f"{result.failed} failed ({result.assessed} assessed, {result.reused} unchanged; "
               f"{result.rendered} report{'s' if result.rendered != 1 else ''} written, "
               f"{result.reports_reused} up to date) in {result.seconds:.1f}s")
    for f in result.failures:
        typer.echo(f"  failed: {f.student_id} (row {f.row}): {f.error}")
    for f in result.incomplete:
        typer.echo(f"  incomplete: {f.student_id} (row {f.row}): {f.error}")
    typer.echo(f"Output in {out}: <student_id>.pdf, "
               + ", ".join(p.name for p in result.files))
    raise typer.Exit(result.exit_code)


@command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on. Keep 127.0.0.1 (this "
                                           "computer only) unless you mean to share it.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8765,
    db: HistoryOption = None,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the page in your web "
                                               "browser.")] = False,
) -> None:
    """A local web page for students and counselors: upload exports, read the report.

    Nothing leaves this computer: the page is served on 127.0.0.1 and fetches nothing.
    """
    from assessor.web import Settings
    from assessor.web import serve as run_server

    run_server(Settings(host=host, port=port, db=db), open_browser=open_browser,
               echo=lambda m: typer.echo(m, err=True))


rubrics_app = typer.Typer(help="List, show and validate role rubrics.", no_args_is_help=True)
app.add_typer(rubrics_app, name="rubrics")


@command("list", group=rubrics_app)
def rubrics_list() -> None:
    """List the roles that have a rubric."""
    from assessor.rubric import available_roles, load_rubric

    for role in available_roles():
        typer.echo(f"{role:32} {load_rubric(role).title}")


@command("show", group=rubrics_app)
def rubrics_show(role: Annotated[str, typer.Argument(help="Role id or rubric file.")]) -> None:
    """Show a rubric: weights, criteria, curves and what good looks like."""
    from assessor.console import print_rubric
    from assessor.rubric import load_rubric

    print_rubric(load_rubric(role))


@command("validate", group=rubrics_app)
def rubrics_validate(
    paths: Annotated[list[Path], typer.Argument(help="Rubric YAML files to check.")],
) -> None:
    """Check rubric files; exit 1 if any is invalid, naming the file and key path."""
    from assessor.rubric import parse_rubric

    bad = 0
    for path in paths:
        try:
            parse_rubric(path.read_text(encoding="utf-8-sig"), str(path))
        except (OSError, UnicodeDecodeError) as exc:
            bad += 1
            _err(f"{path}: cannot be read ({exc})")
        except AssessorError as exc:
            bad += 1
            _err(str(exc))
        else:
            typer.echo(f"{path}: ok")
    raise typer.Exit(1 if bad else 0)


def main() -> None:
    """Entry point for the ``assessor`` script."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
