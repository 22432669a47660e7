"""The lifecycle map: phases left to right, departments as lanes, and the handoffs.

Each column is a phase of the customer lifecycle, in order; phases that run across the
lifecycle (``stage: support``) come last, in grey, marked as such. Each row is a
department. A cell lists the activities of that phase the department is Responsible or
Accountable for; the phase's owner (:meth:`raci.graph.OrgGraph.phase_owner`) is starred.
Where the owner changes from one phase to the next (:meth:`OrgGraph.handoffs`) an arrow
goes from the giver to the taker; when rule L203 found nothing that hands the customer
over, the arrow is red and dashed. The map reads those findings rather than deciding
again, so that it always agrees with ``raci validate``.

Formats: ``dot``, ``svg``/``png`` (Graphviz), ``mermaid`` (``flowchart LR``, one
subgraph per phase) and ``md`` (a table of phases × departments, handoffs below).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from raci.graph import ACROSS_STAGE
from raci.i18n import t
from raci.render import RENDERERS, Document, Options
from raci.render.graphviz import (
    IMAGE_FORMATS,
    font_attributes,
    label_rows,
    mermaid_id,
    mermaid_ids,
    run_dot,
    width_of,
    wrap,
)
from raci.render.templating import dot_html, dot_string, md_cell, mermaid_text
from raci.spec.model import Activity, Department, Phase

FORMATS = RENDERERS["lifecycle"].formats
BINARY = frozenset({"png"})

LIMIT = 5
"""A cell lists at most this many activities; beyond, the first LIMIT - 1 and a count."""
NAME_WIDTH = 30
"""Columns of an activity line before it wraps (a CJK character counts two)."""
MERMAID_WIDTH = 20
"""Mermaid wraps labels wider than 200 px by itself, badly: raci wraps them first."""

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


class _Map:
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
        missing = {}
        for finding in doc.findings:
            if finding.code == "L203":
                missing[finding.subject] = finding
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
        out = []
        for activity in phase.activities:
            for assignment in activity.raci:
                if assignment.department == department and assignment.roles & {"R", "A"}:
                    out.append(("/".join(r for r in "AR" if r in assignment.roles), activity))
        return out

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


def _handoff_activity(before: Phase, after: Phase, giver: str, taker: str) -> Activity | None:
    """The activity marked ``handoff`` with both departments on it, for the label only."""
    for phase in (before, after):
        for activity in phase.activities:
            departments = {a.department for a in activity.raci if a.roles}
            if activity.handoff and giver in departments and taker in departments:
                return activity
    return None


def render(doc: Document, fmt: str, options: Options) -> str | bytes:
    if fmt == "md":
        return to_markdown(doc, options)
    if fmt == "mermaid":
        return to_mermaid(doc, options)
    dot = to_dot(doc, options)
    if fmt == "dot":
        return dot
    if fmt in IMAGE_FORMATS:
        return run_dot(dot, fmt, options.lang)
    raise ValueError(f"unknown format {fmt!r} for the lifecycle map")


# DOT ------------------------------------------------------------------------------------
#
# A grid of boxes: one column (rank, left to right) per phase, one row per department.
# Heavy invisible edges along each row keep the rows straight, invisible edges down each
# column keep the departments in spec order, and the handoffs are real edges between
# the cells of adjacent columns that take no part in the layout.

POINTS_PER_COLUMN = 5.5
"""Width of one display column at 10 pt, in points (a CJK character is two columns)."""
LINE_HEIGHT = 13.5


def _cell_id(phase: Phase, department: str) -> str:
    return f'"cell:{dot_string(phase.id)}:{dot_string(department)}"'


def _header_id(phase: Phase) -> str:
    return f'"phase:{dot_string(phase.id)}"'


def _lane_id(department: Department) -> str:
    return f'"lane:{dot_string(department.id)}"'


def _rows(rows: list[str], align: str = "LEFT", width: float | None = None) -> str:
    return label_rows(rows, align, width)


def to_dot(doc: Document, options: Options) -> str:
    """The lifecycle map as Graphviz DOT text; every text from the spec is escaped."""
    lang = options.lang
    grid = _Map(doc, lang)
    out = ["digraph lifecycle {"]
    out += font_attributes(options)
    out.append(
        "  graph [rankdir=LR, newrank=true, nodesep=0.12, ranksep=0.6, pad=0.3, labelloc=t, "
        f"label=<{_dot_title(grid)}>];"
    )
    out.append(
        '  node [shape=box, style="filled", fontsize=10, margin="0.1,0.06", color="#bfbfbf", fillcolor="#ffffff"];'
    )
    out.append("  edge [style=invis, weight=100];")
    if not grid.phases or not grid.departments:
        out.append(f'  empty [shape=plaintext, style="", label="{dot_string(t("lifecycle.empty", lang))}"];')
        out.append("}")
        return "\n".join(out) + "\n"

    # One width per column and one height per row, so that the grid reads as a table.
    contents = {(p.id, d.id): _cell_lines(grid, p, d.id) for p in grid.phases for d in grid.departments}
    headers = {p.id: _header_lines(grid, p) for p in grid.phases}
    lanes = {d.id: wrap(grid.names[d.id], 26) for d in grid.departments}
    columns = {
        p.id: max(
            width_of(text)
            for text in [*headers[p.id][1], *headers[p.id][2]]
            + [text for d in grid.departments for text in contents[(p.id, d.id)]]
        )
        * POINTS_PER_COLUMN
        for p in grid.phases
    }
    rows = {
        d.id: max([len(lanes[d.id])] + [len(contents[(p.id, d.id)]) for p in grid.phases]) * LINE_HEIGHT
        for d in grid.departments
    }
    header_height = max(len(name) + len(owner) + (1 if tag else 0) for tag, name, owner in headers.values())
    header_height *= LINE_HEIGHT
    lane_width = max(width_of(line) for lines in lanes.values() for line in lines) * POINTS_PER_COLUMN

    out.append("")
    out.append("  // departments (lanes)")
    out.append(f'  corner [label="", style=invis, {_size(lane_width, header_height)}];')
    for department in grid.departments:
        label = _rows([f"<B>{dot_html(line)}</B>" for line in lanes[department.id]], "CENTER")
        out.append(
            f'  {_lane_id(department)} [label=<{label}>, fillcolor="#f2f2f2", color="#7f7f7f", '
            f"{_size(lane_width, rows[department.id])}];"
        )
    for phase in grid.phases:
        out.append("")
        out.append(f"  // phase {phase.id}")
        width = columns[phase.id]
        across = phase.stage == ACROSS_STAGE
        tag, name, owner = headers[phase.id]
        lines = [f'<FONT POINT-SIZE="9" COLOR="#dddddd">{dot_html(tag)}</FONT>'] if tag else []
        lines += [f"<B>{dot_html(line)}</B>" for line in name]
        colour = "#ffd966" if grid.owners[phase.id] else "#ff8a80"
        lines += [f'<FONT POINT-SIZE="9" COLOR="{colour}">{dot_html(line)}</FONT>' for line in owner]
        fill = "#595959" if across else HEADER_FILL
        out.append(
            f'  {_header_id(phase)} [label=<{_rows(lines, "CENTER")}>, fillcolor="{fill}", color="{fill}", '
            f'fontcolor="#ffffff", {_size(width, header_height)}];'
        )
        for department in grid.departments:
            attributes = _dot_cell(grid, phase, department.id, width)
            out.append(f"  {_cell_id(phase, department.id)} [{attributes}, {_size(width, rows[department.id])}];")
        column = [_header_id(phase)] + [_cell_id(phase, d.id) for d in grid.departments]
        out.append(f"  {{ rank=same; {' -> '.join(column)}; }}")

    out.append("")
    out.append("  // rows: corner -> phase headers, lane -> cells (a gap before the across-phase columns)")
    gaps = [
        2 if p.stage == ACROSS_STAGE and i and grid.phases[i - 1].stage != ACROSS_STAGE else 1
        for i, p in enumerate(grid.phases)
    ]
    out += _chain(["corner"] + [_header_id(p) for p in grid.phases], gaps)
    for department in grid.departments:
        out += _chain([_lane_id(department)] + [_cell_id(p, department.id) for p in grid.phases], gaps)

    if grid.edges:
        out.append("")
        out.append("  // handoffs: the owner changes from one phase to the next")
    for edge in grid.edges:
        tail, head = _cell_id(edge.before, edge.giver), _cell_id(edge.after, edge.taker)
        if edge.missing:
            label = t("lifecycle.missing", lang)
            style = f'color="{MISSING}", fontcolor="{MISSING}", style=dashed, penwidth=2.2'
        else:
            label = t("lifecycle.handoff", lang)
            style = f'color="{HANDOFF}", fontcolor="{HANDOFF}", style=solid, penwidth=2'
        out.append(
            f"  {tail} -> {head} [{style}, constraint=false, weight=0, tailport=e, headport=w, fontsize=9, "
            f'xlabel="{dot_string(label)}"];'
        )
    out.append("}")
    return "\n".join(out) + "\n"


def _size(width: float, height: float) -> str:
    """Node size in inches from the content's size in points, with the margins."""
    return f"width={(width + 16) / 72:.2f}, height={(height + 12) / 72:.2f}"


def _chain(nodes: list[str], minlens: list[int]) -> list[str]:
    out = []
    for (tail, head), minlen in zip(itertools.pairwise(nodes), minlens, strict=True):
        out.append(f"  {tail} -> {head}{f' [minlen={minlen}]' if minlen != 1 else ''};")
    return out


def _header_lines(grid: _Map, phase: Phase) -> tuple[str, list[str], list[str]]:
    """(tag, name lines, owner lines); the tag marks phases that run across the lifecycle."""
    tag = t("lifecycle.across", grid.lang) if phase.stage == ACROSS_STAGE else ""
    return tag, wrap(grid.phase_name(phase), NAME_WIDTH), wrap(grid.owner_text(phase), NAME_WIDTH)


ROLE_COLUMNS = 4
"""Display columns of the roles ("A/R") before an activity's name."""


def _cell_lines(grid: _Map, phase: Phase, department: str) -> list[str]:
    """The lines of a cell as plain text, to size the grid."""
    lines = [t("lifecycle.owner_mark", grid.lang)] if grid.owners[phase.id] == department else []
    for _, names in grid.cell_items(phase, department):
        lines += [" " * ROLE_COLUMNS + name for name in names]
    return lines


def _dot_cell(grid: _Map, phase: Phase, department: str, width: float) -> str:
    """A cell: the owner mark, then each activity's roles and name (the name's lines indented)."""
    rows = []
    owner = grid.owners[phase.id] == department
    if owner:
        mark = dot_html(t("lifecycle.owner_mark", grid.lang))
        rows.append(
            f'<TD COLSPAN="2" ALIGN="LEFT"><FONT POINT-SIZE="9" COLOR="{OWNER_BORDER}"><B>{mark}</B></FONT></TD>'
        )
    for roles, names in grid.cell_items(phase, department):
        if not roles:
            rows.append(f'<TD COLSPAN="2" ALIGN="LEFT"><FONT COLOR="#595959">{dot_html(names[0])}</FONT></TD>')
            continue
        rows.append(
            f'<TD ROWSPAN="{len(names)}" ALIGN="LEFT" VALIGN="TOP"><FONT COLOR="#7f7f7f">{dot_html(roles)}</FONT></TD>'
            f'<TD ALIGN="LEFT">{dot_html(names[0])}</TD>'
        )
        rows += [f'<TD ALIGN="LEFT">{dot_html(name)}</TD>' for name in names[1:]]
    across = phase.stage == ACROSS_STAGE
    fill = OWNER_FILL if owner else (ACROSS_FILL if across else ("#ffffff" if rows else "#fafafa"))
    border = f'color="{OWNER_BORDER}", penwidth=2' if owner else 'color="#bfbfbf"'
    if not rows:
        return f'label="", fillcolor="{fill}", {border}'
    body = "".join(f"<TR>{row}</TR>" for row in rows)
    table = f'<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1" WIDTH="{round(width)}">{body}</TABLE>'
    return f'label=<{table}>, fillcolor="{fill}", {border}'


def _dot_title(grid: _Map) -> str:
    lang = grid.lang
    legend = [
        t("lifecycle.legend.owner", lang),
        t("lifecycle.legend.cells", lang),
        f'<FONT COLOR="{HANDOFF}">━━▶</FONT> {dot_html(t("lifecycle.legend.handoff", lang))}',
        f'<FONT COLOR="{MISSING}">- - ▶</FONT> {dot_html(t("lifecycle.legend.missing", lang))}',
    ]
    legend[0], legend[1] = dot_html(legend[0]), dot_html(legend[1])
    if grid.across:
        legend.append(dot_html(t("lifecycle.legend.across", lang)))
    rows = [f'<FONT POINT-SIZE="18"><B>{dot_html(grid.title())}</B></FONT>']
    rows += [f'<FONT POINT-SIZE="10">{line}</FONT>' for line in legend]
    return _rows(rows, "LEFT")


# Mermaid --------------------------------------------------------------------------------


def to_mermaid(doc: Document, options: Options) -> str:
    """The map as a Mermaid ``flowchart LR``: one subgraph per phase, a box per department
    with work in it, the handoffs as links (missing ones red and dashed)."""
    lang = options.lang
    grid = _Map(doc, lang)
    ids = mermaid_ids()
    title = grid.title().replace("'", "''").replace("\r", " ").replace("\n", " ")
    out = ["---", f"title: '{title}'", "---", "flowchart LR"]
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
    for name, nodes in classes.items():
        if nodes:
            out.append(f"  class {','.join(nodes)} {name}")
    if missing:
        out.append(f"  linkStyle {','.join(missing)} stroke:{MISSING},stroke-width:2px,color:{MISSING}")
    return "\n".join(out) + "\n"


def _mermaid_label(lines: list[str]) -> str:
    return "<br/>".join(mermaid_text(line) for line in lines)


# Markdown -------------------------------------------------------------------------------


def to_markdown(doc: Document, options: Options) -> str:
    """A table of phases × departments (the owner starred), the handoffs listed below."""
    lang = options.lang
    grid = _Map(doc, lang)
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
