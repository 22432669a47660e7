"""Writing benchmark: ``raci.spec.write.dump`` of 10k- and 100k-activity specs, in process.

    python bench/write.py [--repeat 5]

Specs come from bench/generate.py and are loaded once; each repetition times
``dump(spec)`` and, as the baseline of the same run, ``yaml.dump`` of the same data as
plain dicts and lists with the C dumper. The garbage collector is off while timing
(as the loader runs), runs are interleaved, figures are medians. Targets: writing is
linear in the size (100k / 10k at most 11x); the ratio to the baseline is reported.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from generate import generate_spec  # noqa: E402  # bench/, the script's folder, is first on sys.path

from raci.spec.load import loads  # noqa: E402
from raci.spec.model import Spec, Text  # noqa: E402
from raci.spec.write import dump  # noqa: E402

TARGET_GROWTH = 11.0
SIZES = (10_000, 100_000)


def plain(spec: Spec) -> dict[str, Any]:
    """The same data as dicts, lists and strings: what ``yaml.dump`` is given."""

    def text(value: Text | None) -> Any:
        if value is None:
            return None
        return value.ja if value.ja == value.en else {"ja": value.ja, "en": value.en}

    return {
        "version": spec.version,
        "org": {"name": text(spec.org.name), "locale": spec.org.locale},
        "departments": [{"id": d.id, "name": text(d.name), "kind": d.kind} for d in spec.departments],
        "phases": [
            {
                "id": p.id,
                "name": text(p.name),
                "activities": [
                    {
                        "id": a.id,
                        "name": text(a.name),
                        "raci": {c.department: c.cell for c in a.raci},
                        "mode": a.mode,
                        "kpis": list(a.kpis),
                    }
                    for a in p.activities
                ],
            }
            for p in spec.phases
        ],
        "kpis": [{"id": k.id, "name": text(k.name), "level": k.level, "parents": list(k.parents)} for k in spec.kpis],
    }


def timed(work: Any) -> float:
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        work()
        return time.perf_counter() - start
    finally:
        gc.enable()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    results: dict[int, dict[str, float]] = {}
    for size in SIZES:
        spec = loads(generate_spec(size, seed=0))
        data = plain(spec)
        assert loads(dump(spec)) == spec
        raci_times, base_times = [], []
        for _ in range(args.repeat):
            raci_times.append(timed(lambda spec=spec: dump(spec)))
            base_times.append(timed(lambda data=data: yaml.dump(data, Dumper=dumper, allow_unicode=True)))
        results[size] = {"dump": statistics.median(raci_times), "yaml.dump": statistics.median(base_times)}
        r = results[size]
        print(
            f"{size:>7} activities: dump {r['dump'] * 1000:8.1f} ms   yaml.dump (C) {r['yaml.dump'] * 1000:8.1f} ms"
            f"   ratio {r['dump'] / r['yaml.dump']:.2f}x"
        )
    growth = results[SIZES[1]]["dump"] / results[SIZES[0]]["dump"]
    verdict = "ok" if growth <= TARGET_GROWTH else "OVER TARGET"
    print(f"growth 100k / 10k: {growth:.2f}x (target <= {TARGET_GROWTH:.0f}x): {verdict}")
    return 0 if growth <= TARGET_GROWTH else 1


if __name__ == "__main__":
    sys.exit(main())
