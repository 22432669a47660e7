"""Import benchmark: ``raci import`` of a generated 1,000-row XLSX against openpyxl's own read.

    python bench/import_xlsx.py [--rows 1000] [--repeat 5]

A workbook of ``--rows`` activities (sections every 25 rows, 8 roles, a mix of letters,
◎○△, words, notes and blanks) is written to a temporary folder. Each repetition times,
in process and interleaved:

- the baseline: ``openpyxl.load_workbook(data_only=True)`` and reading every cell's value:
  openpyxl's ordinary read, the least any importer that must see merged cells and hidden
  rows has to do (openpyxl's read-only mode sees neither); the read-only read is timed
  too and its ratio printed, for reference;
- the import: reading the table, the layout, building the spec and writing its YAML text
  (``raci.tables`` read → layout → build → emit), with English names, so that the
  one-time start of pykakasi (romanising Japanese ids, ~0.5 s) is left out, as the
  target says.

Figures are medians; the ratio is import / baseline in the same run. Target: at most 2x.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

TARGET_RATIO = 2.0
ROLES = ("Sales", "CSM", "Support", "Marketing", "Product", "Project Manager", "Executive Sponsor", "Finance")
CELLS = ("A/R", "R", "C", "I", "", "", "◎", "○", "△", "Accountable", "(C)", "C,I - large deals only", "-", "DRI")


def workbook(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "RACI"
    sheet.append(["Activity", *ROLES, "Notes"])
    for number in range(rows):
        if number % 25 == 0:
            sheet.append([f"Section {number // 25 + 1}"])
        cells = [CELLS[(number * 7 + i * 3) % len(CELLS)] for i in range(len(ROLES))]
        cells[number % len(ROLES)] = "A/R"
        sheet.append([f"Activity number {number}", *cells, f"note {number}" if number % 3 == 0 else None])
    book.save(path)


def baseline(path: Path, read_only: bool = False) -> float:
    from openpyxl import load_workbook

    start = time.perf_counter()
    book = load_workbook(path, read_only=read_only, data_only=True)
    count = sum(1 for row in book.worksheets[0].iter_rows(values_only=True) for value in row if value is not None)
    book.close()
    assert count
    return time.perf_counter() - start


def imported(path: Path) -> float:
    from raci.commands.tables import ImportOptions, read_matrix, vocabulary_for
    from raci.tables.build import build
    from raci.tables.emit import spec_text

    start = time.perf_counter()
    options = ImportOptions(lang="en")
    matrix = read_matrix(str(path), options, "en")
    built = build(matrix, vocabulary=vocabulary_for(options), lang="en", title="RACI")
    text = spec_text(built, matrix.source, "2026-01-01")
    assert built.counts.cells == built.counts.assignments + built.counts.no_role + len(built.counts.not_understood)
    assert text
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "raci.xlsx"
        workbook(path, args.rows)
        imported(path)  # warm-up: imports of openpyxl and raci's modules, not what is measured
        baseline(path)
        base: list[float] = []
        fast: list[float] = []
        ours: list[float] = []
        gc.collect()
        for _ in range(args.repeat):
            base.append(baseline(path))
            fast.append(baseline(path, read_only=True))
            ours.append(imported(path))
    b, f, o = statistics.median(base), statistics.median(fast), statistics.median(ours)
    ratio = o / b
    print(
        f"rows {args.rows}: openpyxl read {b * 1000:.0f} ms (read-only {f * 1000:.0f} ms), "
        f"raci import {o * 1000:.0f} ms, ratio {ratio:.2f}x (to read-only {o / f:.2f}x)"
    )
    print(f"target: at most {TARGET_RATIO:.0f}x: {'met' if ratio <= TARGET_RATIO else 'MISSED'}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
