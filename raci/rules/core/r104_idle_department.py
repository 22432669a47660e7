"""R104 idle-department: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule

MESSAGES: dict[str, dict[str, str]] = {
    "R104": {
        "en": "department '{department}' ({id}) takes part in no activity",
        "ja": "部門「{department}」（{id}）はどの活動にも関わっていません",
    },
    "R104.hint": {
        "en": "give it a role (R, A, C or I) where it belongs, or remove it",
        "ja": "関わる活動に役割（R・A・C・I）を付けるか、部門を削除してください",
    },
    "R104.summary": {"en": "A department takes part in no activity.", "ja": "どの活動にも関わらない部門があります。"},
}

DOCS_JA: dict[str, str] = {
    "# and no activity mentions marketing": "marketing はどの活動にも出てこない",
    "why": (
        "スペックに挙がっているのにどの RACI の行にも登場しない部門は、設計から抜け落ちているか、"
        "そもそも設計の対象ではないかのどちらかです。役割（R・A・C・I）がある活動で役割を与えるか、"
        "部門を削除してください。"
    ),
    "fix": "役割のある行にその部門を追加するか、`departments` から削除してください。",
}


@rule("R104", "idle-department", "warning", messages=MESSAGES, docs_ja=DOCS_JA)
def idle_department(ctx: Context) -> Iterator[Hit]:
    """A department takes part in no activity.

    A department listed in the spec but absent from every RACI row is either missing
    from the design or not part of it. Give it a role (R, A, C or I) where it belongs,
    or remove it.

    Failing:

        departments: [{id: cs, …}, {id: marketing, …}]
        # and no activity mentions marketing

    Passing:

        raci: {cs: A/R, marketing: I}

    How to fix: add the department to the rows where it has a role, or remove it from
    `departments`.
    """
    spec = ctx.spec
    active = {a.department for activity in spec.activities() for a in activity.raci}
    for department in spec.departments:
        if department.id not in active:
            yield Hit(department.span, {"department": department.name, "id": department.id}, department.id)
