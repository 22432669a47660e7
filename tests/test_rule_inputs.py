"""Rules that fit what a spec has: a plain RACI table gets its structural defects, not noise.

An imported spreadsheet has no KPIs, no mission, no lifecycle stages and no department
kinds. The rules built on those are skipped (``needs``), with one info note per spec in
every output format; the real defects of the table (several A, no A, no R, idle roles)
are still reported.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import raci
from raci.lint import check_paths, skipped, validate
from raci.rules import all_rules
from raci.rules.inputs import code_ranges
from tests.conftest import MINIMAL

# What a spreadsheet turned into a spec looks like: roles without kinds, a person among
# them, section headings as phases (no stage), no kpis, mission or scope. Its defects are
# the ones the trial found in real tables: two A, no A, no R, an idle role.
PLAIN = """\
version: 1
org: {name: Acme}
departments:
  - {id: project_manager, name: Project Manager, kind: role}
  - {id: engineering, name: Engineering}
  - {id: design, name: Design}
  - {id: legal, name: Legal}
phases:
  - id: planning
    name: Planning
    activities:
      - {id: charter, name: Project charter, raci: {project_manager: A/R, engineering: C}}
      - {id: budget, name: Budget, raci: {project_manager: R, engineering: I}}
  - id: build
    name: Build
    activities:
      - {id: wireframes, name: Wireframes, raci: {design: A/R, project_manager: A}}
      - {id: code, name: Code, raci: {engineering: A, design: C}}
      - {id: release, name: Release, raci: {engineering: A/R, project_manager: I}}
"""

DEFECTS = {(13, 9, "R101"), (17, 9, "R102"), (18, 9, "R103"), (7, 5, "R104"), (2, 6, "M501")}
"""The table's own defects, and the one finding that says it has no mission (M501's point)."""

KPI_CODES = tuple(c for c in all_rules() if c.startswith("K"))
STAGE_CODES = ("L201", "L202", "L203", "P302", "P303")


def write(tmp_path: Path, text: str, name: str = "table.raci.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_plain_table_gets_its_defects_and_one_note_per_missing_section(tmp_path: Path) -> None:
    path = write(tmp_path, PLAIN)
    report = check_paths([str(path)])
    assert {(f.span.line, f.span.column, f.code) for f in report.findings if f.span} == DEFECTS
    assert [(n.missing, n.codes) for n in report.skipped] == [("kpis", KPI_CODES), ("stages", STAGE_CODES)]
    assert {n.file for n in report.skipped} == {str(path)}


def test_the_same_table_with_kpis_and_stages_runs_those_rules(tmp_path: Path) -> None:
    """The note says how to turn the rules on; doing it turns them on."""
    text = PLAIN.replace("id: planning", "id: planning\n    stage: lead").replace(
        "phases:", "kpis: [{id: nrr, name: NRR, level: kgi, owner: project_manager}]\nphases:"
    )
    text = text.replace("project_manager: R, engineering: I", "project_manager: R")  # nobody hands over
    report = check_paths([str(write(tmp_path, text))])
    assert report.skipped == []
    codes = {f.code for f in report.findings}
    assert "K403" in codes  # the lone KGI: the KPI rules ran
    assert "L203" in codes  # planning (PM) to build (engineering), not handed over: the lifecycle rules ran


def test_a_phase_named_after_a_stage_counts_as_a_stage() -> None:
    spec = raci.loads(PLAIN.replace("id: build", "id: onboarding"))
    assert [n.missing for n in skipped(spec)] == ["kpis"]


def test_a_rule_that_reports_the_missing_section_replaces_its_note() -> None:
    spec = raci.loads(PLAIN)
    assert "mission" not in [n.missing for n in skipped(spec)]
    (mission,) = [n for n in skipped(spec, ignore=["M501"]) if n.missing == "mission"]
    assert mission.codes == ("M502", "M503", "M504", "M505")
    assert [n.missing for n in skipped(spec, select=["R1"])] == []  # nothing selected was skipped


def test_a_spec_with_everything_skips_nothing() -> None:
    spec = raci.loads(MINIMAL.replace("  - id: onboarding\n", "  - id: onboarding\n    stage: onboarding\n"))
    assert skipped(spec) == []
    assert validate(spec) == []


def test_skipped_rules_leave_no_per_row_noise(tmp_path: Path) -> None:
    """Before: every CS activity "measures no KPI" (K407), every section "has no owner"."""
    text = PLAIN.replace("{id: engineering, name: Engineering}", "{id: engineering, name: Engineering, kind: cs}")
    found = {f.code for f in check_paths([str(write(tmp_path, text))]).findings}
    assert not found & {"K407", "L201", "L202", "L203"}


def test_a_suppression_of_a_skipped_rule_is_not_reported_unused() -> None:
    """K407 did not run, so its suppression cannot be said to silence nothing."""
    text = PLAIN.replace(
        "      - {id: release,",
        "      # raci: ignore[K407] release work is not measured on purpose\n      - {id: release,",
    )
    assert [f.code for f in validate(raci.loads(text)) if f.code.startswith("X")] == []
    other = text.replace("ignore[K407]", "ignore[R106]")  # R106 ran: its suppression is unused
    assert [f.code for f in validate(raci.loads(other)) if f.code.startswith("X")] == ["X001"]


def test_text_output_has_one_info_line_that_fails_nothing(raci, tmp_path: Path) -> None:
    mission = "mission: {customer: teams, value: tools, success: 2 hours saved a week}\n"
    clean = PLAIN.replace("org: {name: Acme}\n", "org: {name: Acme}\n" + mission)
    clean = re.sub(r"  - \{id: legal.*\n", "", clean)
    clean = clean.replace("project_manager: R, engineering", "project_manager: A/R, engineering")
    clean = clean.replace("design: A/R, project_manager: A}", "design: A/R, project_manager: C}")
    clean = clean.replace("engineering: A, design: C", "engineering: A/R, design: C")
    path = write(tmp_path, clean)
    result = raci("validate", "--fail-on", "info", str(path))
    assert result.code == 0, result.out
    lines = result.out.splitlines()
    notes = [line for line in lines if "skipped" in line]
    assert len(notes) == 1 and notes[0].startswith(f"{path}: info KPI checks skipped (K401–K409)")
    assert "add a kpis: section" in notes[0] and "lifecycle checks skipped (L201–L203, P302, P303)" in notes[0]
    assert lines[-2:] == [notes[0], "1 file(s) checked: no problems"]  # the note, then the summary
    japanese = raci("validate", "--lang", "ja", str(path)).out
    assert "KPI のチェック（K401–K409）を省略しました。" in japanese


def test_json_sarif_junit_and_github_carry_the_note(raci, tmp_path: Path) -> None:
    path = write(tmp_path, PLAIN)
    data = json.loads(raci("validate", "--format", "json", path.name, cwd=tmp_path).out)
    assert [(n["level"], n["missing"], n["rules"][0]) for n in data["skipped"]] == [
        ("info", "kpis", "K401"),
        ("info", "stages", "L201"),
    ]
    assert data["summary"]["info"] == 0  # a note, not a finding
    sarif = json.loads(raci("validate", "--format", "sarif", path.name, cwd=tmp_path).out)
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [n["level"] for n in notes] == ["note"]
    assert notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == path.name
    assert {r["ruleId"] for r in sarif["runs"][0]["results"]} == {c for _, _, c in DEFECTS}
    junit = ET.fromstring(raci("validate", "--format", "junit", path.name, cwd=tmp_path).out)
    suite = junit.find("testsuite")
    assert suite is not None
    out = suite.find("system-out")
    assert out is not None and out.text and out.text.startswith(f"{path.name}: info KPI checks skipped")
    assert suite.get("tests") == str(len(suite.findall("testcase")))
    github = raci("validate", "--format", "github", path.name, cwd=tmp_path).out.splitlines()
    (note,) = [line for line in github if "skipped" in line]
    assert note.startswith(f"{path.name}: KPI checks skipped") and not note.startswith("::")


def test_code_ranges() -> None:
    assert code_ranges(["K403", "K401", "K402", "L201", "P302", "P303"]) == "K401–K403, L201, P302, P303"
    assert code_ranges(["M502", "M503", "M504", "M505"]) == "M502–M505"
    assert code_ranges(["R101"]) == "R101"
    assert code_ranges([]) == ""
