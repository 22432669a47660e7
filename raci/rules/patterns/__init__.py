"""Failure patterns of a blurred CS role: support-isation, catch-all, sales squeeze (seed 002).

The checks rely on each department's ``kind`` and each phase's ``stage``: new business is
the ``lead`` and ``contract`` stages, success work the ``onboarding`` and ``adoption``
stages (:data:`raci.graph.NEW_BUSINESS_STAGES`, :data:`raci.graph.SUCCESS_STAGES`).
"""

from __future__ import annotations

from collections.abc import Iterator

from raci.spec.model import Activity, Department, Spec, Text

LETTER = "P"
TITLE = "Failure patterns of CS teams"
ORDER = 3
"""Where the family comes in docs/rules.md; ``LETTER`` starts each of its rule codes."""


NAMES_WIDTH = 72
"""Characters of activity names listed in a message (messages cut quoted text at 80);
the count says how many activities there are in all."""


def of_kind(spec: Spec, kind: str) -> Iterator[Department]:
    return (d for d in spec.departments if d.kind == kind)


def activity_listing(activities: list[Activity]) -> dict[str, object]:
    """Message arguments for a list of activities: how many, and as many names as fit."""
    names = Text(ja=names_that_fit(activities, "ja", "、"), en=names_that_fit(activities, "en", ", "))
    return {"count": len(activities), "activities": names}


def names_that_fit(activities: list[Activity], lang: str, separator: str) -> str:
    """The names of ``activities`` in ``lang``, as many as fit in :data:`NAMES_WIDTH`, then "…"."""
    shown: list[str] = []
    width = 0
    for activity in activities:
        name = activity.name.get(lang)
        if shown and width + len(separator) + len(name) > NAMES_WIDTH:
            return separator.join(shown) + separator + "…"
        shown.append(name)
        width += len(name) + (len(separator) if len(shown) > 1 else 0)
    return separator.join(shown)
