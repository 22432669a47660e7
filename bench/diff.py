"""Time ``raci diff`` of two 10k-activity specs against ``raci validate`` of one of them.

Usage::

    python bench/diff.py [--activities 10000] [--changes 200] [--repeat 5] [--format json]

The old spec is bench/generate.py's output; the new one is the same organisation with
``--changes`` edits made on the model (:func:`changed`: Accountables moved, Responsibles
added, activities renamed, removed and added, KPI owners changed) and written back by
``raci.spec.write.dump``, so its layout differs everywhere, as after ``raci fmt``. Both
commands run as whole processes from the repository root, interleaved, after one untimed
warm-up each; the figure is the ratio of the medians (target: diff ≤ 2.5x validate).
The golden test of the Markdown output (tests/test_diff_md.py) uses :func:`changed` too.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(BENCH_DIR))  # for generate.py also when a test imports this file by path

from generate import generate_spec  # noqa: E402

from raci.spec.model import Activity, Assignment, Kpi, Phase, Spec, Text  # noqa: E402

TARGET = 2.5


def _move_a(activity: Activity, departments: list[str], rng: random.Random) -> Activity:
    """The A of ``activity`` goes to another department; the old holder keeps its other roles (or I)."""
    holder = next(c.department for c in activity.raci if "A" in c.roles)
    target = rng.choice([d for d in departments if d != holder])
    cells = []
    for cell in activity.raci:
        roles = set(cell.roles)
        if cell.department == holder:
            roles = (roles - {"A"}) or {"I"}
        if cell.department == target:
            roles |= {"A"}
        cells.append(dataclasses.replace(cell, roles=frozenset(roles)))
    if target not in {c.department for c in activity.raci}:
        cells.append(Assignment(target, frozenset({"A"})))
    return dataclasses.replace(activity, raci=tuple(cells))


def _add_r(activity: Activity, departments: list[str], rng: random.Random) -> Activity:
    free = [d for d in departments if d not in {c.department for c in activity.raci}]
    if not free:
        return activity
    return dataclasses.replace(activity, raci=(*activity.raci, Assignment(rng.choice(free), frozenset({"R"}))))


def changed(text: str, changes: int, seed: int = 0) -> Spec:
    """The spec of ``text`` with about ``changes`` edits, the same ones for the same seed."""
    from raci.spec.load import loads

    spec = loads(text, "old.raci.yaml")
    rng = random.Random(seed)
    departments = [d.id for d in spec.departments]
    referenced = {i.activity for d in spec.departments if d.scope for i in d.scope.does_not if i.activity}
    candidates = [a.id for a in spec.activities() if a.id not in referenced]
    chosen = rng.sample(candidates, min(len(candidates), changes))
    share = max(1, len(chosen) // 6)
    moves, adds_r, renames, removals = (chosen[i * share : (i + 1) * share] for i in range(4))
    phases: list[Phase] = []
    for phase in spec.phases:
        kept: list[Activity] = []
        for activity in phase.activities:
            if activity.id in removals:
                continue
            if activity.id in moves:
                activity = _move_a(activity, departments, rng)
            if activity.id in adds_r:
                activity = _add_r(activity, departments, rng)
            if activity.id in renames:
                activity = dataclasses.replace(activity, id=f"{activity.id}_v2")
            kept.append(activity)
        phases.append(dataclasses.replace(phase, activities=tuple(kept)))
    for index in range(share):
        phase = rng.randrange(len(phases))
        owner = rng.choice(departments)
        new = Activity(
            f"new_work_{index}",
            Text(ja=f"新しい活動 {index}", en=f"New work {index}"),
            phases[phase].id,
            (Assignment(owner, frozenset({"A", "R"})),),
            mode="proactive",
        )
        phases[phase] = dataclasses.replace(phases[phase], activities=(*phases[phase].activities, new))
    kpis: list[Kpi] = list(spec.kpis)
    for index in rng.sample(range(len(kpis)), min(len(kpis), share // 2)):
        others = [d for d in departments if d != kpis[index].owner]
        kpis[index] = dataclasses.replace(kpis[index], owner=rng.choice(others))
    return dataclasses.replace(spec, phases=tuple(phases), kpis=tuple(kpis))


def _timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, check=False, env={**os.environ, "NO_COLOR": "1"})
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr.decode("utf-8", "replace")[-3000:])
        raise SystemExit(f"bench: {' '.join(cmd)} exited {proc.returncode}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    from raci.spec.write import dump

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--activities", type=int, default=10_000)
    parser.add_argument("--changes", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--format", default="json", choices=("text", "md", "json", "github"))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        old, new = Path(folder) / "old.raci.yaml", Path(folder) / "new.raci.yaml"
        text = generate_spec(args.activities)
        old.write_text(text, encoding="utf-8")
        new.write_text(dump(changed(text, args.changes)), encoding="utf-8")
        python = [sys.executable, "-m", "raci"]
        diff_cmd = [*python, "diff", str(old), str(new), "--format", args.format]
        validate_cmd = [*python, "validate", str(new)]
        _timed(diff_cmd), _timed(validate_cmd)
        diffs, validates = [], []
        for i in range(args.repeat):
            pair = [(diffs, diff_cmd), (validates, validate_cmd)]
            for runs, cmd in pair if i % 2 == 0 else reversed(pair):
                runs.append(_timed(cmd))
        count = subprocess.run(
            [*diff_cmd[:-2], "--format", "json"], cwd=REPO_ROOT, capture_output=True, check=False
        ).stdout
        changes = json.loads(count)["summary"]["changes"]
    ratio = statistics.median(diffs) / statistics.median(validates)
    print(f"activities: {args.activities}, changes reported: {changes}, repeat: {args.repeat}")
    print(f"raci diff --format {args.format}: median {statistics.median(diffs):.2f} s")
    print(f"raci validate (new side):  median {statistics.median(validates):.2f} s")
    print(f"ratio: {ratio:.2f}x (target ≤ {TARGET}x) {'ok' if ratio <= TARGET else 'MISSED'}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
