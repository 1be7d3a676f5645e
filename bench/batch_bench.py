"""Batch speed and memory: a roster of copies of the example candidates, run with one worker
and with two, against single `assessor assess --pdf` runs.

Prints, for --workers 1 and --workers 2: wall time, throughput and peak memory of the whole
process tree (the batch and its workers); the speed-up (target >= 1.7); the time per student
including the PDF against one `assess --pdf` (target <= 1.3 x); and peak memory (target
<= 400 MB). Peak memory is reported two ways: the sum of resident set sizes (RSS, which counts
pages the workers share with the parent once per process, so it overstates) and the sum of
proportional set sizes (PSS, which splits shared pages between the processes sharing them: the
memory the batch actually occupies). Medians where a measurement is repeated.

Run: .venv/bin/python bench/batch_bench.py [--students 200] [--runs 1] [--single-runs 3]
"""

from __future__ import annotations

import argparse
import csv
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
BIN = Path(sys.executable).parent / "assessor"
AS_OF = "2026-11-20"
MB = 1024 * 1024


def example_roles() -> list[tuple[str, str]]:
    """(folder, role) for each example, as examples/roster.csv has them."""
    with open(EXAMPLES / "roster.csv", encoding="utf-8", newline="") as fh:
        return [(r["path"], r["role"]) for r in csv.DictReader(fh)]


def build_class(folder: Path, students: int) -> Path:
    """``students`` copies of the examples, round robin, each with its own student id."""
    examples = example_roles()
    rows = []
    for i in range(students):
        name, role = examples[i % len(examples)]
        sid = f"B{i + 1:04d}"
        dest = folder / sid.lower()
        shutil.copytree(EXAMPLES / name, dest)
        manifest = dest / "candidate.yaml"
        if manifest.is_file():  # a distinct person each, so the history holds no "previous"
            text = manifest.read_text(encoding="utf-8").splitlines()
            manifest.write_text("\n".join(f"student_id: {sid}" if t.startswith("student_id:")
                                          else t for t in text) + "\n", encoding="utf-8")
        rows.append((sid, f"Student {i + 1}", dest.name, role))
    roster = folder / "roster.csv"
    with open(roster, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["student_id", "name", "path", "role"])
        w.writerows(rows)
    return roster


class TreeMemory:
    """Samples a process and all its descendants: peak summed RSS, peak summed PSS, and the
    CPU time of every process seen (the workers are the forkserver's children, so the CPU
    time the operating system reports for finished children would miss them)."""

    def __init__(self, pid: int, every: float = 0.25) -> None:
        self.root = psutil.Process(pid)
        self.every = every
        self.peak_rss = 0
        self.peak_pss = 0
        self.peak_procs = 0
        self.cpu: dict[int, float] = {}   # pid -> user + system seconds, last seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        tick = 0
        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                return
            rss = pss = 0
            for p in procs:
                try:
                    times = p.cpu_times()
                    self.cpu[p.pid] = max(self.cpu.get(p.pid, 0.0), times.user + times.system)
                    rss += p.memory_info().rss
                    if tick % 4 == 0:  # PSS reads /proc/PID/smaps: sample it less often
                        pss += p.memory_full_info().pss
                except psutil.Error:
                    continue
            self.peak_rss = max(self.peak_rss, rss)
            if tick % 4 == 0:
                self.peak_pss = max(self.peak_pss, pss)
            self.peak_procs = max(self.peak_procs, len(procs))
            tick += 1
            self._stop.wait(self.every)


def run_batch(roster: Path, out: Path, workers: int) -> dict[str, float]:
    shutil.rmtree(out, ignore_errors=True)
    cmd = [str(BIN), "batch", str(roster), "--out", str(out), "--workers", str(workers),
           "--as-of", AS_OF, "--db", str(out.with_suffix(".sqlite3"))]
    load = psutil.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    with TreeMemory(proc.pid) as mem:
        stdout, _ = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"batch failed ({proc.returncode}):\n{stdout}")
    return {"wall": wall, "rss": mem.peak_rss / MB, "pss": mem.peak_pss / MB,
            "procs": mem.peak_procs, "cpu": sum(mem.cpu.values()), "load": load}


def single_assess(tmp: Path, runs: int) -> list[float]:
    """Wall time of `assessor assess CANDIDATE --pdf`, each example ``runs`` times."""
    times = []
    for i in range(runs):
        for name, role in example_roles():
            cmd = [str(BIN), "assess", str(EXAMPLES / name), "--role", role, "--as-of", AS_OF,
                   "--pdf", str(tmp / f"{name}.pdf"), "--db", str(tmp / f"single-{i}.sqlite3")]
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - t0)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--students", type=int, default=200, help="roster size (default 200)")
    ap.add_argument("--runs", type=int, default=1, help="batch runs per worker count")
    ap.add_argument("--single-runs", type=int, default=3,
                    help="single `assess --pdf` runs per example (default 3)")
    args = ap.parse_args()
    print(f"{psutil.cpu_count()} CPUs, load average {psutil.getloadavg()[0]:.1f}; "
          f"{args.students} students, examples round robin", flush=True)
    with tempfile.TemporaryDirectory(prefix="batch-bench-") as tmp_name:
        tmp = Path(tmp_name)
        roster = build_class(tmp / "class", args.students)
        single = single_assess(tmp, args.single_runs)
        one_pdf = statistics.median(single)
        print(f"single `assess --pdf`: median {one_pdf:.2f} s over {len(single)} runs "
              f"(min {min(single):.2f}, max {max(single):.2f})", flush=True)
        results: dict[int, dict[str, float]] = {}
        for workers in (1, 2):
            runs = [run_batch(roster, tmp / f"out-{workers}", workers) for _ in range(args.runs)]
            med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
            results[workers] = med
            print(f"--workers {workers}: {med['wall']:.1f} s wall, "
                  f"{60 * args.students / med['wall']:.1f} students/min, "
                  f"{med['wall'] / args.students:.2f} s/student; "
                  f"{med['cpu'] / args.students:.2f} CPU s/student; peak memory "
                  f"{med['pss']:.0f} MB PSS, {med['rss']:.0f} MB summed RSS "
                  f"({med['procs']:.0f} processes); load average before {med['load']:.1f}",
                  flush=True)
    ratio = results[1]["wall"] / results[2]["wall"]
    per_student = results[1]["wall"] / args.students
    peak_pss = max(r["pss"] for r in results.values())
    peak_rss = max(r["rss"] for r in results.values())
    print(f"speed-up 2 workers / 1 worker: {ratio:.2f} x (target >= 1.7; on a machine with "
          f"other work running this measures the CPUs left over, see the load averages)")
    print(f"time per student with PDF (1 worker) / one `assess --pdf`: "
          f"{per_student:.2f} / {one_pdf:.2f} s = {per_student / one_pdf:.2f} x "
          f"(target <= 1.3)")
    print(f"peak memory: {peak_pss:.0f} MB PSS, {peak_rss:.0f} MB summed RSS "
          f"(target <= 400 MB)")


if __name__ == "__main__":
    main()
