"""XLSX workbooks through openpyxl: one sheet, merged cells spread, hidden rows told.

The workbook is loaded in openpyxl's normal mode, not ``read_only``: only the normal
mode knows merged ranges and hidden rows and columns, which RACI sheets use (a group
heading merged over its roles, a phase merged down its rows). Measured on a 1,000-row
workbook (bench/tables.py): normal mode costs about 1.4x read-only, within the issue's
2x budget for the whole import. ``data_only``: a formula gives its last computed value.
"""

from __future__ import annotations

import warnings
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from raci.tables.errors import TableError
from raci.tables.grid import Entry, Grid, Notice, Where
from raci.tables.letters import is_letters

SCORE_ROWS = 60
"""Rows of each sheet looked at to find the one that looks most like a matrix."""


def read_xlsx(path: str | Path, sheet: str | None = None) -> list[Grid]:
    """The sheet named ``sheet`` (exact, then ignoring case), or the one with the most RACI letters."""
    source = Where(str(path))
    book = _load(path, source)
    sheets = list(book.worksheets)
    notices: list[Notice] = []
    if sheet is not None:
        chosen = _by_name(sheets, sheet, source)
    else:
        chosen = _most_like_a_matrix(sheets)
        if len(sheets) > 1:
            others = ", ".join(s.title for s in sheets if s is not chosen)
            notices.append(Notice("tables.sheet_chosen", source, (("sheet", chosen.title), ("others", others))))
    return [sheet_grid(chosen, str(path), tuple(notices))]


def _load(path: str | Path, source: Where) -> Any:
    from openpyxl import load_workbook

    if not Path(path).exists():
        raise TableError("tables.not_found", source, (("path", str(path)),))
    if Path(path).is_dir():
        raise TableError("tables.is_folder", source, (("path", str(path)),))
    try:
        with warnings.catch_warnings():  # "extension not supported" and the like: not the user's concern
            warnings.simplefilter("ignore")
            return load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError, AttributeError, EOFError) as error:
        reason = str(error) or type(error).__name__
        raise TableError("tables.bad_xlsx", source, (("reason", reason),)) from None
    except OSError as error:
        raise TableError("tables.unreadable", source, (("reason", error.strerror or str(error)),)) from None
    except Exception as error:  # openpyxl's InvalidFileException, lxml and XML parser errors of a corrupt file
        raise TableError("tables.bad_xlsx", source, (("reason", str(error) or type(error).__name__),)) from None


def _by_name(sheets: list[Any], name: str, source: Where) -> Any:
    exact = [s for s in sheets if s.title == name]
    loose = [s for s in sheets if s.title.casefold() == name.strip().casefold()]
    if exact or loose:
        return (exact or loose)[0]
    names = ", ".join(s.title for s in sheets)
    raise TableError("tables.no_sheet", source, (("sheet", name), ("sheets", names)))


def _most_like_a_matrix(sheets: list[Any]) -> Any:
    """Visible sheets first, then the count of RACI-looking cells in the first rows; ties: the first."""

    def score(ws: Any) -> tuple[bool, int]:
        letters = sum(1 for (row, _), cell in ws._cells.items() if row <= SCORE_ROWS and _is_letter_value(cell.value))
        return ws.sheet_state == "visible", letters

    return max(sheets, key=score)


def _is_letter_value(value: Any) -> bool:
    return isinstance(value, str) and is_letters(value.strip())


def sheet_grid(ws: Any, file: str, notices: tuple[Notice, ...] = ()) -> Grid:
    """A worksheet → a grid cropped to its non-empty cells, merged ranges spread from their first cell."""
    from openpyxl.utils import get_column_letter

    source = Where(file, sheet=ws.title)
    values: dict[tuple[int, int], str] = {}
    for key, cell in ws._cells.items():
        text = cell_text(cell.value)
        if text:
            values[key] = text
    anchors: dict[tuple[int, int], tuple[int, int]] = {}
    for merged in ws.merged_cells.ranges:
        top = (merged.min_row, merged.min_col)
        if top not in values:
            continue
        for row in range(merged.min_row, merged.max_row + 1):
            for col in range(merged.min_col, merged.max_col + 1):
                if (row, col) != top:
                    anchors[(row, col)] = top
    if not values:
        raise TableError("tables.empty_sheet", source, (("sheet", ws.title),))
    filled = set(values) | set(anchors)
    first_row, last_row = min(r for r, _ in filled), max(r for r, _ in filled)
    first_col, last_col = min(c for _, c in filled), max(c for _, c in filled)
    letters = {c: get_column_letter(c) for c in range(first_col, last_col + 1)}

    def entry(row: int, col: int) -> Entry:
        at = anchors.get((row, col), (row, col))
        return Entry(values.get(at, ""), Where(file, ws.title, f"{letters[at[1]]}{at[0]}"))

    rows = tuple(
        tuple(entry(row, col) for col in range(first_col, last_col + 1)) for row in range(first_row, last_row + 1)
    )
    hidden = _hidden(ws, filled, source, letters)
    return Grid(rows=rows, source=source, title=ws.title, notices=(*notices, *hidden))


def _hidden(ws: Any, filled: set[tuple[int, int]], source: Where, letters: dict[int, str]) -> list[Notice]:
    """Hidden rows and columns that hold something: read like the others, and said so."""
    used_rows = {r for r, _ in filled}
    used_cols = {c for _, c in filled}
    rows = sorted(r for r, dim in ws.row_dimensions.items() if dim.hidden and r in used_rows)
    cols: set[int] = set()
    for dim in ws.column_dimensions.values():
        if dim.hidden and dim.min is not None:
            cols.update(c for c in range(dim.min, (dim.max or dim.min) + 1) if c in used_cols)
    notices = []
    if rows:
        where = Where(source.file, source.sheet, f"{letters[min(used_cols)]}{rows[0]}")
        notices.append(Notice("tables.hidden_rows", where, (("rows", _runs(rows, str)),)))
    if cols:
        ordered = sorted(cols)
        where = Where(source.file, source.sheet, f"{letters[ordered[0]]}{min(used_rows)}")
        notices.append(Notice("tables.hidden_columns", where, (("columns", _runs(ordered, letters.__getitem__)),)))
    return notices


def _runs(numbers: list[int], name: Any) -> str:
    """[3, 4, 5, 9] → ``3–5, 9`` (columns: ``C–E, I``)."""
    parts: list[str] = []
    start = previous = numbers[0]
    for number in [*numbers[1:], None]:
        if number is not None and number == previous + 1:
            previous = number
            continue
        parts.append(name(start) if start == previous else f"{name(start)}–{name(previous)}")
        if number is not None:
            start = previous = number
    return ", ".join(parts)


def cell_text(value: Any) -> str:
    """A cell value as the text a person sees: ``3`` not ``3.0``, dates as ``2026-04-01``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:.15g}"
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="seconds" if value.second else "minutes")
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip()
