"""The matrix for spreadsheets: CSV, and an XLSX workbook for the workshop.

A name such as ``=HYPERLINK(...)`` arrives as text, never as a formula: in CSV through
:func:`~raci.render.templating.spreadsheet_cell` (a leading apostrophe, the OWASP
advice), in XLSX as a string cell with the quote-prefix style, so the cell shows the
exact text and stays text when someone edits it.
"""

from __future__ import annotations

import csv
import io
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from raci.i18n import t
from raci.render.matrix_model import Matrix
from raci.render.templating import spreadsheet_cell
from raci.render.workbook import Page, grid, guide, new_workbook, page_setup, raci_cells, save, width

if TYPE_CHECKING:
    from raci.spec.model import Spec

BOM = "\ufeff"
SHEETS = ("RACI", "Findings", "KPIs", "Guide")


def header(matrix: Matrix) -> list[str]:
    """Phase, activity id, activity name, then one column per department name."""
    labels = matrix.labels
    return [labels["phase"], labels["activity_id"], labels["activity_name"], *(d.name for d in matrix.departments)]


def rows(matrix: Matrix) -> list[list[str]]:
    return [[phase.name, row.id, row.name, *row.cells] for phase in matrix.phases for row in phase.rows]


def csv_text(matrix: Matrix) -> str:
    """UTF-8 text with a byte-order mark, CRLF line ends: what Excel opens correctly."""
    out = io.StringIO()
    writer = csv.writer(out, dialect="excel")
    for line in [header(matrix), *rows(matrix)]:
        writer.writerow([spreadsheet_cell(value) for value in line])
    return BOM + out.getvalue()


# xlsx ------------------------------------------------------------------------------


def workbook(matrix: Matrix, spec: Spec, paper: str = "a4") -> bytes:
    """Sheets RACI (drop-downs, colours), Findings, KPIs and Guide, printable on ``paper``
    landscape (:mod:`raci.render.workbook`), as deterministic bytes."""
    book = new_workbook()
    page = Page(paper=paper, header=matrix.label("heading", org=matrix.org), footer=legend_footer(matrix))
    _raci_sheet(book.active, matrix, page)
    _findings_sheet(book.create_sheet(SHEETS[1]), matrix, page)
    _kpi_sheet(book.create_sheet(SHEETS[2]), matrix, spec, page)
    lang = matrix.lang
    guide(
        book.create_sheet(SHEETS[3]),
        t("sheet.guide.title", lang, {"org": matrix.org}),
        [t(f"sheet.guide.matrix.{n}", lang) for n in range(1, 5)],
        legend_rows(matrix),
        legend_titles(lang),
        page,
    )
    book.active = 0
    return save(book, matrix.label("heading", org=matrix.org))


def legend_rows(matrix: Matrix) -> list[tuple[str, str, str]]:
    return [(entry.letter, entry.name, entry.meaning) for entry in matrix.legend]


def legend_titles(lang: str) -> tuple[str, str, str]:
    return (t("sheet.legend.letter", lang), t("sheet.legend.name", lang), t("sheet.legend.meaning", lang))


def legend_footer(matrix: Matrix) -> str:
    """``Legend: A Accountable · R Responsible · … · blank = no role``: printed on every page."""
    entries = " · ".join(f"{entry.letter} {entry.name}" for entry in matrix.legend)
    entries += " · " + t("sheet.legend.blank", matrix.lang)
    return t("sheet.legend.footer", matrix.lang, {"entries": entries})


def _raci_sheet(sheet: Any, matrix: Matrix, page: Page) -> None:
    from openpyxl.utils import get_column_letter

    sheet.title = SHEETS[0]
    head = [*header(matrix), matrix.labels["findings"]]
    body = [[*line, ", ".join(row.codes)] for line, row in zip(rows(matrix), matrix.rows, strict=True)]
    count = len(matrix.departments)
    widths = [
        width([r[0] for r in body] + [head[0]], 10, 18),
        width([r[1] for r in body] + [head[1]], 10, 22),
        width([r[2] for r in body] + [head[2]], 20, 40),
    ]
    widths += [width([d.name], 7, 12) for d in matrix.departments]
    widths.append(width([head[-1], *(r[-1] for r in body)], 10, 24))
    grid(sheet, head, body, widths, centred=range(3, 3 + count))
    sheet.freeze_panes = "D2"
    last_row = 1 + len(body)
    if matrix.departments and body:
        first, last = get_column_letter(4), get_column_letter(3 + count)
        raci_cells(sheet, f"{first}2:{last}{last_row}", f"{first}2", matrix.cell_values, _validation(matrix))
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(head))}{last_row}"
    page_setup(sheet, Page(page.paper, "1:1", "A:C", page.header, page.footer))


def _validation(matrix: Matrix) -> dict[str, str]:
    labels = matrix.labels
    return {
        "title": labels["validation.title"],
        "error": labels["validation.error"],
        "prompt": labels["validation.prompt"],
    }


def _findings_sheet(sheet: Any, matrix: Matrix, page: Page) -> None:
    labels = matrix.labels
    where = PurePath(matrix.source).name if matrix.source else ""
    head = [labels[f"finding.{k}"] for k in ("code", "severity", "location", "message", "hint")]
    lines = []
    for finding in matrix.findings:
        location = f"{where}:{finding.line}:{finding.column}" if finding.line else where
        lines.append(
            [finding.code, labels[f"severity.{finding.severity}"], location, finding.message, finding.hint or ""]
        )
    _table(sheet, head, lines, (8, 10, 24, 60, 50), page)


def _kpi_sheet(sheet: Any, matrix: Matrix, spec: Spec, page: Page) -> None:
    labels = matrix.labels
    lang = matrix.lang
    names = {d.id: d.name.get(lang) for d in spec.departments}
    head = [labels[f"kpi.{k}"] for k in ("id", "name", "level", "parents", "owner", "unit", "target")]
    lines = []
    for kpi in spec.kpis:
        lines.append(
            [
                kpi.id,
                kpi.name.get(lang),
                labels.get(f"level.{kpi.level}", kpi.level),
                ", ".join(kpi.parents),
                names.get(kpi.owner or "", kpi.owner or ""),
                kpi.unit or "",
                kpi.target or "",
            ]
        )
    _table(sheet, head, lines, (24, 40, 12, 30, 24, 10, 12), page)


def _table(sheet: Any, head: list[str], lines: list[list[str]], caps: tuple[int, ...], page: Page) -> None:
    """A bordered table with its header frozen, a filter, widths fitted to the text, printable."""
    from openpyxl.utils import get_column_letter

    widths = [width([head[i], *(line[i] for line in lines)], 8, cap) for i, cap in enumerate(caps)]
    grid(sheet, head, lines, widths)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(caps))}{len(lines) + 1}"
    page_setup(sheet, Page(page.paper, "1:1", None, page.header, page.footer))
