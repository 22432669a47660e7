"""Table reading benchmark: ``read_xlsx`` + ``layout`` of a 1,000-row workbook against
openpyxl's own read of the same file, in process.

    python bench/tables.py [--rows 1000] [--repeat 7] [--strict]

The workbook is written once (seeded: a phase column merged down its rows, a group row
merged over the roles, 12 roles, a notes column, a hidden row). Each repetition times,
interleaved: openpyxl's default read (``load_workbook`` and every value of every sheet),
its ``read_only`` read (the fastest it has, which raci uses for the values), and raci's
``read_xlsx`` followed by ``layout``. Figures are medians of process CPU time (the
machine is shared; wall time moves by 30% between runs). Target (issue 11): the whole
import at most 2x openpyxl's own (default) read; reading and layout must leave the spec
builder room, so their ratio to the read-only read is printed too.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from raci.tables.layout import layout  # noqa: E402
from raci.tables.xlsx_read import read_xlsx  # noqa: E402

TARGET = 2.0
ROLES = 12


def write_workbook(path: Path, rows: int, seed: int = 0) -> None:
    from openpyxl import Workbook

    rng = random.Random(seed)
    book = Workbook()
    ws = book.active
    ws.title = "RACI"
    groups = ["Sales"] * 4 + ["Customer Success"] * 5 + ["Support"] * 3
    ws.append(
        ["Phase", "Activity", *[g if i == 0 or groups[i - 1] != g else None for i, g in enumerate(groups)], "Notes"]
    )
    ws.append([None, None, *[f"Role {i + 1}" for i in range(ROLES)], None])
    for start, end in ((3, 6), (7, 11), (12, 14)):
        ws.merge_cells(start_row=1, start_column=start, end_row=1, end_column=end)
    for column in (1, 2, 3 + ROLES):
        ws.merge_cells(start_row=1, start_column=column, end_row=2, end_column=column)
    letters = ["A/R", "R", "C", "I", "A", None, None, None, None]
    for n in range(rows):
        phase = f"Phase {n // 50 + 1}" if n % 50 == 0 else None
        cells = [rng.choice(letters) for _ in range(ROLES)]
        ws.append([phase, f"Activity number {n + 1} of the customer journey", *cells, "note" if n % 9 == 0 else None])
    for first in range(3, rows + 3, 50):
        ws.merge_cells(start_row=first, start_column=1, end_row=min(first + 49, rows + 2), end_column=1)
    ws.row_dimensions[10].hidden = True
    book.save(path)


def openpyxl_read_only(path: Path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    for ws in book.worksheets:
        for _ in ws.iter_rows(values_only=True):
            pass
    book.close()


def openpyxl_normal(path: Path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(path, data_only=True)
    for ws in book.worksheets:
        for _ in ws.iter_rows(values_only=True):
            pass


def raci_read(path: Path) -> None:
    (grid,) = read_xlsx(path)
    matrix = layout(grid)
    assert len(matrix.roles) == ROLES, matrix.roles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--strict", action="store_true", help="exit 1 when the target is missed")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "raci.xlsx"
        write_workbook(path, args.rows)
        timed: dict[str, Callable[[Path], None]] = {
            "openpyxl default": openpyxl_normal,
            "openpyxl read-only": openpyxl_read_only,
            "raci read + layout": raci_read,
        }
        runs: dict[str, list[float]] = {name: [] for name in timed}
        for function in timed.values():  # warm-up: imports, file cache
            function(path)
        for _ in range(args.repeat):
            for name, function in timed.items():
                start = time.process_time()
                function(path)
                runs[name].append(time.process_time() - start)
    medians = {name: statistics.median(times) for name, times in runs.items()}
    base = medians["openpyxl default"]
    print(f"{args.rows:,} rows x {ROLES} roles, median CPU time of {args.repeat}")
    for name, value in medians.items():
        print(f"  {name:<20} {value * 1000:8.1f} ms  {value / base:5.2f}x")
    ratio = medians["raci read + layout"] / base
    fastest = medians["raci read + layout"] / medians["openpyxl read-only"]
    verdict = "ok" if ratio <= TARGET else "MISSED"
    print(f"raci / openpyxl default read: {ratio:.2f}x (target <= {TARGET}x for the whole import) {verdict}")
    print(f"raci / openpyxl read-only read: {fastest:.2f}x")
    return 1 if args.strict and ratio > TARGET else 0


if __name__ == "__main__":
    sys.exit(main())
