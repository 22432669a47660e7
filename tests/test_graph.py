"""OrgGraph's own queries agree with networkx on the same graph (to_networkx)."""

from __future__ import annotations

import itertools
import random

import networkx as nx
import pytest

import raci
from raci.graph import OrgGraph
from tests.conftest import ROOT


def random_kpi_spec(seed: int, size: int = 40) -> str:
    rnd = random.Random(seed)
    lines = [
        "version: 1",
        "org: {name: A}",
        "departments: [{id: cs, name: CS, kind: cs}, {id: sales, name: S, kind: sales}]",
        "phases:",
        "  - id: onboarding",
        "    name: O",
        "    activities:",
    ]
    for i in range(size // 2):
        kpis = ", ".join(f"k{rnd.randrange(size)}" for _ in range(rnd.randrange(3)))
        lines.append(f"      - {{id: a{i}, name: A{i}, raci: {{cs: A/R, sales: C}}, kpis: [{kpis}]}}")
    lines.append("kpis:")
    for i in range(size):
        level = "kgi" if i < 3 else rnd.choice(["kpi", "activity"])
        parents = sorted({f"k{rnd.randrange(size)}" for _ in range(rnd.randrange(3))} - {f"k{i}"})
        lines.append(f"  - {{id: k{i}, name: K{i}, level: {level}, owner: cs, parents: [{', '.join(parents)}]}}")
    return "\n".join(lines) + "\n"


SPECS = [
    raci.load(ROOT / "specs" / "acme-functional.raci.yaml"),
    raci.load(ROOT / "specs" / "startup-allrounder.raci.yaml"),
]
SPECS += [raci.loads(random_kpi_spec(seed)) for seed in range(8)]


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.org.name.get("en")[:12] + str(len(s.kpis)))
def test_kpi_queries_agree_with_networkx(spec) -> None:
    graph = OrgGraph(spec)
    g = graph.to_networkx()
    drives = nx.DiGraph((u[1], v[1]) for u, v, d in g.edges(data=True) if d["kind"] == "drives")
    drives.add_nodes_from(k.id for k in spec.kpis)
    on_cycles = {n for comp in nx.strongly_connected_components(drives) if len(comp) > 1 for n in comp}
    assert graph.kpis_on_cycles == on_cycles
    for cycle in graph.kpi_cycles:
        for a, b in zip(cycle, (*cycle[1:], cycle[0]), strict=True):
            assert drives.has_edge(a, b)
    kgis = {k.id for k in spec.kpis if k.level == "kgi"}
    reaching = {k.id for k in spec.kpis if k.id in kgis or nx.descendants(drives, k.id) & kgis}
    assert graph.kpis_reaching_a_kgi == reaching
    movers: dict[str, set[str]] = {}  # KPI → departments R or A on an activity measured by it
    for activity, (_, kpi), d in g.edges(data=True):
        if d["kind"] == "measured_by":
            doers = {u[1] for u, _, e in g.in_edges(activity, data=True) if e.get("role") in ("R", "A")}
            movers.setdefault(kpi, set()).update(doers)

    def above(kpi: str) -> set[str]:
        """KPIs reached from ``kpi`` along one or more parent links (``kpi`` itself when on a loop)."""
        return set().union(*(nx.descendants(drives, p) | {p} for p in drives.successors(kpi)))

    for kpi in spec.kpis:
        assert graph.kpis_above([kpi.id]) == above(kpi.id)
        below = nx.ancestors(drives, kpi.id) | {kpi.id}
        assert graph.kpi_movers[kpi.id] == set().union(*(movers.get(k, set()) for k in below))
    levels = [k.id for k in spec.kpis if k.level == "kpi"]
    assert graph.kpis_above(levels) == set().union(*(above(k) for k in levels))


@pytest.mark.parametrize("spec", SPECS[:2], ids=["acme", "startup"])
def test_roles_and_structure_agree_with_networkx(spec) -> None:
    graph = OrgGraph(spec)
    g = graph.to_networkx()
    assert nx.is_frozen(g)
    for department in spec.departments:
        for role in "RACI":
            edges = {v[1] for u, v, d in g.out_edges(("department", department.id), data=True) if d.get("role") == role}
            assert edges == {a.id for a in graph.activities_with(department.id, role)}
    precedes = [(u[1], v[1]) for u, v, d in g.edges(data=True) if d["kind"] == "precedes"]
    lifecycle = [p.id for p in graph.lifecycle]
    assert precedes == list(itertools.pairwise(lifecycle))
