"""M503 mission-statement-too-long: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule
from raci.rules.mission import language_versions, part_span

MESSAGES: dict[str, dict[str, str]] = {
    "M503": {
        "en": "the mission statement is {length} characters long, more than {max}",
        "ja": "ミッションステートメントが {length} 文字あり、上限の {max} 文字を超えています",
    },
    "M503.hint": {
        "en": "condense it into one sentence the team can say from memory, with the customer as the subject; explanations belong in customer, value and success",
        "ja": "顧客を主語にして、チームが暗記できる一文に絞ってください。説明は customer・value・success に書けます",
    },
    "M503.summary": {
        "en": "The mission statement is longer than max_chars (100) characters.",
        "ja": "ミッションステートメントが max_chars（100 文字）より長くなっています。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "よいミッションステートメントは、まず簡潔です。チームが暗記して言え、依頼が来たときに"
        "照らし合わせられる長さであるべきです。言語ごとの版のうち、最も長いものの文字数を数えます。"
    ),
    "fix": (
        "凝縮してください。顧客を主語にし、顧客がたどり着く成功を残します。説明的な内容は "
        "customer・value・success の各要素に移してください。"
    ),
}


@rule(
    "M503", "mission-statement-too-long", "info", messages=MESSAGES, docs_ja=DOCS_JA, needs=("mission",), max_chars=100
)
def mission_statement_too_long(ctx: Context) -> Iterator[Hit]:
    """The mission statement is longer than ``max_chars`` (100) characters.

    A good statement is concise first: the team should be able to say it from memory
    and test a request against it. Counts the characters of the longest language
    version.

    Failing:

        statement: 私たちは、請求業務に追われる中小企業の経理チームが、請求書の作成・送付・入金消込・督促・会計ソフトへの連携までを一つのサービスで自動化し、月末の作業時間を大幅に減らして本来の業務に集中できるよう、導入から活用、更新まであらゆる場面で伴走し支援します。

    Passing:

        statement: お客様が、月末の請求業務を30分で終え、空いた時間を本業に使えるようにする。

    How to fix: condense: keep the customer as the subject and the success they reach;
    move explanations into the customer, value and success parts.
    """
    mission = ctx.spec.mission
    if mission is None or mission.statement is None:
        return
    limit = ctx.options["max_chars"]
    length = max(len(v.strip()) for v in language_versions(mission.statement))
    if length > limit:
        yield Hit(part_span(ctx.spec, "statement"), {"length": length, "max": limit}, "mission:statement")
