"""K401 kpi-cycle: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, names, rule

MESSAGES: dict[str, dict[str, str]] = {
    "K401": {
        "en": "KPI '{kpi}' ({id}) is on a loop of parent links: {path}",
        "ja": "KPI「{kpi}」（{id}）の親子関係が循環しています: {path}",
    },
    "K401.hint": {
        "en": "each KPI drives the one above it: remove the parent link that points back down, and give the top of the chain a KGI as parent",
        "ja": "KPI は一つ上の指標を動かすものです。下位に戻る parent を外し、連鎖の最上位の親を KGI にしてください",
    },
    "K401.summary": {
        "en": "The parent links of KPIs go round in a loop.",
        "ja": "KPI の親子関係が循環しています。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "KPI ツリーは活動から成果へ、一方向に積み上がるものです。各 KPI はその上の KPI を動かします。"
        "a が b を動かし、b が a を動かすような循環には頂点がないため、どちらの数字も KGI に"
        "つながらず、どちらが先に動くのかも誰にも説明できません。"
    ),
    "fix": (
        "どの数字がどの数字を動かすのかを決め、ツリーを逆向きにたどっている parent のリンクを"
        "外してください。つながりの頂点にある KPI には、KGI を parent に設定します。"
    ),
}


@rule("K401", "kpi-cycle", "error", messages=MESSAGES, docs_ja=DOCS_JA, needs=("kpis",))
def kpi_cycle(ctx: Context) -> Iterator[Hit]:
    """The parent links of KPIs go round in a loop.

    A KPI tree runs one way, from the activities up to the outcomes: each KPI drives the
    one above it. A loop (a drives b, b drives a) has no top, so neither number rolls up
    to a KGI and nobody can say which one comes first.

    Failing:

        - {id: health_score, name: ヘルススコア, level: kpi, parent: adoption_rate}
        - {id: adoption_rate, name: アダプション率, level: kpi, parent: health_score}

    Passing:

        - {id: churn_rate, name: 解約率, level: kgi}
        - {id: adoption_rate, name: アダプション率, level: kpi, parent: churn_rate}
        - {id: health_score, name: ヘルススコア, level: kpi, parent: adoption_rate}

    How to fix: decide which number drives which, and remove the parent link that points
    back down the tree; the top of the chain gets a KGI as its parent.
    """
    spec = ctx.spec
    for cycle in ctx.graph.kpi_cycles:
        first = spec.kpi(cycle[0])
        yield Hit(
            first.span,
            {"kpi": first.name, "id": first.id, "path": names.kpi_path(spec, (*cycle, cycle[0]))},
            ">".join(cycle),
        )
