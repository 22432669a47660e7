"""Messages of raci/rules/lifecycle.py."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "L201": {
        "en": "phase '{phase}' ({id}) has no owner: no department is Accountable for at least {share}% of its {count} activities (the most is {departments} with {most})",
        "ja": "フェーズ「{phase}」({id})に主管部門がありません。{count} 件の活動の {share}% 以上で説明責任（A）の部門がありません(最多は {departments} の {most} 件)",
    },
    "L201.hint": {
        "en": "decide which department owns this phase and make it A on most of its activities; the others stay R, C or I",
        "ja": "このフェーズを担う部門を決め、その部門を大半の活動の A にしてください。他の部門は R・C・I で関わります",
    },
    "L201.tie": {
        "en": "phase '{phase}' ({id}) has no owner: {departments} are each Accountable for {most} of its {count} activities",
        "ja": "フェーズ「{phase}」({id})に主管部門がありません。{departments} がそれぞれ {most} 件(全 {count} 件中)で説明責任（A）となり、同数です",
    },
    "L201.tie.hint": {
        "en": "decide which of them owns the phase and make it A on more activities than the other",
        "ja": "どの部門がこのフェーズを担うかを決め、その部門が A を持つ活動を多くしてください",
    },
    "L201.none": {
        "en": "phase '{phase}' ({id}) has no owner: none of its {count} activities has an Accountable department",
        "ja": "フェーズ「{phase}」({id})に主管部門がありません。{count} 件の活動のどれにも説明責任（A）がいません",
    },
    "L201.none.hint": {
        "en": "make the department that owns this phase A on its activities (at least {share}% of them)",
        "ja": "このフェーズを担う部門を、活動の {share}% 以上で A にしてください",
    },
    "L202": {
        "en": "phase '{phase}' ({id}) has no owner, though the previous phase '{previous}' ({previous_id}) is owned by '{owner}' ({owner_id}): the customer is handed over to nobody",
        "ja": "前のフェーズ「{previous}」({previous_id})は「{owner}」({owner_id})が担っていますが、フェーズ「{phase}」({id})には主管部門がありません。顧客が誰にも引き継がれません",
    },
    "L202.hint": {
        "en": "make one department A on most of this phase's activities, usually the one that takes the customer over from {owner_id}",
        "ja": "このフェーズの大半の活動で一つの部門を A にしてください。通常は {owner_id} から顧客を引き継ぐ部門です",
    },
    "L203": {
        "en": "'{giver}' ({giver_id}) owns phase '{before}' ({before_id}) and '{taker}' ({taker_id}) owns the next phase '{after}' ({after_id}), but no activity hands the customer over",
        "ja": "フェーズ「{before}」({before_id})は「{giver}」({giver_id})、次のフェーズ「{after}」({after_id})は「{taker}」({taker_id})が担っていますが、顧客を引き継ぐ活動がありません",
    },
    "L203.hint": {
        "en": "add a handover activity with 'handoff: true' and both {giver_id} and {taker_id} on it, or give {taker_id} a role (C or I) on '{last}' ({last_id}), the last activity of '{before}'",
        "ja": "{giver_id} と {taker_id} の両方が関わる引き継ぎの活動('handoff: true')を追加するか、「{before}」の最後の活動「{last}」({last_id})で {taker_id} に役割(C か I)を付けてください",
    },
    "L201.summary": {
        "en": "A lifecycle phase has no owner (no department is Accountable for most of it).",
        "ja": "主管部門のない(大半の活動で A を持つ部門のない)ライフサイクルのフェーズがあります。",
    },
    "L202.summary": {
        "en": "The customer is handed over to nobody: an owned phase is followed by a phase without owner.",
        "ja": "主管部門のあるフェーズの次に、主管部門のないフェーズがあり、顧客が誰にも引き継がれません。",
    },
    "L203.summary": {
        "en": "The phase owner changes but no activity hands the customer over.",
        "ja": "フェーズの主管部門が変わるのに、顧客を引き継ぐ活動がありません。",
    },
}
