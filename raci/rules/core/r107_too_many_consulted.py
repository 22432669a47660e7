"""R107 too-many-consulted: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule
from raci.rules.core import crowded

MESSAGES: dict[str, dict[str, str]] = {
    "R107": {
        "en": "activity '{activity}' ({id}) has {count} Consulted departments ({departments}), more than {max}: decisions will wait on all of them",
        "ja": "活動「{activity}」（{id}）の相談先（C）が {count} 部門あります（{departments}）。上限は {max} 部門です。相談先が多いと意思決定が遅くなります",
    },
    "R107.hint": {
        "en": "keep C for the departments whose input changes the outcome; make the others I",
        "ja": "結果を左右する意見を持つ部門だけを C にし、他は I（事後共有）にしてください",
    },
    "R107.summary": {
        "en": "An activity has too many Consulted departments.",
        "ja": "相談先（C）の部門が多すぎる活動があります。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "相談先（C）が一つ増えるごとに、仕事を先に進める前にすべき会話が一つ増えます。相談先が"
        "多いと、意思決定は最も遅い部門を待つことになります。「知っておくべき」部門の多くは、"
        "終わった後に知らされれば十分です。"
    ),
    "fix": (
        "意見によって結果が変わる部門だけを相談先（C）に残し、ほかは共有先（I、仕事が終わったら"
        "知らされる）にしてください。"
    ),
}


@rule("R107", "too-many-consulted", "info", messages=MESSAGES, docs_ja=DOCS_JA, max_consulted=4)
def too_many_consulted(ctx: Context) -> Iterator[Hit]:
    """An activity has more Consulted departments than `max_consulted` (4).

    Every C is a conversation that must happen before the work moves on: with many of
    them, decisions wait for the slowest department. Most departments that "should know"
    only need to be told afterwards.

    Failing:

        raci: {cs: A/R, sales: C, support: C, marketing: C, product: C, finance: C}

    Passing:

        raci: {cs: A/R, sales: C, support: C, marketing: I, product: C, finance: I}

    How to fix: Keep C for the departments whose input changes the outcome; make the
    others I (informed once the work is done).
    """
    yield from crowded(ctx, "C", ctx.options["max_consulted"])
