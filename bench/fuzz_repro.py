"""Reproducers for bench/fuzz.py: shrink a crashing input, save it, and confirm inputs as real processes.

Shrinking removes lines (halves, quarters… single lines) while the same crash signature
still comes out of the same stage, within a budget of runs. Confirming starts
``python -m raci`` for an input and compares its exit code with the in-process one (a
crash in process must be exit 3 from the command line, the internal-error report).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fuzz_worker import Stage, run_stage

ROOT = Path(__file__).resolve().parent.parent
INTERNAL_ERROR_EXIT = 3


def shrink(data: bytes, stage: Stage, signature: str, *, timeout: int, budget: int = 300, seconds: float = 30) -> bytes:
    """The smallest input found by dropping lines that still crashes with ``signature`` at ``stage``."""
    with tempfile.TemporaryDirectory(prefix="raci-shrink-") as tmp:
        work = Path(tmp)
        path = work / "input.raci.yaml"
        runs, deadline = 0, time.monotonic() + seconds

        def still_crashes(candidate: bytes) -> bool:
            nonlocal runs
            runs += 1
            path.write_bytes(candidate)
            return run_stage(stage, str(path), work, timeout).crash == signature

        lines = data.splitlines(keepends=True)
        chunk = max(len(lines) // 2, 1)
        while runs < budget and time.monotonic() < deadline:
            changed, start = False, 0
            while start < len(lines) and runs < budget and time.monotonic() < deadline:
                candidate = lines[:start] + lines[start + chunk :]
                if candidate and still_crashes(b"".join(candidate)):
                    lines, changed = candidate, True
                else:
                    start += chunk
            if chunk == 1 and not changed:
                break
            chunk = max(chunk // 2, 1)
        return b"".join(lines)


def command(stage: Stage, path: str, out_dir: str) -> list[str]:
    """The ``raci`` arguments that run ``stage`` on ``path`` from the command line."""
    if stage[0] == "validate":
        return ["validate", "--format", stage[1], "--lang", stage[2], path]
    _, view, fmt, department, lang = stage
    args = ["render", view, path, "-f", fmt, "--lang", lang]
    from raci.render import get

    if fmt in get(view).BINARY:
        args += ["-o", os.path.join(out_dir, f"out.{fmt}")]
    return args + (["--department", department] if department else [])


def shell(stage: Stage, path: str) -> str:
    """The command a person types to see it: ``python -m raci validate …``."""
    return "python -m raci " + " ".join(_quote(a) for a in command(stage, path, "/tmp"))


def _quote(arg: str) -> str:
    return arg if arg and all(c.isalnum() or c in "-_./:=" for c in arg) else "'" + arg.replace("'", "'\\''") + "'"


def confirm(data: bytes, stage: Stage, expected: int | None, timeout: int = 120) -> tuple[int | None, str]:
    """Run ``stage`` on ``data`` as ``python -m raci``; (exit code, problem or "") where a problem is a mismatch."""
    want = INTERNAL_ERROR_EXIT if expected is None else expected
    env = {k: v for k, v in os.environ.items() if k not in ("RACI_DEBUG", "NO_COLOR")}
    env.update({"PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "LC_ALL": ""})
    with tempfile.TemporaryDirectory(prefix="raci-confirm-") as tmp:
        path = os.path.join(tmp, "input.raci.yaml")
        Path(path).write_bytes(data)
        try:
            proc = subprocess.run(
                [sys.executable, "-m", "raci", *command(stage, path, tmp)],
                capture_output=True,
                env=env,
                cwd=tmp,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            return None, f"no exit within {timeout} s (expected {want})"
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != want:
        return proc.returncode, f"exit {proc.returncode}, in process {want}: {err.strip()[-300:]}"
    if "Traceback" in err:
        return proc.returncode, "printed a traceback"
    return proc.returncode, ""
