"""The one workbook writer behind every printable XLSX: the matrix view and the workshop forms.

A RACI sheet is a handout before it is a spreadsheet: people print it, write on it and
bring it to the room. So every grid this module writes prints one page wide in landscape
(A4 by default, A3 on request; as many pages tall as it needs), repeats its header row
and its name columns on every page, has a border on every cell (an empty cell is an
answer people must see), and a header row tall enough for the longest department name.
The legend goes in the page footer, so every printed page explains the letters.

Text is written as exact text, never as a formula (see :func:`write_rows`). Saving is
deterministic: :func:`save` fixes every date, so the same input gives the same bytes.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from raci.render import sheet_xml
from raci.render.templating import formula_like, visible
from raci.text import width as text_width

FIXED_DATE = datetime(2000, 1, 1)
"""Written as the workbook's created/modified date and every zip entry's date: same input, same bytes."""
PAPERS = {"a4": 9, "a3": 8}
"""``--paper`` → the paper-size code of SpreadsheetML (ECMA-376 §18.3.1.63)."""
LINE_HEIGHT = 15.0
"""Points per line of 11-point text (what Excel and LibreOffice use for a default row)."""
GRID_BORDER = "A6A6A6"
HEADER_FILL = "F2F2F2"

# Conditional-format colours per letter (font, fill), first match wins: A before R, C, I.
ROLE_COLOURS = {
    "A": ("9C0006", "FFC7CE"),
    "R": ("006100", "C6EFCE"),
    "C": ("7F4F00", "FFEB9C"),
    "I": ("1F4E79", "DDEBF7"),
}


@dataclass(frozen=True)
class Page:
    """How a sheet prints: paper, the rows and columns repeated on every page, header and footer."""

    paper: str = "a4"
    title_rows: str | None = None
    """Rows repeated at the top of every page, ``"5:5"``."""
    title_cols: str | None = None
    """Columns repeated at the left of every page, ``"A:C"``."""
    header: str = ""
    footer: str = ""


def new_workbook() -> Any:
    """An empty openpyxl workbook."""
    from openpyxl import Workbook

    return Workbook()


def import_openpyxl_without_numpy() -> None:
    """Import openpyxl, the first time, with numpy held back: openpyxl imports numpy only to
    accept numpy numbers as cell values (raci writes text), and with ``raci[workshop]``
    installed that import was a fifth of rendering a 1,000-activity matrix.

    openpyxl then refuses numpy numbers for the rest of the process, so only raci's own
    commands call this, just before they write a workbook, never the library: a program
    that embeds raci keeps its openpyxl as it was. numpy itself stays importable."""
    import sys

    if "openpyxl" not in sys.modules and "numpy" not in sys.modules:
        sys.modules["numpy"] = None  # type: ignore[assignment]  # how importlib is told "not installed"
        try:
            import openpyxl  # noqa: F401  # imported here, with numpy held back
        finally:
            del sys.modules["numpy"]


def write_rows(sheet: Any, lines: Sequence[Sequence[str | None]], first_row: int | None = None) -> list[list[Any]]:
    """Rows of exact text, never formulas; empty strings as empty cells. Appended, or
    from ``first_row`` when given. Cells are reached by ``sheet.cell``, never ``sheet[n]``,
    which scans every cell of the sheet for its width: once per row, that made a
    10k-activity workbook quadratic (minutes instead of seconds). Returns each line's
    cells, so that :func:`grid` styles them without looking each one up again.

    openpyxl reads a string starting with ``=`` as a formula: such cells are made string
    cells again, with Excel's quote prefix (no apostrophe in the text). Control
    characters, which XML cannot hold, are shown as U+FFFD."""
    row = sheet.max_row if first_row is None and sheet.max_row > 1 else 0
    widest = sheet.max_column  # once: each appended row spans the sheet so far, as sheet[row] did
    written: list[list[Any]] = []
    for offset, line in enumerate(lines):
        values = [visible(value) if value else None for value in line]
        if first_row is None:
            # counted here: sheet.max_row scans every cell, and once per line made 10k rows quadratic
            sheet.append(values)
            row = row + 1 if row else sheet.max_row
            widest = max(widest, len(values))
            cells = [sheet.cell(row, column) for column in range(1, widest + 1)]
        else:
            cells = [sheet.cell(first_row + offset, column, value) for column, value in enumerate(values, 1)]
        for cell in cells:
            if isinstance(cell.value, str) and formula_like(cell.value):
                cell.data_type = "s"
                cell.quotePrefix = True
        written.append(cells)
    return written


def width(texts: Sequence[object], least: int, most: int) -> float:
    """A column width in characters: the widest text (CJK counts two), within bounds."""
    widest = max((text_width(str(text)) for text in texts), default=0)
    return float(min(max(widest + 2, least), most))


def lines_needed(text: str, columns: float) -> int:
    """How many lines ``text`` takes when wrapped in a column ``columns`` characters wide.

    Counted by display width (CJK two), per paragraph; a little pessimistic on purpose
    (a spreadsheet wraps at word ends, so a line holds a little less than the width),
    because a header cut short hides the department name people answer for."""
    usable = max(columns - 1.5, 1.0)
    return sum(max(1, math.ceil(text_width(part) / usable)) for part in (text or "").split("\n"))


def grid(
    sheet: Any,
    header: Sequence[str],
    body: Sequence[Sequence[str | None]],
    widths: Sequence[float],
    *,
    first_row: int = 1,
    centred: range = range(0),
    unlocked: range = range(0),
) -> None:
    """A bordered table from ``first_row``: a bold wrapped header row as tall as its longest
    text needs, body rows tall enough for wrapped names, ``centred`` columns (0-based)
    centred (the RACI cells), ``unlocked`` columns (0-based) left editable when the sheet
    is protected (a form's answers).

    The header row is openpyxl cells (a caller may restyle them); the body is written as
    XML text when the workbook is saved (:mod:`raci.render.sheet_xml`: openpyxl's cells
    made a 10k-activity matrix three times slower than everything else together), so it
    must stay the last rows of the sheet: write any other cell before calling this."""
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.utils import get_column_letter

    columns = len(header)
    written = write_rows(sheet, [list(header)], first_row)[0]
    head = written + [sheet.cell(first_row, column) for column in range(len(written) + 1, columns + 1)]
    side = Side(style="thin", color=GRID_BORDER)
    border = Border(left=side, right=side, top=side, bottom=side)
    head_font, head_fill = Font(bold=True), PatternFill(fill_type="solid", start_color=HEADER_FILL)
    head_align = Alignment(wrap_text=True, vertical="bottom", horizontal="center")
    text_align, centre_align = Alignment(wrap_text=True, vertical="top"), Alignment(horizontal="center", vertical="top")
    for index, value in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = value
    for cell in head:
        cell.font, cell.fill, cell.alignment, cell.border = head_font, head_fill, head_align, border
    sheet.row_dimensions[first_row].height = _height(header, widths)

    def style(index: int, quoted: bool) -> int:
        # the index in the workbook's cell styles of a cell styled so: a template cell, never on the sheet
        template = Cell(sheet, row=1, column=1)
        template.border = border
        template.alignment = centre_align if index in centred else text_align
        if index in unlocked:
            template.protection = Protection(locked=False)
        template.quotePrefix = quoted
        return int(template.style_id)

    centre = set(centred)
    heights = []
    for line in body:
        tall = _height([value or "" for value in line], widths, centre)
        heights.append(tall if tall > LINE_HEIGHT + 3 else None)
    styles = [(style(index, False), style(index, True)) for index in range(columns)]
    sheet_xml.defer(sheet, sheet_xml.Body(first_row + 1, body, heights, styles))


def _height(texts: Sequence[str], widths: Sequence[float], skip: set[int] | None = None) -> float:
    most = max(
        (lines_needed(text, widths[i]) for i, text in enumerate(texts) if i < len(widths) and i not in (skip or ())),
        default=1,
    )
    return LINE_HEIGHT * most + 3


def raci_cells(sheet: Any, area: str, first_cell: str, choices: Sequence[str], labels: dict[str, str]) -> None:
    """A drop-down of ``choices`` on every cell of ``area`` (a warning, not a refusal: people
    type ◎ or "A, R" too, and the reader understands them) and colours by letter through
    conditional formatting, so a changed cell recolours itself."""
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(choices) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="warning",
        errorTitle=labels["title"],
        error=labels["error"],
        promptTitle=labels["title"],
        prompt=labels["prompt"],
        showInputMessage=True,
    )
    validation.add(area)
    sheet.add_data_validation(validation)
    for letter, (font, fill) in ROLE_COLOURS.items():
        rule = FormulaRule(  # type: ignore[no-untyped-call]  # types-openpyxl leaves FormulaRule unannotated
            formula=[f'ISNUMBER(SEARCH("{letter}",{first_cell}))'],
            font=Font(color=font, bold=letter == "A"),
            fill=PatternFill(fill_type="solid", start_color=fill, end_color=fill, bgColor=fill),
            stopIfTrue=True,
        )
        sheet.conditional_formatting.add(area, rule)


def page_setup(sheet: Any, page: Page) -> None:
    """Landscape, one page wide and as many tall as needed, titles repeated, centred."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = PAPERS[page.paper]
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.page_margins.header = sheet.page_margins.footer = 0.25
    if page.title_rows:
        sheet.print_title_rows = page.title_rows
    if page.title_cols:
        sheet.print_title_cols = page.title_cols
    if page.header:
        sheet.oddHeader.left.text = header_footer_text(page.header, 120)
    sheet.oddFooter.left.text = header_footer_text(page.footer, 180) if page.footer else None
    sheet.oddFooter.right.text = "&P / &N"


def header_footer_text(text: str, most: int) -> str:
    """Text for a page header or footer: ``&`` doubled (it starts a code there), one line,
    and short (Excel refuses a header or footer over 255 characters)."""
    flat = " ".join(visible(text).split())
    if len(flat) > most:
        flat = flat[: most - 1] + "…"
    return flat.replace("&", "&&")


def guide(
    sheet: Any,
    title: str,
    paragraphs: Sequence[str],
    legend: Sequence[tuple[str, str, str]],
    legend_titles: tuple[str, str, str],
    page: Page,
) -> None:
    """An instructions sheet: a title, paragraphs, and the legend (letter, name, meaning) as a bordered table."""
    from openpyxl.styles import Alignment, Font

    write_rows(sheet, [[title]], 1)
    sheet["A1"].font = Font(bold=True, size=14)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row, paragraph in enumerate(paragraphs, 3):
        write_rows(sheet, [[None, paragraph]], row)
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        sheet.cell(row, 2).alignment = wrap
        sheet.row_dimensions[row].height = (
            LINE_HEIGHT * lines_needed(paragraph, 94) + 9
        )  # a little air between paragraphs
    start = 3 + len(paragraphs) + 1
    rows = [[letter, name, meaning] for letter, name, meaning in legend]
    grid(sheet, list(legend_titles), rows, [8, 24, 70], first_row=start, centred=range(1))
    page_setup(sheet, Page(paper=page.paper, header=page.header, footer=page.footer))


def save(book: Any, title: str) -> bytes:
    """The workbook as deterministic bytes: fixed dates in the properties and in every zip entry."""
    import zipfile

    from openpyxl.writer.excel import ExcelWriter

    props = book.properties
    props.creator = "raci"
    props.lastModifiedBy = None
    props.title = visible(title)
    props.created = props.modified = FIXED_DATE
    # ExcelWriter rather than book.save(), which stamps "modified" with the current time.
    data = io.BytesIO()
    bodies = {sheet: body for sheet in book.worksheets if (body := sheet_xml.deferred(sheet)) is not None}
    ExcelWriter(book, zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED)).save()
    # the sheets' paths are known once written: xl/worksheets/sheetN.xml
    return _fixed_zip_dates(data.getvalue(), {sheet.path.lstrip("/"): body for sheet, body in bodies.items()})


def _fixed_zip_dates(data: bytes, bodies: dict[str, sheet_xml.Body]) -> bytes:
    """The same archive with every entry dated ``FIXED_DATE`` (zip files store a local
    time per entry, and openpyxl writes the current one), and the grid bodies put into
    their sheets (:func:`raci.render.sheet_xml.splice`)."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            content = source.read(info.filename)
            if info.filename in bodies:
                content = sheet_xml.splice(content, bodies[info.filename])
            target.writestr(entry, content)
    return out.getvalue()
