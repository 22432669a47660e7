"""Failure patterns of a blurred CS role: support-isation, catch-all, sales squeeze (seed 002).

The checks rely on each department's ``kind`` and each phase's ``stage``: new business is
the ``lead`` and ``contract`` stages, success work the ``onboarding`` and ``adoption``
stages (:data:`raci.graph.NEW_BUSINESS_STAGES`, :data:`raci.graph.SUCCESS_STAGES`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from raci.graph import ACROSS_STAGE, NEW_BUSINESS_STAGES, SUCCESS_STAGES
from raci.rules import Context, Hit, rule
from raci.rules.core import percent
from raci.spec.model import Activity, Department, ScopeItem, Spec, Text

NAMES_WIDTH = 72
"""Characters of activity names listed in a message (messages cut quoted text at 80);
the count says how many activities there are in all."""


@rule("P301", "support-isation", "warning", max_reactive_share=0.5, min_activities=3)
def support_isation(ctx: Context) -> Iterator[Hit]:
    """A CS department spends most of its work on reactive tasks (サポート化).

    Support-isation: CS is swamped by inbound inquiries and trouble tickets and works like
    support, so nothing proactive — onboarding, usage reviews, renewals prepared in
    advance — gets done. Reported for a department of kind `cs` when more than
    `max_reactive_share` (50 %) of the activities it is Responsible for have
    `mode: reactive`, once it is Responsible for at least `min_activities` (3).

    Failing:

        # cs is R on 2 reactive activities out of 3
        - {id: inquiries, mode: reactive, raci: {cs: A/R}}
        - {id: incidents, mode: reactive, raci: {cs: A/R, product: C}}
        - {id: usage_review, mode: proactive, raci: {cs: A/R}}

    Passing:

        - {id: inquiries, mode: reactive, raci: {support: A/R, cs: I}}
        - {id: incidents, mode: reactive, raci: {cs: A/R, product: C}}
        - {id: usage_review, mode: proactive, raci: {cs: A/R}}

    How to fix: Move first-line inquiries and tickets to support (or product), write
    them into CS's `scope.out`, and give CS the proactive work that its KPIs measure.
    """
    max_share = ctx.options["max_reactive_share"]
    minimum = ctx.options["min_activities"]
    graph = ctx.graph
    for department in _of_kind(ctx.spec, "cs"):
        responsible = graph.activities_with(department.id, "R")
        if not responsible or len(responsible) < minimum:
            continue
        reactive = sum(1 for a in responsible if a.mode == "reactive")
        if reactive / len(responsible) > max_share:
            yield Hit(
                department.span,
                {
                    "department": department.name,
                    "id": department.id,
                    "share": percent(reactive / len(responsible)),
                    "reactive": reactive,
                    "count": len(responsible),
                    "max": percent(max_share),
                },
                f"{department.id}:reactive",
            )


@rule("P302", "catch-all", "warning", max_phases=4)
def catch_all(ctx: Context) -> Iterator[Hit]:
    """A CS department has become the catch-all for everyone's work (何でも屋化).

    "Just ask CS": onboarding, usage promotion, renewals, and then sales and marketing
    work too land on CS, until it has no work of its own and no KPI that measures it.
    Reported for a department of kind `cs`, once per variant:

    - `phases`: it is Responsible (R) in more than `max_phases` (4) lifecycle phases
      (phases of the same `stage`, such as two onboarding phases split by segment,
      count once; phases of stage `support` do not count);
    - `scope`: it is Responsible for an activity, or an activity of a phase, that its
      own `scope.out` says it does not do — the spec contradicts itself;
    - `new_business`: it is Responsible for new-business work (activities of phases of
      stage `lead` or `contract`) or marketing work (activities on which a
      department of kind `marketing` is Accountable).

    Failing:

        departments:
          - {id: cs, kind: cs, scope: {out: [{activity: inquiries}]}}
        phases:
          - id: lead
            activities:
              - {id: webinar, raci: {marketing: A, cs: R}}
          - id: support
            activities:
              - {id: inquiries, raci: {support: A, cs: R}}

    Passing:

        phases:
          - id: lead
            activities:
              - {id: webinar, raci: {marketing: A/R, cs: C}}
          - id: support
            activities:
              - {id: inquiries, raci: {support: A/R, cs: I}}

    How to fix: Write down where CS stops (`scope.out`) and keep the spec to it: new
    business belongs to sales, campaigns to marketing, tickets to support. CS stays C or
    I on that work, and R on the phases after the contract that it owns.
    """
    spec = ctx.spec
    graph = ctx.graph
    max_phases = ctx.options["max_phases"]
    marketing = {d.id for d in _of_kind(spec, "marketing")}
    phase_of = {phase.id: phase for phase in spec.phases}
    for department in _of_kind(spec, "cs"):
        responsible = graph.activities_with(department.id, "R")
        if not responsible:
            continue
        stages = _unique(
            phase_of[a.phase].stage or a.phase for a in responsible if phase_of[a.phase].stage != ACROSS_STAGE
        )
        if len(stages) > max_phases:
            yield Hit(
                department.span,
                {
                    "department": department.name,
                    "id": department.id,
                    "count": len(stages),
                    "max": max_phases,
                    "phases": ", ".join(stages),
                },
                f"{department.id}:phases",
                "P302.phases",
            )
        scope_hit = _scope_contradiction(department, responsible)
        if scope_hit is not None:
            yield scope_hit
        foreign = [
            a
            for a in responsible
            if phase_of[a.phase].stage in NEW_BUSINESS_STAGES or any(d in marketing for d in a.holders("A"))
        ]
        if foreign:
            yield Hit(
                foreign[0].span,
                {"department": department.name, "id": department.id, **_listing(foreign)},
                f"{department.id}:new_business",
                "P302.new_business",
            )


@rule("P303", "sales-squeeze", "warning")
def sales_squeeze(ctx: Context) -> Iterator[Hit]:
    """Sales does onboarding and adoption work (営業圧迫化).

    Sales squeeze: where field sales also does CS, or nobody does CS, onboarding and
    existing-customer work eat the time for new deals — and onboarding, done in the
    gaps, gets missed or delayed. Reported for a department of kind `sales` that is
    Responsible for onboarding or adoption work (activities of phases of stage
    `onboarding` or `adoption`), and for a department of another kind than sales or
    cs that is Responsible both for new-business work (stages `lead`, `contract`) and
    for onboarding or adoption work.

    Failing:

        - id: onboarding
          activities:
            - {id: kickoff, raci: {sales: A/R}}

    Passing:

        - id: onboarding
          activities:
            - {id: kickoff, raci: {cs: A/R, sales: C}}

    How to fix: Give onboarding and adoption to CS (or, without a CS team yet, to one
    named person or team with it in their scope); sales hands the customer over with a
    handoff activity and stays C or I afterwards.
    """
    spec = ctx.spec
    graph = ctx.graph
    stage_of = {phase.id: phase.stage for phase in spec.phases}
    for department in spec.departments:
        if department.kind == "cs":
            continue
        responsible = graph.activities_with(department.id, "R")
        success = [a for a in responsible if stage_of[a.phase] in SUCCESS_STAGES]
        if not success:
            continue
        args = {"department": department.name, "id": department.id, **_listing(success)}
        if department.kind == "sales":
            yield Hit(success[0].span, args, department.id)
            continue
        new_business = [a for a in responsible if stage_of[a.phase] in NEW_BUSINESS_STAGES]
        if new_business:
            listing = _listing(new_business)
            yield Hit(
                success[0].span,
                {**args, "new_count": listing["count"], "new_activities": listing["activities"]},
                department.id,
                "P303.other",
            )


@rule("P304", "cs-scope-undefined", "warning")
def cs_scope_undefined(ctx: Context) -> Iterator[Hit]:
    """A CS department does not write down where it stops (no `scope.out`).

    The first step out of all three failure patterns is to write down what CS does and,
    above all, what it does not do — where another department's role begins.
    Without it every new task can land on CS, and nobody can point at the line.

    Failing:

        - id: cs
          kind: cs
          scope:
            in: [導入支援, 活用促進]

    Passing:

        - id: cs
          kind: cs
          scope:
            in: [導入支援, 活用促進]
            out: [新規商談, {activity: inquiry_handling, note: 問い合わせはサポート}]

    How to fix: Add `scope.out` to the department: the work it does not do, as text or
    as `{activity: …}` / `{phase: …}` references to the activities other departments
    own.
    """
    for department in _of_kind(ctx.spec, "cs"):
        if department.scope is None or not department.scope.does_not:
            span = department.scope.span if department.scope and department.scope.span else department.span
            yield Hit(span, {"department": department.name, "id": department.id}, department.id)


def _of_kind(spec: Spec, kind: str) -> Iterator[Department]:
    return (d for d in spec.departments if d.kind == kind)


def _unique(items: Iterable[str]) -> list[str]:
    """``items`` without repeats, in first-seen order."""
    return list(dict.fromkeys(items))


def _listing(activities: list[Activity]) -> dict[str, object]:
    """Message arguments for a list of activities: how many, and as many names as fit."""
    names = Text(ja=_names(activities, "ja", "、"), en=_names(activities, "en", ", "))
    return {"count": len(activities), "activities": names}


def _names(activities: list[Activity], lang: str, separator: str) -> str:
    """The names of ``activities`` in ``lang``, as many as fit in :data:`NAMES_WIDTH`, then "…"."""
    shown: list[str] = []
    width = 0
    for activity in activities:
        name = activity.name.get(lang)
        if shown and width + len(separator) + len(name) > NAMES_WIDTH:
            return separator.join(shown) + separator + "…"
        shown.append(name)
        width += len(name) + (len(separator) if len(shown) > 1 else 0)
    return separator.join(shown)


def _scope_contradiction(department: Department, responsible: tuple[Activity, ...]) -> Hit | None:
    """The P302.scope hit: activities ``department`` is R for although its scope.out excludes them."""
    if department.scope is None:
        return None
    by_activity: dict[str, ScopeItem] = {}
    by_phase: dict[str, ScopeItem] = {}
    for item in department.scope.does_not:
        if item.activity is not None:
            by_activity.setdefault(item.activity, item)
        elif item.phase is not None:
            by_phase.setdefault(item.phase, item)
    contradicted = [a for a in responsible if a.id in by_activity or a.phase in by_phase]
    if not contradicted:
        return None
    first = contradicted[0]
    item = by_activity.get(first.id) or by_phase[first.phase]
    return Hit(
        item.span or department.span,
        {"department": department.name, "id": department.id, **_listing(contradicted)},
        f"{department.id}:scope",
        "P302.scope",
    )
