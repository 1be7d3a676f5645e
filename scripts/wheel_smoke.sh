#!/usr/bin/env bash
# make wheel-smoke: build the wheel, install it into a throwaway virtualenv and run it from
# outside the repository, so the packaging (package-dir mapping of rubrics/ and models/,
# templates, schema) is tested as a user gets it, not through the editable install.
#
# The throwaway venv borrows the project venv's installed dependencies through a .pth file
# (their .pth files, the editable install's among them, are not processed there), so nothing
# is downloaded beyond the build backend pip fetches for the wheel.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PYTHON:-python3.11}
DEPS=$("$ROOT/.venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

echo "== Building the wheel"
rm -rf "$ROOT/build"  # setuptools would pack stale modules left in build/lib
"$ROOT/.venv/bin/python" -m pip wheel --quiet --no-deps --wheel-dir "$TMP/dist" "$ROOT"
WHEEL=$(ls "$TMP"/dist/assessor-*.whl)
echo "$(basename "$WHEEL")"

echo "== Installing it into a fresh virtualenv"
"$PY" -m venv "$TMP/venv"
"$TMP/venv/bin/python" -m pip install --quiet --no-deps --no-index "$WHEEL"
SITE=$("$TMP/venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
echo "$DEPS" > "$SITE/_assessor_deps.pth"

cd "$TMP"  # away from the source tree: only the installed wheel can be imported
where=$("$TMP/venv/bin/python" -c 'import assessor; print(assessor.__file__)')
case "$where" in
  "$SITE"/*) ;;
  *) echo "assessor was imported from $where, not from the wheel"; exit 1 ;;
esac

# Every package is in the wheel (a package missing from pyproject's list only fails here).
"$TMP/venv/bin/python" -c 'import assessor.batch, assessor.classifier, assessor.ingest, assessor.report, assessor.web'

# The emoji font is package data the renderer serves itself: missing, emoji would print as
# boxes without an error, so its presence is checked here.
"$TMP/venv/bin/python" -c 'from assessor.report.render import _emoji_font; assert _emoji_font()[:4] == b"wOFF"'

echo "== assessor rubrics list"
"$TMP/venv/bin/assessor" rubrics list | tee "$TMP/roles.txt"
grep -q '^software-engineer ' "$TMP/roles.txt"

echo "== assessor assess (one student)"
"$TMP/venv/bin/assessor" assess "$ROOT/examples/amara-okafor" --role social-media-manager \
  --as-of 2026-11-20 --no-history --json "$TMP/amara.json" --pdf "$TMP/amara.pdf" >/dev/null
"$TMP/venv/bin/python" - "$TMP/amara.json" "$TMP/amara.pdf" <<'PY'
import json, sys
result = json.load(open(sys.argv[1], encoding="utf-8"))
assert result["role"] == "social-media-manager" and 0 <= result["overall"] <= 100, result
assert open(sys.argv[2], "rb").read(5) == b"%PDF-"
print(f"overall {result['overall']} ({result['band']}), PDF written")
PY
echo "wheel smoke test passed"
