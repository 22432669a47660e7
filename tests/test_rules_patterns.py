"""Failure-pattern rules (P3xx): support-isation, catch-all, sales squeeze, CS scope."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import Any

import pytest

import raci
from raci.graph import OrgGraph
from raci.i18n import t
from raci.lint import validate
from raci.rules import Context, Hit, all_rules
from raci.spec.load import load
from raci.spec.model import Spec

PATTERNS = sorted((Path(__file__).parent / "specs" / "patterns").glob("*.raci.y*ml"))
EXPECT = re.compile(r"#\s*expect:\s*(\d+):(\d+)\s+([A-Z]\d{3})")


def spec_of(departments: str, phases: str) -> Spec:
    text = (
        "version: 1\norg: {name: Acme, locale: en}\ndepartments:\n"
        + textwrap.indent(textwrap.dedent(departments), "  ")
        + "phases:\n"
        + textwrap.indent(textwrap.dedent(phases), "  ")
    )
    return raci.loads(text, "org.raci.yaml")


def run(code: str, spec: Spec, **options: Any) -> list[Hit]:
    rule = all_rules()[code]
    return list(rule.check(Context(spec, OrgGraph(spec), {**rule.options, **options})))


def messages(hit: Hit, code: str) -> tuple[str, str]:
    key = hit.key or code
    assert t(f"{key}.hint", "en", hit.args) != f"{key}.hint"
    return t(key, "en", hit.args), t(key, "ja", hit.args)


CS = "- {id: cs, name: Customer Success, kind: cs, scope: {out: [New business]}}\n"


# P301 -------------------------------------------------------------------------------------


def test_p301_share_is_of_the_activities_cs_is_responsible_for() -> None:
    spec = spec_of(
        CS + "- {id: support, name: Support, kind: support}\n",
        """\
        - id: inquiries
          name: Inquiries
          stage: support
          activities:
            - {id: tickets, name: Tickets, raci: {cs: A/R}, mode: reactive}
            - {id: incidents, name: Incidents, raci: {cs: A/R}, mode: reactive}
            - {id: escalations, name: Escalations, raci: {support: A/R, cs: I}, mode: reactive}
            - {id: checks, name: Health checks, raci: {cs: A/R}}
        """,
    )
    # 2 of 3 R activities are reactive; the I row does not count, nor does a missing mode.
    (hit,) = run("P301", spec)
    assert (hit.subject, hit.args["reactive"], hit.args["count"], hit.args["share"]) == ("cs:reactive", 2, 3, 66.7)
    en, ja = messages(hit, "P301")
    assert "66.7%" in en and "Customer Success" in en and "サポート化" in ja
    assert run("P301", spec, max_reactive_share=0.7) == []
    assert run("P301", spec, min_activities=4) == []


def test_p301_looks_at_cs_departments_only() -> None:
    spec = spec_of(
        CS + "- {id: support, name: Support, kind: support}\n",
        """\
        - id: inquiries
          name: Inquiries
          stage: support
          activities:
            - {id: tickets, name: Tickets, raci: {support: A/R}, mode: reactive}
            - {id: incidents, name: Incidents, raci: {support: A/R}, mode: reactive}
            - {id: bugs, name: Bugs, raci: {support: A/R, cs: C}, mode: reactive}
        """,
    )
    assert run("P301", spec) == []


# P302 -------------------------------------------------------------------------------------


def stage_phases(*stages: str, cell: str = "R") -> str:
    return "".join(
        f"- {{id: {s}, name: {s.title()}, stage: {s.split('_')[0]}, activities: "
        f"[{{id: {s}_work, name: {s.title()} work, raci: {{other: A, cs: {cell}}}}}]}}\n"
        for s in stages
    )


OTHER = "- {id: other, name: Ops, kind: other}\n"


def test_p302_phases_counts_stages_not_phases_and_skips_support() -> None:
    four = stage_phases("onboarding", "onboarding_2", "adoption", "renewal", "expansion", "support")
    assert run("P302", spec_of(CS + OTHER, four)) == []
    five = stage_phases("onboarding", "adoption", "renewal", "expansion", "advocacy")
    (hit,) = run("P302", spec_of(CS + OTHER, five))
    assert (hit.key, hit.subject, hit.args["count"], hit.args["max"]) == ("P302.phases", "cs:phases", 5, 4)
    assert hit.args["phases"].get("en") == "'Onboarding', 'Adoption', 'Renewal', 'Expansion', 'Advocacy'"
    assert run("P302", spec_of(CS + OTHER, five), max_phases=5) == []
    # C and I do not count: only where CS is Responsible.
    assert (
        run(
            "P302",
            spec_of(CS + OTHER, stage_phases("onboarding", "adoption", "renewal", "expansion", "advocacy", cell="C")),
        )
        == []
    )


def test_p302_scope_reports_each_department_once_with_all_contradicted_activities() -> None:
    departments = """\
    - id: cs
      name: Customer Success
      kind: cs
      scope:
        out:
          - {activity: upsell}
          - {phase: inquiries, note: Support answers inquiries}
    - {id: support, name: Support, kind: support}
    - {id: sales, name: Sales, kind: sales}
    """
    phases = """\
    - id: expansion
      name: Expansion
      activities:
        - {id: upsell, name: Upsell proposal, raci: {sales: A, cs: R}}
    - id: inquiries
      name: Inquiries
      stage: support
      activities:
        - {id: tickets, name: Tickets, raci: {support: A, cs: R}}
        - {id: incidents, name: Incidents, raci: {support: A, cs: R}}
        - {id: faq, name: FAQ, raci: {support: A/R, cs: C}}
    """
    (hit,) = run("P302", spec_of(departments, phases))
    assert (hit.key, hit.subject, hit.args["count"]) == ("P302.scope", "cs:scope", 3)
    assert hit.span is not None and hit.span.line == 9  # the {activity: upsell} item
    en, ja = messages(hit, "P302")
    assert "Upsell proposal, Tickets, Incidents" in en and "Upsell proposal、Tickets、Incidents" in ja


def test_p302_new_business_covers_lead_and_contract_stages_and_marketing_work() -> None:
    departments = CS + "- {id: sales, name: Sales, kind: sales}\n- {id: marketing, name: Marketing, kind: marketing}\n"
    phases = """\
    - {id: lead, name: Lead, activities: [{id: webinar, name: Webinar, raci: {marketing: A/R, cs: C}}]}
    - {id: deals, name: Deals, stage: contract, activities: [{id: demo, name: Demo, raci: {sales: A, cs: R}}]}
    - {id: advocacy, name: Advocacy, activities: [{id: event, name: User event, raci: {marketing: A, cs: R}}]}
    - {id: adoption, name: Adoption, activities: [{id: seminar, name: Seminar, raci: {cs: A/R, marketing: R}}]}
    """
    (hit,) = run("P302", spec_of(departments, phases))
    assert (hit.key, hit.subject, hit.args["count"]) == ("P302.new_business", "cs:new_business", 2)
    assert str(hit.args["activities"]) == "Demo, User event"


def test_p302_activity_lists_are_cut_to_fit_with_the_full_count() -> None:
    departments = CS + "- {id: sales, name: Sales, kind: sales}\n"
    acts = ", ".join(
        f"{{id: demo{i}, name: Technical demo number {i} for a large prospect, raci: {{sales: A, cs: R}}}}"
        for i in range(40)
    )
    (hit,) = run("P302", spec_of(departments, f"- {{id: contract, name: Contract, activities: [{acts}]}}\n"))
    assert hit.args["count"] == 40
    en, ja = messages(hit, "P302")
    assert "40" in en and en.count("Technical demo") <= 2 and "…" in en and "…" in ja


# P303 -------------------------------------------------------------------------------------


def test_p303_sales_in_onboarding_or_adoption() -> None:
    departments = CS + "- {id: sales, name: Field Sales, kind: sales}\n"
    phases = """\
    - {id: contract, name: Contract, activities: [{id: signing, name: Signing, raci: {sales: A/R}}]}
    - {id: onboarding, name: Onboarding, activities: [{id: kickoff, name: Kickoff, raci: {cs: A, sales: R}}]}
    - {id: expansion, name: Expansion, activities: [{id: upsell, name: Upsell, raci: {sales: A/R}}]}
    """
    (hit,) = run("P303", spec_of(departments, phases))
    assert (hit.key, hit.subject, hit.args["count"]) == (None, "sales", 1)
    en, ja = messages(hit, "P303")
    assert "Field Sales" in en and "Kickoff" in en and "営業圧迫化" in ja
    # Expansion is not onboarding or adoption work; C is not R.
    fixed = phases.replace("{cs: A, sales: R}", "{cs: A/R, sales: C}")
    assert run("P303", spec_of(departments, fixed)) == []


def test_p303_other_kinds_only_when_they_do_both() -> None:
    departments = (
        "- {id: founders, name: Founders, kind: other}\n"
        "- {id: engineering, name: Engineering, kind: product}\n"
        "- {id: cs, name: CS, kind: cs, scope: {out: [Deals]}}\n"
    )
    phases = """\
    - {id: lead, name: Lead, activities: [{id: demo, name: Demo, raci: {founders: A/R, cs: R}}]}
    - {id: onboarding, name: Onboarding, activities: [{id: setup, name: Set-up, raci: {founders: A/R, engineering: R, cs: R}}]}
    """
    (hit,) = run("P303", spec_of(departments, phases))  # engineering only onboards; CS is P302's business
    assert (hit.key, hit.subject, hit.args["new_count"], hit.args["count"]) == ("P303.other", "founders", 1, 1)
    en, ja = messages(hit, "P303")
    assert "Founders" in en and "Demo" in en and "Set-up" in ja


# P304 -------------------------------------------------------------------------------------


def test_p304_missing_empty_or_text_only_scope() -> None:
    departments = """\
    - {id: cs_a, name: CS A, kind: cs}
    - {id: cs_b, name: CS B, kind: cs, scope: {in: [Onboarding]}}
    - {id: cs_c, name: CS C, kind: cs, scope: {in: [Onboarding], out: []}}
    - {id: cs_d, name: CS D, kind: cs, scope: {out: [New-business deals]}}
    - {id: sales, name: Sales, kind: sales}
    """
    phases = "- {id: onboarding, name: Onboarding, activities: [{id: k, name: K, raci: {cs_a: A/R, cs_b: C, cs_c: C, cs_d: C, sales: I}}]}\n"
    hits = run("P304", spec_of(departments, phases))
    assert [h.subject for h in hits] == ["cs_a", "cs_b", "cs_c"]
    en, ja = messages(hits[0], "P304")
    assert "CS A" in en and "scope.out" in ja


# The realistic pattern specs -------------------------------------------------------------


@pytest.mark.parametrize("path", PATTERNS, ids=[p.name for p in PATTERNS])
def test_pattern_spec_gives_exactly_its_expected_findings_with_every_rule(path: Path) -> None:
    """Unlike the fixture runner, run every rule: the expectations list every finding."""
    expected = {(int(m[1]), int(m[2]), m[3]) for m in EXPECT.finditer(path.read_text(encoding="utf-8"))}
    found = validate(load(path))
    got = {(f.span.line, f.span.column, f.code) for f in found if f.span}
    assert got == expected, "\n".join(f"{f.span}: {f.code} {f.message('en')}" for f in found)


def test_each_pattern_spec_shows_its_pattern() -> None:
    codes = {p.name: {m[3] for m in EXPECT.finditer(p.read_text(encoding="utf-8"))} for p in PATTERNS}
    assert codes == {
        "catch-all.raci.yaml": {"P302"},
        "sales-squeeze.raci.yaml": {"P303"},
        "support-isation.raci.yaml": {"P301"},
    }
    for path in PATTERNS:
        count = sum(len(phase.activities) for phase in load(path).phases)
        assert 10 <= count <= 20, path.name


def test_p303_leaves_a_role_alone_that_spans_deal_and_onboarding() -> None:
    """A project manager from deal to go-live is a job description, not a squeezed team."""
    departments = (
        "- {id: pm, name: Project Manager, kind: role}\n- {id: cs, name: CS, kind: cs, scope: {out: [Deals]}}\n"
    )
    phases = """\
    - {id: lead, name: Lead, activities: [{id: demo, name: Demo, raci: {pm: A/R}}]}
    - {id: onboarding, name: Onboarding, activities: [{id: setup, name: Set-up, raci: {pm: A/R, cs: R}}]}
    """
    assert run("P303", spec_of(departments, phases)) == []
    as_team = departments.replace("kind: role", "kind: other")
    assert [h.key for h in run("P303", spec_of(as_team, phases))] == ["P303.other"]
