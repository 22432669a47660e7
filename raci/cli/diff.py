"""``raci diff``: the click layer of :mod:`raci.commands.diff`."""

from __future__ import annotations

import click

from raci.cli.options import lang_option, output_option

FORMATS = ("text", "md", "json", "github")
FAIL_LEVELS = ("breaking", "notable", "any")


@click.command(name="diff")
@click.argument("args", nargs=-1, metavar="[OLD NEW | [REV[..REV]] [PATH...]]")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Output format: text (terminal), md (pull-request comment), json, github (annotations).",
)
@lang_option("Message language")
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_LEVELS),
    default=None,
    help="Exit 1 when a change of this class or graver exists: breaking, notable (and breaking), any.",
)
@output_option()
@click.option(
    "--no-findings", is_flag=True, help="Do not validate both sides (no findings introduced or fixed; faster)."
)
@click.option(
    "--color/--no-color", default=None, help="Colour the text output [default: when a terminal and NO_COLOR is unset]."
)
def diff(
    args: tuple[str, ...],
    fmt: str,
    lang: str | None,
    fail_on: str | None,
    output: str | None,
    no_findings: bool,
    color: bool | None,
) -> int:
    """Show what a change to the org spec means for each department.

    Compare two spec files (raci diff OLD NEW), or in a git repository the specs at
    a revision with the working tree or another revision (raci diff [REV[..REV]]
    [PATH...]; A...B compares B with the merge base of A and B). Without REV: the
    merge base with the default branch (origin/HEAD, else main, master,
    origin/main, origin/master) against the working tree. Elements are matched by id, so a reformatted or
    reordered spec has no changes.

    \b
    Exit codes:
      0  no change at the --fail-on class (always 0 without --fail-on)
      1  a change at that class or graver
      2  a spec cannot be read, git cannot give the old side (a shallow
         clone: fetch the history), or the command line is wrong
      3  an internal error of raci (a bug: please report it)
    """
    from raci.commands import diff as command

    return command.diff(args, fmt=fmt, lang=lang, fail_on=fail_on, output=output, color=color, findings=not no_findings)


COMMANDS = (diff,)
