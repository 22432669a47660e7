"""raci serve writes a file, so: no session, wrong Host, foreign Origin, missing CSRF token —
each refused, with no byte of the spec in the answer, and nothing written.

Against the live server (uvicorn on a real socket, in a thread) with httpx, as a browser
or another site's page would reach it. (Starlette's httpx.Client now wants a fork of httpx.)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from raci.serve.run import Served
from raci.serve.security import COOKIE, Keys

SECRETS_OF_THE_SPEC = ("Harenowa", "renewal_call", "Renewal call", "カスタマーサクセス", "health_check")
EDIT = {"version": 0, "edits": [{"op": "toggle", "activity": "renewal_call", "department": "cs", "role": "A"}]}


@pytest.fixture
def keys(served: Served) -> Keys:
    return served.keys


@pytest.fixture
def origin(served: Served) -> str:
    return served.origin


@pytest.fixture
def client(served: Served) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=served.origin, timeout=30) as http:
        yield http


def log_in(client: httpx.Client, keys: Keys) -> None:
    response = client.get(f"/?token={keys.token}", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/"


def assert_nothing_of_the_spec(response: httpx.Response) -> None:
    for secret in SECRETS_OF_THE_SPEC:
        assert secret not in response.text, (response.status_code, response.text)


def test_the_token_becomes_an_httponly_strict_cookie_and_leaves_the_url(client: httpx.Client, keys: Keys) -> None:
    response = client.get(f"/?token={keys.token}", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/"  # no token left in the address bar or history
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}={keys.session};")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert keys.token not in cookie
    page = client.get("/")
    assert page.status_code == 200 and "Renewal call" in page.text
    assert page.headers["cache-control"] == "no-store"
    assert "script-src 'self'" in page.headers["content-security-policy"]


@pytest.mark.parametrize(
    "path",
    ["/", "/state", "/view/lifecycle", "/view/kpi-tree", "/view/charter?department=cs", "/static/serve.js", "/events"],
)
def test_without_a_session_no_request_gets_anything(client: httpx.Client, keys: Keys, path: str) -> None:
    response = client.get(path + ("&" if "?" in path else "?") + f"csrf={keys.csrf}")
    assert response.status_code == 401
    assert_nothing_of_the_spec(response)
    assert "raci serve" in response.text  # says what to do: open the printed link


@pytest.mark.parametrize("token", ["", "wrong", "x" * 32])
def test_a_wrong_token_opens_nothing(client: httpx.Client, keys: Keys, token: str) -> None:
    response = client.get(f"/?token={token}", follow_redirects=False)
    assert response.status_code == 401 and "set-cookie" not in response.headers
    assert_nothing_of_the_spec(response)


def test_a_forged_cookie_opens_nothing(client: httpx.Client, keys: Keys) -> None:
    client.cookies.set(COOKIE, keys.token)  # the token is not the session
    response = client.get("/")
    assert response.status_code == 401
    assert_nothing_of_the_spec(response)


def test_without_a_session_nothing_is_written(client: httpx.Client, keys: Keys, spec_file: Path, origin: str) -> None:
    before = spec_file.read_bytes()
    response = client.post("/api/edit", json=EDIT, headers={"Origin": origin, "X-CSRF-Token": keys.csrf})
    assert response.status_code == 401
    assert spec_file.read_bytes() == before


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:{port}", "127.0.0.1:9999", "127.0.0.1", "127.0.0.2:{port}"]
)
def test_a_wrong_host_is_refused_even_with_the_token(client: httpx.Client, keys: Keys, host: str, origin: str) -> None:
    host = host.format(port=origin.rsplit(":", 1)[1])
    response = client.get(f"/?token={keys.token}", headers={"Host": host}, follow_redirects=False)
    assert response.status_code == 403 and "set-cookie" not in response.headers
    log_in(client, keys)
    response = client.get("/", headers={"Host": host})
    assert response.status_code == 403
    assert_nothing_of_the_spec(response)


def test_a_wrong_host_writes_nothing(client: httpx.Client, keys: Keys, spec_file: Path) -> None:
    log_in(client, keys)
    before = spec_file.read_bytes()
    headers = {"Host": "evil.example", "Origin": "http://evil.example", "X-CSRF-Token": keys.csrf}
    assert client.post("/api/edit", json=EDIT, headers=headers).status_code == 403
    assert spec_file.read_bytes() == before


@pytest.mark.parametrize(
    "foreign", ["http://evil.example", "http://127.0.0.1.evil.example:{port}", "https://127.0.0.1:{port}", "null", None]
)
def test_a_cross_origin_or_origin_less_write_is_refused(
    client: httpx.Client, keys: Keys, spec_file: Path, origin: str, foreign: str | None
) -> None:
    log_in(client, keys)
    before = spec_file.read_bytes()
    foreign = foreign and foreign.format(port=origin.rsplit(":", 1)[1])
    headers = {"X-CSRF-Token": keys.csrf} | ({"Origin": foreign} if foreign else {})
    for action in ("edit", "undo", "redo"):
        response = client.post(f"/api/{action}", json=EDIT, headers=headers)
        assert response.status_code == 403, action
        assert_nothing_of_the_spec(response)
    assert spec_file.read_bytes() == before


@pytest.mark.parametrize("token", [None, "", "wrong"])
def test_a_write_without_the_csrf_token_is_refused(
    client: httpx.Client, keys: Keys, spec_file: Path, origin: str, token: str | None
) -> None:
    log_in(client, keys)
    before = spec_file.read_bytes()
    headers = {"Origin": origin} | ({"X-CSRF-Token": token} if token is not None else {})
    response = client.post("/api/edit", json=EDIT, headers=headers)
    assert response.status_code == 403 and "CSRF" in response.text
    assert spec_file.read_bytes() == before


def test_the_page_itself_can_write(client: httpx.Client, keys: Keys, spec_file: Path, origin: str) -> None:
    """The control for the refusals above: same request, right Origin and token."""
    log_in(client, keys)
    before = spec_file.read_bytes()
    response = client.post("/api/edit", json=EDIT, headers={"Origin": origin, "X-CSRF-Token": keys.csrf})
    assert response.status_code == 200, response.text
    assert response.json()["row"] == {"activity": "renewal_call", "cells": {"cs": "A/R", "sales": "C"}}
    assert spec_file.read_bytes() != before


@pytest.mark.parametrize("query,foreign", [("", None), ("csrf=wrong", None), ("csrf={csrf}", "http://evil.example")])
def test_the_live_stream_needs_the_token_and_the_own_origin(
    client: httpx.Client, keys: Keys, query: str, foreign: str | None
) -> None:
    log_in(client, keys)
    headers = {"Origin": foreign} if foreign else {}
    response = client.get("/events?" + query.format(csrf=keys.csrf), headers=headers)
    assert response.status_code == 403


@pytest.mark.parametrize(
    "path", ["/static/../app.py", "/static/..%2Fapp.py", "/static/%2E%2E%2Fstate.py", "/static/serve.py", "/etc/passwd"]
)
def test_no_path_from_a_request_is_opened(client: httpx.Client, keys: Keys, path: str) -> None:
    log_in(client, keys)
    response = client.get(path)
    assert response.status_code == 404
    assert "import" not in response.text and "root:" not in response.text


def test_a_charter_is_served_for_a_department_of_the_spec_only(client: httpx.Client, keys: Keys) -> None:
    log_in(client, keys)
    assert client.get("/view/charter?department=cs").status_code == 200
    assert client.get("/view/charter?department=../../etc/passwd").status_code == 404
