"""Capacity rules: accounts per CS person, and Responsible work per head."""

from __future__ import annotations

import statistics
from collections.abc import Iterator

from raci.rules import Context, Hit, rule

BENCHMARK_ACCOUNTS = 97
"""Accounts per CS person, B2B SaaS average (seed 001); quoted in the message."""


@rule("C601", "accounts-per-cs-person", "warning", max_accounts=97)
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
                        "ratio": _number(ratio),
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
                "departments": ", ".join(d.id for d in cs if d.headcount),
                "ratio": _number(ratio),
                "max": limit,
                "benchmark": BENCHMARK_ACCOUNTS,
            },
            "org",
            key="C601.org",
        )


@rule("C602", "responsible-load", "info", max_factor=2.0, min_departments=3)
def responsible_load(ctx: Context) -> Iterator[Hit]:
    """A department is Responsible for far more activities per person than the others.

    Work piles up where the R's are. A department doing several times the median
    number of activities per head is the one that will drop things — often CS, when
    "just ask CS" becomes the rule (the catch-all pattern). Compares Responsible
    activities per head with the median over the departments that give a `headcount`
    and are Responsible somewhere (one that only advises would pull the median to
    zero), when at least `min_departments` (default 3) of them do; `max_factor`
    (default 2.0) is how many times the median is too many.

    Failing:

        # cs: 3 people, R on 18 activities (6 per head)
        # sales: 6 people, R on 12; support: 4 people, R on 8 (2 per head each)

    Passing:

        # cs: 3 people, R on 12 activities (4 per head, twice the median of 2)

    How to fix: move R on some activities to the department whose role they are, or
    plan more people for the department; if its activities are much smaller than the
    others', raise `max_factor`.
    """
    spec, graph = ctx.spec, ctx.graph
    counts = {d.id: len(graph.activities_with(d.id, "R")) for d in spec.departments}
    staffed = [d for d in spec.departments if d.headcount and counts[d.id]]
    if len(staffed) < ctx.options["min_departments"]:
        return
    loads = {d.id: counts[d.id] / d.headcount for d in staffed}  # type: ignore[operator]
    median = statistics.median(loads.values())
    factor = ctx.options["max_factor"]
    for department in staffed:
        load = loads[department.id]
        if load > factor * median:
            yield Hit(
                department.span,
                {
                    "department": department.name,
                    "id": department.id,
                    "count": counts[department.id],
                    "headcount": department.headcount,
                    "load": _number(load),
                    "median": _number(median),
                    "times": _number(load / median, 2),
                    "factor": _number(factor),
                },
                department.id,
            )


def _number(value: float, decimals: int = 1) -> str:
    """``value`` with at most ``decimals`` decimals, without trailing zeros (``2.5``, ``100``)."""
    text = f"{value:.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
