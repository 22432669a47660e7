"""K406 kpi-unlinked: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule
from raci.rules.kpi import BELOW_KGI

MESSAGES: dict[str, dict[str, str]] = {
    "K406": {
        "en": "no activity moves KPI '{kpi}' ({id}, level {level}), directly or through a KPI below it",
        "ja": "KPI「{kpi}」（{id}、レベル {level}）を動かす活動がありません（下位の KPI を通じたものも含めて）",
    },
    "K406.hint": {
        "en": "add {id} to kpis: of the activities meant to move it, or link an activity KPI below it; remove it if no work is meant to change it",
        "ja": "この KPI を動かす活動の kpis: に {id} を加えるか、下位に活動と結びついた KPI を置いてください。動かす活動がないなら削除してください",
    },
    "K406.summary": {
        "en": "No activity moves a KPI, directly or through the KPIs below it.",
        "ja": "どの活動にも動かされない KPI があります。",
    },
}

DOCS_JA: dict[str, str] = {
    "# and no activity has kpis: [adoption_rate]": "kpis: [adoption_rate] を持つ活動はない",
    "why": (
        "どの活動の `kpis:` にも挙がっておらず、下に結びついた KPI もない KPI や活動 KPI は、"
        "実際の仕事から切り離されています。誰の活動もその数字を変えることになっていません"
        "（KGI は成果なので、ここでは確認しません）。"
    ),
    "fix": (
        "その KPI を動かすはずの活動の `kpis:` に追加するか、下に活動 KPI をつないでください。"
        "どの仕事でも変えるつもりのない KPI なら削除してください。"
    ),
}


@rule("K406", "kpi-unlinked", "warning", messages=MESSAGES, docs_ja=DOCS_JA, needs=("kpis",))
def kpi_unlinked(ctx: Context) -> Iterator[Hit]:
    """No activity moves a KPI, directly or through the KPIs below it.

    A KPI or activity KPI that no activity lists, and that has no linked KPI below it,
    is disconnected from the work: nobody's activity is supposed to change it. (KGIs
    are outcomes and are not checked here.)

    Failing:

        kpis:
          - {id: adoption_rate, name: アダプション率, level: kpi, parent: ltv, owner: cs}
        # and no activity has kpis: [adoption_rate]

    Passing:

        - id: usage_review
          name: 利用状況レビュー
          raci: {cs: A/R}
          kpis: [adoption_rate]

    How to fix: add the KPI to `kpis:` of the activities meant to move it, or link an
    activity KPI below it; remove the KPI if no work is meant to change it.
    """
    spec, graph = ctx.spec, ctx.graph
    moved = graph.kpis_moved
    for kpi in spec.kpis:
        if kpi.level in BELOW_KGI and kpi.id not in moved:
            yield Hit(kpi.span, {"kpi": kpi.name, "id": kpi.id, "level": kpi.level}, kpi.id)
