"""P301 support-isation: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule
from raci.rules.numbers import percent
from raci.rules.patterns import of_kind

MESSAGES: dict[str, dict[str, str]] = {
    "P301": {
        "en": "CS department '{department}' ({id}) is being turned into support: {share}% of the activities it is Responsible for are reactive ({reactive} of {count}, more than {max}%)",
        "ja": "CS 部門「{department}」（{id}）がサポート化しています。実行責任（R）の活動の {share}% が受け身（reactive）の対応です（{count} 件中 {reactive} 件、上限 {max}%）",
    },
    "P301.hint": {
        "en": "move first-line inquiries and tickets to support or product, write them into its scope.out, and give it proactive work that its KPIs measure",
        "ja": "問い合わせやチケットの一次対応はサポートやプロダクトに移して scope.out に書き、KPI で測る能動的な活動を CS に割り当ててください",
    },
    "P301.summary": {
        "en": "A CS department works mostly reactively (support-isation).",
        "ja": "CS 部門の仕事の大半が受け身の対応になっています（サポート化）。",
    },
}

DOCS_JA: dict[str, str] = {
    "# cs is R on 2 reactive activities out of 3": "cs は 3 件中 2 件の受け身（reactive）の活動で R",
    "why": (
        "サポート化とは、CS が問い合わせやトラブル対応に追われ、サポートのように受け身で働く"
        "状態です。オンボーディング、利用状況のレビュー、前もって準備する契約更新といった"
        "能動的な仕事が何も進まなくなります。\n\n"
        "種類が `cs` の部門について、実行責任（R）を持つ活動が `min_activities`（3）以上あり、"
        "そのうち `mode: reactive` の活動の割合が `max_reactive_share`（50%）を超えるときに報告します。"
    ),
    "fix": (
        "一次対応の問い合わせやチケットはサポート（またはプロダクト）に移し、CS の `scope.out` に"
        "書いてください。そのうえで、CS には KPI で測られる能動的な仕事を任せてください。"
    ),
}


@rule(
    "P301", "support-isation", "warning", messages=MESSAGES, docs_ja=DOCS_JA, max_reactive_share=0.5, min_activities=3
)
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
    for department in of_kind(ctx.spec, "cs"):
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
