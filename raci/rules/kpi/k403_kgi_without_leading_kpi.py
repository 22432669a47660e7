"""K403 kgi-without-leading-kpi: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule

MESSAGES: dict[str, dict[str, str]] = {
    "K403": {
        "en": "KGI '{kpi}' ({id}) has no KPI of level kpi below it: nothing the team controls leads to this outcome",
        "ja": "KGI「{kpi}」（{id}）の配下に先行指標（KPI）がありません。チームが自分で動かせる指標がない状態です",
    },
    "K403.hint": {
        "en": "add a leading KPI the team controls (onboarding completion, adoption rate, health score…) with parent: {id}, and hang the activity KPIs under it",
        "ja": "チームが動かせる先行指標（オンボーディング完了率、アダプション率、ヘルススコアなど）を parent: {id} で追加し、活動 KPI はその下にぶら下げてください",
    },
    "K403.summary": {
        "en": "A KGI has no KPI of level kpi below it.",
        "ja": "配下に先行指標（KPI）がない KGI があります。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "KGI（LTV、解約率、NRR）は成果であり、外部要因にも左右され、動くのも遅れてです。"
        "チームが自分の行動で動かせるのは、その下にある先行 KPI（オンボーディング完了率、"
        "アダプション率、ヘルススコアなど）です。level が `kpi` のものが一つもない KGI"
        "（活動 KPI しかない、または何もない）では、日々の仕事と成果の間に、チームが"
        "コントロールできる数字がありません。"
    ),
    "fix": (
        "チームが自分で動かせる先行 KPI を、その KGI を parent にして追加し、活動 KPI は"
        "その KPI の下にぶら下げてください。"
    ),
}


@rule("K403", "kgi-without-leading-kpi", "warning", messages=MESSAGES, docs_ja=DOCS_JA, needs=("kpis",))
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
    covered = ctx.graph.kpis_above(k.id for k in spec.kpis if k.level == "kpi")
    for kpi in spec.kpis:
        if kpi.level == "kgi" and kpi.id not in covered:
            yield Hit(kpi.span, {"kpi": kpi.name, "id": kpi.id}, kpi.id)
