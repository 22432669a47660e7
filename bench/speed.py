"""The speed a person feels, beside bench/run.py's parse baseline (imported by run.py by path).

- **small**: ``raci validate`` of the bundled small example (what pre-commit runs on every
  commit) against ``python -c "import yaml, click"``: start-up is most of a small run,
  and that command is the least any Python CLI reading YAML pays.
- **renders**: ``raci report`` and ``raci render matrix -f xlsx`` against ``raci validate``
  of the same file: the views read the same model, so they should grow like validate.

Every figure is the median of whole processes, run interleaved with what it is compared
with, so that a noisy machine slows both alike; read the ratios.
"""

from __future__ import annotations

import shutil
import statistics
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

TARGET_SMALL = 1.5  # validate(small example) / python -c "import yaml, click"
TARGET_RENDER = 3.0  # report or xlsx / validate, at 1k and 10k
SMALL_EXAMPLE = "startup-allrounder.raci.yaml"


@dataclass
class Compared:
    """Timings, in seconds, of commands measured side by side."""

    times: dict[str, list[float]] = field(default_factory=dict)

    def median(self, name: str) -> float:
        return statistics.median(self.times[name])

    def ratio(self, name: str, against: str) -> float:
        return self.median(name) / self.median(against)


def interleaved(
    commands: dict[str, list[str]], repeat: int, timed: Callable[[list[str], str], float], label: str
) -> Compared:
    """One untimed warm-up of each, then ``repeat`` rounds, the order reversed every other round."""
    for name, cmd in commands.items():
        timed(cmd, f"{name} ({label})")
    result = Compared({name: [] for name in commands})
    order = list(commands.items())
    for i in range(repeat):
        for name, cmd in order if i % 2 == 0 else reversed(order):
            result.times[name].append(timed(cmd, f"{name} ({label})"))
        shown = ", ".join(f"{name} {result.times[name][-1]:.3f} s" for name in commands)
        print(f"  {label} rep {i + 1}/{repeat}: {shown}", file=sys.stderr, flush=True)
    return result


def bench_small(folder: Path, repo: Path, repeat: int, timed: Callable[[list[str], str], float]) -> Compared:
    """The small example, copied out of the repository: the repository's own pyproject.toml
    would otherwise be parsed as a possible configuration, which a user's spec folder
    usually does not have."""
    spec = folder / SMALL_EXAMPLE
    shutil.copyfile(repo / "specs" / SMALL_EXAMPLE, spec)
    commands = {
        "imports": [sys.executable, "-c", "import yaml, click"],
        "validate": [sys.executable, "-m", "raci", "validate", str(spec)],
    }
    return interleaved(commands, repeat, timed, "small example")


def bench_renders(path: Path, activities: int, repeat: int, timed: Callable[[list[str], str], float]) -> Compared:
    out = path.parent
    commands = {
        "validate": [sys.executable, "-m", "raci", "validate", str(path)],
        "report": [sys.executable, "-m", "raci", "report", str(path), "-o", str(out / "report.html")],
        "xlsx": [sys.executable, "-m", "raci", "render", "matrix", str(path), "-f", "xlsx", "-o", str(out / "m.xlsx")],
    }
    return interleaved(commands, repeat, timed, f"{activities:,} activities")


def mark(ok: bool) -> str:
    return "ok" if ok else "not ok"


def report_lines(small: Compared | None, renders: dict[int, Compared]) -> tuple[list[str], bool]:
    lines: list[str] = []
    all_ok = True
    if small is not None:
        ratio = small.ratio("validate", "imports")
        ok = ratio <= TARGET_SMALL
        all_ok &= ok
        lines += [
            "",
            "small example (start-up):",
            f'  python -c "import yaml, click"   {small.median("imports") * 1000:8.1f} ms',
            f"  raci validate {SMALL_EXAMPLE}  {small.median('validate') * 1000:8.1f} ms",
            f"  target: validate(small) <= {TARGET_SMALL:g}x import yaml, click: {ratio:.2f}x  {mark(ok)}",
        ]
    if renders:
        lines += [
            "",
            f"{'activities':>10}  {'validate s':>10}  {'report s':>9}  {'xlsx s':>8}  {'report/v':>8}  {'xlsx/v':>7}",
        ]
        for n, r in sorted(renders.items()):
            lines.append(
                f"{n:>10,}  {r.median('validate'):>10.3f}  {r.median('report'):>9.3f}  {r.median('xlsx'):>8.3f}  "
                f"{r.ratio('report', 'validate'):>7.2f}x  {r.ratio('xlsx', 'validate'):>6.2f}x"
            )
        for n, r in sorted(renders.items()):
            for view in ("report", "xlsx"):
                ratio = r.ratio(view, "validate")
                ok = ratio <= TARGET_RENDER
                all_ok &= ok
                lines.append(f"  target: {view}({n // 1000}k) <= {TARGET_RENDER:g}x validate: {ratio:.2f}x  {mark(ok)}")
    return lines, all_ok
