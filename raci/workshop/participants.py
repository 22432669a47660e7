"""``--participants FILE``: one line per person, ``name, department`` (comma or tab).

The department is its id or its name in either language (``cs``, ``CS部``). Blank lines,
``#`` comments and a header line (``name, department`` / ``名前, 部門``) are skipped.
Every problem is reported at once with its line, and names must be unique: a name is how
the results tell one participant's answers from another's.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from raci.text import suggest
from raci.workshop.manifest import Participant

if TYPE_CHECKING:
    from raci.spec.model import Spec

HEADER_WORDS = {"department", "dept", "部門", "所属", "部署"}


@dataclass(frozen=True)
class LineProblem:
    line: int
    key: str
    args: dict[str, str]


def parse(text: str, spec: Spec) -> tuple[list[Participant], list[LineProblem]]:
    """The participants of ``text`` in file order, and what is wrong with which line."""
    lookup: dict[str, str] = {}
    for known in spec.departments:
        for name in (known.id, known.name.ja, known.name.en):
            if name:
                lookup.setdefault(name.strip().casefold(), known.id)
    people: list[Participant] = []
    problems: list[LineProblem] = []
    seen: dict[str, int] = {}
    dialect = "excel-tab" if "\t" in text and "," not in text else "excel"
    for number, row in enumerate(csv.reader(io.StringIO(text.lstrip("\ufeff")), dialect=dialect), 1):
        cells = [cell.strip() for cell in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if len(cells) < 2 or not cells[0] or not cells[1]:
            problems.append(LineProblem(number, "workshop.participants.columns", {"text": ",".join(row)}))
            continue
        name, department = cells[0], cells[1]
        if not people and not problems and department.casefold() in HEADER_WORDS:
            continue
        dept = lookup.get(department.casefold())
        if dept is None:
            hint = suggest(department, list(lookup.values())) or ", ".join(d.id for d in spec.departments)
            problems.append(
                LineProblem(number, "workshop.participants.department", {"department": department, "known": hint})
            )
            continue
        if name in seen:
            problems.append(
                LineProblem(number, "workshop.participants.duplicate", {"name": name, "first": str(seen[name])})
            )
            continue
        seen[name] = number
        people.append(Participant(name, dept))
    if not people and not problems:
        problems.append(LineProblem(1, "workshop.participants.empty", {}))
    return people, problems
