"""K408 too-many-kpis: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from raci.rules import Context, Hit, rule

MESSAGES: dict[str, dict[str, str]] = {
    "K408": {
        "en": "department '{department}' ({id}) owns {count} KPIs, more than {max}: {kpis}",
        "ja": "部門「{department}」（{id}）が主管部門として持つ KPI が {count} 個あり、上限の {max} 個を超えています: {kpis}",
    },
    "K408.hint": {
        "en": "keep the few KPIs that measure the department's role; drop the others or give them to the department whose work moves them",
        "ja": "部門の役割を測る少数の KPI に絞り、残りは削除するか、その数値を動かす部門に移してください",
    },
    "K408.summary": {
        "en": "A department owns more than max_kpis (7) KPIs.",
        "ja": "主管部門として持つ KPI が max_kpis（7 個）より多い部門があります。",
    },
}

DOCS_JA: dict[str, str] = {
    "# eight KPIs with owner: cs": "owner: cs の KPI が 8 個",
    "# seven KPIs with owner: cs; the eighth given to the department that moves it,": "owner: cs の KPI は 7 個。8 個目は、その数値を動かす部門に渡すか、",
    "# or dropped": "削除する",
    "why": (
        "KPI は、数が少なく役割と結びついているときに機能します。長い数字のリストを持つ部門は"
        "そのすべてに手を打つことはできず、本当に大事な数字が埋もれてしまいます。"
        "KGI・KPI・活動 KPI のすべての階層を数えます。"
    ),
    "fix": (
        "部門の役割を測る少数の KPI だけを残し、残りは削除するか、その数字を動かす仕事をしている部門に移してください。"
    ),
}


@rule("K408", "too-many-kpis", "warning", messages=MESSAGES, docs_ja=DOCS_JA, needs=("kpis",), max_kpis=7)
def too_many_kpis(ctx: Context) -> Iterator[Hit]:
    """A department owns more than ``max_kpis`` (7) KPIs.

    KPIs work when they are few and tied to the role. A department that owns a long
    list of numbers cannot act on all of them, and the ones that matter get lost.
    Counts every level (KGI, KPI and activity KPI).

    Failing:

        # eight KPIs with owner: cs

    Passing:

        # seven KPIs with owner: cs; the eighth given to the department that moves it,
        # or dropped

    How to fix: keep the few KPIs that measure the department's role; drop the rest or
    give them to the department whose work moves them.
    """
    spec = ctx.spec
    limit = ctx.options["max_kpis"]
    owned = Counter(k.owner for k in spec.kpis if k.owner is not None)
    for department in spec.departments:
        count = owned.get(department.id, 0)
        if count > limit:
            ids = ", ".join(k.id for k in spec.kpis if k.owner == department.id)
            yield Hit(
                department.span,
                {"department": department.name, "id": department.id, "count": count, "max": limit, "kpis": ids},
                department.id,
            )
