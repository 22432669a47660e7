"""P303 sales-squeeze: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.graph import NEW_BUSINESS_STAGES, SUCCESS_STAGES
from raci.rules import Context, Hit, rule
from raci.rules.patterns import activity_listing

MESSAGES: dict[str, dict[str, str]] = {
    "P303": {
        "en": "sales department '{department}' ({id}) is Responsible (R) for onboarding or adoption work ({count} of its activities: {activities}): it eats the time for new deals, and onboarding gets delayed",
        "ja": "営業部門「{department}」（{id}）がオンボーディング・活用定着の活動 {count} 件で実行責任（R）です（{activities}）。新規商談の時間が削られ、導入支援も遅れがちになります（営業圧迫化）",
    },
    "P303.hint": {
        "en": "give onboarding and adoption to CS (or one named team); sales hands the customer over with a handoff activity and stays C or I",
        "ja": "オンボーディングと活用定着は CS（または担当チーム）に任せ、営業は引き継ぎの活動で顧客を渡したあとは C か I にしてください",
    },
    "P303.other": {
        "en": "department '{department}' ({id}) is Responsible (R) both for new-business work ({new_count} of its activities: {new_activities}) and for onboarding or adoption work ({count}: {activities}): selling and onboarding squeeze each other",
        "ja": "部門「{department}」（{id}）が新規獲得の活動 {new_count} 件（{new_activities}）とオンボーディング・活用定着の活動 {count} 件（{activities}）の両方で実行責任（R）です。営業と導入支援が互いの時間を奪います（営業圧迫化）",
    },
    "P303.other.hint": {
        "en": "split the two: new business with sales, onboarding and adoption with CS, joined by a handoff activity",
        "ja": "新規獲得は営業、オンボーディングと活用定着は CS に分け、引き継ぎの活動でつないでください",
    },
    "P303.summary": {
        "en": "Sales does onboarding and adoption work (sales squeeze).",
        "ja": "営業がオンボーディング・活用定着を担っています（営業圧迫化）。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "営業圧迫化とは、フィールドセールスが CS を兼ねている、あるいは CS を誰も担っていない"
        "ために、導入支援や既存顧客対応が新規商談の時間を奪う状態です。合間に行う導入支援は"
        "抜け漏れや遅れが起きがちです。\n\n"
        "種類が `sales` の部門が、導入支援や活用定着の仕事（stage が `onboarding` または `adoption` の"
        "フェーズの活動）で実行責任（R）を持っているときに報告します。営業でも CS でもない部門が、"
        "新規獲得の仕事（stage が `lead`、`contract`）と導入支援・活用定着の仕事の両方で実行責任（R）を"
        "持っているときも報告します。種類が `role` の部門（個人や役職。商談から稼働開始まで顧客に"
        "付き添うプロジェクトマネージャーなど）は対象外です。ライフサイクルをまたぐこと自体が"
        "その人の仕事であり、圧迫されたチームではないからです。"
    ),
    "fix": (
        "導入支援と活用定着は CS に任せてください（CS チームがまだないなら、それを担当範囲に持つ"
        "特定の担当者やチームに）。営業は引き継ぎの活動で顧客を引き渡し、その後は相談先（C）か"
        "共有先（I）にとどまります。"
    ),
}


@rule("P303", "sales-squeeze", "warning", messages=MESSAGES, docs_ja=DOCS_JA, needs=("stages",))
def sales_squeeze(ctx: Context) -> Iterator[Hit]:
    """Sales does onboarding and adoption work (営業圧迫化).

    Sales squeeze: where field sales also does CS, or nobody does CS, onboarding and
    existing-customer work eat the time for new deals — and onboarding, done in the
    gaps, gets missed or delayed. Reported for a department of kind `sales` that is
    Responsible for onboarding or adoption work (activities of phases of stage
    `onboarding` or `adoption`), and for a department of another kind than sales or
    cs that is Responsible both for new-business work (stages `lead`, `contract`) and
    for onboarding or adoption work. A department of kind `role` (a person or job
    title, such as a project manager who follows the customer from deal to go-live)
    is left alone: spanning the lifecycle is that person's job, not a squeezed team.

    Failing:

        - id: onboarding
          activities:
            - {id: kickoff, raci: {sales: A/R}}

    Passing:

        - id: onboarding
          activities:
            - {id: kickoff, raci: {cs: A/R, sales: C}}

    How to fix: Give onboarding and adoption to CS (or, without a CS team yet, to one
    named person or team with it in their scope); sales hands the customer over with a
    handoff activity and stays C or I afterwards.
    """
    spec = ctx.spec
    graph = ctx.graph
    stage_of = {phase.id: phase.stage for phase in spec.phases}
    for department in graph.teams:
        if department.kind == "cs":
            continue
        responsible = graph.activities_with(department.id, "R")
        success = [a for a in responsible if stage_of[a.phase] in SUCCESS_STAGES]
        if not success:
            continue
        args = {"department": department.name, "id": department.id, **activity_listing(success)}
        if department.kind == "sales":
            yield Hit(success[0].span, args, department.id)
            continue
        new_business = [a for a in responsible if stage_of[a.phase] in NEW_BUSINESS_STAGES]
        if new_business:
            listing = activity_listing(new_business)
            yield Hit(
                success[0].span,
                {**args, "new_count": listing["count"], "new_activities": listing["activities"]},
                department.id,
                "P303.other",
            )
