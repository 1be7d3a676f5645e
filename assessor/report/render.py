"""HTML and PDF from the report's view model.

The last of three stages: :func:`assessor.report.view.build_view` decides what is shown, the
templates in ``templates/`` decide how it looks, and this module wires them together. The
jinja2 environment escapes every value (post text is input, and input is not trusted), and the
formatting filters are registered here, once.

The PDF renderer fetches nothing: the stylesheet is inlined, the charts are inline SVG, and
:class:`NoFetch` refuses every URL WeasyPrint asks for, so a link or image address in someone's
post can never reach the network or the disk. The one thing it hands over is the emoji font
shipped in this package (:data:`EMOJI_FONT_URL`), read from the package itself, so that the
emoji people put in their posts print as emoji, not as empty boxes.
"""

from __future__ import annotations

import sys
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from assessor.candidate import Platform
from assessor.display import count_noun, joined, plural
from assessor.files import write_atomic
from assessor.report.view import build_view
from assessor.result import Assessment

if TYPE_CHECKING:  # pragma: no cover
    from weasyprint.urls import URLFetcher

#: The address the stylesheets give the emoji font (Noto Emoji, monochrome, SIL Open Font
#: License 1.1; ``fonts/``): not a place on the network or the disk, a name :class:`NoFetch`
#: answers from the package's own data and from nothing else.
EMOJI_FONT_URL = "assessor-font:noto-emoji.woff"
EMOJI_FONT_FILE = "NotoEmoji-Regular.woff"


@cache
def _emoji_font() -> bytes:
    from importlib.resources import files

    # Through assessor.report: the fonts folder has no __init__.py, like the templates.
    return files("assessor.report").joinpath("fonts", EMOJI_FONT_FILE).read_bytes()

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")



# -- formatting filters: how numbers, dates and names are written, in one place ---------------

def _score(value: float | None) -> str:
    return "\u2013" if value is None else f"{value:.0f}"


def _points(value: float | None) -> str:
    return "\u2013" if value is None else f"{round(value, 1):g}"


def _signed(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "\u2013"
    if round(value, digits) == 0:
        return "no change"
    sign = "+" if value > 0 else "\u2212"
    return f"{sign}{abs(value):.{digits}f}"


def _pct(value: float) -> str:
    return f"{value:.0f}%"


def _chance(probability: float) -> str:
    """A calibrated probability in words for a person: never "100%", which no classifier is.

    >>> _chance(0.9996), _chance(0.87)
    ('over 99%', '87%')
    """
    return "over 99%" if probability >= 0.995 else f"{probability * 100:.0f}%"


def _metric(value: float | None) -> str:
    return "\u2013" if value is None else f"{value:.3f}"


def _value(value: float) -> str:
    return f"{value:.4g}"


def _day(value: str | None) -> str:
    """ISO date -> '20 November 2026': no day/month order to misread in any country."""
    if not value:
        return "\u2013"
    try:
        d = date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _day_short(value: str | None) -> str:
    """ISO date -> '2 Nov 2026', for table columns."""
    full = _day(value)
    parts = full.split(" ")
    return f"{parts[0]} {parts[1][:3]} {parts[2]}" if len(parts) == 3 else full


def _platform(value: str | None) -> str:
    if not value:
        return "\u2013"
    known = Platform.known(value)
    return known.label if known else value.replace("_", " ").title()


def _label(value: str | None) -> str:
    return (value or "").replace("_", " ")


def _thousands(value: int | float) -> str:
    return f"{value:,.0f}"


def _count(value: float, word: str, digits: int = 0) -> str:
    """``3 points``, ``1 point``, ``2.5 points``."""
    text = f"{value:,.{digits}f}"
    return f"{text} {word if text == '1' else word + 's'}"


def _ordinal(value: float) -> str:
    n = int(round(value))
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


FILTERS = {"score": _score, "points": _points, "signed": _signed, "pct": _pct, "chance": _chance,
           "metric": _metric, "value": _value, "day": _day, "day_short": _day_short,
           "platform": _platform,
           "label": _label, "thousands": _thousands, "count": _count, "counted": count_noun,
           "plural": plural,
           "ordinal": _ordinal, "and_list": joined}


@cache
def environment() -> Environment:
    """The report's jinja2 environment: package templates, autoescape on, filters registered."""
    env = Environment(loader=PackageLoader("assessor.report", "templates"), autoescape=True,
                      undefined=StrictUndefined)
    env.filters.update(FILTERS)
    env.globals["emoji_font_url"] = EMOJI_FONT_URL
    return env


def render_html(assessment: Assessment, *, audience: str = "student", paper: str = "a4",
                history: Assessment | None = None) -> str:
    """The report as one self-contained HTML document.

    Parameters
    ----------
    assessment
        The result to report.
    audience, paper, history
        As for :func:`~assessor.report.view.build_view` (default a student's copy on A4).

    Returns
    -------
    str
        HTML with its stylesheet inline and its charts as inline SVG.
    """
    view = build_view(assessment, audience=audience, paper=paper, history=history)
    return environment().get_template("report.html").render(view=view)


@cache
def load_weasyprint() -> None:
    """Import WeasyPrint, skipping the library search its first import would do on Linux.

    WeasyPrint opens Pango and friends by trying several names in turn (``pango-1.0-0``,
    ``libpango-1.0-0``, ... ``libpango-1.0.so.0``); for each name that is not a file, cffi
    asks ``ctypes.util.find_library``, which runs ``ldconfig``, ``gcc`` and ``ld`` in
    subprocesses: about 20 of them and 0.2-0.3 s before the name that works is tried. On Linux
    the ``.so.0`` names load directly, so the search is switched off for the import; should
    that fail (an unusual system), the import is tried again the ordinary way.
    """
    import ctypes.util

    if sys.platform != "linux":
        import weasyprint  # noqa: F401
        return
    search = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        import weasyprint  # noqa: F401
    except OSError:
        for name in [m for m in sys.modules if m == "weasyprint" or m.startswith("weasyprint.")]:
            del sys.modules[name]
        ctypes.util.find_library = search
        import weasyprint  # noqa: F401, F811
    finally:
        ctypes.util.find_library = search


@cache
def _fetcher_class() -> type[URLFetcher]:
    load_weasyprint()
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class NoFetch(URLFetcher):  # type: ignore[misc]  # WeasyPrint ships no type hints
        """A WeasyPrint URL fetcher that fetches nothing.

        The report carries everything it needs inline but for one package asset, the emoji
        font, served from the package under :data:`EMOJI_FONT_URL` (and recorded in
        ``served``). Every other URL (http:, https:, file:, data:, anything) is refused and
        recorded in ``refused``. WeasyPrint then leaves that resource out and goes on rendering.
        """

        def __init__(self) -> None:
            super().__init__(fail_on_errors=False)
            self.refused: list[str] = []
            self.served: list[str] = []

        def fetch(self, url: str, headers: Any = None) -> Any:
            if url == EMOJI_FONT_URL:
                self.served.append(url)
                return URLFetcherResponse(url, body=_emoji_font(),
                                          headers={"Content-Type": "font/woff"})
            self.refused.append(url)
            raise PermissionError(f"the report renderer fetches nothing (refused {url[:80]!r})")

    return NoFetch


def no_fetch() -> URLFetcher:
    """A fresh URL fetcher that refuses every URL (see :func:`html_to_pdf`)."""
    return _fetcher_class()()


def html_to_pdf(html: str, *, url_fetcher: URLFetcher | None = None) -> bytes:
    """Render report HTML to PDF bytes with WeasyPrint, fetching nothing.

    Parameters
    ----------
    html
        A document from :func:`render_html`.
    url_fetcher
        The fetcher WeasyPrint may call; default a new :func:`no_fetch` fetcher.

    Returns
    -------
    bytes
    """
    load_weasyprint()
    from weasyprint import HTML

    pdf: bytes = HTML(string=html, base_url=None,
                      url_fetcher=url_fetcher or no_fetch()).write_pdf()
    return pdf


def write_pdf(assessment: Assessment, path: str | Path, *, audience: str = "student",
              paper: str = "a4", history: Assessment | None = None) -> Path:
    """Write the report as a PDF, atomically (a temporary file, then a rename).

    Parameters
    ----------
    assessment, audience, paper, history
        As for :func:`render_html`.
    path
        The PDF file to write; its folder is created if needed.

    Returns
    -------
    Path
        ``path``.
    """
    html = render_html(assessment, audience=audience, paper=paper, history=history)
    return write_atomic(path, html_to_pdf(html))
