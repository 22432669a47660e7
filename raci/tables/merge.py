"""Several tables of one file (a wiki page with a table per phase) as one matrix.

Roles are matched by their header text; a table without some role gets blank cells for
it (blank cells are not cells: nothing is counted or lost). Each table's rows before any
section heading form a section named by the table's title (the heading above it).
"""

from __future__ import annotations

from collections.abc import Sequence

from raci.tables.grid import Entry, Matrix, Notice, Role, Row, Section


def merge(matrices: Sequence[tuple[Matrix, str | None]]) -> Matrix:
    """One matrix from ``(matrix, title)`` pairs, in order; a single matrix is returned as it is."""
    if len(matrices) == 1 and matrices[0][1] is None:
        return matrices[0][0]
    roles: list[Role] = []
    index: dict[str, int] = {}
    for matrix, _title in matrices:
        for role in matrix.roles:
            if role.name.text not in index:
                index[role.name.text] = len(roles)
                roles.append(role)
    sections: list[Section] = []
    notices: list[Notice] = []
    for matrix, title in matrices:
        notices.extend(matrix.notices)
        blank = Entry("", matrix.source)
        for section in matrix.sections:
            rows = []
            for row in section.rows:
                cells = [blank] * len(roles)
                for role, entry in zip(matrix.roles, row.cells, strict=False):
                    cells[index[role.name.text]] = entry
                rows.append(Row(row.name, tuple(cells), row.extras))
            name = section.name
            if name is None and title:
                name = Entry(title, matrix.source)
            sections.append(Section(name, tuple(rows)))
    first = matrices[0][0]
    return Matrix(first.source, tuple(roles), tuple(sections), first.transposed, tuple(notices))
