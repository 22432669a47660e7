"""M502 mission-part-missing: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule
from raci.rules.mission import PARTS

MESSAGES: dict[str, dict[str, str]] = {
    "M502": {
        "en": "the mission has no {part} part",
        "ja": "ミッションに {part} がありません",
    },
    "M502.hint": {
        "en": "add the missing part of the template: customer, value and success",
        "ja": "テンプレートの customer・value・success をすべて書いてください",
    },
    "M502.customer": {
        "en": "the mission does not say which customers CS helps (customer)",
        "ja": "ミッションに「どのような顧客」（customer）がありません",
    },
    "M502.customer.hint": {
        "en": 'add customer: the customers you help, concretely ("small accounting teams at mid-sized companies")',
        "ja": "customer: に支援する顧客を具体的に書いてください（例:「少人数の経理チームで請求業務を回している中堅企業」）",
    },
    "M502.value": {
        "en": "the mission does not say what value the product gives (value)",
        "ja": "ミッションに「自社の提供価値」（value）がありません",
    },
    "M502.value.hint": {
        "en": 'add value: what the product gives the customer — the value, not the features ("one flow from invoice to payment, with no re-keying")',
        "ja": "value: に顧客が得る価値を書いてください。機能ではなく価値です（例:「請求から入金消込までを転記なしの一つの流れにすること」）",
    },
    "M502.success": {
        "en": "the mission does not say what success the customer reaches (success)",
        "ja": "ミッションに「どのような成功」（success）がありません",
    },
    "M502.success.hint": {
        "en": 'add success: what changes for the customer, measurably ("month-end invoicing from 3 hours to 30 minutes")',
        "ja": "success: に顧客にとっての成功を測れる形で書いてください（例:「月末の請求業務を 3 時間から 30 分に短縮する」）",
    },
    "M502.summary": {
        "en": "The mission lacks a part of the template: customer, value or success.",
        "ja": "ミッションにテンプレートの customer・value・success のいずれかがありません。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "それぞれの要素は、チームが合意すべき問いに答えるものです。どの顧客か、製品がその顧客に"
        "どんな価値を提供するのか（機能ではなく価値）、そして顧客がどんな成功にたどり着くのか。"
        "どれか一つでも欠けたミッションは、行動につながる一文に凝縮できません。"
    ),
    "fix": "欠けている要素を書いてください。どの要素が欠けていて、何を書くべきかはメッセージに示されます。",
}


@rule("M502", "mission-part-missing", "warning", messages=MESSAGES, docs_ja=DOCS_JA, needs=("mission",))
def mission_part_missing(ctx: Context) -> Iterator[Hit]:
    """The mission lacks a part of the template: customer, value or success.

    Each part answers a question the team must agree on: which customers, what value
    the product gives them (not its features), and what success they reach. A mission
    without one of them cannot be condensed into a statement that drives action.

    Failing:

        mission:
          customer: 中小企業の経理チーム
          value: 請求から入金消込までの自動化

    Passing:

        mission:
          customer: 中小企業の経理チーム
          value: 請求から入金消込までの自動化
          success: 月末の請求作業を3時間から30分にする

    How to fix: write the missing part; the message says which one and what it should
    say.
    """
    mission = ctx.spec.mission
    if mission is None:
        return
    for part in PARTS:
        if getattr(mission, part) is None:
            yield Hit(mission.span or ctx.spec.org.span, {}, f"mission:{part}", key=f"M502.{part}")
