"""What each department gains and loses: the Accountables, the Responsibles, the KPIs it owns.

The summary each reviewer reads first ("CS gains the Accountable for renewal"). It is read
from both models through the matching, not from the list of changes, so an activity
added with CS as A counts as a gain for CS as much as an A moved to CS.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from raci.diff.match import Matching
from raci.spec.model import Spec, Text

Named = tuple[str, Text]
"""An id and its display name."""


@dataclass
class DepartmentRollup:
    """One department's gains and losses; ``status`` is ``added``, ``removed``, ``renamed`` or empty."""

    department: str
    name: Text
    status: str = ""
    old_id: str | None = None
    gains: dict[str, list[Named]] = field(default_factory=lambda: {"A": [], "R": [], "KPI": []})
    losses: dict[str, list[Named]] = field(default_factory=lambda: {"A": [], "R": [], "KPI": []})

    @property
    def empty(self) -> bool:
        return not self.status and not any(self.gains.values()) and not any(self.losses.values())


def _holders(
    spec: Spec, role: str, acts: dict[str, str] | None, depts: dict[str, str] | None
) -> dict[tuple[str, str], Text]:
    """(department, activity) → activity name for every cell holding ``role``, under new ids."""
    held: dict[tuple[str, str], Text] = {}
    for activity in spec.activities():
        ident = acts.get(activity.id, activity.id) if acts is not None else activity.id
        for cell in activity.raci:
            if role in cell.roles:
                dept = depts.get(cell.department, cell.department) if depts is not None else cell.department
                held[(dept, ident)] = activity.name
    return held


def rollup(old: Spec, new: Spec, matching: Matching) -> list[DepartmentRollup]:
    """Every department with a gain, a loss or a change of status, sorted by id."""
    rows: dict[str, DepartmentRollup] = {}
    new_depts = {d.id: d for d in new.departments}
    old_depts = {d.id: d for d in old.departments}
    kept = set(matching.departments.values())
    for ident, dept in new_depts.items():
        rows[ident] = DepartmentRollup(ident, dept.name, "" if ident in kept else "added")
    for old_id, new_id in matching.departments.items():
        if old_id != new_id:
            rows[new_id].status, rows[new_id].old_id = "renamed", old_id
    for ident, dept in old_depts.items():
        if ident not in matching.departments:
            rows.setdefault(ident, DepartmentRollup(ident, dept.name, "removed", ident))
    for role in ("A", "R"):
        before = _holders(old, role, matching.activities, matching.departments)
        after = _holders(new, role, None, None)
        _tally(rows, role, before, after)
    kpi_before = {
        (matching.departments.get(k.owner, k.owner), matching.kpis.get(k.id, k.id)): k.name for k in old.kpis if k.owner
    }
    kpi_after = {(k.owner, k.id): k.name for k in new.kpis if k.owner}
    _tally(rows, "KPI", kpi_before, kpi_after)
    return [rows[key] for key in sorted(rows) if not rows[key].empty]


def _tally(
    rows: dict[str, DepartmentRollup],
    what: str,
    before: dict[tuple[str, str], Text],
    after: dict[tuple[str, str], Text],
) -> None:
    gained: dict[str, list[Named]] = defaultdict(list)
    lost: dict[str, list[Named]] = defaultdict(list)
    for dept, item in after.keys() - before.keys():
        gained[dept].append((item, after[(dept, item)]))
    for dept, item in before.keys() - after.keys():
        lost[dept].append((item, before[(dept, item)]))
    for table, attribute in ((gained, "gains"), (lost, "losses")):
        for dept, items in table.items():
            if dept in rows:
                getattr(rows[dept], attribute)[what] = sorted(items, key=lambda named: named[0])
