"""K405 owner-cannot-move-kpi: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule

MESSAGES: dict[str, dict[str, str]] = {
    "K405": {
        "en": "KPI '{kpi}' ({id}) is owned by '{department}' ({owner}), which is neither R nor A on any activity that moves it (those are done by: {movers})",
        "ja": "KPI「{kpi}」（{id}）の主管部門「{department}」（{owner}）は、この KPI を動かすどの活動でも R・A になっていません（動かしている部門: {movers}）",
    },
    "K405.hint": {
        "en": "give the KPI to the department that does the work, or make {owner} R or A on an activity that moves it",
        "ja": "実際に活動している部門を owner にするか、{owner} をこの KPI を動かす活動の R か A にしてください",
    },
    "K405.summary": {
        "en": "The owner of a KPI does none of the work that moves it.",
        "ja": "KPI の主管部門が、その KPI を動かす活動で R にも A にもなっていません。",
    },
}

DOCS_JA: dict[str, str] = {
    "# and the KPI inquiries_handled has owner: cs": "KPI inquiries_handled の owner は cs",
    "# and the KPI inquiries_handled has owner: support": "KPI inquiries_handled の owner は support",
    "why": (
        "KPI は、それを持つチームが自分でコントロールできるものであるべきです。KPI の owner が、"
        "その KPI（またはその下の KPI）に結びついたどの活動でも実行責任（R）も説明責任（A）も"
        "持っていないと、そのチームはほかの部門にしか動かせない数字で評価されることになります"
        "（どの活動にも動かされない KPI は K406 が報告します）。"
    ),
    "fix": (
        "KPI を、実際にその仕事をしている部門（メッセージに挙がっている部門のどれか）に持たせるか、"
        "owner の部門を、その KPI を動かす活動の R か A にしてください。"
    ),
}


@rule("K405", "owner-cannot-move-kpi", "warning", messages=MESSAGES, docs_ja=DOCS_JA, needs=("kpis",))
def owner_cannot_move_kpi(ctx: Context) -> Iterator[Hit]:
    """The owner of a KPI does none of the work that moves it.

    A KPI should be controllable by the team that owns it. When the owner is neither
    Responsible nor Accountable on any activity linked to the KPI, or to a KPI below it,
    the team is judged on a number only other departments can move. (A KPI no activity
    moves at all is reported by K406.)

    Failing:

        raci: {support: A/R, cs: I}
        kpis: [inquiries_handled]
        # and the KPI inquiries_handled has owner: cs

    Passing:

        raci: {support: A/R, cs: I}
        kpis: [inquiries_handled]
        # and the KPI inquiries_handled has owner: support

    How to fix: give the KPI to the department that does the work (one of those the
    message lists), or make the owner R or A on an activity that moves it.
    """
    spec, graph = ctx.spec, ctx.graph
    moved = graph.kpis_moved
    movers = graph.kpi_movers
    order = {d.id: i for i, d in enumerate(spec.departments)}
    for kpi in spec.kpis:
        if kpi.owner is None or kpi.id not in moved:
            continue
        doers = movers.get(kpi.id, frozenset())
        if kpi.owner not in doers:
            owner = spec.department(kpi.owner)
            yield Hit(
                kpi.span,
                {
                    "kpi": kpi.name,
                    "id": kpi.id,
                    "department": owner.name,
                    "owner": owner.id,
                    "movers": ", ".join(sorted(doers, key=lambda d: order.get(d, len(order)))) or "-",
                },
                kpi.id,
            )
