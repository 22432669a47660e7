"""A table's :class:`~raci.tables.grid.Where` as the span a finding carries."""

from __future__ import annotations

import re

from raci.findings import TableSpan
from raci.spec.model import Span
from raci.tables.grid import Where

_REF = re.compile(r"^\$?([A-Z]+)\$?(\d+)$")


def span_of(where: Where) -> Span:
    """A line and column for CSV and Markdown; a sheet and cell (or the file) otherwise."""
    if where.cell is not None:
        row, column = _numbers(where.cell)
        return TableSpan(where.file, row, column, sheet=where.sheet, cell=where.cell)
    if where.line is not None:
        return Span(where.file, where.line, where.column or 1)
    return TableSpan(where.file, 0, 0, sheet=where.sheet)


def _numbers(ref: str) -> tuple[int, int]:
    """``D7`` → (7, 4): for sorting findings in the order of the sheet."""
    match = _REF.match(ref.upper())
    if match is None:
        return 0, 0
    column = 0
    for letter in match.group(1):
        column = column * 26 + ord(letter) - 64
    return int(match.group(2)), column
