"""X002 suppression-without-reason: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule

MESSAGES: dict[str, dict[str, str]] = {
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

DOCS_JA: dict[str, str] = {
    "why": (
        "半年後にレビュアーが ``# raci: ignore[R106]`` を読んでも、意図した選択なのか、問題を黙らせた"
        "だけなのか区別できません。角かっこの後に理由を書いてください。"
    ),
    "fix": "閉じ角かっこの後に理由を書いてください。",
}


@rule("X002", "suppression-without-reason", "info", messages=MESSAGES, docs_ja=DOCS_JA, after_others=True)
def suppression_without_reason(ctx: Context) -> Iterator[Hit]:
    """A suppression comment gives no reason.

    A reviewer reading ``# raci: ignore[R106]`` six months later cannot tell a
    deliberate choice from a silenced problem. Say why after the bracket.

    Failing:

        - id: kickoff  # raci: ignore[R106]

    Passing:

        - id: kickoff  # raci: ignore[R106] sales, CS and support each run a track

    How to fix: add the reason after the closing bracket.
    """
    for suppression in ctx.spec.suppressions:
        if not suppression.reason:
            yield Hit(suppression.span, {"codes": ", ".join(suppression.codes)}, str(suppression.target_line))
