"""Activities, their RACI cells, and phases: compared by id through the matching."""

from __future__ import annotations

from raci.diff.context import Context, unmatched
from raci.spec.model import Activity, Assignment, Phase, Text

_ROLE_KINDS = {"R": "responsible", "C": "consulted", "I": "informed"}


def activities(ctx: Context) -> None:
    """Every activity added, removed, renamed, moved or changed, and every cell that changed."""
    old_acts = {a.id: a for a in ctx.old.activities()}
    new_acts = {a.id: a for a in ctx.new.activities()}
    matched = ctx.matching.activities
    phases_new = {p.id: p for p in ctx.new.phases}
    phases_old = {p.id: p for p in ctx.old.phases}
    removed, added = unmatched(old_acts, new_acts, matched)
    for old_id, activity in removed:
        ctx.add(
            "activity-removed",
            old_id,
            old_span=activity.span,
            activity=old_id,
            phase=activity.phase,
            old=old_id,
            args={
                "activity": activity.name,
                "phase": phases_old[activity.phase].name,
                "accountable": ctx.dept_names(activity.holders("A")),
            },
        )
    for new_id, activity in added:
        ctx.add(
            "activity-added",
            new_id,
            new_span=activity.span,
            activity=new_id,
            phase=activity.phase,
            new=new_id,
            args={
                "activity": activity.name,
                "phase": phases_new[activity.phase].name,
                "accountable": ctx.dept_names(activity.holders("A")),
            },
        )
    for old_id, new_id in matched.items():
        before, after = old_acts[old_id], new_acts[new_id]
        if before != after or old_id != new_id or ctx.matching.departments_renamed:
            _activity(ctx, before, after, phases_old, phases_new)


def _activity(
    ctx: Context, before: Activity, after: Activity, phases_old: dict[str, Phase], phases_new: dict[str, Phase]
) -> None:
    ident = after.id
    args = {"activity": after.name}
    where = {"activity": ident, "old_span": before.span, "new_span": after.span}
    if before.id != ident:
        ctx.add(
            "activity-renamed", ident, old=before.id, new=ident, args={**args, "old": before.id, "new": ident}, **where
        )
    if ctx.matching.phases.get(before.phase, before.phase) != after.phase:
        names = {"old": phases_old[before.phase].name, "new": phases_new[after.phase].name}
        ctx.add(
            "activity-moved",
            ident,
            old=before.phase,
            new=after.phase,
            phase=after.phase,
            args={**args, **names},
            **where,
        )
    ctx.name_changed("activity-name-changed", ident, before.name, after.name, **where)
    ctx.text_changed("activity-description-changed", ident, before.description, after.description, args, **where)
    ctx.value_changed("activity-mode-changed", ident, before.mode, after.mode, args, **where)
    if before.handoff != after.handoff:
        ctx.add(
            "activity-handoff-changed",
            ident,
            old=before.handoff,
            new=after.handoff,
            args=args,
            variant="on" if after.handoff else "off",
            **where,
        )
    old_kpis = sorted(ctx.matching.kpis.get(k, k) for k in before.kpis)
    new_kpis = sorted(after.kpis)
    if old_kpis != new_kpis:
        ctx.add(
            "activity-kpis-changed",
            ident,
            old=old_kpis,
            new=new_kpis,
            args={**args, "old": ", ".join(old_kpis) or "-", "new": ", ".join(new_kpis) or "-"},
            **where,
        )
    _cells(ctx, before, after)


def _cells(ctx: Context, before: Activity, after: Activity) -> None:
    """The cells of one activity present on both sides, department by department."""
    ident = after.id
    old_cells = {ctx.department(c.department): c for c in before.raci}
    new_cells = {c.department: c for c in after.raci}
    if old_cells == new_cells:
        return
    args = {"activity": after.name}
    old_a = sorted(d for d, c in old_cells.items() if "A" in c.roles)
    new_a = sorted(d for d, c in new_cells.items() if "A" in c.roles)
    if old_a != new_a:
        if not new_a:
            kind = "accountable-lost"
        elif not old_a or set(old_a) < set(new_a):  # a second A beside the first is an addition, not a move
            kind = "accountable-added"
        else:
            kind = "accountable-moved"
        span = next((new_cells[d].span for d in new_a), None) or after.span
        old_span = next((old_cells[d].span for d in old_a), None) or before.span
        names = {"old_names": ctx.dept_names(old_a), "new_names": ctx.dept_names(new_a)}
        ctx.add(
            kind, ident, old=old_a, new=new_a, activity=ident, old_span=old_span, new_span=span, args={**args, **names}
        )
    for dept in sorted(old_cells.keys() | new_cells.keys()):
        _cell(ctx, ident, dept, old_cells.get(dept), new_cells.get(dept), args)


def _cell(
    ctx: Context, activity: str, dept: str, before: Assignment | None, after: Assignment | None, args: dict[str, Text]
) -> None:
    old_roles = before.roles if before else frozenset()
    new_roles = after.roles if after else frozenset()
    values = {
        "activity": activity,
        "department": dept,
        "old": before.cell if before else None,
        "new": after.cell if after else None,
        "old_span": before.span if before else None,
        "new_span": after.span if after else None,
    }
    names = {**args, "department": ctx.dept_name(dept)}
    subject = f"{activity}/{dept}"
    for role, word in _ROLE_KINDS.items():
        if role in new_roles and role not in old_roles:
            ctx.add(f"{word}-added", subject, args=names, **values)
        elif role in old_roles and role not in new_roles:
            ctx.add(f"{word}-removed", subject, args=names, **values)
    if before is not None and after is not None:
        if before.situational != after.situational:
            ctx.add(
                "cell-situational-changed", subject, args=names, variant="on" if after.situational else "off", **values
            )
        if before.note != after.note:
            ctx.add("cell-note-changed", subject, args={**names, "note": after.note or "-"}, **values)


def phases(ctx: Context) -> None:
    """Phases added, removed, renamed, changed, and those whose place in the lifecycle moved."""
    old_phases = {p.id: p for p in ctx.old.phases}
    new_phases = {p.id: p for p in ctx.new.phases}
    matched = ctx.matching.phases
    removed, added = unmatched(old_phases, new_phases, matched)
    for old_id, phase in removed:
        args = {"phase": phase.name, "count": len(phase.activities)}
        ctx.add("phase-removed", old_id, old=old_id, phase=old_id, old_span=phase.span, args=args)
    for new_id, phase in added:
        args = {"phase": phase.name, "count": len(phase.activities)}
        ctx.add("phase-added", new_id, new=new_id, phase=new_id, new_span=phase.span, args=args)
    for old_id, new_id in matched.items():
        before, after = old_phases[old_id], new_phases[new_id]
        where = {"phase": new_id, "old_span": before.span, "new_span": after.span}
        args = {"phase": after.name}
        if old_id != new_id:
            ctx.add(
                "phase-renamed", new_id, old=old_id, new=new_id, args={**args, "old": old_id, "new": new_id}, **where
            )
        ctx.name_changed("phase-name-changed", new_id, before.name, after.name, **where)
        ctx.value_changed("phase-stage-changed", new_id, before.stage, after.stage, args, **where)
        ctx.text_changed("phase-description-changed", new_id, before.description, after.description, args, **where)
    _order(ctx, old_phases, new_phases)


def _order(ctx: Context, old_phases: dict[str, Phase], new_phases: dict[str, Phase]) -> None:
    """Phases present on both sides whose order changed: the fewest moved phases that explain
    the new order (those outside a longest run kept in the old order)."""
    matched = ctx.matching.phases
    old_rank = {matched[p.id]: i for i, p in enumerate(ctx.old.phases) if p.id in matched}
    sequence = [p.id for p in ctx.new.phases if p.id in old_rank]
    stay = _longest_increasing(sequence, old_rank)
    back = {new: old for old, new in matched.items()}
    for index, ident in enumerate(sequence):
        if ident in stay:
            continue
        after = sequence[index - 1] if index else None
        phase = new_phases[ident]
        old_id = back[ident]
        args = {"phase": phase.name, "after": new_phases[after].name if after else None}
        ctx.add(
            "phase-reordered",
            ident,
            old=old_rank[ident] + 1,
            new=index + 1,
            phase=ident,
            old_span=old_phases[old_id].span,
            new_span=phase.span,
            args=args,
            variant="after" if after else "first",
        )


def _longest_increasing(sequence: list[str], rank: dict[str, int]) -> set[str]:
    """The ids of a longest subsequence whose old ranks increase (patience sorting)."""
    import bisect

    tails: list[int] = []
    tail_ids: list[int] = []
    previous = [-1] * len(sequence)
    for index, ident in enumerate(sequence):
        value = rank[ident]
        place = bisect.bisect_left(tails, value)
        if place == len(tails):
            tails.append(value)
            tail_ids.append(index)
        else:
            tails[place] = value
            tail_ids[place] = index
        previous[index] = tail_ids[place - 1] if place else -1
    keep: set[str] = set()
    index = tail_ids[-1] if tail_ids else -1
    while index >= 0:
        keep.add(sequence[index])
        index = previous[index]
    return keep
