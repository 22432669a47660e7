"""C602 responsible-load: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule
from raci.rules.numbers import number

MESSAGES: dict[str, dict[str, str]] = {
    "C602": {
        "en": "department '{department}' ({id}) is Responsible (R) for {load} activities per person ({count} activities / {headcount} people): {times}× the median of {median} (limit {factor}×)",
        "ja": "部門「{department}」（{id}）は {headcount} 人で {count} 件の活動の実行責任（R）を持っています。1 人あたり {load} 件で、他部門の中央値（{median} 件）の {times} 倍です（上限は {factor} 倍）",
    },
    "C602.hint": {
        "en": "move R on some activities to the department whose role they are, or plan more people; raise max_factor if these activities are much smaller than others'",
        "ja": "一部の活動の R を本来担うべき部門に移すか、人員を増やしてください。活動の規模が他部門より小さいなら max_factor を上げてください",
    },
    "C602.summary": {
        "en": "A department is Responsible for far more activities per person than the others.",
        "ja": "1 人あたりの実行責任（R）の活動数が、他の部門より大幅に多い部門があります。",
    },
}

DOCS_JA: dict[str, str] = {
    "# cs: 3 people, R on 18 activities (6 per head)": "cs: 3 人で 18 件の活動の R（1 人あたり 6 件）",
    "# sales: 6 people, R on 12; support: 4 people, R on 8 (2 per head each)": "sales: 6 人で 12 件の R、support: 4 人で 8 件の R（どちらも 1 人あたり 2 件）",
    "# cs: 3 people, R on 12 activities (4 per head, twice the median of 2)": "cs: 3 人で 12 件の活動の R（1 人あたり 4 件で、中央値 2 件の 2 倍）",
    "why": (
        "仕事は実行責任（R）のあるところに積み上がります。1 人あたりの活動数が中央値の何倍にも"
        "なる部門は、いずれ何かを取りこぼします。「とりあえず CS に」が当たり前になった CS"
        "（何でも屋化）がその典型です。\n\n"
        "`headcount` を書いていて、どこかで実行責任（R）を持つ部門について、1 人あたりの R の活動数を"
        "中央値と比べます（相談に乗るだけの部門を含めると中央値がゼロに引っ張られるため除きます）。"
        "対象の部門が `min_departments`（既定 3）以上あるときだけ確認し、`max_factor`（既定 2.0）は"
        "中央値の何倍から多すぎとみなすかを表します。種類が `role`（個人や役職）の部門は対象外です。"
        "1 人あたりの負荷はチームを測るものだからです。"
    ),
    "fix": (
        "一部の活動の実行責任（R）を、その仕事が本来の役割である部門に移すか、その部門の人員を"
        "増やす計画を立ててください。その部門の活動がほかの部門の活動よりずっと小さいなら、"
        "`max_factor` を引き上げてください。"
    ),
}


@rule("C602", "responsible-load", "info", messages=MESSAGES, docs_ja=DOCS_JA, max_factor=2.0, min_departments=3)
def responsible_load(ctx: Context) -> Iterator[Hit]:
    """A department is Responsible for far more activities per person than the others.

    Work piles up where the R's are. A department doing several times the median
    number of activities per head is the one that will drop things — often CS, when
    "just ask CS" becomes the rule (the catch-all pattern). Compares Responsible
    activities per head with the median over the departments that give a `headcount`
    and are Responsible somewhere (one that only advises would pull the median to
    zero), when at least `min_departments` (default 3) of them do; `max_factor`
    (default 2.0) is how many times the median is too many. Departments of kind `role`
    (a person or job title) are left out: a load per head is a team's measure.

    Failing:

        # cs: 3 people, R on 18 activities (6 per head)
        # sales: 6 people, R on 12; support: 4 people, R on 8 (2 per head each)

    Passing:

        # cs: 3 people, R on 12 activities (4 per head, twice the median of 2)

    How to fix: move R on some activities to the department whose role they are, or
    plan more people for the department; if its activities are much smaller than the
    others', raise `max_factor`.
    """
    graph = ctx.graph
    counts = {d.id: len(graph.activities_with(d.id, "R")) for d in graph.teams}
    staffed = [d for d in graph.teams if d.headcount and counts[d.id]]
    if len(staffed) < ctx.options["min_departments"]:
        return
    loads = {d.id: counts[d.id] / d.headcount for d in staffed}  # type: ignore[operator]
    median = _median(list(loads.values()))
    factor = ctx.options["max_factor"]
    for department in staffed:
        load = loads[department.id]
        if load > factor * median:
            yield Hit(
                department.span,
                {
                    "department": department.name,
                    "id": department.id,
                    "count": counts[department.id],
                    "headcount": department.headcount,
                    "load": number(load),
                    "median": number(median),
                    "times": number(load / median, 2),
                    "factor": number(factor),
                },
                department.id,
            )


def _median(values: list[float]) -> float:
    """``statistics.median``, exactly (the middle value, or the mean of the middle two):
    importing statistics (and fractions, decimal, random with it) cost every run ~3 ms."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
