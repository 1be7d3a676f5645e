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
