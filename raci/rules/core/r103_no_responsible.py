"""R103 no-responsible: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule

MESSAGES: dict[str, dict[str, str]] = {
    "R103": {
        "en": "activity '{activity}' ({id}) has no Responsible (R) department",
        "ja": "活動「{activity}」（{id}）に実行責任（R）の部門がありません",
    },
    "R103.hint": {
        "en": "name who does the work: R, or A/R",
        "ja": "実際に作業する部門を R（または A/R）にしてください",
    },
    "R103.summary": {"en": "An activity has no Responsible department.", "ja": "実行責任（R）のいない活動があります。"},
}

DOCS_JA: dict[str, str] = {
    "why": (
        "誰も実行しない活動は、実際には行われません。実務を担う部門を実行責任（R）として書くか、"
        "説明責任（A）の部門が自ら行うなら A/R と書いてください。文字が一つもない行は R101 が"
        "報告するので、このルールは報告しません（空の行に 2 件ではなく 1 件）。"
    ),
    "fix": "実務を担う部門を R にしてください（または説明責任（A）の部門を A/R に）。",
}


@rule("R103", "no-responsible", "error", messages=MESSAGES, docs_ja=DOCS_JA)
def no_responsible(ctx: Context) -> Iterator[Hit]:
    """An activity has no Responsible department.

    An activity that nobody does does not happen. Name who does the work with R, or
    A/R when the Accountable department does it itself. A row with no letter at all is
    R101's (one finding for an empty row, not two).

    Failing:

        raci: {cs: A, sales: C}

    Passing:

        raci: {cs: A/R, sales: C}

    How to fix: mark the department that does the work R (or the Accountable one A/R).
    """
    spec = ctx.spec
    for activity in spec.activities():
        if not activity.holders("R") and any(a.roles for a in activity.raci):
            yield Hit(activity.span, {"activity": activity.name, "id": activity.id}, activity.id)
