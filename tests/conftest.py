"""Shared helpers: run the CLI as a user would (in process, or as a real process), and write small specs."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent

settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
"""CI runs the same examples every time (and on every xdist worker): a red build is reproducible."""
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "default"))

OUTSIDE_TOOLS = ("browser", "graphviz")
"""Markers for tests that drive a program outside Python; the fast tier (-m "not slow") leaves them out."""

_current: list[pytest.Item] = []


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that drives Chromium or Graphviz belongs to the whole suite only."""
    for item in items:
        if any(item.get_closest_marker(name) for name in OUTSIDE_TOOLS):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _remember_the_test(request: pytest.FixtureRequest) -> Iterator[None]:
    _current.append(request.node)
    yield
    _current.pop()


def require_marker(name: str) -> None:
    """Fail a test that uses an outside tool without saying so: the fast tier must stay fast."""
    if _current and _current[-1].get_closest_marker(name) is None:
        pytest.fail(f"{_current[-1].nodeid} uses {name}: mark it @pytest.mark.{name} (the fast tier leaves it out)")


os.environ["RACI_STRICT_MESSAGES"] = "1"
"""A missing message key raises KeyError in tests (and in the CLI processes they start)
instead of printing the key: see raci.i18n.t."""


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def all(self) -> str:
        return self.out + self.err


class _Buffer(io.BytesIO):
    """A byte stream that keeps its contents when closed (main closes stderr on a broken pipe)."""

    def close(self) -> None:
        self.flush()


def _stream(data: bytes = b"") -> io.TextIOWrapper:
    return io.TextIOWrapper(_Buffer(data), encoding="utf-8", write_through=True)


def _environment(env: dict[str, str] | None) -> dict[str, str]:
    """What a user's shell would give raci: UTF-8, no colour or debug settings of ours."""
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "RACI_DEBUG")}
    environment.update({"LANG": "C.UTF-8", "LC_ALL": "", "PYTHONPATH": str(ROOT)})
    environment.update(env or {})
    return environment


def run_raci(
    *args: str, input: bytes | str | None = None, env: dict[str, str] | None = None, cwd: Path | None = None
) -> Result:
    """Run ``raci ARGS`` in this process through :func:`raci.cli.main`, the CLI's one error
    boundary, as ``python -m raci`` would (standard streams are pipes, the environment and
    folder are the given ones); fail the test on any traceback."""
    from raci.cli import main

    environment = _environment(env)
    environment.setdefault("COLUMNS", "80")  # the width of --help when the output is a pipe
    data = input.encode() if isinstance(input, str) else input or b""
    streams = (sys.stdin, sys.stdout, sys.stderr)
    saved_environment, saved_folder = dict(os.environ), os.getcwd()
    stdin, stdout, stderr = _stream(data), _stream(), _stream()
    try:
        os.environ.clear()
        os.environ.update(environment)
        os.chdir(cwd or ROOT)
        sys.stdin, sys.stdout, sys.stderr = stdin, stdout, stderr
        code = main([os.fspath(arg) for arg in args])
    finally:
        sys.stdin, sys.stdout, sys.stderr = streams
        os.chdir(saved_folder)
        os.environ.clear()
        os.environ.update(saved_environment)
    out, err = (stream.buffer.getvalue().decode("utf-8") for stream in (stdout, stderr))  # type: ignore[attr-defined]
    result = Result(code, out, err)
    assert "Traceback" not in result.all, result.all
    return result


def spawn_raci(
    *args: str, input: bytes | str | None = None, env: dict[str, str] | None = None, cwd: Path | None = None
) -> Result:
    """Run ``python -m raci ARGS`` in a fresh process; fail the test on any traceback.

    For what only a real process shows: the entry point, the environment read at start,
    real pipes. Everything else uses the faster :func:`run_raci`.
    """
    data = input.encode() if isinstance(input, str) else input
    proc = subprocess.run(
        [sys.executable, "-m", "raci", *args],
        input=data,
        capture_output=True,
        env=_environment(env),
        cwd=cwd or ROOT,
        timeout=120,
    )
    result = Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))
    assert "Traceback" not in result.all, result.all
    return result


@pytest.fixture
def raci() -> Callable[..., Result]:
    """The CLI, in process."""
    return run_raci


@pytest.fixture
def raci_process() -> Callable[..., Result]:
    """The CLI as a real ``python -m raci`` process."""
    return spawn_raci


MINIMAL = """\
version: 1
org: {name: Acme, locale: en}
mission: {customer: small online shops, value: automated invoicing, success: invoicing from 3 hours to 30 minutes}
kpis: [{id: nrr, name: NRR, level: kgi, owner: cs}, {id: onboarding, name: Onboarded, level: kpi, parent: nrr, owner: cs}]
departments:
  - {id: sales, name: Sales, kind: sales}
  - {id: cs, name: Customer Success, kind: cs, scope: {out: [new deals]}}
phases:
  - id: onboarding
    name: Onboarding
    activities:
      - id: kickoff
        name: Kickoff
        raci: {cs: A/R, sales: C}
        kpis: [onboarding]
"""
"""A small spec that is clean under every rule; the kickoff activity starts at line 12, column 9."""


@pytest.fixture
def write_spec(tmp_path: Path) -> Callable[..., Path]:
    """Write a dedented spec into a temporary folder and return its path."""

    def write(text: str = MINIMAL, name: str = "org.raci.yaml") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write


def check_golden_file(path: Path, data: str | bytes) -> None:
    """Compare ``data`` with the golden file at ``path`` byte for byte.

    ``RACI_UPDATE_GOLDEN=1`` rewrites the file instead: read the diff before committing it.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if os.environ.get("RACI_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
    assert path.exists(), f"golden file {path} is missing: run the tests with RACI_UPDATE_GOLDEN=1 once and read it"
    assert raw == path.read_bytes(), f"{path.name} differs from its golden file (RACI_UPDATE_GOLDEN=1 rewrites it)"


def need_dot() -> None:
    """Fail (not skip) when Graphviz is missing: scripts/test installs it."""
    require_marker("graphviz")
    if shutil.which("dot") is None:
        pytest.fail("Graphviz's dot is not installed: apt-get install graphviz (scripts/test installs it)")


def svg_root(data: str | bytes) -> ET.Element:
    return ET.fromstring(data.encode("utf-8") if isinstance(data, str) else data)


# raci serve: a private copy of the workshop spec, and a server on it ------------------------

SERVE_SPEC = ROOT / "tests" / "specs" / "serve" / "workshop.raci.yaml"


@pytest.fixture
def spec_file(tmp_path: Path) -> Path:
    """A copy of the `raci serve` tests' workshop spec that the test may change."""
    target = tmp_path / "org.raci.yaml"
    shutil.copyfile(SERVE_SPEC, target)
    return target


@pytest.fixture
def served(spec_file: Path) -> Iterator[Any]:
    """`raci serve` on :func:`spec_file`, in a thread (starlette loads only for these tests)."""
    from raci.lint import NO_CONFIG
    from raci.serve.run import start_in_thread
    from raci.serve.state import Workspace

    running = start_in_thread(Workspace(str(spec_file), NO_CONFIG))
    yield running
    running.stop()
