"""Messages of raci/rules/mission.py."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "M501": {
        "en": "the spec has no mission: whom CS helps, through what value, to what success",
        "ja": "ミッションがありません: どのような顧客が、どの提供価値を通じて、どのような成功を達成するのか",
    },
    "M501.hint": {
        "en": 'add mission: with customer, value and success — "We help [customer] achieve [success] through [value]."',
        "ja": "mission: に customer・value・success を書いてください —「私たちは、[customer]が、[value]を通じて、[success]を達成することを支援します。」",
    },
    "M501.summary": {
        "en": "The spec has no mission.",
        "ja": "ミッションが書かれていません。",
    },
    "M502": {
        "en": "the mission has no {part} part",
        "ja": "ミッションに {part} がありません",
    },
    "M502.hint": {
        "en": "add the missing part of the template: customer, value and success",
        "ja": "テンプレートの customer・value・success をすべて書いてください",
    },
    "M502.summary": {
        "en": "The mission lacks a part of the template: customer, value or success.",
        "ja": "ミッションにテンプレートの customer・value・success のいずれかがありません。",
    },
    "M502.customer": {
        "en": "the mission does not say which customers CS helps (customer)",
        "ja": "ミッションに「どのような顧客」(customer)がありません",
    },
    "M502.customer.hint": {
        "en": 'add customer: the customers you help, concretely ("small accounting teams at mid-sized companies")',
        "ja": "customer: に支援する顧客を具体的に書いてください(例:「少人数の経理チームで請求業務を回している中堅企業」)",
    },
    "M502.value": {
        "en": "the mission does not say what value the product gives (value)",
        "ja": "ミッションに「自社の提供価値」(value)がありません",
    },
    "M502.value.hint": {
        "en": 'add value: what the product gives the customer — the value, not the features ("one flow from invoice to payment, with no re-keying")',
        "ja": "value: に顧客が得る価値を書いてください。機能ではなく価値です(例:「請求から入金消込までを転記なしの一つの流れにすること」)",
    },
    "M502.success": {
        "en": "the mission does not say what success the customer reaches (success)",
        "ja": "ミッションに「どのような成功」(success)がありません",
    },
    "M502.success.hint": {
        "en": 'add success: what changes for the customer, measurably ("month-end invoicing from 3 hours to 30 minutes")',
        "ja": "success: に顧客にとっての成功を測れる形で書いてください(例:「月末の請求業務を3時間から30分に短縮する」)",
    },
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
        "ja": "ミッションステートメントが max_chars(100 文字)より長くなっています。",
    },
    "M504": {
        "en": "the customer's success '{success}' is not measurable: it has no number or measurable unit",
        "ja": "顧客の成功「{success}」が測れる形になっていません: 数値や測れる単位がありません",
    },
    "M504.hint": {
        "en": 'say what changes for the customer with a number — a time, a rate or a count, from what to what, by when ("month-end invoicing from 3 hours to 30 minutes")',
        "ja": "顧客にとって何がどれだけ変わるかを数値で書いてください。時間・率・件数を、何から何へ、いつまでに(例:「月末の請求業務を3時間から30分に」)",
    },
    "M504.summary": {
        "en": "The customer's success is not measurable.",
        "ja": "顧客の成功が数値で測れる形になっていません。",
    },
    "M505": {
        "en": "the mission still holds the template placeholder '{placeholder}'",
        "ja": "ミッションにテンプレートのプレースホルダー「{placeholder}」が残っています",
    },
    "M505.hint": {
        "en": "replace the placeholder with the team's answer",
        "ja": "プレースホルダーをチームで決めた内容に置き換えてください",
    },
    "M505.summary": {
        "en": "A mission part still holds a template placeholder.",
        "ja": "ミッションにテンプレートのプレースホルダーが残っています。",
    },
    "M505.customer": {
        "en": "the mission's customer part still holds the template placeholder '{placeholder}'",
        "ja": "ミッションの customer(どのような顧客)にテンプレートのプレースホルダー「{placeholder}」が残っています",
    },
    "M505.customer.hint": {
        "en": 'write which customers you help, concretely ("small accounting teams at mid-sized companies")',
        "ja": "支援する顧客を具体的に書いてください(例:「少人数の経理チームで請求業務を回している中堅企業」)",
    },
    "M505.value": {
        "en": "the mission's value part still holds the template placeholder '{placeholder}'",
        "ja": "ミッションの value(自社の提供価値)にテンプレートのプレースホルダー「{placeholder}」が残っています",
    },
    "M505.value.hint": {
        "en": "write the value the product gives the customer — the value, not the features",
        "ja": "製品が顧客にもたらす価値を書いてください。機能の一覧ではなく価値です",
    },
    "M505.success": {
        "en": "the mission's success part still holds the template placeholder '{placeholder}'",
        "ja": "ミッションの success(どのような成功)にテンプレートのプレースホルダー「{placeholder}」が残っています",
    },
    "M505.success.hint": {
        "en": 'write the customer\'s success, measurably ("month-end invoicing from 3 hours to 30 minutes")',
        "ja": "顧客にとっての成功を測れる形で書いてください(例:「月末の請求業務を3時間から30分に短縮する」)",
    },
    "M505.statement": {
        "en": "the mission statement still holds the template placeholder '{placeholder}'",
        "ja": "ミッションステートメント(statement)にテンプレートのプレースホルダー「{placeholder}」が残っています",
    },
    "M505.statement.hint": {
        "en": "write the condensed statement the team agreed on, with the customer as the subject",
        "ja": "チームで合意した、顧客を主語にした短いステートメントを書いてください",
    },
}
