"""R108 only-informed: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule

MESSAGES: dict[str, dict[str, str]] = {
    "R108": {
        "en": "department '{department}' ({id}) is only ever Informed (I), in {count} of the activities, and never R, A or C: it is a spectator",
        "ja": "部門「{department}」（{id}）は {count} 件の活動に情報共有（I）として関わるだけで、R・A・C が一つもありません。傍観者になっています",
    },
    "R108.hint": {
        "en": "give it the work it really does (R, A or C), or drop it from the RACI rows",
        "ja": "実際に担う仕事に R・A・C を付けるか、RACI の行から外してください",
    },
    "R108.summary": {
        "en": "A department is only ever Informed, never R, A or C.",
        "ja": "情報共有（I）だけで、R・A・C のない部門があります。",
    },
}

DOCS_JA: dict[str, str] = {
    "# marketing appears in the rows only as I": "marketing は I としてしか出てこない",
    "why": (
        "何が起きたかを知らされるだけの部門は、設計の中では傍観者です。仕事もせず、結果に責任も"
        "持たず、意見を求められることもありません。スペックがその部門の実際の仕事を書き漏らしているか、"
        "そもそも RACI の行に載せる必要がないかのどちらかです。"
    ),
    "fix": (
        "その部門が実際にしている仕事を与えてください（関わる活動で R・A・C のいずれか）。"
        "または行から外し、定例の報告で共有してください。"
    ),
}


@rule("R108", "only-informed", "warning", messages=MESSAGES, docs_ja=DOCS_JA)
def only_informed(ctx: Context) -> Iterator[Hit]:
    """A department takes part only as Informed (I), never as R, A or C.

    A department that is only ever told what happened is a spectator in the design: it
    does no work, owns no outcome and is never asked. Either the spec forgets the work it
    really does, or it does not belong in the RACI rows at all.

    Failing:

        # marketing appears in the rows only as I
        - {id: kickoff, raci: {cs: A/R, marketing: I}}
        - {id: health_check, raci: {cs: A/R, marketing: I}}

    Passing:

        - {id: kickoff, raci: {cs: A/R, marketing: I}}
        - {id: case_study, raci: {marketing: A/R, cs: C}}

    How to fix: Give the department the work it actually does (R, A or C on the
    activities where it contributes), or drop it from the rows and tell it through a
    regular report.
    """
    graph = ctx.graph
    for department in ctx.spec.departments:
        roles = graph.roles_of(department.id)
        if roles["I"] and not (roles["R"] or roles["A"] or roles["C"]):
            yield Hit(
                department.span,
                {"department": department.name, "id": department.id, "count": roles["I"]},
                department.id,
            )
