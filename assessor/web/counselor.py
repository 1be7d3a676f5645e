"""The counselor's pages: a roster and the students' files in, live progress, the class table
and every report out. :mod:`assessor.web.runs` drives the batch engine; this module only
turns requests into calls on it and its results into pages.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from assessor.errors import AssessorError, InputError, choose
from assessor.levels import Band
from assessor.report.options import Audience
from assessor.web.app import checked_form, page, roles
from assessor.web.runs import Run
from assessor.web.uploads import safe_name

#: Sort keys of the class table: column -> how a row is compared.
SORTS = ("student_id", "name", "overall", "band", "completeness", "red_flags", "status")
BAND_ORDER: dict[str, int] = {band: i for i, band in enumerate(Band)}
_FILE = re.compile(r"^[^/\\]+\.(pdf|csv|jsonl)$")


def routes() -> list[Route]:
    return [
        Route("/class", class_home),
        Route("/class", start, methods=["POST"]),
        Route("/class/{run_id}", run_page),
        Route("/class/{run_id}/status.json", status),
        Route("/class/{run_id}/cancel", cancel, methods=["POST"]),
        Route("/class/{run_id}/resume", resume, methods=["POST"]),
        Route("/class/{run_id}/reports.zip", reports_zip),
        Route("/class/{run_id}/student/{student_id}", student_report),
        Route("/class/{run_id}/files/{name}", run_file),
    ]


async def class_home(request: Request) -> Response:
    return page(request, "class.html", roles=roles(), runs=request.app.state.runs.list(),
                problems=None, error=None, form={})


async def start(request: Request) -> Response:
    form = await checked_form(request, max_files=3)
    runs = request.app.state.runs
    fields = {k: str(form.get(k) or "").strip() for k in ("role", "roster_path", "audience")}
    fields["redact"] = "on" if form.get("redact") else ""
    roster_file = form.get("roster")
    students_zip = form.get("students")
    run_id, folder = runs.new_folder()
    try:
        roster, audience = await run_in_threadpool(_inputs, folder, fields, roster_file,
                                                   students_zip)
    except AssessorError as exc:
        runs.discard(folder)
        problems = getattr(exc, "problems", None)
        return page(request, "class.html", status=422, roles=roles(), runs=runs.list(),
                    problems=problems, error=_tidy(str(exc), folder), form=fields)
    finally:
        await form.close()
    run = Run(id=run_id, folder=folder, roster=roster, roster_name=roster.name,
              role=fields["role"] or None, redact=bool(fields["redact"]),
              audience=audience,
              as_of=datetime.now(UTC).date().isoformat(),
              created=datetime.now(UTC).isoformat(timespec="seconds"))
    runs.add(run)
    runs.start(run)
    return RedirectResponse(f"/class/{run.id}", status_code=303)


def _inputs(folder: Path, fields: dict[str, str], roster_file: Any, students_zip: Any
            ) -> tuple[Path, Audience]:
    """Put the roster (and the students' folders) in place and check the roster; raises the
    roster's own errors, every problem with its row number, before anything runs."""
    from assessor.batch.roster import read_roster
    from assessor.web.uploads import _unpack

    audience = choose(Audience, fields["audience"] or Audience.STUDENT, "audience")
    if fields["role"] and fields["role"] not in {r[0] for r in roles()}:
        raise InputError("role", "choose a role from the list, or leave it empty to use each "
                                 "row's role column")
    uploaded = isinstance(roster_file, UploadFile) and roster_file.filename
    if uploaded:
        assert isinstance(roster_file, UploadFile)
        name = safe_name(roster_file.filename or "")
        if not name.lower().endswith((".csv", ".xlsx")):
            raise InputError(name, "expected a roster as a .csv or .xlsx file")
        roster = folder / "input" / name
        with open(roster, "wb") as out:
            while chunk := roster_file.file.read(1 << 20):
                out.write(chunk)
        if isinstance(students_zip, UploadFile) and students_zip.filename:
            zname = safe_name(students_zip.filename)
            if not zname.lower().endswith(".zip"):
                raise InputError(zname, "expected the students' folders as one .zip file")
            zpath = folder / zname
            with open(zpath, "wb") as out:
                while chunk := students_zip.file.read(1 << 20):
                    out.write(chunk)
            try:
                _unpack(zpath, folder / "input")
            finally:
                zpath.unlink()
    elif fields["roster_path"]:
        roster = Path(fields["roster_path"]).expanduser()
        if not roster.is_absolute():
            raise InputError(fields["roster_path"], "expected the full path of a roster file "
                                                    "on this computer")
    else:
        raise InputError("roster", "choose a roster file (.csv or .xlsx), or give the path of "
                                   "one on this computer")
    read_roster(roster, role=fields["role"] or None)
    return roster, audience


def _tidy(text: str, folder: Path) -> str:
    return text.replace(str(folder / "input") + "/", "").replace(str(folder) + "/", "")


def _run(request: Request) -> Run:
    run: Run | None = request.app.state.runs.get(request.path_params["run_id"])
    if run is None:
        raise HTTPException(404)
    return run


def _status(run: Run) -> dict[str, Any]:
    snap = run.progress.snapshot() if run.progress else {
        "phase": "", "total": 0, "done": 0, "notes": [], "students": []}
    return {"id": run.id, "status": run.status, "running": run.running,
            "message": run.message, **snap}


async def status(request: Request) -> Response:
    return JSONResponse(_status(_run(request)), headers={"cache-control": "no-store"})


async def run_page(request: Request) -> Response:
    run = _run(request)
    sort = request.query_params.get("sort", "student_id")
    order = request.query_params.get("order", "asc")
    sort = sort if sort in SORTS else "student_id"
    order = order if order in ("asc", "desc") else "asc"
    table, columns = (await run_in_threadpool(_table, run, sort, order)
                      if not run.running else ([], ()))
    return page(request, "class_run.html", run=run, band_labels={band: band.label for band in Band},
                state=_status(run), table=table, columns=columns, sort=sort, order=order,
                files=_files(run) if not run.running else [])


def _table(run: Run, sort: str, order: str) -> tuple[list[dict[str, str]], tuple[str, ...]]:
    path = run.out / "results.csv"
    if not path.is_file():
        return [], ()
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        columns = tuple(reader.fieldnames or ())

    def key(row: dict[str, str]) -> tuple[Any, ...]:
        value = row.get(sort, "")
        if sort in ("overall", "red_flags", "completeness"):
            try:
                return (0, float(value))
            except ValueError:
                return (1, 0.0)
        if sort == "band":
            return (BAND_ORDER.get(value, 9), value)
        return (0, value.casefold())

    rows.sort(key=key, reverse=order == "desc")
    for row in rows:
        row["has_pdf"] = "1" if (run.out / f"{row['student_id']}.pdf").is_file() else ""
    return rows, columns


def _files(run: Run) -> list[str]:
    return [n for n in ("summary.pdf", "results.csv", "results.jsonl")
            if (run.out / n).is_file()]


async def cancel(request: Request) -> Response:
    run = _run(request)
    form = await checked_form(request)
    await form.close()
    request.app.state.runs.cancel(run)
    return RedirectResponse(f"/class/{run.id}", status_code=303)


async def resume(request: Request) -> Response:
    run = _run(request)
    form = await checked_form(request)
    await form.close()
    try:
        request.app.state.runs.start(run, resume=True)
    except AssessorError as exc:
        raise HTTPException(422, _tidy(str(exc), run.folder)) from None
    return RedirectResponse(f"/class/{run.id}", status_code=303)


async def run_file(request: Request) -> Response:
    run = _run(request)
    name = request.path_params["name"]
    path = run.out / name
    if not _FILE.match(name) or name.startswith(".") or not path.is_file():
        raise HTTPException(404)
    return FileResponse(path, filename=name, headers={"cache-control": "no-store"})


async def reports_zip(request: Request) -> Response:
    run = _run(request)
    pdfs = sorted(p for p in run.out.glob("*.pdf") if p.name != "summary.pdf") \
        if run.out.is_dir() else []
    if not pdfs:
        raise HTTPException(404)

    def build() -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
            for p in pdfs:
                zf.write(p, p.name)
        return buf.getvalue()

    return Response(await run_in_threadpool(build), media_type="application/zip", headers={
        "content-disposition": f'attachment; filename="reports-{run.id}.zip"',
        "cache-control": "no-store"})


async def student_report(request: Request) -> Response:
    """One student's report as a page, from the run's results.jsonl."""
    import json

    from assessor.report.view import build_view
    from assessor.result import Assessment

    run = _run(request)
    sid = request.path_params["student_id"]
    path = run.out / "results.jsonl"
    found = None
    if path.is_file():
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("student_id") == sid:
                    found = rec
                    break
    if found is None or not found.get("assessment"):
        raise HTTPException(404)
    assessment = Assessment.from_dict(found["assessment"])
    view = build_view(assessment, audience=run.audience)
    return page(request, "class_student.html", run=run, view=view, result=assessment,
                student_id=sid, has_pdf=(run.out / f"{sid}.pdf").is_file())
