"""The disagreements worth the room's time, ranked.

1. **Accountable** (weight 4): participants name different departments as A on an
   activity, or the majority names none or several.
2. **Nobody claims it** (3): no department marks itself R on an activity, yet others
   expect someone to be R — everyone thinks someone else does it.
3. **Perception gap** (2): a department sees itself as R or A while the others see it as
   C, I or nothing (``claims``), or the others expect it to be R or A and it does not
   (``expected``) — the measurable gap in shared understanding (共通認識).
4. **Blank phase** (1): a department left every cell of a phase empty.

Within a kind, the larger the split the higher the rank; then spec order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from raci.workshop.agreement import majority

if TYPE_CHECKING:
    from raci.spec.model import Spec
    from raci.workshop.reading import Form

WEIGHTS = {"accountable": 4, "nobody_responsible": 3, "perception_gap": 2, "blank_phase": 1}


@dataclass(frozen=True)
class Conflict:
    kind: str
    activity: str | None
    department: str | None
    score: float
    detail: dict[str, object] = field(default_factory=dict)
    phase: str | None = None


def find(spec: Spec, forms: Sequence[Form]) -> list[Conflict]:
    found: list[Conflict] = []
    by_department: dict[str, list[Form]] = {}
    for form in forms:
        if form.department is not None:
            by_department.setdefault(form.department, []).append(form)
    departments = [d.id for d in spec.departments]
    for activity in spec.activities():
        found += _accountable(activity.id, departments, forms)
        found += _nobody_responsible(activity.id, by_department, forms)
        found += _gaps(activity.id, by_department, forms)
    found += _blank_phases(spec, by_department)
    order = {a.id: i for i, a in enumerate(spec.activities())}
    depts = {d: i for i, d in enumerate(departments)}
    found.sort(key=lambda c: (-c.score, order.get(c.activity or "", -1), depts.get(c.department or "", -1)))
    return found


def _has(value: str | None, role: str) -> bool:
    return value is not None and role in value.split("/")


def _accountable(activity: str, departments: list[str], forms: Sequence[Form]) -> list[Conflict]:
    views: Counter[str] = Counter()
    for form in forms:
        answered = [d for d in departments if (activity, d) in form.answers]
        if answered:
            views[",".join(d for d in answered if _has(form.answers[(activity, d)], "A"))] += 1
    if not views:
        return []
    top, _ = majority(views)
    holders = [d for d in (top or "").split(",") if d]
    if len(views) == 1 and len(holders) == 1:
        return []
    share = views.most_common(1)[0][1] / sum(views.values())
    detail: dict[str, object] = {"views": dict(sorted(views.items())), "majority": holders}
    return [Conflict("accountable", activity, None, WEIGHTS["accountable"] + (1 - share), detail)]


def _nobody_responsible(activity: str, by_department: dict[str, list[Form]], forms: Sequence[Form]) -> list[Conflict]:
    if not by_department:
        return []
    claims = {
        d for d, members in by_department.items() if any(_has(f.answers.get((activity, d)), "R") for f in members)
    }
    if claims:
        return []
    expected: Counter[str] = Counter()
    for form in forms:
        for department in by_department:
            if department != form.department and _has(form.answers.get((activity, department)), "R"):
                expected[department] += 1
    if not expected:
        return []
    share = sum(expected.values()) / max(1, len(forms) * len(expected))
    return [
        Conflict(
            "nobody_responsible", activity, None, WEIGHTS["nobody_responsible"] + share, {"expected": dict(expected)}
        )
    ]


def _gaps(activity: str, by_department: dict[str, list[Form]], forms: Sequence[Form]) -> list[Conflict]:
    found = []
    for department, members in by_department.items():
        own = Counter(f.answers[(activity, department)] for f in members if (activity, department) in f.answers)
        others = Counter(
            f.answers[(activity, department)]
            for f in forms
            if f.department != department and (activity, department) in f.answers
        )
        if not own or not others:
            continue
        self_view, _ = majority(own)
        others_view, _ = majority(others)

        def leads(value: str | None) -> bool:
            return _has(value, "R") or _has(value, "A")

        if leads(self_view) == leads(others_view):
            continue
        direction = "claims" if leads(self_view) else "expected"
        disagreeing = sum(n for v, n in others.items() if leads(v) != leads(self_view)) / sum(others.values())
        detail: dict[str, object] = {
            "direction": direction,
            "self": self_view,
            "others": others_view,
            "others_answers": dict(others),
        }
        found.append(Conflict("perception_gap", activity, department, WEIGHTS["perception_gap"] + disagreeing, detail))
    return found


def _blank_phases(spec: Spec, by_department: dict[str, list[Form]]) -> list[Conflict]:
    found = []
    departments = [d.id for d in spec.departments]
    for phase in spec.phases:
        if not phase.activities:
            continue
        cells = [(a.id, d) for a in phase.activities for d in departments]
        for department, members in by_department.items():
            if all(not f.answers.get(cell) for f in members for cell in cells):
                detail: dict[str, object] = {"participants": [f.name for f in members]}
                found.append(Conflict("blank_phase", None, department, float(WEIGHTS["blank_phase"]), detail, phase.id))
    return found
