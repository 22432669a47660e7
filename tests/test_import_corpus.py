"""The corpus of messy tables (tests/data/tables/), end to end through raci import and
raci validate: each imports into a spec that loads (no S-errors), every non-empty role cell
is accounted for, and the spec and the findings are those recorded beside the table
(``<table>.expect.raci.yaml``, ``<table>.expect.findings``; RACI_UPDATE_GOLDEN=1 rewrites them)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from raci.spec.load import loads
from raci.spec.vocabulary import DEFAULT, NONE, key
from raci.tables.layout import layout
from raci.tables.read import is_table, read_table
from tests.conftest import check_golden_file

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "tables"
TABLES = sorted(p for p in DATA.iterdir() if is_table(p) and ".expect." not in p.name) if DATA.is_dir() else []
FIXED_DATE = {"SOURCE_DATE_EPOCH": "1767225600"}  # 2026-01-01: the header comment's date


def test_the_corpus_has_at_least_15_tables_in_every_format() -> None:
    assert len(TABLES) >= 15
    assert {p.suffix for p in TABLES} >= {".csv", ".xlsx", ".md"}


def _role_cells(path: Path) -> tuple[int, int]:
    """Non-empty role cells of the table as the layout step sees them, and how many say "no role"."""
    cells = no_role = 0
    for grid in read_table(path):
        matrix = layout(grid)
        for section in matrix.sections:
            for row in section.rows:
                for entry in row.cells:
                    if entry.text.strip():
                        cells += 1
                        no_role += DEFAULT.lookup(key(entry.text)) == NONE
    return cells, no_role


@pytest.mark.parametrize("table", TABLES, ids=lambda p: p.name)
def test_each_table_imports_into_a_spec_with_every_cell_accounted_for(raci, table: Path) -> None:
    relative = table.relative_to(ROOT).as_posix()
    result = raci("import", relative, "--no-input", env=FIXED_DATE)
    assert result.code == 0, result.all
    spec = loads(result.out)  # raises on any S-error
    check_golden_file(table.with_name(table.name + ".expect.raci.yaml"), result.out)
    checked = raci("validate", relative, "--format", "json", "--lang", "en")
    assert checked.code in (0, 1), checked.all
    findings = json.loads(checked.out)["findings"]
    assert not [f for f in findings if f["code"].startswith("S")], findings
    not_understood = sum(1 for f in findings if f["code"] == "T001")
    assignments = sum(len(a.raci) for a in spec.activities())
    cells, no_role = _role_cells(table)
    assert cells == assignments + no_role + not_understood
    said = re.search(rf"\D{cells}\D+{assignments}\D+{no_role}\D+{not_understood}\D", result.err)
    assert said, result.err  # the summary says so, in the user's language
    places = "".join(f"{_place(f)} {f['code']}\n" for f in findings)
    check_golden_file(table.with_name(table.name + ".expect.findings"), places)


def _place(finding: dict[str, object]) -> str:
    """``file:Sheet!D7``, ``file:7:12`` or ``file``: where a finding points, as text output shows it."""
    if finding.get("cell"):
        return f"{finding['file']}:{finding['sheet']}!{finding['cell']}"
    if finding["line"] is not None:
        return f"{finding['file']}:{finding['line']}:{finding['column']}"
    return str(finding["file"])
