"""The lifecycle map as text: Mermaid (``flowchart LR``, one subgraph per phase) and
Markdown (a table of phases × departments, the handoffs listed below)."""

from __future__ import annotations

from raci.graph import ACROSS_STAGE
from raci.i18n import t
from raci.render import Document, Options
from raci.render.graphviz import mermaid_id, mermaid_ids, mermaid_styles
from raci.render.lifecycle_model import ACROSS_FILL, MISSING, OWNER_BORDER, OWNER_FILL, LifecycleMap
from raci.render.templating import md_cell, mermaid_text, mermaid_title

MERMAID_WIDTH = 20
"""Mermaid wraps labels wider than 200 px by itself, badly: raci wraps them first."""


# Mermaid --------------------------------------------------------------------------------


def to_mermaid(doc: Document, options: Options) -> str:
    """The map as a Mermaid ``flowchart LR``: one subgraph per phase, a box per department
    with work in it, the handoffs as links (missing ones red and dashed)."""
    lang = options.lang
    grid = LifecycleMap(doc, lang)
    ids = mermaid_ids()
    out = ["---", f"title: '{mermaid_title(grid.title())}'", "---", "flowchart LR"]
    out.append(f"  classDef owner fill:{OWNER_FILL},stroke:{OWNER_BORDER},stroke-width:2px,color:#111111")
    out.append("  classDef cell fill:#ffffff,stroke:#bfbfbf,color:#111111")
    out.append(f"  classDef across fill:{ACROSS_FILL},stroke:#7f7f7f,color:#111111")
    if not grid.phases:
        out.append(f'  empty["{mermaid_text(t("lifecycle.empty", lang))}"]')
        return "\n".join(out) + "\n"
    classes: dict[str, list[str]] = {"owner": [], "cell": [], "across": []}
    subgraphs = []
    for phase in grid.phases:
        sub = mermaid_id(ids, "phase_", phase.id)
        subgraphs.append(sub)
        # one line: Mermaid draws a subgraph's title over its boxes when it wraps
        heading = grid.phase_name(phase).replace("\n", " ")
        if phase.stage == ACROSS_STAGE:
            heading = f"{heading} [{t('lifecycle.across', lang)}]"
        out.append(f'  subgraph {sub}["{mermaid_text(heading)}"]')
        for department in grid.departments:
            items = grid.cell_items(phase, department.id, MERMAID_WIDTH)
            owner = grid.owners[phase.id] == department.id
            if not items and not owner:
                continue
            node = mermaid_id(ids, "cell_", f"{phase.id}__{department.id}")
            lines = [f"{'★ ' if owner else ''}{grid.names[department.id]}"]
            for roles, names in items:
                lines += [f"{roles} {names[0]}".strip(), *names[1:]]
            out.append(f'    {node}["{_mermaid_label(lines)}"]')
            classes["owner" if owner else ("across" if phase.stage == ACROSS_STAGE else "cell")].append(node)
        out.append("  end")
    links = 0
    out.append(f"  {' ~~~ '.join(subgraphs)}")
    links += len(subgraphs) - 1
    missing = []
    for edge in grid.edges:
        tail = mermaid_id(ids, "cell_", f"{edge.before.id}__{edge.giver}")
        head = mermaid_id(ids, "cell_", f"{edge.after.id}__{edge.taker}")
        if edge.missing:
            out.append(f'  {tail} -.->|"{mermaid_text(t("lifecycle.missing", lang))}"| {head}')
            missing.append(str(links))
        else:
            out.append(f'  {tail} ==>|"{mermaid_text(t("lifecycle.handoff", lang))}"| {head}')
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
