"""The org as a graph: phases, activities, departments and KPIs, and the queries rules share.

:class:`OrgGraph` is built once per spec, in one pass, and is read-only afterwards: every
rule sees the same structure and none can change what the next one sees. Its adjacency
lives in plain dicts and tuples, so that validating a spec never pays for importing
networkx (about 95 ms, more than parsing a 1,000-activity spec). :meth:`OrgGraph.to_networkx`
gives the same graph as a frozen ``networkx.MultiDiGraph`` — typed nodes and edges — for
renderers, for analyses of your own, and for the tests that check both views agree.

Node ids in the networkx view are ``(kind, id)`` tuples: ``("phase", "onboarding")``,
``("activity", "kickoff")``, ``("department", "cs")``, ``("kpi", "nrr")``. Edge kinds:
``contains`` (phase → activity), ``precedes`` (phase → next phase), ``role`` (department →
activity, with ``role`` R/A/C/I), ``measured_by`` (activity → KPI), ``drives`` (KPI →
parent KPI).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from raci.spec.model import Activity, Department, Phase, Spec

if TYPE_CHECKING:
    import networkx as nx

NEW_BUSINESS_STAGES = frozenset({"lead", "contract"})
SUCCESS_STAGES = frozenset({"onboarding", "adoption"})
ACROSS_STAGE = "support"
ROLE_KIND = "role"
MOVES = frozenset("RA")
"""The roles that move a KPI: doing the work (R) or answering for it (A)."""


class Handoff(NamedTuple):
    """The Accountable department changes from one lifecycle phase to the next."""

    before: Phase
    after: Phase
    giver: str
    taker: str


class OrgGraph:
    """Read-only graph queries over one spec; every query is linear in the spec's size."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        by_role: dict[str, dict[str, list[Activity]]] = {d.id: {r: [] for r in "RACI"} for d in spec.departments}
        kpi_activities: dict[str, list[Activity]] = {k.id: [] for k in spec.kpis}
        for activity in spec.activities():
            for assignment in activity.raci:
                roles = by_role.setdefault(assignment.department, {r: [] for r in "RACI"})
                for role in assignment.roles:
                    roles[role].append(activity)
            for measured in activity.kpis:
                kpi_activities.setdefault(measured, []).append(activity)
        self._by_role = {d: {r: tuple(a) for r, a in roles.items()} for d, roles in by_role.items()}
        self._kpi_activities = {k: tuple(a) for k, a in kpi_activities.items()}
        children: dict[str, list[str]] = {k.id: [] for k in spec.kpis}
        for kpi in spec.kpis:
            for parent in kpi.parents:
                children.setdefault(parent, []).append(kpi.id)
        self._kpi_children = MappingProxyType({k: tuple(c) for k, c in children.items()})
        self._kpi_parents = MappingProxyType({k.id: k.parents for k in spec.kpis})
        self._phase_owners: dict[float, tuple[tuple[Phase, str | None], ...]] = {}

    # departments and roles ----------------------------------------------------------

    @cached_property
    def teams(self) -> tuple[Department, ...]:
        """The departments that are teams: all but those of kind ``role`` (a person or job
        title, as imported tables have), which department-sized checks — headcount,
        capacity, load per head, the failure patterns of a team — leave alone."""
        return tuple(d for d in self.spec.departments if d.kind != ROLE_KIND)

    def activities_with(self, department: str, role: str) -> tuple[Activity, ...]:
        """Activities on which ``department`` holds ``role`` (R, A, C or I), in lifecycle order."""
        return self._by_role.get(department, {}).get(role, ())

    @cached_property
    def involvement(self) -> MappingProxyType[str, tuple[tuple[Activity, frozenset[str]], ...]]:
        """For each department, the activities it holds any role on, with its roles, in
        lifecycle order. One pass for all departments: each department's page used to scan
        every activity (departments x activities, the report's growth at 10k)."""
        rows: dict[str, list[tuple[Activity, frozenset[str]]]] = {d.id: [] for d in self.spec.departments}
        for activity in self.spec.activities():
            for assignment in activity.raci:
                if assignment.roles:
                    rows.setdefault(assignment.department, []).append((activity, assignment.roles))
        return MappingProxyType({d: tuple(r) for d, r in rows.items()})

    def roles_of(self, department: str) -> Counter[str]:
        """How many activities ``department`` holds each role on."""
        return Counter({r: len(a) for r, a in self._by_role.get(department, {}).items() if a})

    # lifecycle ----------------------------------------------------------------------

    @cached_property
    def lifecycle(self) -> tuple[Phase, ...]:
        """Phases in order, without those that run across the lifecycle (stage ``support``)."""
        return tuple(p for p in self.spec.phases if p.stage != ACROSS_STAGE)

    @staticmethod
    def accountable_counts(phase: Phase) -> Counter[str]:
        """How many of ``phase``'s activities each department is Accountable for."""
        return Counter(d for a in phase.activities for d in a.holders("A"))

    def phase_owner(self, phase: Phase, min_share: float = 0.5) -> str | None:
        """The department Accountable for the most activities of ``phase``, if it holds at
        least ``min_share`` of them and no other department holds as many."""
        counts = self.accountable_counts(phase)
        if not counts or not phase.activities:
            return None
        # sorted, not most_common(2): same order (ties as counted), without importing heapq at start-up
        (first, top), *rest = sorted(counts.items(), key=lambda item: item[1], reverse=True)[:2]
        if rest and rest[0][1] == top:
            return None
        return first if top / len(phase.activities) >= min_share else None

    def phase_owners(self, min_share: float = 0.5) -> tuple[tuple[Phase, str | None], ...]:
        """Each lifecycle phase with its owner (None when it has none), in order: the chain
        the lifecycle rules and :meth:`handoffs` follow."""
        owners = self._phase_owners.get(min_share)
        if owners is None:
            owners = self._phase_owners[min_share] = tuple((p, self.phase_owner(p, min_share)) for p in self.lifecycle)
        return owners

    def handoffs(self, min_share: float = 0.5) -> Iterator[Handoff]:
        """Consecutive lifecycle phases whose owners are two different departments."""
        for (before, giver), (after, taker) in itertools.pairwise(self.phase_owners(min_share)):
            if giver and taker and giver != taker:
                yield Handoff(before, after, giver, taker)

    # KPI tree -----------------------------------------------------------------------

    def kpi_children(self, kpi: str) -> tuple[str, ...]:
        """KPIs that drive ``kpi`` (one level down)."""
        return self._kpi_children.get(kpi, ())

    def kpi_activities(self, kpi: str) -> tuple[Activity, ...]:
        """Activities that list ``kpi`` among the KPIs they move."""
        return self._kpi_activities.get(kpi, ())

    def kpis_above(self, kpis: Iterable[str]) -> frozenset[str]:
        """Every KPI above any of ``kpis`` along parent links, in one upward walk (cycles are
        safe; one of ``kpis`` is included only when it lies above another, or on a loop)."""
        parents = (p for k in kpis for p in self._kpi_parents.get(k, ()))
        return frozenset(_walk_from(parents, self._kpi_parents))

    @cached_property
    def kpis_reaching_a_kgi(self) -> frozenset[str]:
        """KPIs with a path of parent links up to a KGI (KGIs included)."""
        kgis = [k.id for k in self.spec.kpis if k.level == "kgi"]
        return frozenset(_walk_from(kgis, self._kpi_children))

    @cached_property
    def kpis_moved(self) -> frozenset[str]:
        """KPIs that some activity moves, directly or through a KPI below them (one upward walk)."""
        linked = [k for k, activities in self._kpi_activities.items() if activities]
        return frozenset(_walk_from(linked, self._kpi_parents))

    @cached_property
    def kpi_movers(self) -> MappingProxyType[str, frozenset[str]]:
        """For each KPI, the departments Responsible or Accountable on an activity that moves
        it or a KPI below it.

        One pass over the strongly connected components of the child links, children first
        (the order Tarjan's algorithm finds them in), so each subtree is summed once and
        reused by every KPI above it; the KPIs of a loop share one set. Linear in activity
        links plus KPI edges (times the departments in a set, which are few).
        """
        result: dict[str, frozenset[str]] = {}
        for group in _strongly_connected(list(self._kpi_children), self._kpi_children):
            parts = [
                frozenset(a.department for activity in self.kpi_activities(m) for a in activity.raci if a.roles & MOVES)
                for m in group
            ]
            parts += [result[c] for m in group for c in self.kpi_children(m) if c in result]
            nonempty = [p for p in parts if p]
            total = nonempty[0] if len(nonempty) == 1 else frozenset().union(*nonempty)
            for member in group:
                result[member] = total
        return MappingProxyType(result)

    @cached_property
    def kpi_loops(self) -> tuple[tuple[str, ...], ...]:
        """Groups of KPIs that drive each other (strongly connected components of the parent
        links with more than one KPI), members in spec order, groups in spec order."""
        order = {k.id: i for i, k in enumerate(self.spec.kpis)}
        edges = {k: [p for p in parents if p in order] for k, parents in self._kpi_parents.items()}
        groups = [g for g in _strongly_connected(list(order), edges) if len(g) > 1]
        return tuple(sorted((tuple(sorted(g, key=order.__getitem__)) for g in groups), key=lambda g: order[g[0]]))

    @cached_property
    def kpis_on_cycles(self) -> frozenset[str]:
        return frozenset(k for group in self.kpi_loops for k in group)

    @cached_property
    def kpi_cycles(self) -> tuple[tuple[str, ...], ...]:
        """One cycle per group of KPIs that drive each other: the shortest loop of parent
        links through the group's first KPI in spec order (``kpis_on_cycles`` has them all)."""
        cycles = []
        for group in self.kpi_loops:
            members, start = set(group), group[0]
            previous: dict[str, str] = {}
            queue = [start]
            for node in queue:
                for parent in self._kpi_parents.get(node, ()):
                    if parent == start:
                        path = [node]
                        while path[-1] != start:
                            path.append(previous[path[-1]])
                        cycles.append((start, *reversed(path[:-1])))
                        break
                    if parent in members and parent not in previous:
                        previous[parent] = node
                        queue.append(parent)
                else:
                    continue
                break
        return tuple(cycles)

    # networkx view -------------------------------------------------------------------

    def to_networkx(self) -> nx.MultiDiGraph[tuple[str, str]]:
        """The whole org as a frozen ``networkx.MultiDiGraph`` with typed nodes and edges."""
        import networkx as nx

        graph: nx.MultiDiGraph[tuple[str, str]] = nx.MultiDiGraph(org=self.spec.org.name.get("en"))
        spec = self.spec
        for department in spec.departments:
            graph.add_node(("department", department.id), kind="department", item=department)
        for kpi in spec.kpis:
            graph.add_node(("kpi", kpi.id), kind="kpi", level=kpi.level, item=kpi)
        previous: Phase | None = None
        for phase in spec.phases:
            graph.add_node(("phase", phase.id), kind="phase", stage=phase.stage, item=phase)
            if previous is not None and phase.stage != ACROSS_STAGE:
                graph.add_edge(("phase", previous.id), ("phase", phase.id), kind="precedes")
            if phase.stage != ACROSS_STAGE:
                previous = phase
            for activity in phase.activities:
                node = ("activity", activity.id)
                graph.add_node(node, kind="activity", mode=activity.mode, item=activity)
                graph.add_edge(("phase", phase.id), node, kind="contains")
                for assignment in activity.raci:
                    for role in sorted(assignment.roles):
                        graph.add_edge(("department", assignment.department), node, kind="role", role=role)
                for measured in activity.kpis:
                    graph.add_edge(node, ("kpi", measured), kind="measured_by")
        for kpi in spec.kpis:
            for parent in kpi.parents:
                graph.add_edge(("kpi", kpi.id), ("kpi", parent), kind="drives")
        frozen: nx.MultiDiGraph[tuple[str, str]] = nx.freeze(graph)
        return frozen


def _strongly_connected(nodes: list[str], edges: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Tarjan's algorithm without recursion (KPI chains may be thousands long).

    Groups come out in reverse topological order: a group after every group it reaches."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[str]] = []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(edges.get(root, ())))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    groups.append(group)
            elif child not in index:
                index[child] = low[child] = counter
                counter += 1
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(edges.get(child, ()))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return groups


def _walk_from(starts: Iterable[str], edges: Any) -> Iterable[str]:
    """Breadth-first ids reachable from any of ``starts`` along ``edges``, each once, ``starts`` first."""
    queue = list(dict.fromkeys(starts))
    seen = set(queue)
    for node in queue:
        yield node
        for nxt in edges.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
