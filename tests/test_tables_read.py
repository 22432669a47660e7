"""The table readers: CSV (encodings, delimiters, positions), XLSX (sheets, merged cells,
hidden rows, values), Markdown (several tables, headings, positions) and the errors of a
file that is no table at all."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raci.i18n import t
from raci.tables import TableError, read_csv, read_markdown, read_table, read_xlsx
from raci.tables.grid import Grid

# ---------------------------------------------------------------------------- CSV


def texts(grid: Grid) -> list[list[str]]:
    return [[entry.text for entry in row] for row in grid.rows]


def test_excel_japanese_csv_in_cp932_is_read_and_the_guess_is_said(tmp_path: Path) -> None:
    path = tmp_path / "役割分担.csv"
    path.write_bytes("業務,営業,CS\r\n初回商談,◎,△\r\n".encode("cp932"))
    (grid,) = read_csv(path)
    assert texts(grid) == [["業務", "営業", "CS"], ["初回商談", "◎", "△"]]
    assert [n.key for n in grid.notices] == ["tables.encoding_guessed"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("\ufeffActivity;Sales\nDemo;A/R\n".encode(), [["Activity", "Sales"], ["Demo", "A/R"]]),
        ("Activity\tSales\r\nDemo\tA/R\r\n".encode("utf-16"), [["Activity", "Sales"], ["Demo", "A/R"]]),
        (b'Activity,Notes\n"Demo, first call","line one\nline two"\n', None),
    ],
)
def test_bom_utf16_and_quoted_fields(tmp_path: Path, data: bytes, expected: list[list[str]] | None) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(data)
    (grid,) = read_csv(path)
    if expected is None:
        expected = [["Activity", "Notes"], ["Demo, first call", "line one\nline two"]]
    assert texts(grid) == expected
    assert grid.notices == ()


def test_a_field_points_at_its_line_and_column_after_a_multiline_field(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text('Activity,Sales,CS\n"Kick\noff",C,A/R\nDemo,  R ,I\n', encoding="utf-8")
    (grid,) = read_csv(path)
    kickoff, demo = grid.rows[1], grid.rows[2]
    assert (kickoff[0].where.line, kickoff[0].where.column) == (2, 1)
    assert (kickoff[2].where.line, kickoff[2].where.column) == (3, 8)
    assert (demo[1].text, demo[1].where.line, demo[1].where.column) == ("R", 4, 6)
    assert str(demo[2].where) == f"{path}:4:11"


def test_an_unclosed_quote_keeps_the_text_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text('Activity,Sales\nDemo,"A/R\nNext,C\n', encoding="utf-8")
    (grid,) = read_csv(path)
    assert grid.rows[1][1].text == "A/R\nNext,C"
    assert [(n.key, n.where.line if n.where else 0) for n in grid.notices] == [("tables.open_quote", 2)]


def test_raci_csv_export_quote_before_formula_like_text_is_removed(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Activity,Sales\n'=HYPERLINK(x),A\n'plain,R\n", encoding="utf-8")
    (grid,) = read_csv(path)
    assert [row[0].text for row in grid.rows[1:]] == ["=HYPERLINK(x)", "'plain"]


CELL_CHARS = st.sampled_from(list("abcXYZ019 -/(),;\t\"'\n\r活動営業ＡＲ◎○△×ーАΑ"))
CELL = st.text(CELL_CHARS, max_size=8).map(str.strip).filter(lambda s: not re.match(r"'[=+\-@]", s))
ENCODINGS = ("utf-8", "utf-8-sig", "cp932", "utf-16")


@st.composite
def csv_grids(draw: st.DrawFn) -> list[list[str]]:
    width = draw(st.integers(1, 5))
    rows = draw(st.lists(st.lists(CELL, min_size=width, max_size=width), min_size=1, max_size=6))
    if not any(cell for row in rows for cell in row):
        rows[0][0] = "A"
    return rows


def write_csv(rows: list[list[str]], delimiter: str, newline: str, trailing: bool) -> tuple[str, list[list[int]]]:
    """A writer independent of the reader: the text, and each field's offset in it."""
    out, offsets = "", []
    for index, row in enumerate(rows):
        starts = []
        for i, cell in enumerate(row):
            if i:
                out += delimiter
            starts.append(len(out))
            special = any(c in cell for c in ',;\t"\r\n') or (len(row) == 1 and not cell)
            out += '"' + cell.replace('"', '""') + '"' if special else cell
        offsets.append(starts)
        if index < len(rows) - 1 or trailing:
            out += newline
    return out, offsets


def line_column(text: str, offset: int) -> tuple[int, int]:
    ends = [m.end() for m in re.finditer(r"\r\n|\r|\n", text[:offset])]
    return len(ends) + 1, offset - (ends[-1] if ends else 0) + 1


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=csv_grids(),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(ENCODINGS),
    newline=st.sampled_from(["\r\n", "\n"]),
    trailing=st.booleans(),
)
def test_any_grid_written_as_csv_reads_back_with_its_positions(
    tmp_path: Path, rows: list[list[str]], delimiter: str, encoding: str, newline: str, trailing: bool
) -> None:
    text, offsets = write_csv(rows, delimiter, newline, trailing)
    path = tmp_path / "grid.csv"
    path.write_bytes(text.encode(encoding))
    (grid,) = read_csv(path)
    assert texts(grid) == rows
    for row, starts in zip(grid.rows, offsets, strict=True):
        for entry, start in zip(row, starts, strict=True):
            assert (entry.where.line, entry.where.column) == line_column(text, start)


# ---------------------------------------------------------------------------- XLSX


def workbook(path: Path, build: object) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    build(book)  # type: ignore[operator]
    book.save(path)
    return path


def test_the_sheet_that_looks_like_a_matrix_is_chosen_and_merged_cells_spread(tmp_path: Path) -> None:
    def build(book: object) -> None:
        notes = book.active  # type: ignore[attr-defined]
        notes.title = "Notes"
        notes.append(["Read me first", "this workbook holds the RACI"])
        raci = book.create_sheet("RACI")  # type: ignore[attr-defined]
        raci.append(["Activity", "Sales", None, "CS"])
        raci.append([None, "AE", "SE", "CSM"])
        raci.append(["Demo", "A/R", "C", "I"])
        raci.merge_cells("B1:C1")
        raci.merge_cells("A1:A2")

    (grid,) = read_xlsx(workbook(tmp_path / "t.xlsx", build))
    assert grid.title == "RACI" and grid.source.sheet == "RACI"
    assert texts(grid)[:2] == [["Activity", "Sales", "Sales", "CS"], ["Activity", "AE", "SE", "CSM"]]
    assert str(grid.rows[0][2].where) == f"{tmp_path / 't.xlsx'}:RACI!B1"
    assert [n.key for n in grid.notices] == ["tables.sheet_chosen"]
    assert dict(grid.notices[0].args) == {"sheet": "RACI", "others": "Notes"}


def test_a_sheet_by_name_hidden_rows_and_columns_are_read_and_reported(tmp_path: Path) -> None:
    def build(book: object) -> None:
        book.active.append(["Activity", "Sales"])  # type: ignore[attr-defined]
        book.active.append(["Demo", "A"])  # type: ignore[attr-defined]
        ws = book.create_sheet("Second")  # type: ignore[attr-defined]
        for row in (["Activity", "Sales", "CS"], ["Demo", "A/R", "I"], ["Close", "A/R", "C"], ["Old", "R", "A"]):
            ws.append(row)
        ws.row_dimensions[3].hidden = True
        ws.row_dimensions[4].hidden = True
        ws.column_dimensions["C"].hidden = True

    (grid,) = read_xlsx(workbook(tmp_path / "t.xlsx", build), sheet="second")
    assert texts(grid)[3] == ["Old", "R", "A"]
    notices = {n.key: (dict(n.args), str(n.where)) for n in grid.notices}
    assert notices["tables.hidden_rows"][0] == {"rows": "3–4"}
    assert notices["tables.hidden_rows"][1].endswith("Second!A3")
    assert notices["tables.hidden_columns"][0] == {"columns": "C"}
    assert "3–4" in t("tables.hidden_rows", "ja", notices["tables.hidden_rows"][0])


def test_numbers_and_dates_read_as_a_person_sees_them(tmp_path: Path) -> None:
    def build(book: object) -> None:
        book.active.append(["Activity", "Priority", "Due", "Share", "Sales"])  # type: ignore[attr-defined]
        book.active.append(["Demo", 1.0, datetime(2026, 4, 1), 0.1 + 0.2, "A"])  # type: ignore[attr-defined]
        book.active.append(["Close", 2, date(2026, 5, 1), True, "  R  "])  # type: ignore[attr-defined]

    (grid,) = read_xlsx(workbook(tmp_path / "t.xlsx", build))
    assert texts(grid)[1:] == [["Demo", "1", "2026-04-01", "0.3", "A"], ["Close", "2", "2026-05-01", "TRUE", "R"]]


def test_unknown_sheet_names_the_sheets(tmp_path: Path) -> None:
    path = workbook(tmp_path / "t.xlsx", lambda book: book.active.append(["a", "R"]))
    with pytest.raises(TableError) as caught:
        read_xlsx(path, sheet="RACI")
    assert caught.value.key == "tables.no_sheet"
    assert t("tables.no_sheet.hint", "en", caught.value.values) == "its sheets: Sheet"


@pytest.mark.parametrize(
    ("name", "data", "key"),
    [
        ("missing.csv", None, "tables.not_found"),
        ("binary.csv", b"PK\x03\x04\x00\x00\xff\xfe\x00", "tables.not_text"),
        ("latin.csv", "Café;Ré\n".encode("latin-1") + bytes([0x80, 0xFF]), "tables.not_text"),
        ("blank.csv", b" , ,\r\n\r\n", "tables.empty"),
        ("corrupt.xlsx", b"PK\x03\x04 not really a zip", "tables.bad_xlsx"),
        ("text.xlsx", b"Activity,Sales\n", "tables.bad_xlsx"),
        ("prose.md", b"# RACI\n\nWe have no table yet | really.\n", "tables.no_table"),
        ("old.xls", b"\xd0\xcf\x11\xe0", "tables.unknown_format"),
    ],
)
def test_a_file_that_is_no_table_raises_table_error_with_messages(
    tmp_path: Path, name: str, data: bytes | None, key: str
) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(TableError) as caught:
        read_table(path)
    error = caught.value
    assert error.key == key
    assert error.where.file == str(path)
    for lang in ("en", "ja"):
        assert t(key, lang, error.values) and t(f"{key}.hint", lang, error.values)


def test_an_empty_sheet_is_a_table_error(tmp_path: Path) -> None:
    def build(book: object) -> None:
        book.active.title = "Empty"  # type: ignore[attr-defined]
        book.active["B2"] = "   "  # type: ignore[attr-defined]

    with pytest.raises(TableError) as caught:
        read_table(workbook(tmp_path / "t.xlsx", build), sheet="Empty")
    assert (caught.value.key, caught.value.values) == ("tables.empty_sheet", {"sheet": "Empty"})


# ---------------------------------------------------------------------------- Markdown


def test_every_table_of_a_document_with_the_heading_above_it(tmp_path: Path) -> None:
    path = tmp_path / "raci.md"
    path.write_text(
        "# Handbook\n\n## Onboarding\n\nSome text.\n\n"
        "| Activity | **Sales** | CS \\| Ops |\n|---|:-:|---|\n| Kickoff | C | A/R |\n\n"
        "```\n| not | a table |\n|---|---|\n```\n\n"
        "### Renewal\n\n| Activity | Sales |\n|---|---|\n| Renewal call | A<br>R | extra |\n",
        encoding="utf-8",
    )
    first, second = read_markdown(path)
    assert (first.title, texts(first)) == ("Onboarding", [["Activity", "Sales", "CS | Ops"], ["Kickoff", "C", "A/R"]])
    assert [(e.where.line, e.where.column) for e in first.rows[1]] == [(9, 3), (9, 13), (9, 17)]
    assert (second.title, texts(second)[1]) == ("Renewal", ["Renewal call", "A\nR"])
    assert [(n.key, dict(n.args)) for n in second.notices] == [("tables.extra_cells", {"text": "extra"})]


MD_CHARS = st.sampled_from(list("abcXYZ019 -/(),.;|活動営業ＡＲ◎○△×ー"))
MD_CELL = st.text(MD_CHARS, max_size=8).map(str.strip)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), width=st.integers(1, 4), height=st.integers(0, 5), outer=st.booleans())
def test_a_markdown_table_of_random_cells_reads_back(
    tmp_path: Path, data: st.DataObject, width: int, height: int, outer: bool
) -> None:
    rows = data.draw(
        st.lists(st.lists(MD_CELL, min_size=width, max_size=width), min_size=height + 1, max_size=height + 1)
    )
    if width == 1 or any(not row[0] or not row[-1] or not row[0][0].isalpha() for row in rows):
        # a one-column table, an empty cell at the edge, or a first cell that would start a
        # list item or a heading (`- x | y` is a list in any Markdown), needs the outer pipes
        outer = True
    lines, columns = [], []
    for index, row in enumerate(rows):
        line, starts = "| " if outer else "", []
        for i, cell in enumerate(row):
            if i:
                line += " | "
            starts.append(len(line) + 1)
            line += cell.replace("|", "\\|")
        lines.append(line + (" |" if outer else ""))
        columns.append(starts)
        if index == 0:
            lines.append(("| " if outer else "") + " | ".join(["---"] * width) + (" |" if outer else ""))
    path = tmp_path / "t.md"
    path.write_text("# Title\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    (grid,) = read_markdown(path)
    assert texts(grid) == rows
    assert grid.title == "Title"
    for r, (row, starts) in enumerate(zip(grid.rows, columns, strict=True)):
        line = 3 + r + (1 if r else 0)
        assert [(e.where.line, e.where.column) for e in row] == [(line, c) for c in starts]


def test_a_hidden_sheet_is_not_guessed_even_with_more_letters(tmp_path: Path) -> None:
    def build(book: object) -> None:
        book.active.append(["Activity", "Sales"])  # type: ignore[attr-defined]
        book.active.append(["Demo", "A/R"])  # type: ignore[attr-defined]
        old = book.create_sheet("Old")  # type: ignore[attr-defined]
        for n in range(5):
            old.append([f"Old {n}", "A", "R", "C"])
        old.sheet_state = "hidden"

    (grid,) = read_xlsx(workbook(tmp_path / "t.xlsx", build))
    assert grid.title == "Sheet"
    assert read_xlsx(tmp_path / "t.xlsx", sheet="Old")[0].title == "Old"


def test_markdown_cells_keep_link_targets_code_and_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "wiki.md"
    path.write_text(
        "| 活動 | CS | 備考 |\n|---|---|---|\n"
        "| 利用開始連絡 | A/R | [手順書](https://example.com/guide) |\n"
        "| 初期設定 | **A** | **要確認**<br>`raci validate` を実行 |\n"
        "| 更新 | *R* | <https://example.com/renewal> ![図](https://example.com/a.png) |\n"
        "| [QBR](qbr.md) | `C` | [https://example.com](https://example.com) |\n",
        encoding="utf-8",
    )
    (grid,) = read_markdown(path)
    assert texts(grid)[1:] == [
        ["利用開始連絡", "A/R", "手順書 (https://example.com/guide)"],
        ["初期設定", "A", "要確認\nraci validate を実行"],
        ["更新", "R", "https://example.com/renewal 図 (https://example.com/a.png)"],
        ["QBR (qbr.md)", "C", "https://example.com"],
    ]
