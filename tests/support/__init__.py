"""What tests share: example paths, cached example assessments, the golden cases and builders.

The tests folder is on sys.path (its conftest has no package), so tests import ``support``.
"""

from support.examples import (
    AS_OF,
    EXAMPLES,
    ROOT,
    example_assessment,
    example_candidate,
    make_broken_student,
)

__all__ = ["AS_OF", "EXAMPLES", "ROOT", "example_assessment", "example_candidate",
           "make_broken_student"]
