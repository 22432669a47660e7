"""Core RACI rules (R1xx): thresholds, options and messages of R106–R110."""

from __future__ import annotations

import textwrap
from typing import Any

import raci
from raci.graph import OrgGraph
from raci.i18n import t
from raci.rules import Context, Hit, all_rules
from raci.spec.model import Spec


def spec_of(text: str) -> Spec:
    return raci.loads(textwrap.dedent(text), "org.raci.yaml")


def run(code: str, spec: Spec, **options: Any) -> list[Hit]:
    rule = all_rules()[code]
    return list(rule.check(Context(spec, OrgGraph(spec), {**rule.options, **options})))


def org(*rows: str, departments: str = "cs sales support product marketing finance") -> Spec:
    """A spec with the given departments (id = kind where it is one) and one activity per RACI row."""
    kinds = {"cs", "sales", "support", "product", "marketing"}
    depts = "".join(
        f"  - {{id: {d}, name: {d.title()}, kind: {d if d in kinds else 'other'}}}\n" for d in departments.split()
    )
    acts = "".join(f"      - {{id: a{i}, name: Activity {i}, raci: {row}}}\n" for i, row in enumerate(rows, 1))
    return spec_of(
        "version: 1\norg: {name: Acme, locale: en}\ndepartments:\n"
        + depts
        + "phases:\n  - id: onboarding\n    name: Onboarding\n    activities:\n"
        + acts
    )


def test_every_new_rule_has_its_documented_defaults() -> None:
    rules = all_rules()
    assert dict(rules["R106"].options) == {"max_responsible": 3}
    assert dict(rules["R107"].options) == {"max_consulted": 4}
    assert dict(rules["R110"].options) == {"max_share": 0.5, "min_activities": 6}
    assert [rules[c].severity for c in ("R106", "R107", "R108", "R109", "R110")] == [
        "warning",
        "info",
        "warning",
        "warning",
        "warning",
    ]
    for code in ("R106", "R107", "R108", "R109", "R110"):
        doc = rules[code].doc
        assert "Failing:" in doc and "Passing:" in doc and "How to fix:" in doc, code


# R106 / R107 ------------------------------------------------------------------------------


def test_r106_counts_responsible_departments_against_the_option() -> None:
    spec = org("{cs: A/R, sales: R, support: R}")
    assert run("R106", spec) == []
    hits = run("R106", spec, max_responsible=2)
    assert [(h.subject, h.args["count"], h.args["departments"].get("en"), h.args["max"]) for h in hits] == [
        ("a1", 3, "'Cs', 'Sales', 'Support'", 2)
    ]
    assert "Activity 1" in t("R106", "en", hits[0].args) and "3 部門" in t("R106", "ja", hits[0].args)


def test_r107_counts_consulted_departments_against_the_option() -> None:
    spec = org("{cs: A/R, sales: C, support: C, product: C, marketing: C, finance: I}")
    assert run("R107", spec) == []
    assert [h.args["count"] for h in run("R107", spec, max_consulted=3)] == [4]
    assert all_rules()["R107"].severity == "info"


# R108 / R109 ------------------------------------------------------------------------------


def test_r108_flags_only_departments_that_are_informed_and_nothing_else() -> None:
    spec = org(
        "{cs: A/R, sales: I, support: I}",
        "{cs: A/R, sales: I, support: C}",
        departments="cs sales support product",
    )
    # sales: I twice → spectator; support: also C → fine; product: no role at all → R104's job.
    hits = run("R108", spec)
    assert [(h.subject, h.args["count"]) for h in hits] == [("sales", 2)]
    assert "Sales" in t("R108", "en", hits[0].args) and "傍観者" in t("R108", "ja", hits[0].args)


def test_r109_flags_accountable_without_any_responsible_and_counts_the_a() -> None:
    spec = org(
        "{product: A, cs: R}",
        "{product: A, support: R}",
        "{support: A/R}",
        "{sales: R/A}",
        departments="cs sales support product",
    )
    hits = run("R109", spec)
    assert [(h.subject, h.args["count"]) for h in hits] == [("product", 2)]
    assert "2" in t("R109", "ja", hits[0].args)


# R110 -------------------------------------------------------------------------------------


def test_r110_share_is_strictly_more_than_max_share() -> None:
    half = org(*(["{cs: A/R}"] * 3 + ["{sales: A/R}"] * 3))
    assert run("R110", half) == []
    assert [h.subject for h in run("R110", half, max_share=0.4)] == ["cs", "sales"]
    more = org(*(["{cs: A/R}"] * 4 + ["{sales: A/R}"] * 3))
    hits = run("R110", more)
    assert [(h.subject, h.args["count"], h.args["total"], h.args["share"], h.args["max"]) for h in hits] == [
        ("cs", 4, 7, 57.1, 50)
    ]
    assert "57.1%" in t("R110", "en", hits[0].args) and "57.1%" in t("R110", "ja", hits[0].args)


def test_r110_ignores_small_specs_below_min_activities() -> None:
    small = org(*["{cs: A/R}"] * 5)
    assert run("R110", small) == []
    assert [h.subject for h in run("R110", small, min_activities=5)] == ["cs"]
    assert (
        run(
            "R110",
            spec_of(
                """\
        version: 1
        org: {name: Acme}
        departments: [{id: cs, name: CS, kind: cs}]
        phases: [{id: onboarding, name: Onboarding, activities: []}]
        """
            ),
            min_activities=0,
        )
        == []
    )


def test_an_empty_row_is_one_finding_of_r101_and_a_row_of_c_and_i_is_two() -> None:
    """An imported row nobody filled in says "no letter at all" once; a row with only C
    and I still lacks both an A and an R, and gets both findings."""
    spec = org("{}", "{cs: C, sales: I}", "{cs: A/R}")
    assert [(h.subject, h.key) for h in run("R101", spec)] == [("a1", "R101.empty"), ("a2", None)]
    assert [h.subject for h in run("R103", spec)] == ["a2"]
    (empty, _) = run("R101", spec)
    assert "no letter at all" in t("R101.empty", "en", empty.args)
    assert "一つもありません" in t("R101.empty", "ja", empty.args)
