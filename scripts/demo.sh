#!/usr/bin/env bash
# make demo: inspect the examples, assess the strong candidate, and write a real PDF report.
set -euo pipefail
BIN=.venv/bin
OUT=out/demo
mkdir -p "$OUT"
echo "== What assessor reads from each example"
for c in examples/*/; do
  "$BIN/assessor" inspect "$c"
done
echo
echo "== Assessing examples/amara-okafor for social-media-manager"
"$BIN/assessor" assess examples/amara-okafor --role social-media-manager --as-of 2026-11-20 \
  --json "$OUT/amara-okafor.json" --pdf "$OUT/amara-okafor.pdf" --db "$OUT/history.sqlite3"
# `assess` itself ends with the "PDF report: ..." line.
