"""Rendering benchmarks, as whole processes measured against a baseline of the same run.

    python bench/render.py [--repeat 5]

- The HTML report of a 1,000-activity spec against ``raci validate`` of the same file
  (target: at most 3x).
- The terminal and Markdown matrix at 2k, 5k and 10k activities (target: time linear in
  the size: 10k takes at most 6x the time of 2k, for 5x the rows).

Medians of interleaved runs; these machines are shared and noisy, so only ratios within
one run mean anything.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET_REPORT = 3.0
TARGET_MATRIX_GROWTH = 6.0  # 10k / 2k, for 5x the rows


def generator():
    spec = importlib.util.spec_from_file_location("raci_bench_generate", HERE / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


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
    args = parser.parse_args()
    gen = generator()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {}
        for size in (1000, 2000, 5000, 10000):
            files[size] = folder / f"gen-{size}.raci.yaml"
            files[size].write_text(gen.generate_spec(size), encoding="utf-8")
        one_k = str(files[1000])
        report = median_of(
            {
                "validate": ["validate", one_k],
                "report": ["report", one_k, "-o", str(folder / "report.html")],
            },
            args.repeat,
        )
        ratio = report["report"] / report["validate"]
        ok &= ratio <= TARGET_REPORT
        print("1,000 activities, whole processes (median):")
        print(f"  raci validate        {report['validate']:.3f} s")
        print(
            f"  raci report (html)   {report['report']:.3f} s   {ratio:.2f}x validate  (target <= {TARGET_REPORT:g}x)"
        )
        print()
        for fmt in ("term", "md"):
            sized = median_of(
                {str(n): ["render", "matrix", str(files[n]), "-f", fmt] for n in (2000, 5000, 10000)}, args.repeat
            )
            growth = sized["10000"] / sized["2000"]
            ok &= growth <= TARGET_MATRIX_GROWTH
            cells = "  ".join(f"{int(n):>6,}: {t:.3f} s" for n, t in sized.items())
            print(
                f"matrix --format {fmt:<4} {cells}   10k/2k = {growth:.2f}x for 5x the rows (target <= {TARGET_MATRIX_GROWTH:g}x)"
            )
    print()
    print("targets met" if ok else "a target was MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
