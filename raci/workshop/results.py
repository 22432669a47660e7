"""``results.json``: one round of a workshop as data (documented in docs/workshop.md).

Built from the forms read (:mod:`~raci.workshop.reading`): per cell the answers, their
agreement, whether the cell is contested and its majority; the same figures per phase, per
activity, per department and overall; the ranked conflicts; the consensus draft's
findings; and every problem met while reading, so nothing is silently dropped.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from raci.workshop import agreement
from raci.workshop.conflicts import Conflict, unrepresented

if TYPE_CHECKING:
    from raci.spec.model import Spec
    from raci.workshop.reading import Form, Note

VERSION = 1


@dataclass(frozen=True)
class CellResult:
    activity: str
    department: str
    answers: dict[str, str | None]
    """Participant → canonical roles (``""``: no role; ``None``: not answered)."""
    agreement: float | None
    contested: bool
    consensus: str | None
    tie: bool
    current: str
    """The cell in the spec the forms were prepared from."""
    found: Counter[str] = field(default_factory=Counter, compare=False, repr=False)
    """The answers counted (what every figure is computed from; not written out)."""


@dataclass
class Round:
    """Everything one collection found."""

    spec: Spec
    forms: list[Form]
    cells: list[CellResult]
    conflicts: list[Conflict]


def compute(spec: Spec, forms: Sequence[Form]) -> Round:
    from raci.workshop.conflicts import find

    cells = []
    for activity in spec.activities():
        current = {a.department: a.cell for a in activity.raci}
        for dept in spec.departments:
            key = (activity.id, dept.id)
            answers = {f.name: f.answers.get(key) for f in forms}
            found = agreement.counts(list(answers.values()))
            consensus, tie = agreement.majority(found, current.get(dept.id, ""))
            cells.append(
                CellResult(
                    activity.id,
                    dept.id,
                    answers,
                    agreement.cell_agreement(found),
                    agreement.contested(found),
                    consensus,
                    tie,
                    current.get(dept.id, ""),
                    found,
                )
            )
    return Round(spec, list(forms), cells, find(spec, forms))


def _figures(cells: Sequence[CellResult]) -> dict[str, Any]:
    units = [c.found for c in cells]
    return {
        "agreement": _round(agreement.raw(units)),
        "alpha": _round(agreement.alpha(units)),
        "cells": len(cells),
        "contested": sum(1 for c in cells if c.contested),
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def to_data(
    result: Round,
    *,
    workshop: str,
    round_label: str,
    lang: str,
    notes: Sequence[Note],
    findings: Sequence[dict[str, Any]] = (),
) -> dict[str, Any]:
    spec = result.spec
    cells = result.cells
    by_activity: dict[str, list[CellResult]] = {}
    by_department: dict[str, list[CellResult]] = {}
    for cell in cells:
        by_activity.setdefault(cell.activity, []).append(cell)
        by_department.setdefault(cell.department, []).append(cell)
    phase_of = {a.id: p.id for p in spec.phases for a in p.activities}
    gaps = Counter(  # a split of the others is not a gap: no clear majority sees it otherwise
        c.department for c in result.conflicts if c.kind == "perception_gap" and c.detail["direction"] != "split"
    )
    comments: dict[str, dict[str, str]] = {}
    for form in result.forms:
        for activity, text in form.comments.items():
            comments.setdefault(activity, {})[form.name] = text
    notes_by_cell: dict[tuple[str, str], dict[str, str]] = {}
    for form in result.forms:
        for key, text in form.notes.items():
            notes_by_cell.setdefault(key, {})[form.name] = text
    overall = _figures(cells)
    return {
        "version": VERSION,
        "workshop": workshop,
        "round": round_label,
        "org": spec.org.name.get(lang),
        "lang": lang,
        "participants": [{"name": f.name, "department": f.department, "file": f.file} for f in result.forms],
        "unrepresented": unrepresented(spec, result.forms),
        **{k: overall[k] for k in ("agreement", "alpha")},
        "contested": overall["contested"],
        "departments": [
            {
                "id": d.id,
                "name": d.name.get(lang),
                **_figures(by_department[d.id]),
                "perception_gaps": gaps.get(d.id, 0),
            }
            for d in spec.departments
        ],
        "phases": [
            {
                "id": p.id,
                "name": p.name.get(lang),
                **_figures([c for a in p.activities for c in by_activity.get(a.id, [])]),
            }
            for p in spec.phases
        ],
        "activities": [
            {
                "id": a.id,
                "name": a.name.get(lang),
                "phase": phase_of[a.id],
                **_figures(by_activity[a.id]),
                "comments": comments.get(a.id, {}),
            }
            for a in spec.activities()
        ],
        "cells": [
            {
                "activity": c.activity,
                "department": c.department,
                "answers": c.answers,
                "agreement": _round(c.agreement),
                "contested": c.contested,
                "consensus": c.consensus,
                "tie": c.tie,
                "current": c.current,
                "notes": notes_by_cell.get((c.activity, c.department), {}),
            }
            for c in cells
        ],
        "conflicts": [{**asdict(c), "score": round(c.score, 4)} for c in result.conflicts],
        "consensus_findings": list(findings),
        "problems": [
            {"file": n.file, "where": n.where, "severity": n.severity, "key": n.key, "args": n.args} for n in notes
        ],
    }


def dumps(data: dict[str, Any]) -> str:
    """The results as JSON: one top-level key a line, one list item a line.

    Readable and diffable, and fast: ``json.dumps`` with ``indent`` runs the pure-Python
    encoder (seconds for 40 forms × 500 activities), each piece here the C one."""
    parts = []
    for key, value in data.items():
        if isinstance(value, list) and value:
            text = "[\n    " + ",\n    ".join(json.dumps(v, ensure_ascii=False) for v in value) + "\n  ]"
        else:
            text = json.dumps(value, ensure_ascii=False)
        parts.append(f"  {json.dumps(key)}: {text}")
    return "{\n" + ",\n".join(parts) + "\n}\n"
