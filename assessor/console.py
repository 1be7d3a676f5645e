"""Terminal output with rich: tables a counselor can read at a glance."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

COUNT_LABELS = ("posts", "articles", "replies", "comments", "reposts", "connections",
                "followers", "following", "repositories", "positions", "skills",
                "recommendations")


def print_inspection(report: dict[str, Any], console: Console | None = None) -> None:
    console = console or Console()
    cand = report["candidate"]
    console.print(f"[bold]{cand['name']}[/bold]  (id {cand['id']})")
    table = Table(show_lines=False)
    table.add_column("platform")
    table.add_column("path", overflow="fold")
    table.add_column("what was read", overflow="fold")
    table.add_column("posts from", no_wrap=True)
    table.add_column("to", no_wrap=True)
    for s in report["sources"]:
        counts = ", ".join(f"{v:,} {k}" for k, v in s["counts"].items()
                           if k in COUNT_LABELS and v)
        table.add_row(s["platform"], s["path"], counts or "-",
                      (s["first_post"] or "-")[:10], (s["last_post"] or "-")[:10])
    console.print(table)
    warnings = [w for s in report["sources"] for w in s["warnings"]] + report["warnings"]
    if warnings:
        console.print(f"[yellow]{len(warnings)} warning(s):[/yellow]")
        for w in warnings:
            console.print(f"  - {w}", highlight=False, markup=False)


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


def print_predictions(items: list[Any], predictions: list[Any],
                      console: Console | None = None) -> None:
    console = console or Console()
    table = Table()
    table.add_column("id")
    table.add_column("label")
    table.add_column("p", justify="right")
    table.add_column("text", overflow="ellipsis", max_width=70, no_wrap=True)
    for item, pred in zip(items, predictions, strict=True):
        table.add_row(str(item.id), pred.label, f"{pred.confidence:.2f}", item.text)
    console.print(table)


def print_assessment(result: Any, console: Console | None = None) -> None:
    """The readable summary of ``assessor assess``."""
    console = console or Console()
    console.print(f"[bold]{result.candidate_name}[/bold] for [bold]{result.role_title}[/bold] "
                  f"(as of {result.as_of})")
    console.print(f"Readiness [bold]{result.overall:.0f}[/bold]/100: {result.band_label}.  "
                  f"Reach {result.vanity.reach_score}/100 from {result.vanity.followers:,} "
                  "followers.", highlight=False)
    console.print(result.vanity.sentence, highlight=False)
    table = Table(title="Dimensions")
    table.add_column("dimension")
    table.add_column("score", justify="right")
    table.add_column("weight", justify="right")
    table.add_column("weakest criterion", overflow="fold")
    for dim in result.dimensions.values():
        weakest = min(dim.criteria, key=lambda c: c.score)
        table.add_row(dim.id.replace("_", " "), f"{dim.score:.0f}", f"{dim.weight:g}",
                      f"{weakest.description}: {weakest.display}")
    console.print(table)
    if result.red_flags:
        console.print(f"[bold red]{len(result.red_flags)} red flag(s)[/bold red]")
        for f in result.red_flags:
            text = f.text if len(f.text) <= 110 else f.text[:107] + "..."
            console.print(f"  - {f.category}, {f.platform}, {f.date}: {text!r} -> {f.action}",
                          highlight=False, markup=False)
    else:
        console.print("No red flags found.")
    if result.second_look:
        console.print(f"{len(result.second_look)} post(s) worth a second look (no points lost):")
        for f in result.second_look:
            text = f.text if len(f.text) <= 110 else f.text[:107] + "..."
            console.print(f"  - {f.platform}, {f.date}: {text!r}", highlight=False, markup=False)
    if result.recommendations:
        console.print("[bold]Next steps[/bold] (estimated gain in overall points)")
        for i, r in enumerate(result.recommendations[:5], start=1):
            console.print(f"  {i}. +{r.gain:.1f}  {r.action}", highlight=False, markup=False)
    if result.job:
        console.print(f"Job posting terms covered: {', '.join(result.job.covered) or 'none'}; "
                      f"missing: {', '.join(result.job.missing) or 'none'}", highlight=False)
    for w in result.warnings:
        console.print(f"[yellow]warning:[/yellow] {w}", highlight=False)


def print_rubric(rubric: Any, console: Console | None = None) -> None:
    console = console or Console()
    console.print(f"[bold]{rubric.title}[/bold] ({rubric.role})")
    console.print(rubric.description.strip(), highlight=False)
    console.print(f"Expected platforms: {', '.join(rubric.expected_platforms)}")
    console.print(f"Keywords: {', '.join(rubric.keywords)}", highlight=False)
    for dim_id, dim in rubric.dimensions.items():
        table = Table(title=f"{dim_id} (weight {dim.weight:g})")
        for col in ("signal", "weight", "poor", "fair", "good", "excellent",
                    "what good looks like"):
            table.add_column(col, overflow="fold")
        for c in dim.criteria:
            cv = c.curve
            table.add_row(c.signal, f"{c.weight:g}", f"{cv.poor:g}", f"{cv.fair:g}",
                          f"{cv.good:g}", f"{cv.excellent:g}", c.expect)
        console.print(table)


#: Dimension columns the trend shows at most (the latest assessments).
TREND_COLUMNS = 5


def print_trend(candidate_id: str, entries: list[Any], console: Console | None = None) -> None:
    """``assessor history``: per role, each stored assessment oldest first with the change in
    the overall score, then the dimension scores of the latest few side by side."""
    console = console or Console()
    for role in dict.fromkeys(e.role for e in entries):
        rows = [e for e in entries if e.role == role]
        table = Table(title=f"{candidate_id}: {role}", title_justify="left")
        table.add_column("as of", no_wrap=True)
        table.add_column("overall", justify="right")
        table.add_column("change", justify="right")
        table.add_column("band")
        table.add_column("red flags", justify="right")
        before = None
        for e in rows:
            change = "" if before is None else f"{e.overall - before:+.1f}"
            table.add_row(e.as_of, f"{e.overall:.1f}", change, e.band.replace("_", " "),
                          str(e.red_flags))
            before = e.overall
        console.print(table)
        latest = rows[-TREND_COLUMNS:]
        dims = Table(title="dimension scores", title_justify="left")
        dims.add_column("dimension")
        for e in latest:
            dims.add_column(e.as_of, justify="right")
        if len(latest) > 1:
            dims.add_column("change", justify="right")
        for d in dict.fromkeys(k for e in latest for k in e.dimensions):
            scores = [e.dimensions.get(d) for e in latest]
            cells = [f"{v:.0f}" if v is not None else "-" for v in scores]
            if len(latest) > 1:
                a, b = scores[-2], scores[-1]
                cells.append(f"{b - a:+.1f}" if a is not None and b is not None else "")
            dims.add_row(d.replace("_", " "), *cells)
        console.print(dims)
