"""The printable workbooks as LibreOffice prints them: converted to PDF, pages counted and read.

Slow (LibreOffice starts in seconds): the whole suite runs it, the fast tier does not.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_raci
from tests.workshop_helpers import forms, prepare

pytestmark = pytest.mark.slow
ACME = ROOT / "specs" / "acme-functional.raci.yaml"


def to_pdf(tmp_path: Path, *books: Path) -> list[Path]:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    assert office, "LibreOffice is not installed: scripts/test installs it (apt-get install libreoffice-calc)"
    out = tmp_path / "pdf"
    profile = (tmp_path / "profile").as_uri()  # its own profile: parallel test workers must not share one
    command = [office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(out)]
    subprocess.run([*command, *map(str, books)], capture_output=True, timeout=240, check=True)
    return [out / (book.stem + ".pdf") for book in books]


def pages(pdf: Path) -> list[str]:
    """The text of every page (poppler's pdftotext; form feed between pages)."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


def test_matrix_and_form_print_one_page_wide_with_titles_on_every_page(tmp_path: Path) -> None:
    books = []
    for paper in ("a4", "a3"):
        book = tmp_path / f"matrix-{paper}.xlsx"
        result = run_raci("render", "matrix", str(ACME), "--lang", "en", "--paper", paper, "-o", str(book))
        assert result.code == 0, result.all
        books.append(book)
    folder = prepare(tmp_path, "name,department\nAiko Sato,sales\n", "--lang", "en", spec_text=ACME.read_text("utf-8"))
    books.append(forms(folder)[0])
    a4, a3, form = (pages(pdf) for pdf in to_pdf(tmp_path, *books))
    for printed in (a4, a3):
        raci = [page for page in printed if "Activity id" in page]
        # one page wide: the first page holds the phase column and the last columns alike
        assert "Phase" in raci[0] and "Product &" in raci[0] and "Findings" in raci[0]
        assert "lead_campaigns" in raci[0] and "help_center" in raci[-1]
        # one sheet of 32 activities: at most two pages tall, the header row on each
        assert len(raci) <= 2 and all("Activity name" in page for page in raci)
        assert all("Legend: A Accountable" in page for page in printed)  # the footer
        assert any("How to read and fill in this workbook" in page for page in printed)  # the Guide sheet
    assert len(a3) <= len(a4) <= 6
    assert len(form) <= 3
    assert "Aiko Sato (Field Sales)" in form[0] and "Comment (why / what is unclear)" in form[0]
    assert "Product &" in form[0] and "help_center" in "".join(form)
    assert all("Activity name" in page for page in form if "Activity id" in page)
    assert any("How to fill in this form" in page for page in form)
