"""The matrix as text: a terminal table (rich) and GitHub-flavoured Markdown."""

from __future__ import annotations

import functools
from typing import Any

from raci.render.matrix_layout import NAME_MIN, WIDTH, Heading, column_layout
from raci.render.matrix_model import Matrix, MatrixFinding, codes, worst
from raci.render.templating import md_cell

MARK = "!"

ROLE_STYLES = {"A": "bold red", "R": "green", "C": "yellow", "I": "cyan"}
SEVERITY_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}
SEVERITY_ICONS = {"error": "❌", "warning": "⚠️", "info": "ℹ️"}


# terminal --------------------------------------------------------------------------


def terminal(matrix: Matrix, color: bool = False) -> str:
    """The matrix as an 80-column table with legends below, coloured if ``color``."""
    from io import StringIO

    from rich.console import Console

    console = Console(
        file=StringIO(),
        width=WIDTH,
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
        _environ={},
    )
    _terminal(console, one_line(matrix))
    text: str = console.file.getvalue()  # type: ignore[attr-defined]
    return "\n".join(line.rstrip() for line in text.split("\n"))


def one_line(matrix: Matrix) -> Matrix:
    """The matrix with every name and message on one line: a line break or a tab in a
    name would break the table (control characters are already visible, see
    :func:`raci.render.matrix_model.build`)."""
    from dataclasses import replace

    def flat(text: str) -> str:
        return text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\t", " ")

    return replace(
        matrix,
        org=flat(matrix.org),
        departments=tuple(replace(d, name=flat(d.name)) for d in matrix.departments),
        phases=tuple(
            replace(p, name=flat(p.name), rows=tuple(replace(r, name=flat(r.name)) for r in p.rows))
            for p in matrix.phases
        ),
        findings=tuple(replace(f, message=flat(f.message)) for f in matrix.findings),
    )


def _terminal(console: Any, matrix: Matrix) -> None:
    from rich.table import Table
    from rich.text import Text

    console.print(Text(matrix.label("heading", org=matrix.org), style="bold"))
    console.print(Text(_summary(matrix), style="dim"))
    console.print()
    chunks, headings, widths = column_layout(matrix)
    color = console.color_system is not None
    # the key beside the table, right above it: what each shortened heading stands for
    # (and which departments have findings); none when every heading is the whole name
    departments = Table.grid(padding=(0, 1))
    for column in matrix.departments:
        key = key_of(headings[column.id])
        if key != column.name or column.findings:
            departments.add_row(key, column.name if column.name != key else "", _codes(column.findings))
    if departments.row_count:
        console.print(Text(matrix.labels["departments"], style="bold"))
        console.print(departments)
        console.print()
    console.file.write("\n".join(table_lines(matrix, chunks, headings, widths, color)) + "\n\n")
    legend = Table.grid(padding=(0, 1))
    for entry in matrix.legend:
        legend.add_row(Text(entry.letter, style=ROLE_STYLES[entry.letter]), entry.name, Text(entry.meaning, "dim"))
    console.print(Text(matrix.labels["legend"], style="bold"))
    console.print(legend)
    console.print()
    if not matrix.findings:
        console.print(matrix.labels["no_findings"])
        return
    console.print(Text(matrix.label("findings_count", count=len(matrix.findings)), style="bold"))
    console.print(Text(matrix.label("row_marked", mark=MARK), style="dim"))
    findings = Table.grid(padding=(0, 1))
    findings.add_column(no_wrap=True)
    findings.add_column(no_wrap=True)
    findings.add_column(no_wrap=True)
    findings.add_column(overflow="fold")
    from rich.cells import cell_len

    def where(finding: MatrixFinding) -> str:
        return f"{finding.line}:{finding.column}" if finding.line else ""

    used = sum(
        max((cell_len(part(f)) for f in matrix.findings), default=0) + 1
        for part in (where, lambda f: matrix.labels[f"severity.{f.severity}"], lambda f: f.code)
    )
    for finding in matrix.findings:
        style = SEVERITY_STYLES[finding.severity]
        severity = matrix.labels[f"severity.{finding.severity}"]
        message = "\n".join(_wrap(finding.message, max(WIDTH - used, 20)))  # at words and phrases, not mid-word
        findings.add_row(where(finding), Text(severity, style), Text(finding.code, style), message)
    console.print(findings)


def _summary(matrix: Matrix) -> str:
    summary = matrix.label(
        "summary",
        activities=len(matrix.rows),
        phases=len(matrix.phases),
        departments=len(matrix.departments),
    )
    if matrix.department is not None:
        name = next(d.name for d in matrix.departments if d.id == matrix.department)
        summary += " — " + matrix.label("summary_department", department=name)
    return summary


_ANSI = {"bold red": "1;31", "green": "32", "yellow": "33", "cyan": "36", "bold": "1", "dim": "2", "": ""}


def _paint(text: str, style: str, color: bool) -> str:
    code = _ANSI.get(style, "")
    return f"\x1b[{code}m{text}\x1b[0m" if color and code and text else text


def key_of(heading: Heading) -> str:
    """A heading as the key shows it on one line (Latin lines joined with a space)."""
    out = heading.lines[0]
    for line in heading.lines[1:]:
        out += (" " if out[-1:].isascii() and line[:1].isascii() else "") + line
    return out


def table_lines(
    matrix: Matrix, chunks: list[list[int]], headings: dict[str, Heading], widths: dict[str, int], color: bool
) -> list[str]:
    """The table of the terminal view, as lines of at most ``WIDTH`` columns: one header
    for all phases when the departments fit one table, else inside each phase one block
    per group of departments, one below the other.

    Written directly rather than with rich's Table: a table of thousands of rows took
    rich ~1 ms a row, and more than linearly; this is linear and ~50x faster.
    """
    from rich.cells import cell_len

    longest = max((cell_len(r.name) + 2 for r in matrix.rows), default=0)
    heading = matrix.labels["activity"]
    used = max((sum(widths[matrix.departments[i].id] + 1 for i in chunk) for chunk in chunks), default=0)
    name_width = min(max(NAME_MIN, longest, cell_len(heading)), WIDTH - used)
    out: list[str] = []
    if len(chunks) == 1:
        out += _header(matrix, chunks[0], headings, widths, name_width)
    for number, phase in enumerate(matrix.phases):
        if number:
            out.append("")
        titles = _wrap(phase.name, WIDTH)
        out.extend(_paint(title, "bold", color) for title in titles[:-1])
        title = _paint(titles[-1], "bold", color)
        if phase.findings:
            title += "  " + _paint(f"{MARK} " + " ".join(phase.codes), _severity_style(phase.findings), color)
        out.append(title)
        for part, chunk in enumerate(chunks):
            if len(chunks) > 1:
                out += ([""] if part else []) + _header(matrix, chunk, headings, widths, name_width)
            out += _rows(
                matrix, phase.rows, chunk, [widths[matrix.departments[i].id] for i in chunk], name_width, color
            )
    return out


def _header(
    matrix: Matrix, chunk: list[int], headings: dict[str, Heading], widths: dict[str, int], name_width: int
) -> list[str]:
    """The column headings (bottom-aligned, up to three lines) and the rule below them."""
    ids = [matrix.departments[i].id for i in chunk]
    height = max((len(headings[d].lines) for d in ids), default=1)
    out = []
    for line in range(height):
        cells = []
        for d in ids:
            lines = headings[d].lines
            shown = lines[line - (height - len(lines))] if line >= height - len(lines) else ""
            cells.append(_center(shown, widths[d]))
        name = matrix.labels["activity"] if line == height - 1 else ""
        out.append((_pad(name, name_width) + "".join(" " + c for c in cells)).rstrip())
    out.append("-" * (name_width + sum(widths[d] + 1 for d in ids)))
    return out


def _rows(matrix: Matrix, rows: Any, chunk: list[int], widths: list[int], name_width: int, color: bool) -> list[str]:
    """The lines of ``rows`` for the departments of ``chunk``."""
    from rich.cells import cell_len

    def line(name: str, cells: list[str]) -> str:
        return (_pad(name, name_width) + "".join(" " + c for c in cells)).rstrip()

    out = []
    for row in rows:
        cells = [_paint_cell(row.cells[i], w, color) for i, w in zip(chunk, widths, strict=True)]
        lines = _wrap(row.name, name_width - 2) or [""]
        if row.findings:
            style = _severity_style(row.findings)
            first = _paint(MARK, style, color) + " " + _paint(lines[0], "bold", color)
            out.append(line(first + " " * (name_width - 2 - cell_len(lines[0])), cells))
            out.extend("  " + _paint(more, "bold", color) for more in lines[1:])
            out.append("  " + _paint(" ".join(row.codes), style, color))
        else:
            out.append(line("  " + lines[0] + " " * (name_width - 2 - cell_len(lines[0])), cells))
            out.extend("  " + more for more in lines[1:])
    return out


def _pad(text: str, width: int) -> str:
    from rich.cells import cell_len

    return text + " " * max(width - cell_len(_strip(text)), 0)


def _strip(text: str) -> str:
    import re

    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def _center(text: str, width: int) -> str:
    from rich.cells import cell_len

    space = width - cell_len(text)
    left = space // 2
    return " " * left + text + " " * (space - left)


@functools.lru_cache(maxsize=1024)
def _paint_cell(cell: str, width: int, color: bool) -> str:
    """A cell centred in its column (cached: a matrix has a handful of distinct cells,
    and a wide one millions of them)."""
    if not cell:
        return _paint(_center("-", width), "dim", color) if color else _center("-", width)
    padded = _center(cell, width)
    if not color:
        return padded
    left = len(padded) - len(padded.lstrip(" "))
    right = len(padded) - len(padded.rstrip(" "))
    parts = [_paint(part, ROLE_STYLES.get(part, ""), True) for part in cell.split("/")]
    return " " * left + _paint("/", "dim", True).join(parts) + " " * right


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` columns as rich measures them (:mod:`raci.text.wrap`)."""
    from raci.text.wrap import wrap

    return wrap(text, width, measure=_cell_width)


def _cell_width(char: str) -> int:
    """One character's columns as rich draws them (the table is rich's); a variation
    selector counts one, as it may widen an emoji."""
    from rich.cells import cell_len

    return 1 if char == "\ufe0f" else cell_len(char)


def _severity_style(findings: tuple[MatrixFinding, ...]) -> str:
    return SEVERITY_STYLES.get(worst(findings) or "", "")


def _codes(findings: tuple[MatrixFinding, ...]) -> Any:
    from rich.text import Text

    if not findings:
        return ""
    return Text(f"{MARK} " + " ".join(codes(findings)), style=_severity_style(findings))


# markdown --------------------------------------------------------------------------


def markdown(matrix: Matrix) -> str:
    """One table per phase (a change to one activity is a one-line diff), findings below."""
    out: list[str] = [f"# {md_cell(matrix.label('heading', org=matrix.org))}", "", md_cell(_summary(matrix)), ""]
    for entry in matrix.legend:
        out.append(f"- **{entry.letter}** {md_cell(entry.name)}: {md_cell(entry.meaning)}")
    out.append("")
    header = [matrix.labels["activity"], *(d.name for d in matrix.departments), matrix.labels["findings"]]
    rule = ["---", *(":-:" for _ in matrix.departments), "---"]
    for phase in matrix.phases:
        out += [f"## {md_cell(phase.name)}", ""]
        for finding in phase.findings:
            out += ["- " + _md_finding(matrix, finding, target=False), ""]
        if not phase.rows:
            continue
        out.append(_md_row(md_cell(h) for h in header))
        out.append(_md_row(rule))
        for row in phase.rows:
            name = f"{md_cell(row.name)} `{row.id}`"
            if row.findings:
                name = f"**{md_cell(row.name)}** `{row.id}`"
            marks = ", ".join(f"{SEVERITY_ICONS[_worst_of(row.findings, code)]} {code}" for code in row.codes)
            row_notes = row.notes or ("",) * len(row.cells)
            out.append(
                _md_row(
                    [
                        name,
                        *(_md_cell(c) + ("\\*" if n else "") for c, n in zip(row.cells, row_notes, strict=True)),
                        marks,
                    ]
                )
            )
        notes = [
            f"- \\* {md_cell(row.name)} · {md_cell(d.name)}: {md_cell(note)}"
            for row in phase.rows
            for d, note in zip(matrix.departments, row.notes, strict=False)
            if note
        ]
        out += ["", *notes] if notes else []
        out.append("")
    out += [f"## {md_cell(matrix.label('findings_count', count=len(matrix.findings)))}", ""]
    if not matrix.findings:
        out += [md_cell(matrix.labels["no_findings"]), ""]
    for finding in matrix.findings:
        out.append("- " + _md_finding(matrix, finding, target=True))
    if matrix.findings:
        out.append("")
    return "\n".join(out)


def _md_row(cells: Any) -> str:
    return "| " + " | ".join(cells) + " |"


def _md_cell(cell: str) -> str:
    """``A/R`` → ``**A**/R``: the Accountable stands out in the rendered table."""
    return "/".join(f"**{part}**" if part == "A" else part for part in cell.split("/")) if cell else ""


def _worst_of(findings: tuple[MatrixFinding, ...], code: str) -> str:
    return worst(f for f in findings if f.code == code) or "info"


def _md_finding(matrix: Matrix, finding: MatrixFinding, target: bool) -> str:
    parts = [f"{SEVERITY_ICONS[finding.severity]} **{finding.code}**", matrix.labels[f"severity.{finding.severity}"]]
    if finding.line:
        parts.append(matrix.label("line", line=finding.line))
    if target and finding.target:
        kind, _, ident = finding.target.partition(":")
        parts.append(f"{matrix.labels[f'target.{kind}']} `{ident}`")
    text = " · ".join(parts) + ": " + md_cell(finding.message)
    if finding.hint:  # a nested item under the finding (also readable under a heading)
        text += f"\n  - {md_cell(finding.hint)}"
    return text
