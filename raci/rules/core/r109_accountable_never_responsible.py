"""R109 accountable-never-responsible: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule

MESSAGES: dict[str, dict[str, str]] = {
    "R109": {
        "en": "department '{department}' ({id}) is Accountable (A) in {count} of the activities but Responsible (R) in none: it owns outcomes it never works on",
        "ja": "部門「{department}」（{id}）は {count} 件の活動で説明責任（A）ですが、実行責任（R）の活動が一つもありません。自ら手を動かさない成果に責任を負っています",
    },
    "R109.hint": {
        "en": "make it A/R where it does the work itself, or give the A to the department that is R",
        "ja": "自ら作業する活動は A/R にするか、A を実際に作業する（R の）部門に移してください",
    },
    "R109.summary": {
        "en": "A department is Accountable somewhere but Responsible nowhere.",
        "ja": "説明責任（A）なのに、どこでも実行責任（R）でない部門があります。",
    },
}

DOCS_JA: dict[str, str] = {
    "# product is A twice and R nowhere": "product は A が 2 件で、R は 1 件もない",
    "why": (
        "結果に責任を持つのに実務を一切しない部門は、自分では変えられないことの責任を負い、"
        "ほかの部門の仕事を承認するだけになります。管理職の階層を部門として書いてしまった場合や、"
        "責任を持たせる部門を取り違えた場合によく見られる形です。"
    ),
    "fix": (
        "その部門が自ら仕事をしている活動では A/R にするか、説明責任（A）を実行責任（R）の部門"
        "（結果を変えられる部門）に渡してください。"
    ),
}


@rule("R109", "accountable-never-responsible", "warning", messages=MESSAGES, docs_ja=DOCS_JA)
def accountable_never_responsible(ctx: Context) -> Iterator[Hit]:
    """A department is Accountable (A) for some activities but Responsible (R) for none.

    A department that owns outcomes but never does any of the work answers for things it
    cannot change itself: it only signs off what others do. That is the typical shape of a
    manager's layer written as a department, or of ownership put on the wrong team.

    Failing:

        # product is A twice and R nowhere
        - {id: voc_feedback, raci: {product: A, cs: R}}
        - {id: release_notes, raci: {product: A, support: R}}

    Passing:

        - {id: voc_feedback, raci: {product: A, cs: R}}
        - {id: release_notes, raci: {product: A/R, support: C}}

    How to fix: Make the department A/R where it does the work itself, or hand the A to
    the department that is R (the one that can change the outcome).
    """
    graph = ctx.graph
    for department in ctx.spec.departments:
        roles = graph.roles_of(department.id)
        if roles["A"] and not roles["R"]:
            yield Hit(
                department.span,
                {"department": department.name, "id": department.id, "count": roles["A"]},
                department.id,
            )
