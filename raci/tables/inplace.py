"""Lint a table where it lives: import it in memory, run the rules, point at its cells.

The built spec is written to text and loaded by the ordinary loader, so the rules see
exactly what ``raci import`` would write and every element gets a span. Each element's
span is then mapped back to the table cell it came from (:attr:`Built.sources`), so a
finding about an activity points at the activity's name cell, a finding about a cell at
that cell (``table.xlsx:RACI!D7``, ``table.csv:7:12``). Nothing is made up: a finding
whose element has no cell of its own (the org, the whole matrix) points at the file.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from raci.config import Config
from raci.findings import Finding, TableSpan, from_problems
from raci.lint import NO_CONFIG, skipped, validate
from raci.rules.inputs import Skipped
from raci.spec import keys
from raci.spec.load import loads
from raci.spec.model import Span, Spec
from raci.spec.problems import SpecError
from raci.tables.build import Built
from raci.tables.grid import Where
from raci.tables.places import span_of


def check_table(
    built: Built,
    text: str,
    source: Where,
    *,
    select: Collection[str] = (),
    ignore: Collection[str] = (),
    config: Config = NO_CONFIG,
) -> tuple[list[Finding], list[Skipped]]:
    """The import's own findings and the rules' findings on the built spec, at the table's
    cells, and the rules left out for lack of input (a table has no KPIs…)."""
    name = f"<{source.file}>"
    places: dict[tuple[int, int], Where] = {}
    notes: list[Skipped] = []
    try:
        spec = loads(text, name)
    except SpecError as error:  # the builder wrote something the loader refuses: shown, not hidden
        found = from_problems(error.problems)
    else:
        found = validate(spec, select=select, ignore=ignore, config=config, plain_table=True)
        left_out = skipped(spec, select=select, ignore=ignore, config=config, plain_table=True)
        notes = [replace(n, file=source.file) for n in left_out]
        places = _places(spec, built)
    file_level = TableSpan(source.file, 0, 0, sheet=source.sheet)
    out = list(built.findings)
    for finding in found:
        span = finding.span
        where = places.get((span.line, span.column)) if span is not None else None
        out.append(replace(finding, span=span_of(where) if where is not None else file_level))
    out.sort(key=Finding.sort_key)
    return out, notes


def _places(spec: Spec, built: Built) -> dict[tuple[int, int], Where]:
    """(line, column) of each element in the written spec → the table cell it came from."""
    places: dict[tuple[int, int], Where] = {}
    for key, element in keys.index(spec).items():
        span: Span | None = getattr(element, "span", None)
        where = built.sources.get(key)
        if span is not None and where is not None:
            places[(span.line, span.column)] = where
    return places
