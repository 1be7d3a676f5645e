"""assessor: how ready is a social-media presence for a specific role?

The public API::

    from assessor import load_candidate, assess, load_rubric
    from assessor import write_pdf, render_html, open_history   # reports and their history
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "load_candidate", "assess", "load_rubric", "write_pdf", "render_html",
           "open_history"]

if TYPE_CHECKING:  # pragma: no cover
    from assessor.api import assess
    from assessor.history import open_history
    from assessor.ingest import load_candidate
    from assessor.report import render_html, write_pdf
    from assessor.rubric import load_rubric


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
    if name in ("write_pdf", "render_html"):
        from assessor import report
        return getattr(report, name)
    if name == "open_history":
        from assessor.history import open_history
        return open_history
    raise AttributeError(name)
