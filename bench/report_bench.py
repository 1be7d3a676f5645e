"""PDF report speed for the amara-okafor example: medians over several runs.

1. Render: our total (view model + templates + WeasyPrint + atomic write) against WeasyPrint's
   own time on the same HTML (target: ratio <= 1.2).
2. End to end, assess + PDF (target <= 2 s): in one warm process (classifier and fonts loaded,
   as in a batch worker or a notebook), and as the `assessor assess --pdf` command in a fresh
   process (imports included): the median of N fresh processes, wall clock and CPU (the
   command's own and its children's: CPU does not depend on how busy the machine is).
3. With ``--baseline DIR`` (a checkout of another version's ``assessor`` package, e.g. made
   as ``bench/run.py`` says, with its models), the fresh command of both
   versions, interleaved run by run so machine load hits both alike, and their ratio.

Run: .venv/bin/python bench/report_bench.py [--runs 5] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from fresh import fresh_env, require_models

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "amara-okafor"
ROLE = "social-media-manager"
AS_OF = date(2026, 11, 20)


def _median(xs: list[float]) -> str:
    return f"{statistics.median(xs):.2f} s (min {min(xs):.2f}, max {max(xs):.2f})"


def _fresh(package_root: Path, pdf: Path, db: Path) -> tuple[float, float]:
    """One `assessor assess --pdf` in a fresh process from ``package_root``: (wall, CPU)."""
    code = "import sys; from assessor.cli import main; sys.argv[0] = 'assessor'; main()"
    # Run from the output folder: `-c` puts the working folder first on sys.path, where it
    # would otherwise shadow ``package_root``.
    env = fresh_env(package_root)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, "assess", str(EXAMPLE), "--role", ROLE,
                    "--as-of", AS_OF.isoformat(), "--pdf", str(pdf), "--db", str(db)],
                   check=True, capture_output=True, env=env, cwd=pdf.parent)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--baseline", type=Path, default=None,
                    help="folder holding another version's assessor package, to compare")
    args = ap.parse_args()
    if args.baseline:
        require_models(args.baseline)

    from pypdf import PdfReader
    from weasyprint import HTML

    from assessor import assess
    from assessor.report import render_html, write_pdf

    result = assess(EXAMPLE, ROLE, as_of=AS_OF)
    html = render_html(result)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "amara.pdf"
        write_pdf(result, out)  # warm-up: fonts, template compilation
        pages = len(PdfReader(out).pages)
        ours, weasy, html_only, warm_e2e = [], [], [], []
        for _ in range(args.runs):  # interleaved, so load on the machine hits both alike
            t0 = time.perf_counter()
            render_html(result)
            html_only.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            write_pdf(result, out)
            ours.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            HTML(string=html).write_pdf()
            weasy.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            write_pdf(assess(EXAMPLE, ROLE, as_of=AS_OF), out)
            warm_e2e.append(time.perf_counter() - t0)

        cold: list[tuple[float, float]] = []
        base: list[tuple[float, float]] = []
        for i in range(args.runs):  # interleaved with the baseline, if any
            cold.append(_fresh(ROOT, Path(tmp) / f"cli{i}.pdf", Path(tmp) / "h.sqlite3"))
            if args.baseline:
                base.append(_fresh(args.baseline.resolve(), Path(tmp) / f"base{i}.pdf",
                                   Path(tmp) / "hb.sqlite3"))

    ratio = statistics.median(ours) / statistics.median(weasy)
    print(f"report: amara-okafor, {ROLE}, student copy, A4, {pages} pages, {args.runs} runs")
    print("  load average (1, 5, 15 min): " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    print(f"  HTML (view + templates):        {_median(html_only)}")
    print(f"  our total render (write_pdf):   {_median(ours)}")
    print(f"  WeasyPrint alone, same HTML:    {_median(weasy)}")
    print(f"  ratio ours / WeasyPrint:        {ratio:.2f} (target <= 1.2)")
    print(f"  assess + PDF, warm process:     {_median(warm_e2e)} (target <= 2 s)")
    print(f"  `assessor assess --pdf`, fresh: {_median([w for w, _ in cold])} wall, "
          f"{_median([c for _, c in cold])} CPU (median of {args.runs} fresh processes, "
          "imports included; target <= 2 s)")
    if base:
        print(f"  baseline {args.baseline}, fresh: {_median([w for w, _ in base])} wall, "
              f"{_median([c for _, c in base])} CPU")
        wall = statistics.median(w for w, _ in cold) / statistics.median(w for w, _ in base)
        cpu = statistics.median(c for _, c in cold) / statistics.median(c for _, c in base)
        print(f"  this / baseline: {wall:.2f} wall, {cpu:.2f} CPU")


if __name__ == "__main__":
    main()
