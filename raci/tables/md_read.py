"""Markdown (GFM pipe) tables through markdown-it-py: every table of a document.

A real parser, not a regular expression, decides what is a table (not a pipe inside a
code block, not a table-looking paragraph without its delimiter row). Lines come from the
parser's token map; the column of each cell is found in its source line by cutting it
at unescaped pipes (best effort: inside a list or quote the prefix is skipped). The
heading nearest above a table becomes the grid's title, a phase name for the builder.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

from raci.tables.decode import decode, read_bytes
from raci.tables.errors import TableError
from raci.tables.grid import Entry, Grid, Notice, Where

_PIPE = re.compile(r"(?<!\\)\|")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def read_markdown(path: str | Path) -> list[Grid]:
    """One grid per table, in document order; :class:`TableError` when there is none."""
    source = Where(str(path))
    text, _, notices = decode(read_bytes(path, source), source)
    grids = parse_markdown(text, source)
    if not grids:
        raise TableError("tables.no_table", source)
    if notices:
        grids[0] = Grid(grids[0].rows, grids[0].source, grids[0].title, (*notices, *grids[0].notices))
    return grids


def parse_markdown(text: str, source: Where) -> list[Grid]:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    lines = text.splitlines()
    grids: list[Grid] = []
    heading: str | None = None
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "heading_open":
            heading = _plain(tokens[index + 1]) or None
        elif token.type == "table_open":
            index, grid = _table(tokens, index, lines, source, heading)
            grids.append(grid)
        index += 1
    return grids


def _table(tokens: list[Any], index: int, lines: list[str], source: Where, title: str | None) -> tuple[int, Grid]:
    rows: list[tuple[Entry, ...]] = []
    notices: list[Notice] = []
    row: list[Entry] = []
    line = 0
    while tokens[index].type != "table_close":
        token = tokens[index]
        if token.type == "tr_open":
            row, line = [], token.map[0] if token.map else line
        elif token.type == "inline":
            row.append(Entry(_plain(token), Where(source.file, line=line + 1)))
        elif token.type == "tr_close":
            cut = _cells(lines[line] if line < len(lines) else "")
            rows.append(tuple(_placed(entry, cut, i) for i, entry in enumerate(row)))
            if len(cut) > len(row):
                extra = " | ".join(text for _, text in cut[len(row) :] if text)
                if extra:
                    where = Where(source.file, line=line + 1, column=cut[len(row)][0])
                    notices.append(Notice("tables.extra_cells", where, (("text", extra),)))
        index += 1
    return index, Grid(rows=tuple(rows), source=source, title=title, notices=tuple(notices))


def _placed(entry: Entry, cut: list[tuple[int, str]], i: int) -> Entry:
    if i >= len(cut):
        return entry
    where = entry.where
    return Entry(entry.text, Where(where.file, line=where.line, column=cut[i][0]))


def _cells(line: str) -> list[tuple[int, str]]:
    """A table row's source line → (1-based column of each cell's text, raw text)."""
    start = len(line) - len(line.lstrip(" \t>"))
    body = line[start:]
    bounds = [-1] + [m.start() for m in _PIPE.finditer(body)] + [len(body)]
    cells = []
    for left, right in itertools.pairwise(bounds):
        raw = body[left + 1 : right]
        offset = len(raw) - len(raw.lstrip()) if raw.strip() else min(1, len(raw))
        cells.append((start + left + 1 + offset + 1, raw.strip()))
    if body.startswith("|"):
        cells = cells[1:]
    if body.rstrip().endswith("|") and len(bounds) > 2 and cells and not cells[-1][1]:
        cells = cells[:-1]
    return cells


def _plain(token: Any) -> str:
    """The text a reader sees in a cell, and what a link points at: emphasis dropped,
    ``<br>`` a line break, code kept, ``[手順書](https://…)`` → ``手順書 (https://…)``."""
    parts: list[str] = []
    links: list[tuple[str, int]] = []  # (target, where its text starts in parts)
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak") or (
            child.type == "html_inline" and _BREAK.fullmatch(child.content.strip())
        ):
            parts.append("\n")
        elif child.type == "link_open":
            links.append((str(child.attrGet("href") or ""), len(parts)))
        elif child.type == "link_close" and links:
            target, start = links.pop()
            parts.append(_target(target, "".join(parts[start:])))
        elif child.type == "image":
            parts.append(_plain(child) + _target(str(child.attrGet("src") or ""), _plain(child)))
    return "".join(parts).strip()


def _target(target: str, text: str) -> str:
    """`` (target)`` after a link's text, unless the text already says it (``<https://…>``)."""
    shown = text.strip()
    if not target or target in (shown, f"mailto:{shown}"):
        return ""
    return f" ({target})" if shown else target
