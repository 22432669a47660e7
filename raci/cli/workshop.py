"""``raci workshop prepare|collect|report``: the click layer of :mod:`raci.commands.workshop`.

The progress bar lives here (click draws it): ``collect`` asks for one through a callback
and gets it on a terminal when there are more than a handful of forms.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click

from raci.cli.options import lang_option

PROGRESS_FROM = 6
"""Forms from which ``collect`` shows a progress bar (fewer are read in a blink)."""


@click.group()
def workshop() -> None:
    """Run a RACI workshop: everyone fills in the matrix alone, raci measures where they
    disagree and drafts the consensus (docs/workshop.md).

    \b
    raci workshop prepare org.raci.yaml --participants people.csv -o forms/
    raci workshop collect forms/ -o day0/ --round day0
    raci workshop report day0/ day30/ -o workshop.html
    """


@workshop.command()
@click.argument("spec", metavar="SPEC")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(file_okay=False),
    metavar="DIR",
    help="Folder to write the forms into.",
)
@click.option(
    "--participants",
    type=click.Path(exists=True, dir_okay=False),
    metavar="FILE",
    help="One form per person: lines of 'name, department' (id or name).",
)
@click.option(
    "--departments", metavar="IDS", help="One form per department, for these ids (comma-separated) [default: all]."
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["xlsx", "csv"]),
    default="xlsx",
    show_default=True,
    help="Form format: a printable workbook, or CSV for Google Sheets and the like.",
)
@click.option(
    "--blind/--prefilled",
    default=True,
    help="Empty forms, so people answer what they believe (default), or today's spec filled in for review.",
)
@click.option(
    "--paper",
    type=click.Choice(["a4", "a3"]),
    default="a4",
    show_default=True,
    help="Paper the XLSX form prints on (landscape, one page wide).",
)
@click.option("--force", is_flag=True, help="Replace forms already in the folder (filled ones too).")
@lang_option("Language of the forms")
def prepare(
    spec: str,
    output: str,
    participants: str | None,
    departments: str | None,
    fmt: str,
    blind: bool,
    paper: str,
    force: bool,
    lang: str | None,
) -> int:
    """Write one form per participant (or per department) into DIR, with the workshop's
    manifest (workshop.json) and a copy of the spec, so that the forms can be collected."""
    from raci.commands import workshop as commands

    if participants and departments:
        from raci.i18n import detect_lang, t

        raise click.UsageError(t("workshop.prepare.both", detect_lang(lang)))
    return commands.prepare(
        spec,
        output,
        participants_file=participants,
        departments=departments,
        fmt=fmt,
        prefilled=not blind,
        lang=lang,
        paper=paper,
        force=force,
    )


@workshop.command()
@click.argument("folder", metavar="DIR", type=click.Path(exists=True, file_okay=False))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(file_okay=False),
    metavar="OUTDIR",
    help="Folder for results.json, consensus.raci.yaml and agenda.md.",
)
@click.option(
    "--round", "round_label", metavar="LABEL", help="Name of this round, e.g. day0, day30 [default: the OUTDIR's name]."
)
@click.option(
    "--workshop",
    "manifest",
    type=click.Path(exists=True, dir_okay=False),
    metavar="FILE",
    help="The workshop.json written by prepare [default: DIR/workshop.json].",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="What to print: a summary, or results.json.",
)
@lang_option()
def collect(folder: str, output: str, round_label: str | None, manifest: str | None, fmt: str, lang: str | None) -> int:
    """Read every filled form in DIR (XLSX or CSV) and write results.json (agreement,
    Krippendorff's alpha, contested cells, ranked conflicts), consensus.raci.yaml (the
    majority draft) and agenda.md (what to settle in the room) into OUTDIR.

    A form or cell that cannot be read is named by file and cell and left out; the rest
    is counted and the exit code is 2.
    """
    from raci.commands import workshop as commands

    return commands.collect(
        folder, output, round_label=round_label, manifest_path=manifest, fmt=fmt, lang=lang, progress=_progress
    )


@contextmanager
def _progress(total: int) -> Iterator[Callable[[int], None]]:
    """A progress bar on standard error when it is a terminal and there are several forms."""
    if total < PROGRESS_FROM or not sys.stderr.isatty():
        yield lambda _n: None
        return
    with click.progressbar(length=total, file=sys.stderr, show_pos=True) as bar:
        yield bar.update


@workshop.command()
@click.argument("folders", metavar="OUTDIR...", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "-o", "--output", required=True, type=click.Path(dir_okay=False), metavar="FILE", help="The HTML file to write."
)
@lang_option()
def report(folders: tuple[str, ...], output: str, lang: str | None) -> int:
    """Write one self-contained HTML page from the collected rounds (oldest first):
    heatmap of agreement, perception gaps, ranked conflicts, consensus findings, and how
    agreement moved across rounds."""
    from raci.commands import workshop as commands

    return commands.report(folders, output, lang=lang)


COMMANDS = (workshop,)
