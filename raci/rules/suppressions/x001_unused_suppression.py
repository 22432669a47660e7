"""X001 unused-suppression: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, all_rules, rule

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
}

DOCS_JA: dict[str, str] = {
    "why": (
        "抑制コメントの対象だった指摘は、すでに直されたか、別の行に移ったか、もともと存在しません"
        "でした。今ではそのコメントは、同じ種類の次の本当の問題を隠すだけです。実行されなかった"
        "ルール（コマンドラインや設定で除外されたルール）の抑制はそのままにします。"
    ),
    "fix": "コメントを削除するか、指摘が指している行に移してください。",
}


@rule("X001", "unused-suppression", "warning", messages=MESSAGES, docs_ja=DOCS_JA, after_others=True)
def unused_suppression(ctx: Context) -> Iterator[Hit]:
    """A suppression comment silences nothing.

    The finding it was written for has been fixed, moved to another line, or never
    existed: the comment now only hides the next real problem of that kind. Suppressions
    of rules that did not run (deselected on the command line or in the configuration)
    are left alone.

    Failing:

        - id: kickoff  # raci: ignore[R106] three teams on purpose
          raci: {cs: A/R}

    Passing:

        - id: kickoff  # raci: ignore[R106] three teams on purpose
          raci: {cs: A/R, sales: R, support: R, product: R}

    How to fix: delete the comment, or move it to the line the finding points at.
    """
    known = all_rules()
    for suppression in ctx.spec.suppressions:
        for code in suppression.codes:
            if not any(c.startswith(code) for c in known):
                yield Hit(suppression.span, {"code": code}, f"{suppression.target_line}:{code}", key="X001.unknown")
                continue
            if not any(c.startswith(code) for c in ctx.ran):
                continue
            used = any(f.span is not None and suppression.covers(f.code, f.span.line) == code for f in ctx.findings)
            if not used:
                yield Hit(
                    suppression.span,
                    {"code": code, "line": suppression.target_line},
                    f"{suppression.target_line}:{code}",
                )
