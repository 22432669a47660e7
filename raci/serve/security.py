"""Who may read and change the spec: the checks every request passes before any route runs.

The server writes a file, so it trusts nothing about a request but what only the person
who started it can know:

- **Host** must name the address the server is bound to (DNS rebinding: a page on
  ``evil.example`` whose name later resolves to 127.0.0.1 sends ``Host: evil.example``).
- **Session**: the URL printed at start holds a random per-run token; opening it sets an
  HttpOnly, SameSite=Strict cookie holding a second random value (and redirects to a URL
  without the token, so it leaves no trace in the history). Without that cookie no
  request gets anything but a short refusal: no byte of the spec.
- **Writes** (any method but GET and HEAD) need an ``Origin`` equal to the server's own
  and the page's CSRF token in ``X-CSRF-Token``; the live-update stream needs the token
  as a parameter and, when the browser sends one, the same ``Origin``.

Every response also says ``no-store`` (the spec stays out of caches), ``nosniff``, no
referrer, and a Content-Security-Policy that allows the page's own files only.
"""

from __future__ import annotations

import contextlib
import secrets
import socket
from collections.abc import Iterable
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from raci.i18n import t
from raci.langs import LANGS

COOKIE = "raci_session"
CSRF_HEADER = "x-csrf-token"
STREAM = "/events"
LOOPBACK = ("127.0.0.1", "localhost", "::1")
WILDCARD = ("0.0.0.0", "::", "")
_HEADERS = {
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "content-security-policy": (
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "connect-src 'self'; frame-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'"
    ),
}


def host_names(host: str, port: int) -> frozenset[str]:
    """The ``Host`` header values that name this server (lower case, with the port)."""
    names: set[str] = set()
    if host in LOOPBACK or host in WILDCARD:
        names.update(LOOPBACK)
    if host in WILDCARD:  # every name and address of this machine, and nothing else
        machine = socket.gethostname()
        names.add(machine)
        with contextlib.suppress(OSError):
            names.update(socket.gethostbyname_ex(machine)[2])
    elif host not in LOOPBACK:
        names.add(host)
    return frozenset(f"[{n}]:{port}" if ":" in n else f"{n}:{port}" for n in (n.lower() for n in names))


class Keys:
    """This run's secrets: the token of the printed URL, the session cookie, the CSRF token."""

    def __init__(self) -> None:
        self.token = secrets.token_urlsafe(24)
        self.session = secrets.token_urlsafe(32)
        self.csrf = secrets.token_urlsafe(32)


def _same(given: str | None, secret: str) -> bool:
    return given is not None and secrets.compare_digest(given.encode(), secret.encode())


def _refusal(status: int, key: str, **args: Any) -> Response:
    """A refusal in both languages (the server cannot know the reader's), with no spec content."""
    text = "\n".join(t(key, lang, args) for lang in ("en", "ja"))
    return PlainTextResponse(text + "\n", status_code=status)


class Guard:
    """ASGI middleware: the checks of the module docstring, in that order, before the app."""

    def __init__(self, app: ASGIApp, *, keys: Keys, hosts: Iterable[str]) -> None:
        self.app = app
        self.keys = keys
        self.hosts = frozenset(hosts)
        self.origins = frozenset(f"http://{h}" for h in self.hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self.check(scope)
        if refusal is not None:
            await _with_headers(refusal)(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in _HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def check(self, scope: Scope) -> Response | None:
        """``None`` when the request may go on, else the refusal to send."""
        headers = Headers(scope=scope)
        host = headers.get("host", "").lower()
        if host not in self.hosts:
            return _refusal(403, "serve.http.bad_host", allowed=", ".join(sorted(self.hosts)), host=host[:100])
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        token = query.get("token", [None])[0]
        if scope["path"] == "/" and _same(token, self.keys.token):
            lang = query.get("lang", [""])[0]
            response = RedirectResponse("/" + (f"?lang={lang}" if lang in LANGS else ""), status_code=303)
            response.set_cookie(COOKIE, self.keys.session, httponly=True, samesite="strict", path="/")
            return response
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:  # a malformed cookie header is simply no session
            cookie = SimpleCookie()
        session = cookie.get(COOKIE)
        if not _same(session.value if session else None, self.keys.session):
            return _refusal(401, "serve.http.no_session")
        origin = headers.get("origin")
        writing = scope["method"] not in ("GET", "HEAD")
        if (origin is not None or writing) and origin not in self.origins:  # a write must say where from
            return _refusal(403, "serve.http.bad_origin", origin=(origin or "-")[:100])
        if writing and not _same(headers.get(CSRF_HEADER), self.keys.csrf):
            return _refusal(403, "serve.http.bad_csrf")
        if scope["path"] == STREAM and not _same(query.get("csrf", [None])[0], self.keys.csrf):
            return _refusal(403, "serve.http.bad_csrf")
        return None


def _with_headers(response: Response) -> Response:
    for name, value in _HEADERS.items():
        response.headers.setdefault(name, value)
    return response
