"""K407 cs-activity-unmeasured: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.graph import MOVES
from raci.rules import Context, Hit, rule
from raci.spec.model import Assignment

MESSAGES: dict[str, dict[str, str]] = {
    "K407": {
        "en": "activity '{activity}' ({id}), where CS department '{department}' ({department_id}) is {cell}, measures no KPI",
        "ja": "活動「{activity}」（{id}）は CS 部門「{department}」（{department_id}）が {cell} ですが、KPI が設定されていません",
    },
    "K407.hint": {
        "en": "list in kpis: the KPI or activity KPI this work moves; if it moves none, ask whether CS should do it at all",
        "ja": "この活動が動かす KPI（または活動 KPI）を kpis: に書いてください。どれも動かさないなら、CS が担うべき活動か見直してください",
    },
    "K407.summary": {
        "en": "An activity a CS department does or owns measures no KPI.",
        "ja": "CS 部門が R か A の活動に KPI がありません。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "CS 固有の KPI がないと、CS の仕事は「CS に来たものは何でも」になりがちです（何でも屋化）。"
        "忙しいのに、それが顧客の成功に役立っているかを示す数字がありません。種類（kind）が"
        "`cs` の部門が実行責任（R）か説明責任（A）を持つ活動では、どの KPI を動かすのかを"
        "書いておくべきです。"
    ),
    "fix": (
        "この活動が動かす KPI（または活動 KPI）を `kpis:` に書いてください。何も動かさないなら、"
        "そもそも CS がやるべき仕事なのかを見直してください。"
    ),
}


@rule("K407", "cs-activity-unmeasured", "info", messages=MESSAGES, docs_ja=DOCS_JA, needs=("kpis",))
def cs_activity_unmeasured(ctx: Context) -> Iterator[Hit]:
    """An activity a CS department does or owns measures no KPI.

    Without a CS-specific KPI, CS work becomes "whatever lands on CS" (the catch-all
    pattern): busy, but with no number that says whether it helps customers succeed.
    Every activity on which a department of kind `cs` is Responsible or Accountable
    should say which KPI it moves.

    Failing:

        - {id: usage_review, name: 利用状況レビュー, raci: {cs: A/R}}

    Passing:

        - {id: usage_review, name: 利用状況レビュー, raci: {cs: A/R}, kpis: [adoption_rate]}

    How to fix: list in `kpis:` the KPI (or activity KPI) this activity moves; if it
    moves none, ask whether CS should do it at all.
    """
    spec = ctx.spec
    cs = {d.id for d in spec.departments if d.kind == "cs"}
    if not cs:
        return
    for activity in spec.activities():
        if activity.kpis:
            continue
        doer = _first_cs_doer(activity.raci, cs)
        if doer is not None:
            department = spec.department(doer.department)
            yield Hit(
                activity.span,
                {
                    "activity": activity.name,
                    "id": activity.id,
                    "department": department.name,
                    "department_id": department.id,
                    "cell": doer.cell,
                },
                activity.id,
            )


def _first_cs_doer(raci: tuple[Assignment, ...], cs: set[str]) -> Assignment | None:
    """The CS department's cell on an activity where it is A or R: Accountable first."""
    found: Assignment | None = None
    for assignment in raci:
        if assignment.department in cs and assignment.roles & MOVES:
            if "A" in assignment.roles:
                return assignment
            found = found or assignment
    return found
