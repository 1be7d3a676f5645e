"""Assess speed in fresh processes, interpreter start and imports included; medians of N runs.

1. `assessor assess` of a candidate with 2,000 posts and 5,000 connections, JSON only
   (target <= 1.0 s), on every free core and pinned to one, and of the amara-okafor example,
   JSON only and with ``--pdf`` (target <= 2.0 s).
2. `assessor --help` (target <= 0.3 s).

Each is timed by wall clock and by CPU (the command's own and its children's: CPU barely
depends on how busy the machine is, wall does). With ``--baseline DIR`` (a folder holding
another version's ``assessor`` package and its models, e.g. ``git archive main assessor models |
tar -x -C DIR && ln -s ../models DIR/assessor/models``: without the link, ``assessor.models``
resolves through this checkout's editable install to *this* version's models),
the same commands run from DIR too, interleaved run by run so machine load hits both alike,
and the ratios this / baseline are printed. The load average is printed before and after.

Run: .venv/bin/python bench/assess_bench.py [--runs 5] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fresh import fresh_env, require_models

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "amara-okafor"
ROLE = "social-media-manager"
AS_OF = "2026-11-20"
#: Runs the CLI of whichever ``assessor`` package is first on PYTHONPATH.
CLI = "import sys; from assessor.cli import main; sys.argv[0] = 'assessor'; main()"


def build_candidate(folder: Path, posts: int = 2000, connections: int = 5000) -> None:
    """A synthetic candidate: a LinkedIn export folder and a posts.csv (bench input only)."""
    corpus = [json.loads(line)["text"] for line in
              (ROOT / "models" / "corpus" / "posts.jsonl").read_text().splitlines()]
    li = folder / "linkedin"
    li.mkdir(parents=True)
    (li / "Profile.csv").write_text(
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
        "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
        "Bench,Person,,,,Marketing coordinator,Plans campaigns and reports on results.,"
        "Marketing,,Leeds,,,", encoding="utf-8")
    titles = ["Marketing Manager", "Software Engineer", "Recruiter", "Nurse", "Teacher",
              "Social Media Lead", "Accountant", "Designer"]
    with open(li / "Connections.csv", "w", newline="", encoding="utf-8") as fh:
        fh.write("Notes:\n\"Some e-mail addresses are missing.\"\n\n")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                    "Connected On"])
        for i in range(connections):
            w.writerow([f"P{i}", f"Q{i}", "", "", f"Company {i % 97}", titles[i % len(titles)],
                        f"{1 + i % 28:02d} Mar 2024"])
    with open(folder / "posts.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["date", "text", "platform", "likes"])
        for i in range(posts):
            w.writerow([f"2026-{1 + i % 10:02d}-{1 + i % 27:02d}", corpus[i % len(corpus)],
                        "tiktok", i % 40])


def _one_core() -> None:
    """Run the command on one core only (the first this process may use)."""
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def timed(package_root: Path, args: list[str], cwd: Path, one_core: bool = False
          ) -> tuple[float, float]:
    """One `assessor ARGS` in a fresh process from ``package_root``: (wall, CPU) seconds;
    ``one_core``: pinned to one core, where `assess` classifies in one process."""
    # Run from ``cwd`` (a scratch folder): `-c` puts the working folder first on sys.path,
    # where it would otherwise shadow ``package_root``.
    env = fresh_env(package_root)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", CLI, *args], check=True, stdout=subprocess.DEVNULL,
                   env=env, cwd=cwd, preexec_fn=_one_core if one_core else None)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _median(xs: list[float]) -> str:
    return f"{statistics.median(xs):.2f} s (min {min(xs):.2f}, max {max(xs):.2f})"


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--baseline", type=Path, default=None,
                    help="folder holding another version's assessor package, to compare")
    args = ap.parse_args()
    roots = {"this": ROOT}
    if args.baseline:
        require_models(args.baseline)
        roots["baseline"] = args.baseline.resolve()
    print(f"load average (1, 5, 15 min) before: {_load()}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        cand = work / "candidate"
        build_candidate(cand)
        common = ["--role", ROLE, "--as-of", AS_OF, "--no-history"]
        big = ["assess", str(cand), *common, "--json", "-"]
        # (command, target, on one core): with two free cores `assess` classifies half of a
        # large export's posts in a forked child (assessor.forking); one core shows the rest.
        cases = {
            "2,000 posts + 5,000 connections, JSON": (big, 1.0, False),
            "the same on one core": (big, 1.0, True),
            "amara-okafor, JSON": (["assess", str(EXAMPLE), *common, "--json", "-"], 1.0,
                                   False),
            "amara-okafor, --pdf": (
                ["assess", str(EXAMPLE), *common, "--pdf", str(work / "a.pdf")], 2.0, False),
            "--help": (["--help"], 0.3, False),
        }
        times: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for case, (cmd, _, one) in cases.items():
            for root in roots.values():
                timed(root, cmd, work, one)  # warm the file cache
            for _ in range(args.runs):  # interleaved, so load on the machine hits both alike
                for name, root in roots.items():
                    times.setdefault((case, name), []).append(timed(root, cmd, work, one))
    print(f"fresh processes, median of {args.runs} runs each (wall, then CPU):")
    for case, (_, target, _one) in cases.items():
        print(f"  {case} (target <= {target} s wall)")
        for name in roots:
            t = times[(case, name)]
            print(f"    {name:8}  wall {_median([w for w, _ in t])}  "
                  f"CPU {_median([c for _, c in t])}")
        if args.baseline:
            this, base = times[(case, "this")], times[(case, "baseline")]
            wall = statistics.median(w for w, _ in this) / statistics.median(w for w, _ in base)
            cpu = statistics.median(c for _, c in this) / statistics.median(c for _, c in base)
            print(f"    this / baseline: {wall:.2f} wall, {cpu:.2f} CPU")
    print(f"load average (1, 5, 15 min) after: {_load()}")


if __name__ == "__main__":
    main()
