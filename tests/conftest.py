"""Shared helpers: run the real CLI as a user would, and write small specs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

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


def run_raci(
    *args: str, input: bytes | str | None = None, env: dict[str, str] | None = None, cwd: Path | None = None
) -> Result:
    """Run ``python -m raci ARGS`` in a fresh process; fail the test on any traceback."""
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "RACI_DEBUG")}
    environment.update({"LANG": "C.UTF-8", "LC_ALL": "", "PYTHONPATH": str(ROOT)})
    environment.update(env or {})
    data = input.encode() if isinstance(input, str) else input
    proc = subprocess.run(
        [sys.executable, "-m", "raci", *args],
        input=data,
        capture_output=True,
        env=environment,
        cwd=cwd or ROOT,
        timeout=120,
    )
    result = Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))
    assert "Traceback" not in result.all, result.all
    return result


@pytest.fixture
def raci() -> Callable[..., Result]:
    return run_raci


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
