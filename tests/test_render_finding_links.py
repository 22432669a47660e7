"""Findings point at the matrix cells they concern, and those cells point back (the report)."""

from __future__ import annotations

import re
from pathlib import Path

from raci.render import document, finding_links
from raci.spec.load import load
from tests.conftest import ROOT

BAD = ROOT / "tests" / "specs" / "bad"
RULES = ROOT / "tests" / "specs" / "rules"


def links_of(path: Path) -> tuple[finding_links.Links, list[str]]:
    doc = document(load(path))
    return finding_links.build(doc.spec, doc.findings), [f.code for f in doc.findings]


def test_several_accountables_mark_exactly_the_a_cells() -> None:
    links, codes = links_of(BAD / "r102-two-accountables.raci.yaml")
    index = codes.index("R102")
    marked = {k for k, marks in links.cells.items() if any(m.anchor == links.finding_anchor[index] for m in marks)}
    assert marked == {"renewal_negotiation.cs", "renewal_negotiation.sales"}
    assert links.finding_target[index] in {"cell-renewal_negotiation.cs", "cell-renewal_negotiation.sales"}
    assert links.severity("renewal_negotiation", "cs") == "error"  # the gravest finding colours the cell


def test_a_missing_accountable_marks_the_whole_row() -> None:
    doc = document(load(BAD / "r101-no-accountable.raci.yaml"))
    links = finding_links.build(doc.spec, doc.findings)
    r101 = next(i for i, f in enumerate(doc.findings) if f.code == "R101")
    activity = doc.findings[r101].subject
    departments = [d.id for d in doc.spec.departments]
    for department in departments:
        assert any(m.code == "R101" for m in links.cell(activity, department)), department
    assert links.finding_target[r101] == f"cell-{activity}.{departments[0]}"


def test_a_department_finding_marks_its_filled_cells_only() -> None:
    doc = document(load(BAD / "r102-two-accountables.raci.yaml"))
    links = finding_links.build(doc.spec, doc.findings)
    r109 = next(i for i, f in enumerate(doc.findings) if f.code == "R109")
    department = doc.findings[r109].subject
    filled = {a.id for a in doc.spec.activities() if any(c.department == department for c in a.raci)}
    marked = {k.partition(".")[0] for k, marks in links.cells.items() if any(m.code == "R109" for m in marks)}
    assert marked == filled and filled
    assert all(k.endswith(f".{department}") for k, marks in links.cells.items() if any(m.code == "R109" for m in marks))


def test_a_finding_about_no_cell_links_nowhere() -> None:
    links, codes = links_of(BAD / "r102-two-accountables.raci.yaml")
    assert links.finding_target[codes.index("M501")] is None  # the mission is not in the matrix


def test_the_report_links_finding_and_cell_both_ways(raci, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert raci("report", str(BAD / "r102-two-accountables.raci.yaml"), "-o", str(out), "--lang", "en").code == 0
    html = out.read_text(encoding="utf-8")
    row = re.search(r'<tr id="(finding-\d+)">(?:(?!</tr>).)*R102(?:(?!</tr>).)*href="#(cell-[^"]+)"', html, re.S)
    assert row, "the R102 row links to a cell"
    finding, cell = row.groups()
    td = re.search(rf'<td id="{re.escape(cell)}" class="([^"]*)"[^>]*><a href="#([^"]+)"', html)
    assert td, f"the cell {cell} exists"
    assert "raci-hit-error" in td.group(1) and "raci-role-A" in td.group(1)
    assert td.group(2) == finding  # and back


def test_accountable_cells_do_not_wear_the_error_colour(raci, tmp_path: Path) -> None:
    """One colour language for roles, another for findings: an A is not an error."""
    out = tmp_path / "report.html"
    assert raci("report", str(BAD / "r102-two-accountables.raci.yaml"), "-o", str(out)).code == 0
    html = out.read_text(encoding="utf-8")
    variables = dict(re.findall(r"--(raci-[a-z-]+): (#[0-9a-f]{6})", html))
    roles = {variables[f"raci-{r}"] for r in "arci"} | {variables[f"raci-{r}-bg"] for r in "arci"}
    findings = {variables[f"raci-{s}"] for s in ("error", "warning", "info")}
    assert not roles & findings
    charter = dict(re.findall(r"--(role-[a-z-]+): (#[0-9a-f]{6})", html))
    assert charter["role-a"] == variables["raci-a"] and charter["role-r"] == variables["raci-r"]


NOTES = """\
version: 1
org: {name: Org, locale: en}
departments:
  - {id: cs, name: "CS <b>", kind: cs, scope: {out: [sales]}}
  - {id: sales, name: Sales, kind: sales}
mission: {customer: a, value: b, success: c}
phases:
  - id: onboarding
    name: Onboarding
    activities:
      - {id: kickoff, name: Kickoff, raci: {cs: A/R, sales: {roles: C, note: "only <when> big", situational: true}}}
      - {id: two, name: Two, raci: {cs: A, sales: {roles: A, note: also}}}
"""


def test_cells_keep_notes_and_marks_escaped(raci, tmp_path: Path) -> None:
    """The table's cells are written by the model (Matrix.cells_html), not a Jinja loop per
    cell: notes, the finding rings and the escaping must be what the template wrote."""
    spec = tmp_path / "notes.raci.yaml"
    spec.write_text(NOTES, encoding="utf-8")
    page = tmp_path / "matrix.html"
    assert raci("render", "matrix", str(spec), "-f", "html", "-o", str(page), "--lang", "en").code in (0, 1)
    html = page.read_text(encoding="utf-8")
    assert (
        '      <td class="raci-cell raci-role-C" data-dept="sales" title="Sales: Consulted&#10;only &lt;when&gt; big'
        ' (only in some cases)">C<sup class="raci-note">*</sup></td>'
    ) in html
    assert '      <td class="raci-cell raci-role-A" data-dept="cs" title="CS &lt;b&gt;: Accountable">A</td>' in html
    report = tmp_path / "report.html"
    assert raci("report", str(spec), "-o", str(report), "--lang", "en").code == 0
    text = report.read_text(encoding="utf-8")
    ringed = re.search(
        r'<td id="cell-two\.sales" class="([^"]*)" data-dept="sales" title="([^"]*)"><a href="#(finding-\d+)"', text
    )
    assert ringed, "the second A is ringed and linked"
    assert "raci-hit-error" in ringed.group(1) and ringed.group(2).startswith("Sales: Accountable&#10;also&#10;R102")
    assert f'<tr id="{ringed.group(3)}">' in text
