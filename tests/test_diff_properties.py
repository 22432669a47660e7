"""What a diff must never report, and what it must recognise: positions are not changes.

A spec compared with itself, with its ``raci fmt`` output, or with a copy whose lists and
mapping keys are shuffled (everything but the order of the phases) has no changes and
neither introduces nor fixes a finding. Renamed ids with the same content are renames.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import raci
from raci.diff import diff
from raci.findings import Finding
from raci.spec.model import Spec
from raci.spec.reformat import format_text
from raci.spec.write import dump
from tests.spec_strategies import specs
from tests.test_write import loadable

ORDERED = frozenset({"phases"})
"""The one list whose order is a change (the lifecycle): never shuffled."""
RULES_ORDERED = ORDERED | {"activities"}
"""Lists whose order some rule reads: L203 looks at the last activity of a phase, so a
reordered phase may introduce or fix L203 though the diff lists no change."""


def shuffled(text: str, rng: random.Random, ordered: frozenset[str] = ORDERED) -> str:
    """``text`` with every mapping's keys and every list but ``phases`` in a random order,
    written back by PyYAML's serializer (other indentation, other quoting, same values)."""
    root = yaml.compose(text, Loader=yaml.CSafeLoader)

    def walk(node: yaml.Node, key: str | None) -> None:
        if isinstance(node, yaml.MappingNode):
            rng.shuffle(node.value)
            for k, v in node.value:
                walk(v, k.value)
            node.flow_style = rng.choice([True, False])
        elif isinstance(node, yaml.SequenceNode):
            if key not in ordered:
                rng.shuffle(node.value)
            for item in node.value:
                walk(item, None)
            node.flow_style = rng.choice([True, False])

    walk(root, None)
    return yaml.serialize(root, Dumper=yaml.CSafeDumper, allow_unicode=True, indent=rng.choice([2, 4]))


def no_changes(old: Spec, new: Spec, findings: bool = True) -> None:
    result = diff(old, new, findings=findings)
    assert [c.id for c in result.changes] == []
    assert result.files[0].departments == []
    moved = [f for f in result.files[0].findings_introduced + result.files[0].findings_fixed if not _by_line(f)]
    assert moved == []


def _by_line(finding: Finding) -> bool:
    """X001/X002 (a suppression comment that silences nothing / gives no reason) are keyed by
    the comment's line in raci.baseline (subject ``31:R101``), so reformatting moves them.
    T802 pairs each department name with the first earlier look-alike: with three or more
    look-alikes (random names often are) the pairs follow the file's order; a pair of two
    keeps its key in any order (tests/test_rules_table.py)."""
    return finding.code in ("X001", "X002", "T802")


@pytest.mark.parametrize("path", loadable(), ids=lambda p: p.name)
def test_a_spec_against_itself_its_fmt_and_a_shuffled_copy_has_no_changes(path: Path) -> None:
    spec = raci.load(path)
    text = path.read_text(encoding="utf-8-sig")
    no_changes(spec, spec)
    no_changes(spec, raci.loads(format_text(text, str(path)), str(path)))
    copy = shuffled(text, random.Random(path.name))
    assert copy != text
    no_changes(spec, raci.loads(copy, str(path)), findings=False)
    # The serializer drops comments: with a suppression comment the findings differ on purpose.
    same_findings = not spec.suppressions
    no_changes(spec, raci.loads(shuffled(text, random.Random(path.name), RULES_ORDERED), str(path)), same_findings)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(specs(), st.randoms(use_true_random=False))
def test_random_reorderings_of_a_generated_spec_give_no_changes(spec: Spec, rng: random.Random) -> None:
    text = dump(spec)
    no_changes(raci.loads(text), raci.loads(shuffled(text, rng)), findings=False)
    no_changes(raci.loads(text), raci.loads(shuffled(text, rng, RULES_ORDERED)))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(specs(), specs())
def test_no_changes_only_when_the_specs_say_the_same(a: Spec, b: Spec) -> None:
    """The converse: two different specs always show some change (nothing slips through)."""
    first, second = raci.loads(dump(a)), raci.loads(dump(b))
    if first != second:
        assert diff(first, second, findings=False).changes
    ids = [c.id for c in diff(first, second, findings=False).changes]
    assert len(ids) == len(set(ids)), "change ids are unique"


BASE = Path(__file__).parent / "data" / "diff" / "base.raci.yaml"


def test_renamed_ids_with_the_same_content_are_renames_not_removals() -> None:
    text = BASE.read_text(encoding="utf-8")
    renamed = (
        text.replace("{id: support,", "{id: helpdesk,")
        .replace("{support: A/R", "{helpdesk: A/R")
        .replace("{id: incident,", "{id: first_response,")
        .replace("{activity: incident,", "{activity: first_response,")
        .replace("  - id: renewal\n    name: Renewal\n", "  - id: retention\n    name: Renewal\n    stage: renewal\n")
        .replace("{id: onboarded,", "{id: onboarding_rate,")
        .replace("kpis: [onboarded]", "kpis: [onboarding_rate]")
    )
    result = diff(raci.loads(text), raci.loads(renamed))
    assert sorted((c.kind, c.old, c.new) for c in result.changes) == [
        ("activity-renamed", "incident", "first_response"),
        ("department-renamed", "support", "helpdesk"),
        ("kpi-renamed", "onboarded", "onboarding_rate"),
        ("phase-renamed", "renewal", "retention"),
    ]
    assert {c.cls for c in result.changes} == {"cosmetic"}
    assert [(d.department, d.status, d.old_id) for d in result.files[0].departments] == [
        ("helpdesk", "renamed", "support")
    ]


def test_a_changed_id_with_other_content_is_a_removal_and_an_addition() -> None:
    text = BASE.read_text(encoding="utf-8")
    other = text.replace("{id: incident, name: Incident first response,", "{id: outage, name: Outage call,").replace(
        ", {activity: incident, note: support answers incidents}", ""
    )
    kinds = sorted(c.kind for c in diff(raci.loads(text), raci.loads(other)).changes)
    assert kinds == ["activity-added", "activity-removed", "scope-out-removed"]


def test_the_rollup_says_what_each_team_gains_and_loses() -> None:
    text = BASE.read_text(encoding="utf-8")
    moved = text.replace(
        "raci: {cs: A/R, sales: C}, mode: proactive, kpis: [nrr]}",
        "raci: {sales: A/R, cs: C}, mode: proactive, kpis: [nrr]}",
        1,
    )
    moved = moved.replace(
        "{id: deal, name: Close the deal, raci: {sales: A/R, cs: C}",
        "{id: deal, name: Close the deal, raci: {sales: A/R, cs: C}",
    )
    moved = moved.replace(
        "{id: nrr, name: NRR, level: kgi, owner: cs}", "{id: nrr, name: NRR, level: kgi, owner: sales}"
    )
    result = diff(raci.loads(text), raci.loads(moved))
    rows = {d.department: d for d in result.files[0].departments}
    assert [i for i, _ in rows["sales"].gains["A"]] == ["renewal"]
    assert [i for i, _ in rows["sales"].gains["KPI"]] == ["nrr"]
    assert [i for i, _ in rows["cs"].losses["A"]] == ["renewal"]
    assert [i for i, _ in rows["cs"].losses["R"]] == ["renewal"]
    assert [i for i, _ in rows["cs"].losses["KPI"]] == ["nrr"]
    assert "support" not in rows
