"""How the terminal matrix fits 80 columns: which departments go in which table, and
their abbreviations.

Linear in the number of departments: each abbreviation length is tried once, with
running totals of the column widths (trying every split against every length, and
finding clashing abbreviations by scanning all the others, made 3,000 departments take
minutes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from raci.render.matrix_model import Matrix

WIDTH = 80
"""The terminal table always fits 80 columns, whatever the terminal: same spec, same bytes."""
NAME_MIN = 28
"""Narrowest activity-name column before departments are abbreviated further or split."""
ABBR_MIN, ABBR_MAX = 4, 12


def column_layout(matrix: Matrix) -> tuple[list[list[int]], dict[str, str]]:
    """The department columns of each table, and one abbreviation per department.

    A table has the activity-name column (at least ``NAME_MIN``) and one column per
    department, each as wide as its abbreviation or its widest cell, one space apart.
    Abbreviations are the ids, cut shorter (ending in ``.``) until the table fits; when
    even ``ABBR_MIN`` characters do not fit, the departments are split over several
    tables of about equal size, one below the other. The abbreviations are chosen over
    all departments at once, so that the legend below means the same in every table.
    """
    from rich.cells import cell_len

    ids = [d.id for d in matrix.departments]
    cells = [max((cell_len(r.cells[i]) for r in matrix.rows), default=1) for i in range(len(ids))]
    return layout(ids, cells)


def layout(ids: list[str], cells: list[int]) -> tuple[list[list[int]], dict[str, str]]:
    """The layout of :func:`column_layout` for departments ``ids`` whose widest cells are ``cells`` columns wide."""
    import itertools

    from rich.cells import cell_len

    count = len(ids)
    lengths = range(ABBR_MAX, ABBR_MIN - 1, -1)
    # Per abbreviation length, computed once: the running total of the columns' widths, so
    # that whether a table fits is one subtraction (trying every split against every
    # length made 3,000 departments take 40 s).
    options = {}
    for length in lengths:
        abbrs = abbreviate(ids, length)
        widths = (max(cell_len(abbrs[ident]), cells[i], 1) + 1 for i, ident in enumerate(ids))
        options[length] = (abbrs, [0, *itertools.accumulate(widths)])
    room = WIDTH - NAME_MIN
    fewest = max(1, -(-count // max(room // 2, 1)))  # a column takes at least 2: fewer tables never fit
    for tables in range(fewest, max(count, 1) + 1):
        size = max(-(-count // tables), 1)
        starts = range(0, count, size)
        for length in lengths:
            abbrs, total = options[length]
            if all(total[min(start + size, count)] - total[start] <= room for start in starts):
                chunks = [list(range(start, min(start + size, count))) for start in starts] or [[]]
                return chunks, abbrs
    return [[i] for i in range(count)], options[ABBR_MIN][0]


def abbreviate(ids: list[str], length: int) -> dict[str, str]:
    """Each id at most ``length`` characters: kept whole when short enough, else cut and
    ending in ``.`` (``marketing`` → ``marke.``). Ids that would then look the same keep
    their ends instead (``dept_10``, ``dept_11`` → ``de.10``, ``de.11``), numbered as a
    last resort."""
    short = {i: i if len(i) <= length else i[: length - 1] + "." for i in ids}
    from collections import Counter

    groups: dict[str, list[str]] = {}
    for ident, value in short.items():
        groups.setdefault(value, []).append(ident)
    uses = Counter(short.values())  # how many ids have each abbreviation now

    def rename(new: dict[str, str]) -> None:
        for ident, value in new.items():
            uses[short[ident]] -= 1
            uses[value] += 1
        short.update(new)

    for group in (g for g in groups.values() if len(g) > 1):
        own = Counter(short[i] for i in group)
        for tail in range(1, length - 1):
            ends = {i: i if len(i) <= length else i[: length - 1 - tail] + "." + i[-tail:] for i in group}
            if len(set(ends.values())) == len(group) and all(uses[v] == own[v] for v in ends.values()):
                rename(ends)
                break
        else:
            rename(
                {
                    ident: ident[: length - 1 - len(str(number))] + "." + str(number)
                    for number, ident in enumerate(group, 1)
                }
            )
    if len(set(short.values())) < len(short):
        return {ident: f"D{number}" for number, ident in enumerate(ids, 1)}
    return short
