"""L202 dropped-after-handoff: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from raci.rules import Context, Hit, rule
from raci.rules.lifecycle import department_name

MESSAGES: dict[str, dict[str, str]] = {
    "L202": {
        "en": "phase '{phase}' ({id}) has no owner, though the previous phase '{previous}' ({previous_id}) is owned by '{owner}' ({owner_id}): the customer is handed over to nobody",
        "ja": "前のフェーズ「{previous}」（{previous_id}）は「{owner}」（{owner_id}）が担っていますが、フェーズ「{phase}」（{id}）には主管部門がありません。顧客が誰にも引き継がれません",
    },
    "L202.hint": {
        "en": "make one department A on most of this phase's activities, usually the one that takes the customer over from {owner_id}",
        "ja": "このフェーズの大半の活動で一つの部門を A にしてください。通常は {owner_id} から顧客を引き継ぐ部門です",
    },
    "L202.summary": {
        "en": "The customer is handed over to nobody: an owned phase is followed by a phase without owner.",
        "ja": "主管部門のあるフェーズの次に、主管部門のないフェーズがあり、顧客が誰にも引き継がれません。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "顧客は、ある部門が責任を持っていたフェーズを離れ、どの部門も主管していないフェーズに"
        "入ります。つまり、誰にも引き継がれていません。契約後にオンボーディングが抜け落ちたり、"
        "活用定着の後で契約更新が後回しになったりするのは、ここです。\n\n"
        "フェーズの主管部門とは、そのフェーズの活動の `min_share`（50%）以上で説明責任（A）を持ち、"
        "同数で並ぶ部門がない部門です。"
    ),
    "fix": (
        "一つの部門を、そのフェーズの大半の活動で説明責任（A）にしてください。通常は、前のフェーズの"
        "主管部門から顧客を引き継ぐ部門です。"
    ),
}


@rule("L202", "dropped-after-handoff", "error", messages=MESSAGES, docs_ja=DOCS_JA, needs=("stages",), min_share=0.5)
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
    spec = ctx.spec
    for (before, giver), (phase, owner) in itertools.pairwise(ctx.graph.phase_owners(min_share)):
        if owner is None and phase.activities and giver is not None:
            yield Hit(
                phase.span,
                {
                    "phase": phase.name,
                    "id": phase.id,
                    "previous": before.name,
                    "previous_id": before.id,
                    "owner": department_name(spec, giver),
                    "owner_id": giver,
                },
                phase.id,
            )
