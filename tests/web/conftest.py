"""Fixtures for the web app: a test client, a live server on a free port, a real browser.

The browser is Debian's chromium, launched by path: nothing is downloaded at test time
(``playwright install`` is never run). Browser tests are skipped, with the reason, only when
/usr/bin/chromium is missing; CI installs it (.ci/run).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_support import BASE, CHROMIUM, CHROMIUM_ARGS, LiveServer, free_port

from assessor.web import Settings, create_app


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db=tmp_path / "history.sqlite3", work_dir=tmp_path / "classes",
                    workers=1)


@pytest.fixture
def app(settings: Settings) -> Any:
    return create_app(settings)


@pytest.fixture
def client(app: Any) -> Iterator[Any]:
    from starlette.testclient import TestClient

    with TestClient(app, base_url=BASE, follow_redirects=True) as c:
        yield c


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    root = tmp_path_factory.mktemp("live")
    settings = Settings(port=free_port(), db=root / "history.sqlite3",
                        work_dir=root / "classes", workers=1)
    with LiveServer(settings) as server:
        yield server


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("browser tests need Debian's chromium at /usr/bin/chromium "
                    "(apt-get install chromium); .ci/run installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(60_000)
    try:
        yield pg
    finally:
        context.close()
