"""C601 accounts-per-cs-person: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.benchmarks import BENCHMARK_ACCOUNTS
from raci.rules import Context, Hit, names, rule
from raci.rules.numbers import number

MESSAGES: dict[str, dict[str, str]] = {
    "C601": {
        "en": "CS department '{department}' ({id}) covers {accounts} accounts with {headcount} people: {ratio} per person, more than {max} (B2B SaaS average: {benchmark} accounts per CS person)",
        "ja": "CS 部門「{department}」（{id}）は {headcount} 人で {accounts} 社を担当しています: 1 人あたり {ratio} 社で、上限の {max} 社を超えています（B2B SaaS の平均は CS 1 人あたり {benchmark} 社）",
    },
    "C601.hint": {
        "en": "add people, split the accounts by segment (high-touch for large accounts, one-to-many tech-touch for small ones), or raise max_accounts if the team is designed for more",
        "ja": "人員を増やすか、顧客規模で分けてください（大口はハイタッチ、小口は一対多のテックタッチ）。意図して多く担当する設計なら max_accounts を上げてください",
    },
    "C601.org": {
        "en": "the organisation serves {accounts} accounts with {headcount} people in CS ({departments}): {ratio} per person, more than {max} (B2B SaaS average: {benchmark} accounts per CS person)",
        "ja": "組織の顧客 {accounts} 社を CS の {headcount} 人（{departments}）で担当しています: 1 人あたり {ratio} 社で、上限の {max} 社を超えています（B2B SaaS の平均は CS 1 人あたり {benchmark} 社）",
    },
    "C601.org.hint": {
        "en": "add people to CS or segment the accounts (high-touch and tech-touch); give each CS department its accounts: to see which team is overloaded",
        "ja": "CS の人員を増やすか、顧客を規模で分けてください（ハイタッチとテックタッチ）。各 CS 部門に accounts: を書くと、どのチームに負荷が偏っているかが分かります",
    },
    "C601.summary": {
        "en": "A CS team covers more than max_accounts (97) accounts per person.",
        "ja": "CS 1 人あたりの担当社数が max_accounts（97 社）を超えています。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "B2B SaaS では、CS 1 人あたりの担当アカウント数は平均で約 97 社です。これを大きく超えると、"
        "CS は問い合わせや解約の申し出に追われるだけになり、成功体験を生み出す能動的な仕事"
        "（導入支援、活用定着、契約更新の準備）から真っ先に手が回らなくなります。\n\n"
        "`accounts` と `headcount` の両方を書いた `cs` 部門ごとに確認します。どの部門も `accounts` を"
        "書いていない場合は、`org.accounts` をすべての `cs` 部門の人数の合計で割って確認します。"
    ),
    "fix": (
        "人員を増やすか、顧客規模でアカウントを分けてください（大口はハイタッチ、小口は 1 対多の"
        "テックタッチ）。あえて多くのアカウントを持つ体制を設計しているなら `max_accounts` を"
        "引き上げてください（役割を再設計して 1 人 200 店舗を担当できた事例もあります）。"
    ),
}


@rule("C601", "accounts-per-cs-person", "warning", messages=MESSAGES, docs_ja=DOCS_JA, max_accounts=BENCHMARK_ACCOUNTS)
def accounts_per_cs_person(ctx: Context) -> Iterator[Hit]:
    """A CS team covers more than ``max_accounts`` (97) accounts per person.

    The B2B SaaS average is about 97 accounts per CS person. Far above that, CS can
    only react — to tickets, to cancellation notices — and the proactive work that
    creates success (onboarding, adoption, renewal reviews) is the first to go. Checks
    each `cs` department that gives both `accounts` and `headcount`; when none gives
    `accounts`, checks `org.accounts` against the headcount of all `cs` departments.

    Failing:

        - {id: cs, name: カスタマーサクセス, kind: cs, headcount: 3, accounts: 300}

    Passing:

        - {id: cs, name: カスタマーサクセス, kind: cs, headcount: 3, accounts: 291}

    How to fix: add people, split the accounts by segment (high-touch for large
    accounts, one-to-many tech-touch for small ones), or raise `max_accounts` if the
    team has deliberately designed for more (one redesigned team served 200 stores
    per person).
    """
    spec = ctx.spec
    limit = ctx.options["max_accounts"]
    cs = [d for d in spec.departments if d.kind == "cs"]
    if any(d.accounts is not None for d in cs):
        for department in cs:
            if department.accounts is None or not department.headcount:
                continue
            ratio = department.accounts / department.headcount
            if ratio > limit:
                yield Hit(
                    department.span,
                    {
                        "department": department.name,
                        "id": department.id,
                        "accounts": department.accounts,
                        "headcount": department.headcount,
                        "ratio": number(ratio),
                        "max": limit,
                        "benchmark": BENCHMARK_ACCOUNTS,
                    },
                    department.id,
                )
        return
    accounts = spec.org.accounts
    headcount = sum(d.headcount or 0 for d in cs)
    if accounts is None or not headcount:
        return
    ratio = accounts / headcount
    if ratio > limit:
        yield Hit(
            spec.org.span,
            {
                "accounts": accounts,
                "headcount": headcount,
                "departments": names.listed(d.name for d in cs if d.headcount),
                "ratio": number(ratio),
                "max": limit,
                "benchmark": BENCHMARK_ACCOUNTS,
            },
            "org",
            key="C601.org",
        )
