"""``raci import`` and ``raci validate TABLE``: the plain functions behind :mod:`raci.cli.tables`.

Reading (CSV, XLSX, Markdown → grids → matrices) is :mod:`raci.tables`' readers and
layout step; building the spec, :mod:`raci.tables.build`. This module chooses, asks
(through the ``ask`` callback the command line gives it: no prompt library here),
writes and summarises.
"""

from __future__ import annotations

import datetime
import os
import sys
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TextIO

from raci.commands.common import fail, write_output
from raci.findings import Report
from raci.i18n import detect_lang, t
from raci.spec.vocabulary import DEFAULT, Vocabulary
from raci.tables.grid import Matrix

ASKED_MARKS = ("◎", "●")
"""The marks whose meaning differs between teams (A/R or only R): asked in a terminal."""

Ask = Callable[[str, Mapping[str, object], str], str]
"""``ask(message_key, args, default) -> answer``: a question to the user, from the CLI layer."""


@dataclass(frozen=True)
class ImportOptions:
    """What the command line may say about a table; ``None`` lets raci guess."""

    sheet: str | None = None
    lang: str | None = None
    activity_column: int | str | None = None
    transposed: bool | None = None
    dri: str = "AR"
    marks: Mapping[str, str] = field(default_factory=dict)
    today: str | None = None


class NotATable(Exception):
    """The file cannot be read as a table at all (exit 2): ``message`` says why, in ``lang``."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def vocabulary_for(options: ImportOptions) -> Vocabulary:
    return DEFAULT.with_meanings({"DRI": options.dri, **options.marks})


def read_matrix(path: str, options: ImportOptions, lang: str) -> Matrix:
    """The file's tables as one matrix; :class:`NotATable` when there is none to read."""
    from raci.i18n import has
    from raci.tables import TableError, read_table
    from raci.tables.layout import layout
    from raci.tables.merge import merge

    try:
        grids = read_table(path, sheet=options.sheet)
        matrices = [
            (layout(grid, activity_column=options.activity_column, transposed=options.transposed), grid.title)
            for grid in grids
        ]
    except TableError as error:
        reason = t(error.key, lang, error.values)
        hint = (
            f"\n    {t('hint_prefix', lang)}: {t(error.key + '.hint', lang, error.values)}"
            if has(error.key + ".hint")
            else ""
        )
        raise NotATable(t("import.not_a_table", lang, {"path": str(error.where), "reason": reason}) + hint) from None
    kept = [(m, title) for m, title in matrices if m.roles and any(s.rows for s in m.sections)]
    if not kept:
        raise NotATable(t("import.not_a_table", lang, {"path": path, "reason": t("import.no_table", lang)}))
    merged = merge(kept)
    left = tuple(n for m, _title in matrices if m.notices and not any(m is k for k, _ in kept) for n in m.notices)
    return replace(merged, notices=merged.notices + left) if left else merged  # "no letters in this table" too


def import_table(
    path: str,
    *,
    output: str | None = None,
    force: bool = False,
    options: ImportOptions = ImportOptions(),
    ask: Ask | None = None,
    out: TextIO | None = None,
) -> int:
    """Import ``path`` into a spec on standard output or ``output``; the summary on standard error."""
    from raci.tables.build import build
    from raci.tables.emit import spec_text

    lang = detect_lang(options.lang)  # messages: --lang, else $LANG; the spec: --lang, else the table's script
    if output not in (None, "-") and not force and os.path.lexists(output):
        return fail(t("import.exists", lang, {"path": output}))
    try:
        matrix = read_matrix(path, options, lang)
        guessed = _guessed_column(matrix) if options.activity_column is None else None
        choices = []
        if guessed is not None and ask is not None:
            answer = ask("import.prompt.activity_column", {}, guessed).strip()
            if answer and answer != guessed:
                options = replace(options, activity_column=int(answer) if answer.isdigit() else answer)
                matrix = read_matrix(path, options, lang)
        elif guessed is not None:
            choices.append(t("import.choice.activity_column", lang, {"column": guessed}))
    except NotATable as error:
        return fail(error.message)
    options, marks = _settle(matrix, options, ask, lang)
    choices += marks
    built = build(matrix, vocabulary=vocabulary_for(options), lang=options.lang, title=_title(matrix))
    today = options.today or _today()
    text = spec_text(built, matrix.source, today)
    if output in (None, "-"):
        (out or sys.stdout).write(text)
    else:
        code = write_output(output, text.encode("utf-8"), lang, inputs=[path])
        if code:
            return code
    for line in summary(built, lang, choices, output):
        sys.stderr.write(f"raci: {line}\n")
    return 0


def _today() -> str:
    """Today's date for the header comment; ``SOURCE_DATE_EPOCH`` (reproducible builds) fixes it."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date().isoformat()
    return datetime.date.today().isoformat()


def _guessed_column(matrix: Matrix) -> str | None:
    """The header of the activity column when the layout step guessed it (no header word said so)."""
    for notice in matrix.notices:
        if notice.key == "tables.activity_column_guessed":
            return dict(notice.args).get("header") or None
    return None


def _settle(matrix: Matrix, options: ImportOptions, ask: Ask | None, lang: str) -> tuple[ImportOptions, list[str]]:
    """Ask what ◎ and ● mean (in a terminal), else take the defaults and list them for the summary."""
    marks = dict(options.marks)
    choices: list[str] = []
    used = {e.text.strip() for s in matrix.sections for r in s.rows for e in r.cells}
    for mark in ASKED_MARKS:
        if mark in used and mark not in marks:
            default = DEFAULT.meaning(mark) or ""
            if ask is not None:
                marks[mark] = ask("import.prompt.mark", {"mark": mark}, default)
            else:
                roles = "/".join(c for c in "ARCI" if c in default) or "-"
                choices.append(t("import.choice.mark", lang, {"mark": mark, "roles": roles}))
    return replace(options, marks=marks), choices


def _title(matrix: Matrix) -> str | None:
    return matrix.source.sheet


def summary(built: object, lang: str, choices: Sequence[str], output: str | None) -> list[str]:
    """The lines said at the end: counts, what was not understood and where, rows named twice,
    what the reader and the layout step noticed (one line each, with its place), defaults taken."""
    from raci.tables.build import Built
    from raci.tables.places import span_of

    assert isinstance(built, Built)
    c = built.counts
    lines = [
        t(
            "import.summary",
            lang,
            {
                "rows": c.rows,
                "roles": c.roles,
                "assignments": c.assignments,
                "situational": c.situational,
                "notes": c.notes,
            },
        ),
        t(
            "import.summary.cells",
            lang,
            {"cells": c.cells, "assignments": c.assignments, "no_role": c.no_role, "errors": len(c.not_understood)},
        ),
    ]
    if c.not_understood:
        places = ", ".join(str(span_of(w)) for w in c.not_understood)
        lines.append(t("import.summary.not_understood", lang, {"where": places}))
    for key, marked in (("import.summary.lookalikes", c.lookalikes), ("import.summary.repeated", c.repeated)):
        if marked:
            lines.append(t(key, lang, {"where": ", ".join(str(span_of(w)) for w in marked)}))
    if c.unnamed:
        lines.append(t("import.summary.unnamed", lang, {"where": ", ".join(str(span_of(w)) for w in c.unnamed)}))
    for name, ident, where in c.duplicates:
        lines.append(t("import.summary.duplicate", lang, {"name": name, "id": ident, "where": str(span_of(where))}))
    for finding in built.findings:  # what the reader and the layout step noticed: T004 in raci validate
        if finding.code == "T004":
            lines.append(t("import.summary.notice", lang, {"where": str(finding.span), "text": finding.message(lang)}))
    if choices:
        lines.append(t("import.defaults_taken", lang, {"choices": ", ".join(choices)}))
    if output not in (None, "-"):
        lines.append(t("import.summary.written", lang, {"path": output}))
    return lines


def check_tables(
    paths: Sequence[str],
    report: Report,
    *,
    select: Collection[str] = (),
    ignore: Collection[str] = (),
    config: str | None = None,
    use_config: bool = True,
    lang: str | None = None,
) -> None:
    """``raci validate table.csv``: each table imported in memory, its findings at its cells.

    The spec is built as ``raci import --lang`` builds it (``lang`` names the phase and the
    unnamed rows), but a table has no ``org.locale`` for the messages: they follow
    ``--lang``, a configuration's ``lang``, then ``$LANG``, whatever the table's script."""
    from raci.config import ConfigError
    from raci.findings import Finding, TableSpan, from_problems
    from raci.lint import NO_CONFIG, config_for_spec
    from raci.tables.build import build
    from raci.tables.emit import spec_text
    from raci.tables.inplace import check_table

    chosen = detect_lang(lang)
    for path in paths:
        report.files.append(path)
        try:
            settings = config_for_spec(path, config) if use_config else NO_CONFIG
        except ConfigError as error:
            report.unreadable.add(error.path)
            report.add(from_problems(error.problems))
            continue
        options = ImportOptions()
        try:
            matrix = read_matrix(path, options, chosen)
        except NotATable as error:
            report.unreadable.add(path)
            report.add(
                [Finding("S000", "error", "import.unreadable", TableSpan(path, 0, 0), {"reason": error.message})]
            )
            continue
        built = build(matrix, vocabulary=vocabulary_for(options), lang=lang, title=_title(matrix))
        text = spec_text(built, matrix.source, "")
        if settings.lang:
            report.locales.add(settings.lang)
        found, notes = check_table(built, text, matrix.source, select=select, ignore=ignore, config=settings)
        report.add(found)
        report.skipped.extend(notes)
