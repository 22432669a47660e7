"""The figures of a bench/fuzz.py run: exit codes, distinct crashes with reproducers, slow inputs, confirmation."""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from fuzz_harness import sources
from fuzz_repro import confirm, shell, shrink
from fuzz_worker import Record, Settings, Stage
from fuzzing import Mutator

NOT_CRASHES = ("timeout", "hang")
"""Problem signatures that mean "too slow", not "raised"."""
CANDIDATES = 50
"""Inputs per crash looked at for the smallest one before shrinking."""


@dataclass
class Crash:
    signature: str
    stages: Counter[str] = field(default_factory=Counter)
    hits: list[tuple[int, Stage, str]] = field(default_factory=list)
    """(input index, stage, traceback) of every input that crashed this way."""


def _stage_name(stage: Stage) -> str:
    return "validate" if stage[0] == "validate" else " ".join(s for s in stage[:4] if s)


def report(records: list[Record], elapsed: float, args: argparse.Namespace, settings: Settings) -> int:
    """Print the figures, save reproducers under ``args.out``; 1 when anything crashed, was slow or did not confirm."""
    mutator = Mutator(sources())
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    validate_codes: Counter[str] = Counter()
    render_codes: Counter[str] = Counter()
    crashes: dict[str, Crash] = {}
    for record in records:
        at_validate = [p for p in record.problems if p[0][0] == "validate"]
        validate_codes[
            _label(at_validate[0][1]) if at_validate else "0/1" if record.code == -1 else str(record.code)
        ] += 1
        for code, n in record.render_codes.items():
            render_codes["crash" if code == -1 else str(code)] += n
        for stage, signature, detail in record.problems:
            if signature in NOT_CRASHES:
                continue
            crash = crashes.setdefault(signature, Crash(signature))
            crash.stages[_stage_name(stage)] += 1
            crash.hits.append((record.index, stage, detail))
    rendered = sum(bool(r.render_codes) for r in records)
    p = print
    p(f"\nraci fuzz: {len(records):,} inputs, seed {settings.seed}, {elapsed:,.0f} s ({len(records) / elapsed:,.0f}/s)")
    p("validate exit codes: " + _counts(validate_codes))
    p(f"renders: {rendered:,} inputs rendered, {sum(render_codes.values()):,} renders ")
    p(f"  ({sum(r.images for r in records):,} through Graphviz), exit codes: " + _counts(render_codes))
    summary: dict[str, object] = {"inputs": len(records), "seed": settings.seed, "seconds": round(elapsed, 1)}
    summary |= {"validate_exit_codes": dict(validate_codes), "render_exit_codes": dict(render_codes)}
    summary["crashes"] = _crashes(crashes, mutator, settings, out)
    summary["slow"] = _slow(records, mutator, settings, args.slow, out)
    mismatches = _confirm(records, summary["crashes"], mutator, settings, args.confirm) if args.confirm else []
    summary["confirm_mismatches"] = mismatches
    (out / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    p(f"\nsummary: {out / 'summary.json'}")
    return 1 if crashes or summary["slow"] or mismatches else 0


def _label(signature: str) -> str:
    """``timeout``, ``hang``, ``died`` or the exception's type: a column of the exit-code counts."""
    return "died" if signature.startswith("worker died") else signature.split(" ")[0]


def _counts(counter: Counter[str]) -> str:
    order = sorted(counter, key=lambda k: (not k.isdigit(), k))
    return ", ".join(f"{k}: {counter[k]:,}" for k in order) or "none"


def _crashes(crashes: dict[str, Crash], mutator: Mutator, settings: Settings, out: Path) -> list[dict[str, object]]:
    """Print each distinct crash, save its shrunk reproducer; the summary entries."""
    print(f"\ndistinct crashes: {len(crashes)}")
    found = []
    for number, crash in enumerate(sorted(crashes.values(), key=lambda c: -len(c.hits)), 1):
        candidates = [
            (mutator.case(settings.seed, index), stage, detail) for index, stage, detail in crash.hits[:CANDIDATES]
        ]
        case, stage, detail = min(candidates, key=lambda c: len(c[0].data))
        index, size = crash.hits[candidates.index((case, stage, detail))][0], len(case.data)
        died = crash.signature.startswith("worker died")
        small = case.data if died else shrink(case.data, stage, crash.signature, timeout=settings.timeout)
        path = out / f"crash-{number:02d}.raci.yaml"
        path.write_bytes(small)
        command = shell(stage, str(path))
        (out / f"crash-{number:02d}.txt").write_text(
            f"{crash.signature}\n{len(crash.hits)} inputs; stages: {dict(crash.stages)}\n"
            f"input #{index} (seed {settings.seed}): {case.describe()}\n{size:,} bytes, shrunk to {len(small):,}\n"
            f"reproduce: {command}\n\n{detail}\n",
            encoding="utf-8",
        )
        print(f"  {number}. {crash.signature}")
        print(f"     {len(crash.hits):,} inputs ({', '.join(f'{k}: {v}' for k, v in crash.stages.items())})")
        print(f"     reproducer {path} ({len(small):,} bytes, shrunk from {size:,}; input #{index})")
        print(f"     {command}")
        found.append(
            {"signature": crash.signature, "inputs": len(crash.hits), "stages": dict(crash.stages)}
            | {"index": index, "case": case.describe(), "reproducer": str(path), "command": command, "stage": stage}
        )
    return found


def _slow(
    records: list[Record], mutator: Mutator, settings: Settings, limit: float, out: Path
) -> list[dict[str, object]]:
    """Print the ten slowest inputs and every one over ``limit`` seconds (saved under ``out``)."""
    ranked = sorted(records, key=lambda r: -r.slowest[1])
    print("\nslowest inputs (slowest stage of each):")
    for record in ranked[:10]:
        stage, seconds = record.slowest
        case = mutator.case(settings.seed, record.index)
        print(f"  {seconds:8.3f} s  #{record.index}  {_stage_name(stage)}  ({case.describe()})")
    slow = [r for r in ranked if r.slowest[1] > limit or any(p[1] in NOT_CRASHES for p in r.problems)]
    print(f"inputs over {limit:g} s: {len(slow)}")
    found = []
    for number, record in enumerate(slow, 1):
        stage, seconds = record.slowest
        case = mutator.case(settings.seed, record.index)
        path = out / f"slow-{number:02d}.raci.yaml"
        path.write_bytes(case.data)
        stopped = next((p[1] for p in record.problems if p[1] in NOT_CRASHES), "")
        print(f"  {seconds:8.1f} s {stopped}  {path}  {shell(stage, str(path))}")
        found.append(
            {"index": record.index, "seconds": round(seconds, 2), "stopped": stopped, "stage": stage}
            | {"reproducer": str(path), "case": case.describe()}
        )
    return found


def _confirm(
    records: list[Record], crashes: list[dict[str, object]], mutator: Mutator, settings: Settings, count: int
) -> list[str]:
    """Every crash reproducer, then a seeded sample of the other inputs, as ``python -m raci`` processes."""
    jobs: list[tuple[str, bytes, Stage, int | None]] = []
    for crash in crashes:
        jobs.append(
            (str(crash["reproducer"]), Path(str(crash["reproducer"])).read_bytes(), tuple(crash["stage"]), None)
        )  # type: ignore[arg-type]
    clean = [r for r in records if not r.problems and r.slowest[1] < 5]
    for record in random.Random(settings.seed).sample(clean, min(len(clean), max(count - len(jobs), 0))):
        from fuzz_harness import validate_options

        fmt, lang = validate_options(record.index)
        jobs.append(
            (f"#{record.index}", mutator.case(settings.seed, record.index).data, ("validate", fmt, lang), record.code)
        )
    mismatches = []
    codes: Counter[str] = Counter()
    for name, data, stage, expected in jobs:
        code, problem = confirm(data, stage, expected)
        codes[str(code)] += 1
        if problem:
            mismatches.append(f"{name} ({_stage_name(stage)}): {problem}")
    print(
        f"\nconfirmed as processes: {len(jobs):,} inputs ({len(crashes)} crash reproducers), exit codes: {_counts(codes)}"
    )
    print(f"  {len(jobs) - len(mismatches):,} matched the in-process result, {len(mismatches)} did not")
    for line in mismatches:
        print(f"  MISMATCH {line}")
    return mismatches
