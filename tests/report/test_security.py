"""The renderer fetches nothing: no request leaves the machine, no local file is read."""

from __future__ import annotations

import dataclasses
import http.server
import threading
from collections.abc import Iterator

import pytest
from support.builders import with_posts

from assessor.report import html_to_pdf, write_pdf
from assessor.report import render as render_module
from assessor.report.render import EMOJI_FONT_URL, no_fetch


@pytest.fixture
def server() -> Iterator[tuple[int, list[str]]]:
    """A local web server on a free port that counts every request it gets."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd.server_address[1], hits
    finally:
        httpd.shutdown()
        httpd.server_close()


def _hostile(port: int) -> list[str]:
    return [f'<img src="http://127.0.0.1:{port}/img.png">',
            f'<link rel="stylesheet" href="http://127.0.0.1:{port}/x.css">',
            f"<style>@import url(http://127.0.0.1:{port}/i.css);</style>",
            '<img src="file:///etc/passwd"> file:///etc/passwd',
            f'<svg><image href="http://127.0.0.1:{port}/svg.png"/></svg>',
            '<iframe src="data:text/html,<b>x</b>"></iframe>']


def test_hostile_posts_cause_no_request_and_no_fetch(amara, tmp_path, server, monkeypatch):
    port, hits = server
    fetchers = []

    def spy() -> object:
        fetchers.append(no_fetch())
        return fetchers[-1]

    monkeypatch.setattr(render_module, "no_fetch", spy)
    result = with_posts(
        dataclasses.replace(amara, candidate_name=f'<img src="http://127.0.0.1:{port}/n.png">'),
        _hostile(port))
    out = write_pdf(result, tmp_path / "hostile.pdf", audience="counselor")
    assert out.read_bytes().startswith(b"%PDF")
    assert hits == []
    assert len(fetchers) == 1 and fetchers[0].refused == []  # WeasyPrint never even asked
    assert fetchers[0].served == [EMOJI_FONT_URL]  # but for the package's own emoji font


def test_the_fetcher_refuses_markup_that_gets_past_escaping(server):
    """Belt and braces: if raw markup ever reached WeasyPrint, nothing would be fetched."""
    port, hits = server
    fetcher = no_fetch()
    html = ("<!DOCTYPE html><html><head>"
            f'<link rel="stylesheet" href="http://127.0.0.1:{port}/x.css"></head><body>'
            f'<img src="http://127.0.0.1:{port}/img.png"><img src="file:///etc/passwd">'
            '<img src="data:image/png;base64,iVBORw0KGgo=">'
            "</body></html>")
    assert html_to_pdf(html, url_fetcher=fetcher).startswith(b"%PDF")
    assert hits == []
    assert sorted(fetcher.refused) == sorted([
        f"http://127.0.0.1:{port}/x.css", f"http://127.0.0.1:{port}/img.png",
        "file:///etc/passwd", "data:image/png;base64,iVBORw0KGgo="])


def test_the_fetcher_raises_for_every_scheme():
    fetcher = no_fetch()
    for url in ("file:///etc/passwd", "http://example.org/", "https://example.org/a.css",
                "data:text/plain,hi", "ftp://example.org/x",
                # the emoji font's scheme answers its one name and nothing else
                "assessor-font:../../etc/passwd", "assessor-font:noto-emoji.woff?x"):
        with pytest.raises(PermissionError, match="fetches nothing"):
            fetcher.fetch(url)
    assert len(fetcher.refused) == 7 and fetcher.served == []
    font = fetcher.fetch(EMOJI_FONT_URL)
    assert font.read()[:4] == b"wOFF" and fetcher.served == [EMOJI_FONT_URL]
