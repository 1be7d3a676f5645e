"""Every route over HTTP with Starlette's TestClient: status codes, the Host/Origin/CSRF
guards, caps, hostile uploads, and two sessions assessing at once without mixing."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from support import EXAMPLES
from web_support import BASE, hostile_files, text_of, token, upload_files

from assessor.web import Settings, create_app
from assessor.web.security import CSP

AMARA = sorted((EXAMPLES / "amara-okafor").iterdir())
JORDAN = sorted((EXAMPLES / "jordan-blake").iterdir())


def _assess(client: TestClient, upload_url: str, csrf: str, **fields: str):
    data = {"csrf": csrf, "role": "social-media-manager", **fields}
    return client.post(upload_url + "/assess", data=data)


# -- the guards ------------------------------------------------------------------------------

def test_pages_carry_the_security_headers(client):
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-security-policy"] == CSP
    assert "default-src 'self'" in CSP and "script-src 'self'" in CSP
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "assessor_session" in r.headers["set-cookie"]
    assert "httponly" in r.headers["set-cookie"].lower()
    # No inline script, nothing from another origin.
    assert not re.search(r"<script(?![^>]*\bsrc=)", r.text)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", r.text)


def test_the_report_stylesheet_asks_the_browser_for_nothing(client):
    # The PDF renderer's emoji font has an address only the renderer answers: the page's copy of
    # the report's stylesheet leaves the font face out (the browser has emoji of its own).
    r = client.get("/report.css")
    assert r.status_code == 200 and "font-family" in r.text
    assert "@font-face" not in r.text and "url(" not in r.text.replace("url(#", "")


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8765", "127.0.0.1:9999",
                                  "127.0.0.1.nip.io:8765"])
def test_other_hosts_are_refused(client, host):
    """DNS rebinding: a hostile name resolving to 127.0.0.1 still sends its own Host."""
    r = client.get("/", headers={"host": host})
    assert r.status_code == 400
    assert "only answers requests addressed to" in r.text


def test_localhost_name_is_accepted(client):
    assert client.get("/", headers={"host": "localhost:8765"}).status_code == 200


def test_other_origins_are_refused(client):
    csrf = token(client)
    r = client.post("/upload", data={"csrf": csrf}, headers={"origin": "https://evil.example"})
    assert r.status_code == 403
    r = client.get("/class", headers={"origin": "http://127.0.0.1:8765"})
    assert r.status_code == 200


@pytest.mark.parametrize("path", ["/upload", "/class"])
def test_forms_without_the_right_csrf_token_are_refused(client, path):
    token(client)
    for data in ({}, {"csrf": "forged"}):
        r = client.post(path, data=data, files=[("files", ("posts.csv", b"x"))])
        assert r.status_code == 403
        assert "did not come from this page" in text_of(r.text)


def test_a_token_from_another_session_is_refused(app):
    with TestClient(app, base_url=BASE) as a, TestClient(app, base_url=BASE) as b:
        theirs = token(a)
        token(b)
        r = b.post("/upload", data={"csrf": theirs}, files=[("files", ("posts.csv", b"x"))])
        assert r.status_code == 403


def test_request_size_cap(tmp_path):
    small = create_app(Settings(db=tmp_path / "h.db", work_dir=tmp_path / "c",
                                max_body=64 * 1024))
    with TestClient(small, base_url=BASE) as c:
        csrf = token(c)
        r = c.post("/upload", data={"csrf": csrf},
                   files=[("files", ("posts.csv", b"date,text\n" + b"x" * 100_000))])
        assert r.status_code == 413
        assert "limit" in r.text


def test_not_found_is_a_friendly_page(client):
    r = client.get("/u/nope")
    assert r.status_code == 404
    assert "There is nothing at this address" in text_of(r.text)
    assert client.get("/class/nope").status_code == 404
    assert client.get("/nothing-here").status_code == 404


def test_a_bug_is_a_friendly_page_never_a_traceback(app, monkeypatch):
    import assessor.web.student as student

    def broken():
        raise RuntimeError("boom")

    monkeypatch.setattr(student, "roles", broken)
    with TestClient(app, base_url=BASE, raise_server_exceptions=False) as c:
        r = c.get("/")
    assert r.status_code == 500
    assert "Something went wrong" in r.text
    assert "Traceback" not in r.text and "boom" not in r.text


# -- the student's pages ---------------------------------------------------------------------

def test_upload_shows_what_was_recognised_in_the_words_of_inspect(client):
    from assessor.ingest import load_candidate
    from assessor.inspection import describe

    r = upload_files(client, AMARA, token(client))
    assert r.status_code == 200 and "/u/" in str(r.url)
    page = text_of(r.text)
    expected = describe(load_candidate(EXAMPLES / "amara-okafor"))
    for source in expected["sources"]:
        counts = ", ".join(f"{v:,} {k}" for k, v in source["counts"].items()
                           if k in ("posts", "connections", "followers") and v)
        for part in counts.split(", "):
            assert part in page
        assert Path(source["path"]).name in page
    assert "Amara Okafor" in page
    assert "/tmp" not in page  # the private folder's path is never shown


def test_assess_renders_the_report_and_downloads_match_the_library(client):
    from assessor.api import assess

    csrf = token(client)
    up = upload_files(client, AMARA, csrf)
    r = _assess(client, str(up.url), csrf, student_id="S001", keep="on")
    assert r.status_code == 200 and "/r/" in str(r.url)
    expected = assess(EXAMPLES / "amara-okafor", "social-media-manager")
    page = text_of(r.text)
    assert f"{expected.overall:.0f} / 100" in page
    assert "Your seven dimensions" in page and "Dimension by dimension" in page  # the partials
    assert "Download PDF" in page and "Try another role" in page
    data = json.loads(client.get(str(r.url) + "/result.json").text)
    assert data["overall"] == pytest.approx(expected.overall)
    assert data["candidate"]["id"] == "S001"
    pdf = client.get(str(r.url) + "/report.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert "attachment" in pdf.headers["content-disposition"]


def test_try_another_role_reuses_the_upload(client):
    csrf = token(client)
    up = upload_files(client, AMARA, csrf)
    first = _assess(client, str(up.url), csrf)
    second = _assess(client, str(up.url), csrf, role="data-analyst")
    assert second.status_code == 200
    assert "Data analyst" in text_of(second.text)
    assert client.get(str(first.url)).status_code == 200   # the first result is still there


def test_history_shows_progress_across_assessments(client):
    csrf = token(client)
    up = upload_files(client, AMARA, csrf)
    _assess(client, str(up.url), csrf, student_id="S9", keep="on")
    r = client.get("/history", params={"student_id": "S9"})
    assert r.status_code == 200
    assert "Assessments of S9" in text_of(r.text) and "Social media manager" in r.text
    assert "No assessments of S404" in text_of(client.get("/history?student_id=S404").text)


def test_bad_form_values_are_explained(client):
    csrf = token(client)
    up = upload_files(client, AMARA, csrf)
    r = _assess(client, str(up.url), csrf, role="astronaut")
    assert r.status_code == 422 and "Choose a role from the list" in r.text
    r = client.post("/upload", data={"csrf": csrf})
    assert r.status_code == 422 and "Choose at least one file" in r.text
    r = client.post("/upload", data={"csrf": csrf}, files=[("files", ("run.exe", b"MZ"))])
    assert r.status_code == 422 and "is not a kind of file assessor reads" in r.text


def test_unusable_files_get_the_importers_message(client):
    r = client.post("/upload", data={"csrf": token(client)},
                    files=[("files", ("posts.csv", b"\x00\x01 nothing here"))])
    assert r.status_code == 422
    assert "could not be used" in text_of(r.text)
    assert "Traceback" not in r.text


def test_uploads_belong_to_their_session(app):
    with TestClient(app, base_url=BASE) as a, TestClient(app, base_url=BASE) as b:
        up = upload_files(a, AMARA, token(a))
        path = str(up.url).removeprefix(BASE)
        token(b)
        assert b.get(path).status_code == 404
        assert a.get(path).status_code == 200


def test_forget_and_shutdown_remove_the_files(app):
    store = app.state.uploads
    with TestClient(app, base_url=BASE) as c:
        csrf = token(c)
        up = upload_files(c, AMARA, csrf)
        kept = upload_files(c, JORDAN, csrf)
        folders = [u.folder for u in store._uploads.values()]
        assert len(folders) == 2 and all(f.is_dir() for f in folders)
        r = c.post(str(up.url) + "/forget", data={"csrf": csrf})
        assert "Your uploaded files were deleted" in r.text
        assert c.get(str(up.url)).status_code == 404
        assert c.get(str(kept.url)).status_code == 200
    assert not any(f.exists() for f in folders)   # the server stopped: all removed


def test_idle_uploads_expire(tmp_path):
    app = create_app(Settings(db=tmp_path / "h.db", work_dir=tmp_path / "c", upload_ttl=0))
    with TestClient(app, base_url=BASE) as c:
        up = upload_files(c, AMARA, token(c))
        assert up.status_code == 404     # expired before the redirect was followed
        assert not any(tmp_path.glob("assessor-upload-*"))


def test_a_zipped_candidate_folder_is_unpacked(client, tmp_path):
    import zipfile

    archive = tmp_path / "amara.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for p in AMARA:
            zf.write(p, f"amara-okafor/{p.name}")
    r = upload_files(client, [archive], token(client))
    assert r.status_code == 200
    page = text_of(r.text)
    assert "Amara Okafor" in page and "LinkedIn" in page and "320 connections" in page


@pytest.mark.parametrize("builder", ["zip_slip", "zip_bomb", "lying_zip", "member_bomb"])
def test_hostile_uploads_are_refused_or_contained(client, tmp_path, builder):
    hf = hostile_files()
    folder = getattr(hf, builder)(tmp_path / "in")
    archive = next(folder.glob("*.zip"))
    before = set(Path("/tmp").glob("*evil*"))
    r = upload_files(client, [archive], token(client))
    assert r.status_code in (200, 422)
    assert "Traceback" not in r.text
    assert set(Path("/tmp").glob("*evil*")) == before
    if builder == "zip_slip" and r.status_code == 200:
        assert "refused archive member" in text_of(r.text)


def test_two_concurrent_assessments_do_not_mix(app):
    outcomes: dict[str, str] = {}

    def student(name: str, files: list[Path], sid: str) -> None:
        # No `with`: each client's exit would run the app's shutdown (which clears uploads).
        c = TestClient(app, base_url=BASE)
        csrf = token(c)
        up = upload_files(c, files, csrf)
        r = _assess(c, str(up.url), csrf, student_id=sid)
        assert r.status_code == 200, text_of(r.text)[:300]
        data = json.loads(c.get(str(r.url) + "/result.json").text)
        outcomes[name] = f"{data['candidate']['name']}|{data['candidate']['id']}"

    threads = [threading.Thread(target=student, args=("amara", AMARA, "A1")),
               threading.Thread(target=student, args=("jordan", JORDAN, "J1"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert outcomes == {"amara": "Amara Okafor|A1", "jordan": "Jordan Blake|J1"}


# -- the counselor's pages -------------------------------------------------------------------

def test_roster_problems_are_listed_with_row_numbers_before_anything_runs(client, tmp_path):
    roster = b"student_id,name,path\nS1,Ann,missing-folder\nS1,Bob,also-missing\n"
    r = client.post("/class", data={"csrf": token(client, "/class")},
                    files=[("roster", ("roster.csv", roster))])
    assert r.status_code == 422
    page = text_of(r.text)
    assert "Row 2" in page and "Row 3" in page
    assert not any((client.app.state.settings.classes_dir).glob("*/run.json"))


def test_an_unknown_audience_is_refused(client):
    roster = b"student_id,name,path\nS1,Ann,ann\n"
    r = client.post("/class", data={"csrf": token(client, "/class"), "audience": "employer"},
                    files=[("roster", ("roster.csv", roster))])
    assert r.status_code == 422
    assert "got &#39;employer&#39;; expected student or counselor" in r.text
    assert not any((client.app.state.settings.classes_dir).glob("*/run.json"))


def test_roster_needs_a_file_or_a_path(client):
    r = client.post("/class", data={"csrf": token(client, "/class"),
                                    "roster_path": "relative/roster.csv"})
    assert r.status_code == 422 and "full path" in r.text


def test_class_run_cancel_resume_table_and_files(client, tmp_path):
    import shutil
    import time
    import zipfile

    class_dir = tmp_path / "class"
    for who in ("lin-wei", "amara-okafor"):
        shutil.copytree(EXAMPLES / who, class_dir / who)
    roster = (b"student_id,name,path,role\nS003,Lin Wei,lin-wei,marketing-specialist\n"
              b"S001,Amara Okafor,amara-okafor,social-media-manager\n")
    students = tmp_path / "students.zip"
    with zipfile.ZipFile(students, "w") as zf:
        for p in class_dir.rglob("*"):
            zf.write(p, p.relative_to(class_dir).as_posix())
    csrf = token(client, "/class")
    with open(students, "rb") as fh:
        r = client.post("/class", data={"csrf": csrf},
                        files=[("roster", ("roster.csv", roster)),
                               ("students", ("students.zip", fh))])
    assert r.status_code == 200
    url = str(r.url)
    run = client.app.state.runs.get(url.rsplit("/", 1)[1])
    client.post(url + "/cancel", data={"csrf": csrf})

    def wait() -> dict:
        end = time.monotonic() + 240
        while time.monotonic() < end:
            state = client.get(url + "/status.json").json()
            if not state["running"]:
                return state
            time.sleep(0.3)
        raise AssertionError("the class run did not end")

    state = wait()
    assert state["status"] in ("cancelled", "finished")
    if state["status"] == "cancelled":
        assert "Resume" in client.get(url).text
        client.post(url + "/resume", data={"csrf": csrf})
        state = wait()
    assert state["status"] == "finished", state["message"]
    assert [s["status"] for s in state["students"]] == ["report written"] * 2

    def order(**params: str) -> list[str]:
        html = client.get(url, params=params).text
        return re.findall(r"<td>(S00\d)</td>", html.split('id="table-title"')[1])

    assert order(sort="overall", order="desc") == ["S001", "S003"]   # Amara scores higher
    assert order(sort="overall", order="asc") == ["S003", "S001"]
    assert order(sort="name") == ["S001", "S003"]
    assert client.get(url + "/files/summary.pdf").content.startswith(b"%PDF")
    assert client.get(url + "/files/results.csv").text.startswith("student_id,")
    assert client.get(url + "/files/S001.pdf").content.startswith(b"%PDF")
    assert client.get(url + "/files/..%2Frun.json").status_code == 404
    assert client.get(url + "/files/.batch-journal.jsonl").status_code == 404
    with zipfile.ZipFile(__import__("io").BytesIO(client.get(url + "/reports.zip").content)) as z:
        assert sorted(z.namelist()) == ["S001.pdf", "S003.pdf"]
    student = client.get(url + "/student/S001")
    assert student.status_code == 200 and "Amara Okafor" in student.text
    assert run is not None and run.status == "finished"
    # After a restart the run is still listed and its results still served.
    again = create_app(client.app.state.settings)
    with TestClient(again, base_url=BASE) as c2:
        assert "roster.csv" in c2.get("/class").text
        assert c2.get(url.removeprefix(BASE) + "/files/results.csv").status_code == 200


def test_serve_warns_loudly_off_loopback():
    from assessor.web.server import exposure_warning

    assert exposure_warning(Settings()) is None
    warning = exposure_warning(Settings(host="0.0.0.0"))
    assert warning and warning.startswith("WARNING") and "0.0.0.0" in warning


def test_serve_command_is_documented():
    from typer.testing import CliRunner

    from assessor.cli import app

    out = CliRunner().invoke(app, ["serve", "--help"]).output
    assert "--host" in out and "--port" in out and "--open" in out and "--db" in out


def test_redact_is_the_clis_redact(client):
    from assessor.api import assess

    csrf = token(client)
    up = upload_files(client, JORDAN, csrf)
    plain = json.loads(client.get(str(_assess(client, str(up.url), csrf).url)
                                  + "/result.json").text)
    masked = json.loads(client.get(str(_assess(client, str(up.url), csrf, redact="on").url)
                                   + "/result.json").text)
    expected = assess(EXAMPLES / "jordan-blake", "social-media-manager", redact=True)
    want = json.loads(expected.to_json())
    for source in want["sources"]:      # the page names the uploaded files, not their folder
        source["path"] = Path(source["path"]).name
    assert masked == want
    assert masked != plain
    assert "/tmp" not in json.dumps(masked)


def test_a_run_the_server_stopped_in_can_be_resumed(client, tmp_path):
    from assessor.web.runs import Run

    runs = client.app.state.runs
    run_id, folder = runs.new_folder()
    run = Run(id=run_id, folder=folder, roster=EXAMPLES / "roster.csv",
              roster_name="roster.csv", role=None, redact=False, audience="student",
              as_of="2026-11-20", created="2026-11-20T10:00:00", status="running")
    run.save()                       # as a server that died mid-run leaves it
    again = create_app(client.app.state.settings)
    with TestClient(again, base_url=BASE) as c2:
        page = c2.get(f"/class/{run_id}")
        assert "Interrupted" in page.text and 'id="resume"' in page.text
