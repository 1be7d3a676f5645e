"""Helpers for the web tests (imported by name: several test folders have a conftest)."""

from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path
from typing import Any

from assessor.web import Settings, create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
BASE = "http://127.0.0.1:8765"


def token(client: Any, path: str = "/") -> str:
    """The CSRF token of a page's forms (and, on first visit, the session cookie)."""
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text)
    assert found, f"no csrf field on {path}"
    return found.group(1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """The app under uvicorn in a background thread, on 127.0.0.1 and a free port."""

    def __init__(self, settings: Settings) -> None:
        import uvicorn

        self.settings = settings
        self.url = settings.base_url
        config = uvicorn.Config(create_app(settings), host=settings.host, port=settings.port,
                                log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        end = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > end or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(30)


HOSTILE = Path(__file__).parents[1] / "hostile"


def hostile_files() -> Any:
    """The hostile-export builders of tests/hostile (one source of truth for hostile input)."""
    import sys

    if str(HOSTILE) not in sys.path:
        sys.path.insert(0, str(HOSTILE))
    import hostile_files as hf

    return hf


def upload_files(client: Any, paths: list[Path], csrf: str) -> Any:
    """POST ``paths`` to /upload as one multi-file upload; the response after redirects."""
    return client.post("/upload", data={"csrf": csrf},
                       files=[("files", (p.name, p.read_bytes())) for p in paths])


def text_of(html: str) -> str:
    """Page text with tags dropped and whitespace squeezed, for assertions on wording."""
    from html import unescape

    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())
