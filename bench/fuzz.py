"""Long fuzz run: N mutated specs through ``raci validate`` (and a sample through every render), in process.

Usage::

    python bench/fuzz.py --count 100000 [--seed 0] [--workers 2] [--render-every 10]
                         [--images-every 10] [--timeout 20] [--slow 5] [--confirm 200] [--out fuzz-out]

Input N is ``Mutator.case(seed, N)`` over the bundled specs, the test fixtures and the
``raci init`` outputs (tests/fuzzing.py), so ``--seed`` and an index name an input
exactly. Prints exit-code counts, each distinct crash (exception type and innermost raci
frame) with a shrunk reproducer saved under ``--out``, the slowest inputs and those over
``--slow`` seconds; ``--confirm K`` re-runs every crash and a sample of the other inputs
as real ``python -m raci`` processes. Exits 1 when anything crashed, was slow or did not
confirm. See bench/README.md.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_worker import STAGE_BYTES, Record, Settings, Stage, worker

_MP = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
HARD_KILL_AFTER = 30
"""Seconds past ``--timeout`` after which a worker stuck in C code is killed."""


@dataclass
class Worker:
    process: Any
    conn: Connection
    current: Any
    started: Any
    stage: Any
    task: list[int] = field(default_factory=list)
    reported: set[int] = field(default_factory=set)


def start_worker(settings: Settings) -> Worker:
    parent, child = _MP.Pipe()
    current, started = _MP.Value("q", -1, lock=False), _MP.Value("d", 0.0, lock=False)
    stage = _MP.Array("c", STAGE_BYTES, lock=False)
    process = _MP.Process(target=worker, args=(settings, child, current, started, stage), daemon=True)
    process.start()
    child.close()
    return Worker(process, parent, current, started, stage)


def run_all(settings: Settings, count: int, workers: int, chunk: int) -> tuple[list[Record], float]:
    """Every record of indices 0..count-1; a worker that hangs or dies is replaced and its input recorded."""
    pending = [list(range(i, min(i + chunk, count))) for i in range(0, count, chunk)]
    pending.reverse()
    pool = [start_worker(settings) for _ in range(workers)]
    records: list[Record] = []
    begin, last_note = time.monotonic(), time.monotonic()

    def give(w: Worker) -> None:
        w.task, w.reported = (pending.pop() if pending else []), set()
        if w.task:
            w.conn.send(w.task)

    for w in pool:
        give(w)
    while any(w.task for w in pool):
        ready = wait([w.conn for w in pool if w.task], timeout=1)
        for w in pool:
            if not w.task:
                continue
            if w.conn in ready:
                try:
                    message = w.conn.recv()
                except EOFError:
                    message = None
                if isinstance(message, Record):
                    records.append(message)
                    w.reported.add(message.index)
                    continue
                if message == "done":
                    give(w)
                    continue
            stuck = w.current.value >= 0 and time.time() - w.started.value > settings.timeout + HARD_KILL_AFTER
            if stuck or not w.process.is_alive():
                records.append(_lost(w, "hang" if stuck else f"worker died ({w.process.exitcode})"))
                w.process.kill()
                w.process.join()
                rest = [i for i in w.task if i not in w.reported and i != w.current.value]
                fresh = start_worker(settings)
                w.process, w.conn, w.current, w.started, w.stage = (
                    fresh.process,
                    fresh.conn,
                    fresh.current,
                    fresh.started,
                    fresh.stage,
                )
                w.task, w.reported = rest, set()
                if rest:
                    w.conn.send(rest)
                else:
                    give(w)
        if time.monotonic() - last_note > 15:
            last_note = time.monotonic()
            rate = len(records) / (last_note - begin)
            crashes = sum(bool(r.problems) for r in records)
            sys.stderr.write(f"  {len(records):,}/{count:,} inputs, {rate:.0f}/s, {crashes} with problems\n")
    for w in pool:
        w.conn.send(None)
        w.process.join(timeout=5)
    return sorted(records, key=lambda r: r.index), time.monotonic() - begin


def _lost(w: Worker, what: str) -> Record:
    index = w.current.value
    seconds = time.time() - w.started.value
    stage: Stage = tuple(w.stage.value.decode("utf-8", "replace").split("\x1f"))
    code = None if stage[0] == "validate" else -1  # a render ran, so validate had exited 0 or 1
    return Record(index, code, seconds, (stage, seconds), problems=[(stage, what, f"{what} after {seconds:.0f} s")])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=20_000, help="inputs to run (default 20,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--render-every", type=int, default=10, help="render 1 in K inputs that load (default 10)")
    parser.add_argument("--images-every", type=int, default=10, help="of those, 1 in M also as svg/png/pdf")
    parser.add_argument("--timeout", type=int, default=20, help="stop one input's stage after S seconds")
    parser.add_argument("--slow", type=float, default=5.0, help="report inputs slower than S seconds")
    parser.add_argument("--confirm", type=int, default=0, help="re-run K inputs (every crash first) as processes")
    parser.add_argument("--out", type=Path, default=Path("fuzz-out"), help="where reproducers go")
    parser.add_argument("--chunk", type=int, default=100, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    settings = Settings(args.seed, max(args.render_every, 1), max(args.images_every, 1), args.timeout)
    sys.stderr.write(f"raci fuzz: {args.count:,} inputs, seed {args.seed}, {args.workers} workers\n")
    records, elapsed = run_all(settings, args.count, args.workers, args.chunk)
    from fuzz_report import report

    return report(records, elapsed, args, settings)


if __name__ == "__main__":
    sys.exit(main())
