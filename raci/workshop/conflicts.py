"""The disagreements worth the room's time, ranked.

1. **Accountable** (weight 4): participants name different departments as A on an
   activity, or the majority names none or several. When the majority names one
   department with a settled share and every dissenter simply named no A, there is
   nothing to debate: the conflict is marked ``confirm`` (a one-line check, not an item).
2. **Nobody claims it** (3): no *represented* department marks itself R on an activity,
   yet most participants expect a represented department other than their own to be R.
   A department nobody represented cannot mark itself, so it never makes this pattern
   (:func:`unrepresented` names those once).
3. **Perception gap** (2): a department sees itself as R or A while a clear majority of
   the others sees it as C, I or nothing (``claims``), or that majority expects it to be R
   or A and it does not (``expected``) — the measurable gap in shared understanding
   (共通認識). When the others are split half and half, it is a ``split``, said as one.
4. **Blank phase** (1): a department left every cell of a phase empty.

Within a kind, the larger the split the higher the rank; then spec order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from raci.workshop.agreement import CONTESTED_SHARE, majority

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
    confirm: bool = False
    """Only a check for the room (the lone dissent is a blank), not an item to debate."""


def unrepresented(spec: Spec, forms: Sequence[Form]) -> list[str]:
    """Departments no participant belongs to: their cells are the others' view only."""
    present = {f.department for f in forms}
    return [d.id for d in spec.departments if d.id not in present]


def find(spec: Spec, forms: Sequence[Form]) -> list[Conflict]:
    found: list[Conflict] = []
    by_department: dict[str, list[Form]] = {}
    for form in forms:
        if form.department is not None:
            by_department.setdefault(form.department, []).append(form)
    departments = [d.id for d in spec.departments]
    for activity in spec.activities():
        found += _accountable(activity.id, departments, forms)
        nobody = _nobody_responsible(activity.id, by_department, forms)
        found += nobody
        named = {d for c in nobody for d in c.detail["expected"]}  # type: ignore[attr-defined]
        found += [
            c
            for c in _gaps(activity.id, by_department, forms)
            if not (c.department in named and c.detail["direction"] == "expected")  # said once already
        ]
    found += _blank_phases(spec, by_department)
    order = {a.id: i for i, a in enumerate(spec.activities())}
    depts = {d: i for i, d in enumerate(departments)}
    found.sort(key=lambda c: (c.confirm, -c.score, order.get(c.activity or "", -1), depts.get(c.department or "", -1)))
    return found


def _has(value: str | None, role: str) -> bool:
    return value is not None and role in value.split("/")


def _leads(value: str | None) -> bool:
    return _has(value, "R") or _has(value, "A")


def _accountable(activity: str, departments: list[str], forms: Sequence[Form]) -> list[Conflict]:
    views: Counter[str] = Counter()
    who: dict[str, list[str]] = {}
    for form in forms:
        answered = [d for d in departments if (activity, d) in form.answers]
        if answered:
            view = ",".join(d for d in answered if _has(form.answers[(activity, d)], "A"))
            views[view] += 1
            who.setdefault(view, []).append(form.name)
    if not views:
        return []
    top, _ = majority(views)
    holders = [d for d in (top or "").split(",") if d]
    if len(views) == 1 and len(holders) == 1:
        return []
    share = views.most_common(1)[0][1] / sum(views.values())
    settled = len(holders) == 1 and views[top or ""] / sum(views.values()) >= CONTESTED_SHARE
    confirm = settled and all(view == "" for view in views if view != top)
    detail: dict[str, object] = {"views": dict(sorted(views.items())), "majority": holders}
    if confirm:
        detail["blank"] = who.get("", [])
    return [Conflict("accountable", activity, None, WEIGHTS["accountable"] + (1 - share), detail, confirm=confirm)]


def _others(activity: str, department: str, forms: Sequence[Form]) -> Counter[str]:
    """What the participants of the other departments answered for ``department``'s cell."""
    return Counter(
        f.answers[(activity, department)]
        for f in forms
        if f.department != department and (activity, department) in f.answers
    )


def _nobody_responsible(activity: str, by_department: dict[str, list[Form]], forms: Sequence[Form]) -> list[Conflict]:
    """Nobody represented marks itself R, yet most participants expect a represented
    department other than their own to. An R the others place on a department nobody
    represented is no such conflict: that department could not have marked itself."""
    if any(_has(f.answers.get((activity, d)), "R") for d, members in by_department.items() for f in members):
        return []
    answered = [f for f in forms if any(key[0] == activity for key in f.answers)]
    expecting = [
        f for f in answered if any(d != f.department and _has(f.answers.get((activity, d)), "R") for d in by_department)
    ]
    if not expecting or len(expecting) * 2 <= len(answered):  # a clear majority, not one voice
        return []
    expected: Counter[str] = Counter()
    totals: dict[str, int] = {}
    for department in by_department:
        others = _others(activity, department, forms)
        votes = sum(n for value, n in others.items() if _has(value, "R"))
        if votes:
            expected[department], totals[department] = votes, sum(others.values())
    share = len(expecting) / len(answered)
    detail: dict[str, object] = {"expected": dict(expected.most_common()), "others": totals}
    return [Conflict("nobody_responsible", activity, None, WEIGHTS["nobody_responsible"] + share, detail)]


def _gaps(activity: str, by_department: dict[str, list[Form]], forms: Sequence[Form]) -> list[Conflict]:
    found = []
    for department, members in by_department.items():
        own = Counter(f.answers[(activity, department)] for f in members if (activity, department) in f.answers)
        others = _others(activity, department, forms)
        if not own or not others:
            continue
        own_leads = sum(n for v, n in own.items() if _leads(v))
        if own_leads * 2 == sum(own.values()):
            continue  # the department itself is split: a contested cell, not a gap
        self_leads = own_leads * 2 > sum(own.values())
        self_view, _ = majority(Counter({v: n for v, n in own.items() if _leads(v) == self_leads}))
        total = sum(others.values())
        dissent = Counter({v: n for v, n in others.items() if _leads(v) != self_leads})
        count = sum(dissent.values())
        if count * 2 < total:
            continue  # most of the others see it as the department does
        direction = "split" if count * 2 == total else "claims" if self_leads else "expected"
        others_view, _ = majority(dissent)
        detail: dict[str, object] = {
            "direction": direction,
            "self": self_view,
            "others": others_view,
            "others_answers": dict(others),
            "dissent": count,
            "total": total,
        }
        found.append(
            Conflict("perception_gap", activity, department, WEIGHTS["perception_gap"] + count / total, detail)
        )
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
