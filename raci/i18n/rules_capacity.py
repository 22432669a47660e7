"""Messages of raci/rules/capacity.py."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "C601": {
        "en": "CS department '{department}' ({id}) covers {accounts} accounts with {headcount} people: {ratio} per person, more than {max} (B2B SaaS average: {benchmark} accounts per CS person)",
        "ja": "CS 部門「{department}」({id})は {headcount} 人で {accounts} 社を担当しています: 1人あたり {ratio} 社で、上限の {max} 社を超えています(B2B SaaS の平均は CS 1人あたり {benchmark} 社)",
    },
    "C601.hint": {
        "en": "add people, split the accounts by segment (high-touch for large accounts, one-to-many tech-touch for small ones), or raise max_accounts if the team is designed for more",
        "ja": "人員を増やすか、顧客規模で分けてください(大口はハイタッチ、小口は一対多のテックタッチ)。意図して多く担当する設計なら max_accounts を上げてください",
    },
    "C601.summary": {
        "en": "A CS team covers more than max_accounts (97) accounts per person.",
        "ja": "CS 1人あたりの担当社数が max_accounts(97 社)を超えています。",
    },
    "C601.org": {
        "en": "the organisation serves {accounts} accounts with {headcount} people in CS ({departments}): {ratio} per person, more than {max} (B2B SaaS average: {benchmark} accounts per CS person)",
        "ja": "組織の顧客 {accounts} 社を CS の {headcount} 人({departments})で担当しています: 1人あたり {ratio} 社で、上限の {max} 社を超えています(B2B SaaS の平均は CS 1人あたり {benchmark} 社)",
    },
    "C601.org.hint": {
        "en": "add people to CS or segment the accounts (high-touch and tech-touch); give each CS department its accounts: to see which team is overloaded",
        "ja": "CS の人員を増やすか、顧客を規模で分けてください(ハイタッチとテックタッチ)。各 CS 部門に accounts: を書くと、どのチームに負荷が偏っているかが分かります",
    },
    "C602": {
        "en": "department '{department}' ({id}) is Responsible (R) for {load} activities per person ({count} activities / {headcount} people): {times}× the median of {median} (limit {factor}×)",
        "ja": "部門「{department}」({id})は {headcount} 人で {count} 件の活動の実行責任（R）です: 1人あたり {load} 件で、中央値 {median} 件の {times} 倍です(上限 {factor} 倍)",
    },
    "C602.hint": {
        "en": "move R on some activities to the department whose role they are, or plan more people; raise max_factor if these activities are much smaller than others'",
        "ja": "一部の活動の R を本来担うべき部門に移すか、人員を増やしてください。活動の規模が他部門より小さいなら max_factor を上げてください",
    },
    "C602.summary": {
        "en": "A department is Responsible for far more activities per person than the others.",
        "ja": "1人あたりの実行責任(R)の活動数が、他の部門より大幅に多い部門があります。",
    },
}
