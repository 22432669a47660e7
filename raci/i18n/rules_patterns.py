"""Messages of raci/rules/patterns.py."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "P301": {
        "en": "CS department '{department}' ({id}) is being turned into support: {share}% of the activities it is Responsible for are reactive ({reactive} of {count}, more than {max}%)",
        "ja": "CS 部門「{department}」({id})がサポート化しています。実行責任（R）の活動の {share}% が受け身(reactive)の対応です({count} 件中 {reactive} 件、上限 {max}%)",
    },
    "P301.hint": {
        "en": "move first-line inquiries and tickets to support or product, write them into its scope.out, and give it proactive work that its KPIs measure",
        "ja": "問い合わせやチケットの一次対応はサポートやプロダクトに移して scope.out に書き、KPI で測る能動的な活動を CS に割り当ててください",
    },
    "P302": {
        "en": "CS department '{department}' ({id}) has become the catch-all for other departments' work",
        "ja": "CS 部門「{department}」({id})が何でも屋になっています",
    },
    "P302.hint": {
        "en": "write down where CS stops (scope.out) and keep the RACI rows to it",
        "ja": "CS がどこまでを担うか(scope.out)を書き、RACI をそれに合わせてください",
    },
    "P302.phases": {
        "en": "CS department '{department}' ({id}) is Responsible (R) in {count} stages of the lifecycle ({phases}), more than {max}: the work of every phase lands on it",
        "ja": "CS 部門「{department}」({id})がライフサイクルの {count} 段階({phases})で実行責任（R）です(上限 {max})。あらゆるフェーズの仕事が集まり、何でも屋になっています",
    },
    "P302.phases.hint": {
        "en": "keep CS Responsible in the phases it owns after the contract; let the owners of the other phases do their work, with CS as C or I",
        "ja": "CS が R を持つのは契約後に担うフェーズに絞り、他のフェーズは担当部門に任せて CS は C か I にしてください",
    },
    "P302.scope": {
        "en": "CS department '{department}' ({id}) is Responsible (R) for work that its own scope.out excludes ({count} of its activities: {activities}): the spec contradicts itself",
        "ja": "CS 部門「{department}」({id})が、自らの scope.out で担わないとした活動 {count} 件で実行責任（R）になっています({activities})。スペックが自己矛盾しています",
    },
    "P302.scope.hint": {
        "en": "give these activities to the department that owns them (CS stays C or I); if CS really is meant to do them, remove them from scope.out",
        "ja": "これらの活動は本来の担当部門に任せてください(CS は C か I)。本当に CS の仕事なら、scope.out から外してください",
    },
    "P302.new_business": {
        "en": "CS department '{department}' ({id}) is Responsible (R) for new-business or marketing work ({count} of its activities: {activities}): CS is becoming everyone's catch-all",
        "ja": "CS 部門「{department}」({id})が新規獲得・マーケティングの活動 {count} 件で実行責任（R）になっています({activities})。何でも屋になりつつあります",
    },
    "P302.new_business.hint": {
        "en": "new business belongs to sales and campaigns to marketing; make CS C or I there and add the work to its scope.out",
        "ja": "新規獲得は営業、施策はマーケティングの役割です。CS は C か I にし、scope.out にも書いてください",
    },
    "P303": {
        "en": "sales department '{department}' ({id}) is Responsible (R) for onboarding or adoption work ({count} of its activities: {activities}): it eats the time for new deals, and onboarding gets delayed",
        "ja": "営業部門「{department}」({id})がオンボーディング・活用定着の活動 {count} 件で実行責任（R）です({activities})。新規商談の時間が削られ、導入支援も遅れがちになります(営業圧迫化)",
    },
    "P303.hint": {
        "en": "give onboarding and adoption to CS (or one named team); sales hands the customer over with a handoff activity and stays C or I",
        "ja": "オンボーディングと活用定着は CS(または担当チーム)に任せ、営業は引き継ぎの活動で顧客を渡したあとは C か I にしてください",
    },
    "P303.other": {
        "en": "department '{department}' ({id}) is Responsible (R) both for new-business work ({new_count} of its activities: {new_activities}) and for onboarding or adoption work ({count}: {activities}): selling and onboarding squeeze each other",
        "ja": "部門「{department}」({id})が新規獲得の活動 {new_count} 件({new_activities})とオンボーディング・活用定着の活動 {count} 件({activities})の両方で実行責任（R）です。営業と導入支援が互いの時間を奪います(営業圧迫化)",
    },
    "P303.other.hint": {
        "en": "split the two: new business with sales, onboarding and adoption with CS, joined by a handoff activity",
        "ja": "新規獲得は営業、オンボーディングと活用定着は CS に分け、引き継ぎの活動でつないでください",
    },
    "P304": {
        "en": "CS department '{department}' ({id}) has no scope.out: where CS stops is not written down",
        "ja": "CS 部門「{department}」({id})に scope.out がありません。CS がどこまでを担うのかが書かれていません",
    },
    "P304.hint": {
        "en": "add scope.out: the work CS does not do, as text or as {{activity: …}} / {{phase: …}} references to other departments' work",
        "ja": "scope.out に CS が担わない仕事を、テキストか他部門の仕事への参照({{activity: …}} / {{phase: …}})で書いてください",
    },
    "P301.summary": {
        "en": "A CS department works mostly reactively (support-isation).",
        "ja": "CS 部門の仕事の大半が受け身の対応になっています(サポート化)。",
    },
    "P302.summary": {
        "en": "A CS department is the catch-all for other departments' work.",
        "ja": "CS 部門が他部門の仕事まで抱える何でも屋になっています(何でも屋化)。",
    },
    "P303.summary": {
        "en": "Sales does onboarding and adoption work (sales squeeze).",
        "ja": "営業がオンボーディング・活用定着を担っています(営業圧迫化)。",
    },
    "P304.summary": {
        "en": "A CS department does not write down where it stops (scope.out).",
        "ja": "CS 部門がどこまでを担うか(scope.out)を書いていません。",
    },
}
