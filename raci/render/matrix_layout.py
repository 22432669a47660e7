"""How the terminal matrix fits 80 columns: each department's column heading (a short
form of its name, on up to three lines), the column widths, and which departments share
a table.

Headings are names, not ids: 「CS部 導入支援チーム」 is headed 導入支援 (brackets, a first
word every CS team shares and a generic 部/チーム/team dropped), wrapped in its column by
:mod:`raci.text.wrap`. Columns narrow until every department fits one table; when even
the narrowest do not, the departments are split into groups of about equal size that
the view prints one below the other inside each phase, never a whole table apart.

Linear in the number of departments: every narrowing is one pass with running totals.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from raci.text import width as text_width
from raci.text.wrap import wrap

if TYPE_CHECKING:
    from raci.render.matrix_model import Matrix

WIDTH = 80
"""The terminal table always fits 80 columns, whatever the terminal: same spec, same bytes."""
NAME_MIN = 20
"""Narrowest activity-name column before headings narrow further or departments split."""
HEADING_LINES = 3
COLUMN_MIN, COLUMN_MAX = 4, 12

_BRACKETS = re.compile(r"\s*[（(][^（）()]*[）)]")
_GENERIC = ("部門", "部", "チーム", "グループ", "課", "室", " department", " dept", " team", " group")


@dataclass(frozen=True)
class Heading:
    """A department column's heading: its lines, and the short name the key shows."""

    lines: tuple[str, ...]
    short: str


def column_layout(matrix: Matrix) -> tuple[list[list[int]], dict[str, Heading], dict[str, int]]:
    """The department columns of each table, each department's heading and column width."""
    from rich.cells import cell_len

    ids = [d.id for d in matrix.departments]
    names = [d.name or d.id for d in matrix.departments]
    cells = [max((cell_len(r.cells[i]) for r in matrix.rows), default=1) for i in range(len(ids))]
    chunks, headings, widths = layout(names, cells)
    return chunks, dict(zip(ids, headings, strict=True)), dict(zip(ids, widths, strict=True))


def layout(names: list[str], cells: list[int]) -> tuple[list[list[int]], list[Heading], list[int]]:
    """The layout of :func:`column_layout` for departments called ``names`` whose widest
    cells are ``cells`` columns wide: the widest headings with which all departments fit
    one table, else the fewest tables of about equal size."""
    shorts = short_names(names)
    count = len(names)
    room = WIDTH - NAME_MIN
    options = {}
    for column in range(COLUMN_MAX, COLUMN_MIN - 1, -1):
        widths = [
            max(cells[i], *(text_width(line) for line in _heading(shorts[i], column).lines), 3) for i in range(count)
        ]
        options[column] = (widths, [0, *itertools.accumulate(w + 1 for w in widths)])
    fewest = max(1, -(-count // max(room // (COLUMN_MIN + 1), 1)))
    for tables in range(fewest, max(count, 1) + 1):
        base, extra = divmod(count, tables)
        bounds = [0, *itertools.accumulate(base + (n < extra) for n in range(tables))]
        spans = [(a, b) for a, b in itertools.pairwise(bounds) if b > a]
        for column in range(COLUMN_MAX, COLUMN_MIN - 1, -1):
            widths, total = options[column]
            if all(total[b] - total[a] <= room for a, b in spans):
                chunks = [list(range(a, b)) for a, b in spans] or [[]]
                return chunks, headings(shorts, widths), widths
    widths = options[COLUMN_MIN][0]
    return [[i] for i in range(count)], headings(shorts, widths), widths


def short_names(names: list[str]) -> list[str]:
    """Each name without what does not tell departments apart: a bracketed gloss, a
    first word several names share (``CS部 …``), a generic 部/チーム/team at the end."""
    stripped = [_BRACKETS.sub("", name).strip() or name for name in names]
    firsts = Counter(name.split(maxsplit=1)[0] for name in stripped if len(name.split(maxsplit=1)) == 2)
    shorts = []
    for name in stripped:
        words = name.split(maxsplit=1)
        if len(words) == 2 and firsts[words[0]] > 1:
            name = words[1]
        for generic in _GENERIC:
            if name.lower().endswith(generic) and text_width(name) - text_width(generic) >= 2:
                name = name[: len(name) - len(generic)].rstrip()
                break
        shorts.append(name)
    return shorts


def headings(shorts: list[str], widths: list[int]) -> list[Heading]:
    """Each short name in at most ``HEADING_LINES`` lines of its column; names that would
    look the same keep what differs (their common beginning dropped), then a number."""
    out = [_heading(short, column) for short, column in zip(shorts, widths, strict=True)]
    groups: dict[tuple[str, ...], list[int]] = {}
    for index, heading in enumerate(out):
        groups.setdefault(heading.lines, []).append(index)
    for group in (g for g in groups.values() if len(g) > 1):
        common = _common_prefix([shorts[i] for i in group])
        rests = {i: shorts[i][common:].strip() or shorts[i] for i in group}
        again = {i: _heading(rests[i], widths[i]) for i in group}
        uses = Counter(h.lines for h in again.values())
        for number, index in enumerate(group, 1):
            if uses[again[index].lines] > 1:
                keep = max(widths[index] - len(str(number)) - 1, 1)
                again[index] = _heading(f"{rests[index][:keep]}.{number}", widths[index])
            out[index] = again[index]
    return out


def _common_prefix(texts: list[str]) -> int:
    """How many characters all ``texts`` begin with."""
    first, last = min(texts), max(texts)
    return next((i for i, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), min(len(first), len(last)))


def _heading(short: str, column: int) -> Heading:
    """``short`` in lines of at most ``column`` columns: its words (Japanese: its phrases)
    fill the lines, a Japanese phrase longer than the column goes on over lines (kinsoku
    rules kept), a Latin word longer than the column is shortened and ends in ``.``
    (``Marketing`` → ``Market.``), and a heading longer than three lines ends in ``.``."""
    lines: list[str] = []
    for phrase in _words(short):
        # a Japanese phrase too long for the column goes on over lines; a Latin word is shortened
        pieces = _even(phrase, column) if not phrase.isascii() else [_shorten(phrase, column)]
        for piece in pieces:
            if lines and text_width(lines[-1]) + _gap(lines[-1], piece) + text_width(piece) <= column:
                lines[-1] += " " * _gap(lines[-1], piece) + piece
            else:
                lines.append(piece)
    if len(lines) > HEADING_LINES:
        lines = [*lines[: HEADING_LINES - 1], _shorten(lines[HEADING_LINES - 1] + ".", column)]
    return Heading(tuple(lines) or ("",), short)


def _even(phrase: str, column: int) -> list[str]:
    """A Japanese phrase over as few lines as it needs, about equally long (導入/支援, not 導入支/援)."""
    size = text_width(phrase)
    if size <= column:
        return [phrase]
    count = -(-size // column)
    even = wrap(phrase, min(column, 2 * -(-size // (2 * count))))
    return even if len(even) <= count else wrap(phrase, column)


_SCRIPT_CHANGE = re.compile(r"(?<=[\u30a0-\u30ff])(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])(?=[\u30a0-\u30ff])")


def _words(text: str) -> list[str]:
    """A heading's words: Latin words, and Japanese split where katakana meets kanji
    (データ/分析). A name is too short for BudouX's phrases to be reliable (データ分/析)."""
    return [part for word in text.split() for part in _SCRIPT_CHANGE.split(word) if part]


def _gap(before: str, after: str) -> int:
    """A space between Latin words; none between Japanese phrases."""
    return 1 if before[-1:].isascii() and after[:1].isascii() else 0


def _shorten(word: str, column: int) -> str:
    """``word`` cut to ``column`` columns, ending in ``.`` when cut."""
    if text_width(word) <= column:
        return word
    while text_width(word) > column - 1 and len(word) > 1:
        word = word[:-1]
    return word + "."
