"""The readiness report: an :class:`~assessor.result.Assessment` as HTML or PDF.

Three stages that never mix: :mod:`~assessor.report.view` decides what is shown,
:mod:`~assessor.report.charts` turns scores into chart geometry, and
:mod:`~assessor.report.render` fills the templates and makes the PDF. ::

    from assessor.report import write_pdf
    write_pdf(result, "report.pdf", audience="counselor")

The names below are imported on first use, so that ``assessor.report.prefork`` (started by
``assess --pdf`` before the assessment) does not load jinja2 and the view in the process that
assesses.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from assessor.report.options import Audience, Paper

if TYPE_CHECKING:  # pragma: no cover
    from assessor.report.render import html_to_pdf, render_html, write_pdf
    from assessor.report.view import build_view

__all__ = ["Audience", "Paper", "build_view", "html_to_pdf", "render_html", "write_pdf"]

_HOME = {"build_view": "view", "html_to_pdf": "render", "render_html": "render",
         "write_pdf": "render"}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_HOME[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
