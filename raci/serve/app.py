"""The routes of ``raci serve``: the page, its two files, the views, the edits and the live stream.

No route opens a path taken from a request: the spec is the one :class:`Workspace` was
given, the page's own files are read once at start into :data:`STATIC`, and a
department or view named in a request is looked up among the spec's ids and the
registered views. :mod:`.security` has refused anything without a session before a
route runs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import anyio
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp

from raci.i18n import t
from raci.langs import LANGS
from raci.serve import ops as O
from raci.serve import views
from raci.serve.security import STREAM, Guard, Keys
from raci.serve.state import Conflict, Refused, State, Workspace

STATIC_DIR = Path(__file__).resolve().parent / "static"
STATIC = {"serve.js": "text/javascript; charset=utf-8", "serve.css": "text/css; charset=utf-8"}
MAX_BODY = 256 * 1024
POLL = 0.25
"""Seconds between two looks at the file on disk (a stat; the file is read only when it moved)."""
KEEPALIVE = 15.0


def create(workspace: Workspace, keys: Keys, hosts: frozenset[str], lang: str) -> ASGIApp:
    """The whole application, behind the security :class:`~raci.serve.security.Guard`."""
    files = {name: (STATIC_DIR / name).read_bytes() for name in STATIC}
    display = workspace.path

    def lang_of(value: object) -> str:
        return value if isinstance(value, str) and value in LANGS else lang

    def payload(state: State, chosen: str, *, full: bool, activity: str | None = None) -> dict[str, Any]:
        """What the page needs after a change: findings always; the matrix, or one row's cells."""
        data: dict[str, Any] = {
            "version": state.version,
            "cause": state.cause,
            "broken": state.spec is None,
            "undo": workspace.history.can_undo,
            "redo": workspace.history.can_redo,
            "findings_html": views.findings_html(state, chosen, display),
            "flags": views.flags(state),
        }
        if full:
            data["matrix_html"] = views.matrix(state, chosen)
        elif activity is not None and state.spec is not None:
            found = next((a for a in state.spec.activities() if a.id == activity), None)
            data["row"] = {"activity": activity, "cells": {a.department: a.cell for a in found.raci} if found else {}}
        return data

    async def page(request: Request) -> Response:
        chosen = lang_of(request.query_params.get("lang"))
        state = workspace.state
        spec = state.spec
        context = {
            "org": spec.org.name.get(chosen) if spec else "",
            "path": display,
            "csrf": keys.csrf,
            "version": state.version,
            "matrix": Markup(views.matrix(state, chosen)),
            "findings": Markup(views.findings_html(state, chosen, display)),
            "phases": [(p.id, p.name.get(chosen)) for p in spec.phases] if spec else [],
            "departments": [(d.id, d.name.get(chosen)) for d in spec.departments] if spec else [],
            "other": next(x for x in LANGS if x != chosen),
            "undo": workspace.history.can_undo,
            "redo": workspace.history.can_redo,
            "broken": spec is None,
            "labels": Markup(json.dumps(_labels(chosen, display), ensure_ascii=False).replace("<", "\\u003c")),
        }
        return HTMLResponse(views.html("page.html.j2", chosen, **context))

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC:
            return _not_found()
        return Response(files[name], media_type=STATIC[name])

    async def current(request: Request) -> Response:
        chosen = lang_of(request.query_params.get("lang"))
        await run_in_threadpool(workspace.refresh)
        return JSONResponse(await run_in_threadpool(payload, workspace.state, chosen, full=True))

    async def view(request: Request) -> Response:
        chosen = lang_of(request.query_params.get("lang"))
        name = request.path_params["name"]
        state = workspace.state
        if state.spec is None:
            return HTMLResponse("")
        if name == "charter":
            page = await run_in_threadpool(views.charter, state, request.query_params.get("department", ""), chosen)
            return HTMLResponse(page) if page is not None else _not_found()
        if name not in views.DIAGRAMS:
            return _not_found()
        return HTMLResponse(await run_in_threadpool(views.diagram, state, name, chosen))

    async def change(request: Request) -> Response:
        body = await request.body()
        try:
            data = json.loads(body) if len(body) <= MAX_BODY else None
        except (ValueError, UnicodeDecodeError):
            data = None
        if not isinstance(data, dict) or not isinstance(data.get("version"), int):
            return _bad_request("the body must be a JSON object with 'version'")
        chosen = lang_of(data.get("lang"))
        action = request.path_params["action"]
        try:
            if action == "edit":
                ops: Any = data.get("edits")
                done = await run_in_threadpool(workspace.apply, ops, data["version"])
                full = O.structural(ops)  # a list of operations: apply checked it
                activity = None if full else ops[0].get("activity")
                notice = "saved" if done else None
            elif action in ("undo", "redo"):
                step = workspace.undo if action == "undo" else workspace.redo
                done = await run_in_threadpool(step, data["version"])
                full, activity = True, None
                notice = ("undone" if action == "undo" else "redone") if done else f"nothing_to_{action}"
            else:
                return _not_found()
        except O.BadRequest as error:
            return _bad_request(str(error))
        except Conflict:
            result = await run_in_threadpool(payload, workspace.state, chosen, full=True)
            return JSONResponse({**result, "notice": t("serve.ui.conflict", chosen, {"path": display})}, 409)
        except Refused as refused:
            result = await run_in_threadpool(payload, workspace.state, chosen, full=False)
            reason = t("serve.ui.failed", chosen, {"reason": refused.message(chosen)})
            return JSONResponse({**result, "error": reason}, 422)
        result = await run_in_threadpool(payload, workspace.state, chosen, full=full, activity=activity)
        if notice:
            result["notice"] = t(f"serve.ui.{notice}", chosen, {"path": display})
        return JSONResponse(result)

    async def events(request: Request) -> Response:
        async def stream() -> Any:
            seen = -1
            quiet = 0.0
            yield "retry: 1000\n\n"
            while True:
                await run_in_threadpool(workspace.refresh)
                version = workspace.state.version
                if version != seen:
                    seen, quiet = version, 0.0
                    yield f"event: version\ndata: {version}\n\n"
                elif quiet >= KEEPALIVE:
                    quiet = 0.0
                    yield ": still here\n\n"
                await anyio.sleep(POLL)
                quiet += POLL

        return StreamingResponse(stream(), media_type="text/event-stream")

    routes = [
        Route("/", page),
        Route("/static/{name}", static),
        Route("/state", current),
        Route("/view/{name}", view),
        Route("/api/{action}", change, methods=["POST"]),
        Route(STREAM, events),
    ]
    app = Starlette(routes=routes)
    return Guard(app, keys=keys, hosts=hosts)


def _labels(lang: str, path: str) -> dict[str, str]:
    """The texts the script shows, in the page's language."""
    keys = ("outside", "broken", "lost", "none_selected", "nothing_to_undo")
    return {key: t(f"serve.ui.{key}", lang, {"path": path}) for key in keys}


def _not_found() -> Response:
    return Response(t("serve.http.not_found", "en") + "\n", status_code=404, media_type="text/plain")


def _bad_request(reason: str) -> Response:
    return JSONResponse({"error": t("serve.http.bad_request", "en", {"reason": reason})}, 400)
