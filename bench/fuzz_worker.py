"""One fuzz worker process: build input N from the seed, run it through raci in process, report.

The parent (bench/fuzz.py) hands out ranges of indices and watches the ``current`` and
``started`` values each worker shares with it; this module only runs inputs. A
``signal.alarm`` stops an input after ``--timeout`` seconds (raised as
:class:`fuzz_harness.Timeout` between two Python instructions); an input stuck in C code
is the parent's to kill.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parent.parent / "tests"
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

from fuzz_harness import Outcome, Timeout, loads, render_jobs, run_render, run_validate, validate_options  # noqa: E402
from fuzzing import Mutator  # noqa: E402

Stage = tuple[str, ...]
"""``("validate", fmt, lang)`` or ``("render", view, fmt, department or "", lang)``."""


@dataclass
class Record:
    """What happened to one input. ``problems`` are (stage, signature, detail); timeouts are problems too."""

    index: int
    code: int | None
    seconds: float = 0.0
    slowest: tuple[Stage, float] = (("validate",), 0.0)
    render_codes: dict[int, int] = field(default_factory=dict)
    images: int = 0
    problems: list[tuple[Stage, str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Settings:
    seed: int
    render_every: int
    images_every: int
    timeout: int


def _alarm(_signum: int, _frame: Any) -> None:
    raise Timeout


STAGE_BYTES = 256
"""Size of the shared buffer where a worker writes the stage it is in, for the parent's watchdog."""
_shared: tuple[Any, Any] | None = None
"""(stage buffer, stage start time) shared with the parent, set in each worker process."""


def run_stage(stage: Stage, path: str, out_dir: Path, timeout: int) -> Outcome:
    """Run one stage under the alarm; a timeout becomes an outcome with signature ``timeout``."""
    if _shared is not None:  # the parent's watchdog times each stage, not the whole input
        _shared[0].value = "\x1f".join(stage).encode("utf-8")[: STAGE_BYTES - 1]
        _shared[1].value = time.time()
    start = time.perf_counter()
    signal.alarm(timeout)
    try:
        if stage[0] == "validate":
            return run_validate(path, stage[1], stage[2])
        return run_render(stage[1], path, stage[2], out_dir, stage[3] or None, stage[4])
    except Timeout:
        return Outcome(None, time.perf_counter() - start, "timeout", f"stopped after {timeout} s")
    finally:
        signal.alarm(0)


def run_input(mutator: Mutator, settings: Settings, index: int, work: Path) -> Record:
    """Validate input ``index``; render it too when it loads and the index is in the render sample."""
    case = mutator.case(settings.seed, index)
    path = work / "input.raci.yaml"
    path.write_bytes(case.data)
    fmt, lang = validate_options(index)
    stages: list[Stage] = [("validate", fmt, lang)]
    record = Record(index, None)
    first = run_stage(stages[0], str(path), work, settings.timeout)
    record.code = first.code
    outcomes = [(stages[0], first)]
    if first.ok and first.code in (0, 1) and index % settings.render_every == 0:
        spec = loads(str(path))
        if spec is not None:
            images = (index // settings.render_every) % settings.images_every == 0
            for view, rfmt, department in render_jobs(spec, images):
                stage = ("render", view, rfmt, department or "", lang)
                outcomes.append((stage, run_stage(stage, str(path), work, settings.timeout)))
                if outcomes[-1][1].crash == "timeout":
                    break  # one stopped stage makes the input slow; the others would likely stop too
    for stage, outcome in outcomes:
        record.seconds += outcome.seconds
        if outcome.seconds > record.slowest[1]:
            record.slowest = (stage, outcome.seconds)
        if stage[0] == "render":
            key = -1 if outcome.code is None else outcome.code
            record.render_codes[key] = record.render_codes.get(key, 0) + 1
            record.images += stage[2] in ("svg", "png", "pdf")
        if outcome.crash:
            record.problems.append((stage, outcome.crash, outcome.detail))
    return record


def worker(settings: Settings, conn: Connection, current: Any, started: Any, stage: Any) -> None:
    """Loop: receive a list of indices (None to stop), send one Record per input, then ``"done"``."""
    global _shared
    _shared = (stage, started)
    os.environ.pop("RACI_DEBUG", None)
    signal.signal(signal.SIGALRM, _alarm)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    from fuzz_harness import sources

    mutator = Mutator(sources())
    with tempfile.TemporaryDirectory(prefix="raci-fuzz-") as tmp:
        work = Path(tmp)
        while True:
            task = conn.recv()
            if task is None:
                return
            for index in task:
                current.value, started.value = index, time.time()
                conn.send(run_input(mutator, settings, index, work))
            current.value = -1
            conn.send("done")
