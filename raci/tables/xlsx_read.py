"""XLSX workbooks through openpyxl: one sheet, merged cells spread, hidden rows told.

Values are read in openpyxl's ``read_only`` mode (``data_only``: a formula gives its
last computed value). That mode knows nothing of merged ranges and hidden rows or
columns, which RACI sheets use (a group heading merged over its roles, a phase merged
down its rows), so those three are taken from the sheet's XML with regular expressions
(``<mergeCell ref>``, ``<row hidden>``, ``<col hidden>``). Measured on a 1,000-row
workbook with merged groups and phases (bench/tables.py): openpyxl's normal mode, which
knows them, costs 1.4–1.8x its read-only mode by itself; read-only plus the scan, with
the layout, is about 1.2–1.3x openpyxl's normal read, leaving the spec builder room
within the issue's 2x.
"""

from __future__ import annotations

import re
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
    try:
        sheets = list(book.worksheets)
        notices: list[Notice] = []
        if sheet is not None:
            chosen = _by_name(sheets, sheet, source)
        elif len(sheets) == 1:
            chosen = sheets[0]
        else:
            chosen = _most_like_a_matrix(sheets)
            if len(sheets) > 1:
                others = ", ".join(s.title for s in sheets if s is not chosen)
                notices.append(Notice("tables.sheet_chosen", source, (("sheet", chosen.title), ("others", others))))
        try:
            xml = book._archive.read(chosen._worksheet_path)
        except (KeyError, OSError, zipfile.BadZipFile) as error:
            raise TableError("tables.bad_xlsx", source, (("reason", str(error)),)) from None
        return [sheet_grid(chosen, str(path), xml, tuple(notices))]
    finally:
        book.close()


def _load(path: str | Path, source: Where) -> Any:
    from openpyxl import load_workbook

    if not Path(path).exists():
        raise TableError("tables.not_found", source, (("path", str(path)),))
    if Path(path).is_dir():
        raise TableError("tables.is_folder", source, (("path", str(path)),))
    try:
        with warnings.catch_warnings():  # "extension not supported" and the like: not the user's concern
            warnings.simplefilter("ignore")
            return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError, AttributeError, EOFError) as error:
        reason = str(error) or type(error).__name__
        raise TableError("tables.bad_xlsx", source, (("reason", reason),)) from None
    except OSError as error:
        raise TableError("tables.unreadable", source, (("reason", error.strerror or str(error)),)) from None
    except Exception as error:  # openpyxl's InvalidFileException, XML parser errors of a corrupt file
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
        letters = sum(
            1 for row in ws.iter_rows(max_row=SCORE_ROWS, values_only=True) for value in row if _is_letter_value(value)
        )
        return ws.sheet_state == "visible", letters

    return max(sheets, key=score)


def _is_letter_value(value: Any) -> bool:
    return isinstance(value, str) and is_letters(value.strip())


_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?\"")
_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_COL = re.compile(rb"<(?:\w+:)?col\b([^>]*)>")
_HIDDEN = re.compile(rb"\bhidden=\"(?:1|true)\"")
_NUMBER = {name: re.compile(rb"\b" + name + rb"=\"(\d+)\"") for name in (b"r", b"min", b"max")}


def sheet_grid(ws: Any, file: str, xml: bytes, notices: tuple[Notice, ...] = ()) -> Grid:
    """A worksheet → a grid cropped to its non-empty cells, merged ranges spread from their first cell."""
    from openpyxl.utils import column_index_from_string, get_column_letter

    source = Where(file, sheet=ws.title)
    values: dict[tuple[int, int], str] = {}
    ws.reset_dimensions()  # a missing or wrong <dimension> must not cut the sheet
    for row_number, row in enumerate(ws.iter_rows(values_only=True), 1):
        for col_number, value in enumerate(row, 1):
            if value is not None:
                text = cell_text(value)
                if text:
                    values[(row_number, col_number)] = text
    anchors: dict[tuple[int, int], tuple[int, int]] = {}
    for first_col, first_row, last_col, last_row in _MERGE.findall(xml):
        top = (int(first_row), column_index_from_string(first_col.decode()))
        if top not in values or not last_col:
            continue
        bottom = (int(last_row), column_index_from_string(last_col.decode()))
        for row in range(top[0], bottom[0] + 1):
            for col in range(top[1], bottom[1] + 1):
                if (row, col) != top:
                    anchors[(row, col)] = top
    if not values:
        raise TableError("tables.empty_sheet", source, (("sheet", ws.title),))
    filled = set(values) | set(anchors)
    first_row, last_row = min(r for r, _ in filled), max(r for r, _ in filled)
    first_col, last_col = min(c for _, c in filled), max(c for _, c in filled)
    letters = {c: get_column_letter(c) for c in range(first_col, last_col + 1)}
    title = ws.title
    columns = range(first_col, last_col + 1)
    get, spread = values.get, anchors.get
    rows = []
    for row in range(first_row, last_row + 1):
        line = []
        for col in columns:
            at = spread((row, col))
            if at is None:
                line.append(Entry(get((row, col), ""), Where(file, title, letters[col] + str(row))))
            else:
                line.append(Entry(get(at, ""), Where(file, title, letters[at[1]] + str(at[0]))))
        rows.append(tuple(line))
    hidden = _hidden(xml, filled, source, letters)
    return Grid(rows=tuple(rows), source=source, title=title, notices=(*notices, *hidden))


def _hidden(xml: bytes, filled: set[tuple[int, int]], source: Where, letters: dict[int, str]) -> list[Notice]:
    """Hidden rows and columns that hold something: read like the others, and said so."""
    used_rows = {r for r, _ in filled}
    used_cols = {c for _, c in filled}
    rows: list[int] = []
    for attributes in _ROW.findall(xml):
        number = _NUMBER[b"r"].search(attributes)
        if number and _HIDDEN.search(attributes) and int(number.group(1)) in used_rows:
            rows.append(int(number.group(1)))
    cols: set[int] = set()
    for attributes in _COL.findall(xml):
        low, high = _NUMBER[b"min"].search(attributes), _NUMBER[b"max"].search(attributes)
        if low and _HIDDEN.search(attributes):
            span = range(int(low.group(1)), int((high or low).group(1)) + 1)
            cols.update(c for c in span if c in used_cols)
    notices = []
    if rows:
        rows.sort()
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
