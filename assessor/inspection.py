"""What ``assessor inspect`` reports: what was read from each source, as plain data."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from assessor.candidate import Candidate
from assessor.completeness import source_statuses
from assessor.display import counted, printable_tree


def what_was_read(counts: Mapping[str, int | None], names: Iterable[str]) -> str:
    """``12 posts, 1 position, 46 connections``: the counts named in ``names`` that are not 0."""
    return ", ".join(counted(name, n) for name in names if (n := counts.get(name)))


def describe(candidate: Candidate) -> dict[str, Any]:
    """A JSON-ready description of a candidate's sources, counts, date ranges and warnings.

    Every export found is listed, read or not: one that could not be read at all has the
    status ``unreadable``, no counts, and its reason among the warnings (once). Every text is
    printable (no terminal escape codes: file names and names are the student's own choice).
    """
    statuses = source_statuses(candidate)
    sources = []
    for s, st in zip(candidate.sources, statuses, strict=False):
        first, last = s.first_post, s.last_post
        sources.append({
            "platform": str(s.platform),
            "path": s.path,
            "status": st.status,
            "account": s.handle or s.name or None,
            "counts": s.counts(),
            "first_post": first.isoformat() if first else None,
            "last_post": last.isoformat() if last else None,
            "warnings": list(s.warnings),
        })
    for st in statuses[len(candidate.sources):]:
        sources.append({"platform": st.platform, "path": st.file, "status": st.status,
                        "account": None, "counts": {}, "first_post": None, "last_post": None,
                        "warnings": []})
    report: dict[str, Any] = printable_tree({
        "candidate": {
            "name": candidate.name,
            "id": candidate.candidate_id,
            "student_id": candidate.student_id,
            "target_role": candidate.target_role,
        },
        "sources": sources,
        "warnings": list(candidate.warnings),
    })
    return report
