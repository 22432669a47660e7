"""Departments (with their scope), KPIs, the mission and the org: compared by id."""

from __future__ import annotations

import hashlib

from raci.diff.context import Context, term, text_value, unmatched
from raci.spec.model import Department, ScopeItem, Span, Text

MISSION_PARTS = ("customer", "value", "success", "statement")


def departments(ctx: Context) -> None:
    """Departments added, removed, renamed or changed, and their scope line by line."""
    old_depts = {d.id: d for d in ctx.old.departments}
    new_depts = {d.id: d for d in ctx.new.departments}
    matched = ctx.matching.departments
    removed, added = unmatched(old_depts, new_depts, matched)
    for old_id, dept in removed:
        named = {"department": dept.name}
        ctx.add("department-removed", old_id, old=old_id, department=old_id, old_span=dept.span, args=named)
    for new_id, dept in added:
        named_kind = {"department": dept.name, "kind": dept.kind}
        ctx.add("department-added", new_id, new=new_id, department=new_id, new_span=dept.span, args=named_kind)
    for old_id, new_id in matched.items():
        before, after = old_depts[old_id], new_depts[new_id]
        if before != after or old_id != new_id:
            _department(ctx, before, after)


def _department(ctx: Context, before: Department, after: Department) -> None:
    ident = after.id
    args = {"department": after.name}
    where = {"department": ident, "old_span": before.span, "new_span": after.span}
    if before.id != ident:
        ctx.add(
            "department-renamed",
            ident,
            old=before.id,
            new=ident,
            args={**args, "old": before.id, "new": ident},
            **where,
        )
    ctx.name_changed("department-name-changed", ident, before.name, after.name, **where)
    for field in ("kind", "headcount", "accounts"):
        old, new = getattr(before, field), getattr(after, field)
        if old != new:
            shown = {"old": "-" if old is None else old, "new": "-" if new is None else new}
            ctx.add(f"department-{field}-changed", ident, old=old, new=new, args={**args, **shown}, **where)
    _scope(ctx, before, after)


def _scope(ctx: Context, before: Department, after: Department) -> None:
    """Each line of ``scope.in`` and ``scope.out`` added or removed, keyed by the activity or
    phase it names, else by its text (a reworded line, or a reference with a new note, is both)."""
    old_scope, new_scope = before.scope, after.scope
    if old_scope == new_scope:
        return
    where = {"department": after.id, "old_span": before.span, "new_span": after.span}
    lists = (
        (
            "in",
            [_in_item(t) for t in (old_scope.does if old_scope else ())],
            [_in_item(t) for t in (new_scope.does if new_scope else ())],
        ),
        (
            "out",
            [_out_item(ctx, i, True) for i in (old_scope.does_not if old_scope else ())],
            [_out_item(ctx, i, False) for i in (new_scope.does_not if new_scope else ())],
        ),
    )
    for side, old_items, new_items in lists:
        old_keys = _by_key(old_items)
        new_keys = _by_key(new_items)
        for key in sorted(old_keys.keys() | new_keys.keys()):
            before_items, after_items = old_keys.get(key, []), new_keys.get(key, [])
            if [repr(v) for v, _ in before_items] == [repr(v) for v, _ in after_items]:
                continue
            if before_items:  # gone, or reworded (a new note on a reference): removed, then added
                value, span = before_items[0]
                spans = {**where, "old_span": span or before.span}
                args = {"department": after.name, "item": _label(ctx, value)}
                ctx.add(f"scope-{side}-removed", f"{after.id}/{key}", old=_json(value), args=args, **spans)
            if after_items:
                value, span = after_items[0]
                spans = {**where, "new_span": span or after.span}
                args = {"department": after.name, "item": _label(ctx, value)}
                ctx.add(f"scope-{side}-added", f"{after.id}/{key}", new=_json(value), args=args, **spans)


def _by_key(items: list[tuple[str, ScopeItem, Span | None]]) -> dict[str, list[tuple[ScopeItem, Span | None]]]:
    """Scope lines grouped by key, in a fixed order (a list may name one phase twice)."""
    grouped: dict[str, list[tuple[ScopeItem, Span | None]]] = {}
    for key, value, span in items:
        grouped.setdefault(key, []).append((value, span))
    for values in grouped.values():
        values.sort(key=lambda pair: repr(pair[0]))
    return grouped


def _digest(text: Text | None) -> str:
    """A short, stable token for a free-text line: ids must not hold whole sentences."""
    raw = f"{text.ja if text else ''}\x00{text.en if text else ''}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:10]


def _in_item(text: Text) -> tuple[str, ScopeItem, Span | None]:
    return (f"text:{_digest(text)}", ScopeItem(text=text), None)


def _out_item(ctx: Context, item: ScopeItem, old: bool) -> tuple[str, ScopeItem, Span | None]:
    """A ``scope.out`` line keyed by what it names: the activity or phase (under its new id), or its text."""
    activity = ctx.matching.activities.get(item.activity, item.activity) if old and item.activity else item.activity
    phase = ctx.matching.phases.get(item.phase, item.phase) if old and item.phase else item.phase
    if activity:
        key = f"activity:{activity}"
    elif phase:
        key = f"phase:{phase}"
    else:
        key = f"text:{_digest(item.text)}"
    return (key, ScopeItem(text=item.text, activity=activity, phase=phase), item.span)


def _json(item: ScopeItem) -> dict[str, object]:
    value: dict[str, object] = {"text": text_value(item.text)}
    if item.activity:
        value["activity"] = item.activity
    if item.phase:
        value["phase"] = item.phase
    return value


def _label(ctx: Context, item: ScopeItem) -> Text:
    """How a scope line reads in a sentence: the name of what it refers to, else its text."""
    for ident, spec_items in ((item.activity, "activity"), (item.phase, "phase")):
        if ident:
            for spec in (ctx.new, ctx.old):
                try:
                    return getattr(spec, spec_items)(ident).name  # type: ignore[no-any-return]
                except KeyError:
                    continue
            return Text(ja=ident, en=ident)
    return item.text or Text(ja="-", en="-")


def kpis(ctx: Context) -> None:
    """KPIs added, removed, renamed, and their owner, target, parents and other fields."""
    old_kpis = {k.id: k for k in ctx.old.kpis}
    new_kpis = {k.id: k for k in ctx.new.kpis}
    matched = ctx.matching.kpis
    removed, added = unmatched(old_kpis, new_kpis, matched)
    for old_id, kpi in removed:
        args = {"kpi": kpi.name, "owner": ctx.dept_names([kpi.owner] if kpi.owner else [])}
        ctx.add("kpi-removed", old_id, old=old_id, kpi=old_id, department=kpi.owner, old_span=kpi.span, args=args)
    for new_id, kpi in added:
        args = {"kpi": kpi.name, "owner": ctx.dept_names([kpi.owner] if kpi.owner else [])}
        ctx.add("kpi-added", new_id, new=new_id, kpi=new_id, department=kpi.owner, new_span=kpi.span, args=args)
    for old_id, new_id in matched.items():
        before, after = old_kpis[old_id], new_kpis[new_id]
        if before == after and old_id == new_id and not ctx.matching.departments_renamed:
            continue
        args = {"kpi": after.name}
        where = {"kpi": new_id, "old_span": before.span, "new_span": after.span}
        if old_id != new_id:
            ctx.add("kpi-renamed", new_id, old=old_id, new=new_id, args={**args, "old": old_id, "new": new_id}, **where)
        old_owner = ctx.department(before.owner) if before.owner else None
        if old_owner != after.owner:
            names = {
                "old_names": ctx.dept_names([old_owner] if old_owner else []),
                "new_names": ctx.dept_names([after.owner] if after.owner else []),
            }
            ctx.add(
                "kpi-owner-changed",
                new_id,
                old=old_owner,
                new=after.owner,
                department=after.owner or old_owner,
                args={**args, **names},
                **where,
            )
        old_parents = sorted(ctx.matching.kpis.get(p, p) for p in before.parents)
        if old_parents != sorted(after.parents):
            shown = {"old": ", ".join(old_parents) or "-", "new": ", ".join(sorted(after.parents)) or "-"}
            ctx.add(
                "kpi-parent-changed",
                new_id,
                old=old_parents,
                new=sorted(after.parents),
                args={**args, **shown},
                **where,
            )
        for field in ("target", "level", "unit"):
            ctx.value_changed(
                f"kpi-{field}-changed", new_id, getattr(before, field), getattr(after, field), args, **where
            )
        ctx.value_changed("kpi-library-changed", new_id, before.use, after.use, args, **where)
        ctx.name_changed("kpi-name-changed", new_id, before.name, after.name, **where)
        ctx.text_changed("kpi-description-changed", new_id, before.description, after.description, args, **where)


def mission(ctx: Context) -> None:
    """Each part of the mission that changed, and the org's own fields."""
    before, after = ctx.old.mission, ctx.new.mission
    for part in MISSION_PARTS:
        old, new = getattr(before, part, None), getattr(after, part, None)
        if old != new:
            old_span = before.spans.get(part, before.span) if before else None
            new_span = after.spans.get(part, after.span) if after else None
            variant = "added" if old is None else "removed" if new is None else "changed"
            args = {"part": term(f"diff.part.{part}"), "old": old or "-", "new": new or "-"}
            ctx.add(
                "mission-changed",
                part,
                old=text_value(old),
                new=text_value(new),
                old_span=old_span,
                new_span=new_span,
                args=args,
                variant=variant,
            )
    org_old, org_new = ctx.old.org, ctx.new.org
    where = {"old_span": org_old.span, "new_span": org_new.span}
    if org_old.name != org_new.name:
        ctx.add(
            "org-name-changed",
            "org",
            old=text_value(org_old.name),
            new=text_value(org_new.name),
            args={"old": org_old.name, "new": org_new.name},
            **where,
        )
    for field in ("locale", "accounts"):
        old, new = getattr(org_old, field), getattr(org_new, field)
        if old != new:
            ctx.add(
                f"org-{field}-changed",
                "org",
                old=old,
                new=new,
                args={"old": "-" if old is None else old, "new": "-" if new is None else new},
                **where,
            )
