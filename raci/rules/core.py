"""Core RACI rules: one Accountable, someone Responsible, nobody idle, no empty phase."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule


def percent(share: float) -> float | int:
    """``share`` (0..1) as a percentage for messages: 52.6, or 50 when it is whole."""
    value = round(100 * share, 1)
    return int(value) if value == int(value) else value


@rule("R101", "no-accountable", "error")
def no_accountable(ctx: Context) -> Iterator[Hit]:
    """An activity has no Accountable department.

    Someone must own the outcome of every activity, or nobody will answer for it when
    it slips. Exactly one department holds A (write A/R when it also does the work).

    Failing:

        raci: {cs: R, sales: C}

    Passing:

        raci: {cs: A/R, sales: C}

    How to fix: choose the one department that answers for the result and mark it A (A/R
    when it also does the work).
    """
    spec = ctx.spec
    for activity in spec.activities():
        if not activity.holders("A"):
            yield Hit(activity.span, {"activity": activity.name, "id": activity.id}, activity.id)


@rule("R102", "several-accountable", "error")
def several_accountable(ctx: Context) -> Iterator[Hit]:
    """An activity has more than one Accountable department.

    Two owners means no owner: each waits for the other. Keep one A; make the
    others R (they do the work) or C (they are asked).

    Failing:

        raci: {cs: A/R, sales: A}

    Passing:

        raci: {cs: A/R, sales: C}

    How to fix: agree in the workshop which department answers for the result; keep its A
    and turn the other A's into R or C.
    """
    spec = ctx.spec
    for activity in spec.activities():
        holders = activity.holders("A")
        if len(holders) > 1:
            yield Hit(
                activity.span,
                {
                    "activity": activity.name,
                    "id": activity.id,
                    "count": len(holders),
                    "departments": ", ".join(holders),
                },
                activity.id,
            )


@rule("R103", "no-responsible", "error")
def no_responsible(ctx: Context) -> Iterator[Hit]:
    """An activity has no Responsible department.

    An activity that nobody does does not happen. Name who does the work with R, or
    A/R when the Accountable department does it itself.

    Failing:

        raci: {cs: A, sales: C}

    Passing:

        raci: {cs: A/R, sales: C}

    How to fix: mark the department that does the work R (or the Accountable one A/R).
    """
    spec = ctx.spec
    for activity in spec.activities():
        if not activity.holders("R"):
            yield Hit(activity.span, {"activity": activity.name, "id": activity.id}, activity.id)


@rule("R104", "idle-department", "warning")
def idle_department(ctx: Context) -> Iterator[Hit]:
    """A department takes part in no activity.

    A department listed in the spec but absent from every RACI row is either missing
    from the design or not part of it. Give it a role (R, A, C or I) where it belongs,
    or remove it.

    Failing:

        departments: [{id: cs, …}, {id: marketing, …}]
        # and no activity mentions marketing

    Passing:

        raci: {cs: A/R, marketing: I}

    How to fix: add the department to the rows where it has a role, or remove it from
    `departments`.
    """
    spec = ctx.spec
    active = {a.department for activity in spec.activities() for a in activity.raci}
    for department in spec.departments:
        if department.id not in active:
            yield Hit(department.span, {"department": department.name, "id": department.id}, department.id)


@rule("R105", "empty-phase", "warning")
def empty_phase(ctx: Context) -> Iterator[Hit]:
    """A phase has no activities.

    A lifecycle phase with no activity is a phase nobody works in: customers reach it
    and find no one. List what happens in it, with who does it.

    Failing:

        - {id: renewal, name: 契約更新, activities: []}

    Passing:

        - id: renewal
          name: 契約更新
          activities:
            - {id: renewal_review, name: 更新レビュー, raci: {cs: A/R, sales: C}}

    How to fix: list the phase's activities with their RACI cells, or remove the phase.
    """
    spec = ctx.spec
    for phase in spec.phases:
        if not phase.activities:
            yield Hit(phase.span, {"phase": phase.name, "id": phase.id}, phase.id)


@rule("R106", "too-many-responsible", "warning", max_responsible=3)
def too_many_responsible(ctx: Context) -> Iterator[Hit]:
    """An activity has more Responsible departments than `max_responsible` (3).

    When several departments do the same piece of work, each of them calls the
    customer, and the customer hears the same explanation several times. Work shared that widely is
    usually several activities written as one, or one activity with helpers written as R.

    Failing:

        raci: {cs: A/R, sales: R, support: R, product: R}

    Passing:

        raci: {cs: A/R, sales: C, support: R, product: C}

    How to fix: Keep as R only the departments that really do the work; make the others
    C (they are asked) or I (they are told), or split the activity into one activity per
    department's part of the work.
    """
    yield from _crowded(ctx, "R", ctx.options["max_responsible"])


@rule("R107", "too-many-consulted", "info", max_consulted=4)
def too_many_consulted(ctx: Context) -> Iterator[Hit]:
    """An activity has more Consulted departments than `max_consulted` (4).

    Every C is a conversation that must happen before the work moves on: with many of
    them, decisions wait for the slowest department. Most departments that "should know"
    only need to be told afterwards.

    Failing:

        raci: {cs: A/R, sales: C, support: C, marketing: C, product: C, finance: C}

    Passing:

        raci: {cs: A/R, sales: C, support: C, marketing: I, product: C, finance: I}

    How to fix: Keep C for the departments whose input changes the outcome; make the
    others I (informed once the work is done).
    """
    yield from _crowded(ctx, "C", ctx.options["max_consulted"])


@rule("R108", "only-informed", "warning")
def only_informed(ctx: Context) -> Iterator[Hit]:
    """A department takes part only as Informed (I), never as R, A or C.

    A department that is only ever told what happened is a spectator in the design: it
    does no work, owns no outcome and is never asked. Either the spec forgets the work it
    really does, or it does not belong in the RACI rows at all.

    Failing:

        # marketing appears in the rows only as I
        - {id: kickoff, raci: {cs: A/R, marketing: I}}
        - {id: health_check, raci: {cs: A/R, marketing: I}}

    Passing:

        - {id: kickoff, raci: {cs: A/R, marketing: I}}
        - {id: case_study, raci: {marketing: A/R, cs: C}}

    How to fix: Give the department the work it actually does (R, A or C on the
    activities where it contributes), or drop it from the rows and tell it through a
    regular report.
    """
    graph = ctx.graph
    for department in ctx.spec.departments:
        roles = graph.roles_of(department.id)
        if roles["I"] and not (roles["R"] or roles["A"] or roles["C"]):
            yield Hit(
                department.span,
                {"department": department.name, "id": department.id, "count": roles["I"]},
                department.id,
            )


@rule("R109", "accountable-never-responsible", "warning")
def accountable_never_responsible(ctx: Context) -> Iterator[Hit]:
    """A department is Accountable (A) for some activities but Responsible (R) for none.

    A department that owns outcomes but never does any of the work answers for things it
    cannot change itself: it only signs off what others do. That is the typical shape of a
    manager's layer written as a department, or of ownership put on the wrong team.

    Failing:

        # product is A twice and R nowhere
        - {id: voc_feedback, raci: {product: A, cs: R}}
        - {id: release_notes, raci: {product: A, support: R}}

    Passing:

        - {id: voc_feedback, raci: {product: A, cs: R}}
        - {id: release_notes, raci: {product: A/R, support: C}}

    How to fix: Make the department A/R where it does the work itself, or hand the A to
    the department that is R (the one that can change the outcome).
    """
    graph = ctx.graph
    for department in ctx.spec.departments:
        roles = graph.roles_of(department.id)
        if roles["A"] and not roles["R"]:
            yield Hit(
                department.span,
                {"department": department.name, "id": department.id, "count": roles["A"]},
                department.id,
            )


@rule("R110", "accountable-overload", "warning", max_share=0.5, min_activities=6)
def accountable_overload(ctx: Context) -> Iterator[Hit]:
    """One department is Accountable for more than `max_share` (50 %) of all activities.

    When one department owns most of the lifecycle, nobody else owns anything: the other
    departments do the work without answering for it, and everything waits for one
    team's decisions. Checked only when the spec has at least `min_activities` (6)
    activities, so that a small draft is not flagged.

    Failing:

        # cs is A on 4 of the 6 activities
        - {id: demo, raci: {sales: A/R, cs: I}}
        - {id: contract, raci: {sales: A/R}}
        - {id: kickoff, raci: {cs: A/R, sales: C}}
        - {id: setup, raci: {cs: A/R}}
        - {id: inquiries, raci: {cs: A/R, support: R}}
        - {id: renewal, raci: {cs: A/R, sales: C}}

    Passing:

        # the same, but support owns the inquiries: cs is A on 3 of the 6 activities
        - {id: inquiries, raci: {support: A/R, cs: I}}

    How to fix: Give each phase the department that drives it as A: usually sales before
    the contract, CS after it, support for inquiries; keep the others R, C or I.
    """
    total = sum(len(phase.activities) for phase in ctx.spec.phases)
    if total < ctx.options["min_activities"] or total == 0:
        return
    max_share = ctx.options["max_share"]
    graph = ctx.graph
    for department in ctx.spec.departments:
        count = len(graph.activities_with(department.id, "A"))
        if count / total > max_share:
            yield Hit(
                department.span,
                {
                    "department": department.name,
                    "id": department.id,
                    "count": count,
                    "total": total,
                    "share": percent(count / total),
                    "max": percent(max_share),
                },
                department.id,
            )


def _crowded(ctx: Context, role: str, limit: int) -> Iterator[Hit]:
    """Activities on which more than ``limit`` departments hold ``role``."""
    for activity in ctx.spec.activities():
        holders = activity.holders(role)
        if len(holders) > limit:
            args = {"activity": activity.name, "id": activity.id, "count": len(holders), "max": limit}
            yield Hit(activity.span, {**args, "departments": ", ".join(holders)}, activity.id)
