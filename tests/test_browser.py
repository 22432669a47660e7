"""HTML outputs opened in a real headless browser: spec text never runs as script, pages are not blank.

The hostile spec (tests/specs/hostile/xss.raci.yaml) puts script tags, event-handler
attributes and javascript: links in every text field; each payload would set
``body[data-pwned]`` if it ran.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from tests.browser import dom_after_load, screenshot
from tests.conftest import ROOT

pytestmark = pytest.mark.browser
"""Every test here drives a real headless Chromium."""

HOSTILE = ROOT / "tests" / "specs" / "hostile" / "xss.raci.yaml"
ACME = ROOT / "specs" / "acme-functional.raci.yaml"

PAGES = {
    "matrix": ["render", "matrix", "--format", "html"],
    "mission": ["render", "mission", "--format", "html"],
    "charter": ["render", "charter", "--format", "html", "--department", "cs"],
    "report": ["report"],
}


def build(raci, args: list[str], spec: Path, out: Path) -> Path:
    result = raci(*args, str(spec), "-o", str(out))
    assert result.code == 0, result.all
    return out


@pytest.mark.parametrize("page", sorted(PAGES))
def test_spec_text_never_runs_as_script(raci, tmp_path: Path, page: str) -> None:
    out = build(raci, PAGES[page], HOSTILE, tmp_path / f"{page}.html")
    html = out.read_text(encoding="utf-8")
    assert "<script>document.body" not in html and 'onerror="document' not in html
    dom = dom_after_load(out)
    body = re.search(r"<body[^>]*>", dom)
    assert body is not None
    assert "data-pwned" not in body.group(0), body.group(0)
    assert '<img src="x"' not in dom and "<iframe" not in dom
    assert "&lt;script&gt;" in dom  # shown as text


@pytest.mark.parametrize("page", sorted(PAGES))
def test_page_renders_something_visible(raci, tmp_path: Path, page: str) -> None:
    args = PAGES[page] if page != "charter" else [*PAGES[page][:-1], "cs_adoption"]
    out = build(raci, args, ACME, tmp_path / f"{page}.html")
    shot = screenshot(out, tmp_path / f"{page}.png")
    image = Image.open(shot).convert("L")
    stats = ImageStat.Stat(image)
    assert stats.stddev[0] > 10, f"{page}: the screenshot is blank (stddev {stats.stddev[0]:.1f})"
    extrema = image.getextrema()
    assert extrema[1] - extrema[0] > 100
