"""L201 phase-without-owner: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.graph import OrgGraph
from raci.rules import Context, Hit, names, rule
from raci.rules.numbers import percent
from raci.spec.model import Phase

MESSAGES: dict[str, dict[str, str]] = {
    "L201": {
        "en": "phase '{phase}' ({id}) has no owner: no department is Accountable for at least {share}% of its {count} activities (the most is {departments} with {most})",
        "ja": "フェーズ「{phase}」（{id}）に主管部門がありません。全 {count} 件の活動の {share}% 以上で説明責任（A）を持つ部門がありません（最も多い{departments}でも {most} 件）",
    },
    "L201.hint": {
        "en": "decide which department owns this phase and make it A on most of its activities; the others stay R, C or I",
        "ja": "このフェーズを担う部門を決め、その部門を大半の活動の A にしてください。他の部門は R・C・I で関わります",
    },
    "L201.tie": {
        "en": "phase '{phase}' ({id}) has no owner: {departments} are each Accountable for {most} of its {count} activities",
        "ja": "フェーズ「{phase}」（{id}）に主管部門がありません。{departments}が、全 {count} 件の活動のうちそれぞれ {most} 件で説明責任（A）を持ち、同数です",
    },
    "L201.tie.hint": {
        "en": "decide which of them owns the phase and make it A on more activities than the other",
        "ja": "どの部門がこのフェーズを担うかを決め、その部門が A を持つ活動を多くしてください",
    },
    "L201.none": {
        "en": "phase '{phase}' ({id}) has no owner: none of its {count} activities has an Accountable department",
        "ja": "フェーズ「{phase}」（{id}）に主管部門がありません。どの活動にも説明責任（A）を持つ部門がいません（全 {count} 件）",
    },
    "L201.none.hint": {
        "en": "make the department that owns this phase A on its activities (at least {share}% of them)",
        "ja": "このフェーズを担う部門を、活動の {share}% 以上で A にしてください",
    },
    "L201.summary": {
        "en": "A lifecycle phase has no owner (no department is Accountable for most of it).",
        "ja": "主管部門のない（大半の活動で A を持つ部門のない）ライフサイクルのフェーズがあります。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "カスタマーライフサイクルの各フェーズには、そのフェーズに責任を持つ部門が一つ必要です。"
        "そうすれば顧客も社内の誰もが、そのフェーズで誰に相談すればよいかが分かります。\n\n"
        "フェーズの主管部門とは、そのフェーズの活動の `min_share`（50%）以上で説明責任（A）を持ち、"
        "同じ数だけ A を持つ部門がほかにない部門です。同じフェーズを L202 が報告するときは"
        "報告しません。"
    ),
    "fix": (
        "そのフェーズの主管部門を決め、その部門をフェーズ内の大半の活動で説明責任（A）にしてください。"
        "ほかの部門は、関わる活動で実行責任（R）・相談先（C）・共有先（I）のままで構いません。"
    ),
}


@rule("L201", "phase-without-owner", "warning", messages=MESSAGES, docs_ja=DOCS_JA, needs=("stages",), min_share=0.5)
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
    previous_owner: str | None = None
    for phase, owner in ctx.graph.phase_owners(min_share):
        if owner is None and phase.activities and previous_owner is None:
            yield _unowned(ctx.graph, phase, min_share)
        previous_owner = owner


def _unowned(graph: OrgGraph, phase: Phase, min_share: float) -> Hit:
    """The L201 hit for ``phase``: why it has no owner (a tie, too small a share, or no A)."""
    counts = graph.accountable_counts(phase)
    args = {"phase": phase.name, "id": phase.id, "count": len(phase.activities), "share": percent(min_share)}
    if not counts:
        return Hit(phase.span, args, phase.id, "L201.none")
    most = max(counts.values())
    leaders = [d for d, n in counts.items() if n == most]
    args = {**args, "most": most, "departments": names.departments(graph.spec, leaders)}
    return Hit(phase.span, args, phase.id, "L201.tie" if len(leaders) > 1 else None)
