"""PDF report speed for the amara-okafor example: medians over several runs.

1. Render: our total (view model + templates + WeasyPrint + atomic write) against WeasyPrint's
   own time on the same HTML (target: ratio <= 1.2).
2. End to end, assess + PDF (target <= 2 s): in one warm process (classifier and fonts loaded,
   as in a batch worker or a notebook), and as the `assessor assess --pdf` command in a fresh
   process (imports included).

Run: .venv/bin/python bench/report_bench.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "amara-okafor"
ROLE = "social-media-manager"
AS_OF = date(2026, 11, 20)


def _median(xs: list[float]) -> str:
    return f"{statistics.median(xs):.2f} s (min {min(xs):.2f}, max {max(xs):.2f})"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

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

        cold = []
        cli = Path(sys.executable).parent / "assessor"
        for i in range(args.runs):
            t0 = time.perf_counter()
            subprocess.run([str(cli), "assess", str(EXAMPLE), "--role", ROLE, "--as-of",
                            AS_OF.isoformat(), "--pdf", str(Path(tmp) / f"cli{i}.pdf"),
                            "--db", str(Path(tmp) / "history.sqlite3")],
                           check=True, capture_output=True)
            cold.append(time.perf_counter() - t0)

    ratio = statistics.median(ours) / statistics.median(weasy)
    print(f"report: amara-okafor, {ROLE}, student copy, A4, {pages} pages, {args.runs} runs")
    print(f"  HTML (view + templates):        {_median(html_only)}")
    print(f"  our total render (write_pdf):   {_median(ours)}")
    print(f"  WeasyPrint alone, same HTML:    {_median(weasy)}")
    print(f"  ratio ours / WeasyPrint:        {ratio:.2f} (target <= 1.2)")
    print(f"  assess + PDF, warm process:     {_median(warm_e2e)} (target <= 2 s)")
    print(f"  `assessor assess --pdf`, fresh: {_median(cold)} (imports included)")


if __name__ == "__main__":
    main()
