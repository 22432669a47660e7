"""KPI tree rules: KGI → KPI → activity KPI, each number owned by a team that can move it."""

from __future__ import annotations

LETTER = "K"
TITLE = "KPI tree"
ORDER = 4
"""Where the family comes in docs/rules.md; ``LETTER`` starts each of its rule codes."""


BELOW_KGI = ("kpi", "activity")
