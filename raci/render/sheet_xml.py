"""The body rows of a big grid, written as SpreadsheetML text instead of openpyxl cells.

A 10,000-activity matrix is a quarter of a million bordered cells. As openpyxl cells,
each one is a Python object styled through hashed style objects and then serialised
through its own ``etree`` element: two thirds of ``raci render matrix -f xlsx``'s time.
Here the body is kept as plain rows (:class:`Body`), registered on its sheet by
:func:`defer`; openpyxl writes everything else (the cells above the body, the styles
table, columns, page setup, validation, conditional formats, protection), and
:func:`splice` puts the body's ``<row>`` elements at the end of the sheet's
``<sheetData>`` while :func:`raci.render.workbook.save` re-zips the workbook.

The XML is what openpyxl itself writes for a string cell (ECMA-376 §18.3.1.4 ``c``,
§18.3.1.53 ``is``): ``<c r="B7" s="3" t="inlineStr"><is><t>text</t></is></c>``, with
``xml:space="preserve"`` when the text starts or ends with white space, ``&``, ``<`` and
``>`` escaped, a carriage return as ``&#13;`` (an XML reader would turn a bare one into a
line feed), and what XML cannot hold at all shown as U+FFFD. Text that looks like a
formula gets the cell style with ``quotePrefix`` (§18.8.45), so it stays text when
someone edits it; being an inline string, it is never a formula.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from raci.render.templating import formula_like, visible

MOST_CHARACTERS = 32767
"""Excel keeps at most this many characters in a cell (openpyxl cuts longer text too)."""
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 cannot hold that :func:`visible` leaves (it replaces the control characters)."""
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


@dataclass(frozen=True)
class Body:
    """A grid's body rows from ``first_row``: per row its texts and its height in points
    (``None``: the default height); per column the style index of a plain cell and of a
    formula-looking one. Rows shorter than ``styles`` are padded with empty bordered cells."""

    first_row: int
    rows: Sequence[Sequence[str | None]]
    heights: Sequence[float | None]
    styles: Sequence[tuple[int, int]]

    @property
    def last_row(self) -> int:
        return self.first_row + len(self.rows) - 1

    @property
    def columns(self) -> int:
        return max([len(self.styles), *(len(row) for row in self.rows)])


_BODIES: weakref.WeakKeyDictionary[Any, Body] = weakref.WeakKeyDictionary()


def defer(sheet: Any, body: Body) -> None:
    """Register ``body`` to be written as the last rows of ``sheet`` when the workbook is saved."""
    if sheet in _BODIES:
        raise RuntimeError(f"sheet {sheet.title!r} already has a grid body; a sheet holds one")
    _BODIES[sheet] = body


def deferred(sheet: Any) -> Body | None:
    """The body :func:`defer` registered on ``sheet``, after checking that openpyxl writes
    no row of its own there: a cell or a row height set after the grid would be a second
    ``<row>`` of the same number, which Excel refuses to open."""
    body = _BODIES.get(sheet)
    if body is None:
        return None
    taken = [row for row, _ in sheet._cells] + list(sheet.row_dimensions)
    if taken and max(taken) >= body.first_row:
        raise RuntimeError(
            f"sheet {sheet.title!r}: row {max(taken)} was written through openpyxl inside or below "
            f"the grid body (rows {body.first_row} and on); write such cells before grid()"
        )
    return body


def shown(value: str) -> str:
    """The text a cell shows for ``value``: control characters and what XML cannot hold as
    U+FFFD, at most :data:`MOST_CHARACTERS` characters (as openpyxl's own cells)."""
    return _NOT_XML.sub("\ufffd", visible(value))[:MOST_CHARACTERS]


def rows_xml(body: Body) -> str:
    """The body's ``<row>`` elements, in order, every cell with its style."""
    from openpyxl.utils import get_column_letter

    columns = body.columns
    refs = [f'<c r="{get_column_letter(column)}' for column in range(1, columns + 1)]
    styles = [*body.styles, *[(0, 0)] * (columns - len(body.styles))]
    empty = [f'" s="{plain}"/>' if index < len(body.styles) else "" for index, (plain, _) in enumerate(styles)]
    known: list[dict[str, str]] = [{} for _ in range(columns)]  # per column, text -> the cell after its reference
    parts: list[str] = []
    add = parts.append
    for number, (line, height) in enumerate(zip(body.rows, body.heights, strict=True), body.first_row):
        add(f'<row r="{number}">' if height is None else f'<row r="{number}" ht="{height:g}" customHeight="1">')
        row = str(number)
        for index in range(max(len(line), len(body.styles))):
            value = line[index] if index < len(line) else None
            if not value:
                if empty[index]:
                    add(refs[index] + row + empty[index])
                continue
            tail = known[index].get(value)
            if tail is None:  # most texts repeat (the letters, the phases): made once per column
                tail = known[index][value] = _cell_tail(value, styles[index])
            add(refs[index] + row + tail)
        add("</row>")
    return "".join(parts)


def _cell_tail(value: str, styles: tuple[int, int]) -> str:
    """A string cell after its reference: style (quote-prefixed if it looks like a formula), text."""
    cell = shown(value)
    style = styles[1] if formula_like(cell) else styles[0]
    space = ' xml:space="preserve"' if cell != cell.strip() else ""
    return f'" s="{style}" t="inlineStr"><is><t{space}>{cell.translate(_ESCAPES)}</t></is></c>'


_DIMENSION = re.compile(rb'<dimension ref="([A-Z]+[0-9]+)(?::[A-Z]+[0-9]+)?"\s*/>')


def splice(xml: bytes, body: Body) -> bytes:
    """The sheet XML openpyxl wrote, with the body's rows at the end of ``<sheetData>`` and
    the ``<dimension>`` (the used range, which readers size the sheet by) grown to cover them."""
    from openpyxl.utils import get_column_letter, range_boundaries

    if not body.rows:
        return xml
    rows = rows_xml(body).encode("utf-8")
    if b"</sheetData>" in xml:
        xml = xml.replace(b"</sheetData>", rows + b"</sheetData>", 1)
    else:
        xml = re.sub(rb"<sheetData\s*/>", lambda _: b"<sheetData>" + rows + b"</sheetData>", xml, count=1)

    def grown(match: re.Match[bytes]) -> bytes:
        ref = match.group(0).split(b'"')[1].decode()
        low_col, low_row, high_col, high_row = range_boundaries(ref if ":" in ref else f"{ref}:{ref}")
        high_col = max(high_col or 1, body.columns)
        high_row = max(high_row or 1, body.last_row)
        whole = f"{get_column_letter(low_col or 1)}{low_row or 1}:{get_column_letter(high_col)}{high_row}"
        return f'<dimension ref="{whole}"/>'.encode()

    return _DIMENSION.sub(grown, xml, count=1)
