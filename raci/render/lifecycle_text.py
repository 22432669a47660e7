"""The lifecycle map as text: Mermaid (``flowchart LR``, one lane per department) and
Markdown (a table of phases × departments, the handoffs listed below)."""

from __future__ import annotations

import itertools

from raci.graph import ACROSS_STAGE
from raci.i18n import t
from raci.render import Document, Options
from raci.render.graphviz import mermaid_id, mermaid_ids, mermaid_styles, wrap
from raci.render.lifecycle_model import (
    ACROSS_FILL,
    HEADER_FILL,
    MISSING,
    OWNER_BORDER,
    OWNER_FILL,
    LifecycleMap,
    handoff_label,
)
from raci.render.templating import md_cell, mermaid_text, mermaid_title

MERMAID_WIDTH = 20
"""Mermaid wraps labels wider than 200 px by itself, badly: raci wraps them first."""


# Mermaid --------------------------------------------------------------------------------


def to_mermaid(doc: Document, options: Options) -> str:
    """The map as a Mermaid ``flowchart LR`` in swimlanes, as a CS lead draws it: a row of
    phase headers, then one subgraph (lane) per department with a box per phase, the
    owner's starred; handoffs are links named by their handoff activity (missing ones red
    and dashed).

    Every lane holds a box for every phase, chained by invisible links, so the n-th box of
    each lane lands in the n-th rank: Mermaid's layout then lines the phases up in columns
    (subgraphs cannot cross, so lanes and columns cannot both be subgraphs). An invisible
    link from each lane's first box to the next lane's second keeps the lanes in one
    layout, in order, without moving a box out of its column; a lane laid out on its own
    was drawn top-down, elsewhere. Mermaid 11 stacks such lanes last-written on top, so
    the lanes are written bottom lane first: the phase headers end up on top.
    """
    lang = options.lang
    grid = LifecycleMap(doc, lang)
    ids = mermaid_ids()
    out = ["---", f"title: '{mermaid_title(grid.title())}'", "---", "flowchart LR"]
    out.append(f"  classDef owner fill:{OWNER_FILL},stroke:{OWNER_BORDER},stroke-width:2px,color:#111111")
    out.append("  classDef cell fill:#ffffff,stroke:#bfbfbf,color:#111111")
    out.append(f"  classDef across fill:{ACROSS_FILL},stroke:#7f7f7f,color:#111111")
    out.append(f"  classDef phase fill:{HEADER_FILL},stroke:{HEADER_FILL},color:#ffffff")
    out.append("  classDef empty fill:#fafafa,stroke:#eeeeee,color:#bfbfbf")
    if not grid.phases:
        out.append(f'  empty["{mermaid_text(t("lifecycle.empty", lang))}"]')
        return "\n".join(out) + "\n"
    classes: dict[str, list[str]] = {"owner": [], "cell": [], "across": [], "phase": [], "empty": []}
    links = 0
    blocks: list[list[str]] = [[]]
    head = blocks[0]
    head.append(f'  subgraph {mermaid_id(ids, "lane_", "phases")}["{mermaid_text(t("lifecycle.phase", lang))}"]')
    head.append("    direction LR")
    headers = []
    for phase in grid.phases:
        node = mermaid_id(ids, "phase_", phase.id)
        headers.append(node)
        name = grid.phase_name(phase).replace("\n", " ")
        if phase.stage == ACROSS_STAGE:
            name = f"{name} [{t('lifecycle.across', lang)}]"
        lines = [*wrap(name, MERMAID_WIDTH), *wrap(grid.owner_text(phase), MERMAID_WIDTH)]
        head.append(f'    {node}["{_mermaid_label(lines)}"]')
        classes["phase"].append(node)
    head.append(f"    {' ~~~ '.join(headers)}")
    links += len(headers) - 1
    head.append("  end")
    firsts = [headers]
    for department in grid.departments:
        lane = mermaid_id(ids, "lane_", department.id)
        block = [f'  subgraph {lane}["{mermaid_text(grid.names[department.id].replace(chr(10), " "))}"]']
        blocks.append(block)
        block.append("    direction LR")
        cells = []
        for phase in grid.phases:
            node = mermaid_id(ids, "cell_", f"{phase.id}__{department.id}")
            cells.append(node)
            items = grid.cell_items(phase, department.id, MERMAID_WIDTH)
            owner = grid.owners[phase.id] == department.id
            lines = [t("lifecycle.owner_mark", lang)] if owner else []
            for roles, names in items:
                lines += [f"{roles} {names[0]}".strip(), *names[1:]]
            block.append(f'    {node}["{_mermaid_label(lines) if lines else " "}"]')
            kind = "owner" if owner else ("empty" if not lines else "across" if phase.stage == ACROSS_STAGE else "cell")
            classes[kind].append(node)
        block.append(f"    {' ~~~ '.join(cells)}")
        links += len(cells) - 1
        block.append("  end")
        firsts.append(cells)
    out += [line for block in reversed(blocks) for line in block]
    if len(grid.phases) > 1:
        for upper, lower in itertools.pairwise(firsts):
            out.append(f"  {upper[0]} ~~~ {lower[1]}")
            links += 1
    missing = []
    for edge in grid.edges:
        tail = mermaid_id(ids, "cell_", f"{edge.before.id}__{edge.giver}")
        target = mermaid_id(ids, "cell_", f"{edge.after.id}__{edge.taker}")
        if edge.missing:
            out.append(f'  {tail} -.->|"{mermaid_text(t("lifecycle.missing", lang))}"| {target}')
            missing.append(str(links))
        else:
            out.append(f'  {tail} ==>|"{_mermaid_label(handoff_label(grid, edge, MERMAID_WIDTH))}"| {target}')
        links += 1
    out += mermaid_styles(classes, missing, f"stroke:{MISSING},stroke-width:2px,color:{MISSING}")
    return "\n".join(out) + "\n"


def _mermaid_label(lines: list[str]) -> str:
    return "<br/>".join(mermaid_text(line) for line in lines)


# Markdown -------------------------------------------------------------------------------


def to_markdown(doc: Document, options: Options) -> str:
    """A table of phases × departments (the owner starred), the handoffs listed below."""
    lang = options.lang
    grid = LifecycleMap(doc, lang)
    out = [f"# {md_cell(grid.title())}", ""]
    if not grid.phases:
        return "\n".join([*out, md_cell(t("lifecycle.empty", lang)), ""])
    header = [t("lifecycle.phase", lang), t("lifecycle.owner", lang), *(grid.names[d.id] for d in grid.departments)]
    out.append("| " + " | ".join(md_cell(h) for h in header) + " |")
    out.append("|" + "---|" * len(header))
    for phase in grid.phases:
        name = md_cell(grid.phase_name(phase))
        if phase.stage == ACROSS_STAGE:
            name += md_cell(t("lifecycle.across_tag", lang))
        owner = grid.owners[phase.id]
        row = [name, f"★ {md_cell(grid.names[owner])}" if owner else md_cell(t("lifecycle.no_owner", lang))]
        for department in grid.departments:
            entries = grid.cell(phase, department.id)
            parts = [f"{roles} {md_cell(activity.name.get(lang) or activity.id)}" for roles, activity in entries]
            text = "<br>".join(parts)
            if owner == department.id:
                text = "★ " + text
            row.append(text)
        out.append("| " + " | ".join(row) + " |")
    out.append("")
    out += [md_cell(t("lifecycle.legend.owner", lang)), "", md_cell(t("lifecycle.legend.cells", lang)), ""]
    out.append(f"## {md_cell(t('lifecycle.handoffs', lang))}")
    out.append("")
    if not grid.edges:
        out.append(md_cell(t("lifecycle.no_handoffs", lang)))
    for edge in grid.edges:
        route = (
            f"{md_cell(grid.phase_name(edge.before))} → {md_cell(grid.phase_name(edge.after))}: "
            f"{md_cell(grid.names[edge.giver])} → {md_cell(grid.names[edge.taker])}"
        )
        if edge.missing:
            note = f"**{md_cell(t('lifecycle.missing', lang))}**"
        elif edge.via is not None:
            note = md_cell(t("lifecycle.handoff_via", lang, {"activity": edge.via.name.get(lang) or edge.via.id}))
        else:
            note = md_cell(t("lifecycle.handoff_ok", lang))
        out.append(f"- {route} — {note}")
    out.append("")
    return "\n".join(out)
