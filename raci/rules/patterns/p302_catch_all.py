"""P302 catch-all: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from raci.graph import ACROSS_STAGE, NEW_BUSINESS_STAGES
from raci.rules import Context, Hit, names, rule
from raci.rules.patterns import activity_listing, of_kind
from raci.spec.model import Activity, Department, ScopeItem

MESSAGES: dict[str, dict[str, str]] = {
    "P302": {
        "en": "CS department '{department}' ({id}) has become the catch-all for other departments' work",
        "ja": "CS 部門「{department}」（{id}）が何でも屋になっています",
    },
    "P302.hint": {
        "en": "write down where CS stops (scope.out) and keep the RACI rows to it",
        "ja": "CS がどこまでを担うか（scope.out）を書き、RACI をそれに合わせてください",
    },
    "P302.phases": {
        "en": "CS department '{department}' ({id}) is Responsible (R) in {count} stages of the lifecycle ({phases}), more than {max}: the work of every phase lands on it",
        "ja": "CS 部門「{department}」（{id}）が {count} つのフェーズ（{phases}）で実行責任（R）を持っています（上限は {max} つ）。あらゆるフェーズの仕事が集まり、何でも屋になっています",
    },
    "P302.phases.hint": {
        "en": "keep CS Responsible in the phases it owns after the contract; let the owners of the other phases do their work, with CS as C or I",
        "ja": "CS が R を持つのは契約後に担うフェーズに絞り、他のフェーズは担当部門に任せて CS は C か I にしてください",
    },
    "P302.scope": {
        "en": "CS department '{department}' ({id}) is Responsible (R) for work that its own scope.out excludes ({count} of its activities: {activities}): the spec contradicts itself",
        "ja": "CS 部門「{department}」（{id}）が、自らの scope.out で担わないとした活動 {count} 件で実行責任（R）になっています（{activities}）。スペックが自己矛盾しています",
    },
    "P302.scope.hint": {
        "en": "give these activities to the department that owns them (CS stays C or I); if CS really is meant to do them, remove them from scope.out",
        "ja": "これらの活動は本来の担当部門に任せてください（CS は C か I）。本当に CS の仕事なら、scope.out から外してください",
    },
    "P302.new_business": {
        "en": "CS department '{department}' ({id}) is Responsible (R) for new-business or marketing work ({count} of its activities: {activities}): CS is becoming everyone's catch-all",
        "ja": "CS 部門「{department}」（{id}）が新規獲得・マーケティングの活動 {count} 件で実行責任（R）になっています（{activities}）。何でも屋になりつつあります",
    },
    "P302.new_business.hint": {
        "en": "new business belongs to sales and campaigns to marketing; make CS C or I there and add the work to its scope.out",
        "ja": "新規獲得は営業、施策はマーケティングの役割です。CS は C か I にし、scope.out にも書いてください",
    },
    "P302.summary": {
        "en": "A CS department is the catch-all for other departments' work.",
        "ja": "CS 部門が他部門の仕事まで抱える何でも屋になっています（何でも屋化）。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "「とりあえず CS に」：導入支援、活用促進、契約更新、さらには営業やマーケティングの仕事まで "
        "CS に流れ込み、CS 固有の仕事も、それを測る KPI もなくなっていきます（何でも屋化）。"
        "種類が `cs` の部門について、次のパターンごとに 1 件ずつ報告します。\n\n"
        "- `phases`：`max_phases`（4）を超えるライフサイクルのフェーズで実行責任（R）を持っている"
        "（顧客規模で分けた 2 つのオンボーディングのように同じ `stage` のフェーズは 1 つと数え、"
        "stage が `support` のフェーズは数えません）\n"
        "- `scope`：自部門の `scope.out` で「やらない」と書いた活動、またはフェーズの活動で"
        "実行責任（R）を持っている。スペックが自己矛盾しています\n"
        "- `new_business`：新規獲得の仕事（stage が `lead` または `contract` のフェーズの活動）や"
        "マーケティングの仕事（種類が `marketing` の部門が説明責任（A）を持つ活動）で"
        "実行責任（R）を持っている"
    ),
    "fix": (
        "CS がどこまでをやるのか（`scope.out`）を書き、スペックをそれに合わせてください。"
        "新規獲得は営業、キャンペーンはマーケティング、チケット対応はサポートの仕事です。"
        "CS はそれらの仕事では相談先（C）か共有先（I）にとどまり、契約後の自分が主管するフェーズで"
        "実行責任（R）を持ちます。"
    ),
}


@rule("P302", "catch-all", "warning", messages=MESSAGES, docs_ja=DOCS_JA, needs=("stages",), max_phases=4)
def catch_all(ctx: Context) -> Iterator[Hit]:
    """A CS department has become the catch-all for everyone's work (何でも屋化).

    "Just ask CS": onboarding, usage promotion, renewals, and then sales and marketing
    work too land on CS, until it has no work of its own and no KPI that measures it.
    Reported for a department of kind `cs`, once per variant:

    - `phases`: it is Responsible (R) in more than `max_phases` (4) lifecycle phases
      (phases of the same `stage`, such as two onboarding phases split by segment,
      count once; phases of stage `support` do not count);
    - `scope`: it is Responsible for an activity, or an activity of a phase, that its
      own `scope.out` says it does not do — the spec contradicts itself;
    - `new_business`: it is Responsible for new-business work (activities of phases of
      stage `lead` or `contract`) or marketing work (activities on which a
      department of kind `marketing` is Accountable).

    Failing:

        departments:
          - {id: cs, kind: cs, scope: {out: [{activity: inquiries}]}}
        phases:
          - id: lead
            activities:
              - {id: webinar, raci: {marketing: A, cs: R}}
          - id: support
            activities:
              - {id: inquiries, raci: {support: A, cs: R}}

    Passing:

        phases:
          - id: lead
            activities:
              - {id: webinar, raci: {marketing: A/R, cs: C}}
          - id: support
            activities:
              - {id: inquiries, raci: {support: A/R, cs: I}}

    How to fix: Write down where CS stops (`scope.out`) and keep the spec to it: new
    business belongs to sales, campaigns to marketing, tickets to support. CS stays C or
    I on that work, and R on the phases after the contract that it owns.
    """
    spec = ctx.spec
    graph = ctx.graph
    max_phases = ctx.options["max_phases"]
    marketing = {d.id for d in of_kind(spec, "marketing")}
    phase_of = {phase.id: phase for phase in spec.phases}
    for department in of_kind(spec, "cs"):
        responsible = graph.activities_with(department.id, "R")
        if not responsible:
            continue
        stages = _unique(
            phase_of[a.phase].stage or a.phase for a in responsible if phase_of[a.phase].stage != ACROSS_STAGE
        )
        if len(stages) > max_phases:
            yield Hit(
                department.span,
                {
                    "department": department.name,
                    "id": department.id,
                    "count": len(stages),
                    "max": max_phases,
                    "phases": names.listed(
                        next(p.name for p in spec.phases if (p.stage or p.id) == stage) for stage in stages
                    ),
                },
                f"{department.id}:phases",
                "P302.phases",
            )
        scope_hit = _scope_contradiction(department, responsible)
        if scope_hit is not None:
            yield scope_hit
        foreign = [
            a
            for a in responsible
            if phase_of[a.phase].stage in NEW_BUSINESS_STAGES or any(d in marketing for d in a.holders("A"))
        ]
        if foreign:
            yield Hit(
                foreign[0].span,
                {"department": department.name, "id": department.id, **activity_listing(foreign)},
                f"{department.id}:new_business",
                "P302.new_business",
            )


def _unique(items: Iterable[str]) -> list[str]:
    """``items`` without repeats, in first-seen order."""
    return list(dict.fromkeys(items))


def _scope_contradiction(department: Department, responsible: tuple[Activity, ...]) -> Hit | None:
    """The P302.scope hit: activities ``department`` is R for although its scope.out excludes them."""
    if department.scope is None:
        return None
    by_activity: dict[str, ScopeItem] = {}
    by_phase: dict[str, ScopeItem] = {}
    for item in department.scope.does_not:
        if item.activity is not None:
            by_activity.setdefault(item.activity, item)
        elif item.phase is not None:
            by_phase.setdefault(item.phase, item)
    contradicted = [a for a in responsible if a.id in by_activity or a.phase in by_phase]
    if not contradicted:
        return None
    first = contradicted[0]
    item = by_activity.get(first.id) or by_phase[first.phase]
    return Hit(
        item.span or department.span,
        {"department": department.name, "id": department.id, **activity_listing(contradicted)},
        f"{department.id}:scope",
        "P302.scope",
    )
