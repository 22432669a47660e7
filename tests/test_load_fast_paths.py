"""A RACI row reads the same whether its ids and cells were seen before or not.

The loader remembers department ids and cell texts it has read (one of each per RACI cell
at 10k activities) and skips the full checks for them: the second load of any text, with
everything remembered, must give the very same model or the very same problems.
"""

from __future__ import annotations

import pytest

import raci
from raci.spec import cell_types, cells
from raci.spec.problems import SpecError

HEAD = """version: 1
org: {name: Acme}
departments:
  - {id: cs, name: CS}
  - {id: sales, name: Sales}
phases:
  - id: onboarding
    name: Onboarding
    activities:
"""

ROWS = [
    "{cs: A/R, sales: C}",
    "{cs: 'A/R', sales: \"I\"}",
    "{cs: A, sales: R, cs: C}",
    "{cs: A, yes: R}",
    "{cs: A, 'yes': R}",
    "{cs: A, 12: R}",
    "{cs: X, sales: R}",
    "{cs: ' ', sales: R}",
    "{cs: A/A, sales: R}",
    "{cs: Ａ／Ｒ, sales: C}",
    "{cs: {roles: A, note: when asked}, sales: R}",
    "{cs: A, sales: R\u0007}",
    "{cs: A, sales: 'R\\u0007'}",
    '{cs: A, sales: "R\\x1c"}',
    "{" + "c" * 300 + ": A, sales: R}",
    "{cs: A, sales: null}",
    "{cs: A, sales: 1}",
]


def _spec(row: str) -> str:
    return HEAD + f"      - id: kickoff\n        name: Kickoff\n        raci: {row}\n"


def _outcome(text: str) -> object:
    try:
        spec = raci.loads(text, "x.raci.yaml")
    except SpecError as error:
        return [(p.code, p.key, p.span, dict(p.args)) for p in error.problems]
    return [(a.department, a.roles, a.span, a.note, a.situational) for a in spec.phases[0].activities[0].raci]


@pytest.mark.parametrize("row", ROWS)
def test_a_row_reads_the_same_with_and_without_what_was_remembered(row: str) -> None:
    cells._CACHE.clear()
    cell_types._IDS.clear()
    first = _outcome(_spec(row))
    for other in ROWS:  # remember every id and cell of every row, then read this one again
        _outcome(_spec(other))
    cells.parse("R\x1c")  # whitespace to the cell grammar, a control character to the loader
    assert _outcome(_spec(row)) == first
