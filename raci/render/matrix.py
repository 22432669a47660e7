"""The RACI matrix: activities by lifecycle phase × departments, findings on their rows.

Every format renders from one model (:func:`build`, see :mod:`raci.render.matrix_model`):

``term``
    A table for the terminal (rich) that fits 80 columns: departments abbreviated, with
    a legend below; coloured cells when writing to a terminal, none under ``NO_COLOR``
    or into a pipe or file.
``md``
    GitHub-flavoured Markdown for pull requests: one table per phase, findings listed
    under the tables.
``html``
    One self-contained page (``templates/matrix.html.j2``): sticky header, colour-coded
    cells, filters by department and phase, printable on A3 landscape. The table itself
    is the macro ``matrix_table`` of ``templates/matrix_table.html.j2``, for other pages.
``csv``
    UTF-8 with a byte-order mark (so that Excel reads the Japanese right): a header row
    (phase, activity id, activity name, one column per department name) and one row per
    activity. Text that a spreadsheet would run as a formula is neutralised.
``xlsx``
    A workbook for the workshop: sheet ``RACI`` with a drop-down on every cell and
    colours by conditional formatting, sheets ``Findings``, ``KPIs`` and ``Guide``
    (instructions and legend). Every sheet prints landscape one page wide on A4
    (``--paper a3``: A3), header row and activity columns repeated, every cell bordered.
``json``
    The model as data, keys sorted, in this shape::

        {
          "version": 1,
          "org": "Acme",  "lang": "en",  "source": "org.raci.yaml",
          "department": null,               # the --department the view is limited to
          "legend": [{"letter": "A", "name": "Accountable", "meaning": "..."}, ...],
          "departments": [{"id": "cs", "name": "Customer Success", "kind": "cs",
                           "findings": [FINDING, ...]}, ...],          # spec order
          "phases": [{"id": "onboarding", "name": "Onboarding", "stage": "onboarding",
                      "findings": [FINDING, ...],
                      "activities": [{"id": "kickoff", "name": "Kickoff", "mode": "proactive",
                                      "handoff": false,
                                      "cells": {"cs": "A/R", "sales": "C"},  # only departments with a role
                                      "findings": [FINDING, ...]}, ...]}, ...],
          "findings": [FINDING, ...]        # every finding shown, in file order
        }

    where ``FINDING`` is ``{"code", "severity", "message", "hint", "line", "column",
    "target"}`` and ``target`` is ``activity:ID``, ``department:ID``, ``phase:ID`` or
    ``""`` (about something else: a KPI, the mission…).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from raci.render import RENDERERS, RenderError
from raci.render.matrix_model import Matrix
from raci.render.matrix_model import build as build_model

if TYPE_CHECKING:
    from raci.render import Document, Options

FORMATS = RENDERERS["matrix"].formats
BINARY = frozenset({"xlsx"})
JSON_VERSION = 1


def build(doc: Document, options: Options) -> Matrix:
    """The matrix model for ``options.lang`` (and ``options.department``, if given)."""
    try:
        return build_model(doc, options.lang, options.department)
    except ValueError as error:
        raise RenderError(str(error)) from None


def render(doc: Document, fmt: str, options: Options) -> str | bytes:
    matrix = build(doc, options)
    if fmt == "term":
        from raci.render.matrix_text import terminal

        return terminal(matrix, color=options.color)
    if fmt == "md":
        from raci.render.matrix_text import markdown

        return markdown(matrix)
    if fmt == "html":
        return html(matrix, options)
    if fmt == "csv":
        from raci.render.matrix_sheet import csv_text

        return csv_text(matrix)
    if fmt == "xlsx":
        from raci.render.matrix_sheet import workbook

        return workbook(matrix, doc.spec, options.paper)
    if fmt == "json":
        return json.dumps(to_data(matrix), ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    raise RenderError(f"unknown format {fmt!r} for the matrix (use one of: {', '.join(FORMATS)})")


def html(matrix: Matrix, options: Options) -> str:
    """The page of ``templates/matrix.html.j2`` (autoescaped: a name from the spec never becomes markup)."""
    from raci.render.templating import render_template

    return render_template("matrix.html.j2", options, {"m": matrix})


def to_data(matrix: Matrix) -> dict[str, Any]:
    """The matrix as JSON-ready data (the shape in the module docstring)."""
    ids = [d.id for d in matrix.departments]
    return {
        "version": JSON_VERSION,
        "org": matrix.org,
        "lang": matrix.lang,
        "source": matrix.source,
        "department": matrix.department,
        "legend": [asdict(entry) for entry in matrix.legend],
        "departments": [
            {"id": d.id, "name": d.name, "kind": d.kind, "findings": [asdict(f) for f in d.findings]}
            for d in matrix.departments
        ],
        "phases": [
            {
                "id": phase.id,
                "name": phase.name,
                "stage": phase.stage,
                "findings": [asdict(f) for f in phase.findings],
                "activities": [
                    {
                        "id": row.id,
                        "name": row.name,
                        "mode": row.mode,
                        "handoff": row.handoff,
                        "cells": {d: cell for d, cell in zip(ids, row.cells, strict=True) if cell},
                        **({"notes": {d: n for d, n in zip(ids, row.notes, strict=True) if n}} if row.notes else {}),
                        **({"annotations": _annotations(ids, row.annotations)} if row.annotations else {}),
                        "findings": [asdict(f) for f in row.findings],
                    }
                    for row in phase.rows
                ],
            }
            for phase in matrix.phases
        ],
        "findings": [asdict(f) for f in matrix.findings],
    }


def _annotations(ids: list[str], flags: tuple[tuple[str | None, bool], ...]) -> dict[str, dict[str, object]]:
    """Department → ``{"note": …, "situational": …}`` beside ``cells`` (which stay department → letters)."""
    return {
        d: {"note": note, "situational": situational}
        for d, (note, situational) in zip(ids, flags, strict=True)
        if note is not None or situational
    }
