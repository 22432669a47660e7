"""R110 accountable-overload: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule
from raci.rules.numbers import percent

MESSAGES: dict[str, dict[str, str]] = {
    "R110": {
        "en": "department '{department}' ({id}) is Accountable for {count} of {total} activities ({share}%, more than {max}%): no other department owns much",
        "ja": "部門「{department}」（{id}）が全 {total} 件中 {count} 件の活動で説明責任（A）です（{share}%、上限 {max}%）。他の部門はほとんど A を持っていません",
    },
    "R110.hint": {
        "en": "give each phase the department that drives it as A (sales before the contract, CS after it, support for inquiries)",
        "ja": "各フェーズを主導する部門を A にしてください（契約までは営業、契約後は CS、問い合わせはサポートなど）",
    },
    "R110.summary": {
        "en": "One department is Accountable for most of the activities.",
        "ja": "一つの部門が大半の活動で説明責任（A）になっています。",
    },
}

DOCS_JA: dict[str, str] = {
    "# cs is A on 4 of the 6 activities": "cs は 6 件中 4 件の活動で A",
    "# the same, but support owns the inquiries: cs is A on 3 of the 6 activities": "同じ構成で問い合わせを support が持つと、cs が A の活動は 6 件中 3 件",
    "why": (
        "一つの部門がライフサイクルの大半で説明責任（A）を持つと、ほかの部門は何にも責任を持たず、"
        "責任を負わないまま仕事だけをこなし、すべてが一つのチームの判断待ちになります。\n\n"
        "小さな下書きで報告されないよう、活動が `min_activities`（6）以上あるスペックでだけ確認します。"
    ),
    "fix": (
        "各フェーズで、そのフェーズを動かす部門を説明責任（A）にしてください。通常は契約前が営業、"
        "契約後が CS、問い合わせ対応がサポートです。ほかの部門は R・C・I のいずれかにします。"
    ),
}


@rule("R110", "accountable-overload", "warning", messages=MESSAGES, docs_ja=DOCS_JA, max_share=0.5, min_activities=6)
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
