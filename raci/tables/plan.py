"""One reading of a grid: which rows are headers and what each column holds.

The layout step (:mod:`raci.tables.layout`) makes a plan for the grid as written and
one for the grid turned, and keeps the likelier. A plan works on a rectangle of entries
with the blank rows and columns already left out.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from raci.tables import headers, letters
from raci.tables.errors import TableError
from raci.tables.grid import Entry, Notice, Where

Rect = list[list[Entry]]


@dataclass
class Plan:
    """Where things are in a rectangle: row and column indexes, and what was guessed or left out."""

    header_rows: list[int]
    roles: list[int]
    groups: list[Entry | None]
    names: list[Entry]
    activity: int | None = None
    activity_by_word: bool = False
    phase: int | None = None
    extras: list[tuple[str, int]] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    @property
    def body_start(self) -> int:
        return self.header_rows[-1] + 1 if self.header_rows else 0


def kinds(rect: Rect) -> list[list[int]]:
    """Each cell: -1 blank, else :data:`letters.NONE`, :data:`letters.NO_ROLE` or :data:`letters.ROLES`."""
    return [[letters.kind(e.text) if e.text else -1 for e in row] for row in rect]


def make_plan(
    rect: Rect, marks: list[list[int]], source: Where, *, header_rows: int | None, activity: str | int | None
) -> Plan | None:
    """The plan for ``rect`` as it stands, or ``None`` when no column holds RACI letters."""
    first = _first_header(rect, marks)
    if first is None:
        return None
    lettered = [r for r in range(first + 1, len(rect)) if letters.ROLES in marks[r]]
    bottom = first
    if header_rows is not None:
        bottom = min(first + max(header_rows, 1) - 1, len(rect) - 1)
    roles = _role_columns(rect, marks, [r for r in lettered if r > bottom], first, bottom)
    if not roles:
        return None
    if header_rows is None and _is_group_row(rect, marks, first, roles):
        bottom = first + 1
        roles = _role_columns(rect, marks, [r for r in lettered if r > bottom], first, bottom)
    heads = list(range(first, bottom + 1))
    names, groups = _role_names(rect, heads, roles)
    plan = Plan(heads, roles, groups, names)
    _text_above(rect, first, plan)
    if len(heads) > 1:
        shown = ", ".join(dict.fromkeys(g.text for g in groups if g is not None))
        if shown:
            plan.notices.append(Notice("tables.group_row", rect[first][roles[0]].where, (("groups", shown),)))
        _group_row_elsewhere(rect, heads, plan)
    _classify(rect, marks, plan, source, activity)
    return plan


def header_text(rect: Rect, heads: list[int], col: int) -> Entry | None:
    """The lowest non-empty header entry of a column (``Activity`` merged over two header rows counts)."""
    for row in reversed(heads):
        if rect[row][col].text:
            return rect[row][col]
    return None


def _first_header(rect: Rect, marks: list[list[int]]) -> int | None:
    """The first row with two or more distinct texts, most of them not RACI letters."""
    for r, row in enumerate(rect):
        distinct = {e.where: m for e, m in zip(row, marks[r], strict=True) if e.text}
        if len(distinct) >= 2 and sum(m == letters.ROLES for m in distinct.values()) * 2 < len(distinct):
            return r
    return None


def _role_columns(rect: Rect, marks: list[list[int]], lettered: list[int], first: int, bottom: int) -> list[int]:
    """Columns whose cells in lettered rows are mostly the vocabulary, plus empty role columns among them."""
    width = len(rect[0])
    heads = list(range(first, bottom + 1))
    found: list[int] = []
    for col in range(width):
        head = header_text(rect, heads, col)
        kind = headers.kind(head.text) if head else None
        column = [marks[r][col] for r in lettered]
        vocabulary = sum(m in (letters.ROLES, letters.NO_ROLE) for m in column)
        other = sum(m == letters.NONE for m in column)
        if kind not in (None, headers.ACTIVITY) and not _named_role(head, kind, other):
            continue
        if letters.ROLES in column and vocabulary >= other:
            found.append(col)
    if not found:
        return found
    for col in range(found[0] + 1, width):  # a role nobody is assigned to: header only, among the roles
        head = header_text(rect, heads, col)
        empty = all(not rect[r][col].text for r in range(bottom + 1, len(rect)))
        if col not in found and head is not None and headers.kind(head.text) is None and empty:
            found.append(col)
    return sorted(found)


def _named_role(head: Entry | None, kind: str, other: int) -> bool:
    """A role whose name holds a header word (``Team 指摘``, ``Process Owner``): every cell a role."""
    if head is None or other or (kind == headers.PRIORITY and head.text.isascii()):
        return False  # a priority column may well hold A, B, C
    return not headers.exactly(head.text)


def _is_group_row(rect: Rect, marks: list[list[int]], first: int, roles: list[int]) -> bool:
    """Two header rows: the first merged or sparse over the roles, the second naming each role."""
    if first + 1 >= len(rect):
        return False
    upper, lower = rect[first], rect[first + 1]
    if letters.ROLES in marks[first + 1] or len({e.where for e in lower if e.text}) < 2:
        return False
    named = sum(1 for c in roles if lower[c].text)
    if named * 2 < len(roles) or named == 0:
        return False
    merged = any(upper[a].text and upper[a].where == upper[b].where for a, b in itertools.pairwise(roles))
    sparse = 0 < sum(1 for c in roles if upper[c].text) < named
    return merged or sparse


def _role_names(rect: Rect, heads: list[int], roles: list[int]) -> tuple[list[Entry], list[Entry | None]]:
    names: list[Entry] = []
    groups: list[Entry | None] = []
    group: Entry | None = None
    for col in roles:
        name = rect[heads[-1]][col]
        if len(heads) > 1:
            above = rect[heads[0]][col]
            group = above if above.text else group
            if not name.text and group is not None:
                name, group = group, None
        names.append(name)
        groups.append(group if len(heads) > 1 else None)
    return names, groups


def _text_above(rect: Rect, first: int, plan: Plan) -> None:
    for row in rect[:first]:
        texts = list(dict.fromkeys(e.text for e in row if e.text))
        if texts:
            where = next(e.where for e in row if e.text)
            plan.notices.append(Notice("tables.text_above", where, (("text", " / ".join(texts)),)))


def _group_row_elsewhere(rect: Rect, heads: list[int], plan: Plan) -> None:
    """Text of a group row over columns that are not roles, unless it repeats the header below (merged)."""
    for row in heads[:-1]:
        for col, entry in enumerate(rect[row]):
            below = rect[heads[-1]][col]
            if col not in plan.roles and entry.text and entry.where != below.where and entry.text != below.text:
                plan.notices.append(Notice("tables.text_above", entry.where, (("text", entry.text),)))


def _classify(rect: Rect, marks: list[list[int]], plan: Plan, source: Where, activity: str | int | None) -> None:
    """Activity, phase, extra and dropped columns among those that are not roles."""
    heads, body = plan.header_rows, range(plan.body_start, len(rect))
    others = [c for c in range(len(rect[0])) if c not in plan.roles]
    kind_of = {c: _kind(header_text(rect, heads, c)) for c in others}
    if activity is not None:
        plan.activity = _chosen(rect, heads, activity, source)
    else:
        worded = [c for c in others if kind_of[c] == headers.ACTIVITY]
        if worded:
            plan.activity, plan.activity_by_word = _most_distinct(rect, body, worded), True
        else:
            texty = [c for c in others if kind_of[c] is None and _texty(rect, marks, body, c)]
            plan.activity = _most_distinct(rect, body, texty) if texty else None
            head = header_text(rect, heads, plan.activity) if plan.activity is not None else None
            if plan.activity is not None and not (head and headers.says_role(head.text)):
                # a corner saying "Role" labels the roles down a transposed table: no guess
                where = head.where if head else rect[plan.body_start][plan.activity].where
                text = head.text if head else ""
                plan.notices.append(Notice("tables.activity_column_guessed", where, (("header", text),)))
    phases = [c for c in others if kind_of[c] == headers.PHASE and c != plan.activity]
    if phases:
        plan.phase = phases[0]
    elif plan.activity is not None:
        plan.phase = _guess_phase(rect, marks, plan, others, kind_of)
    for col in others:
        if col in (plan.activity, plan.phase):
            continue
        kind = kind_of[col]
        if kind in headers.EXTRAS:
            plan.extras.append((kind, col))
        else:
            _drop(rect, plan, col, kind)


def _kind(head: Entry | None) -> str | None:
    return headers.kind(head.text) if head else None


def _chosen(rect: Rect, heads: list[int], wanted: str | int, source: Where) -> int:
    """The activity column the user named: 1-based position, or header text (any case)."""
    width = len(rect[0])
    if isinstance(wanted, int) or wanted.strip().isdigit():
        position = int(wanted) - 1
        if 0 <= position < width:
            return position
    else:
        for col in range(width):
            head = header_text(rect, heads, col)
            if head is not None and headers.normal(head.text) == headers.normal(wanted):
                return col
    shown = ", ".join(h.text for c in range(width) if (h := header_text(rect, heads, c)) is not None)
    raise TableError("tables.no_column", source, (("column", str(wanted)), ("headers", shown)))


def _most_distinct(rect: Rect, body: range, cols: list[int]) -> int:
    """Among columns named like activities (業務 and 作業), the one with the most different names."""
    return max(cols, key=lambda c: (len({rect[r][c].text for r in body if rect[r][c].text}), -c))


def _texty(rect: Rect, marks: list[list[int]], body: range, col: int) -> bool:
    """A column of names: some text, mostly not numbers and not letters."""
    texts = [rect[r][col].text for r in body if rect[r][col].text]
    words = [t for t in texts if not t.replace(".", "").replace(",", "").isdigit()]
    return bool(texts) and len(words) * 2 > len(texts)


def _guess_phase(
    rect: Rect, marks: list[list[int]], plan: Plan, others: list[int], kind_of: dict[int, str | None]
) -> int | None:
    """A column left of the activities repeating a few names down its rows (or merged down them)."""
    assert plan.activity is not None
    body = range(plan.body_start, len(rect))
    names = sum(1 for r in body if rect[r][plan.activity].text)
    for col in others:
        if col >= plan.activity or kind_of[col] not in (None, headers.ACTIVITY):
            continue
        values = [rect[r][col].text for r in body if rect[r][col].text]
        if values and names >= 2 and len(set(values)) * 2 <= names and _texty(rect, marks, body, col):
            head = header_text(rect, plan.header_rows, col)
            where = head.where if head else rect[plan.body_start][col].where
            plan.notices.append(Notice("tables.phase_column_guessed", where, (("header", head.text if head else ""),)))
            return col
    return None


def _drop(rect: Rect, plan: Plan, col: int, kind: str | None) -> None:
    head = header_text(rect, plan.header_rows, col)
    cells = [rect[r][col] for r in range(plan.body_start, len(rect)) if rect[r][col].text]
    if head is None and not cells:
        return  # its only text is above the header, already told
    where = head.where if head else cells[0].where
    text = head.text if head else ""
    key = "tables.findings_column" if kind == headers.FINDINGS else "tables.column_dropped"
    plan.notices.append(Notice(key, where, (("header", text), ("cells", str(len(cells))))))
