"""R102 several-accountable: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, names, rule

MESSAGES: dict[str, dict[str, str]] = {
    "R102": {
        "en": "activity '{activity}' ({id}) has {count} Accountable departments: {departments}",
        "ja": "活動「{activity}」（{id}）に説明責任（A）が {count} 部門あります: {departments}",
    },
    "R102.hint": {
        "en": "keep one A; make the others R (they do the work) or C (they are asked)",
        "ja": "A は一つに絞り、他の部門は R（実行）か C（相談）にしてください",
    },
    "R102.summary": {
        "en": "An activity has more than one Accountable department.",
        "ja": "説明責任（A）が複数いる活動があります。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "責任者が 2 人いるのは、責任者がいないのと同じです。互いに相手が動くのを待ってしまいます。"
        "説明責任（A）は一つだけ残し、ほかの部門は実行責任（R、実務を担う）か相談先（C、意見を"
        "求められる）にしてください。"
    ),
    "fix": (
        "どの部門が結果に責任を持つのかをワークショップで合意し、その部門の A だけを残して、"
        "ほかの A は R か C に変えてください。"
    ),
}


@rule("R102", "several-accountable", "error", messages=MESSAGES, docs_ja=DOCS_JA)
def several_accountable(ctx: Context) -> Iterator[Hit]:
    """An activity has more than one Accountable department.

    Two owners means no owner: each waits for the other. Keep one A; make the
    others R (they do the work) or C (they are asked).

    Failing:

        raci: {cs: A/R, sales: A}

    Passing:

        raci: {cs: A/R, sales: C}

    How to fix: agree in the workshop which department answers for the result; keep its A
    and turn the other A's into R or C.
    """
    spec = ctx.spec
    for activity in spec.activities():
        holders = activity.holders("A")
        if len(holders) > 1:
            yield Hit(
                activity.span,
                {
                    "activity": activity.name,
                    "id": activity.id,
                    "count": len(holders),
                    "departments": names.departments(spec, holders),
                },
                activity.id,
            )
