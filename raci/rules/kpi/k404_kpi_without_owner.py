"""K404 kpi-without-owner: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule

MESSAGES: dict[str, dict[str, str]] = {
    "K404": {
        "en": "KPI '{kpi}' ({id}, level {level}) has no owner",
        "ja": "KPI「{kpi}」（{id}、レベル {level}）に主管部門がありません",
    },
    "K404.hint": {
        "en": "set owner to the department whose work moves this number and who answers for it",
        "ja": "この数値を動かし、結果に責任を持つ部門を owner に書いてください",
    },
    "K404.summary": {
        "en": "A KPI has no owner.",
        "ja": "主管部門のない KPI があります。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "どの部門も持っていない数字は、皆が眺めていても誰も責任を持ちません。KGI・KPI・活動 KPI "
        "のそれぞれに、数字を報告し、下がったときに手を打つ部門が一つ必要です。"
    ),
    "fix": "`owner` に、その数字を動かす仕事をしている部門を設定してください。",
}


@rule("K404", "kpi-without-owner", "warning", messages=MESSAGES, docs_ja=DOCS_JA, needs=("kpis",))
def kpi_without_owner(ctx: Context) -> Iterator[Hit]:
    """A KPI has no owner.

    A number that no department owns is watched by everyone and answered for by no
    one. Each KPI, KGI and activity KPI needs one department that reports on it and acts
    when it slips.

    Failing:

        - {id: nrr, name: NRR, level: kgi}

    Passing:

        - {id: nrr, name: NRR, level: kgi, owner: cs}

    How to fix: set `owner` to the department whose work moves the number.
    """
    for kpi in ctx.spec.kpis:
        if kpi.owner is None:
            yield Hit(kpi.span, {"kpi": kpi.name, "id": kpi.id, "level": kpi.level}, kpi.id)
