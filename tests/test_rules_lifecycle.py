"""Lifecycle rules (L2xx): phase owners, dropped customers and handoffs."""

from __future__ import annotations

import textwrap
from typing import Any

import raci
from raci.graph import OrgGraph
from raci.i18n import t
from raci.lint import validate
from raci.rules import Context, Hit, all_rules
from raci.spec.model import Spec

DEPARTMENTS = """\
departments:
  - {id: sales, name: Field Sales, kind: sales}
  - {id: cs, name: Customer Success, kind: cs}
  - {id: support, name: Support, kind: support}
  - {id: marketing, name: Marketing, kind: marketing}
"""


def spec_of(phases: str) -> Spec:
    text = "version: 1\norg: {name: Acme, locale: en}\n" + DEPARTMENTS + "phases:\n"
    return raci.loads(text + textwrap.indent(textwrap.dedent(phases), "  "), "org.raci.yaml")


def run(code: str, spec: Spec, **options: Any) -> list[Hit]:
    rule = all_rules()[code]
    return list(rule.check(Context(spec, OrgGraph(spec), {**rule.options, **options})))


def phase(id: str, *rows: str, stage: str | None = None, handoff: int | None = None) -> str:
    """A phase in flow style with one activity per RACI row; ``handoff`` marks that row."""
    acts = ", ".join(
        f"{{id: {id}_{i}, name: {id.title()} {i}, raci: {row}{', handoff: true' if i == handoff else ''}}}"
        for i, row in enumerate(rows, 1)
    )
    extra = f", stage: {stage}" if stage else ""
    return f"- {{id: {id}, name: {id.title()}{extra}, activities: [{acts}]}}\n"


# L201 -------------------------------------------------------------------------------------


def test_l201_says_why_there_is_no_owner() -> None:
    spec = spec_of(
        phase("lead", "{marketing: A/R}", "{sales: A/R}")  # a tie
        + phase("contract", "{sales: A/R}", "{cs: A/R}", "{support: A/R}", "{sales: A/R}", "{marketing: A/R}")
        + phase("onboarding", "{cs: R}", "{cs: R}")  # nobody is A at all
    )
    hits = run("L201", spec)
    assert [(h.subject, h.key) for h in hits] == [("lead", "L201.tie"), ("contract", None), ("onboarding", "L201.none")]
    tie, short, none = hits
    assert none.args["count"] == 2 and "most" not in none.args
    assert tie.args["departments"].get("en") == "'Marketing', 'Field Sales'" and tie.args["most"] == 1
    assert (short.args["departments"].get("en"), short.args["most"], short.args["count"], short.args["share"]) == (
        "'Field Sales'",
        2,
        5,
        50,
    )
    for hit in hits:
        key = hit.key or "L201"
        assert "Lead" in t(key, "en", hit.args) or hit.subject != "lead"
        assert t(key, "ja", hit.args) and t(f"{key}.hint", "en", hit.args)


def test_l201_min_share_option() -> None:
    spec = spec_of(phase("adoption", "{cs: A/R}", "{cs: A/R}", "{support: A/R}", "{marketing: A/R}", "{sales: A/R}"))
    assert [h.subject for h in run("L201", spec)] == ["adoption"]  # 2 of 5 = 40 %
    assert run("L201", spec, min_share=0.4) == []


def test_l201_and_l202_never_report_the_same_phase() -> None:
    spec = spec_of(
        phase("lead", "{marketing: A/R}", "{sales: A/R}")  # no owner, first phase: L201
        + phase("contract", "{sales: A/R}")  # owned
        + phase("onboarding", "{cs: A/R}", "{support: A/R}")  # no owner after an owned phase: L202
        + phase("adoption", "{cs: A/R}", "{support: A/R}")  # no owner after an unowned phase: L201
    )
    found = validate(spec, select=("L201", "L202"))
    assert [(f.code, f.subject) for f in found] == [("L201", "lead"), ("L202", "onboarding"), ("L201", "adoption")]


# L202 -------------------------------------------------------------------------------------


def test_l202_names_the_previous_phase_and_its_owner() -> None:
    spec = spec_of(phase("contract", "{sales: A/R}") + phase("onboarding", "{cs: A/R}", "{support: A/R}"))
    (hit,) = run("L202", spec)
    assert (hit.subject, hit.args["previous_id"], hit.args["owner_id"]) == ("onboarding", "contract", "sales")
    assert "Field Sales" in t("L202", "en", hit.args) and "Field Sales" in t("L202", "ja", hit.args)
    assert all_rules()["L202"].severity == "error"


def test_l202_skips_phases_that_run_across_the_lifecycle_and_honours_min_share() -> None:
    spec = spec_of(
        phase("contract", "{sales: A/R}")
        + phase("inquiries", "{support: A/R}", stage="support")
        + phase("onboarding", "{cs: A/R}", "{cs: A/R}", "{support: A/R}", "{marketing: A/R}", "{sales: A/R}")
    )
    assert [h.args["previous_id"] for h in run("L202", spec)] == ["contract"]
    assert run("L202", spec, min_share=0.4) == []  # cs: 2 of 5 is enough at 40 %


def test_l202_is_not_about_empty_phases() -> None:
    spec = spec_of(phase("contract", "{sales: A/R}") + "- {id: onboarding, name: Onboarding, activities: []}\n")
    assert run("L202", spec) == []
    assert run("L201", spec) == []  # an empty phase is R105's


# L203 -------------------------------------------------------------------------------------


def test_l203_reports_an_owner_change_with_nothing_in_between() -> None:
    spec = spec_of(phase("contract", "{sales: A/R, cs: I}", "{sales: A/R}") + phase("onboarding", "{cs: A/R}"))
    (hit,) = run("L203", spec)
    assert hit.subject == "contract:onboarding"
    assert (hit.args["giver_id"], hit.args["taker_id"], hit.args["last_id"]) == ("sales", "cs", "contract_2")
    message = t("L203", "en", hit.args)
    assert "Field Sales" in message and "Customer Success" in message and "Contract" in message
    assert "contract_2" in t("L203.hint", "ja", hit.args)


def test_l203_a_role_on_the_last_activity_is_a_handover() -> None:
    for cell in ("R", "C", "I", "C/I"):
        spec = spec_of(phase("contract", f"{{sales: A/R, cs: {cell}}}") + phase("onboarding", "{cs: A/R}"))
        assert run("L203", spec) == [], cell


def test_l203_a_handoff_activity_needs_both_sides() -> None:
    only_taker = phase("contract", "{sales: A/R}") + phase("onboarding", "{cs: A/R}", "{cs: A/R}", handoff=1)
    assert [h.subject for h in run("L203", spec_of(only_taker))] == ["contract:onboarding"]
    in_after = phase("contract", "{sales: A/R}") + phase("onboarding", "{cs: A/R, sales: C}", "{cs: A/R}", handoff=1)
    assert run("L203", spec_of(in_after)) == []
    in_before = phase("contract", "{sales: A/R, cs: C}", "{sales: A/R}", handoff=1) + phase("onboarding", "{cs: A/R}")
    assert run("L203", spec_of(in_before)) == []
    # The same row without handoff: true is not a handover (and it is not the last activity).
    unmarked = phase("contract", "{sales: A/R, cs: C}", "{sales: A/R}") + phase("onboarding", "{cs: A/R}")
    assert len(run("L203", spec_of(unmarked))) == 1


def test_l203_follows_the_phase_owners_of_min_share() -> None:
    spec = spec_of(
        phase("contract", "{sales: A/R}", "{sales: A/R}", "{marketing: A/R}")
        + phase("onboarding", "{cs: A/R}", "{cs: A/R}", "{sales: A/R}")
    )
    assert [h.subject for h in run("L203", spec)] == ["contract:onboarding"]
    assert run("L203", spec, min_share=0.7) == []  # neither phase has an owner at 70 %


def test_l201_in_japanese_says_what_the_english_says() -> None:
    """The Japanese L201 once said the opposite: 'no A department in 50% of the activities'
    instead of 'no department is A on 50% of them'."""
    from raci.i18n import t

    args = {"phase": "導入", "id": "onboarding", "count": 5, "share": 50, "departments": "「営業」", "most": 2}
    japanese = t("L201", "ja", args)
    assert "50% 以上で説明責任（A）を持つ部門がありません" in japanese
    assert "最も多い「営業」でも 2 件" in japanese
    assert "no department is Accountable for at least 50%" in t("L201", "en", args)
