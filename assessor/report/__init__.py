"""The readiness report: an :class:`~assessor.result.Assessment` as HTML or PDF.

Three stages that never mix: :mod:`~assessor.report.view` decides what is shown,
:mod:`~assessor.report.charts` turns scores into chart geometry, and
:mod:`~assessor.report.render` fills the templates and makes the PDF. ::

    from assessor.report import write_pdf
    write_pdf(result, "report.pdf", audience="counselor")
"""

from __future__ import annotations

from assessor.report.render import html_to_pdf, render_html, write_pdf
from assessor.report.view import AUDIENCES, PAPERS, build_view

__all__ = ["AUDIENCES", "PAPERS", "build_view", "html_to_pdf", "render_html", "write_pdf"]
