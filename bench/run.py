"""make bench: run every benchmark script in this folder and print their figures.

``make bench BASELINE=DIR`` (``bench/run.py --baseline DIR``) also runs another version's
``assessor`` package from DIR beside this one, in the scripts that compare versions; make DIR
with ``git archive main assessor models | tar -x -C DIR && ln -s ../models DIR/assessor/models``
(the link makes ``assessor.models`` that version's models, not this checkout's).
"""

import argparse
import subprocess
import sys
from pathlib import Path

from fresh import require_models

here = Path(__file__).resolve().parent
ap = argparse.ArgumentParser()
ap.add_argument("--baseline", type=Path, default=None,
                help="folder holding another version's assessor package, to compare")
args = ap.parse_args()
if args.baseline:
    require_models(args.baseline)
status = 0
for script in sorted(here.glob("*_bench.py")):
    print(f"== {script.name}", flush=True)
    extra = []
    if args.baseline and "--baseline" in script.read_text(encoding="utf-8"):
        extra = ["--baseline", str(args.baseline)]
    status |= subprocess.call([sys.executable, str(script), *extra])
sys.exit(status)
