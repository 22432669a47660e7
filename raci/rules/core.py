"""Core RACI rules: one Accountable, someone Responsible, nobody idle, no empty phase."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule


@rule("R101", "no-accountable", "error")
def no_accountable(ctx: Context) -> Iterator[Hit]:
    """An activity has no Accountable department.

    Someone must own the outcome of every activity, or nobody will answer for it when
    it slips. Exactly one department holds A (write A/R when it also does the work).

    Failing:

        raci: {cs: R, sales: C}

    Passing:

        raci: {cs: A/R, sales: C}
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
    """
    spec = ctx.spec
    for phase in spec.phases:
        if not phase.activities:
            yield Hit(phase.span, {"phase": phase.name, "id": phase.id}, phase.id)
