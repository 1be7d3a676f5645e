"""Terminal output with rich: tables a counselor can read at a glance."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from assessor.completeness import platform_name
from assessor.display import plural
from assessor.inspection import what_was_read

if TYPE_CHECKING:  # pragma: no cover
    from assessor.classifier.inputs import Item
    from assessor.classifier.model import Prediction
    from assessor.history import Entry
    from assessor.result import Assessment, DataCompleteness
    from assessor.rubric import Criterion, Rubric

COUNT_LABELS = ("posts", "articles", "replies", "comments", "reposts", "connections",
                "followers", "following", "repositories", "positions", "skills",
                "recommendations")


#: Items a terminal list shows before "and N more (see the report)".
LIST_LIMIT = 5


def _items(console: Console, lines: list[str], *, bullet: str = "-", indent: int = 2,
           limit: int | None = LIST_LIMIT, more: str = "see the report") -> None:
    """A list with a hanging indent: wrapped lines start under the text, not the bullet.

    Long file names break where they must; at most ``limit`` items, then "and N more".
    """
    first = " " * indent + bullet + " "
    shown = lines if limit is None else lines[:limit]
    for line in shown:
        console.print(textwrap.fill(" ".join(line.split()), width=max(20, console.width - 1),
                                    initial_indent=first, subsequent_indent=" " * len(first)),
                      soft_wrap=True, highlight=False, markup=False)
    if limit is not None and len(lines) > limit:
        console.print(f"{' ' * len(first)}and {len(lines) - limit} more ({more})",
                      highlight=False)


def _say(console: Console, text: str, indent: int = 0) -> None:
    """A paragraph wrapped to the terminal, never re-wrapped by rich."""
    console.print(textwrap.fill(" ".join(text.split()), width=max(20, console.width - 1),
                                subsequent_indent=" " * indent),
                  soft_wrap=True, highlight=False, markup=False)


def print_data_problems(completeness: DataCompleteness | None, console: Console) -> None:
    """What could not be read and what to do, before any score."""
    if completeness is None or completeness.level == "complete":
        return
    _say(console, f"Data {completeness.level}: {completeness.summary}")
    lines = []
    for s in completeness.sources:
        if s.status == "read":
            continue
        where = s.file + (f" ({platform_name(s.platform)})" if s.platform else "")
        lines.append(f"{where}: {s.status}; {s.reason or ''}. What to do: {s.action}.")
    _items(console, lines, bullet="!", limit=None)


def print_inspection(report: dict[str, Any], console: Console | None = None) -> None:
    console = console or Console()
    cand = report["candidate"]
    console.print(f"[bold]{cand['name']}[/bold]  (id {cand['id']})", highlight=False)
    table = Table(show_lines=False)
    table.add_column("platform", no_wrap=True)
    table.add_column("file", overflow="fold", ratio=3, min_width=12)
    table.add_column("status", no_wrap=True)
    table.add_column("what was read", overflow="fold", ratio=3, min_width=12)
    narrow = console.width < 100
    if not narrow:
        table.add_column("posts from", no_wrap=True)
        table.add_column("to", no_wrap=True)
    for s in report["sources"]:
        counts = what_was_read(s["counts"], COUNT_LABELS)
        dates = (f" ({(s['first_post'] or '')[:10]} to {(s['last_post'] or '')[:10]})"
                 if narrow and s["first_post"] else "")
        row = [s["platform"] or "?", s["path"], s.get("status", "read"),
               (counts or "-") + dates]
        if not narrow:
            row += [(s["first_post"] or "-")[:10], (s["last_post"] or "-")[:10]]
        table.add_row(*row)
    console.print(table)
    warnings = [w for s in report["sources"] for w in s["warnings"]] + report["warnings"]
    if warnings:
        console.print(f"[yellow]{plural(len(warnings), 'warning')}:[/yellow]")
        _items(console, warnings, limit=2 * LIST_LIMIT, more="run with --json for all")


def print_training(meta: dict[str, Any], console: Console | None = None) -> None:
    """Per-class precision, recall and F1 for cross-validation and the held-out batch."""
    console = console or Console()
    for title, key in (("cross-validation", "cv"), ("held-out batch", "held_out")):
        m = meta.get(key)
        if not m:
            continue
        table = Table(title=f"{title}: macro-F1 {m['macro_f1']:.3f}, {m['n']} posts")
        for col in ("class", "precision", "recall", "F1", "support"):
            table.add_column(col, justify="left" if col == "class" else "right")
        for cls, row in m["per_class"].items():
            table.add_row(cls, f"{row['precision']:.3f}", f"{row['recall']:.3f}",
                          f"{row['f1']:.3f}", str(row["support"]))
        console.print(table)
        classes = list(m["per_class"])
        cm = Table(title=f"{title}: confusion matrix (rows true, columns predicted)")
        cm.add_column("")
        for c in classes:
            cm.add_column(c[:8], justify="right")
        for c, row in zip(classes, m["confusion"], strict=True):
            cm.add_row(c, *map(str, row))
        console.print(cm)
    for m in meta.get("validation", {}).get("sets", []):
        print_evaluation(f"{m['name']} ({m['kind']})", m, console)
    rel = meta.get("validation", {}).get("reliability")
    if rel:
        table = Table(title=f"calibration on real validation posts: ECE {rel['ece']:.4f}")
        for col in ("probability", "pairs", "mean probability", "share red flags"):
            table.add_column(col, justify="right")
        for b in rel["bins"]:
            table.add_row(b["bin"], str(b["n"]), f"{b['mean_probability']:.3f}",
                          f"{b['share_red_flags']:.3f}")
        console.print(table)
    base = meta.get("baselines", {})
    if base:
        console.print(f"keyword baseline macro-F1 {base['keyword']['macro_f1']:.3f}")
        apc = base.get("alt_profanity_check")
        if apc:
            console.print(f"alt-profanity-check on unprofessional: precision "
                          f"{apc['precision']:.3f}, recall {apc['recall']:.3f}")


def print_evaluation(name: str, result: dict[str, Any],
                     console: Console | None = None) -> None:
    """Red-flag precision, recall and false-flag rate, assessor beside alt-profanity-check."""
    console = console or Console()
    a = result["assessor"]
    table = Table(title=f"{name}: {a['n']} posts, {a['red_flags']} red flags, "
                        f"{a['clean']} clean")
    for col in ("detector", "flagged", "precision", "recall", "false flags"):
        table.add_column(col, justify="left" if col == "detector" else "right")

    def fmt(v: float | None) -> str:
        return "n/a" if v is None else f"{v:.3f}"

    rows = [("assessor", a)]
    if result.get("alt_profanity_check"):
        rows.append(("alt-profanity-check", result["alt_profanity_check"]))
    for label, m in rows:
        table.add_row(label, str(m["flagged"]), fmt(m["precision"]), fmt(m["recall"]),
                      fmt(m["false_flag_rate"]))
    console.print(table)
    extra = [f"{k[len('recall_'):]} recall {v:.3f}" for k, v in result.items()
             if k.startswith("recall_") and v is not None]
    if result.get("unknown_language"):
        extra.append(f"{result['unknown_language']} not in English (never flagged)")
    if "alt_profanity_check" not in result:
        extra.append("alt-profanity-check is not installed: no side-by-side baseline")
    for line in extra:
        console.print(line)


def print_predictions(items: list[Item], predictions: list[Prediction],
                      console: Console | None = None) -> None:
    console = console or Console()
    table = Table()
    # id, label and p keep their full width (min_width); the text gets what is left of the
    # terminal and is cut with an ellipsis, so no column is ever squeezed to nothing.
    ids = [str(i.id)[:16] for i in items]
    id_w = max([2, *map(len, ids)])
    label_w = max([5, *(len(p.label) for p in predictions)])
    text_w = max(10, console.width - id_w - label_w - 4 - 13)
    table.add_column("id", no_wrap=True, min_width=id_w, max_width=id_w, overflow="ellipsis")
    table.add_column("label", no_wrap=True, min_width=label_w)
    table.add_column("p", justify="right", no_wrap=True, min_width=4)
    table.add_column("text", overflow="ellipsis", no_wrap=True, max_width=text_w)
    for item, pred in zip(items, predictions, strict=True):
        table.add_row(str(item.id), pred.label, f"{pred.confidence:.2f}",
                      " ".join(item.text.split()))
    console.print(table)


def _quote(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[:limit - 3] + "...")


def print_assessment(result: Assessment, console: Console | None = None) -> None:
    """The readable summary of ``assessor assess``: data problems first, then the score."""
    console = console or Console()
    console.print(f"[bold]{result.candidate_name}[/bold] for [bold]{result.role_title}[/bold] "
                  f"(as of {result.as_of})", highlight=False)
    dc = result.data_completeness
    print_data_problems(dc, console)
    basis = f" ({dc.basis})" if dc is not None and dc.measured_dimensions < dc.total_dimensions \
        else ""
    provisional = (" Provisional: too little of the data could be read to rely on it."
                   if dc is not None and dc.level == "insufficient" else "")
    _say(console, f"Readiness {result.overall:.0f}/100: {result.band_label}{basis}."
                  f"{provisional}")
    v = result.vanity
    _say(console, v.sentence if v.basis and v.basis in v.sentence else
         f"Reach {v.reach_score}/100 {v.basis or f'from {v.followers:,} followers'}. "
         f"{v.sentence}")
    table = Table(title="Dimensions")
    table.add_column("dimension", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("weight", justify="right", no_wrap=True)
    table.add_column("weakest criterion", overflow="fold", min_width=20)
    for dim in result.dimensions.values():
        measured = [c for c in dim.criteria if getattr(c, "measured", True)]
        if not getattr(dim, "measured", True) or not measured:
            table.add_row(dim.id.replace("_", " "), "-", f"{dim.weight:g}",
                          "not measured: " + (dim.criteria[0].detail if dim.criteria else ""))
            continue
        weakest = min(measured, key=lambda c: c.score)
        table.add_row(dim.id.replace("_", " "), f"{dim.score:.0f}", f"{dim.weight:g}",
                      Text(f"{weakest.description}: {weakest.display}"))
    console.print(table)
    checked = dc is None or dc.level == "complete"
    where = "" if checked else " in what could be read"
    if result.red_flags:
        console.print(f"[bold red]{plural(len(result.red_flags), 'red flag')}[/bold red]")
        _items(console, [f"{f.category}, {f.platform}, {f.date}: {_quote(f.text)} -> {f.action}"
                         + (f" (reacted to: {', '.join(f.words)})" if f.words else "")
                         for f in result.red_flags])
    elif unchecked := [c for d in result.dimensions.values() for c in d.criteria
                       if c.signal == "red_flags" and not getattr(c, "measured", True)]:
        _say(console, f"Red flags: not measured. {unchecked[0].detail}")
    else:
        console.print(f"No red flags found{where}.")
    if result.second_look:
        console.print(f"{plural(len(result.second_look), 'post')} worth a second look "
                      "(no points lost):")
        _items(console, [f"{f.platform}, {f.date}: {_quote(f.text)}" for f in result.second_look])
    if result.recommendations:
        n = min(len(result.recommendations), LIST_LIMIT)
        console.print("[bold]Next steps[/bold] (estimated gain in overall points)")
        _items(console, [f"{r.action} (+{r.gain:.1f})" for r in result.recommendations[:n]],
               bullet="*", limit=None)
        if len(result.recommendations) > n:
            console.print(f"    and {len(result.recommendations) - n} more (see the report)",
                          highlight=False)
    if result.job:
        console.print("Job posting terms", highlight=False)
        _items(console, [f"covered ({len(result.job.covered)}): "
                         + (", ".join(result.job.covered) or "none"),
                         f"missing ({len(result.job.missing)}): "
                         + (", ".join(result.job.missing) or "none")], limit=None)
    problems = {s.file for s in dc.problems} if dc is not None else set()
    rest = [w for w in result.warnings
            if not any(w.startswith(f"{f}:") or w.startswith(f"{f}/") for f in problems)]
    if rest:
        console.print(f"[yellow]{plural(len(rest), 'warning')}:[/yellow]")
        _items(console, rest)


def print_rubric(rubric: Rubric, console: Console | None = None) -> None:
    console = console or Console()
    console.print(f"[bold]{rubric.title}[/bold] ({rubric.role})", highlight=False)
    _say(console, rubric.description.strip())
    _say(console, f"Expected platforms: {', '.join(rubric.expected_platforms)}", indent=4)
    _say(console, f"Keywords: {', '.join(rubric.keywords)}", indent=4)
    # Signal ids never split. Below 100 columns "what good looks like" goes under the signal
    # and the four curve points share one column, so nothing is squeezed to nothing.
    narrow = console.width < 100
    width = max(len(c.signal) for d in rubric.dimensions.values() for c in d.criteria)
    for dim_id, dim in rubric.dimensions.items():
        table = Table(title=f"{dim_id} (weight {dim.weight:g})", show_lines=narrow)
        if narrow:
            table.add_column("signal: what good looks like", overflow="fold", ratio=1,
                             min_width=width)
        else:
            table.add_column("signal", no_wrap=True, min_width=width)
        table.add_column("weight", justify="right", no_wrap=True)
        if narrow:
            table.add_column("poor/fair/good/excellent", no_wrap=True)
        else:
            for col in ("poor", "fair", "good", "excellent"):
                table.add_column(col, justify="right", no_wrap=True)
            table.add_column("what good looks like", overflow="fold", ratio=1, min_width=16)
        for c in dim.criteria:
            cv = c.curve
            points = [f"{cv.poor:g}", f"{cv.fair:g}", f"{cv.good:g}", f"{cv.excellent:g}"]
            if narrow:
                cell = Text(c.signal, style="bold")
                cell.append(f"\n{c.expect}", style="")
                table.add_row(cell, f"{c.weight:g}", " / ".join(points))
            else:
                table.add_row(c.signal, f"{c.weight:g}", *points, Text(c.expect))
        console.print(table)
        _print_parameters(rubric, dim.criteria, console, width)
    def value(v: float | bool) -> str:
        return ("yes" if v else "no") if isinstance(v, bool) else f"{v:g}"

    tuning = [f"advice.{k} {value(v)}" for k, v in rubric.advice.model_dump().items()]
    tuning += [f"reach.{k} {value(v)}" for k, v in rubric.reach.model_dump().items()]
    _say(console, "Tuning: " + ", ".join(tuning), indent=4)


def _print_parameters(rubric: Rubric, criteria: list[Criterion], console: Console,
                      width: int) -> None:
    """The criteria's signal parameters: value, and the default when the rubric changed it."""
    rows = [(c.signal, r) for c in criteria for r in rubric.parameter_rows(c)]
    if not rows:
        return
    table = Table(title="parameters", title_justify="left")
    table.add_column("signal", no_wrap=True, min_width=width)
    table.add_column("parameter", no_wrap=True)
    table.add_column("value", justify="right", no_wrap=True)
    table.add_column("set by", overflow="fold")
    for sig, r in rows:
        table.add_row(sig, r.name, f"{r.value:g}",
                      f"rubric (default {r.default:g})" if r.overridden else "default")
    console.print(table)


#: Dimension columns the trend shows at most (the latest assessments).
TREND_COLUMNS = 5


def print_trend(candidate_id: str, entries: list[Entry],
                console: Console | None = None) -> None:
    """``assessor history``: per role, each stored assessment oldest first with the change in
    the overall score, then the dimension scores of the latest few side by side."""
    console = console or Console()
    for role in dict.fromkeys(e.role for e in entries):
        rows = [e for e in entries if e.role == role]
        table = Table(title=f"{candidate_id}: {role}", title_justify="left")
        table.add_column("as of", no_wrap=True)
        table.add_column("overall", justify="right")
        table.add_column("change", justify="right")
        table.add_column("band", no_wrap=True)
        table.add_column("red flags", justify="right", no_wrap=True)
        before = None
        for e in rows:
            change = "" if before is None else f"{e.overall - before:+.1f}"
            table.add_row(e.as_of, f"{e.overall:.1f}", change, e.band.replace("_", " "),
                          str(e.red_flags))
            before = e.overall
        console.print(table)
        # As many dates as fit beside the dimension names (five at most), never squeezed.
        fit = max(1, min(TREND_COLUMNS, (console.width - 24 - 10) // 13))
        latest = rows[-fit:]
        dims = Table(title="dimension scores", title_justify="left")
        dims.add_column("dimension", no_wrap=True)
        for e in latest:
            dims.add_column(e.as_of, justify="right", no_wrap=True)
        if len(latest) > 1:
            dims.add_column("change", justify="right", no_wrap=True)
        for d in dict.fromkeys(k for e in latest for k in e.dimensions):
            scores = [e.dimensions.get(d) for e in latest]
            cells = [f"{v:.0f}" if v is not None else "-" for v in scores]
            if len(latest) > 1:
                a, b = scores[-2], scores[-1]
                cells.append(f"{b - a:+.1f}" if a is not None and b is not None else "")
            dims.add_row(d.replace("_", " "), *cells)
        console.print(dims)
