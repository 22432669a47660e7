"""The body of a planned table: activity rows grouped into sections.

Sections come from a phase column when there is one (a blank phase cell continues the
phase above, as a merged or visually grouped column reads), otherwise from section rows:
a row holding one name and no letters, followed by rows with letters. A heading followed
by another heading, a legend of the letters and a footnote below the table are told, not
imported as activities.
"""

from __future__ import annotations

import re

from raci.tables import headers
from raci.tables.grid import Entry, Notice, Row, Section
from raci.tables.plan import Plan, Rect

_LEGEND_WORDS = ("responsible", "accountable", "consulted", "informed", "実行責任", "説明責任", "協議", "相談", "報告")
_LEGEND_LETTER = re.compile(r"(?<![a-z])[raci]\s*[=:＝：]")


def sections(rect: Rect, plan: Plan) -> tuple[tuple[Section, ...], list[Notice]]:
    """The sections of activity rows below the header, and what was left out of them."""
    notices: list[Notice] = []
    body = list(range(plan.body_start, len(rect)))
    if plan.phase is not None:
        return _by_phase(rect, plan, body, notices), notices
    shapes = [_shape(rect, plan, r) for r in body]
    result: list[Section] = []
    name: Entry | None = None
    current: list[Row] = []
    last_lettered = max((i for i, s in enumerate(shapes) if s == "row"), default=-1)
    for i, r in enumerate(body):
        shape = shapes[i]
        if shape == "legend":
            notices.append(Notice("tables.legend", _first(rect[r]).where, (("text", _joined(rect[r])),)))
            continue
        if shape == "heading":
            following = next((s for s in shapes[i + 1 :] if s != "legend"), None)
            entry = _first(rect[r])
            if following == "row":
                if current or name is not None:
                    result.append(Section(name, tuple(current)))
                name, current = entry, []
                continue
            if following == "heading":
                notices.append(Notice("tables.empty_section", entry.where, (("text", entry.text),)))
                continue
            if i > last_lettered and (plan.activity is None or not rect[r][plan.activity].text):
                notices.append(Notice("tables.text_below", entry.where, (("text", _joined(rect[r])),)))
                continue
        row = _row(rect, plan, r)
        if row is not None:
            current.append(row)
    if current or name is not None:
        result.append(Section(name, tuple(current)))
    return tuple(result), notices


def _by_phase(rect: Rect, plan: Plan, body: list[int], notices: list[Notice]) -> tuple[Section, ...]:
    assert plan.phase is not None
    result: list[Section] = []
    name: Entry | None = None
    current: list[Row] = []
    for r in body:
        if _shape(rect, plan, r) == "legend":
            notices.append(Notice("tables.legend", _first(rect[r]).where, (("text", _joined(rect[r])),)))
            continue
        phase = rect[r][plan.phase]
        if phase.text and (name is None or phase.text != name.text):
            _close(result, name, current, notices)
            name, current = phase, []
        row = _row(rect, plan, r)
        if row is not None:
            current.append(row)
    _close(result, name, current, notices)
    return tuple(result)


def _close(result: list[Section], name: Entry | None, rows: list[Row], notices: list[Notice]) -> None:
    """End a phase: a section, or, with no activity under the name, a notice quoting it."""
    if rows:
        result.append(Section(name, tuple(rows)))
    elif name is not None:
        notices.append(Notice("tables.empty_section", name.where, (("text", name.text),)))


def _shape(rect: Rect, plan: Plan, r: int) -> str:
    """``row`` (letters in a role cell), ``heading`` (one name, no letters), ``legend`` or ``other``."""
    row = rect[r]
    distinct = {e.where: e for e in row if e.text}
    if len(distinct) == 1 and len(next(iter(distinct.values())).text) > 0:
        entry = next(iter(distinct.values()))
        if _is_legend(entry.text):
            return "legend"
        spread = sum(1 for e in row if e.text) > 1  # one merged cell across the row
        if spread or not any(row[c].text for c in plan.roles):
            return "heading"
    if any(row[c].text for c in plan.roles):
        return "row"
    return "legend" if _is_legend(_joined(row)) else "other"


def _is_legend(text: str) -> bool:
    lowered = headers.normal(text)
    words = sum(1 for w in _LEGEND_WORDS if w in lowered)
    return words >= 2 or len(_LEGEND_LETTER.findall(lowered)) >= 2


def _row(rect: Rect, plan: Plan, r: int) -> Row | None:
    """An activity row; ``None`` for a row with nothing in the activity, role or extra columns."""
    line = rect[r]
    name = line[plan.activity] if plan.activity is not None and line[plan.activity].text else None
    cells = tuple(line[c] for c in plan.roles)
    extras = tuple((kind, line[c]) for kind, c in plan.extras if line[c].text)
    if name is None and not extras and not any(e.text for e in cells):
        return None
    return Row(name, cells, extras)


def _first(row: list[Entry]) -> Entry:
    return next(e for e in row if e.text)


def _joined(row: list[Entry]) -> str:
    return " / ".join(dict.fromkeys(e.text for e in row if e.text))
