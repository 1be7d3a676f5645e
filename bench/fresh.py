"""What the benchmarks that run ``assessor`` in fresh processes share (not a benchmark itself:
``bench/run.py`` runs ``*_bench.py`` only)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def fresh_env(package_root: Path) -> dict[str, str]:
    """The environment of a fresh ``assessor`` process run from ``package_root``. Byte-code is
    written and read, as in a user's install: with PYTHONDONTWRITEBYTECODE set (it is in some
    shells) every run compiles the sources again, about 0.2 s more here."""
    env = {**os.environ, "PYTHONPATH": str(package_root)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def require_models(baseline: Path) -> None:
    """Exit with a message when a baseline folder has no ``assessor/models``: without it
    ``assessor.models`` resolves through this checkout's editable install, and the baseline
    would run with this version's models."""
    if not (baseline / "assessor" / "models").is_dir():
        sys.exit(f"{baseline}/assessor/models is missing: the baseline would run with this "
                 "checkout's models (see bench/run.py's docstring)")
