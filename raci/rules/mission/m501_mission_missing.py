"""M501 mission-missing: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule

MESSAGES: dict[str, dict[str, str]] = {
    "M501": {
        "en": "the spec has no mission: whom CS helps, through what value, to what success",
        "ja": "ミッションがありません: どのような顧客が、どの提供価値によって、どのような成功を実現するのか",
    },
    "M501.hint": {
        "en": 'add mission: with customer, value and success — "We help [customer] achieve [success] through [value]."',
        "ja": "mission: に customer・value・success を書いてください —「私たちは、[customer]が、[value]によって、[success]を実現できるよう支援します。」",
    },
    "M501.summary": {
        "en": "The spec has no mission.",
        "ja": "ミッションが書かれていません。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "ミッションは、CS がどんな顧客をどんな成功へ導くのかを示すものです。RACI の行を書く前に、"
        "新しい依頼が「自分たちの仕事か」を判断する拠り所になります。ミッションがなければ、"
        "役割分担は何にも基づかないものになってしまいます。"
    ),
    "fix": (
        "テンプレートの 3 つの要素をそろえた `mission` を追加してください："
        "「私たちは、[customer]が、[value]によって、[success]を実現できるよう支援します。」"
    ),
}


@rule("M501", "mission-missing", "warning", messages=MESSAGES, docs_ja=DOCS_JA, reports_missing="mission")
def mission_missing(ctx: Context) -> Iterator[Hit]:
    """The spec has no mission.

    The mission says whom CS helps and to what success; it is what the team checks a
    new request against ("is this ours?") before a RACI row is ever written. Without
    it, the division of work has nothing to follow from.

    Failing:

        version: 1
        org: {name: Example Co}
        departments: …

    Passing:

        mission:
          customer: 少人数の経理チームで請求業務を回している中小企業
          value: 請求書の作成から入金消込までを一つの流れにつなぐこと
          success: 月末の請求業務を3時間から30分に短縮すること

    How to fix: add a `mission` with the three parts of the template — 「私たちは、
    [customer]が、[value]によって、[success]を実現できるよう支援します。」 / "We help
    [customer] achieve [success] through [value]."
    """
    spec = ctx.spec
    if spec.mission is None:
        yield Hit(spec.org.span, {}, "mission")
