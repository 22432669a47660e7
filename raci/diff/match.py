"""Which element of the old spec is which of the new one: by id, else by rename.

Ids are the keys of a spec, so elements are matched by id first, never by position. An
id that is gone on one side and new on the other is a rename, not a removal plus an
addition, when the element is recognisably the same: a department with the same name or
the very same assignments, an activity with the same name and the same cells, a phase
or KPI with the same name (and level). Ties go to the first id in sorted order, so the
matching does not depend on the order of the file.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field

from raci.spec.model import Activity, Spec

Cells = frozenset[tuple[str, frozenset[str]]]


@dataclass
class Matching:
    """Old id → new id, per kind of element, for every element present on both sides."""

    departments: dict[str, str] = field(default_factory=dict)
    phases: dict[str, str] = field(default_factory=dict)
    activities: dict[str, str] = field(default_factory=dict)
    kpis: dict[str, str] = field(default_factory=dict)

    @property
    def departments_renamed(self) -> bool:
        """Whether some department id changed (then every cell must be read under new ids)."""
        return any(old != new for old, new in self.departments.items())

    def renamed(self, kind: str) -> list[tuple[str, str]]:
        """The pairs of ``kind`` whose id changed, sorted by new id."""
        table: dict[str, str] = getattr(self, kind)
        return sorted(((old, new) for old, new in table.items() if old != new), key=lambda pair: pair[1])


def pair(
    old: Iterable[str], new: Iterable[str], keys: Iterable[Callable[[str, bool], Hashable | None]]
) -> dict[str, str]:
    """Match ``old`` ids to ``new`` ids: equal ids first, then by each of ``keys`` in turn
    (``key(id, is_new)``; ``None`` never matches), one to one, in sorted order."""
    old_ids, new_ids = set(old), set(new)
    matched = {i: i for i in old_ids & new_ids}
    for key in keys:
        candidates: dict[Hashable, list[str]] = {}
        for ident in sorted(new_ids - set(matched.values())):
            value = key(ident, True)
            if value is not None:
                candidates.setdefault(value, []).append(ident)
        for ident in sorted(old_ids - set(matched)):
            value = key(ident, False)
            found = candidates.get(value) if value is not None else None
            if found:
                matched[ident] = found.pop(0)
    return matched


def _footprints(spec: Spec) -> dict[str, frozenset[tuple[str, frozenset[str]]]]:
    """Per department, the set of (activity, roles) it holds: its assignments."""
    table: dict[str, set[tuple[str, frozenset[str]]]] = {d.id: set() for d in spec.departments}
    for activity in spec.activities():
        for cell in activity.raci:
            table.setdefault(cell.department, set()).add((activity.id, cell.roles))
    return {d: frozenset(cells) for d, cells in table.items()}


def cells(activity: Activity, departments: dict[str, str] | None = None) -> Cells:
    """An activity's cells as (department, roles), departments renamed through ``departments``."""
    rename = departments or {}
    return frozenset((rename.get(c.department, c.department), c.roles) for c in activity.raci)


def match(old: Spec, new: Spec) -> Matching:
    """Match every element of ``old`` to ``new`` by id, then by rename (see the module)."""
    sides = (old, new)
    dept_names = [{d.id: d.name for d in s.departments} for s in sides]
    feet: list[dict[str, Cells]] = []

    def footprint(ident: str, is_new: bool) -> Cells | None:
        if not feet:  # only when some department id changed: it walks every cell
            feet.extend(_footprints(s) for s in sides)
        return feet[is_new].get(ident) or None

    departments = pair(dept_names[0], dept_names[1], (lambda i, n: dept_names[n][i], footprint))
    phase_names = [{p.id: p.name for p in s.phases} for s in sides]
    phases = pair(phase_names[0], phase_names[1], (lambda i, n: phase_names[n][i],))
    kpi_keys = [{k.id: (k.name, k.level) for k in s.kpis} for s in sides]
    kpis = pair(kpi_keys[0], kpi_keys[1], (lambda i, n: kpi_keys[n][i],))
    acts = [{a.id: a for a in s.activities()} for s in sides]

    def same_activity(ident: str, is_new: bool) -> Hashable:
        activity = acts[is_new][ident]  # old cells are compared under the new department ids
        return (activity.name, cells(activity, None if is_new else departments))

    activities = pair(acts[0], acts[1], (same_activity,))
    return Matching(departments, phases, activities, kpis)
