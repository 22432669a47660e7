"""T803 no-consulted-or-informed: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule

MESSAGES: dict[str, dict[str, str]] = {
    "T803": {
        "en": (
            "the matrix never uses C or I on its {count} activities: nobody is asked before the work "
            "or told after it, which is most of what goes wrong between teams"
        ),
        "ja": (
            "{count} 件の活動のどれにも C も I も付いていません。作業の前に相談を受ける部門も、後で知らせを受ける部門もありません。部門間の行き違いの多くはここから起こります"
        ),
    },
    "T803.c": {
        "en": "the matrix never uses C on its {count} activities: nobody is asked before the work is done",
        "ja": "{count} 件の活動のどれにも C が付いていません。作業の前に相談を受ける部門がありません",
    },
    "T803.i": {
        "en": "the matrix never uses I on its {count} activities: nobody is told when the work is done",
        "ja": "{count} 件の活動のどれにも I が付いていません。作業の結果を知らされる部門がありません",
    },
    "T803.hint": {
        "en": (
            "on each row, ask who must be asked before (C) and who must know after (I); "
            "write them, or leave the row as it is if truly nobody"
        ),
        "ja": (
            "各行について、事前に相談すべき部門（C）と、後で知らせるべき部門（I）を考えて書いてください。"
            "本当にいない行はそのままで構いません"
        ),
    },
    "T803.c.hint": {
        "en": "on each row, ask whose knowledge the work needs before it is done, and mark them C",
        "ja": "各行について、作業の前に知見を借りるべき部門を考え、C を付けてください",
    },
    "T803.i.hint": {
        "en": "on each row, ask who must know once the work is done, and mark them I",
        "ja": "各行について、作業が終わったら知らせるべき部門を考え、I を付けてください",
    },
    "T803.summary": {
        "en": "The matrix never uses C or I.",
        "ja": "どの活動にも C または I が使われていません。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "RACI の R と A は誰が作業し誰が責任を持つかを、C と I は部門の間で誰に相談し誰に知らせるかを"
        "表します。C も I も一度も使われていない表は、担当者の一覧であって、部門間のやりとりが"
        "書かれていません。引き継ぎ漏れや「聞いていない」の多くは、そこで起こります。\n\n"
        "活動が `min_activities` 件（既定は 5 件）以上あるスペックについて、C も I もない場合、C がない場合、"
        "I がない場合に、スペックごとに 1 件だけ報告します。設計上の欠陥とは限らないため、重大度は"
        "情報（info）です。"
    ),
    "fix": (
        "各行について、事前に相談すべき部門（C）と、後で知らせるべき部門（I）を書いてください。"
        "本当にいない行はそのままで構いません。"
    ),
}


@rule("T803", "no-consulted-or-informed", "info", messages=MESSAGES, docs_ja=DOCS_JA, min_activities=5)
def no_consulted_or_informed(ctx: Context) -> Iterator[Hit]:
    """The matrix never uses C or I.

    R and A say who does the work and who answers for it; C and I say who is asked
    before and who is told after — what passes between teams. A matrix without a single
    C or I is a list of owners: the handovers and the "nobody told us" that go wrong
    between teams are not in it. Reported once per spec with at least
    `min_activities` (5) activities: when it has neither C nor I, or lacks one of the
    two. Info only: a small team may truly need neither.

    Failing:

        - {id: kickoff, raci: {cs: A/R}}
        - {id: setup, raci: {support: A/R}}
        - {id: training, raci: {cs: A, support: R}}

    Passing:

        - {id: kickoff, raci: {cs: A/R, sales: C}}
        - {id: setup, raci: {support: A/R, cs: I}}
        - {id: training, raci: {cs: A, support: R}}

    How to fix: on each row, ask who must be asked before the work (C) and who must know
    after it (I), and write them; leave the rows where truly nobody is.
    """
    spec = ctx.spec
    count = 0
    used: set[str] = set()
    for activity in spec.activities():
        count += 1
        for assignment in activity.raci:
            used |= assignment.roles
    if count < ctx.options["min_activities"] or {"C", "I"} <= used:
        return
    key = "T803" if not used & {"C", "I"} else "T803.i" if "C" in used else "T803.c"
    yield Hit(spec.org.span, {"count": count}, "matrix", None if key == "T803" else key)
