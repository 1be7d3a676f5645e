"""The student's pages: upload, see what was recognised, pick a role, read the result.

Every step goes through the library: :func:`assessor.ingest.load_candidate` and
:func:`assessor.inspection.describe` (what ``assessor inspect`` shows), then
:func:`assessor.api.assess` (what ``assessor assess`` runs), the history store, and the
report's own view model and templates for the result page and the PDF.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from assessor.errors import AssessorError
from assessor.web.app import environment, page, report_stylesheet, roles, session_id
from assessor.web.uploads import MAX_FILES, Result, Upload

#: Characters of a pasted job posting kept (a posting is a page or two).
MAX_POSTING = 20_000
COUNT_LABELS = ("posts", "articles", "replies", "comments", "reposts", "connections",
                "followers", "following", "repositories", "skills", "certifications",
                "projects", "recommendations", "endorsements")


def routes() -> list[Route]:
    return [
        Route("/", home),
        Route("/upload", upload, methods=["POST"]),
        Route("/u/{upload_id}", uploaded),
        Route("/u/{upload_id}/assess", assess, methods=["POST"]),
        Route("/u/{upload_id}/forget", forget, methods=["POST"]),
        Route("/u/{upload_id}/r/{rid}", result_page),
        Route("/u/{upload_id}/r/{rid}/report.pdf", result_pdf),
        Route("/u/{upload_id}/r/{rid}/result.json", result_json),
        Route("/history", history_page),
        Route("/report.css", stylesheet),
    ]


async def home(request: Request) -> Response:
    return page(request, "student.html", roles=roles(), error=None)


async def stylesheet(request: Request) -> Response:
    return Response(report_stylesheet(), media_type="text/css",
                    headers={"cache-control": "max-age=3600"})


async def upload(request: Request) -> Response:
    form = await _form(request, max_files=MAX_FILES)
    files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
    if not files:
        return page(request, "student.html", status=422, roles=roles(),
                    error="Choose at least one file: your export zips, posts.csv or "
                          "candidate.yaml.")
    store = request.app.state.uploads
    try:
        up = await run_in_threadpool(store.create, session_id(request),
                                     [(f.filename or "", f.file) for f in files])
    except AssessorError as exc:
        return page(request, "student.html", status=422, roles=roles(), error=str(exc))
    finally:
        await form.close()
    try:
        up_info = await run_in_threadpool(_inspect, up)
    except AssessorError as exc:
        store.remove(up.id)
        return page(request, "student.html", status=422, roles=roles(),
                    error=_tidy(str(exc), up))
    up.inspection = up_info
    return RedirectResponse(f"/u/{up.id}", status_code=303)


def _inspect(up: Upload) -> dict[str, Any]:
    """What ``assessor inspect`` says about the upload, with the private folder's path left
    out of every file name and message."""
    from assessor.ingest import load_candidate
    from assessor.inspection import describe, what_was_read

    report = describe(load_candidate(up.folder))
    for s in report["sources"]:
        s["path"] = _tidy(s["path"], up)
        s["warnings"] = [_tidy(w, up) for w in s["warnings"]]
        s["what"] = what_was_read(s["counts"], COUNT_LABELS) or "\u2013"
    report["warnings"] = [_tidy(w, up) for w in report["warnings"]]
    return report


async def _inspection(up: Upload) -> dict[str, Any]:
    if up.inspection is None:
        up.inspection = await run_in_threadpool(_inspect, up)
    return up.inspection


def _tidy(text: str, up: Upload) -> str:
    for prefix in (str(up.folder) + "/", str(up.folder)):
        text = text.replace(prefix, "")
    return text


def _upload(request: Request) -> Upload:
    up: Upload | None = request.app.state.uploads.get(request.path_params["upload_id"],
                                                      session_id(request))
    if up is None:
        raise HTTPException(404)
    return up


async def uploaded(request: Request) -> Response:
    up = _upload(request)
    info = await _inspection(up)
    suggested = info["candidate"]["target_role"]
    return page(request, "uploaded.html", upload=up, info=info, roles=roles(),
                role=suggested if suggested in {r[0] for r in roles()} else None,
                error=None, form={})


async def assess(request: Request) -> Response:
    up = _upload(request)
    form = await _form(request)
    fields = {k: str(form.get(k) or "").strip() for k in ("role", "posting", "name",
                                                          "student_id")}
    fields["redact"] = "on" if form.get("redact") else ""
    fields["keep"] = "on" if form.get("keep") else ""
    await form.close()
    info = await _inspection(up)
    problem = _check(fields)
    if problem:
        return page(request, "uploaded.html", status=422, upload=up, info=info, roles=roles(),
                    role=fields["role"], error=problem, form=fields)
    settings = request.app.state.settings
    try:
        result = await run_in_threadpool(_run, up, fields, settings)
    except AssessorError as exc:
        return page(request, "uploaded.html", status=422, upload=up, info=info, roles=roles(),
                    role=fields["role"], error=_tidy(str(exc), up), form=fields)
    rid = up.add_result(result)
    return RedirectResponse(f"/u/{up.id}/r/{rid}", status_code=303)


def _check(fields: dict[str, str]) -> str | None:
    if fields["role"] not in {r[0] for r in roles()}:
        return "Choose a role from the list."
    if len(fields["posting"]) > MAX_POSTING:
        return f"The job posting is longer than {MAX_POSTING:,} characters; paste the part " \
               "that describes the role."
    if len(fields["name"]) > 120 or len(fields["student_id"]) > 64:
        return "The name or student id is too long."
    return None


def _run(up: Upload, fields: dict[str, str], settings: Any) -> Result:
    """Assess the upload exactly as ``assessor assess`` does, and record it in the history
    when the student gave an id and asked for it to be kept."""
    from assessor.api import assess as run_assess
    from assessor.classifier import load_classifier
    from assessor.ingest import load_candidate

    candidate = load_candidate(up.folder)
    if fields["name"]:
        candidate = replace(candidate, name=fields["name"])
    if fields["student_id"]:
        candidate = replace(candidate, student_id=fields["student_id"])
    job = None
    if fields["posting"]:
        job = up.folder / ".posting.txt"
        job.write_text(fields["posting"], encoding="utf-8")
    result = run_assess(candidate, fields["role"], job=job, redact=bool(fields["redact"]),
                        classifier=load_classifier())
    # The result names the uploaded files, never the private folder they sit in.
    result = replace(result, sources=tuple(replace(src, path=_tidy(src.path, up))
                                           for src in result.sources),
                     warnings=tuple(_tidy(w, up) for w in result.warnings))
    if result.job is not None:
        result = replace(result, job=replace(result.job, path="the pasted job posting"))
    previous = None
    if not settings.no_history and candidate.student_id:
        from assessor.history import open_history

        with open_history(settings.db) as history:
            previous = (history.record(result) if fields["keep"] else
                        history.previous(result.candidate_id, result.role, result.as_of))
    return Result(assessment=result, previous=previous)


def _result(request: Request) -> tuple[Upload, Result]:
    up = _upload(request)
    res = up.results.get(request.path_params["rid"])
    if res is None:
        raise HTTPException(404)
    return up, res


async def result_page(request: Request) -> Response:
    from assessor.report.view import build_view

    up, res = _result(request)
    view = build_view(res.assessment, audience="student", history=res.previous)
    info = await _inspection(up)
    return page(request, "result.html", upload=up, rid=request.path_params["rid"], view=view,
                result=res.assessment, roles=roles(), info=info)


async def result_pdf(request: Request) -> Response:
    from assessor.report.render import html_to_pdf, render_html

    _, res = _result(request)
    html = render_html(res.assessment, audience="student", history=res.previous)
    pdf = await run_in_threadpool(html_to_pdf, html)
    return Response(pdf, media_type="application/pdf", headers={
        "content-disposition": f'attachment; filename="{_file_stem(res)}.pdf"',
        "cache-control": "no-store"})


async def result_json(request: Request) -> Response:
    _, res = _result(request)
    return Response(res.assessment.to_json() + "\n", media_type="application/json", headers={
        "content-disposition": f'attachment; filename="{_file_stem(res)}.json"',
        "cache-control": "no-store"})


def _file_stem(res: Result) -> str:
    from assessor.web.uploads import safe_name

    a = res.assessment
    return safe_name(f"{a.candidate_name}-{a.role}").replace(" ", "-").lower()


async def forget(request: Request) -> Response:
    up = _upload(request)
    form = await _form(request)
    await form.close()
    request.app.state.uploads.remove(up.id)
    return RedirectResponse("/?forgotten=1", status_code=303)


async def history_page(request: Request) -> Response:
    settings = request.app.state.settings
    sid = request.query_params.get("student_id", "").strip()[:64]
    entries = None
    if sid and not settings.no_history:
        from assessor.history import default_path, open_history

        path = settings.db or default_path()
        entries = []
        if Path(path).exists():
            def trend() -> list[Any]:
                with open_history(path) as store:
                    return store.trend(sid)
            entries = await run_in_threadpool(trend)
    return page(request, "history.html", student_id=sid, entries=entries,
                titles=dict((r[0], r[1]) for r in roles()))


async def _form(request: Request, **limits: Any) -> Any:
    from assessor.web.app import checked_form

    return await checked_form(request, **limits)


__all__ = ["routes", "environment"]
