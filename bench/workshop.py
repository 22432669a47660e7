"""Time ``raci workshop collect`` against reading the same workbooks with openpyxl alone.

Usage::

    python bench/workshop.py [--activities 500] [--forms 40] [--repeat 3]

Prepares ``--forms`` XLSX forms for a generated spec of ``--activities`` activities
(bench/generate.py), fills every answer cell as people would (mostly the spec's own cell,
some changed, some blank, a comment here and there), then times, interleaved in one run:

- **openpyxl**: open each workbook read-only and read every value of its form sheet;
- **collect**: ``raci workshop collect`` in process — read and check every form, compute
  agreement and alpha, rank the conflicts, write results.json, consensus.raci.yaml
  (validated) and agenda.md.

Target: collect ≤ 3x openpyxl. Medians of one run; read the ratio, not the seconds.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))

from generate import generate_spec  # noqa: E402  # bench/, the script's folder, is first on sys.path

from raci.commands import workshop  # noqa: E402

TARGET = 3.0


def _quiet(fn: object) -> int:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return int(fn())  # type: ignore[operator]


def _prepare(work: Path, activities: int, forms: int) -> Path:
    from openpyxl import load_workbook

    from raci.spec.load import load

    spec_path = work / "bench.raci.yaml"
    spec_path.write_text(generate_spec(activities), encoding="utf-8")
    spec = load(spec_path)
    departments = [d.id for d in spec.departments]
    people = work / "people.csv"
    people.write_text(
        "".join(f"P{n:02d},{departments[n % len(departments)]}\n" for n in range(forms)), encoding="utf-8"
    )
    folder = work / "forms"
    code = _quiet(lambda: workshop.prepare(str(spec_path), str(folder), participants_file=str(people)))
    assert code == 0, code
    cells = {(a.id, c.department): c.cell for a in spec.activities() for c in a.raci}
    rng = random.Random(0)
    for path in sorted(folder.glob("*.xlsx")):
        book = load_workbook(path)
        sheet = book.worksheets[0]
        for row in range(6, sheet.max_row + 1):
            activity = sheet.cell(row, 2).value
            for index, department in enumerate(departments):
                value = cells.get((activity, department), "")
                if rng.random() < 0.1:
                    value = rng.choice(["A/R", "R", "C", "I", "", "◎", "C, I"])
                sheet.cell(row, 4 + index).value = value or None
            if rng.random() < 0.05:
                sheet.cell(row, 4 + len(departments)).value = "誰が承認するのか分からない"
        book.save(path)
    return folder


def _openpyxl(folder: Path) -> int:
    from openpyxl import load_workbook

    count = 0
    for path in sorted(folder.glob("*.xlsx")):
        book = load_workbook(path, read_only=True, data_only=True)
        for row in book.worksheets[0].iter_rows(values_only=True):
            count += len(row)
        book.close()
    return count


def _time(fn: object) -> float:
    gc.collect()
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--activities", type=int, default=500)
    parser.add_argument("--forms", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder = _prepare(work, args.activities, args.forms)
        out = work / "results"
        base, timed = [], []
        for _ in range(args.repeat):
            base.append(_time(lambda: _openpyxl(folder)))
            timed.append(_time(lambda: _quiet(lambda: workshop.collect(str(folder), str(out)))))
        assert (out / "results.json").is_file()
    b, c = statistics.median(base), statistics.median(timed)
    ratio = c / b
    verdict = "ok" if ratio <= TARGET else "over target"
    print(f"{args.forms} forms × {args.activities} activities, median of {args.repeat}")
    print(f"  openpyxl read-only, every value   {b * 1000:8.0f} ms")
    print(f"  raci workshop collect              {c * 1000:8.0f} ms   {ratio:.2f}x (target ≤ {TARGET:.0f}x: {verdict})")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
