"""Capacity rules (C6xx): which numbers are compared, and the options."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import raci
from raci.graph import OrgGraph
from raci.i18n import t
from raci.lint import check_paths
from raci.rules import Context, Hit, all_rules
from raci.spec.model import Spec

RULES = Path(__file__).parent / "specs" / "rules"


def spec_of(text: str) -> Spec:
    return raci.loads(textwrap.dedent(text), "org.raci.yaml")


def run(code: str, spec: Spec, **options: Any) -> list[Hit]:
    rule = all_rules()[code]
    return list(rule.check(Context(spec, OrgGraph(spec), {**rule.options, **options})))


def org(accounts: str, departments: str, activities: str = "[{id: a, name: A, raci: {cs: A/R}}]") -> Spec:
    return spec_of(
        "version: 1\n"
        f"org: {{name: Acme, locale: en{accounts}}}\n"
        "departments:\n" + textwrap.indent(textwrap.dedent(departments), "  ") + "phases:\n"
        f"  - {{id: onboarding, name: Onboarding, activities: {activities}}}\n"
    )


# C601 ------------------------------------------------------------------------------------


def test_departments_with_accounts_win_over_the_org_total() -> None:
    spec = org(
        ", accounts: 10000",
        """\
        - {id: cs, name: CS, kind: cs, headcount: 2, accounts: 150}
        - {id: cs_smb, name: CS SMB, kind: cs, headcount: 1}
        """,
    )
    # 150 / 2 = 75 is fine; the 10,000 of the org are not compared when a team gives its own.
    assert run("C601", spec) == []


def test_a_team_without_people_or_accounts_is_skipped() -> None:
    spec = org(
        "",
        """\
        - {id: cs, name: CS, kind: cs, headcount: 0, accounts: 500}
        - {id: cs_ent, name: CS Enterprise, kind: cs, accounts: 500}
        - {id: cs_smb, name: CS SMB, kind: cs, headcount: 2, accounts: 500}
        """,
    )
    hits = run("C601", spec)
    assert [(h.subject, h.args["ratio"]) for h in hits] == [("cs_smb", "250")]
    assert "250" in t("C601", "ja", hits[0].args) and "97" in t("C601", "en", hits[0].args)


def test_org_total_is_shared_by_every_cs_department() -> None:
    departments = """\
    - {id: cs, name: CS, kind: cs, headcount: 2}
    - {id: cs_smb, name: CS SMB, kind: cs, headcount: 1}
    - {id: sales, name: Sales, kind: sales, headcount: 40}
    """
    hits = run("C601", org(", accounts: 301", departments))
    assert [(h.key, h.subject, h.args["ratio"], h.args["departments"].get("en")) for h in hits] == [
        ("C601.org", "org", "100.3", "'CS', 'CS SMB'")
    ]
    assert run("C601", org(", accounts: 291", departments)) == []
    # No accounts anywhere, or nobody in CS: nothing to compare.
    assert run("C601", org("", departments)) == []
    assert run("C601", org(", accounts: 500", "- {id: cs, name: CS, kind: cs}\n")) == []


def test_max_accounts_option(tmp_path: Path) -> None:
    fixture = "c601-fail-100-accounts-per-person.raci.yaml"
    spec = raci.load(str(RULES / fixture))
    assert [h.subject for h in run("C601", spec)] == ["cs_smb"]
    # The redesigned team of seed 002 served 200 stores per person.
    assert run("C601", spec, max_accounts=200) == []
    copy = tmp_path / fixture
    copy.write_text((RULES / fixture).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "raci.toml").write_text("[rules.accounts-per-cs-person]\nmax_accounts = 100\n", encoding="utf-8")
    assert check_paths([str(copy)], select=["C601"]).findings == []


# C602 ------------------------------------------------------------------------------------

FOUR = """\
- {id: cs, name: CS, kind: cs, headcount: 1}
- {id: sales, name: Sales, kind: sales, headcount: 1}
- {id: support, name: Support, kind: support, headcount: 1}
- {id: legal, name: Legal, kind: other, headcount: 5}
"""


def activities(counts: dict[str, int]) -> str:
    items = [
        f"{{id: {dept}_{i}, name: {dept} {i}, raci: {{{dept}: A/R}}}}" for dept, n in counts.items() for i in range(n)
    ]
    return "[" + ", ".join(items) + "]"


def test_departments_responsible_for_nothing_do_not_pull_the_median_down() -> None:
    # legal has people but no R: the median is over cs, sales and support (3, 1, 1 → 1).
    spec = org("", FOUR, activities({"cs": 3, "sales": 1, "support": 1}))
    hits = run("C602", spec)
    assert [(h.subject, h.args["load"], h.args["median"], h.args["times"]) for h in hits] == [("cs", "3", "1", "3")]
    assert "3" in t("C602", "ja", hits[0].args)


def test_too_few_staffed_departments_to_compare() -> None:
    assert run("C602", org("", FOUR, activities({"cs": 9, "sales": 1}))) == []
    spec = org("", FOUR, activities({"cs": 3, "sales": 1, "support": 1}))
    assert [h.subject for h in run("C602", spec)] == ["cs"]
    assert run("C602", spec, min_departments=4) == []


def test_max_factor_option(tmp_path: Path) -> None:
    spec = org("", FOUR, activities({"cs": 3, "sales": 1, "support": 1}))
    assert run("C602", spec, max_factor=3.0) == []
    assert [h.subject for h in run("C602", spec, max_factor=2.9)] == ["cs"]
    fixture = "c602-fail-cs-does-everything.raci.yaml"
    copy = tmp_path / fixture
    copy.write_text((RULES / fixture).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "raci.toml").write_text("[rules.C602]\nmax_factor = 3\n", encoding="utf-8")
    assert check_paths([str(copy)], select=["C602"]).findings == []


def test_a_role_is_not_a_team_and_takes_no_part_in_the_load_per_head() -> None:
    """A project manager with headcount 1 and R on everything is that person's job, not an
    overloaded team; nor does the role pull the teams' median up and hide CS's load."""
    roles = FOUR + "- {id: pm, name: Project Manager, kind: role, headcount: 1}\n"
    counts = {"cs": 3, "sales": 1, "support": 1, "pm": 9}
    assert [h.subject for h in run("C602", org("", roles, activities(counts)))] == ["cs"]
    as_team = roles.replace("kind: role", "kind: other")
    assert [h.subject for h in run("C602", org("", as_team, activities(counts)))] == ["pm"]
