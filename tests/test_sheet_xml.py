"""The grid body written as XML text (raci/render/sheet_xml.py) reads back as the text written.

Any text a spec can hold, in any cell of a grid's body, must open in a spreadsheet and
show exactly: never a formula, control characters (and what XML cannot hold) as U+FFFD,
white space at either end kept, a carriage return kept, ``&`` ``<`` ``]]>`` as typed.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from raci.render.workbook import grid, save

HOSTILE = st.sampled_from(
    [
        "=1+1",
        "+A1",
        "-2",
        "@SUM(A1)",
        "\t=x",
        " =x",
        "]]>",
        "a & b < c > d",
        "&amp;",
        " lead",
        "trail ",
        "\r\n",
        "\x1b[31m",
    ]
)
TEXTS = st.one_of(st.text(max_size=40), HOSTILE, st.builds(lambda a, b: a + b, HOSTILE, st.text(max_size=10)))


def shown(text: str) -> str | None:
    """What a spreadsheet must show for ``text``: an empty text is an empty cell; a control
    character (C0 but tab and line ends, DEL, C1) or U+FFFE/U+FFFF shows as U+FFFD."""

    def one(c: str) -> str:
        code = ord(c)
        bad = (code < 0x20 and c not in "\t\n\r") or 0x7F <= code <= 0x9F or code in (0xFFFE, 0xFFFF)
        return "\ufffd" if bad else c

    return "".join(one(c) for c in text) or None


def looks_like_formula(text: str) -> bool:
    """A spreadsheet runs text as a formula when it starts with = + - @ (or the full-width
    forms), white space before it skipped, or with a tab or a carriage return."""
    stripped = text.lstrip()
    return text.startswith(("\t", "\r")) or (stripped != "" and stripped[0] in "=+-@＝＋－＠")


def read_back(body: list[list[str | None]], centred: range = range(0)) -> object:
    book = Workbook()
    columns = max(len(line) for line in body)
    grid(book.active, [f"h{i}" for i in range(columns)], body, [12.0] * columns, centred=centred)
    return load_workbook(io.BytesIO(save(book, "t"))).active


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(TEXTS, min_size=1, max_size=5), min_size=1, max_size=4))
def test_any_text_reads_back_as_the_same_visible_text(body: list[list[str | None]]) -> None:
    sheet = read_back(body, centred=range(1, 2))
    for number, line in enumerate(body, 2):
        for column, text in enumerate(line, 1):
            cell = sheet.cell(number, column)  # type: ignore[attr-defined]
            assert cell.value == shown(text or ""), (number, column, text)
            assert cell.data_type in ("s", "n")  # text or empty, never a formula ("f")
            assert cell.border.left.style == "thin"
            if cell.value is not None:
                assert cell.data_type == "s"
                assert cell.quotePrefix == looks_like_formula(cell.value), cell.value


def test_the_used_range_covers_the_body() -> None:
    """Readers size a sheet by its <dimension>: raci import and workshop collect read in read-only mode."""
    body: list[list[str | None]] = [["a", "b", None, "d"], ["e"], [None, None, None, None, "wide"]]
    data = io.BytesIO()
    book = Workbook()
    grid(book.active, ["1", "2", "3", "4"], body, [10.0] * 4)
    data.write(save(book, "t"))
    sheet = load_workbook(data, read_only=True).active
    assert (sheet.max_row, sheet.max_column) == (4, 5)
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert rows == [["a", "b", None, "d", None], ["e", None, None, None, None], [None, None, None, None, "wide"]]


def test_short_rows_still_have_a_border_on_every_cell() -> None:
    sheet = read_back([["only"], ["x", "y", "z"]])
    assert all(sheet.cell(2, column).border.bottom.style == "thin" for column in (1, 2, 3))  # type: ignore[attr-defined]


def test_a_cell_written_into_the_body_after_the_grid_stops_the_save() -> None:
    """openpyxl would write a second <row> of the same number, which Excel refuses to open:
    raci stops (a raci bug, exit 3) rather than hand over a broken workbook."""
    book = Workbook()
    grid(book.active, ["a", "b"], [["1", "2"], ["3", "4"]], [10.0, 10.0])
    book.active.cell(3, 2).value = "late"
    with pytest.raises(RuntimeError, match="row 3"):
        save(book, "t")
