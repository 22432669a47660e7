"""Headless Chromium for tests: load a local page, read its DOM after scripts ran, screenshot it."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.conftest import require_marker

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def chromium() -> str:
    require_marker("browser")
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise AssertionError("Chromium is not installed: scripts/test installs it (apt-get install chromium)")


def _run(page: Path, *args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [chromium(), *FLAGS, f"--user-data-dir={profile}", *args, page.resolve().as_uri()],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )


def dom_after_load(page: Path) -> str:
    """The page's DOM as serialised after its scripts (and any injected ones) ran."""
    return _run(page, "--virtual-time-budget=2000", "--dump-dom").stdout


def screenshot(page: Path, out: Path, width: int = 1400, height: int = 1000) -> Path:
    _run(page, f"--screenshot={out}", f"--window-size={width},{height}", "--virtual-time-budget=2000")
    return out
