"""The matrix for spreadsheets: CSV, and an XLSX workbook for the workshop.

A name such as ``=HYPERLINK(...)`` arrives as text, never as a formula: in CSV through
:func:`~raci.render.templating.spreadsheet_cell` (a leading apostrophe, the OWASP
advice), in XLSX as a string cell with the quote-prefix style, so the cell shows the
exact text and stays text when someone edits it.
"""

from __future__ import annotations

import copy
import csv
import io
from datetime import datetime
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from raci.render.matrix_model import Matrix
from raci.render.templating import formula_like, spreadsheet_cell, visible
from raci.text import width as text_width

if TYPE_CHECKING:
    from raci.spec.model import Spec

BOM = "\ufeff"
FIXED_DATE = datetime(2000, 1, 1)
"""Written as the workbook's created/modified date and every zip entry's date: same spec, same bytes."""
SHEETS = ("RACI", "Findings", "KPIs")

# Conditional-format colours per letter (font, fill), first match wins: A before R, C, I.
ROLE_COLOURS = {
    "A": ("9C0006", "FFC7CE"),
    "R": ("006100", "C6EFCE"),
    "C": ("7F4F00", "FFEB9C"),
    "I": ("1F4E79", "DDEBF7"),
}


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


def workbook(matrix: Matrix, spec: Spec) -> bytes:
    """Sheets RACI (drop-downs, colours), Findings and KPIs, as deterministic bytes."""
    import zipfile

    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter

    book = Workbook()
    _raci_sheet(book.active, matrix)
    _findings_sheet(book.create_sheet(SHEETS[1]), matrix)
    _kpi_sheet(book.create_sheet(SHEETS[2]), matrix, spec)
    book.active = 0
    props = book.properties
    props.creator = "raci"
    props.lastModifiedBy = None
    props.title = visible(matrix.label("heading", org=matrix.org))
    props.created = props.modified = FIXED_DATE
    # ExcelWriter rather than book.save(), which stamps "modified" with the current time.
    data = io.BytesIO()
    ExcelWriter(book, zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED)).save()
    return _fixed_zip_dates(data.getvalue())


def _raci_sheet(sheet: Any, matrix: Matrix) -> None:
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    sheet.title = SHEETS[0]
    head = header(matrix)
    findings_column = len(head) + 1
    body = rows(matrix)
    _write(sheet, [[*head, matrix.labels["findings"]]])
    _write(sheet, [[*line, ", ".join(row.codes)] for line, row in zip(body, matrix.rows, strict=True)])
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")
    sheet.freeze_panes = "D2"
    first, last = get_column_letter(4), get_column_letter(3 + len(matrix.departments))
    last_row = 1 + len(body)
    if matrix.departments and body:
        area = f"{first}2:{last}{last_row}"
        choices = ",".join(matrix.cell_values)
        validation = DataValidation(
            type="list",
            formula1=f'"{choices}"',
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="warning",
            errorTitle=matrix.labels["validation.title"],
            error=matrix.labels["validation.error"],
            promptTitle=matrix.labels["validation.title"],
            prompt=matrix.labels["validation.prompt"],
            showInputMessage=True,
        )
        validation.add(area)
        sheet.add_data_validation(validation)
        for letter, (font, fill) in ROLE_COLOURS.items():
            rule = FormulaRule(  # type: ignore[no-untyped-call]  # types-openpyxl leaves FormulaRule unannotated
                formula=[f'ISNUMBER(SEARCH("{letter}",{first}2))'],
                font=Font(color=font, bold=letter == "A"),
                fill=PatternFill(fill_type="solid", start_color=fill, end_color=fill, bgColor=fill),
                stopIfTrue=True,
            )
            sheet.conditional_formatting.add(area, rule)
        sheet.auto_filter.ref = f"A1:{get_column_letter(findings_column)}{last_row}"
    widths = [
        _width([r[0] for r in body] + [head[0]], 12, 28),
        _width([r[1] for r in body] + [head[1]], 10, 26),
        _width([r[2] for r in body] + [head[2]], 20, 50),
    ]
    widths += [_width([d.name], 7, 16) for d in matrix.departments]
    widths.append(_width([matrix.labels["findings"], *(", ".join(r.codes) for r in matrix.rows)], 10, 30))
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    centred: Any = None
    for line in sheet.iter_rows(min_row=2, min_col=4, max_col=3 + len(matrix.departments)):
        for cell in line:
            # the first cell's style array, copied: openpyxl hashes the style objects on
            # every assignment, a third of a 10k-activity workbook's time
            if centred is None:
                cell.alignment = Alignment(horizontal="center")
                centred = cell._style
            else:
                cell._style = copy.copy(centred)


def _findings_sheet(sheet: Any, matrix: Matrix) -> None:
    labels = matrix.labels
    where = PurePath(matrix.source).name if matrix.source else ""
    lines = [[labels[f"finding.{k}"] for k in ("code", "severity", "location", "message", "hint")]]
    for finding in matrix.findings:
        location = f"{where}:{finding.line}:{finding.column}" if finding.line else where
        lines.append(
            [finding.code, labels[f"severity.{finding.severity}"], location, finding.message, finding.hint or ""]
        )
    _write(sheet, lines)
    _finish(sheet, lines, (8, 10, 24, 80, 60))


def _kpi_sheet(sheet: Any, matrix: Matrix, spec: Spec) -> None:
    labels = matrix.labels
    lang = matrix.lang
    names = {d.id: d.name.get(lang) for d in spec.departments}
    lines = [[labels[f"kpi.{k}"] for k in ("id", "name", "level", "parents", "owner", "unit", "target")]]
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
    _write(sheet, lines)
    _finish(sheet, lines, (24, 40, 12, 30, 24, 10, 12))


def _write(sheet: Any, lines: list[list[str]]) -> None:
    """Rows of exact text, never formulas; empty strings as empty cells.

    openpyxl reads a string starting with ``=`` as a formula: such cells are made string
    cells again, with Excel's quote prefix (no apostrophe in the text). Control
    characters, which XML cannot hold, are shown as U+FFFD."""
    row = 0  # counted here: sheet.max_row scans every cell, and per line made 10k rows quadratic
    for line in lines:
        values = [visible(value) if value else None for value in line]
        sheet.append(values)
        row = row + 1 if row else sheet.max_row
        for column, value in enumerate(values, start=1):
            if isinstance(value, str) and formula_like(value):
                cell = sheet.cell(row=row, column=column)
                cell.data_type = "s"
                cell.quotePrefix = True


def _finish(sheet: Any, lines: list[list[str]], caps: tuple[int, ...]) -> None:
    """Bold header, frozen below it, a filter, and column widths fitted to the text."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(caps))}{max(len(lines), 1)}"
    for index, cap in enumerate(caps):
        sheet.column_dimensions[get_column_letter(index + 1)].width = _width([line[index] for line in lines], 8, cap)


def _width(texts: list[str], least: int, most: int) -> float:
    """A column width in characters: the widest text (CJK counts two), within bounds."""
    widest = max((text_width(str(text)) for text in texts), default=0)
    return float(min(max(widest + 2, least), most))


def _fixed_zip_dates(data: bytes) -> bytes:
    """The same archive with every entry dated ``FIXED_DATE`` (zip files store a local
    time per entry, and openpyxl writes the current one)."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()
