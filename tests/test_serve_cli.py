"""``raci serve`` on the command line: what it says before the server runs, and when it cannot."""

from __future__ import annotations

import re
import socket
import sys
from pathlib import Path

import pytest

from raci.serve import run


@pytest.fixture
def no_server(monkeypatch: pytest.MonkeyPatch) -> list[run.Served]:
    """Everything up to serving: bind, print; then return instead of running until Ctrl-C."""
    started: list[run.Served] = []

    def instead(served: run.Served, sock: socket.socket) -> None:
        started.append(served)
        sock.close()

    monkeypatch.setattr(run, "run", instead)
    return started


@pytest.mark.parametrize("module", ["uvicorn", "starlette"])
def test_without_the_extra_it_says_in_one_line_how_to_install_it(
    raci, spec_file: Path, monkeypatch: pytest.MonkeyPatch, module: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # as if not installed
    result = raci("serve", str(spec_file))
    assert result.code == 2
    assert result.err.count("\n") == 1 and "pip install 'raci[serve]'" in result.err
    ja = raci("serve", str(spec_file), "--lang", "ja")
    assert "インストールしてください" in ja.err and ja.code == 2


def test_it_prints_a_link_with_the_session_token_on_this_computer_only(
    raci, spec_file: Path, no_server: list[run.Served]
) -> None:
    result = raci("serve", str(spec_file), "--port", "0")
    assert result.code == 0, result.all
    [served] = no_server
    assert re.search(r"http://127\.0\.0\.1:\d+/\?token=[\w-]{20,}", result.err)
    assert served.url in result.err and served.keys.token in served.url
    assert "warning" not in result.err


def test_another_host_is_allowed_with_a_warning(raci, spec_file: Path, no_server: list[run.Served]) -> None:
    result = raci("serve", str(spec_file), "--port", "0", "--host", "0.0.0.0")
    assert result.code == 0, result.all
    assert "warning: --host 0.0.0.0" in result.err and "127.0.0.1" in result.err


def test_a_busy_port_is_a_clear_error(raci, spec_file: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = raci("serve", str(spec_file), "--port", str(port))
    assert result.code == 2
    assert f"127.0.0.1:{port}" in result.err and "--port" in result.err


def test_a_spec_that_does_not_load_is_reported_before_serving(raci, tmp_path: Path) -> None:
    broken = tmp_path / "broken.raci.yaml"
    broken.write_text("version: 1\norg: {name: X}\ndepartments: [\n", encoding="utf-8")
    result = raci("serve", str(broken), "--port", "0")
    assert result.code == 2
    assert f"{broken}:" in result.err


@pytest.mark.parametrize("args", [["-"], ["missing.raci.yaml"]])
def test_no_file_no_server(raci, tmp_path: Path, args: list[str]) -> None:
    result = raci("serve", *args, "--port", "0", cwd=tmp_path)
    assert result.code == 2 and result.err.startswith("raci: ")
