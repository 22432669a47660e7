"""The layout step on the corpus of messy tables (tests/data/tables/), on raci's own
exports, and with each detection overridden."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raci.i18n import t
from raci.tables import TableError, headers, read_table
from raci.tables.grid import Entry, Grid, Matrix, Where
from raci.tables.layout import layout
from raci.tables.read import SUFFIXES
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "data" / "tables"
TABLES = sorted(p for p in CORPUS.iterdir() if p.suffix.lower() in SUFFIXES)


def test_the_corpus_has_fifteen_tables_each_with_its_expectation() -> None:
    assert len(TABLES) >= 15
    assert {p.suffix for p in TABLES} >= {".csv", ".xlsx", ".md", ".txt"}
    assert all(Path(f"{p}.expect.json").is_file() for p in TABLES)


def where_text(where: Where) -> str:
    return f"{where.sheet}!{where.cell}" if where.cell else f"{where.line}:{where.column}"


def found(matrix: Matrix, key: str) -> Entry:
    """``Activity/Role`` → that cell; ``Activity`` or a section name → its entry."""
    roles = [r.name.text for r in matrix.roles]
    rows = [row for section in matrix.sections for row in section.rows]
    if "/" in key:
        activity, role = key.split("/")
        row = next(r for r in rows if r.name is not None and r.name.text == activity)
        return row.cells[roles.index(role)]
    names = [r.name for r in rows if r.name is not None] + [s.name for s in matrix.sections if s.name is not None]
    return next(entry for entry in names if entry.text == key)


@pytest.mark.parametrize("path", TABLES, ids=[p.name for p in TABLES])
def test_each_corpus_table_lays_out_as_expected(path: Path) -> None:
    expected = json.loads(Path(f"{path}.expect.json").read_text(encoding="utf-8"))
    grids = read_table(path, expected.get("sheet"))
    assert len(grids) == len(expected["tables"])
    for grid, want in zip(grids, expected["tables"], strict=True):
        matrix = layout(grid, **want.get("layout", {}))
        check(grid, matrix, want)


def check(grid: Grid, matrix: Matrix, want: dict[str, Any]) -> None:
    if "title" in want:
        assert grid.title == want["title"]
    assert matrix.transposed is want["transposed"]
    assert [r.name.text for r in matrix.roles] == want["roles"]
    assert [r.group for r in matrix.roles] == want.get("groups", [None] * len(want["roles"]))
    sections = [
        {"name": s.name.text if s.name else None, "activities": [r.name.text if r.name else None for r in s.rows]}
        for s in matrix.sections
    ]
    assert sections == want["sections"]
    rows = [row for section in matrix.sections for row in section.rows]
    assert all(len(row.cells) == len(matrix.roles) for row in rows)
    assert sum(1 for row in rows for cell in row.cells if cell.text) == want["role_cells"]
    assert [n.key for n in matrix.notices] == want["notices"]
    for notice in matrix.notices:  # every notice reads in both languages
        assert t(notice.key, "ja", dict(notice.args)) and t(notice.key, "en", dict(notice.args))
    for name, extras in want.get("extras", {}).items():
        row = next(r for r in rows if r.name is not None and r.name.text == name)
        assert {k: e.text for k, e in row.extras} == extras
    for key, at in want.get("at", {}).items():
        entry = found(matrix, key)
        assert where_text(entry.where) == at, key
        assert entry.where.file == grid.source.file


def test_the_committed_workbooks_hold_what_make_xlsx_writes() -> None:
    import importlib.util

    from openpyxl import load_workbook

    spec = importlib.util.spec_from_file_location("make_xlsx", CORPUS / "make_xlsx.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name in module.TABLES:
        built, committed = module.build(name), load_workbook(CORPUS / name)
        assert built.sheetnames == committed.sheetnames
        for ws in built.worksheets:
            other = committed[ws.title]
            assert list(ws.iter_rows(values_only=True)) == list(other.iter_rows(values_only=True))
            assert sorted(map(str, ws.merged_cells.ranges)) == sorted(map(str, other.merged_cells.ranges))
            hidden = [(r, d.hidden) for r, d in ws.row_dimensions.items() if d.hidden]
            assert hidden == [(r, d.hidden) for r, d in other.row_dimensions.items() if d.hidden]


# ---------------------------------------------------------------------------- raci's own exports

SPECS = sorted([*(ROOT / "specs").glob("*.raci.yaml"), *(ROOT / "raci" / "starter" / "specs").glob("*.raci.yaml")])


@pytest.mark.parametrize(("fmt", "lang"), [("csv", "en"), ("xlsx", "en"), ("csv", "ja"), ("xlsx", "ja")])
@pytest.mark.parametrize("spec_path", SPECS, ids=[p.name for p in SPECS])
def test_raci_exports_read_back_as_the_spec(raci: Any, tmp_path: Path, spec_path: Path, fmt: str, lang: str) -> None:
    from raci.spec.load import load

    spec = load(spec_path)
    target = tmp_path / f"matrix.{fmt}"
    result = raci("render", "matrix", str(spec_path), "-f", fmt, "-o", str(target), "--lang", lang)
    assert result.code == 0, result.err
    (grid,) = read_table(target)
    matrix = layout(grid)
    assert not matrix.transposed
    assert [r.name.text for r in matrix.roles] == [d.name.get(lang) for d in spec.departments]
    assert [s.name.text if s.name else None for s in matrix.sections] == [p.name.get(lang) for p in spec.phases]
    for section, phase in zip(matrix.sections, spec.phases, strict=True):
        assert [dict(r.extras)["id"].text for r in section.rows] == [a.id for a in phase.activities]
        assert [r.name.text if r.name else None for r in section.rows] == [a.name.get(lang) for a in phase.activities]
        for row, activity in zip(section.rows, phase.activities, strict=True):
            written = {a.department: a.roles for a in activity.raci}
            cells = {d.id: c.text for d, c in zip(spec.departments, row.cells, strict=True) if c.text}
            assert set(cells) == set(written), activity.id
    keys = [n.key for n in matrix.notices]
    assert keys == (["tables.sheet_chosen", "tables.findings_column"] if fmt == "xlsx" else [])


# ---------------------------------------------------------------------------- overrides and edges


def grid_of(*lines: str, file: str = "t.csv") -> Grid:
    rows = tuple(
        tuple(Entry(text.strip(), Where(file, line=n, column=c + 1)) for c, text in enumerate(line.split(",")))
        for n, line in enumerate(lines, 1)
    )
    return Grid(rows, Where(file))


def test_activity_column_by_header_or_position_and_a_wrong_one_is_a_table_error() -> None:
    grid = grid_of("Step,Owner,Sales,CS", "Kickoff,Ana,A/R,C", "Review,Bo,I,A/R")
    assert [r.name.text for r in layout(grid).sections[0].rows if r.name] == ["Kickoff", "Review"]
    by_header = layout(grid, activity_column="owner")
    assert [r.name.text for r in by_header.sections[0].rows if r.name] == ["Ana", "Bo"]
    assert layout(grid, activity_column=2).sections == by_header.sections
    with pytest.raises(TableError) as caught:
        layout(grid, activity_column="Task")
    assert caught.value.key == "tables.no_column"
    assert "Step, Owner, Sales, CS" in t("tables.no_column.hint", "en", caught.value.values)


def test_transposed_and_header_rows_can_be_forced() -> None:
    grid = grid_of("Activity,Sales,CS", "Kickoff,A/R,C", "Review,I,A/R")
    turned = layout(grid, transposed=True)
    assert turned.transposed and [r.name.text for r in turned.roles] == ["Kickoff", "Review"]
    assert "tables.transposed" not in [n.key for n in turned.notices]
    grouped = layout(grid_of(",Sales,Sales", "Activity,AE,SE", "Demo,A/R,C"), header_rows=1)
    assert [r.name.text for r in grouped.roles] == ["Sales", "Sales"]
    assert [r.name.text if r.name else None for r in grouped.sections[0].rows] == ["Activity", "Demo"]


def test_a_table_without_letters_has_no_roles_and_says_so() -> None:
    matrix = layout(grid_of("Name,Team", "Ana,Sales", "Bo,CS"))
    assert (matrix.roles, matrix.sections) == ((), ())
    assert [n.key for n in matrix.notices] == ["tables.no_roles"]


def test_a_role_nobody_is_assigned_to_is_kept_as_an_empty_column() -> None:
    matrix = layout(grid_of("Activity,Sales,Legal,CS", "Kickoff,A/R,,C", "Review,I,,A/R"))
    assert [r.name.text for r in matrix.roles] == ["Sales", "Legal", "CS"]
    assert [c.text for c in matrix.sections[0].rows[0].cells] == ["A/R", "", "C"]


WORDS = ["", "", "", "A/R", "A", "R", "C", "I", "-", "◎", "○", "(C)", "n/a", "DRI", "Kickoff", "Renewal call"]
WORDS += [
    "Sales",
    "CS",
    "Activity",
    "業務",
    "Notes",
    "備考",
    "Phase",
    "Onboarding",
    "#",
    "1",
    "Legend: R = does; A = owns",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6), min_size=1, max_size=8))
def test_every_text_of_any_grid_is_laid_out_or_told(cells: list[list[str]]) -> None:
    """Nothing is lost: each non-empty cell is a role, a group, an activity, a cell, an extra
    or a section (a phase column repeats its name), or lies in a column a notice says was
    left out, or is quoted by a notice."""
    grid = grid_of(*(",".join(row) for row in cells))
    matrix = layout(grid)
    used: set[Where] = set()
    for role in matrix.roles:
        used.add(role.name.where)
    rows = [row for section in matrix.sections for row in section.rows]
    for section in matrix.sections:
        if section.name is not None:
            used.add(section.name.where)
    for row in rows:
        assert len(row.cells) == len(matrix.roles)
        used.update(e.where for e in row.cells)
        used.update(e.where for _, e in row.extras)
        if row.name is not None:
            used.add(row.name.where)
    groups = {r.group for r in matrix.roles} | {s.name.text for s in matrix.sections if s.name is not None}
    told = " ".join(v for n in matrix.notices for _, v in n.args)
    dropped = {
        (n.where.column if not matrix.transposed else n.where.line)
        for n in matrix.notices
        if n.key in ("tables.column_dropped", "tables.findings_column") and n.where is not None
    }
    header_lines = {(r.name.where.line if not matrix.transposed else r.name.where.column) for r in matrix.roles}
    # A role's name may come from the group row when the row of names is blank there, so the
    # headers end where the first activity row starts, not at the lowest role name.
    body = [(e.where.line if not matrix.transposed else e.where.column) for row in rows for e in row.cells]
    header_lines.update(range(1, min((b for b in body if b is not None), default=1)))
    for row in grid.rows:
        for entry in row:
            if not entry.text or entry.where in used or entry.text in groups or entry.text in told:
                continue
            line = entry.where.line if not matrix.transposed else entry.where.column
            if line is not None and line <= max(header_lines, default=0) and headers.kind(entry.text) is not None:
                continue  # the header of the activity, phase or an extra column
            place = entry.where.column if not matrix.transposed else entry.where.line
            assert place in dropped or not matrix.roles, (entry, matrix)


def test_a_role_column_of_open_questions_is_still_a_role_column() -> None:
    matrix = layout(grid_of("Activity,Sales,CS", "Kickoff,?,A/R", "Renewal,？,R", "QBR,A/R,?"))
    assert [r.name.text for r in matrix.roles] == ["Sales", "CS"]  # "?" is read in place, like "-"


@pytest.mark.parametrize("rows", [30, 100, 300, 3000])
@pytest.mark.parametrize("roles", [["Sales", "CS", "Support"], ["Field Sales", "Customer Success", "Tech Support"]])
def test_a_long_table_is_read_as_written_however_many_rows_it_has(rows: int, roles: list[str]) -> None:
    """Turned, a long table has as many "roles" as it has rows: a reading that counted roles
    as evidence without bound took every table over ~100 rows for a transposed one (raci's
    own 1k-activity export came back as 15 activities), and with role names longer than
    the activity names even a capped count did."""
    grid = grid_of(f"Activity,{','.join(roles)}", *[f"Task {i},A/R,C,I" for i in range(rows)])
    matrix = layout(grid)
    assert not matrix.transposed
    assert [r.name.text for r in matrix.roles] == roles
    assert sum(len(s.rows) for s in matrix.sections) == rows
