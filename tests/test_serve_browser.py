"""raci serve end to end: a real headless Chromium (Debian's, driven by Playwright) uses the page
as a workshop would, and the file on disk is checked after every step."""

from __future__ import annotations

import difflib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageStat
from playwright.sync_api import Browser, Page, expect

from raci.lint import NO_CONFIG
from raci.serve.run import Served, start_in_thread
from raci.serve.state import Workspace
from tests.browser import playwright_chromium
from tests.conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]

R101 = '#findings li[data-code="R101"][data-about="activity:renewal_call"]'


def cell(activity: str, department: str) -> str:
    return f'td[data-activity="{activity}"][data-department="{department}"]'


def changed_lines(before: bytes, after: bytes) -> list[str]:
    diff = difflib.unified_diff(before.decode().splitlines(), after.decode().splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def comments(data: bytes) -> list[str]:
    return [line[line.index("#") :] for line in data.decode().splitlines() if "#" in line]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with playwright_chromium() as running:
        yield running


@pytest.fixture
def page(browser: Browser, served: Served) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1600, "height": 1000})
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.goto(served.url)
    expect(opened.locator(cell("kickoff", "cs"))).to_have_text("A/R")
    yield opened
    context.close()
    assert not errors, errors  # no script error on the page


def test_typing_a_writes_exactly_that_cell_and_the_finding_disappears(page: Page, spec_file: Path) -> None:
    before = spec_file.read_bytes()
    expect(page.locator(R101)).to_have_count(1)
    page.click(cell("renewal_call", "cs"))
    page.keyboard.press("a")
    expect(page.locator(R101)).to_have_count(0)
    expect(page.locator(cell("renewal_call", "cs"))).to_have_text("A/R")
    expect(page.locator("#status")).to_contain_text("Saved")
    after = spec_file.read_bytes()
    assert changed_lines(before, after) == [
        "-      - {id: renewal_call, name: {ja: 更新の打ち合わせ, en: Renewal call}, raci: {cs: R, sales: C}}",
        "+      - {id: renewal_call, name: {ja: 更新の打ち合わせ, en: Renewal call}, raci: {cs: A/R, sales: C}}",
    ]
    assert comments(after) == comments(before)


def test_arrow_keys_move_and_delete_clears_the_cell(page: Page, spec_file: Path) -> None:
    page.click(cell("kickoff", "cs"))
    page.keyboard.press("ArrowRight")
    expect(page.locator(cell("kickoff", "sales"))).to_have_class("cell role-C selected")
    page.keyboard.press("ArrowDown")  # training has no sales cell: an empty one, still selectable
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Delete")
    expect(page.locator(cell("kickoff", "sales"))).to_have_text("")
    expect(page.locator("#status")).to_contain_text("Saved")
    assert "{cs: A/R, support: I}}  # day one" in spec_file.read_text()


def test_undo_restores_the_original_bytes(page: Page, spec_file: Path) -> None:
    original = spec_file.read_bytes()
    page.click(cell("renewal_call", "cs"))
    page.keyboard.press("a")
    expect(page.locator(cell("renewal_call", "cs"))).to_have_text("A/R")
    page.keyboard.press("i")
    expect(page.locator(cell("renewal_call", "cs"))).to_have_text("A/R/I")
    page.click("#undo")
    expect(page.locator(cell("renewal_call", "cs"))).to_have_text("A/R")
    page.keyboard.press("Control+z")
    expect(page.locator(cell("renewal_call", "cs"))).to_have_text("R")
    expect(page.locator("#undo")).to_be_disabled()
    expect(page.locator(R101)).to_have_count(1)
    assert spec_file.read_bytes() == original
    page.click("#redo")
    expect(page.locator(cell("renewal_call", "cs"))).to_have_text("A/R")


def test_an_outside_edit_shows_in_the_page(page: Page, spec_file: Path) -> None:
    spec_file.write_text(spec_file.read_text().replace("Renewal call", "Renewal meeting"))
    expect(page.locator('tr[data-row="renewal_call"] th')).to_contain_text("Renewal meeting")
    expect(page.locator("#status")).to_contain_text("changed on disk")


def test_a_change_is_never_written_over_a_newer_file(page: Page, spec_file: Path) -> None:
    """An editor saved the file in the same second with the same size: the watcher's stat cannot tell,
    the output guard can; the page says so and shows the newer file."""
    info = spec_file.stat()
    newer = spec_file.read_bytes().replace(b"Health check", b"Health chat!")
    spec_file.write_bytes(newer)
    os.utime(spec_file, ns=(info.st_atime_ns, info.st_mtime_ns))
    page.click(cell("renewal_call", "cs"))
    page.keyboard.press("a")
    expect(page.locator("#status")).to_contain_text("not written")
    expect(page.locator('tr[data-row="health_check"] th')).to_contain_text("Health chat!")
    expect(page.locator(cell("renewal_call", "cs"))).to_have_text("R")
    assert spec_file.read_bytes() == newer


def test_a_broken_file_on_disk_is_shown_and_editing_waits(page: Page, spec_file: Path) -> None:
    good = spec_file.read_text()
    spec_file.write_text(good.replace("kind: sales", "kind: [sales"))
    expect(page.locator("#findings .banner")).to_contain_text("cannot be read")
    expect(page.locator("body")).to_have_class("broken")
    spec_file.write_text(good)
    expect(page.locator("body")).not_to_have_class("broken")
    expect(page.locator(R101)).to_have_count(1)


def test_activities_are_added_named_moved_and_renamed(page: Page, spec_file: Path) -> None:
    before = spec_file.read_bytes()
    page.click(cell("renewal_call", "sales"))
    form = page.locator("#add-form")
    form.locator('input[name="id"]').fill("qbr")
    form.locator('input[name="name"]').fill("Quarterly business review")
    form.locator('button[type="submit"]').click()
    expect(page.locator('tbody[data-phase="renewal"] tr[data-row]')).to_have_count(3)
    rows = page.locator('tbody[data-phase="renewal"] tr[data-row]')
    assert rows.evaluate_all("rows => rows.map(r => r.dataset.row)") == ["renewal_call", "qbr", "health_check"]

    activity = page.locator("#activity-form")
    expect(activity.locator('input[name="id"]')).to_have_value("qbr")
    activity.locator('input[name="ja"]').fill("四半期ビジネスレビュー")
    activity.locator('input[name="id"]').fill("business_review")
    activity.locator('button[type="submit"]').click()
    expect(page.locator('tr[data-row="business_review"]')).to_have_count(1)
    activity.locator('button[data-move="-1"]').click()
    expect(rows.first).to_have_attribute("data-row", "business_review")

    text = spec_file.read_text()
    assert "id: business_review" in text and "四半期ビジネスレビュー" in text and "Quarterly business review" in text
    assert comments(spec_file.read_bytes()) == comments(before)
    page.click("#undo")  # the move
    expect(rows.first).to_have_attribute("data-row", "renewal_call")
    page.click("#undo")  # names and id: one save, one step
    expect(page.locator('tr[data-row="qbr"]')).to_have_count(1)
    page.click("#undo")  # the added activity
    expect(rows).to_have_count(2)
    expect(page.locator("#undo")).to_be_disabled()
    assert spec_file.read_bytes() == before


def test_the_other_views_follow_the_spec(page: Page) -> None:
    page.click('[data-tab="lifecycle"]')
    expect(page.locator('[data-panel="lifecycle"]')).to_contain_text("Renewal")
    page.click('[data-tab="charters"]')
    frame = page.frame_locator("#charter")
    expect(frame.locator("body")).to_contain_text("Customer Success")
    page.click('[data-tab="matrix"]')
    expect(page.locator("#matrix")).to_be_visible()


def test_the_japanese_page_on_a_projector(browser: Browser, served: Served, tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 1600, "height": 900}, locale="ja-JP")
    page = context.new_page()
    page.goto(served.url + "&lang=ja")
    expect(page.locator('[data-tab="matrix"]')).to_have_text("マトリクス")
    expect(page.locator('tr[data-row="renewal_call"] th')).to_contain_text("更新の打ち合わせ")
    page.click(cell("renewal_call", "cs"))
    letter = page.locator(cell("renewal_call", "cs")).evaluate("td => parseFloat(getComputedStyle(td).fontSize)")
    body = page.locator("body").evaluate("b => parseFloat(getComputedStyle(b).fontSize)")
    assert letter >= 24 and body >= 18  # readable from the back of the room
    shot = tmp_path / "serve-ja.png"
    page.screenshot(path=str(shot))
    context.close()
    if os.environ.get("RACI_SCREENSHOTS"):  # to look at it: RACI_SCREENSHOTS=folder
        shutil.copyfile(shot, Path(os.environ["RACI_SCREENSHOTS"]) / shot.name)
    image = Image.open(shot).convert("L")
    assert ImageStat.Stat(image).stddev[0] > 30  # not blank: dark header, coloured cells, text


def test_spec_text_never_runs_as_script(browser: Browser, tmp_path: Path) -> None:
    """The hostile spec puts script tags and event handlers in every text; each would set body[data-pwned]."""
    hostile = tmp_path / "xss.raci.yaml"
    shutil.copyfile(ROOT / "tests" / "specs" / "hostile" / "xss.raci.yaml", hostile)
    served = start_in_thread(Workspace(str(hostile), NO_CONFIG))
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(served.url)
        expect(page.locator("td[data-activity]").first).to_be_visible()
        first = page.locator("td[data-activity]").first
        first.click()
        page.keyboard.press("c")  # the findings and row come back through the script
        expect(page.locator("#status")).not_to_be_empty()
        for tab in ("lifecycle", "kpi-tree", "charters", "matrix"):
            page.click(f'[data-tab="{tab}"]')
            page.wait_for_timeout(300)
        assert page.locator("body").get_attribute("data-pwned") is None
        assert page.frame_locator("#charter").locator("body[data-pwned]").count() == 0
        assert "<script>" in page.locator("h1").inner_text()  # shown as text
        assert page.locator('img[src="x"], iframe:not(#charter)').count() == 0
    finally:
        context.close()
        served.stop()
