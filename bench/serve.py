"""Time one edit round trip of ``raci serve`` against the running server.

Usage::

    python bench/serve.py [--activities 500] [--repeat 41]

A spec of ``--activities`` activities (bench/generate.py) is written to a temporary
folder and served by ``python -m raci serve FILE --port 0`` in its own process, as a
user runs it. This script opens the printed link (the token becomes the session
cookie), then times, interleaved so that a noisy machine slows both alike:

- **round trip**: ``POST /api/edit`` toggling the I of one cell of the middle activity
  (on, then off, so the spec stays the same size): the request, the edit, the
  validation, the atomic write of the file and the response with the new findings;
- **validate**: an in-process ``raci.lint.validate(raci.spec.load.loads(text))`` of the
  same text in this process.

Targets (issue 14): round trip median ≤ 2x and p95 ≤ 3x the validate of the same run;
the absolute median is what a person feels (aim: under 100 ms).
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from generate import generate_spec  # noqa: E402  # bench/, the script's folder, is first on sys.path

from raci.lint import validate  # noqa: E402
from raci.spec.load import loads  # noqa: E402

TARGET_MEDIAN = 2.0
TARGET_P95 = 3.0


def _start(path: Path) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "raci", "serve", str(path), "--port", "0", "--lang", "en"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stderr is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        found = re.search(r"http://\S+\?token=\S+", line)
        if found:
            return proc, found.group(0)
        if not line and proc.poll() is not None:
            break
    proc.kill()
    raise SystemExit("raci serve did not start")


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--activities", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=41)
    args = parser.parse_args(argv)
    text = generate_spec(args.activities)
    spec = loads(text, "bench.raci.yaml")
    target = list(spec.activities())[len(list(spec.activities())) // 2]
    department = next(d.id for d in spec.departments if d.id not in {a.department for a in target.raci})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.raci.yaml"
        path.write_text(text, encoding="utf-8")
        proc, url = _start(path)
        try:
            origin = url.split("/?", 1)[0]
            with httpx.Client(base_url=origin, timeout=60) as http:
                http.get(url, follow_redirects=True).raise_for_status()  # the session cookie
                csrf = re.search(r'name="csrf-token" content="([^"]+)"', http.get("/").text)
                assert csrf is not None
                headers = {"Origin": origin, "X-CSRF-Token": csrf.group(1)}
                version = int(http.get("/state").json()["version"])
                trips: list[float] = []
                plain: list[float] = []

                def trip() -> None:
                    nonlocal version
                    op = {"op": "toggle", "activity": target.id, "department": department, "role": "I"}
                    response = http.post("/api/edit", json={"version": version, "edits": [op]}, headers=headers)
                    response.raise_for_status()
                    version = response.json()["version"]

                trip()  # warm up: first request, first template compile
                trip()
                for i in range(args.repeat):
                    pair = [(trips, trip), (plain, lambda: validate(loads(text, "bench.raci.yaml")))]
                    for bucket, fn in pair if i % 2 == 0 else reversed(pair):
                        gc.collect()
                        start = time.perf_counter()
                        fn()
                        bucket.append(time.perf_counter() - start)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    median, p95 = statistics.median(trips), _p95(trips)
    base = statistics.median(plain)
    ok = median / base <= TARGET_MEDIAN and p95 / base <= TARGET_P95
    print(f"raci serve, {args.activities} activities, {len(trips)} edits (toggle one cell, write, findings back):")
    print(f"  round trip: median {median * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms")
    print(f"  in-process validate of the same spec: median {base * 1000:.1f} ms")
    print(
        f"  ratio: median {median / base:.2f}x (target <= {TARGET_MEDIAN:g}x), "
        f"p95 {p95 / base:.2f}x (target <= {TARGET_P95:g}x)  {'ok' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
