"""``raci import``: the click layer of :mod:`raci.commands.tables` (and its questions)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from functools import partial

import click

from raci.cli.options import lang_option, output_option


def _marks(_ctx: click.Context, _param: click.Parameter, values: Sequence[str]) -> dict[str, str]:
    """``--mark ◎=AR --mark x=-`` → {"◎": "AR", "x": ""}."""
    from raci.i18n import detect_lang, t

    marks: dict[str, str] = {}
    for value in values:
        mark, _, roles = value.partition("=")
        letters = roles.replace("/", "").replace(",", "").replace("+", "").strip().upper()
        if not mark.strip() or not _ or (letters not in ("-", "") and set(letters) - set("RACI")):
            raise click.BadParameter(t("import.bad_mark", detect_lang(), {"value": value}))
        marks[mark.strip()] = "" if letters == "-" else letters
    return marks


def _column(_ctx: click.Context, _param: click.Parameter, value: str | None) -> int | str | None:
    """``--activity-column 2`` (1-based) or ``--activity-column Task`` (a header)."""
    if value is None:
        return None
    return int(value) if value.isdigit() else value


@click.command(name="import")
@click.argument("table", type=click.Path(exists=True, dir_okay=False))
@output_option("Write the spec to FILE instead of standard output (never over a file without --force).")
@click.option("--sheet", metavar="NAME", help="The XLSX sheet to read [default: the one that looks like a matrix].")
@click.option("--no-input", is_flag=True, help="Ask nothing; take the defaults and say so in the summary.")
@click.option("--force", is_flag=True, help="Replace the -o FILE if it exists.")
@lang_option(
    "Language of the messages and the summary; also the spec's org.locale, comments and made-up names",
    default="messages $LANG, the spec the script of the table's names",
)
@click.option(
    "--activity-column", callback=_column, metavar="N|NAME", help="The column of activity names (number or header)."
)
@click.option(
    "--transposed/--not-transposed", default=None, help="Activities are columns, roles rows [default: guess]."
)
@click.option(
    "--dri", type=click.Choice(["AR", "A", "R"]), default="AR", show_default=True, help="What DRI means in a cell."
)
@click.option(
    "--mark",
    "marks",
    multiple=True,
    callback=_marks,
    metavar="MARK=ROLES",
    help="What a mark means: --mark ◎=AR --mark ○=R --mark x=- (no role).",
)
def import_(
    table: str,
    output: str | None,
    sheet: str | None,
    no_input: bool,
    force: bool,
    lang: str | None,
    activity_column: int | str | None,
    transposed: bool | None,
    dri: str,
    marks: dict[str, str],
) -> int:
    """Turn a RACI spreadsheet (CSV, XLSX) or wiki table (Markdown) into a spec.

    Every non-empty cell is accounted for: it becomes an assignment, a "no role"
    (-, n/a, ×), or an error at its cell, kept in the spec as a comment. Department
    kinds are guessed from the role names and marked for review. In a terminal raci
    asks what is uncertain (what ◎ means); with --no-input, outside a terminal or in
    CI it takes the defaults and says so. The cell vocabulary: docs/import.md.

    \b
    Exit codes: 0 imported (the summary lists cells not understood), 2 the file
    cannot be read as a table, or -o exists without --force.
    """
    from raci.commands import tables

    options = tables.ImportOptions(
        sheet=sheet, lang=lang, activity_column=activity_column, transposed=transposed, dri=dri, marks=marks
    )
    interactive = not no_input and sys.stdin.isatty() and not os.environ.get("CI")
    ask = partial(_ask, lang) if interactive else None
    return tables.import_table(table, output=output, force=force, options=options, ask=ask)


def _ask(lang: str | None, key: str, args: Mapping[str, object], default: str) -> str:
    """One question on the terminal (in the language of --lang, else $LANG); what a mark means
    is asked until it is role letters (``-``: none)."""
    from raci.i18n import detect_lang, t

    said = detect_lang(lang)
    if key != "import.prompt.mark":
        text: str = click.prompt(t(key, said, dict(args)), default=default, err=True)
        return text
    while True:
        answer: str = click.prompt(t(key, said, dict(args)), default=default or "-", err=True)
        letters = answer.replace("/", "").replace(",", "").strip().upper()
        if letters in ("-", ""):
            return ""
        if not set(letters) - set("RACI"):
            return letters


COMMANDS = (import_,)
