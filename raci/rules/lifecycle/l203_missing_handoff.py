"""L203 missing-handoff: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.graph import Handoff
from raci.rules import Context, Hit, rule
from raci.rules.lifecycle import department_name
from raci.spec.model import Activity

MESSAGES: dict[str, dict[str, str]] = {
    "L203": {
        "en": "'{giver}' ({giver_id}) owns phase '{before}' ({before_id}) and '{taker}' ({taker_id}) owns the next phase '{after}' ({after_id}), but no activity hands the customer over",
        "ja": "フェーズ「{before}」（{before_id}）は「{giver}」（{giver_id}）、次のフェーズ「{after}」（{after_id}）は「{taker}」（{taker_id}）が担っていますが、顧客を引き継ぐ活動がありません",
    },
    "L203.hint": {
        "en": "add a handover activity with 'handoff: true' and both {giver_id} and {taker_id} on it, or give {taker_id} a role (C or I) on '{last}' ({last_id}), the last activity of '{before}'",
        "ja": "{giver_id} と {taker_id} の両方が関わる引き継ぎの活動（'handoff: true'）を追加するか、「{before}」の最後の活動「{last}」（{last_id}）で {taker_id} に役割（C か I）を付けてください",
    },
    "L203.summary": {
        "en": "The phase owner changes but no activity hands the customer over.",
        "ja": "フェーズの主管部門が変わるのに、顧客を引き継ぐ活動がありません。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "フェーズ P の主管部門（渡す側）と次のフェーズ Q の主管部門（受け取る側）が異なるとき、"
        "受け取る側は、渡す側が知っていること（顧客の目標、意思決定者、約束した内容）を"
        "知っておく必要があります。そうしないと、顧客が同じ説明を一からし直すことになります。\n\n"
        "受け取る側が P の最後の活動で何らかの役割（R・A・C・I のいずれか）を持っているか、"
        "P か Q に `handoff: true` の活動があり、渡す側と受け取る側の両方がそこで役割を持っていれば、"
        "引き継ぎが書かれているとみなします。"
    ),
    "fix": (
        "渡す側と受け取る側の両方が入った引き継ぎの活動（`handoff: true`）を追加してください"
        "（例：引き継ぎシートを使った引き継ぎミーティング）。少なくとも、前のフェーズの最後の活動で"
        "受け取る側に相談先（C）か共有先（I）の役割を与えてください。"
    ),
}


@rule("L203", "missing-handoff", "warning", messages=MESSAGES, docs_ja=DOCS_JA, needs=("stages",), min_share=0.5)
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
                "giver": department_name(spec, handoff.giver),
                "giver_id": handoff.giver,
                "taker": department_name(spec, handoff.taker),
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
