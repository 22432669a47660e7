"""Stable keys for the elements of a spec: ``department:cs``, ``cell:kickoff/cs``, ``org``.

A key names an element by its ids, never by its position, so it survives reordering
and reformatting: the formatter attaches comments to keys, and the diff, edit and
workshop tools address elements with them.
"""

from __future__ import annotations

from raci.spec.model import Activity, Assignment, Department, Kpi, Mission, Org, Phase, Spec, Text

Element = Org | Mission | Text | Department | Phase | Activity | Assignment | Kpi
MISSION_PARTS = ("customer", "value", "success", "statement")


def department_key(ident: str) -> str:
    return f"department:{ident}"


def phase_key(ident: str) -> str:
    return f"phase:{ident}"


def activity_key(ident: str) -> str:
    return f"activity:{ident}"


def cell_key(activity: str, department: str) -> str:
    return f"cell:{activity}/{department}"


def kpi_key(ident: str) -> str:
    return f"kpi:{ident}"


def index(spec: Spec) -> dict[str, Element]:
    """Every element of ``spec`` by its stable key, in the order of the file."""
    found: dict[str, Element] = {"org": spec.org}
    if spec.mission is not None:
        found["mission"] = spec.mission
        for part in MISSION_PARTS:
            text = getattr(spec.mission, part)
            if text is not None:
                found[f"mission:{part}"] = text
    for department in spec.departments:
        found[department_key(department.id)] = department
    for phase in spec.phases:
        found[phase_key(phase.id)] = phase
        for activity in phase.activities:
            found[activity_key(activity.id)] = activity
            for cell in activity.raci:
                found[cell_key(activity.id, cell.department)] = cell
    for kpi in spec.kpis:
        found[kpi_key(kpi.id)] = kpi
    return found
