"""What ``assessor inspect`` reports: what was read from each source, as plain data."""

from __future__ import annotations

from typing import Any

from assessor.candidate import Candidate
from assessor.display import printable_tree


def describe(candidate: Candidate) -> dict[str, Any]:
    """A JSON-ready description of a candidate's sources, counts, date ranges and warnings.

    Every text is printable (no terminal escape codes: file names and names are the
    student's own choice).
    """
    sources = []
    for s in candidate.sources:
        first, last = s.first_post, s.last_post
        sources.append({
            "platform": str(s.platform),
            "path": s.path,
            "account": s.handle or s.name or None,
            "counts": s.counts(),
            "first_post": first.isoformat() if first else None,
            "last_post": last.isoformat() if last else None,
            "warnings": list(s.warnings),
        })
    return printable_tree({
        "candidate": {
            "name": candidate.name,
            "id": candidate.candidate_id,
            "student_id": candidate.student_id,
            "target_role": candidate.target_role,
        },
        "sources": sources,
        "warnings": list(candidate.warnings),
    })
