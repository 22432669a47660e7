"""The lifecycle map's model: what every format shows (columns, lanes, cells, owners
and handoffs), read from the graph and from rule L203's findings.

The formats draw it: DOT (:mod:`raci.render.lifecycle_dot`), Mermaid and Markdown
(:mod:`raci.render.lifecycle_text`); :mod:`raci.render.lifecycle` dispatches.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from raci.graph import ACROSS_STAGE
from raci.i18n import t
from raci.render import Document
from raci.render.graphviz import wrap
from raci.spec.cells import canonical
from raci.spec.model import Activity, Phase

if TYPE_CHECKING:
    from raci.findings import Finding

_AR = frozenset("AR")
LIMIT = 5
"""A cell lists at most this many activities; beyond, the first LIMIT - 1 and a count."""
NAME_WIDTH = 30
"""Columns of an activity line before it wraps (a CJK character counts two)."""

MISSING = "#c62828"
HANDOFF = "#2e75b6"
OWNER_FILL = "#fff4cc"
OWNER_BORDER = "#b8860b"
ACROSS_FILL = "#ececec"
HEADER_FILL = "#1f4e79"


@dataclass(frozen=True)
class Edge:
    """A handoff between two phases: giver's cell → taker's cell; ``missing`` per L203."""

    before: Phase
    after: Phase
    giver: str
    taker: str
    missing: bool
    via: Activity | None = None


class LifecycleMap:
    """What every format shows: columns, lanes, cells, owners and handoffs."""

    def __init__(self, doc: Document, lang: str) -> None:
        spec, graph = doc.spec, doc.graph
        self.doc = doc
        self.lang = lang
        self.lifecycle = graph.lifecycle
        self.across = tuple(p for p in spec.phases if p.stage == ACROSS_STAGE)
        self.phases = self.lifecycle + self.across
        self.departments = spec.departments
        self.names = {d.id: d.name.get(lang) or d.id for d in spec.departments}
        self.owners = {p.id: graph.phase_owner(p) for p in self.phases}
        self.edges = self._edges(doc)

    def _edges(self, doc: Document) -> list[Edge]:
        spec = doc.spec
        phases = {p.id: p for p in spec.phases}
        missing: dict[str, Finding] = {f.subject: f for f in doc.findings if f.code == "L203"}
        edges = []
        for handoff in doc.graph.handoffs():
            key = f"{handoff.before.id}:{handoff.after.id}"
            finding = missing.pop(key, None)
            via = None if finding else _handoff_activity(handoff.before, handoff.after, handoff.giver, handoff.taker)
            edges.append(Edge(handoff.before, handoff.after, handoff.giver, handoff.taker, finding is not None, via))
        # L203 found with other settings than the map's: still show what the rule says.
        for finding in missing.values():
            args = finding.args
            before, after = phases.get(args.get("before_id", "")), phases.get(args.get("after_id", ""))
            giver, taker = args.get("giver_id"), args.get("taker_id")
            if before and after and giver in self.names and taker in self.names:
                edges.append(Edge(before, after, giver, taker, True))
        return edges

    def cell(self, phase: Phase, department: str) -> list[tuple[str, Activity]]:
        """(roles, activity) for the activities of ``phase`` ``department`` is R or A for."""
        return self._cells.get((phase.id, department), [])

    @cached_property
    def _cells(self) -> dict[tuple[str, str], list[tuple[str, Activity]]]:
        """Every cell's (roles, activity) list, in one pass over the assignments: a scan of
        the phase per department was departments x activities (a million steps at 10k)."""
        cells: dict[tuple[str, str], list[tuple[str, Activity]]] = {}
        for phase in self.phases:
            for activity in phase.activities:
                for assignment in activity.raci:
                    held = assignment.roles & _AR
                    if held:
                        cells.setdefault((phase.id, assignment.department), []).append((canonical(held), activity))
        return cells

    def cell_items(self, phase: Phase, department: str, width: int = NAME_WIDTH) -> list[tuple[str, list[str]]]:
        """(roles, name lines) per listed activity, at most LIMIT: beyond, LIMIT - 1 and a count
        (with no roles)."""
        entries = self.cell(phase, department)
        shown = entries if len(entries) <= LIMIT else entries[: LIMIT - 1]
        items = [(roles, wrap(activity.name.get(self.lang) or activity.id, width)) for roles, activity in shown]
        if len(shown) < len(entries):
            items.append(("", [t("lifecycle.more", self.lang, {"count": len(entries) - len(shown)})]))
        return items

    def phase_name(self, phase: Phase) -> str:
        return phase.name.get(self.lang) or phase.id

    def owner_text(self, phase: Phase) -> str:
        owner = self.owners[phase.id]
        if owner is None:
            return t("lifecycle.no_owner", self.lang)
        return f"{t('lifecycle.owner', self.lang)}: {self.names.get(owner, owner)}"

    def title(self) -> str:
        return f"{t('lifecycle.title', self.lang)} — {self.doc.spec.org.name.get(self.lang)}"


def handoff_label(grid: LifecycleMap, edge: Edge, width: int = NAME_WIDTH) -> list[str]:
    """The lines naming a handoff arrow: the handoff activity (「導入キックオフ会議」), or the
    plain word when the spec marks none. Every arrow saying 引き継ぎ told the reader nothing."""
    if edge.via is not None:
        return wrap(edge.via.name.get(grid.lang) or edge.via.id, width)
    return [t("lifecycle.handoff", grid.lang)]


def _handoff_activity(before: Phase, after: Phase, giver: str, taker: str) -> Activity | None:
    """The activity marked ``handoff`` with both departments on it, for the label only."""
    for phase in (before, after):
        for activity in phase.activities:
            departments = {a.department for a in activity.raci if a.roles}
            if activity.handoff and giver in departments and taker in departments:
                return activity
    return None
