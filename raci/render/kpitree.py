"""The KPI tree: KGI → KPI → activity KPI, with owners and targets, as a graph.

KGIs sit at the top and each KPI below the ones it drives, or, left-to-right, KGIs on the
left (``Options.direction``; ``auto`` picks the layout closer to a page's shape, so the
wide trees real organisations have go left-to-right); arrows point from the number that
moves to the number it moves ("drives"). Each box shows the level, the name
in the output language, the owning department and the target with its unit. KPIs with
no path of parent links up to a KGI (orphans) and KPIs on a cycle of parent links are
drawn red and dashed, with a note; the legend explains the marks.

Formats: ``dot`` (Graphviz source), ``svg``/``png``/``pdf`` (drawn by Graphviz's ``dot``)
and ``mermaid`` (``flowchart BT`` or ``RL``, for GitHub Markdown and other Mermaid viewers).
"""

from __future__ import annotations

import math

from raci.i18n import t
from raci.render import RENDERERS, Document, Options
from raci.render.graphviz import (
    font_attributes,
    label_rows,
    mermaid_id,
    mermaid_ids,
    mermaid_styles,
    render_graph,
    wrap,
)
from raci.render.templating import dot_html, dot_string, mermaid_text, mermaid_title
from raci.spec.model import Kpi

FORMATS = RENDERERS["kpi-tree"].formats
BINARY = frozenset({"png", "pdf"})

LEVELS = ("kgi", "kpi", "activity")
NAME_WIDTH = 28
"""Columns of a KPI name before it wraps (a CJK character counts two)."""
DETAIL_WIDTH = 36
MERMAID_WIDTH = 24
"""Mermaid wraps labels wider than 200 px by itself, badly: raci wraps them first."""

PROBLEM = "#c62828"
# level → (fill, text, border, border width, shape style)
STYLES = {
    "kgi": ("#1f4e79", "#ffffff", "#0b2540", "2.5", "filled"),
    "kpi": ("#d6e6f5", "#111111", "#2e75b6", "1.5", "rounded,filled"),
    "activity": ("#f4f4f4", "#111111", "#7f7f7f", "1", "rounded,filled"),
}
MERMAID_CLASSES = {
    "kgi": "fill:#1f4e79,color:#ffffff,stroke:#0b2540,stroke-width:3px",
    "kpi": "fill:#d6e6f5,color:#111111,stroke:#2e75b6,stroke-width:2px",
    "activity": "fill:#f4f4f4,color:#111111,stroke:#7f7f7f,stroke-width:1px",
    "problem": f"stroke:{PROBLEM},stroke-width:2px,stroke-dasharray:5 4",
}


def render(doc: Document, fmt: str, options: Options) -> str | bytes:
    return render_graph(doc, fmt, options, to_dot, {"mermaid": to_mermaid}, "the KPI tree")


# What to show -------------------------------------------------------------------------


class _Tree:
    """The facts both formats draw: levels, edges, and which KPIs and edges are wrong."""

    def __init__(self, doc: Document, lang: str) -> None:
        spec, graph = doc.spec, doc.graph
        self.lang = lang
        self.kpis = spec.kpis
        self.known = {k.id for k in spec.kpis}
        reaching = graph.kpis_reaching_a_kgi
        self.orphans = {k.id for k in spec.kpis if k.id not in reaching}
        self.cycles = graph.kpi_cycles
        self.cycle_edges: set[tuple[str, str]] = set()  # (child, parent)
        self.cycle_of: dict[str, tuple[str, ...]] = {}
        for cycle in self.cycles:
            for i, kpi in enumerate(cycle):
                self.cycle_edges.add((kpi, cycle[(i + 1) % len(cycle)]))
                self.cycle_of.setdefault(kpi, cycle)
        # (parent, child) in spec order of the children, then of their parents
        self.edges = [(p, k.id) for k in spec.kpis for p in k.parents if p in self.known]
        departments = {d.id: d for d in spec.departments}
        self.owner_names = {
            k.id: departments[k.owner].name.get(lang) if k.owner in departments else (k.owner or "") for k in spec.kpis
        }
        self.codes: dict[str, list[str]] = {}
        for finding in doc.findings:
            if finding.code in ("K401", "K402") or not finding.code.startswith("K"):
                continue  # the cycle and orphan marks say these already
            subject = finding.subject if finding.subject in self.known else None
            if subject is not None and finding.code not in self.codes.setdefault(subject, []):
                self.codes[subject].append(finding.code)

    def level(self, kpi: Kpi) -> str:
        return kpi.level if kpi.level in LEVELS else "kpi"

    def problem(self, kpi: Kpi) -> bool:
        return kpi.id in self.orphans or kpi.id in self.cycle_of

    def lines(
        self, kpi: Kpi, widths: tuple[int, int] = (NAME_WIDTH, DETAIL_WIDTH)
    ) -> tuple[str, list[str], list[str], list[str]]:
        """(level tag, name lines, detail lines, problem notes) for one KPI."""
        lang = self.lang
        tag = t(f"kpitree.level.{self.level(kpi)}", lang)
        name = wrap(kpi.name.get(lang) or kpi.id, widths[0])
        owner = self.owner_names[kpi.id] or t("kpitree.no_owner", lang)
        details = wrap(f"{t('kpitree.owner', lang)}: {owner}", widths[1])
        details += wrap(f"{t('kpitree.target', lang)}: {_target(kpi, lang)}", widths[1])
        notes = []
        if kpi.id in self.orphans:
            notes.append("⚠ " + t("kpitree.orphan", lang))
        if kpi.id in self.cycle_of:
            cycle = self.cycle_of[kpi.id]
            notes.append(f"⚠ {t('kpitree.cycle', lang)}: {' → '.join((*cycle, cycle[0]))}")
        if kpi.id in self.codes:
            notes.append(f"{t('kpitree.findings', lang)}: {', '.join(self.codes[kpi.id])}")
        return tag, name, details, [line for note in notes for line in wrap(note, widths[1])]


def _target(kpi: Kpi, lang: str) -> str:
    if kpi.target is None or str(kpi.target).strip() == "":
        return t("kpitree.no_target", lang)
    from raci.i18n.targets import target_text

    return target_text(kpi.target, kpi.unit, lang)  # 120万円以上 in Japanese


PAGE_RATIO = 1.414
"""Width over height of a landscape A-series page, the shape a tree should come close to."""
BOX = {"down": (190.0, 125.0), "right": (250.0, 80.0)}
"""Rough width and height (px) one KPI box takes, with its spacing, in either layout."""


def direction(tree: _Tree, wanted: str = "auto") -> str:
    """``down`` or ``right``: as ``wanted``, or for ``auto`` the layout closer to a page.

    A tree is about as wide as its most crowded rank and as deep as its longest chain;
    drawn down, the rank runs across the page, drawn right, down it. The example's tree
    (17 KPIs, 11 on one rank) is 4.3x wider than high drawn down, 0.9x drawn right.
    """
    if wanted in ("down", "right"):
        return wanted
    ranks = _ranks(tree)
    if not ranks:
        return "down"
    crowd = max(ranks.values(), default=1)
    depth = len(ranks)
    shapes = {
        "down": (crowd * BOX["down"][0]) / (depth * BOX["down"][1]),
        "right": (depth * BOX["right"][0]) / (crowd * BOX["right"][1]),
    }
    return min(shapes, key=lambda d: (abs(math.log(shapes[d] / PAGE_RATIO)), d))


def _ranks(tree: _Tree) -> dict[int, int]:
    """How many KPIs sit at each depth below the roots (breadth-first: cycles end)."""
    children: dict[str, list[str]] = {}
    has_parent: set[str] = set()
    for parent, child in tree.edges:
        children.setdefault(parent, []).append(child)
        has_parent.add(child)
    depth = {k.id: 0 for k in tree.kpis if k.id not in has_parent or tree.level(k) == "kgi"}
    queue = list(depth)
    for kpi in queue:  # grows while it is walked
        for child in children.get(kpi, ()):
            if child not in depth:
                depth[child] = depth[kpi] + 1
                queue.append(child)
    for k in tree.kpis:
        depth.setdefault(k.id, 0)  # only on a cycle
    counts: dict[int, int] = {}
    for d in depth.values():
        counts[d] = counts.get(d, 0) + 1
    return counts


def _title(doc: Document, lang: str) -> str:
    return f"{t('kpitree.title', lang)} — {doc.spec.org.name.get(lang)}"


# DOT ------------------------------------------------------------------------------------


def _node_id(kpi_id: str) -> str:
    return f'"kpi:{dot_string(kpi_id)}"'


def to_dot(doc: Document, options: Options) -> str:
    """The KPI tree as Graphviz DOT text; every text from the spec is escaped."""
    lang = options.lang
    tree = _Tree(doc, lang)
    rankdir = "LR" if direction(tree, options.direction) == "right" else "TB"
    out = ["digraph kpi_tree {"]
    out += font_attributes(options)
    out.append(
        f"  graph [rankdir={rankdir}, newrank=true, nodesep=0.3, ranksep=0.55, pad=0.3, labelloc=t, fontsize=18, "
        f"label=<<B>{dot_html(_title(doc, lang))}</B>>];"
    )
    out.append('  node [shape=box, margin="0.15,0.07", fontsize=11];')
    out.append('  edge [dir=back, arrowtail=normal, color="#595959", penwidth=1.2];')
    out.append("")
    if not tree.kpis:
        out.append(f'  empty [shape=plaintext, label="{dot_string(t("kpitree.empty", lang))}"];')
    for level in LEVELS:
        members = [k for k in tree.kpis if tree.level(k) == level]
        if not members:
            continue
        out.append(f"  // {level}")
        for kpi in members:
            out.append(f"  {_node_id(kpi.id)} [{_dot_node_attributes(tree, kpi)}];")
    kgis = [_node_id(k.id) for k in tree.kpis if tree.level(k) == "kgi"]
    if kgis:
        out.append(f"  {{ rank=min; {'; '.join(kgis)}; }}")
    if tree.edges:
        out.append("")
        out.append("  // parent -> child, drawn as an arrow from the child up to the parent it drives")
    for parent, child in tree.edges:
        attributes = ""
        if (child, parent) in tree.cycle_edges:
            attributes = f' [color="{PROBLEM}", style=dashed, penwidth=2]'
        out.append(f"  {_node_id(parent)} -> {_node_id(child)}{attributes};")
    if tree.kpis:
        out += _dot_legend(tree, lang)
    out.append("}")
    return "\n".join(out) + "\n"


def _dot_node_attributes(tree: _Tree, kpi: Kpi) -> str:
    tag, name, details, notes = tree.lines(kpi)
    fill, text, border, width, style = STYLES[tree.level(kpi)]
    if tree.problem(kpi):
        border, width, style = PROBLEM, "2.5", style + ",dashed"
    faint = "#dbe7f3" if tree.level(kpi) == "kgi" else "#595959"
    rows = [f'<FONT POINT-SIZE="9" COLOR="{faint}">{dot_html(tag)}</FONT>']
    rows += [f"<B>{dot_html(line)}</B>" for line in name]
    rows += [f'<FONT POINT-SIZE="10">{dot_html(line)}</FONT>' for line in details]
    note_colour = "#ffcdd2" if tree.level(kpi) == "kgi" else PROBLEM
    rows += [f'<FONT POINT-SIZE="10" COLOR="{note_colour}">{dot_html(line)}</FONT>' for line in notes]
    label = label_rows(rows)
    return (
        f'label=<{label}>, style="{style}", fillcolor="{fill}", fontcolor="{text}", '
        f'color="{border}", penwidth={width}, tooltip="{dot_string(kpi.id)}"'
    )


def _dot_legend(tree: _Tree, lang: str) -> list[str]:
    """A legend below the tree: one sample box per level, the arrow, the problem mark."""
    out = ["", "  subgraph cluster_legend {"]
    out.append(
        f'    graph [label="{dot_string(t("kpitree.legend", lang))}", labelloc=t, fontsize=12, '
        'style="rounded", color="#bfbfbf", margin=10];'
    )
    samples = []
    for level in LEVELS:
        fill, text, border, width, style = STYLES[level]
        samples.append(f"legend_{level}")
        out.append(
            f'    legend_{level} [label="{dot_string(t(f"kpitree.level.{level}", lang))}", style="{style}", '
            f'fillcolor="{fill}", fontcolor="{text}", color="{border}", penwidth={width}, fontsize=10];'
        )
    samples.append("legend_problem")
    out.append(
        f'    legend_problem [label="{dot_string("⚠ " + t("kpitree.legend.problem", lang))}", '
        f'style="rounded,dashed", color="{PROBLEM}", fontcolor="{PROBLEM}", penwidth=2.5, fontsize=10];'
    )
    out.append(f'    legend_kgi -> legend_kpi [label="{dot_string(t("kpitree.legend.drives", lang))}", fontsize=9];')
    out.append("    legend_kpi -> legend_activity;")
    out.append("    legend_activity -> legend_problem [style=invis];")
    out.append(f"    {{ rank=same; {'; '.join(samples)}; }}")
    out.append("  }")
    # Below every KPI: invisible edges, of weight 0 so that they do not pull on the layout.
    for kpi in tree.kpis:
        out.append(f"  {_node_id(kpi.id)} -> legend_kgi [style=invis, weight=0];")
    return out


# Mermaid --------------------------------------------------------------------------------


def _mermaid_label(parts: list[str]) -> str:
    return "<br/>".join(mermaid_text(part) for part in parts)


def to_mermaid(doc: Document, options: Options) -> str:
    """The KPI tree as a Mermaid flowchart, arrows from each KPI to the one it drives: bottom
    to top (``BT``, KGI on top) or right to left (``RL``, KGI on the left); labels quoted,
    ids reduced to [A-Za-z0-9_]."""
    lang = options.lang
    tree = _Tree(doc, lang)
    ids = mermaid_ids()
    flow = "RL" if direction(tree, options.direction) == "right" else "BT"
    out = ["---", f"title: '{mermaid_title(_title(doc, lang))}'", "---", f"flowchart {flow}"]
    for css_class, style in MERMAID_CLASSES.items():
        out.append(f"  classDef {css_class} {style}")
    if not tree.kpis:
        out.append(f'  empty["{mermaid_text(t("kpitree.empty", lang))}"]')
    by_class: dict[str, list[str]] = {name: [] for name in MERMAID_CLASSES}
    for kpi in tree.kpis:
        node = mermaid_id(ids, "kpi_", kpi.id)
        tag, name, details, notes = tree.lines(kpi, (MERMAID_WIDTH, MERMAID_WIDTH))
        out.append(f'  {node}["{_mermaid_label([f"[{tag}]", *name, *details, *notes])}"]')
        by_class[tree.level(kpi)].append(node)
        if tree.problem(kpi):
            by_class["problem"].append(node)
    # child --> parent reads "drives"; the flowchart runs bottom-to-top (or right-to-left)
    # so that the KGI, where the arrows end, is on top (or on the left)
    problem_links = []
    for index, (parent, child) in enumerate(tree.edges):
        out.append(f"  {mermaid_id(ids, 'kpi_', child)} --> {mermaid_id(ids, 'kpi_', parent)}")
        if (child, parent) in tree.cycle_edges:
            problem_links.append(str(index))
    if tree.kpis:
        out += _mermaid_legend(ids, lang, by_class)
        # an invisible link into the last KPI that drives nothing keeps the legend below the
        # tree (or right of it): links run from the bottom up
        parents = {p for p, _ in tree.edges}
        leaves = [k.id for k in tree.kpis if k.id not in parents]
        out.append(f"  legend ~~~ {mermaid_id(ids, 'kpi_', leaves[-1] if leaves else tree.kpis[-1].id)}")
    out += mermaid_styles(by_class, problem_links, f"stroke:{PROBLEM},stroke-width:2px,stroke-dasharray:5 4")
    return "\n".join(out) + "\n"


def _mermaid_legend(ids: dict[str, str], lang: str, by_class: dict[str, list[str]]) -> list[str]:
    out = [f'  subgraph legend["{mermaid_text(t("kpitree.legend", lang))}"]', "    direction LR"]
    for level in LEVELS:
        node = mermaid_id(ids, "legend_", level)
        out.append(f'    {node}["{mermaid_text(t(f"kpitree.level.{level}", lang))}"]')
        by_class[level].append(node)
    node = mermaid_id(ids, "legend_", "problem")
    out.append(f'    {node}["{_mermaid_label(wrap("⚠ " + t("kpitree.legend.problem", lang), MERMAID_WIDTH))}"]')
    by_class["problem"].append(node)
    node = mermaid_id(ids, "legend_", "lines")
    lines = wrap(t("kpitree.legend.arrows", lang), MERMAID_WIDTH)
    out.append(f'    {node}["{_mermaid_label(lines)}"]')
    samples = [mermaid_id(ids, "legend_", name) for name in (*LEVELS, "problem", "lines")]
    out.append(f"    {' ~~~ '.join(samples)}")
    out.append("  end")
    return out
