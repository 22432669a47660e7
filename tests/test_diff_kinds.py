"""One pair of specs per kind of change, with the changes ``raci diff --format json`` must report.

Each pair is tests/data/diff/base.raci.yaml and a copy with a few lines edited (or the
other way round, ``reverse``). The expected changes are the JSON items' id, class, old
and new values: what a CI rule or a reviewer reads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from raci.diff import KINDS
from tests.conftest import ROOT, run_raci

BASE = (ROOT / "tests" / "data" / "diff" / "base.raci.yaml").read_text(encoding="utf-8")

DEAL = "raci: {sales: A/R, cs: C}, mode: proactive, kpis: [nrr]}"
KICKOFF = "raci: {cs: A/R, sales: I}"
RENEWAL = "raci: {cs: A/R, sales: C}, mode: proactive, kpis: [nrr]}"
INCIDENT_LINE = "      - {id: incident, name: Incident first response, raci: {support: A/R, cs: I}, mode: reactive}\n"
SUPPORT = "{id: support, name: Support, kind: support}"
NRR = "{id: nrr, name: NRR, level: kgi, owner: cs}"
ONBOARDED = '{id: onboarded, name: Onboarded, level: kpi, parent: nrr, owner: cs, target: ">= 90"}'
ADOPTION = """  - id: adoption
    name: Adoption
    activities:
      - {id: training, name: Training, raci: {cs: A/R}, mode: proactive, kpis: [onboarded]}
"""
UPSELL = "      - {id: upsell, name: Upsell, raci: {cs: A/R, sales: C}, mode: proactive, kpis: [nrr]}\n"


def both(text: str) -> dict[str, str]:
    return {"ja": text, "en": text}


@dataclass
class Case:
    name: str
    edits: list[tuple[str, str]]
    expected: list[tuple[str, str, Any, Any]]
    """(id, class, old, new) of every change, in any order."""
    reverse: bool = False
    """Compare the edited copy (old) with the base (new)."""


CASES = [
    Case("accountable-moved", [(RENEWAL, RENEWAL.replace("cs: A/R, sales: C", "cs: R, sales: A/C"))],
         [("accountable-moved:renewal", "breaking", ["cs"], ["sales"])]),
    Case("accountable-lost", [(RENEWAL, RENEWAL.replace("cs: A/R", "cs: R"))],
         [("accountable-lost:renewal", "breaking", ["cs"], [])]),
    Case("accountable-added", [(RENEWAL, RENEWAL.replace("cs: A/R", "cs: R"))],
         [("accountable-added:renewal", "notable", [], ["cs"])], reverse=True),
    Case("accountable-added beside the first A (not a move)",
         [(RENEWAL, RENEWAL.replace("cs: A/R, sales: C", "cs: A/R, sales: A/C"))],
         [("accountable-added:renewal", "notable", ["cs"], ["cs", "sales"])]),
    Case("responsible-added", [(KICKOFF, "raci: {cs: A/R, sales: R/I}")],
         [("responsible-added:kickoff/sales", "notable", "I", "R/I")]),
    Case("responsible-removed", [(KICKOFF, "raci: {cs: A/R, sales: R/I}")],
         [("responsible-removed:kickoff/sales", "notable", "R/I", "I")], reverse=True),
    Case("consulted-added", [(KICKOFF, "raci: {cs: A/R, sales: C/I}")],
         [("consulted-added:kickoff/sales", "notable", "I", "C/I")]),
    Case("consulted-removed", [(KICKOFF, "raci: {cs: A/R, sales: C/I}")],
         [("consulted-removed:kickoff/sales", "notable", "C/I", "I")], reverse=True),
    Case("informed-added", [(DEAL, DEAL.replace("cs: C", "cs: C/I"))],
         [("informed-added:deal/cs", "notable", "C", "C/I")]),
    Case("informed-added to a new cell", [(KICKOFF, "raci: {cs: A/R, sales: I, support: I}")],
         [("informed-added:kickoff/support", "notable", None, "I")]),
    Case("informed-removed", [(DEAL, DEAL.replace("cs: C", "cs: C/I"))],
         [("informed-removed:deal/cs", "notable", "C/I", "C")], reverse=True),
    Case("cell-note-changed", [(DEAL, DEAL.replace("cs: C", "cs: {roles: C, note: price changes only}"))],
         [("cell-note-changed:deal/cs", "cosmetic", "C", "C")]),
    Case("cell-situational-changed", [(DEAL, DEAL.replace("cs: C", "cs: {roles: C, situational: true}"))],
         [("cell-situational-changed:deal/cs", "notable", "C", "C")]),
    Case("activity-added", [(RENEWAL + "\n", RENEWAL + "\n" + UPSELL)],
         [("activity-added:upsell", "notable", None, "upsell")]),
    Case("activity-removed", [(RENEWAL + "\n", RENEWAL + "\n" + UPSELL)],
         [("activity-removed:upsell", "breaking", "upsell", None)], reverse=True),
    Case("activity-moved", [(INCIDENT_LINE, ""), ("    activities:\n      - {id: renewal", "    activities:\n" + INCIDENT_LINE + "      - {id: renewal"),
                            ("    name: Support\n    activities:\n", "    name: Support\n    activities: []\n")],
         [("activity-moved:incident", "notable", "support", "renewal")]),
    Case("activity-renamed", [("{id: incident,", "{id: first_response,"), ("{activity: incident,", "{activity: first_response,")],
         [("activity-renamed:first_response", "cosmetic", "incident", "first_response")]),
    Case("activity-name-changed", [("name: Renewal talk", "name: Renewal meeting")],
         [("activity-name-changed:renewal", "cosmetic", both("Renewal talk"), both("Renewal meeting"))]),
    Case("activity-description-changed", [("{id: kickoff, name: Kickoff,", "{id: kickoff, name: Kickoff, description: the first call,")],
         [("activity-description-changed:kickoff", "cosmetic", None, both("the first call"))]),
    Case("activity-mode-changed", [("mode: reactive", "mode: proactive")],
         [("activity-mode-changed:incident", "notable", "reactive", "proactive")]),
    Case("activity-handoff-changed", [(DEAL, DEAL.replace("mode: proactive", "mode: proactive, handoff: true"))],
         [("activity-handoff-changed:deal", "notable", False, True)]),
    Case("activity-kpis-changed", [("kpis: [onboarded]}", "kpis: [onboarded, nrr]}")],
         [("activity-kpis-changed:kickoff", "notable", ["onboarded"], ["nrr", "onboarded"])]),
    Case("phase-added", [("  - id: renewal\n", ADOPTION + "  - id: renewal\n")],
         [("phase-added:adoption", "notable", None, "adoption"), ("activity-added:training", "notable", None, "training")]),
    Case("phase-removed", [("  - id: renewal\n", ADOPTION + "  - id: renewal\n")],
         [("phase-removed:adoption", "breaking", "adoption", None), ("activity-removed:training", "breaking", "training", None)],
         reverse=True),
    Case("phase-reordered", [("  - id: contract\n    name: Contract\n    activities:\n      - {id: deal, name: Close the deal, " + DEAL + "\n", ""),
                             ("kpis:\n  - {id: nrr", "  - id: contract\n    name: Contract\n    activities:\n      - {id: deal, name: Close the deal, " + DEAL + "\nkpis:\n  - {id: nrr")],
         [("phase-reordered:contract", "notable", 1, 4)]),
    Case("phase-renamed", [("  - id: support\n    name: Support\n", "  - id: care\n    name: Support\n    stage: support\n")],
         [("phase-renamed:care", "cosmetic", "support", "care")]),
    Case("phase-name-changed", [("    name: Support\n", "    name: Customer support\n")],
         [("phase-name-changed:support", "cosmetic", both("Support"), both("Customer support"))]),
    Case("phase-stage-changed", [("    name: Onboarding\n", "    name: Onboarding\n    stage: adoption\n")],
         [("phase-stage-changed:onboarding", "notable", "onboarding", "adoption")]),
    Case("phase-description-changed", [("    name: Contract\n", "    name: Contract\n    description: signing\n")],
         [("phase-description-changed:contract", "cosmetic", None, both("signing"))]),
    Case("department-added", [(SUPPORT + "\n", SUPPORT + "\n  - {id: marketing, name: Marketing, kind: marketing}\n")],
         [("department-added:marketing", "notable", None, "marketing")]),
    Case("department-removed", [(SUPPORT + "\n", SUPPORT + "\n  - {id: marketing, name: Marketing, kind: marketing}\n")],
         [("department-removed:marketing", "breaking", "marketing", None)], reverse=True),
    Case("department-renamed (same name)", [(SUPPORT, "{id: helpdesk, name: Support, kind: support}"), ("{support: A/R", "{helpdesk: A/R")],
         [("department-renamed:helpdesk", "cosmetic", "support", "helpdesk")]),
    Case("department-renamed (same assignments)", [(SUPPORT, "{id: helpdesk, name: Helpdesk, kind: support}"), ("{support: A/R", "{helpdesk: A/R")],
         [("department-renamed:helpdesk", "cosmetic", "support", "helpdesk"),
          ("department-name-changed:helpdesk", "cosmetic", both("Support"), both("Helpdesk"))]),
    Case("department-name-changed", [("name: Sales,", "name: Sales & Partnerships,")],
         [("department-name-changed:sales", "cosmetic", both("Sales"), both("Sales & Partnerships"))]),
    Case("department-kind-changed", [(SUPPORT, "{id: support, name: Support, kind: product}")],
         [("department-kind-changed:support", "notable", "support", "product")]),
    Case("department-headcount-changed", [("headcount: 4", "headcount: 6")],
         [("department-headcount-changed:sales", "notable", 4, 6)]),
    Case("department-accounts-changed", [("    accounts: 100\n", "    accounts: 120\n")],
         [("department-accounts-changed:cs", "notable", 100, 120)]),
    Case("scope-in-added", [("in: [onboarding calls]", "in: [onboarding calls, health checks]")],
         [("scope-in-added:cs/text:05a8be858e", "notable", None, {"text": both("health checks")})]),
    Case("scope-in-removed", [("in: [onboarding calls]", "in: [onboarding calls, health checks]")],
         [("scope-in-removed:cs/text:05a8be858e", "notable", {"text": both("health checks")}, None)], reverse=True),
    Case("scope-out-removed", [(", {activity: incident, note: support answers incidents}]", "]")],
         [("scope-out-removed:cs/activity:incident", "notable", {"text": both("support answers incidents"), "activity": "incident"}, None)]),
    Case("scope-out-added", [(", {activity: incident, note: support answers incidents}]", "]")],
         [("scope-out-added:cs/activity:incident", "notable", None, {"text": both("support answers incidents"), "activity": "incident"})],
         reverse=True),
    Case("kpi-added", [(ONBOARDED + "\n", ONBOARDED + "\n  - {id: churn, name: Churn, level: kpi, parent: nrr, owner: cs}\n")],
         [("kpi-added:churn", "notable", None, "churn")]),
    Case("kpi-removed", [(ONBOARDED + "\n", ONBOARDED + "\n  - {id: churn, name: Churn, level: kpi, parent: nrr, owner: cs}\n")],
         [("kpi-removed:churn", "breaking", "churn", None)], reverse=True),
    Case("kpi-renamed", [("{id: onboarded,", "{id: onboarding_rate,"), ("kpis: [onboarded]", "kpis: [onboarding_rate]")],
         [("kpi-renamed:onboarding_rate", "cosmetic", "onboarded", "onboarding_rate")]),
    Case("kpi-owner-changed", [(NRR, NRR.replace("owner: cs", "owner: sales"))],
         [("kpi-owner-changed:nrr", "breaking", "cs", "sales")]),
    Case("kpi-target-changed", [('">= 90"', '">= 95"')],
         [("kpi-target-changed:onboarded", "notable", ">= 90", ">= 95")]),
    Case("kpi-parent-changed", [(ONBOARDED, ONBOARDED.replace(" parent: nrr,", ""))],
         [("kpi-parent-changed:onboarded", "notable", ["nrr"], [])]),
    Case("kpi-level-changed", [(ONBOARDED, ONBOARDED.replace("level: kpi", "level: activity"))],
         [("kpi-level-changed:onboarded", "notable", "kpi", "activity")]),
    Case("kpi-unit-changed", [(ONBOARDED, ONBOARDED.replace("owner: cs,", 'owner: cs, unit: "%",'))],
         [("kpi-unit-changed:onboarded", "notable", None, "%")]),
    Case("kpi-name-changed", [(NRR, NRR.replace("name: NRR", "name: Net revenue retention"))],
         [("kpi-name-changed:nrr", "cosmetic", both("NRR"), both("Net revenue retention"))]),
    Case("kpi-description-changed", [(NRR, NRR.replace("owner: cs", "owner: cs, description: revenue kept"))],
         [("kpi-description-changed:nrr", "cosmetic", None, both("revenue kept"))]),
    Case("kpi-library-changed", [(NRR, NRR.replace("owner: cs", "owner: cs, use: nrr, unit: '%', description: revenue kept"))],
         [("kpi-library-changed:nrr", "cosmetic", None, "nrr"), ("kpi-unit-changed:nrr", "notable", None, "%"),
          ("kpi-description-changed:nrr", "cosmetic", None, both("revenue kept"))]),
    Case("mission-changed", [("success: invoicing from 3 hours to 30 minutes", "success: invoicing from 3 hours to 10 minutes")],
         [("mission-changed:success", "notable", both("invoicing from 3 hours to 30 minutes"), both("invoicing from 3 hours to 10 minutes"))]),
    Case("org-name-changed", [("name: Acme,", "name: Acme Inc,")],
         [("org-name-changed:org", "cosmetic", both("Acme"), both("Acme Inc"))]),
    Case("org-locale-changed", [("locale: en", "locale: ja")],
         [("org-locale-changed:org", "cosmetic", "en", "ja")]),
    Case("org-accounts-changed", [("accounts: 100}", "accounts: 120}")],
         [("org-accounts-changed:org", "notable", 100, 120)]),
]  # fmt: skip


def edited(edits: list[tuple[str, str]]) -> str:
    text = BASE
    for old, new in edits:
        assert text.count(old) == 1, f"the edit must hit exactly one place: {old!r}"
        text = text.replace(old, new)
    return text


def json_diff(tmp_path: Path, old: str, new: str) -> dict[str, Any]:
    (tmp_path / "old.raci.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "new.raci.yaml").write_text(new, encoding="utf-8")
    result = run_raci("diff", "old.raci.yaml", "new.raci.yaml", "--format", "json", cwd=tmp_path)
    assert result.code == 0, result.all
    return json.loads(result.out)  # type: ignore[no-any-return]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_each_kind_of_change_is_reported_with_its_id_class_and_values(case: Case, tmp_path: Path) -> None:
    old, new = BASE, edited(case.edits)
    if case.reverse:
        old, new = new, old
    data = json_diff(tmp_path, old, new)
    got = sorted((c["id"], c["class"], c["old"], c["new"]) for c in data["changes"])
    assert got == sorted(case.expected, key=lambda e: e[0])
    assert all(c["kind"] == c["id"].split(":", 1)[0] and c["message"] for c in data["changes"])


def test_every_kind_has_a_pair_of_specs() -> None:
    covered = {expected[0].split(":", 1)[0] for case in CASES for expected in case.expected}
    assert covered == set(KINDS)


def test_a_cell_change_names_the_activity_and_department_and_points_at_the_new_line(tmp_path: Path) -> None:
    data = json_diff(tmp_path, BASE, edited([(KICKOFF, "raci: {cs: A/R, sales: R/I}")]))
    (change,) = data["changes"]
    assert (change["activity"], change["department"]) == ("kickoff", "sales")
    line = next(n for n, text in enumerate(edited([]).splitlines(), 1) if "id: kickoff" in text)
    assert change["new_location"]["line"] == line and change["new_location"]["file"] == "new.raci.yaml"
    assert change["message"] == 'Sales becomes Responsible (R) for "Kickoff"'


def test_a_removal_points_at_the_old_file(tmp_path: Path) -> None:
    data = json_diff(tmp_path, edited([(RENEWAL + "\n", RENEWAL + "\n" + UPSELL)]), BASE)
    (change,) = data["changes"]
    assert change["new_location"] is None
    assert change["old_location"]["file"] == "old.raci.yaml"
    assert (
        change["old_location"]["line"]
        == BASE.splitlines().index(RENEWAL.join(["      - {id: renewal, name: Renewal talk, ", ""])) + 2
    )


def test_docs_list_every_kind_with_its_class() -> None:
    import re

    text = (ROOT / "docs" / "diff.md").read_text(encoding="utf-8")
    documented = dict(re.findall(r"^\| `([a-z-]+)` \| (breaking|notable|cosmetic) \|", text, flags=re.M))
    assert documented == dict(KINDS)
