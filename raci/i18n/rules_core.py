"""Messages of raci/rules/core.py."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "R101": {
        "en": "activity '{activity}' ({id}) has no Accountable (A) department",
        "ja": "活動「{activity}」({id})に説明責任（A）の部門がありません",
    },
    "R101.hint": {
        "en": "make exactly one department A, or A/R if it also does the work",
        "ja": "一つの部門だけを A にしてください(実務も担うなら A/R)",
    },
    "R102": {
        "en": "activity '{activity}' ({id}) has {count} Accountable departments: {departments}",
        "ja": "活動「{activity}」({id})に説明責任（A）が {count} 部門あります: {departments}",
    },
    "R102.hint": {
        "en": "keep one A; make the others R (they do the work) or C (they are asked)",
        "ja": "A は一つに絞り、他の部門は R(実行)か C(相談)にしてください",
    },
    "R103": {
        "en": "activity '{activity}' ({id}) has no Responsible (R) department",
        "ja": "活動「{activity}」({id})に実行責任（R）の部門がありません",
    },
    "R103.hint": {
        "en": "name who does the work: R, or A/R",
        "ja": "実際に作業する部門を R(または A/R)にしてください",
    },
    "R104": {
        "en": "department '{department}' ({id}) takes part in no activity",
        "ja": "部門「{department}」({id})はどの活動にも関わっていません",
    },
    "R104.hint": {
        "en": "give it a role (R, A, C or I) where it belongs, or remove it",
        "ja": "関わる活動に役割(R・A・C・I)を付けるか、部門を削除してください",
    },
    "R105": {"en": "phase '{phase}' ({id}) has no activities", "ja": "フェーズ「{phase}」({id})に活動がありません"},
    "R105.hint": {
        "en": "list what happens in this phase and who does it",
        "ja": "このフェーズで行う活動と担当部門を書いてください",
    },
    "R106": {
        "en": "activity '{activity}' ({id}) has {count} Responsible departments ({departments}), more than {max}",
        "ja": "活動「{activity}」({id})の実行責任（R）が {count} 部門あります({departments})。上限は {max} です",
    },
    "R106.hint": {
        "en": "keep R for the departments that really do the work and make the others C or I, or split the activity so that the customer hears each explanation once",
        "ja": "実際に作業する部門だけを R にし、他は C か I にしてください。顧客が同じ説明を何度も聞かないよう、活動を分けるのも有効です",
    },
    "R107": {
        "en": "activity '{activity}' ({id}) has {count} Consulted departments ({departments}), more than {max}: decisions will wait on all of them",
        "ja": "活動「{activity}」({id})の相談先(C)が {count} 部門あります({departments})。上限は {max} で、意思決定が遅くなります",
    },
    "R107.hint": {
        "en": "keep C for the departments whose input changes the outcome; make the others I",
        "ja": "結果を左右する意見を持つ部門だけを C にし、他は I(事後共有)にしてください",
    },
    "R108": {
        "en": "department '{department}' ({id}) is only ever Informed (I), in {count} of the activities, and never R, A or C: it is a spectator",
        "ja": "部門「{department}」({id})は {count} 件の活動に情報共有(I)として関わるだけで、R・A・C が一つもありません。傍観者になっています",
    },
    "R108.hint": {
        "en": "give it the work it really does (R, A or C), or drop it from the RACI rows",
        "ja": "実際に担う仕事に R・A・C を付けるか、RACI の行から外してください",
    },
    "R109": {
        "en": "department '{department}' ({id}) is Accountable (A) in {count} of the activities but Responsible (R) in none: it owns outcomes it never works on",
        "ja": "部門「{department}」({id})は {count} 件の活動で説明責任（A）ですが、実行責任（R）の活動が一つもありません。自ら手を動かさない成果に責任を負っています",
    },
    "R109.hint": {
        "en": "make it A/R where it does the work itself, or give the A to the department that is R",
        "ja": "自ら作業する活動は A/R にするか、A を実際に作業する(R の)部門に移してください",
    },
    "R110": {
        "en": "department '{department}' ({id}) is Accountable for {count} of {total} activities ({share}%, more than {max}%): no other department owns much",
        "ja": "部門「{department}」({id})が全 {total} 件中 {count} 件の活動で説明責任（A）です({share}%、上限 {max}%)。他の部門はほとんど A を持っていません",
    },
    "R110.hint": {
        "en": "give each phase the department that drives it as A (sales before the contract, CS after it, support for inquiries)",
        "ja": "各フェーズを主導する部門を A にしてください(契約までは営業、契約後は CS、問い合わせはサポートなど)",
    },
    # one-line summaries
    "R101.summary": {"en": "An activity has no Accountable department.", "ja": "説明責任（A）のいない活動があります。"},
    "R102.summary": {
        "en": "An activity has more than one Accountable department.",
        "ja": "説明責任（A）が複数いる活動があります。",
    },
    "R103.summary": {"en": "An activity has no Responsible department.", "ja": "実行責任（R）のいない活動があります。"},
    "R104.summary": {"en": "A department takes part in no activity.", "ja": "どの活動にも関わらない部門があります。"},
    "R105.summary": {"en": "A phase has no activities.", "ja": "活動のないフェーズがあります。"},
    "R106.summary": {
        "en": "An activity has too many Responsible departments.",
        "ja": "実行責任（R）の部門が多すぎる活動があります。",
    },
    "R107.summary": {
        "en": "An activity has too many Consulted departments.",
        "ja": "相談先(C)の部門が多すぎる活動があります。",
    },
    "R108.summary": {
        "en": "A department is only ever Informed, never R, A or C.",
        "ja": "情報共有(I)だけで、R・A・C のない部門があります。",
    },
    "R109.summary": {
        "en": "A department is Accountable somewhere but Responsible nowhere.",
        "ja": "説明責任（A）なのに、どこでも実行責任（R）でない部門があります。",
    },
    "R110.summary": {
        "en": "One department is Accountable for most of the activities.",
        "ja": "一つの部門が大半の活動で説明責任（A）になっています。",
    },
}
