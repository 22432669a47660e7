"""Time :mod:`raci.spec.edit` in process: growth with size, and one cell edit per keystroke.

Usage::

    python bench/edit.py [--sizes 10000,100000] [--keystroke 500] [--repeat N]

- **growth**: one cell edit (patch, reload, model check) on an already loaded spec of
  each size; the largest over the smallest should stay near the size factor
  (target: 100k/10k ≤ 11x).
- **keystroke**: on a loaded spec of ``--keystroke`` activities, one cell edit plus a
  full re-validate (all rules) against a plain in-process validate (load + rules) of
  the same text, interleaved; target ≤ 1.5x, and the absolute median well under 50 ms.

Medians of one run; read the ratios, not the seconds (shared, noisy machines).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))

from generate import generate_spec  # noqa: E402  # bench/, the script's folder, is first on sys.path

from raci.lint import validate  # noqa: E402
from raci.spec import edit  # noqa: E402
from raci.spec.load import loads  # noqa: E402

TARGET_GROWTH = 11.0
TARGET_KEYSTROKE = 1.5


def _one_cell(text: str) -> tuple[object, list[edit.Edit]]:
    """The loaded spec and an edit that changes one cell of its middle activity."""
    spec = loads(text, "bench.raci.yaml")
    activities = list(spec.activities())
    target = activities[len(activities) // 2]
    cell = target.raci[-1]
    new = "I" if cell.cell != "I" else "C"
    return spec, [edit.SetCell(target.id, cell.department, new)]


def _time(fn: object) -> float:
    gc.collect()
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--keystroke", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=None, help="timed runs (default: 5, 3 from 100k; 31 keystrokes)")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    ok = True

    medians: dict[int, float] = {}
    loads_: dict[int, float] = {}
    for n in sizes:
        text = generate_spec(n)
        spec, edits = _one_cell(text)
        runs: list[float] = []
        plain_loads: list[float] = []
        for _ in range(args.repeat or (3 if n >= 100_000 else 5)):
            runs.append(_time(lambda t=text, s=spec, e=edits: edit.apply(t, s, e)))
            plain_loads.append(_time(lambda t=text: loads(t, "bench.raci.yaml")))
        medians[n], loads_[n] = statistics.median(runs), statistics.median(plain_loads)
        print(
            f"edit one cell, {n:>7,} activities: median {medians[n] * 1000:9.1f} ms "
            f"(a plain load: {loads_[n] * 1000:.1f} ms; {len(runs)} runs)"
        )
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        growth = medians[large] / medians[small]
        target = TARGET_GROWTH * (large / small) / 10
        ok &= growth <= target
        print(
            f"growth {large:,}/{small:,}: {growth:.2f}x (target <= {target:g}x)  {'ok' if growth <= target else 'MISSED'}"
            f"; a plain load grew {loads_[large] / loads_[small]:.2f}x in the same run"
        )

    text = generate_spec(args.keystroke)
    spec, edits = _one_cell(text)
    plain: list[float] = []
    keyed: list[float] = []
    for i in range(args.repeat or 31):
        pair = [
            (plain, lambda: validate(loads(text, "bench.raci.yaml"))),
            (keyed, lambda: validate(edit.apply(text, spec, edits).spec)),
        ]
        for bucket, fn in pair if i % 2 == 0 else reversed(pair):
            bucket.append(_time(fn))
    ratio = statistics.median(keyed) / statistics.median(plain)
    ok &= ratio <= TARGET_KEYSTROKE
    print(
        f"keystroke, {args.keystroke} activities: edit + re-validate {statistics.median(keyed) * 1000:.1f} ms, "
        f"validate {statistics.median(plain) * 1000:.1f} ms: {ratio:.2f}x (target <= {TARGET_KEYSTROKE:g}x)  "
        f"{'ok' if ratio <= TARGET_KEYSTROKE else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
