"""``consensus.raci.yaml``: the spec with each cell's majority answer, written by raci's
writer (:func:`raci.spec.write.dump`), so it is a spec like any other — ``raci validate``
shows the group the usual gaps (no A, no R…) of what they answered.

A tied or contested cell carries a comment above its activity's RACI row listing who
answered what. Participant names go into YAML comments, so they are flattened to one
line and ``raci:`` is written with a full-width colon: a name must never become a
suppression comment (``# raci: ignore[R101]``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from raci.i18n import t
from raci.spec import keys
from raci.spec.model import Assignment
from raci.spec.write import Comments, dump

if TYPE_CHECKING:
    from raci.spec.model import Spec
    from raci.workshop.results import CellResult

_UNSAFE = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")


def comment_text(text: str) -> str:
    """``text`` safe inside a one-line YAML comment that raci reads no directive from."""
    flat = " ".join(_UNSAFE.sub(" ", text).split())
    return re.sub(r"(?i)raci\s*:", lambda m: m.group(0)[:-1] + "：", flat)


def draft(spec: Spec, cells: Mapping[tuple[str, str], CellResult]) -> Spec:
    """``spec`` with every answered cell set to its majority answer (department order kept;
    a cell nobody answered keeps today's value; an unchanged cell keeps its note)."""
    phases = []
    for phase in spec.phases:
        activities = []
        for activity in phase.activities:
            current = {a.department: a for a in activity.raci}
            row = []
            for dept in spec.departments:
                result = cells.get((activity.id, dept.id))
                old = current.get(dept.id)
                if result is None or result.consensus is None:
                    if old is not None:
                        row.append(old)
                    continue
                roles = frozenset(r for r in result.consensus.split("/") if r)
                if old is not None and old.roles == roles:
                    row.append(old)
                elif roles:
                    row.append(Assignment(dept.id, roles))
            activities.append(dataclasses.replace(activity, raci=tuple(row)))
        phases.append(dataclasses.replace(phase, activities=tuple(activities)))
    return dataclasses.replace(spec, phases=tuple(phases))


def answers_line(answers: Mapping[str, str | None], lang: str) -> str:
    """``A/R: 山田, 佐藤; C: 鈴木; no role: 木村``: who answered what, most common first."""
    groups: dict[str, list[str]] = {}
    for name, value in answers.items():
        if value is not None:
            groups.setdefault(value, []).append(name)
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
    sep = "、" if lang == "ja" else ", "
    none = t("workshop.no_role", lang)
    return "; ".join(f"{value or none}: {sep.join(names)}" for value, names in ordered)


def text(
    spec: Spec, cells: Sequence[CellResult], lang: str, *, workshop: str, round_label: str, participants: int
) -> str:
    """The YAML text of the consensus draft, contested and tied cells commented."""
    by_key = {(c.activity, c.department): c for c in cells}
    names = {d.id: d.name.get(lang) for d in spec.departments}
    comments: dict[str, Comments] = {}
    for cell in cells:
        if not (cell.contested or cell.tie):
            continue
        label = t("workshop.consensus.tie" if cell.tie else "workshop.consensus.contested", lang)
        line = f"# {label} {names[cell.department]} [{cell.department}] — {answers_line(cell.answers, lang)}"
        anchor = keys.cell_key(cell.activity, cell.department)
        comments.setdefault(anchor, Comments()).leading.append("# " + comment_text(line[2:]))
    head = [
        t("workshop.consensus.header", lang, {"workshop": workshop, "round": round_label, "count": participants}),
        t("workshop.consensus.header2", lang),
    ]
    return dump(draft(spec, by_key), header_comments=[comment_text(h) for h in head], comments=comments)
