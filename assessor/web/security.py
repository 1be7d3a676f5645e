"""What keeps a local web server local: Host and Origin checks, a request-size cap, CSRF
tokens and the security headers on every response.

``assessor serve`` listens on 127.0.0.1, but a page on any web site can still make the
browser send requests to it. The Host check stops DNS rebinding (a hostile name that resolves
to 127.0.0.1), the Origin check and the CSRF token stop other sites posting forms to it, and
the Content-Security-Policy lets a page load only what this server itself serves.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable
from html import unescape
from typing import Any

from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: Only this origin, no inline script or style, no frames, forms only back to this server.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",  # no-referrer would make form posts send Origin: null
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}
SESSION_COOKIE = "assessor_session"
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


def allowed_hosts(host: str, port: int) -> frozenset[str]:
    """The ``Host`` header values a request may carry: the bound address, with its port.

    A server bound to a loopback address also answers to the other loopback names, so
    ``localhost:8765`` works when it listens on 127.0.0.1.
    """
    names = set(LOOPBACK) if host in LOOPBACK else {host}
    bracketed = {f"[{n}]" if ":" in n and not n.startswith("[") else n for n in names}
    return frozenset(f"{n}:{port}" for n in bracketed) | (
        frozenset(bracketed) if port == 80 else frozenset())


class GuardMiddleware:
    """Refuse requests for another host (400), from another origin (403) or too large (413),
    and add the security headers to every response."""

    def __init__(self, app: ASGIApp, *, hosts: Iterable[str], max_body: int) -> None:
        self.app = app
        self.hosts = frozenset(h.lower() for h in hosts)
        self.origins = frozenset(f"http://{h}" for h in self.hosts)
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope["headers"]}
        host = headers.get("host", "").lower()
        if host not in self.hosts:
            await _plain(400, "This server only answers requests addressed to "
                              f"{sorted(self.hosts)[0]}.")(scope, receive, send)
            return
        origin = headers.get("origin")
        if origin is not None and origin.lower() not in self.origins:
            await _plain(403, "Requests from other web sites are refused.")(scope, receive, send)
            return
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _plain(413, f"The upload is larger than the {self.max_body // 2**20} MB "
                              "limit for one request.")(scope, receive, send)
            return
        received = 0
        sent_start = False

        async def capped_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge
            return message

        async def secured_send(message: Message) -> None:
            nonlocal sent_start
            if message["type"] == "http.response.start":
                sent_start = True
                raw = list(message.get("headers", []))
                have = {k.decode("latin-1").lower() for k, _ in raw}
                raw += [(k.encode(), v.encode()) for k, v in HEADERS.items() if k not in have]
                message = {**message, "headers": raw}
            await send(message)

        try:
            await self.app(scope, capped_receive, secured_send)
        except BodyTooLarge:
            if not sent_start:
                await _plain(413, f"The upload is larger than the {self.max_body // 2**20} MB "
                                  "limit for one request.")(scope, receive, secured_send)


class BodyTooLarge(Exception):
    """The request body went past the cap while it was being read."""


def _plain(status: int, text: str) -> Any:
    response = PlainTextResponse(text, status_code=status)
    for k, v in HEADERS.items():
        response.headers[k] = v
    return response


_STYLE_ATTR = re.compile(r'\sstyle="([^"]*)"')


def csp_for(html: str) -> str:
    """The policy for one page: :data:`CSP`, plus the hashes of the page's own ``style``
    attributes (the report's section templates size table columns with them).

    Only attributes written by the templates can match: text from a person's files is
    escaped, so it can never open an attribute.
    """
    values = sorted(set(_STYLE_ATTR.findall(html)))
    if not values:
        return CSP
    hashes = " ".join("'sha256-" + base64.b64encode(
        hashlib.sha256(unescape(v).encode()).digest()).decode() + "'" for v in values)
    return CSP.replace("style-src 'self'", f"style-src 'self' 'unsafe-hashes' {hashes}")


def new_session_id() -> str:
    return secrets.token_urlsafe(24)


def csrf_token(secret: bytes, session_id: str) -> str:
    """The token a form from this session carries: bound to the session, unguessable."""
    return hmac.new(secret, session_id.encode(), hashlib.sha256).hexdigest()


def csrf_ok(secret: bytes, session_id: str | None, token: object) -> bool:
    if not session_id or not isinstance(token, str):
        return False
    return hmac.compare_digest(csrf_token(secret, session_id), token)
