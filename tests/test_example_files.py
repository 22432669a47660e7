"""Example-file tests: every spec under tests/specs/bad states the findings it must produce.

Each bad file carries its expectations in comments, one a line::

    # expect: 12:7 S003

meaning: a finding with code S003 at line 12, column 7. The test asserts the exact set
of (line, column, code) that loading and validating the file produce, so a new spurious
finding fails as surely as a missing one.

A ``# select: CODES`` comment (codes or prefixes, comma-separated) restricts the rules
run on the file; without it, a bad file runs the rules whose codes it expects, and a
good file runs every rule. tests/specs/rules/ holds one failing and one passing fixture
per rule: ``<CODE>-fail-….raci.yaml`` and ``<CODE>-pass-….raci.yaml``. Files under
tests/specs/good must be clean.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from raci.findings import Finding, from_problems
from raci.lint import validate
from raci.spec.load import load
from raci.spec.problems import SpecError

HERE = Path(__file__).parent / "specs"
EXPECT = re.compile(r"#\s*expect:\s*(\d+):(\d+)\s+([A-Z]\d{3})")
SELECT = re.compile(r"#\s*select:\s*([A-Z0-9, ]+)")


def findings_of(path: Path, select: tuple[str, ...] = ()) -> list[Finding]:
    try:
        spec = load(path)
    except SpecError as error:
        return from_problems(error.problems)
    return validate(spec, select=select)


def selection(path: Path, expected: set[tuple[int, int, str]]) -> tuple[str, ...]:
    found = SELECT.search(path.read_text(encoding="utf-8-sig", errors="replace"))
    if found:
        return tuple(c.strip() for c in found[1].split(",") if c.strip())
    return tuple(sorted({code for _, _, code in expected if not code.startswith("S")}))


def expectations(path: Path) -> set[tuple[int, int, str]]:
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    return {(int(m[1]), int(m[2]), m[3]) for m in EXPECT.finditer(text)}


RULES = sorted((HERE / "rules").glob("*.raci.y*ml"))
BAD = (
    sorted((HERE / "bad").glob("*.raci.y*ml"))
    + [p for p in RULES if "-fail-" in p.name]
    + sorted((HERE / "patterns").glob("*.raci.y*ml"))
)
GOOD = sorted((HERE / "good").glob("*.raci.y*ml")) + [p for p in RULES if "-pass-" in p.name]


@pytest.mark.parametrize("path", BAD, ids=[p.name for p in BAD])
def test_bad_spec_reports_exactly_its_expected_findings(path: Path) -> None:
    expected = expectations(path)
    assert expected, f"{path.name} declares no '# expect: LINE:COL CODE' line"
    found = findings_of(path, selection(path, expected))
    got = {(f.span.line, f.span.column, f.code) for f in found if f.span}
    assert got == expected, "\n".join(f"{f.span}: {f.code} {f.message('en')}" for f in found)
    for finding in found:
        assert finding.span is not None and finding.span.file == str(path)
        assert finding.message("en") and finding.message("ja")


@pytest.mark.parametrize("path", GOOD, ids=[p.name for p in GOOD])
def test_good_spec_is_clean(path: Path) -> None:
    found = findings_of(path, selection(path, set()))
    assert found == [], "\n".join(f"{f.span}: {f.code} {f.message('en')}" for f in found)


def test_there_are_example_files() -> None:
    assert len(BAD) >= 20 and GOOD


def test_every_rule_has_a_failing_and_a_passing_fixture() -> None:
    from raci.rules import all_rules

    failing_names = [p.name.lower() for p in BAD]
    passing_names = [p.name.lower() for p in GOOD]
    failing = {code for code in all_rules() if any(n.startswith(code.lower() + "-") for n in failing_names)}
    passing = {code for code in all_rules() if any(n.startswith(code.lower() + "-pass") for n in passing_names)}
    assert set(all_rules()) - failing == set(), "rules without a failing fixture"
    assert set(all_rules()) - passing == set(), "rules without a passing fixture"
