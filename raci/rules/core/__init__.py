"""Core RACI rules: one Accountable, someone Responsible, nobody idle, no empty phase."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, names

LETTER = "R"
TITLE = "RACI core"
ORDER = 1
"""Where the family comes in docs/rules.md; ``LETTER`` starts each of its rule codes."""


def crowded(ctx: Context, role: str, limit: int) -> Iterator[Hit]:
    """Activities on which more than ``limit`` departments hold ``role``."""
    for activity in ctx.spec.activities():
        holders = activity.holders(role)
        if len(holders) > limit:
            args = {"activity": activity.name, "id": activity.id, "count": len(holders), "max": limit}
            yield Hit(activity.span, {**args, "departments": names.departments(ctx.spec, holders)}, activity.id)
