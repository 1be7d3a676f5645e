"""The example candidates, a fixed assessment date and cached assessments, for any test.

Imported through ``support`` (the tests folder is on sys.path through its conftest); never
import from ``conftest``: several folders have one.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
AS_OF = dt.date(2026, 11, 20)


@cache
def example_candidate(name: str):
    from assessor.ingest import load_candidate

    return load_candidate(EXAMPLES / name)


@cache
def example_assessment(name: str, role: str):
    from assessor import assess

    return assess(example_candidate(name), role, as_of=AS_OF)


def make_broken_student(folder: Path) -> Path:
    """The issue's broken student, built fresh: a cut-off X archive, a LinkedIn export whose
    Shares.csv has unknown columns and whose Connections.csv is cut off part-way through.

    Built from the shipped examples (Lin Wei's LinkedIn export, Amara Okafor's X archive), so
    nothing about a real person is involved. Returns ``folder``.
    """
    import zipfile

    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(EXAMPLES / "lin-wei" / "Basic_LinkedInDataExport_11-15-2026.zip") as src, \
            zipfile.ZipFile(folder / "Basic_LinkedInDataExport_11-15-2026.zip", "w") as out:
        for name in src.namelist():
            data = src.read(name)
            if name == "Shares.csv":
                data = data.replace(b"Date,ShareLink,ShareCommentary",
                                    b"Datum,Teilen-Link,Kommentar", 1)
            elif name == "Connections.csv":
                data = data[: len(data) // 2]
            out.writestr(name, data)
    x_zip = next((EXAMPLES / "amara-okafor").glob("twitter-*.zip")).read_bytes()
    (folder / "twitter-2026-11-15-5e1f.zip").write_bytes(x_zip[: len(x_zip) // 2])
    (folder / "candidate.yaml").write_text("name: Sam Rivera\nstudent_id: S900\n",
                                           encoding="utf-8")
    return folder
