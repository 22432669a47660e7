"""Messages of raci/rules/suppressions.py."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "X001": {
        "en": "the suppression of {code} silences nothing on line {line}",
        "ja": "{code} の抑制コメントは {line} 行目で何も抑制していません",
    },
    "X001.hint": {
        "en": "delete the comment, or move it to the line the finding points at",
        "ja": "コメントを削除するか、指摘が出ている行に移してください",
    },
    "X001.unknown": {"en": "no rule has the code {code}", "ja": "コード {code} の規則はありません"},
    "X001.unknown.hint": {"en": "'raci rules' lists every rule", "ja": "'raci rules' で規則の一覧を表示できます"},
    "X001.summary": {
        "en": "A suppression comment silences nothing.",
        "ja": "何も抑制していない抑制コメントがあります。",
    },
    "X002": {
        "en": "the suppression of {codes} gives no reason",
        "ja": "{codes} の抑制コメントに理由が書かれていません",
    },
    "X002.hint": {
        "en": "say why after the bracket: # raci: ignore[CODE] reason",
        "ja": "] の後に理由を書いてください: # raci: ignore[CODE] 理由",
    },
    "X002.summary": {"en": "A suppression comment gives no reason.", "ja": "理由のない抑制コメントがあります。"},
}
