"""Lifecycle rules: every phase has an owner, and the customer is handed over, not dropped.

A phase's *owner* is the department Accountable for most of its activities (at least
``min_share`` of them, and no tie): :meth:`raci.graph.OrgGraph.phase_owner`. Phases of
stage ``support`` run across the lifecycle and are not part of this chain.
"""

from __future__ import annotations

from raci.spec.model import Spec, Text

LETTER = "L"
TITLE = "Lifecycle and handoffs"
ORDER = 2
"""Where the family comes in docs/rules.md; ``LETTER`` starts each of its rule codes."""


def department_name(spec: Spec, department: str) -> Text:
    """The name of ``department`` as messages quote it."""
    return spec.department(department).name
