"""A grid → a :class:`~raci.tables.grid.Matrix`: roles, sections of activity rows, extras.

Detected, and each guess overridable: the orientation (activities as rows, or roles down
the first column and activities across the top), the header rows (a group row above the
role names), the activity column. Role columns are found by their cells, not their
headers: a column is a role when most of its cells in lettered rows read as RACI
(:mod:`raci.tables.letters`). Nothing is interpreted here: the cells stay text for the
spec builder, and whatever is left out is said in a :class:`~raci.tables.grid.Notice`.
"""

from __future__ import annotations

from typing import TypeVar

from raci.tables import headers
from raci.tables.errors import TableError
from raci.tables.grid import Entry, Grid, Matrix, Notice, Role, Where
from raci.tables.plan import Plan, Rect, header_text, kinds, make_plan
from raci.tables.rows import sections

T = TypeVar("T")
MANY_ROLES = 40
"""More role columns make a reading likelier, up to this many: no real RACI table has more,
and a long table read turned has as many "roles" as rows (unbounded, that outweighed
everything else from ~100 rows on)."""


def layout(
    grid: Grid,
    *,
    activity_column: str | int | None = None,
    transposed: bool | None = None,
    header_rows: int | None = None,
) -> Matrix:
    """Read ``grid`` as a RACI matrix.

    ``activity_column``: the header of the activity names, or their 1-based position
    among the non-blank columns (rows, when transposed); the table is then read as
    written unless that column is only found turned. ``transposed``: roles down the
    first column. ``header_rows``: how many header rows (2: groups above the role names).
    A grid with no role column gives a matrix without roles and the notice ``tables.no_roles``.
    """
    rect = _rectangle(grid)
    plans: list[tuple[bool, Rect, Plan | None]] = []
    missing: list[TableError] = []
    marks = kinds(rect)
    for turned in (False, True) if transposed is None else (transposed,):
        shaped = _transpose(rect) if turned else rect
        plan = None
        try:
            if shaped:
                shaped_marks = _transpose(marks) if turned else marks
                plan = make_plan(shaped, shaped_marks, grid.source, header_rows=header_rows, activity=activity_column)
        except TableError as error:  # the activity column named is not in this orientation
            missing.append(error)
            continue
        plans.append((turned, shaped, plan))
        if activity_column is not None:
            break  # a column the user named is a column of the table as written, unless it is not there
    if not plans:
        raise missing[0]
    turned, shaped, plan = max(plans, key=lambda p: _likelihood(p[1], p[2], corner=not p[0]) - p[0] * 0.5)
    notices = list(grid.notices)
    if plan is None:
        notices.append(Notice("tables.no_roles", grid.source))
        return Matrix(grid.source, (), (), transposed=bool(transposed), notices=tuple(notices))
    if turned and transposed is None:
        notices.append(Notice("tables.transposed", grid.source))
    notices.extend(plan.notices)
    found, more = sections(shaped, plan)
    notices.extend(more)
    roles = tuple(
        Role(name, group.text if group is not None else None)
        for name, group in zip(plan.names, plan.groups, strict=True)
    )
    return Matrix(grid.source, roles, found, transposed=turned, notices=tuple(notices))


def _rectangle(grid: Grid) -> Rect:
    """The rows padded to one width, then blank rows and columns left out."""
    width = max((len(row) for row in grid.rows), default=0)
    rows = [list(row) + _padding(grid, row, width) for row in grid.rows]
    rows = [row for row in rows if any(e.text for e in row)]
    used = [c for c in range(width) if any(row[c].text for row in rows)]
    return [[row[c] for c in used] for row in rows]


def _padding(grid: Grid, row: tuple[Entry, ...], width: int) -> list[Entry]:
    """Blank entries for a short row's missing cells, placed at the row (no column to point at)."""
    if len(row) >= width:
        return []
    last = row[-1].where if row else grid.source
    return [Entry("", Where(last.file, last.sheet, None, last.line, None))] * (width - len(row))


def _transpose(rows: list[list[T]]) -> list[list[T]]:
    return [list(column) for column in zip(*rows, strict=True)] if rows else []


def _likelihood(rect: Rect, plan: Plan | None, *, corner: bool) -> float:
    """How much a plan looks like the table's real orientation; higher is likelier.

    The header over the first column (``Activity``, or ``Role`` in a transposed table)
    names what that column holds; it is the same cell in both readings, so it is weighed
    once, on the reading as written (``corner``)."""
    if plan is None:
        return -1000.0
    score = 0.0
    head = header_text(rect, plan.header_rows, plan.activity) if plan.activity is not None and corner else None
    if head is not None:
        corner_text = head.text
        says_role, says_activity = headers.says_role(corner_text), headers.says_activity(corner_text)
        score += 3 * (says_activity and not says_role) - 3 * (says_role and not says_activity)
    body = range(plan.body_start, len(rect))
    activities = (
        [rect[r][plan.activity].text for r in body if rect[r][plan.activity].text] if plan.activity is not None else []
    )
    roles = [n.text for n in plan.names if n.text]
    if activities and roles:
        score += sum(map(len, activities)) / len(activities) > sum(map(len, roles)) / len(roles)
    score += 2 * (len(activities) >= len(roles))  # a RACI table has more activities than roles
    score += len(plan.extras) + (plan.phase is not None) * 0.5
    score += 0.1 * min(len(plan.roles), MANY_ROLES)
    return score
