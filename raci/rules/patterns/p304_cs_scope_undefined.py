"""P304 cs-scope-undefined: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule
from raci.rules.patterns import of_kind

MESSAGES: dict[str, dict[str, str]] = {
    "P304": {
        "en": "CS department '{department}' ({id}) has no scope.out: where CS stops is not written down",
        "ja": "CS 部門「{department}」（{id}）に scope.out がありません。CS がどこまでを担うのかが書かれていません",
    },
    "P304.hint": {
        "en": "add scope.out: the work CS does not do, as text or as {{activity: …}} / {{phase: …}} references to other departments' work",
        "ja": "scope.out に CS が担わない仕事を、テキストか他部門の仕事への参照（{{activity: …}} / {{phase: …}}）で書いてください",
    },
    "P304.summary": {
        "en": "A CS department does not write down where it stops (scope.out).",
        "ja": "CS 部門がどこまでを担うか（scope.out）を書いていません。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "3 つの失敗パターン（サポート化・何でも屋化・営業圧迫化）から抜け出す最初の一歩は、"
        "CS が何をするのか、そして何よりも何をしないのか、つまりどこから先がほかの部門の役割なのかを"
        "書き出すことです。それがないと、新しい仕事はすべて CS に流れ込みかねず、境界線を"
        "誰も指し示せません。"
    ),
    "fix": (
        "部門に `scope.out` を追加してください。やらない仕事をテキストで書くか、ほかの部門が"
        "主管する活動やフェーズを `{activity: …}` / `{phase: …}` の参照で書きます。"
    ),
}


@rule("P304", "cs-scope-undefined", "warning", messages=MESSAGES, docs_ja=DOCS_JA, reports_missing="scope")
def cs_scope_undefined(ctx: Context) -> Iterator[Hit]:
    """A CS department does not write down where it stops (no `scope.out`).

    The first step out of all three failure patterns is to write down what CS does and,
    above all, what it does not do — where another department's role begins.
    Without it every new task can land on CS, and nobody can point at the line.

    Failing:

        - id: cs
          kind: cs
          scope:
            in: [導入支援, 活用促進]

    Passing:

        - id: cs
          kind: cs
          scope:
            in: [導入支援, 活用促進]
            out: [新規商談, {activity: inquiry_handling, note: 問い合わせはサポート}]

    How to fix: Add `scope.out` to the department: the work it does not do, as text or
    as `{activity: …}` / `{phase: …}` references to the activities other departments
    own.
    """
    for department in of_kind(ctx.spec, "cs"):
        if department.scope is None or not department.scope.does_not:
            span = department.scope.span if department.scope and department.scope.span else department.span
            yield Hit(span, {"department": department.name, "id": department.id}, department.id)
