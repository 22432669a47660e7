"""R101 no-accountable: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule

MESSAGES: dict[str, dict[str, str]] = {
    "R101": {
        "en": "activity '{activity}' ({id}) has no Accountable (A) department",
        "ja": "活動「{activity}」（{id}）に説明責任（A）の部門がありません",
    },
    "R101.hint": {
        "en": "make exactly one department A, or A/R if it also does the work",
        "ja": "一つの部門だけを A にしてください（実務も担うなら A/R）",
    },
    "R101.empty": {
        "en": "activity '{activity}' ({id}) has no letter at all: nobody does it and nobody answers for it",
        "ja": "活動「{activity}」（{id}）には R・A・C・I が一つもありません。誰も実行せず、誰も責任を持っていません",
    },
    "R101.empty.hint": {
        "en": "mark the department that answers for it A and the one that does it R (A/R if the same), or delete the row",
        "ja": "責任を持つ部門を A、実行する部門を R にしてください（同じ部門なら A/R）。行われない仕事なら行ごと削除してください",
    },
    "R101.summary": {"en": "An activity has no Accountable department.", "ja": "説明責任（A）のいない活動があります。"},
}

DOCS_JA: dict[str, str] = {
    "why": (
        "どの活動にも、その結果に責任を持つ部門が必要です。そうしないと、うまくいかなかったときに"
        "誰も責任を取りません。説明責任（A）を持つ部門はちょうど一つにします（その部門が実務も"
        "担うなら A/R と書きます）。\n\n"
        "文字が一つもない行（表計算シートから取り込んだ、誰の列も埋まっていない行）もこのルールが "
        "1 件だけ報告します。実行責任（R）がないことも明らかなので、R103 は重ねて報告しません。"
    ),
    "fix": ("結果に責任を持つ部門を一つ選び、A にしてください（実務も担うなら A/R）。"),
}


@rule("R101", "no-accountable", "error", messages=MESSAGES, docs_ja=DOCS_JA)
def no_accountable(ctx: Context) -> Iterator[Hit]:
    """An activity has no Accountable department.

    Someone must own the outcome of every activity, or nobody will answer for it when
    it slips. Exactly one department holds A (write A/R when it also does the work).

    A row with no letter at all (an imported spreadsheet row nobody filled in) is reported
    once, here, as having no letter: R103 leaves it alone rather than say again that
    nobody is Responsible.

    Failing:

        raci: {cs: R, sales: C}

    Passing:

        raci: {cs: A/R, sales: C}

    How to fix: choose the one department that answers for the result and mark it A (A/R
    when it also does the work).
    """
    spec = ctx.spec
    for activity in spec.activities():
        if not activity.holders("A"):
            empty = not any(a.roles for a in activity.raci)
            args = {"activity": activity.name, "id": activity.id}
            yield Hit(activity.span, args, activity.id, "R101.empty" if empty else None)
