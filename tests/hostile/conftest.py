"""Hostile-input tests: print the slowest and hungriest cases at the end of the run."""

from __future__ import annotations

from typing import Any


def pytest_terminal_summary(terminalreporter: Any) -> None:
    from hostile_files import MEASURES

    if not MEASURES:
        return
    slowest = max(MEASURES, key=lambda m: m.seconds)
    hungriest = max(MEASURES, key=lambda m: m.peak_mb)
    terminalreporter.write_line(
        f"hostile inputs: {len(MEASURES)} cases measured; slowest {slowest.label} "
        f"{slowest.seconds:.2f} s ({slowest.peak_mb:.0f} MB); most memory {hungriest.label} "
        f"{hungriest.peak_mb:.0f} MB ({hungriest.seconds:.2f} s)")
