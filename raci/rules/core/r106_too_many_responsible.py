"""R106 too-many-responsible: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule
from raci.rules.core import crowded

MESSAGES: dict[str, dict[str, str]] = {
    "R106": {
        "en": "activity '{activity}' ({id}) has {count} Responsible departments ({departments}), more than {max}",
        "ja": "活動「{activity}」（{id}）の実行責任（R）が {count} 部門あります（{departments}）。上限は {max} です",
    },
    "R106.hint": {
        "en": "keep R for the departments that really do the work and make the others C or I, or split the activity so that the customer hears each explanation once",
        "ja": "実際に作業する部門だけを R にし、他は C か I にしてください。顧客が同じ説明を何度も聞かないよう、活動を分けるのも有効です",
    },
    "R106.summary": {
        "en": "An activity has too many Responsible departments.",
        "ja": "実行責任（R）の部門が多すぎる活動があります。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "いくつもの部門が同じ仕事をすると、それぞれが顧客に連絡し、顧客は同じ説明を何度も"
        "聞かされることになります。それほど広く分担された仕事は、たいてい複数の活動を一つに"
        "まとめて書いているか、手伝うだけの部門まで実行責任（R）にしているかのどちらかです。"
    ),
    "fix": (
        "実際に仕事をする部門だけを実行責任（R）に残し、ほかは相談先（C、意見を求められる）か"
        "共有先（I、結果を知らされる）にしてください。または、部門ごとの担当部分に合わせて"
        "活動を分けてください。"
    ),
}


@rule("R106", "too-many-responsible", "warning", messages=MESSAGES, docs_ja=DOCS_JA, max_responsible=3)
def too_many_responsible(ctx: Context) -> Iterator[Hit]:
    """An activity has more Responsible departments than `max_responsible` (3).

    When several departments do the same piece of work, each of them calls the
    customer, and the customer hears the same explanation several times. Work shared that widely is
    usually several activities written as one, or one activity with helpers written as R.

    Failing:

        raci: {cs: A/R, sales: R, support: R, product: R}

    Passing:

        raci: {cs: A/R, sales: C, support: R, product: C}

    How to fix: Keep as R only the departments that really do the work; make the others
    C (they are asked) or I (they are told), or split the activity into one activity per
    department's part of the work.
    """
    yield from crowded(ctx, "R", ctx.options["max_responsible"])
