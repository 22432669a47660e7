"""One change between two specs: a kind, its class, what it concerns, and where.

A change's :attr:`Change.id` (``accountable-moved:renewal``) is built from its kind and the
ids it concerns only, never from positions or counts, so the same edit has the same id in
every run, in any order of the file: CI rules and reviewers can refer to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from raci.spec.model import Span

BREAKING, NOTABLE, COSMETIC = "breaking", "notable", "cosmetic"
CLASSES = (BREAKING, NOTABLE, COSMETIC)
"""From the gravest. Breaking: someone gains or loses ownership (an A, a KPI) or an element
disappears. Notable: who does the work, who is asked or told, the structure, targets,
scope and mission. Cosmetic: wording, ids and notes; the organisation works the same."""

KINDS: Mapping[str, str] = {
    # RACI cells
    "accountable-moved": BREAKING,
    "accountable-lost": BREAKING,
    "accountable-added": NOTABLE,
    "responsible-added": NOTABLE,
    "responsible-removed": NOTABLE,
    "consulted-added": NOTABLE,
    "consulted-removed": NOTABLE,
    "informed-added": NOTABLE,
    "informed-removed": NOTABLE,
    "cell-situational-changed": NOTABLE,
    "cell-note-changed": COSMETIC,
    # activities
    "activity-removed": BREAKING,
    "activity-added": NOTABLE,
    "activity-moved": NOTABLE,
    "activity-mode-changed": NOTABLE,
    "activity-handoff-changed": NOTABLE,
    "activity-kpis-changed": NOTABLE,
    "activity-renamed": COSMETIC,
    "activity-name-changed": COSMETIC,
    "activity-description-changed": COSMETIC,
    # phases
    "phase-removed": BREAKING,
    "phase-added": NOTABLE,
    "phase-reordered": NOTABLE,
    "phase-stage-changed": NOTABLE,
    "phase-renamed": COSMETIC,
    "phase-name-changed": COSMETIC,
    "phase-description-changed": COSMETIC,
    # departments
    "department-removed": BREAKING,
    "department-added": NOTABLE,
    "department-kind-changed": NOTABLE,
    "department-headcount-changed": NOTABLE,
    "department-accounts-changed": NOTABLE,
    "scope-in-added": NOTABLE,
    "scope-in-removed": NOTABLE,
    "scope-out-added": NOTABLE,
    "scope-out-removed": NOTABLE,
    "department-renamed": COSMETIC,
    "department-name-changed": COSMETIC,
    # KPIs
    "kpi-removed": BREAKING,
    "kpi-owner-changed": BREAKING,
    "kpi-added": NOTABLE,
    "kpi-target-changed": NOTABLE,
    "kpi-parent-changed": NOTABLE,
    "kpi-level-changed": NOTABLE,
    "kpi-unit-changed": NOTABLE,
    "kpi-renamed": COSMETIC,
    "kpi-name-changed": COSMETIC,
    "kpi-description-changed": COSMETIC,
    "kpi-library-changed": COSMETIC,
    # the organisation and its mission
    "mission-changed": NOTABLE,
    "org-accounts-changed": NOTABLE,
    "org-name-changed": COSMETIC,
    "org-locale-changed": COSMETIC,
}
"""Every kind of change and its class; the catalogue (raci/i18n/diff.py) says each in prose."""


def class_rank(cls: str) -> int:
    """0 for breaking, 1 notable, 2 cosmetic: sorts the gravest first."""
    return CLASSES.index(cls)


def at_least(cls: str, level: str) -> bool:
    """Whether a change of class ``cls`` counts for ``--fail-on level`` (``any`` takes all)."""
    return level == "any" or class_rank(cls) <= class_rank(level)


@dataclass(frozen=True, slots=True)
class Change:
    """What changed. ``subject`` completes the id; ``activity``, ``department``, ``kpi`` and
    ``phase`` are the ids concerned (in the new spec, or the old one when removed);
    ``old`` and ``new`` the values before and after (JSON-ready); ``args`` the message's
    arguments (display names as :class:`~raci.spec.model.Text`)."""

    kind: str
    subject: str
    old: Any = None
    new: Any = None
    activity: str | None = None
    department: str | None = None
    kpi: str | None = None
    phase: str | None = None
    args: Mapping[str, Any] = field(default_factory=dict)
    old_span: Span | None = None
    new_span: Span | None = None
    file: str = ""
    """The spec file (the new side's name; the old one when the file was removed)."""
    variant: str = ""
    """Picks one wording of the kind's message (``on``/``off``, ``first``/``after``)."""

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.subject}"

    @property
    def message_key(self) -> str:
        """The key of this change's sentence in the catalogue (raci/i18n/diff.py)."""
        return f"diff.{self.kind}.{self.variant}" if self.variant else f"diff.{self.kind}"

    @property
    def cls(self) -> str:
        return KINDS[self.kind]

    @property
    def span(self) -> Span | None:
        """Where to show it: in the new file, or in the old one for what is gone."""
        return self.new_span or self.old_span

    def sort_key(self) -> tuple[str, int, str, str]:
        return (self.file, class_rank(self.cls), self.kind, self.subject)
