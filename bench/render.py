"""Rendering benchmarks, as whole processes measured against a baseline of the same run.

    python bench/render.py [--repeat 5]

- The HTML report of a 1,000-activity spec against ``raci validate`` of the same file
  (target: at most 3x).
- The terminal and Markdown matrix at 2k, 5k and 10k activities (target: time linear in
  the size: 10k takes at most 6x the time of 2k, for 5x the rows).
- Long names: a KPI, an activity and a phase named with one unbroken word of 1,000 and
  10,000 characters (Latin and Japanese), through the KPI tree, the lifecycle map (DOT)
  and the terminal matrix, against the same spec with short names (target: 10,000
  characters cost at most 3x the short-name run; the wrapping used to be cubic and
  10,000 characters never finished).
- Wide matrix: 1,500 departments, the terminal view against Markdown of the same spec
  (target: at most 6x; the layout used to be quadratic in the departments).

Medians of interleaved runs; these machines are shared and noisy, so only ratios within
one run mean anything.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import generate_spec  # bench/, the script's folder, is first on sys.path

HERE = Path(__file__).resolve().parent
TARGET_REPORT = 3.0
TARGET_MATRIX_GROWTH = 6.0  # 10k / 2k, for 5x the rows
TARGET_LONG_NAME = 3.0  # a 10,000-character name / short names, whole processes
TARGET_WIDE = 6.0  # term / md with 1,500 departments

LONG_SPEC = """\
version: 1
org: {{name: Acme}}
departments: [{{id: cs, name: "{name}", kind: cs}}, {{id: sales, name: Sales, kind: sales}}]
phases:
  - id: onboarding
    name: "{name}"
    activities:
      - {{id: kickoff, name: "{name}", raci: {{cs: A/R, sales: C}}, kpis: [nrr]}}
  - id: renewal
    name: Renewal
    activities: [{{id: renew, name: Renew, raci: {{sales: A/R, cs: C}}}}]
kpis: [{{id: nrr, name: "{name}", level: kgi, owner: cs}}]
"""


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "raci", *args], capture_output=True, cwd=HERE.parent)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"raci {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr.decode()}")
    return elapsed


def median_of(commands: dict[str, list[str]], repeat: int) -> dict[str, float]:
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, args in commands.items():  # interleaved: noise hits every command alike
            times[name].append(timed(args))
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--cases", default="report,matrix,long,wide", help="which benchmarks, comma-separated (default: all)"
    )
    args = parser.parse_args()
    cases = set(args.cases.split(","))
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if cases & {"report", "matrix"}:
            ok &= sizes(folder, args.repeat, cases)
        if "long" in cases:
            ok &= long_names(folder, args.repeat)
        if "wide" in cases:
            ok &= wide(folder, args.repeat)
    print()
    print("targets met" if ok else "a target was MISSED")
    return 0 if ok else 1


def sizes(folder: Path, repeat: int, cases: set[str]) -> bool:
    """The report against validate, and the matrix's growth with the number of activities."""
    ok = True
    files = {}
    for size in (1000, 2000, 5000, 10000):
        files[size] = folder / f"gen-{size}.raci.yaml"
        files[size].write_text(generate_spec(size), encoding="utf-8")
    one_k = str(files[1000])
    if "report" in cases:
        report = median_of(
            {
                "validate": ["validate", one_k],
                "report": ["report", one_k, "-o", str(folder / "report.html")],
            },
            repeat,
        )
        ratio = report["report"] / report["validate"]
        ok &= ratio <= TARGET_REPORT
        print("1,000 activities, whole processes (median):")
        print(f"  raci validate        {report['validate']:.3f} s")
        print(
            f"  raci report (html)   {report['report']:.3f} s   {ratio:.2f}x validate  (target <= {TARGET_REPORT:g}x)"
        )
        print()
    if "matrix" in cases:
        for fmt in ("term", "md"):
            sized = median_of(
                {str(n): ["render", "matrix", str(files[n]), "-f", fmt] for n in (2000, 5000, 10000)}, repeat
            )
            growth = sized["10000"] / sized["2000"]
            ok &= growth <= TARGET_MATRIX_GROWTH
            cells = "  ".join(f"{int(n):>6,}: {t:.3f} s" for n, t in sized.items())
            print(
                f"matrix --format {fmt:<4} {cells}   10k/2k = {growth:.2f}x for 5x the rows (target <= {TARGET_MATRIX_GROWTH:g}x)"
            )
        print()
    return ok


def long_names(folder: Path, repeat: int) -> bool:
    """Every view that wraps names, on one unbroken word of 1,000 and 10,000 characters,
    against short names in the same run."""
    ok = True
    print("long names, whole processes (median), against the same spec with short names:")
    for letters, label in (("x", "Latin"), ("顧", "Japanese")):
        files = {}
        for length in (8, 1000, 10000):
            files[length] = folder / f"long-{label}-{length}.raci.yaml"
            files[length].write_text(LONG_SPEC.format(name=letters * length), encoding="utf-8")
        for view, fmt in (("kpi-tree", "dot"), ("lifecycle", "dot"), ("matrix", "term")):
            times = median_of({str(n): ["render", view, str(path), "-f", fmt] for n, path in files.items()}, repeat)
            ratio = times["10000"] / times["8"]
            ok &= ratio <= TARGET_LONG_NAME
            print(
                f"  {label:<8} {view:<9} {fmt:<4}  short {times['8']:.3f} s  1,000: {times['1000']:.3f} s  "
                f"10,000: {times['10000']:.3f} s   10,000/short = {ratio:.2f}x (target <= {TARGET_LONG_NAME:g}x)"
            )
    print()
    return ok


def wide(folder: Path, repeat: int) -> bool:
    """The terminal matrix of 1,500 departments against Markdown of the same spec."""
    path = folder / "wide.raci.yaml"
    path.write_text(generate_spec(300, departments=1500), encoding="utf-8")
    times = median_of({fmt: ["render", "matrix", str(path), "-f", fmt] for fmt in ("md", "term")}, repeat)
    ratio = times["term"] / times["md"]
    print(
        f"1,500 departments x 300 activities: md {times['md']:.3f} s  term {times['term']:.3f} s   "
        f"term/md = {ratio:.2f}x (target <= {TARGET_WIDE:g}x)"
    )
    return ratio <= TARGET_WIDE


if __name__ == "__main__":
    sys.exit(main())
