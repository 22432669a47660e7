"""R105 empty-phase: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule

MESSAGES: dict[str, dict[str, str]] = {
    "R105": {"en": "phase '{phase}' ({id}) has no activities", "ja": "フェーズ「{phase}」（{id}）に活動がありません"},
    "R105.hint": {
        "en": "list what happens in this phase and who does it",
        "ja": "このフェーズで行う活動と担当部門を書いてください",
    },
    "R105.summary": {"en": "A phase has no activities.", "ja": "活動のないフェーズがあります。"},
}

DOCS_JA: dict[str, str] = {
    "why": (
        "活動が一つもないフェーズは、誰も仕事をしていないフェーズです。顧客がそこにたどり着いても、"
        "対応する人が誰もいません。そのフェーズで何が行われるのかを、誰がやるのかとあわせて"
        "書き出してください。"
    ),
    "fix": "フェーズの活動を RACI とあわせて書き出すか、フェーズを削除してください。",
}


@rule("R105", "empty-phase", "warning", messages=MESSAGES, docs_ja=DOCS_JA)
def empty_phase(ctx: Context) -> Iterator[Hit]:
    """A phase has no activities.

    A lifecycle phase with no activity is a phase nobody works in: customers reach it
    and find no one. List what happens in it, with who does it.

    Failing:

        - {id: renewal, name: 契約更新, activities: []}

    Passing:

        - id: renewal
          name: 契約更新
          activities:
            - {id: renewal_review, name: 更新レビュー, raci: {cs: A/R, sales: C}}

    How to fix: list the phase's activities with their RACI cells, or remove the phase.
    """
    spec = ctx.spec
    for phase in spec.phases:
        if not phase.activities:
            yield Hit(phase.span, {"phase": phase.name, "id": phase.id}, phase.id)
