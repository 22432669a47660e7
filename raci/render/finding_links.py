"""Which matrix cells each finding concerns, so the report can link finding ↔ cell both ways.

A finding used to tag only its row or column header; a reader had to find the cells
themselves. Here a finding about an activity marks the cells of the departments it names
(R102's several Accountables), or the one cell its position points into, or else the
whole row (R101: the Accountable is missing somewhere in it); a finding about a
department marks that column's filled cells. Ids are unique within their kind and match
``[A-Za-z][A-Za-z0-9_-]*``, so they are safe in HTML ids and URL fragments as they are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from raci.findings import Finding, severity_rank
from raci.render.matrix_model import target_of
from raci.spec.model import Activity, Spec


@dataclass(frozen=True)
class Mark:
    """One finding on a cell: the anchor of the finding and its severity."""

    anchor: str
    code: str
    severity: str


@dataclass(frozen=True)
class Links:
    """Finding ↔ matrix anchors for one report."""

    finding_anchor: tuple[str, ...]
    """Per finding (in the order given): the id of its row in the findings table."""
    finding_target: tuple[str | None, ...]
    """Per finding: the anchor in the matrix it links to, ``None`` when it concerns no cell."""
    cells: Mapping[str, tuple[Mark, ...]] = field(default_factory=dict)
    """By :func:`cell_key`: the findings marking that cell, the gravest first."""
    rows: frozenset[str] = frozenset()
    """The activities with at least one marked cell (the template looks up cells only there)."""

    def cell(self, activity: str, department: str) -> tuple[Mark, ...]:
        return self.cells.get(cell_key(activity, department), ())

    def severity(self, activity: str, department: str) -> str:
        marks = self.cell(activity, department)
        return marks[0].severity if marks else ""


def cell_key(activity: str, department: str) -> str:
    return f"{activity}.{department}"


def cell_anchor(activity: str, department: str) -> str:
    return f"cell-{activity}.{department}"


def build(spec: Spec, findings: Sequence[Finding]) -> Links:
    """The links of ``findings`` into the matrix of ``spec``; linear in activities + findings."""
    activities: dict[str, Activity] = {a.id: a for a in spec.activities()}
    departments = dict.fromkeys(d.id for d in spec.departments)
    column_cells: dict[str, list[str]] | None = None
    marks: dict[str, list[Mark]] = {}
    anchors: list[str] = []
    targets: list[str | None] = []
    for index, finding in enumerate(findings, 1):
        anchor = f"finding-{index}"
        anchors.append(anchor)
        kind, _, ident = target_of(finding).partition(":")
        cells: list[tuple[str, str]] = []
        if kind == "activity" and ident in activities:
            cells = [(ident, d) for d in _concerned(finding, activities[ident], departments)]
        elif kind == "department" and ident in departments:
            if column_cells is None:  # built once, and only when a department has findings
                column_cells = {}
                for activity in activities.values():
                    for cell in activity.raci:
                        column_cells.setdefault(cell.department, []).append(activity.id)
            cells = [(a, ident) for a in column_cells.get(ident, ())]
        for activity_id, department in cells:
            marks.setdefault(cell_key(activity_id, department), []).append(Mark(anchor, finding.code, finding.severity))
        if cells:
            targets.append(cell_anchor(*cells[0]))
        elif kind == "department" and ident in departments:
            targets.append(f"dept-{ident}")
        elif kind == "phase":
            targets.append(f"phase-{ident}")
        else:
            targets.append(None)
    ordered = {k: tuple(sorted(v, key=lambda m: -severity_rank(m.severity))) for k, v in marks.items()}
    rows = frozenset(k.partition(".")[0] for k in ordered)
    return Links(tuple(anchors), tuple(targets), ordered, rows)


def _concerned(finding: Finding, activity: Activity, departments: Mapping[str, None]) -> list[str]:
    """The departments of ``activity``'s row that ``finding`` is about (see the module doc)."""
    named: list[str] = []
    for key, value in finding.args.items():
        if isinstance(value, str) and key != "id":  # the activity's own id may equal a department's
            named += [part.strip() for part in value.split(",") if part.strip() in departments]
    if named:
        return list(dict.fromkeys(named))
    span = finding.span
    if span is not None:
        for cell in activity.raci:
            if cell.span is not None and (cell.span.line, cell.span.column) == (span.line, span.column):
                return [cell.department]
    return list(departments)  # every column of the row: a missing role could be anywhere in it
