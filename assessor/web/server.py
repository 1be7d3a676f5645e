"""Run the web app with uvicorn, warn loudly off loopback, open the browser when asked."""

from __future__ import annotations

import sys
import threading
import webbrowser
from collections.abc import Callable

from assessor.web.app import Settings, create_app
from assessor.web.security import LOOPBACK

WARNING = """\
WARNING: assessor is listening on {host}, not on this computer's loopback address.
Anyone who can reach this machine on port {port} can upload files and read reports,
including earlier class runs and the history. Use --host 127.0.0.1 unless you are sure."""


def exposure_warning(settings: Settings) -> str | None:
    """The warning to print when the server is reachable from other machines."""
    if settings.host in LOOPBACK:
        return None
    return WARNING.format(host=settings.host, port=settings.port)


def serve(settings: Settings, *, open_browser: bool = False,
          echo: Callable[[str], None] | None = None) -> None:
    """Serve until Ctrl-C; uploads are deleted and running class runs saved on the way out."""
    import uvicorn

    say = echo or (lambda m: print(m, file=sys.stderr))
    warning = exposure_warning(settings)
    if warning:
        say(warning)
    app = create_app(settings)
    say(f"assessor is running at {settings.base_url}/ (Ctrl-C to stop)")
    if open_browser:
        threading.Timer(0.8, webbrowser.open, args=(settings.base_url + "/",)).start()
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning",
                server_header=False, proxy_headers=False, access_log=False)
