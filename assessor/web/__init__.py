"""``assessor serve``: a local web page for students and counselors.

::

    from assessor.web import Settings, create_app, serve
    serve(Settings(port=8765), open_browser=True)

Everything runs on this computer: the server listens on 127.0.0.1, every asset ships in the
package, and nothing is fetched. The pages drive the library (``assess``, ``run_batch``, the
history store, the report's view model and templates); they hold no scoring of their own.
"""

from __future__ import annotations

from assessor.web.app import Settings, create_app
from assessor.web.server import serve

__all__ = ["Settings", "create_app", "serve"]
