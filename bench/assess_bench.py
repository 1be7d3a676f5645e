"""Assess speed: a candidate with 2,000 posts and 5,000 connections, JSON only, wall time
including interpreter start; and `assessor --help`. Medians of several runs.

Run: .venv/bin/python bench/assess_bench.py [--runs 5]
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent / "assessor"


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


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cand = Path(tmp) / "candidate"
        build_candidate(cand)
        cmd = [str(BIN), "assess", str(cand), "--role", "social-media-manager",
               "--as-of", "2026-11-20", "--json", "-"]
        help_out = subprocess.run([str(BIN), "assess", "--help"], capture_output=True,
                                  text=True).stdout
        if "--db" in help_out:
            cmd += ["--db", str(Path(tmp) / "h.sqlite3")]
        timed(cmd)  # warm the file cache
        assess_t = [timed(cmd) for _ in range(args.runs)]
        help_t = [timed([str(BIN), "--help"]) for _ in range(args.runs)]
    print(f"assess, 2,000 posts + 5,000 connections, JSON only: median "
          f"{statistics.median(assess_t):.2f} s over {args.runs} runs "
          f"(min {min(assess_t):.2f}, max {max(assess_t):.2f}); target <= 1.0 s")
    print(f"assessor --help: median {statistics.median(help_t):.3f} s "
          f"(min {min(help_t):.3f}); target <= 0.3 s")


if __name__ == "__main__":
    main()
