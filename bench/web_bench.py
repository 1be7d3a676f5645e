"""Web app speed: the first page, an upload-to-result for the Amara example against the CLI's
`assess --json` in the same run, and the server's memory after 50 assessments.

The server is a real `assessor serve` process on a free port; requests come over HTTP.
Targets: first page median <= 100 ms; upload-to-result <= 1.3x the CLI; RSS < 300 MB.

Run: .venv/bin/python bench/web_bench.py [--runs 5] [--assessments 50]
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

try:  # the dev extra installs httpx2 (what Starlette's TestClient needs); httpx has its API
    import httpx2 as httpx
except ImportError:  # pragma: no cover - an environment with plain httpx
    import httpx  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent / "assessor"
AMARA = sorted((ROOT / "examples" / "amara-okafor").iterdir())
ROLE = "social-media-manager"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def assess_over_http(client: httpx.Client, files: list[tuple[str, bytes]]) -> float:
    """Seconds from posting the files to having the result page (upload, check, assess)."""
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/").text).group(1)  # type: ignore[union-attr]
    t0 = time.perf_counter()
    up = client.post("/upload", data={"csrf": csrf},
                     files=[("files", (n, b)) for n, b in files])
    result = client.post(str(up.url) + "/assess", data={"csrf": csrf, "role": ROLE})
    seconds = time.perf_counter() - t0
    if result.status_code != 200 or "/r/" not in str(result.url):
        raise SystemExit(f"assessment over HTTP failed: {result.status_code}")
    return seconds


def cli_seconds(folder: Path, db: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run([str(BIN), "assess", str(folder), "--role", ROLE, "--json", "-",
                    "--no-history", "--db", str(db)], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--assessments", type=int, default=50)
    args = ap.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "XDG_DATA_HOME": tmp}
        t_start = time.perf_counter()
        server = subprocess.Popen([str(BIN), "serve", "--port", str(port), "--db",
                                   str(Path(tmp) / "h.db")], env=env,
                                  stderr=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}"
            with httpx.Client(base_url=base, follow_redirects=True, timeout=120) as client:
                while True:
                    try:
                        t0 = time.perf_counter()
                        client.get("/")
                        first = time.perf_counter() - t0
                        break
                    except httpx.TransportError:
                        if time.perf_counter() - t_start > 60:
                            raise SystemExit("the server did not start") from None
                        time.sleep(0.05)
                ready = time.perf_counter() - t_start
                pages = []
                for _ in range(20):
                    t0 = time.perf_counter()
                    client.get("/")
                    pages.append(time.perf_counter() - t0)
                files = [(p.name, p.read_bytes()) for p in AMARA]
                assess_over_http(client, files)       # warm: the classifier loads once
                web = [assess_over_http(client, files) for _ in range(args.runs)]
                cli = [cli_seconds(ROOT / "examples" / "amara-okafor", Path(tmp) / "c.db")
                       for _ in range(args.runs)]
                for _ in range(args.assessments - args.runs - 1):
                    assess_over_http(client, files)
                proc = psutil.Process(server.pid)
                rss = proc.memory_info().rss + sum(c.memory_info().rss
                                                   for c in proc.children(recursive=True))
        finally:
            server.terminate()
            server.wait(30)
    first_page = statistics.median(pages)
    web_m, cli_m = statistics.median(web), statistics.median(cli)
    print(f"server ready (first page answered) {ready * 1000:.0f} ms after start; "
          f"very first page {first * 1000:.1f} ms")
    print(f"first page (GET /), median of {len(pages)}: {first_page * 1000:.1f} ms "
          f"(target <= 100 ms)")
    print(f"Amara upload-to-result over HTTP, median of {args.runs}: {web_m:.3f} s")
    print(f"CLI `assess --json -`, same example, median of {args.runs}: {cli_m:.3f} s")
    print(f"ratio web/CLI: {web_m / cli_m:.2f}x (target <= 1.3x)")
    print(f"server RSS after {args.assessments} assessments: {rss / 2**20:.0f} MB "
          f"(target < 300 MB)")


if __name__ == "__main__":
    main()
