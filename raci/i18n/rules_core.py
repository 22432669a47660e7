"""Messages of raci/rules/core.py."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "R101": {
        "en": "activity '{activity}' ({id}) has no Accountable (A) department",
        "ja": "活動「{activity}」({id})に説明責任者(A)の部門がありません",
    },
    "R101.hint": {
        "en": "make exactly one department A, or A/R if it also does the work",
        "ja": "一つの部門だけを A にしてください(実務も担うなら A/R)",
    },
    "R102": {
        "en": "activity '{activity}' ({id}) has {count} Accountable departments: {departments}",
        "ja": "活動「{activity}」({id})に説明責任者(A)が {count} 部門あります: {departments}",
    },
    "R102.hint": {
        "en": "keep one A; make the others R (they do the work) or C (they are asked)",
        "ja": "A は一つに絞り、他の部門は R(実行)か C(相談)にしてください",
    },
    "R103": {
        "en": "activity '{activity}' ({id}) has no Responsible (R) department",
        "ja": "活動「{activity}」({id})に実行責任者(R)の部門がありません",
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
}
