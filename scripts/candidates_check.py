"""Red flags on whole test candidates, as a counselor would see them: every folder in
models/corpus/eval/candidates is assessed for its role, and its flags are compared with the
folder's ``key.json`` (the posts its writer meant as red flags, and posts that look edgy but
are fine). Prints what was caught, what was missed and what was flagged that should not be,
and how often flags were right below and from the confidence where the report calls a flag sure.

    python scripts/candidates_check.py

The candidates were written by helpers who had seen only the labelling guide; see the
README in that folder for what has been tuned on them since.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
from pathlib import Path

from assessor.ingest.manifest import read as read_manifest
from assessor.tuning import AdviceParams

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "models" / "corpus" / "eval" / "candidates"


def assess(folder: Path, role: str) -> dict:
    # This checkout's own assessor first, so the model measured is the one beside this script.
    venv = ROOT / ".venv" / "bin" / "assessor"
    exe = str(venv) if venv.exists() else (shutil.which("assessor") or "assessor")
    out = subprocess.run([exe, "assess", str(folder), "--role", role, "--no-history",
                          "--json", "-"], check=True, capture_output=True, text=True, cwd=ROOT)
    result: dict = json.loads(out.stdout)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", type=Path, default=FOLDER,
                    help="a folder of candidate folders (default: %(default)s)")
    args = ap.parse_args()
    totals = {"intended": 0, "caught": 0, "wrong": 0}
    # How often a flag was right, below and from the confidence where the report words it as
    # sure and says "delete" (the rubric's advice.delete_from_confidence).
    sure_from = AdviceParams().delete_from_confidence
    bands = {"below": [0, 0], "from": [0, 0]}
    for folder in sorted(p for p in args.folder.iterdir() if (p / "key.json").is_file()):
        key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
        role = read_manifest(folder / "candidate.yaml").target_role
        result = assess(folder, role)
        flags = {f["text"]: f for f in result["red_flags"]}
        intended = set(key["red_flags"])
        caught = intended & set(flags)
        wrong = [f for t, f in flags.items() if t not in intended]
        print(f"{folder.name} ({role}): {len(flags)} flags; {len(caught)} of {len(intended)} "
              f"intended red flags caught, {len(wrong)} other flags")
        for text in sorted(intended - caught):
            print(f"  missed: {text[:110]!r}")
        for f in wrong:
            kind = "edgy but fine" if f["text"] in key.get("edgy_but_fine", []) else "other"
            print(f"  wrong ({kind}): {f['category']} {f['confidence']:.2f} {f['text'][:100]!r}")
        for text, f in flags.items():
            band = bands["from" if f["confidence"] >= sure_from else "below"]
            band[0] += text in intended
            band[1] += 1
        totals["intended"] += len(intended)
        totals["caught"] += len(caught)
        totals["wrong"] += len(wrong)
    print(f"all: {totals['caught']} of {totals['intended']} intended red flags caught, "
          f"{totals['wrong']} flags on other posts")
    (below_right, below), (from_right, sure) = bands["below"], bands["from"]
    print(f"flags right: {below_right} of {below} below {sure_from}, {from_right} of {sure} "
          f"from {sure_from}")


if __name__ == "__main__":
    main()
