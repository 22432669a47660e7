"""M505 mission-placeholder: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule
from raci.rules.mission import PARTS, language_versions, part_span, placeholder

MESSAGES: dict[str, dict[str, str]] = {
    "M505": {
        "en": "the mission still holds the template placeholder '{placeholder}'",
        "ja": "ミッションにテンプレートのプレースホルダー「{placeholder}」が残っています",
    },
    "M505.hint": {
        "en": "replace the placeholder with the team's answer",
        "ja": "プレースホルダーをチームで決めた内容に置き換えてください",
    },
    "M505.customer": {
        "en": "the mission's customer part still holds the template placeholder '{placeholder}'",
        "ja": "ミッションの customer（どのような顧客）にテンプレートのプレースホルダー「{placeholder}」が残っています",
    },
    "M505.customer.hint": {
        "en": 'write which customers you help, concretely ("small accounting teams at mid-sized companies")',
        "ja": "支援する顧客を具体的に書いてください（例:「少人数の経理チームで請求業務を回している中堅企業」）",
    },
    "M505.value": {
        "en": "the mission's value part still holds the template placeholder '{placeholder}'",
        "ja": "ミッションの value（自社の提供価値）にテンプレートのプレースホルダー「{placeholder}」が残っています",
    },
    "M505.value.hint": {
        "en": "write the value the product gives the customer — the value, not the features",
        "ja": "製品が顧客にもたらす価値を書いてください。機能の一覧ではなく価値です",
    },
    "M505.success": {
        "en": "the mission's success part still holds the template placeholder '{placeholder}'",
        "ja": "ミッションの success（どのような成功）にテンプレートのプレースホルダー「{placeholder}」が残っています",
    },
    "M505.success.hint": {
        "en": 'write the customer\'s success, measurably ("month-end invoicing from 3 hours to 30 minutes")',
        "ja": "顧客にとっての成功を測れる形で書いてください（例:「月末の請求業務を 3 時間から 30 分に短縮する」）",
    },
    "M505.statement": {
        "en": "the mission statement still holds the template placeholder '{placeholder}'",
        "ja": "ミッションステートメント（statement）にテンプレートのプレースホルダー「{placeholder}」が残っています",
    },
    "M505.statement.hint": {
        "en": "write the condensed statement the team agreed on, with the customer as the subject",
        "ja": "チームで合意した、顧客を主語にした短いステートメントを書いてください",
    },
    "M505.summary": {
        "en": "A mission part still holds a template placeholder.",
        "ja": "ミッションにテンプレートのプレースホルダーが残っています。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "テンプレートの `[どのような顧客]`、`<customer>`、`TODO`、`TBD` は、チームがまだ答えていない"
        "問いです。raci は置き換えられるまで報告し続けるので、書きかけのテンプレートが完成した"
        "ミッションとして通ってしまうことはありません。"
    ),
    "fix": (
        "プレースホルダーをチームの答えに置き換えてください。どの要素で、何を問うているのかはメッセージに示されます。"
    ),
}


@rule("M505", "mission-placeholder", "warning", messages=MESSAGES, docs_ja=DOCS_JA, needs=("mission",))
def mission_placeholder(ctx: Context) -> Iterator[Hit]:
    """A mission part still holds a template placeholder.

    A template's `[どのような顧客]`, `<customer>`, `TODO` or `TBD` is a question the team
    has not answered yet. raci reports it until it is replaced, so a fresh template
    cannot pass for a finished mission.

    Failing:

        customer: "[どのような顧客]"

    Passing:

        customer: 少人数の経理チームで請求業務を回している中小企業

    How to fix: replace the placeholder with the team's answer; the message says which
    part and what it asks for.
    """
    mission = ctx.spec.mission
    if mission is None:
        return
    for part in (*PARTS, "statement"):
        text = getattr(mission, part)
        if text is None:
            continue
        found = next((p for p in map(placeholder, language_versions(text)) if p), None)
        if found:
            yield Hit(part_span(ctx.spec, part), {"placeholder": found}, f"mission:{part}", key=f"M505.{part}")
