"""The web app: settings, the jinja2 environment, sessions, error pages and the route table.

:func:`create_app` returns a plain ASGI app (Starlette inside :class:`GuardMiddleware`), so
tests drive it with Starlette's ``TestClient`` and ``assessor serve`` runs it with uvicorn.
The pages only drive the library: :mod:`assessor.web.student` assesses with
:func:`assessor.api.assess`, :mod:`assessor.web.counselor` runs :func:`assessor.batch.run_batch`.
"""

from __future__ import annotations

import logging
import secrets
import traceback
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, PackageLoader, StrictUndefined
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp

from assessor.web.security import (
    SESSION_COOKIE,
    GuardMiddleware,
    allowed_hosts,
    csp_for,
    csrf_ok,
    csrf_token,
    new_session_id,
)

log = logging.getLogger("assessor.web")
STATIC = Path(__file__).parent / "static"
#: One request (all the files of one upload together) may carry at most this much.
MAX_BODY = 300 * 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """How the server runs.

    Parameters
    ----------
    host, port
        The address it is bound to; requests for any other ``Host`` are refused.
    db
        The history store (default: the per-user one); ``None`` with ``no_history``.
    no_history
        Neither store results nor show progress from earlier ones.
    work_dir
        Where class runs keep their roster, students' files and reports (default:
        ``<user data dir>/assessor/classes``), so a run can resume after a restart.
    workers
        Worker processes for class runs (default: the number of CPUs).
    upload_ttl
        Seconds an idle upload's files are kept for "try another role".
    max_body
        The largest request accepted, in bytes.
    """

    host: str = "127.0.0.1"
    port: int = 8765
    db: Path | None = None
    no_history: bool = False
    work_dir: Path | None = None
    workers: int | None = None
    upload_ttl: float = 1800.0
    max_body: int = MAX_BODY

    @property
    def classes_dir(self) -> Path:
        if self.work_dir is not None:
            return self.work_dir
        import platformdirs

        return Path(platformdirs.user_data_dir("assessor")) / "classes"

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"


@cache
def environment() -> Environment:
    """Web templates first, then the report's own (its section partials are reused as they
    are, so the page and the PDF never disagree); the report's formatting filters."""
    from assessor.report.render import FILTERS

    env = Environment(loader=ChoiceLoader([PackageLoader("assessor.web", "templates"),
                                           PackageLoader("assessor.report", "templates")]),
                      autoescape=True, undefined=StrictUndefined)
    env.filters.update(FILTERS)
    return env


@cache
def roles() -> tuple[tuple[str, str, str], ...]:
    """Every role with a rubric: ``(id, title, one-line description)``."""
    from assessor.rubric import available_roles, load_rubric

    out = []
    for role in available_roles():
        rubric = load_rubric(role)
        out.append((role, rubric.title, " ".join(rubric.description.split())))
    return tuple(out)


# -- sessions and pages ---------------------------------------------------------------------

def session_id(request: Request) -> str:
    """This browser's session id (a new one is made, and set as a cookie by :func:`page`)."""
    sid = request.cookies.get(SESSION_COOKIE)
    if not sid or len(sid) > 64:
        sid = request.scope.setdefault("assessor.new_session", new_session_id())
    return sid


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page from ``template``, with the session cookie and the CSRF token forms carry."""
    sid = session_id(request)
    secret: bytes = request.app.state.secret
    html = environment().get_template(template).render(
        csrf=csrf_token(secret, sid), settings=request.app.state.settings, request=request,
        **context)
    response = HTMLResponse(html, status_code=status, headers={
        "cache-control": "no-store", "content-security-policy": csp_for(html)})
    if request.cookies.get(SESSION_COOKIE) != sid:
        response.set_cookie(SESSION_COOKIE, sid, httponly=True, samesite="strict", path="/")
    return response


def error_page(request: Request, status: int, title: str, message: str) -> HTMLResponse:
    return page(request, "error.html", status=status, title=title, message=message)


async def checked_form(request: Request, **limits: Any) -> Any:
    """The posted form, after its CSRF token is checked against this session (else 403)."""
    from starlette.formparsers import MultiPartException

    try:
        form = await request.form(**limits)
    except MultiPartException as exc:
        raise HTTPException(400, f"The form could not be read ({exc.message}).") from None
    if not csrf_ok(request.app.state.secret, request.cookies.get(SESSION_COOKIE),
                   form.get("csrf")):
        await form.close()
        raise HTTPException(403, "This form has expired or did not come from this page. "
                                 "Go back, reload the page and try again.")
    return form


TITLES = {400: "That request could not be used", 403: "Not allowed", 404: "Not found",
          405: "Not allowed", 413: "Too large", 422: "Please check your files"}


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = exc.detail if exc.detail and exc.status_code != 404 else (
        "There is nothing at this address. Uploaded files are removed after a while, so an "
        "old link may have expired.")
    return error_page(request, exc.status_code, TITLES.get(exc.status_code, "Error"), message)


async def _crash(request: Request, exc: Exception) -> Response:
    log.error("unexpected error on %s\n%s", request.url.path,
              "".join(traceback.format_exception(exc)))
    return error_page(request, 500, "Something went wrong",
                      "This is a bug in assessor, not a problem with your files. The details "
                      "were written to the server's log.")


# -- the app --------------------------------------------------------------------------------

def create_app(settings: Settings | None = None) -> ASGIApp:
    """The web app for ``settings`` (default: 127.0.0.1:8765, the per-user history)."""
    from assessor.web import counselor, student
    from assessor.web.runs import ClassRuns
    from assessor.web.uploads import UploadStore

    settings = settings or Settings()
    uploads = UploadStore(ttl=settings.upload_ttl)
    runs = ClassRuns(settings.classes_dir, db=settings.db, workers=settings.workers)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        from starlette.concurrency import run_in_threadpool

        # Read the rubrics and compile the templates now, not on the first visit.
        await run_in_threadpool(lambda: (roles(), environment().get_template("student.html")))
        try:
            yield
        finally:
            runs.stop_all()
            uploads.clear()

    routes = [
        *student.routes(),
        *counselor.routes(),
        Mount("/static", app=StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan,
                    exception_handlers={HTTPException: _http_error, Exception: _crash})
    app.state.settings = settings
    app.state.secret = secrets.token_bytes(32)
    app.state.uploads = uploads
    app.state.runs = runs
    guarded = GuardMiddleware(app, hosts=allowed_hosts(settings.host, settings.port),
                              max_body=settings.max_body)
    guarded.state = app.state  # type: ignore[attr-defined]  # for tests and the server
    return guarded


def report_stylesheet() -> str:
    """The report's own stylesheet, for the result page (its print-only rules do nothing on
    screen)."""
    return _report_css()


@cache
def _report_css() -> str:
    from assessor.report.render import environment as report_env

    class _View:
        paper = "a4"
        audience = "student"

    # No emoji font: the browser draws emoji itself, and its address is the PDF renderer's.
    return report_env().get_template("report.css").render(view=_View(), emoji_font_url=None)


__all__ = ["Settings", "create_app", "environment", "page", "Route"]
