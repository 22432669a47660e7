"""Headless Chromium for tests: load a local page, read its DOM after scripts ran, screenshot it;
or drive it with Playwright (:func:`playwright_chromium`) for pages that are used, not just looked at."""

from __future__ import annotations

import contextlib
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.conftest import require_marker

if TYPE_CHECKING:
    from playwright.sync_api import Browser

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


PLAYWRIGHT_ARGS = [flag for flag in FLAGS if flag not in ("--headless", "--hide-scrollbars")]
"""Playwright sets headless itself; the rest as for the command-line runs above."""


@contextlib.contextmanager
def playwright_chromium() -> Iterator[Browser]:
    """Debian's Chromium driven by Playwright (``executable_path``: no browser is downloaded)."""
    from playwright.sync_api import sync_playwright

    executable = chromium()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=PLAYWRIGHT_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextlib.contextmanager
def page(width: int = 1400, height: int = 1000) -> Iterator[Any]:
    """A Playwright page in the same Chromium, for what the command line cannot do: measure
    the layout at a given width, emulate print media, print on a chosen paper size."""
    from playwright.sync_api import sync_playwright

    executable = chromium()
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=executable, args=["--no-sandbox", "--disable-gpu"])
        try:
            yield browser.new_page(viewport={"width": width, "height": height})
        finally:
            browser.close()


def pdf_pages(pdf: bytes) -> int:
    """The page count of a PDF Chromium wrote: its page tree's root holds the largest /Count."""
    counts = [int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", pdf)]
    counts += [int(n) for n in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", pdf)]
    if not counts:
        raise AssertionError("no page tree in the PDF")
    return max(counts)
