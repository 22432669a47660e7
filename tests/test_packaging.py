"""A built wheel carries everything raci reads at run time, and works outside the repository."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow
"""Builds a wheel and installs it in a fresh virtual environment."""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--disable-pip-version-check",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    [built] = out.glob("raci-*.whl")
    return built


def test_wheel_contents(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "raci/spec/schema.json" in names
    for spec in (ROOT / "specs").glob("*.raci.yaml"):
        assert f"raci/_data/specs/{spec.name}" in names
    models = sorted((ROOT / "raci" / "starter" / "specs").glob("*.raci.yaml"))  # raci init's org models
    assert len(models) >= 5 and all(f"raci/starter/specs/{m.name}" in names for m in models)
    for template in (ROOT / "templates").glob("*.j2"):
        assert f"raci/_data/templates/{template.name}" in names
    assets = [p for folder in ("static", "templates") for p in (ROOT / "raci" / "serve" / folder).iterdir()]
    assert {"serve.js", "serve.css", "page.html.j2"} <= {p.name for p in assets}
    for asset in assets:  # raci serve's page works offline: everything it needs is in the wheel
        assert asset.relative_to(ROOT).as_posix() in names
    assert any(n.endswith("entry_points.txt") for n in names)
    assert not any(n.startswith("tests/") for n in names)


def test_installed_wheel_runs_outside_the_repository(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--disable-pip-version-check",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    work = tmp_path / "elsewhere"
    work.mkdir()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=work, timeout=120)

    where = run("-c", "import raci, raci.resources as r; print(raci.__file__); print(r.data_dir('specs'))")
    module_file, data = where.stdout.split()
    assert module_file.startswith(str(site)) and data.startswith(str(site))
    example = run("-m", "raci", "examples", "acme-functional")
    assert example.returncode == 0 and example.stdout.startswith("# yaml-language-server")
    (work / "org.raci.yaml").write_text(example.stdout, encoding="utf-8")
    checked = run("-m", "raci", "validate", "org.raci.yaml")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    page = run("-m", "raci", "render", "mission", "org.raci.yaml", "--format", "html")  # shipped templates
    assert page.returncode == 0 and page.stdout.startswith("<!DOCTYPE html>"), page.stderr
    starter = run("-m", "raci", "init", "--model", "functional", "--lang", "ja", "--no-input")
    assert starter.returncode == 0 and "version: 1" in starter.stdout
    command = subprocess.run(  # the `raci` command pip writes, through its entry point
        [str(site / "bin" / "raci"), "validate", "--lang", "en", "org.raci.yaml"],
        capture_output=True,
        text=True,
        env=env,
        cwd=work,
    )
    assert command.returncode == 0 and "no problems" in command.stdout, command.stderr
