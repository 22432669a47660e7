"""K402 kpi-orphan: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule
from raci.rules.kpi import BELOW_KGI

MESSAGES: dict[str, dict[str, str]] = {
    "K402": {
        "en": "KPI '{kpi}' ({id}, level {level}) does not lead up to any KGI",
        "ja": "KPI「{kpi}」（{id}、レベル {level}）から KGI までつながっていません",
    },
    "K402.hint": {
        "en": "set parent (or parents) to the KPI or KGI this number drives, so that the chain ends at a KGI; remove it if it drives nothing",
        "ja": "この指標が動かす一つ上の KPI か KGI を parent（または parents）に書き、KGI までつなげてください。何も動かさないなら削除してください",
    },
    "K402.summary": {
        "en": "A KPI does not lead up to any KGI.",
        "ja": "KGI までつながっていない KPI があります。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "KPI は、解約率・LTV・NRR といった成果を動かしてこそ意味があります。parent をたどっても "
        "KGI に行き着かない KPI は、測ること自体が目的になっていて、それを動かすことが事業に"
        "役立つのかを誰も判断できません（parent が循環している KPI は K401 が報告します）。"
    ),
    "fix": (
        "`parent`（または `parents`）に、その数字が動かす一つ上の KPI か KGI を設定し、"
        "つながりが KGI で終わるようにしてください。何も動かさない KPI なら削除してください。"
    ),
}


@rule("K402", "kpi-orphan", "warning", messages=MESSAGES, docs_ja=DOCS_JA, needs=("kpis",))
def kpi_orphan(ctx: Context) -> Iterator[Hit]:
    """A KPI does not lead up to any KGI.

    A KPI earns its place by driving an outcome: churn, LTV, NRR. One whose chain of
    parents never reaches a KGI is measured for its own sake, and nobody can tell
    whether moving it helps the business. (KPIs on a loop of parents are reported by
    K401 instead.)

    Failing:

        - {id: ltv, name: LTV, level: kgi}
        - {id: seminars_held, name: 活用セミナー開催数, level: activity}

    Passing:

        - {id: ltv, name: LTV, level: kgi}
        - {id: adoption_rate, name: アダプション率, level: kpi, parent: ltv}
        - {id: seminars_held, name: 活用セミナー開催数, level: activity, parent: adoption_rate}

    How to fix: set `parent` (or `parents`) to the KPI or KGI this number drives, one
    level up, so that the chain ends at a KGI; or remove the KPI if it drives nothing.
    """
    spec, graph = ctx.spec, ctx.graph
    reaching = graph.kpis_reaching_a_kgi
    on_cycle = graph.kpis_on_cycles
    for kpi in spec.kpis:
        if kpi.level in BELOW_KGI and kpi.id not in reaching and kpi.id not in on_cycle:
            yield Hit(kpi.span, {"kpi": kpi.name, "id": kpi.id, "level": kpi.level}, kpi.id)
