"""KPI tree rules: KGI → KPI → activity KPI, each number owned by a team that can move it."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping

from raci.rules import Context, Hit, rule
from raci.spec.model import Assignment, Spec

_BELOW_KGI = ("kpi", "activity")
_MOVES = frozenset("RA")


@rule("K401", "kpi-cycle", "error")
def kpi_cycle(ctx: Context) -> Iterator[Hit]:
    """The parent links of KPIs go round in a loop.

    A KPI tree runs one way, from the activities up to the outcomes: each KPI drives the
    one above it. A loop (a drives b, b drives a) has no top, so neither number rolls up
    to a KGI and nobody can say which one comes first.

    Failing:

        - {id: health_score, name: ヘルススコア, level: kpi, parent: adoption_rate}
        - {id: adoption_rate, name: アダプション率, level: kpi, parent: health_score}

    Passing:

        - {id: churn_rate, name: 解約率, level: kgi}
        - {id: adoption_rate, name: アダプション率, level: kpi, parent: churn_rate}
        - {id: health_score, name: ヘルススコア, level: kpi, parent: adoption_rate}

    How to fix: decide which number drives which, and remove the parent link that points
    back down the tree; the top of the chain gets a KGI as its parent.
    """
    spec = ctx.spec
    for cycle in ctx.graph.kpi_cycles:
        first = spec.kpi(cycle[0])
        yield Hit(
            first.span,
            {"kpi": first.name, "id": first.id, "path": " → ".join((*cycle, cycle[0]))},
            ">".join(cycle),
        )


@rule("K402", "kpi-orphan", "warning")
def kpi_orphan(ctx: Context) -> Iterator[Hit]:
    """A KPI does not lead up to any KGI.

    A KPI earns its place by driving an outcome: churn, LTV, NRR. One whose chain of
    parents never reaches a KGI is measured for its own sake, and nobody can tell
    whether moving it helps the business. (KPIs on a loop of parents are reported by
    K401 instead.)

    Failing:

        - {id: ltv, name: LTV, level: kgi}
        - {id: seminars_held, name: 活用セミナー開催数, level: activity}

    Passing:

        - {id: ltv, name: LTV, level: kgi}
        - {id: adoption_rate, name: アダプション率, level: kpi, parent: ltv}
        - {id: seminars_held, name: 活用セミナー開催数, level: activity, parent: adoption_rate}

    How to fix: set `parent` (or `parents`) to the KPI or KGI this number drives, one
    level up, so that the chain ends at a KGI; or remove the KPI if it drives nothing.
    """
    spec, graph = ctx.spec, ctx.graph
    reaching = graph.kpis_reaching_a_kgi
    on_cycle = graph.kpis_on_cycles
    for kpi in spec.kpis:
        if kpi.level in _BELOW_KGI and kpi.id not in reaching and kpi.id not in on_cycle:
            yield Hit(kpi.span, {"kpi": kpi.name, "id": kpi.id, "level": kpi.level}, kpi.id)


@rule("K403", "kgi-without-leading-kpi", "warning")
def kgi_without_leading_kpi(ctx: Context) -> Iterator[Hit]:
    """A KGI has no KPI of level `kpi` below it.

    A KGI (LTV, churn, NRR) is an outcome: external factors move it too, and it moves
    late. What a team can steer are the leading KPIs below it — onboarding completion,
    adoption rate, health score. A KGI with nothing of level `kpi` under it (only
    activity counts, or nothing at all) leaves the team with no controllable number
    between its work and the result.

    Failing:

        - {id: churn_rate, name: 解約率, level: kgi}
        - {id: meetings_held, name: 定例ミーティング実施数, level: activity, parent: churn_rate}

    Passing:

        - {id: churn_rate, name: 解約率, level: kgi}
        - {id: health_score, name: ヘルススコア, level: kpi, parent: churn_rate}
        - {id: meetings_held, name: 定例ミーティング実施数, level: activity, parent: health_score}

    How to fix: add a leading KPI the team controls with the KGI as its parent, and hang
    the activity KPIs under it.
    """
    spec = ctx.spec
    # Every KPI above a KPI of level `kpi`, in one upward walk from all of them.
    above = [p for k in spec.kpis if k.level == "kpi" for p in k.parents]
    covered = set(_walk_up(above, spec))
    for kpi in spec.kpis:
        if kpi.level == "kgi" and kpi.id not in covered:
            yield Hit(kpi.span, {"kpi": kpi.name, "id": kpi.id}, kpi.id)


@rule("K404", "kpi-without-owner", "warning")
def kpi_without_owner(ctx: Context) -> Iterator[Hit]:
    """A KPI has no owner.

    A number that no department owns is watched by everyone and answered for by no
    one. Each KPI, KGI and activity KPI needs one department that reports on it and acts
    when it slips.

    Failing:

        - {id: nrr, name: NRR, level: kgi}

    Passing:

        - {id: nrr, name: NRR, level: kgi, owner: cs}

    How to fix: set `owner` to the department whose work moves the number.
    """
    for kpi in ctx.spec.kpis:
        if kpi.owner is None:
            yield Hit(kpi.span, {"kpi": kpi.name, "id": kpi.id, "level": kpi.level}, kpi.id)


@rule("K405", "owner-cannot-move-kpi", "warning")
def owner_cannot_move_kpi(ctx: Context) -> Iterator[Hit]:
    """The owner of a KPI does none of the work that moves it.

    A KPI should be controllable by the team that owns it. When the owner is neither
    Responsible nor Accountable on any activity linked to the KPI, or to a KPI below it,
    the team is judged on a number only other departments can move. (A KPI no activity
    moves at all is reported by K406.)

    Failing:

        raci: {support: A/R, cs: I}
        kpis: [inquiries_handled]
        # and the KPI inquiries_handled has owner: cs

    Passing:

        raci: {support: A/R, cs: I}
        kpis: [inquiries_handled]
        # and the KPI inquiries_handled has owner: support

    How to fix: give the KPI to the department that does the work (one of those the
    message lists), or make the owner R or A on an activity that moves it.
    """
    spec, graph = ctx.spec, ctx.graph
    moved = graph.kpis_moved
    movers = _subtree_movers(ctx)
    order = {d.id: i for i, d in enumerate(spec.departments)}
    for kpi in spec.kpis:
        if kpi.owner is None or kpi.id not in moved:
            continue
        doers = movers.get(kpi.id, frozenset())
        if kpi.owner not in doers:
            owner = spec.department(kpi.owner)
            yield Hit(
                kpi.span,
                {
                    "kpi": kpi.name,
                    "id": kpi.id,
                    "department": owner.name,
                    "owner": owner.id,
                    "movers": ", ".join(sorted(doers, key=lambda d: order.get(d, len(order)))) or "-",
                },
                kpi.id,
            )


@rule("K406", "kpi-unlinked", "warning")
def kpi_unlinked(ctx: Context) -> Iterator[Hit]:
    """No activity moves a KPI, directly or through the KPIs below it.

    A KPI or activity KPI that no activity lists, and that has no linked KPI below it,
    is disconnected from the work: nobody's activity is supposed to change it. (KGIs
    are outcomes and are not checked here.)

    Failing:

        kpis:
          - {id: adoption_rate, name: アダプション率, level: kpi, parent: ltv, owner: cs}
        # and no activity has kpis: [adoption_rate]

    Passing:

        - id: usage_review
          name: 利用状況レビュー
          raci: {cs: A/R}
          kpis: [adoption_rate]

    How to fix: add the KPI to `kpis:` of the activities meant to move it, or link an
    activity KPI below it; remove the KPI if no work is meant to change it.
    """
    spec, graph = ctx.spec, ctx.graph
    moved = graph.kpis_moved
    for kpi in spec.kpis:
        if kpi.level in _BELOW_KGI and kpi.id not in moved:
            yield Hit(kpi.span, {"kpi": kpi.name, "id": kpi.id, "level": kpi.level}, kpi.id)


@rule("K407", "cs-activity-unmeasured", "info")
def cs_activity_unmeasured(ctx: Context) -> Iterator[Hit]:
    """An activity a CS department does or owns measures no KPI.

    Without a CS-specific KPI, CS work becomes "whatever lands on CS" (the catch-all
    pattern): busy, but with no number that says whether it helps customers succeed.
    Every activity on which a department of kind `cs` is Responsible or Accountable
    should say which KPI it moves.

    Failing:

        - {id: usage_review, name: 利用状況レビュー, raci: {cs: A/R}}

    Passing:

        - {id: usage_review, name: 利用状況レビュー, raci: {cs: A/R}, kpis: [adoption_rate]}

    How to fix: list in `kpis:` the KPI (or activity KPI) this activity moves; if it
    moves none, ask whether CS should do it at all.
    """
    spec = ctx.spec
    cs = {d.id for d in spec.departments if d.kind == "cs"}
    if not cs:
        return
    for activity in spec.activities():
        if activity.kpis:
            continue
        doer = _first_cs_doer(activity.raci, cs)
        if doer is not None:
            department = spec.department(doer.department)
            yield Hit(
                activity.span,
                {
                    "activity": activity.name,
                    "id": activity.id,
                    "department": department.name,
                    "department_id": department.id,
                    "cell": doer.cell,
                },
                activity.id,
            )


@rule("K408", "too-many-kpis", "warning", max_kpis=7)
def too_many_kpis(ctx: Context) -> Iterator[Hit]:
    """A department owns more than ``max_kpis`` (7) KPIs.

    KPIs work when they are few and tied to the role. A department that owns a long
    list of numbers cannot act on all of them, and the ones that matter get lost.
    Counts every level (KGI, KPI and activity KPI).

    Failing:

        # eight KPIs with owner: cs

    Passing:

        # seven KPIs with owner: cs; the eighth given to the department that moves it,
        # or dropped

    How to fix: keep the few KPIs that measure the department's role; drop the rest or
    give them to the department whose work moves them.
    """
    spec = ctx.spec
    limit = ctx.options["max_kpis"]
    owned = Counter(k.owner for k in spec.kpis if k.owner is not None)
    for department in spec.departments:
        count = owned.get(department.id, 0)
        if count > limit:
            ids = ", ".join(k.id for k in spec.kpis if k.owner == department.id)
            yield Hit(
                department.span,
                {"department": department.name, "id": department.id, "count": count, "max": limit, "kpis": ids},
                department.id,
            )


@rule("K409", "unreadable-target", "warning")
def unreadable_target(ctx: Context) -> Iterator[Hit]:
    """A KPI target is not a number raci can read.

    A target is what the owner commits to; "high", "改善" or "up" commit to nothing, and
    no tool can compare them with the actual value. raci reads an optional comparator
    (`>=`, `<=`, `>`, `<`, `=`, `≥`, `≤`, full-width too), a number (full-width digits,
    thousands separators, decimals and a sign are fine) with an optional unit, or a
    range such as `80-90` or `80〜90`.

    Failing:

        - {id: nps, name: NPS, level: kpi, parent: ltv, target: 改善}

    Passing:

        - {id: nps, name: NPS, level: kpi, parent: ltv, unit: pt, target: ">= 30"}

    How to fix: write the number the owner commits to, with a comparator when it is a
    floor or a ceiling (`">= 90"`, `"< 2.84"`), or a range (`"80-90"`).
    """
    for kpi in ctx.spec.kpis:
        if kpi.target is not None and not readable_target(kpi.target):
            yield Hit(kpi.span, {"kpi": kpi.name, "id": kpi.id, "target": kpi.target}, kpi.id)


# helpers ----------------------------------------------------------------------------

_COMPARATOR = r"(?:>=|<=|=>|=<|==|[<>=≥≤≧≦])"
_CURRENCY = r"[¥$£€]?"
_NUMBER = r"[+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_UNIT = r"(?:[^\d\s<>=≥≤≧≦\-~〜–—][^\d<>=≥≤≧≦]*?)?"
_RANGE_SEPARATOR = r"(?:-|~|〜|–|—|to|から)"
_TARGET = re.compile(
    rf"(?:{_COMPARATOR}\s*)?{_CURRENCY}{_NUMBER}\s*{_UNIT}"
    rf"|{_CURRENCY}{_NUMBER}\s*{_UNIT}\s*{_RANGE_SEPARATOR}\s*{_CURRENCY}{_NUMBER}\s*{_UNIT}"
)


def readable_target(target: str) -> bool:
    """Whether raci can read ``target``: ``">= 90"``, ``"< 2.84"``, ``"１，２００件"``, ``"80〜90"``…"""
    text = unicodedata.normalize("NFKC", target).strip()
    return _TARGET.fullmatch(text) is not None


def _walk_up(starts: Iterable[str], spec: Spec) -> Iterator[str]:
    """KPIs reachable upwards (along parent links) from ``starts``, ``starts`` included, each once."""
    queue = list(dict.fromkeys(starts))
    seen = set(queue)
    for node in queue:
        yield node
        for parent in spec.kpi(node).parents:
            if parent not in seen:
                seen.add(parent)
                queue.append(parent)


def _first_cs_doer(raci: tuple[Assignment, ...], cs: set[str]) -> Assignment | None:
    """The CS department's cell on an activity where it is A or R: Accountable first."""
    found: Assignment | None = None
    for assignment in raci:
        if assignment.department in cs and assignment.roles & _MOVES:
            if "A" in assignment.roles:
                return assignment
            found = found or assignment
    return found


def _subtree_movers(ctx: Context) -> Mapping[str, frozenset[str]]:
    """For each KPI, the departments R or A on an activity that moves it or a KPI below it.

    One pass over the KPI tree with Tarjan's strongly connected components (children
    first), so each subtree is summed once and reused by every KPI above it; a loop of
    parent links is one component whose KPIs share their set. Linear in activity links
    plus KPI edges (times the number of departments in a set, which is small).
    """
    spec, graph = ctx.spec, ctx.graph
    direct: dict[str, frozenset[str]] = {}
    for kpi in spec.kpis:
        doers = {a.department for activity in graph.kpi_activities(kpi.id) for a in activity.raci if a.roles & _MOVES}
        direct[kpi.id] = frozenset(doers)
    result: dict[str, frozenset[str]] = {}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    for root in direct:
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        work = [(root, iter(graph.kpi_children(root)))]
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(graph.kpi_children(child))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] != index[node]:
                continue
            members: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                members.append(member)
                if member == node:
                    break
            parts = [direct.get(m, frozenset()) for m in members]
            parts += [result[c] for m in members for c in graph.kpi_children(m) if c in result]
            nonempty = [p for p in parts if p]
            total = nonempty[0] if len(nonempty) == 1 else frozenset().union(*nonempty)
            for member in members:
                result[member] = total
    return result
