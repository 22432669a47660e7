"""``raci workshop report``: one self-contained page, opened in headless Chromium (Debian's,
driven by Playwright to click a cell), with hostile participant and activity names."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageStat

from tests.browser import chromium, dom_after_load, screenshot
from tests.conftest import run_raci
from tests.workshop_helpers import SMALL, collect, fill_xlsx, forms, prepare

pytestmark = pytest.mark.browser

XSS = '<script>document.body.setAttribute("data-pwned","1")</script>'
IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">"
HOSTILE_SPEC = SMALL.replace("{ja: キックオフ, en: Kickoff}", f"'{XSS}'")
PEOPLE = f'name,department\n"{IMG.replace(chr(34), chr(34) * 2)}",sales\n"Ben {XSS.replace(chr(34), chr(34) * 2)}",cs\nChika,support\n'
ROUNDS = (
    [{"kickoff": {"cs": "A/R", "sales": "C"}}, {"kickoff": {"cs": "R", "sales": "A"}}, {"kickoff": {"support": "A/R"}}],
    [{"kickoff": {"cs": "A/R", "sales": "C"}}, {"kickoff": {"cs": "A/R", "sales": "I"}}, {"kickoff": {"cs": "A/R"}}],
    [{"kickoff": {"cs": "A/R", "sales": "C"}}] * 3,
)


def build(tmp_path: Path) -> Path:
    folder = prepare(tmp_path, PEOPLE, spec_text=HOSTILE_SPEC)
    outs = []
    for number, answers in enumerate(ROUNDS):
        for path, filled in zip(forms(folder), answers, strict=True):
            fill_xlsx(path, {"kickoff": {"sales": "", "cs": "", "support": ""} | filled["kickoff"]}, {"kickoff": XSS})
        out = tmp_path / f"day{(0, 30, 90)[number]}"
        result, _ = collect(folder, out)
        assert result.code == 0, result.all
        outs.append(str(out))
    page = tmp_path / "workshop.html"
    result = run_raci("workshop", "report", *outs, "-o", str(page))
    assert result.code == 0, result.all
    return page


def test_report_runs_no_script_from_names_and_comments(tmp_path: Path) -> None:
    page = build(tmp_path)
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html and "<img" not in html  # not one tag from the answers
    assert "script-src" not in html and "default-src 'none'" in html  # the page allows no script at all
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")  # no network
    dom = dom_after_load(page)
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
    assert "&lt;script&gt;" in dom and "&lt;img src=x" in dom  # shown as text


def test_report_renders_and_a_cell_opens_who_answered_what(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    page_file = build(tmp_path)
    shot = screenshot(page_file, tmp_path / "report.png", 1400, 1600)
    image = Image.open(shot).convert("L")
    assert ImageStat.Stat(image).stddev[0] > 10, "the screenshot is blank"
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium(), args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            dialogs: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(page_file.resolve().as_uri())
            target = page.locator('td.cell[data-activity="kickoff"][data-department="sales"]')
            answers = target.locator("ul")
            assert not answers.is_visible()
            target.locator("summary").click()
            assert answers.is_visible()
            text = answers.inner_text()
            assert "Chika: C" in text and "<img src=x" in text  # who answered what, names as text
            assert page.locator("body").get_attribute("data-pwned") is None and not dialogs
            assert page.locator("section#rounds svg polyline").count() == 2 + 3
            headings = page.locator("h2").all_inner_texts()
            assert headings == [
                "How far the group agrees",
                "Agreement per cell",
                "Perception gaps per department",
                "Conflicts, most pressing first",
                "Findings on the consensus draft",
                "Agreement across rounds",
            ]
            page.screenshot(path=str(tmp_path / "opened.png"), full_page=True)
        finally:
            browser.close()
    assert ImageStat.Stat(Image.open(tmp_path / "opened.png").convert("L")).stddev[0] > 10
