"""``raci fmt`` and ``raci edit``: the click layer of :mod:`raci.commands.write`."""

from __future__ import annotations

import click

from raci.cli.options import lang_option


@click.command(name="fmt")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--check", is_flag=True, help="Change nothing; exit 1 if a file would be reformatted (for CI).")
@click.option("--diff", is_flag=True, help="Change nothing; print what would change as a unified diff.")
@lang_option("Message language", from_spec=False)
def fmt(paths: tuple[str, ...], check: bool, diff: bool, lang: str | None) -> int:
    """Format org specs in place: canonical layout, every comment kept.

    PATH is a spec file, a folder (every *.raci.yaml / *.raci.yml below it) or '-'
    (standard input to standard output). Indentation, quoting and cells (R/A becomes
    A/R) are made canonical; what the spec says never changes, and comments stay with
    the element they were written next to.

    \b
    Exit codes: 0 done (or nothing to change), 1 with --check or --diff when a
    file would change, 2 a file could not be read, parsed or written.
    """
    from raci.commands import write

    return write.fmt(paths, check=check, diff=diff, lang=lang)


@click.command()
@click.argument("spec", metavar="SPEC")
@click.option(
    "--set",
    "sets",
    multiple=True,
    metavar="ACTIVITY.DEPARTMENT=CELL",
    help="Set a RACI cell: kickoff.cs=A/R (a note on the cell stays).",
)
@click.option(
    "--unset", "unsets", multiple=True, metavar="ACTIVITY.DEPARTMENT", help="Remove a RACI cell: kickoff.sales."
)
@click.option(
    "--add-activity", "adds", multiple=True, metavar="PHASE:ID=NAME", help="Add an activity at the end of a phase."
)
@click.option(
    "--rename-activity",
    "renames",
    multiple=True,
    metavar="OLD=NEW",
    help="Change an activity's id (scope.out references follow).",
)
@click.option(
    "--move-activity",
    "moves",
    multiple=True,
    metavar="ID=PHASE[:POSITION]",
    help="Move an activity to a phase, at POSITION (0 = first; default: last).",
)
@click.option("--remove-activity", "removes", multiple=True, metavar="ID", help="Remove an activity.")
@click.option("--dry-run", is_flag=True, help="Print the changes as a unified diff; write nothing.")
@lang_option("Message language")
def edit(
    spec: str,
    dry_run: bool,
    lang: str | None,
    sets: tuple[str, ...],
    unsets: tuple[str, ...],
    adds: tuple[str, ...],
    renames: tuple[str, ...],
    moves: tuple[str, ...],
    removes: tuple[str, ...],
) -> int:
    """Change a spec in place, keeping its comments and layout: only the edited text differs.

    \b
    Example:
      raci edit org.raci.yaml --set kickoff.cs=A/R --unset kickoff.sales
      raci edit org.raci.yaml --add-activity onboarding:welcome="Welcome mail" \\
        --set welcome.cs=A/R

    Options repeat and apply in this order: added activities, --set, --unset, moves,
    renames, removals; a renamed activity's cells may use either id. The result is
    loaded again (an edit that would break the spec is refused: exit 2, nothing
    written) and the findings it adds are shown. The file is not written if it
    changed on disk meanwhile.
    """
    from raci.commands import write

    return write.edit(
        spec,
        sets=sets,
        unsets=unsets,
        adds=adds,
        renames=renames,
        moves=moves,
        removes=removes,
        dry_run=dry_run,
        lang=lang,
    )


COMMANDS = (fmt, edit)
