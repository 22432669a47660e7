"""Lifecycle rules: every phase has an owner, and the customer is handed over, not dropped.

A phase's *owner* is the department Accountable for most of its activities (at least
``min_share`` of them, and no tie): :meth:`raci.graph.OrgGraph.phase_owner`. Phases of
stage ``support`` run across the lifecycle and are not part of this chain.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from raci.graph import Handoff
from raci.rules import Context, Hit, rule
from raci.rules.core import percent
from raci.spec.model import Activity, Phase, Spec


@rule("L201", "phase-without-owner", "warning", min_share=0.5)
def phase_without_owner(ctx: Context) -> Iterator[Hit]:
    """A lifecycle phase has no owner: no single department is Accountable for most of it.

    Each phase of the customer lifecycle needs one department that answers for it, so that
    the customer (and everyone inside) knows whom to turn to in it. A phase's owner is the department that is
    Accountable for at least `min_share` (50 %) of its activities, with no other
    department as often. Not reported when L202 reports the same phase.

    Failing:

        - id: adoption
          activities:
            - {id: usage_review, raci: {cs: A/R}}
            - {id: seminar, raci: {marketing: A/R, cs: C}}

    Passing:

        - id: adoption
          activities:
            - {id: usage_review, raci: {cs: A/R}}
            - {id: seminar, raci: {cs: A/R, marketing: C}}

    How to fix: Decide which department owns the phase and make it A on most of its
    activities; the others stay R, C or I where they help.
    """
    min_share = ctx.options["min_share"]
    graph = ctx.graph
    previous_owner: str | None = None
    for phase in graph.lifecycle:
        owner = graph.phase_owner(phase, min_share)
        if owner is None and phase.activities and previous_owner is None:
            yield _unowned(phase, min_share)
        previous_owner = owner


@rule("L202", "dropped-after-handoff", "error", min_share=0.5)
def dropped_after_handoff(ctx: Context) -> Iterator[Hit]:
    """The previous phase has an owner, but this phase has none: the customer is dropped.

    The customer leaves a phase that a department answered for and enters one that no
    department owns: they are handed over to nobody. This is where onboarding gets
    missed after the contract, or renewals slip after adoption. A phase's owner is the
    department Accountable for at least `min_share` (50 %) of its activities, with no
    tie.

    Failing:

        - id: contract
          activities:
            - {id: signing, raci: {sales: A/R, cs: I}}
        - id: onboarding
          activities:
            - {id: kickoff, raci: {cs: A/R, sales: C}}
            - {id: setup, raci: {support: A/R, cs: C}}

    Passing:

        - id: contract
          activities:
            - {id: signing, raci: {sales: A/R, cs: I}}
        - id: onboarding
          activities:
            - {id: kickoff, raci: {cs: A/R, sales: C}}
            - {id: setup, raci: {cs: A, support: R}}

    How to fix: Make one department Accountable for most of the phase's activities,
    usually the one that takes the customer over from the previous phase's owner.
    """
    min_share = ctx.options["min_share"]
    graph = ctx.graph
    spec = ctx.spec
    previous: tuple[Phase, str] | None = None
    for phase in graph.lifecycle:
        owner = graph.phase_owner(phase, min_share)
        if owner is None and phase.activities and previous is not None:
            before, giver = previous
            yield Hit(
                phase.span,
                {
                    "phase": phase.name,
                    "id": phase.id,
                    "previous": before.name,
                    "previous_id": before.id,
                    "owner": _department_name(spec, giver),
                    "owner_id": giver,
                },
                phase.id,
            )
        previous = (phase, owner) if owner is not None else None


@rule("L203", "missing-handoff", "warning", min_share=0.5)
def missing_handoff(ctx: Context) -> Iterator[Hit]:
    """The owner changes between two phases, and nothing hands the customer over.

    When phase P is owned by one department (the giver) and the next phase Q by another
    (the taker), the taker must learn what the giver knows — goals, decision makers,
    promises made — or the customer has to explain it all again. The handover counts as
    written down when the taker holds any role (R, A, C or I) on P's last activity, or
    when P or Q has an activity marked `handoff: true` on which both the giver and the
    taker hold a role.

    Failing:

        - id: contract
          activities:
            - {id: signing, raci: {sales: A/R}}
        - id: onboarding
          activities:
            - {id: kickoff, raci: {cs: A/R}}

    Passing:

        - id: contract
          activities:
            - {id: signing, raci: {sales: A/R, cs: I}}
        - id: onboarding
          activities:
            - {id: kickoff, raci: {cs: A/R, sales: C}}

    How to fix: Add a handover activity (`handoff: true`) with the giver and the taker
    on it, for example a handover meeting with a handover sheet, or at least give the
    taker a role (C or I) on the last activity of the previous phase.
    """
    spec = ctx.spec
    for handoff in ctx.graph.handoffs(ctx.options["min_share"]):
        if _handed_over(handoff):
            continue
        before, after = handoff.before, handoff.after
        last = before.activities[-1]
        yield Hit(
            after.span,
            {
                "giver": _department_name(spec, handoff.giver),
                "giver_id": handoff.giver,
                "taker": _department_name(spec, handoff.taker),
                "taker_id": handoff.taker,
                "before": before.name,
                "before_id": before.id,
                "after": after.name,
                "after_id": after.id,
                "last": last.name,
                "last_id": last.id,
            },
            f"{before.id}:{after.id}",
        )


def _unowned(phase: Phase, min_share: float) -> Hit:
    """The L201 hit for ``phase``: why it has no owner (a tie, too small a share, or no A)."""
    counts = Counter(d for a in phase.activities for d in a.holders("A"))
    args = {"phase": phase.name, "id": phase.id, "count": len(phase.activities), "share": percent(min_share)}
    if not counts:
        return Hit(phase.span, args, phase.id, "L201.none")
    most = max(counts.values())
    leaders = [d for d, n in counts.items() if n == most]
    args = {**args, "most": most, "departments": ", ".join(leaders)}
    return Hit(phase.span, args, phase.id, "L201.tie" if len(leaders) > 1 else None)


def _handed_over(handoff: Handoff) -> bool:
    """The taker is on the giver's last activity, or a handoff activity has both of them."""
    if _holds_role(handoff.before.activities[-1], handoff.taker):
        return True
    for phase in (handoff.before, handoff.after):
        for activity in phase.activities:
            if activity.handoff and _holds_role(activity, handoff.giver) and _holds_role(activity, handoff.taker):
                return True
    return False


def _holds_role(activity: Activity, department: str) -> bool:
    return any(a.department == department and a.roles for a in activity.raci)


def _department_name(spec: Spec, department: str) -> object:
    return spec.department(department).name
