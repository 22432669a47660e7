"""The lifecycle map as Graphviz DOT: a grid of boxes, phases as columns, departments as
rows, handoffs as arrows between cells (drawn to SVG or PNG by :mod:`raci.render.graphviz`)."""

from __future__ import annotations

import itertools

from raci.graph import ACROSS_STAGE
from raci.i18n import t
from raci.render import Document, Options
from raci.render.graphviz import font_attributes, label_rows, wrap
from raci.render.lifecycle_model import (
    ACROSS_FILL,
    HANDOFF,
    HEADER_FILL,
    MISSING,
    NAME_WIDTH,
    OWNER_BORDER,
    OWNER_FILL,
    LifecycleMap,
    handoff_label,
)
from raci.render.templating import dot_html, dot_string
from raci.spec.model import Department, Phase
from raci.text import width as text_width

HANDOFF_WIDTH = 14
"""Columns of a handoff arrow's label before it wraps: it sits in the gap between two columns."""

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
    grid = LifecycleMap(doc, lang)
    out = ["digraph lifecycle {"]
    out += font_attributes(options)
    ranksep = 1.0 if grid.edges else 0.6  # room between the columns for the handoffs' names
    out.append(
        f"  graph [rankdir=LR, newrank=true, nodesep=0.12, ranksep={ranksep}, pad=0.3, labelloc=t, "
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
            text_width(text)
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
    header_lines = max(len(name) + len(owner) + (1 if tag else 0) for tag, name, owner in headers.values())
    header_height = header_lines * LINE_HEIGHT
    lane_width = max(text_width(line) for lines in lanes.values() for line in lines) * POINTS_PER_COLUMN

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
            lines = [t("lifecycle.missing", lang)]
            style = f'color="{MISSING}", fontcolor="{MISSING}", style=dashed, penwidth=2.2'
        else:
            lines = handoff_label(grid, edge, HANDOFF_WIDTH)  # named by its handoff activity
            style = f'color="{HANDOFF}", fontcolor="{HANDOFF}", style=solid, penwidth=2'
        label = "\\n".join(dot_string(line) for line in lines)  # DOT's own line break
        out.append(
            f"  {tail} -> {head} [{style}, constraint=false, weight=0, tailport=e, headport=w, fontsize=9, "
            f'xlabel="{label}"];'
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


def _header_lines(grid: LifecycleMap, phase: Phase) -> tuple[str, list[str], list[str]]:
    """(tag, name lines, owner lines); the tag marks phases that run across the lifecycle."""
    tag = t("lifecycle.across", grid.lang) if phase.stage == ACROSS_STAGE else ""
    return tag, wrap(grid.phase_name(phase), NAME_WIDTH), wrap(grid.owner_text(phase), NAME_WIDTH)


ROLE_COLUMNS = 4
"""Display columns of the roles ("A/R") before an activity's name."""


def _cell_lines(grid: LifecycleMap, phase: Phase, department: str) -> list[str]:
    """The lines of a cell as plain text, to size the grid."""
    lines = [t("lifecycle.owner_mark", grid.lang)] if grid.owners[phase.id] == department else []
    for _, names in grid.cell_items(phase, department):
        lines += [" " * ROLE_COLUMNS + name for name in names]
    return lines


def _dot_cell(grid: LifecycleMap, phase: Phase, department: str, width: float) -> str:
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


def _dot_title(grid: LifecycleMap) -> str:
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
