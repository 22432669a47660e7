"""Labels of raci/render/mission.py (also used by the charter: the mission, the role line)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "render.mission.title": {"en": "Mission — {org}", "ja": "ミッション — {org}"},
    "render.mission.org_heading": {"en": "The organisation's mission", "ja": "組織のミッション"},
    "render.mission.template_heading": {
        "en": "From the template",
        "ja": "テンプレートに当てはめた文",
    },
    # 「私たちは、[customer]が[value]によって[success]を実現できるよう支援します。」 A part that
    # ends in a verb (…をなくす, …にする; a trailing こと is dropped) joins with ことで / よう.
    "render.mission.template": {
        "en": "We help {customer} achieve {success} through {value}.",
        "ja": "私たちは、{customer}が、{value}によって、{success}を実現できるよう支援します。",
    },
    "render.mission.template_verb": {
        "en": "We help {customer} achieve {success} through {value}.",
        "ja": "私たちは、{customer}が、{value}によって、{success}よう支援します。",
    },
    "render.mission.template_value_verb": {
        "en": "We help {customer} achieve {success} through {value}.",
        "ja": "私たちは、{customer}が、{value}ことで、{success}を実現できるよう支援します。",
    },
    "render.mission.template_both_verbs": {
        "en": "We help {customer} achieve {success} through {value}.",
        "ja": "私たちは、{customer}が、{value}ことで、{success}よう支援します。",
    },
    "render.mission.statement_heading": {"en": "Agreed statement", "ja": "合意したミッションステートメント"},
    "render.mission.no_statement": {
        "en": "No condensed statement yet: write the one the team agrees on in mission.statement.",
        "ja": "短くまとめたステートメントはまだありません。チームで合意した一文を mission.statement に書いてください。",
    },
    "render.mission.no_mission": {
        "en": "The spec has no mission yet. Fill in the three parts of the template under mission:",
        "ja": "スペックにまだミッションがありません。mission: にテンプレートの 3 つの要素を書いてください:",
    },
    "render.mission.slots_to_fill": {
        "en": "Still to fill in: the parts shown as [slots] in the sentence above.",
        "ja": "上の文の[枠]の部分がまだ書かれていません。",
    },
    "render.mission.parts_heading": {"en": "The parts", "ja": "テンプレートの要素"},
    "render.mission.part.customer": {"en": "Which customers", "ja": "どのような顧客"},
    "render.mission.part.value": {"en": "Our value", "ja": "自社の提供価値"},
    "render.mission.part.success": {"en": "What success", "ja": "どのような成功"},
    "render.mission.part.statement": {"en": "Statement", "ja": "ステートメント"},
    "render.mission.slot.customer": {"en": "which customers", "ja": "どのような顧客"},
    "render.mission.slot.value": {"en": "our value", "ja": "自社の提供価値"},
    "render.mission.slot.success": {"en": "what success", "ja": "どのような成功"},
    "render.mission.col.part": {"en": "Part", "ja": "要素"},
    "render.mission.col.key": {"en": "Key", "ja": "キー"},
    "render.mission.col.text": {"en": "As written", "ja": "記述"},
    "render.mission.col.check": {"en": "Check", "ja": "確認"},
    "render.mission.not_written": {"en": "(not written)", "ja": "（未記入）"},
    "render.mission.ok": {"en": "ok", "ja": "OK"},
    "render.mission.none": {"en": "—", "ja": "—"},
    "render.mission.notes_heading": {"en": "Quality notes", "ja": "品質に関する指摘"},
    "render.mission.no_notes": {
        "en": "raci found nothing to improve in the mission.",
        "ja": "ミッションについて raci の指摘はありません。",
    },
    "render.mission.line": {"en": "line {line}", "ja": "{line} 行目"},
    "render.mission.hint": {"en": "what to do", "ja": "対処"},
    "render.mission.checklist_heading": {"en": "Quality checklist", "ja": "品質チェックリスト"},
    "render.mission.checklist_legend": {
        "en": "Ticked: checked by raci and passed. The others failed a check (see the quality notes) or need the team's judgement.",
        "ja": "チェック済み: raci が自動で確認し、問題がなかった項目。それ以外は指摘があった項目（品質に関する指摘を参照）か、チームで判断する項目です。",
    },
    "render.mission.check.parts": {
        "en": "All three parts are written: customer, value, success",
        "ja": "3 つの要素（顧客・提供価値・成功）がすべて書かれている",
    },
    "render.mission.check.placeholders": {
        "en": "No template placeholder is left",
        "ja": "テンプレートのプレースホルダーが残っていない",
    },
    "render.mission.check.concise": {
        "en": "Concise: the statement has at most {max} characters",
        "ja": "簡潔である: ステートメントが {max} 文字以内",
    },
    "render.mission.check.measurable": {
        "en": "Drives action: the customer's success is measurable",
        "ja": "行動につながる: 顧客の成功が数値で測れる形で書かれている",
    },
    "render.mission.check.action": {
        "en": 'Drives action: the team can test a new request against it ("is this ours?")',
        "ja": "行動につながる: 新しい依頼が来たとき「これは私たちの仕事か」を判断できる",
    },
    "render.mission.check.subject": {
        "en": 'The customer is the subject, not the company ("be No.1 in satisfaction" is not a mission)',
        "ja": "主語が顧客である（「満足度 No.1 になる」のような自社目線の目標ではない）",
    },
    "render.mission.state.ok": {"en": "checked by raci", "ja": "raci が確認済み"},
    "render.mission.state.failed": {"en": "raci found: {codes}", "ja": "raci の指摘: {codes}"},
    "render.mission.state.manual": {"en": "for the team to judge", "ja": "チームで判断"},
    "render.mission.state.na": {"en": "no statement yet", "ja": "ステートメント未記入"},
    "render.mission.state.no_mission": {"en": "no mission yet", "ja": "ミッション未記入"},
    "render.mission.departments_heading": {"en": "The departments' roles", "ja": "各部門の役割"},
    "render.mission.derived_note": {
        "en": "Derived by raci from the RACI assignments and the KPI tree — not written by the team. A starting point for each department's own mission.",
        "ja": "raci が RACI の割り当てと KPI ツリーから導いた文で、チームが書いたものではありません。各部門が自分たちのミッションを書くときの出発点にしてください。",
    },
    "render.mission.derived_label": {"en": "derived from the spec", "ja": "スペックから導出"},
    "render.mission.role.accountable": {
        "en": "{department} is accountable for the work in {phases}.",
        "ja": "{department}は、{phases}で説明責任（A）を持ちます。",
    },
    "render.mission.role.not_accountable": {
        "en": "{department} is accountable for no activity.",
        "ja": "{department}が説明責任（A）を持つ活動はありません。",
    },
    "render.mission.role.responsible": {
        "en": "It also does the work (R) where another department is accountable: {phases}.",
        "ja": "他部門が説明責任（A）を持つ活動でも実行責任（R）を担います: {phases}。",
    },
    "render.mission.role.kpis": {
        "en": "It owns the KPIs {kpis}.",
        "ja": "主管部門として持つ KPI は{kpis}です。",
    },
    "render.mission.role.no_kpis": {"en": "It owns no KPI.", "ja": "主管部門として持つ KPI はありません。"},
    "render.mission.role.phase": {
        "en": "{phase} ({count} of {total} activities)",
        "ja": "{phase}の {total} 活動のうち {count} 活動",
    },
    "render.mission.role.phase_single": {
        "en": "{phase} ({count} of {total} activity)",
        "ja": "{phase}の {total} 活動のうち {count} 活動",
    },
    "render.mission.role.phase_all": {
        "en": "{phase} (all {total} activities)",
        "ja": "{phase}の全 {total} 活動",
    },
    "render.mission.role.kpi": {"en": "{kpi}", "ja": "「{kpi}」"},
    "render.mission.separator": {"en": ", ", "ja": "、"},
    "render.mission.aside": {"en": " ({text})", "ja": "（{text}）"},
    "render.mission.generated": {
        "en": "Generated by raci from the org spec: change the spec, not this page.",
        "ja": "raci が組織スペックから生成しました。変更はこのページではなく、スペック（YAML）で行ってください。",
    },
    "render.mission.severity.error": {"en": "error", "ja": "エラー"},
    "render.mission.severity.warning": {"en": "warning", "ja": "警告"},
    "render.mission.severity.info": {"en": "info", "ja": "情報"},
    "render.unknown_department": {
        "en": "unknown department '{id}'; the departments are: {ids}",
        "ja": "部門 '{id}' はスペックにありません。部門の ID: {ids}",
    },
}
