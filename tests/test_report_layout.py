"""The report in a real Chromium: on a desktop, on a phone, and printed on A4 and A3.

What people saw before: at 390 px the contents column left ~100 px for the text (headings
one character a line); on paper 17 A3 pages, page 1 the title bar alone, the last
department column of the matrix cut off on A4 portrait; diagrams cut at 1,400 px with
their legend in the hidden part.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageStat

from raci.spec.load import load
from tests.browser import page, pdf_pages
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

ACME = ROOT / "specs" / "acme-functional.raci.yaml"
FINDINGS = ROOT / "tests" / "specs" / "bad" / "r102-two-accountables.raci.yaml"
A4_PRINTABLE_PX = round((210 - 2 * 10) / 25.4 * 96)
"""A4 portrait's width inside the report's 10 mm margins, in CSS pixels (718)."""


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import run_raci

    out = tmp_path_factory.mktemp("report") / "report.html"
    result = run_raci("report", str(ACME), "-o", str(out), "--lang", "ja")
    assert result.code == 0, result.err
    return out


def assert_not_blank(png: Path) -> None:
    image = Image.open(png).convert("L")
    assert ImageStat.Stat(image).stddev[0] > 10, f"{png.name} is blank"
    low, high = image.getextrema()
    assert high - low > 100


def test_desktop_shows_the_diagrams_whole(report: Path, tmp_path: Path) -> None:
    with page(1400, 1000) as view:
        view.goto(report.as_uri())
        view.screenshot(path=str(tmp_path / "1400.png"))
        assert_not_blank(tmp_path / "1400.png")
        boxes = view.evaluate(
            """[...document.querySelectorAll('.diagram')].map(d => {
                 const box = d.getBoundingClientRect(), svg = d.querySelector('svg').getBoundingClientRect();
                 return [box.left, box.right, svg.left, svg.right, d.scrollWidth, d.clientWidth]; })"""
        )
        assert len(boxes) == 2
        for left, right, svg_left, svg_right, scroll, client in boxes:
            assert left <= svg_left and svg_right <= right + 0.5  # legend included: nothing cut
            assert scroll <= client
        # a click shows the natural size, scrolling inside the box; the page stays as wide
        view.click("#kpi-tree .diagram")
        natural = view.evaluate(
            "(() => { const d = document.querySelector('#kpi-tree .diagram'); return d.scrollWidth > d.clientWidth || d.scrollHeight > d.clientHeight; })()"
        )
        assert natural
        assert view.evaluate("document.documentElement.scrollWidth <= innerWidth")


def test_phone_width_has_no_sideways_scroll_and_room_for_text(report: Path, tmp_path: Path) -> None:
    with page(390, 844) as view:
        view.goto(report.as_uri())
        view.screenshot(path=str(tmp_path / "390.png"))
        assert_not_blank(tmp_path / "390.png")
        assert view.evaluate("document.documentElement.scrollWidth <= innerWidth")
        text = view.evaluate("document.querySelector('main').getBoundingClientRect().width")
        assert text >= 340, f"the text column is {text} px wide"
        # wide tables scroll inside their own box, which is no wider than the screen
        matrix = view.evaluate("document.querySelector('.raci-scroll').getBoundingClientRect().right")
        assert matrix <= 390


def test_matrix_fits_a4_portrait(report: Path) -> None:
    with page(A4_PRINTABLE_PX, 1000) as view:
        view.goto(report.as_uri())
        view.emulate_media(media="print")
        right = view.evaluate(
            "Math.max(...[...document.querySelectorAll('.raci-table thead th')].map(th => th.getBoundingClientRect().right))"
        )
        assert right <= A4_PRINTABLE_PX + 0.5, f"the matrix ends at {right} px, the paper at {A4_PRINTABLE_PX}"
        widths = view.evaluate(
            "[...document.querySelectorAll('.raci-table thead th[data-dept]')].map(th => th.getBoundingClientRect().width)"
        )
        assert len(widths) == len(load(str(ACME)).departments) and min(widths) > 10  # no column lost
        pdf = view.pdf(format="A4", landscape=False, print_background=True)
        assert pdf.startswith(b"%PDF") and pdf_pages(pdf) <= 12


def test_a3_landscape_takes_at_most_eight_pages(report: Path) -> None:
    with page(1400, 1000) as view:
        view.goto(report.as_uri())
        pdf = view.pdf(format="A3", landscape=True, print_background=True)
        pages = pdf_pages(pdf)
        assert 3 <= pages <= 8, f"{pages} A3 pages"
        # the first page holds more than the title bar: the findings start on it
        view.emulate_media(media="print")
        findings_top = view.evaluate("document.getElementById('findings').getBoundingClientRect().top")
        assert findings_top < 200


def test_a_finding_link_scrolls_to_its_cell_and_the_cell_back(tmp_path: Path) -> None:
    from tests.conftest import run_raci

    out = tmp_path / "report.html"
    assert run_raci("report", str(FINDINGS), "-o", str(out), "--lang", "en").code == 0
    with page(1400, 1000) as view:
        view.goto(out.as_uri())
        view.click("#findings a.concerns >> nth=-1")
        target = view.evaluate("location.hash")
        assert target.startswith("#cell-")
        assert view.evaluate(f"document.querySelector('td[id=\"{target[1:]}\"]').matches(':target')")
        colours = view.evaluate(
            f"(() => {{ const s = getComputedStyle(document.querySelector('td[id=\"{target[1:]}\"]')); return [s.boxShadow, s.backgroundColor]; }})()"
        )
        assert "180, 35, 24" in colours[0]  # ringed in the error red
        assert "180, 35, 24" not in colours[1]  # filled in the role's colour, not the error's
        view.click(f'td[id="{target[1:]}"] a')
        assert view.evaluate("location.hash").startswith("#finding-")


def test_japanese_headings_break_between_phrases_at_phone_width(report: Path) -> None:
    """「顧客ライフサイ / クル」 was the title at 390 px: a heading breaks between phrases."""
    with page(390, 800) as view:
        view.goto(report.as_uri())
        breaks = view.evaluate("[...document.querySelectorAll('h1, h2')].map(h => getComputedStyle(h).wordBreak)")
        assert breaks and set(breaks) == {"auto-phrase"}
        lines = view.evaluate(
            """(() => { const h = document.querySelector('h1'), r = document.createRange(), tops = {};
                 for (let i = 0; i < h.firstChild.length; i++) { r.setStart(h.firstChild, i); r.setEnd(h.firstChild, i + 1);
                   const top = Math.round(r.getBoundingClientRect().top); tops[top] = (tops[top] || '') + h.firstChild.data[i]; }
                 return Object.values(tops); })()"""
        )
        assert len(lines) > 1 and not any(line.startswith("クル") for line in lines), lines
