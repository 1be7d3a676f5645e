"""assessor: how ready is a social-media presence for a specific role?

The public API::

    from assessor import load_candidate, assess, load_rubric
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "load_candidate", "assess", "load_rubric"]

if TYPE_CHECKING:  # pragma: no cover
    from assessor.ingest import load_candidate
    from assessor.rubric import load_rubric
    from assessor.scoring import assess


def __getattr__(name: str) -> Any:
    # Lazy: `assessor --help` must not pay for pandas, scikit-learn or weasyprint.
    if name == "load_candidate":
        from assessor.ingest import load_candidate
        return load_candidate
    if name == "assess":
        from assessor.api import assess
        return assess
    if name == "load_rubric":
        from assessor.rubric import load_rubric
        return load_rubric
    raise AttributeError(name)
