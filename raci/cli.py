"""The command line: parses arguments and calls one function of :mod:`raci.commands`.

:func:`main` is the single error boundary: bad input exits 2 with a clear message,
findings at the fail level exit 1, Ctrl-C exits 130, and an unexpected error prints a
short bug report (the traceback only with ``RACI_DEBUG=1``), never a raw traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

import click

from raci import __version__
from raci.findings import SEVERITIES
from raci.reporters import REPORTERS

EXIT_INTERNAL = 3


def _codes(_ctx: click.Context, _param: click.Parameter, values: Sequence[str]) -> tuple[str, ...]:
    """Accept ``--select R101,R102`` as well as repeated options."""
    return tuple(code.strip().upper() for value in values for code in value.split(",") if code.strip())


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="raci")
def cli() -> None:
    """raci: design who does what in a Customer Success organisation.

    Describe the lifecycle phases, departments, RACI assignments, KPI tree and mission
    in one YAML spec (see docs/spec.md), then validate it and render it for meetings.
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(list(REPORTERS)),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--fail-on",
    type=click.Choice(list(reversed(SEVERITIES))),
    default=None,
    help="Exit 1 when a finding is at least this severe [default: the config's fail-on, else error].",
)
@click.option(
    "--lang", type=click.Choice(["ja", "en"]), help="Message language [default: the spec's org.locale, then $LANG]."
)
@click.option(
    "--select",
    multiple=True,
    callback=_codes,
    metavar="CODES",
    help="Run only these rules (codes or prefixes, comma-separated).",
)
@click.option("--ignore", multiple=True, callback=_codes, metavar="CODES", help="Skip these rules (codes or prefixes).")
@click.option(
    "--config",
    type=click.Path(exists=True, dir_okay=False),
    help="Use this raci.toml / pyproject.toml [default: found from each spec's folder upward].",
)
@click.option("--no-config", is_flag=True, help="Ignore configuration files.")
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Hide the findings recorded in FILE; report only new ones.",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False, writable=True),
    metavar="FILE",
    help="Record today's findings in FILE and exit 0 (2 if a file cannot be used as a spec).",
)
@click.option(
    "--color/--no-color",
    default=None,
    help="Colour the text output [default: when a terminal and NO_COLOR is unset].",
)
def validate(
    paths: tuple[str, ...],
    fmt: str,
    fail_on: str | None,
    lang: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    config: str | None,
    no_config: bool,
    baseline: str | None,
    write_baseline: str | None,
    color: bool | None,
) -> int:
    """Check org specs and report problems with file:line:col.

    PATH is a spec file, '-' for standard input, or a folder: every *.raci.yaml and
    *.raci.yml below it is checked, in sorted order.

    \b
    Exit codes:
      0  no finding at the --fail-on level
      1  findings at that level
      2  a file cannot be used as a spec (unreadable, not YAML, or not the spec
         format: unknown keys, wrong types, dangling ids...), a configuration
         or baseline file is wrong, or the command line is wrong
      3  an internal error of raci (a bug: please report it)

    'raci rules' lists the rules; 'raci explain CODE' documents one. Silence a
    single finding with a '# raci: ignore[CODE] reason' comment on its line.
    """
    from raci import commands
    from raci.lint import UnknownRuleError

    try:
        return commands.validate(
            paths,
            fmt=fmt,
            fail_on=fail_on,
            lang=lang,
            select=select,
            ignore=ignore,
            color=color,
            config=config,
            use_config=not no_config,
            baseline=baseline,
            write_baseline=write_baseline,
        )
    except UnknownRuleError as error:
        from raci.i18n import detect_lang, t

        message = t("cli.select_unknown", detect_lang(lang), {"code": str(error)})
        raise click.BadParameter(message, param_hint="--select/--ignore") from None


@cli.command(name="rules")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["text", "md"]),
    default="text",
    show_default=True,
    help="text: one line a rule; md: the whole reference in Markdown.",
)
@click.option("--lang", type=click.Choice(["ja", "en"]), help="Language of the summaries [default: $LANG].")
def rules_command(fmt: str, lang: str | None) -> int:
    """List every rule: code, name, default severity, summary.

    '--format md' prints the full reference (docs/rules.md).
    """
    from raci import commands

    return commands.rules(fmt, lang)


@cli.command()
@click.argument("code")
@click.option("--lang", type=click.Choice(["ja", "en"]), help="Language of the summary [default: $LANG].")
def explain(code: str, lang: str | None) -> int:
    """Explain a rule: what it checks, why, a failing and a passing example, its options.

    CODE is a rule code (R101) or name (no-accountable).
    """
    from raci import commands

    return commands.explain(code, lang)


@cli.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write to this file instead of standard output.",
)
def schema(output: str | None) -> int:
    """Print the JSON Schema of the spec format.

    Point your editor at it for completion and checking as you type: put
    '# yaml-language-server: $schema=raci.schema.json' on the first line of a spec.
    """
    from raci import commands

    return commands.schema(output)


@cli.command()
@click.argument("name", required=False)
def examples(name: str | None) -> int:
    """List the bundled example specs, or print the one called NAME.

    Start a spec of your own from one: 'raci examples startup-allrounder > org.raci.yaml'.
    """
    from raci import commands

    return commands.examples(name)


@cli.group()
def render() -> None:
    """Render a spec for meetings: matrix, KPI tree, lifecycle map, mission, charter, graph.

    Writes to -o FILE when given, else to standard output (binary formats need -o).
    Text follows --lang, else the spec's org.locale. Same spec, same bytes.
    """


def _if(condition: bool, decorator: Any) -> Any:
    """``decorator`` when ``condition``, else leave the command as it is."""
    return decorator if condition else (lambda function: function)


def _add_view(name: str) -> None:
    from raci.render import RENDERERS

    view = RENDERERS[name]

    @render.command(name=name, help=view.summary)
    @click.argument("spec", metavar="SPEC")
    @click.option("-f", "--format", "fmt", type=click.Choice(view.formats), default=view.formats[0], show_default=True)
    @click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to FILE.")
    @click.option("--lang", type=click.Choice(["ja", "en"]), help="Language [default: the spec's org.locale].")
    @_if(
        view.templates,
        click.option(
            "--templates",
            type=click.Path(exists=True, file_okay=False),
            help="Folder of templates that override the shipped ones (same names).",
        ),
    )
    @_if(
        view.department,
        click.option(
            "--department",
            required=view.needs_department,
            metavar="ID",
            help="The department (id) to render." if view.needs_department else "Only this department (id).",
        ),
    )
    @_if(view.graphviz, click.option("--font", help="Font for images (Graphviz) [default: a CJK-capable font]."))
    def command(
        spec: str,
        fmt: str,
        output: str | None,
        lang: str | None,
        templates: str | None = None,
        department: str | None = None,
        font: str | None = None,
    ) -> int:
        from raci import commands

        return commands.render(
            name, spec, fmt=fmt, output=output, lang=lang, templates=templates, department=department, font=font
        )


def _add_views() -> None:
    from raci.render import RENDERERS

    for name in RENDERERS:
        if name != "report":  # `raci report`, its own command
            _add_view(name)


_add_views()


def _headcounts(_ctx: click.Context, _param: click.Parameter, values: Sequence[str]) -> dict[str, int]:
    """``--headcount cs=4`` (repeatable, or comma-separated) as a dict."""
    counts: dict[str, int] = {}
    for value in values:
        for item in filter(None, (part.strip() for part in value.split(","))):
            key, sep, number = item.partition("=")
            key, number = key.strip(), number.strip()
            if not sep or not key or not (number.isascii() and number.isdigit()) or len(number) > 9:
                from raci.i18n import detect_lang, t
                from raci.starter.write import MAX_HEADCOUNT

                if sep and key and number.isascii() and number.isdigit():  # thousands of digits: int() fails
                    args = {"id": key, "value": number, "max": f"{MAX_HEADCOUNT:,}"}
                    raise click.BadParameter(t("starter.cli.huge_headcount", detect_lang(), args))
                raise click.BadParameter(t("starter.cli.bad_headcount", detect_lang(), {"value": item}))
            counts[key] = int(number)
    return counts


@cli.command()
@click.option(
    "-m",
    "--model",
    metavar="MODEL",
    help="The org model: all-rounder, sales-cs, high-touch, functional or segment ('--list' describes them).",
)
@click.option("--lang", type=click.Choice(["ja", "en"]), help="Language of the spec [default: $LANG].")
@click.option("--company", metavar="NAME", help="Company name (org.name).")
@click.option(
    "--headcount",
    "headcounts",
    multiple=True,
    callback=_headcounts,
    metavar="DEPT=N",
    help="Headcount of a department by id, e.g. --headcount sales=6 (repeatable). The ids differ per model: "
    "'raci init --list' shows them.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write to this file (atomically) instead of standard output ('-': standard output).",
)
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@click.option("--no-input", is_flag=True, help="Ask nothing (the default when standard input is not a terminal).")
@click.option(
    "--list",
    "list_models",
    is_flag=True,
    help="Describe the five org models, when each fits, and their department ids.",
)
def init(
    model: str | None,
    lang: str | None,
    company: str | None,
    headcounts: dict[str, int],
    output: str | None,
    force: bool,
    no_input: bool,
    list_models: bool,
) -> int:
    """Write a starter spec for one of the five CS org models.

    The spec is complete and lint-clean except for the mission's placeholders, which
    'raci validate' reports until you fill them in. In a terminal, raci asks for the
    model, language, company name and headcounts, then for the file to write unless
    -o is given or standard output is redirected (Enter: org.raci.yaml; '-': standard
    output; an existing file only after you confirm). With --no-input (or when standard
    input is not a terminal) give at least --model; the spec goes to -o, else to
    standard output. -o never overwrites an existing file without --force.

    \b
    raci init --list
    raci init --model functional --lang ja --company "Acme" -o org.raci.yaml
    raci init --model segment --headcount cs_smb=4 --headcount sales=12 -o org.raci.yaml
    """
    from raci import commands

    if list_models:
        return commands.init_models(lang)
    problem = commands.init_problem(model, lang=lang, headcounts=headcounts, output=output, force=force)
    if problem is not None:
        return problem
    if no_input or not commands.stdin_is_terminal():
        return commands.init(model, lang=lang, company=company, headcounts=headcounts, output=output, force=force)
    from raci.starter import prompt

    prompt.intro(lang)
    if model is None:
        model = prompt.ask_model(lang)
        problem = commands.init_problem(model, lang=lang, headcounts=headcounts)
        if problem is not None:  # a --headcount the chosen model has no department for
            return problem
    lang, company, headcounts = prompt.ask_details(model, lang, company, headcounts)
    if output is None and prompt.stdout_is_terminal():  # not when the spec is piped or redirected
        output, force = prompt.ask_output(lang)
    return commands.init(model, lang=lang, company=company, headcounts=headcounts, output=output, force=force)


@cli.group(invoke_without_command=True)
@click.option("--lang", type=click.Choice(["ja", "en"]), help="Language [default: $LANG].")
@click.pass_context
def kpis(ctx: click.Context, lang: str | None) -> int:
    """List raci's KPI library: id, level, name, unit, direction.

    Use one in a spec by id: 'kpis: [{use: nrr, owner: cs, target: ">= 110"}]'.
    'raci kpis show ID' explains one.
    """
    if ctx.invoked_subcommand is not None:
        return 0
    from raci import commands

    return commands.kpis(None, lang)


@kpis.command(name="show")
@click.argument("kpi_id", metavar="ID")
@click.option("--lang", type=click.Choice(["ja", "en"]), help="Language [default: $LANG].")
@click.pass_context
def kpis_show(ctx: click.Context, kpi_id: str, lang: str | None) -> int:
    """Explain one library KPI: names, level, formula, direction, unit, description, benchmark."""
    from raci import commands

    parent = ctx.parent.params.get("lang") if ctx.parent is not None else None
    return commands.kpis(kpi_id, lang or parent)


@cli.command()
@click.argument("spec", metavar="SPEC")
@click.option(
    "-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True), help="The HTML file to write."
)
@click.option("--lang", type=click.Choice(["ja", "en"]), help="Language [default: the spec's org.locale].")
@click.option(
    "--templates",
    type=click.Path(exists=True, file_okay=False),
    help="Folder of templates that override the shipped ones (same names).",
)
@click.option("--font", help="Font for the diagrams (Graphviz) [default: a CJK-capable font].")
def report(spec: str, output: str, lang: str | None, templates: str | None, font: str | None) -> int:
    """Write one self-contained HTML page with everything: findings, mission, RACI matrix,
    lifecycle map, KPI tree, department charters.

    Diagrams are inline SVG when Graphviz is installed, readable tables otherwise. The
    file needs no network: attach it to the workshop invitation.
    """
    from raci import commands

    return commands.render("report", spec, fmt="html", output=output, lang=lang, templates=templates, font=font)


@cli.command(name="fmt")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--check", is_flag=True, help="Change nothing; exit 1 if a file would be reformatted (for CI).")
@click.option("--diff", is_flag=True, help="Change nothing; print what would change as a unified diff.")
@click.option("--lang", type=click.Choice(["ja", "en"]), help="Message language [default: $LANG].")
def fmt_command(paths: tuple[str, ...], check: bool, diff: bool, lang: str | None) -> int:
    """Format org specs in place: canonical layout, every comment kept.

    PATH is a spec file, a folder (every *.raci.yaml / *.raci.yml below it) or '-'
    (standard input to standard output). Indentation, quoting and cells (R/A becomes
    A/R) are made canonical; what the spec says never changes, and comments stay with
    the element they were written next to.

    \b
    Exit codes: 0 done (or nothing to change), 1 with --check or --diff when a file
    would change, 2 a file could not be read, parsed or written.
    """
    from raci import commands

    return commands.fmt(list(paths), check=check, diff=diff, lang=lang)


def help_language(argv: Sequence[str]) -> str:
    """The language of --help: ``--lang`` on the command line, else the environment."""
    from raci.i18n import detect_lang

    args = list(argv)
    for index, arg in enumerate(args):
        if arg == "--lang" and index + 1 < len(args):
            return detect_lang(args[index + 1])
        if arg.startswith("--lang="):
            return detect_lang(arg.split("=", 1)[1])
    return detect_lang()


def localise(group: click.Group, lang: str) -> None:
    """Put the Japanese help of raci/i18n/cli_help.py on every command and option."""
    if lang != "ja":
        return
    from raci.i18n.cli_help import JA

    def walk(command: click.Command, path: str) -> None:
        if path in JA:
            command.help = JA[path]
            command.short_help = None
        context = click.Context(command, help_option_names=["-h", "--help"])
        for param in command.get_params(context):
            if isinstance(param, click.Option):
                option = max(param.opts, key=len)
                text = JA.get(f"{path} {option}") or JA.get(f"* {option}")
                if text:
                    param.help = text
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                walk(sub, f"{path} {name}")

    walk(group, "raci")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and map every outcome to an exit code; see the module docstring."""
    if any(arg in ("--help", "-h") for arg in (argv if argv is not None else sys.argv[1:])):
        localise(cli, help_language(argv if argv is not None else sys.argv[1:]))
    for stream in (sys.stdout, sys.stderr):
        # Japanese messages on a console that cannot show them: escape, never crash.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    try:
        result = cli.main(args=list(argv) if argv is not None else None, prog_name="raci", standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("raci: " + _say("cli.interrupted"), err=True)
        return 130
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except BrokenPipeError:
        # The reader went away (`raci … | head`); nothing left to say.
        sys.stderr.close()
        return 1
    except Exception as error:  # the one place that turns a bug into a short report
        if os.environ.get("RACI_DEBUG"):
            raise
        click.echo("raci: " + _say("cli.internal_error", error=f"{type(error).__name__}: {error}"), err=True)
        return EXIT_INTERNAL
    return result if isinstance(result, int) else 0


def _say(key: str, **args: object) -> str:
    from raci.i18n import detect_lang, t

    return t(key, help_language(sys.argv[1:]) or detect_lang(), args)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())


@cli.command()
@click.argument("spec", metavar="SPEC")
@click.option("--set", "sets", multiple=True, metavar="ACTIVITY.DEPT=CELL", help="Set a RACI cell: kickoff.cs=A/R.")
@click.option("--unset", "unsets", multiple=True, metavar="ACTIVITY.DEPT", help="Remove a RACI cell: kickoff.sales.")
@click.option(
    "--add-activity", "adds", multiple=True, metavar="PHASE:ID=NAME", help="Add an activity at the end of a phase."
)
@click.option("--rename-activity", "renames", multiple=True, metavar="OLD=NEW", help="Change an activity's id.")
@click.option(
    "--move-activity", "moves", multiple=True, metavar="ID=PHASE[:POS]", help="Move an activity to a phase (position)."
)
@click.option("--remove-activity", "removes", multiple=True, metavar="ID", help="Remove an activity.")
@click.option("--dry-run", is_flag=True, help="Print the changes as a unified diff; write nothing.")
@click.option("--lang", type=click.Choice(["ja", "en"]), help="Message language [default: the spec's org.locale].")
def edit(spec: str, dry_run: bool, lang: str | None, **options: tuple[str, ...]) -> int:
    """Change a spec in place, keeping its comments and layout: only the edited text differs.

    \b
    Example:
      raci edit org.raci.yaml --set kickoff.cs=A/R --unset kickoff.sales
      raci edit org.raci.yaml --add-activity onboarding:welcome="Welcome mail" --set welcome.cs=A/R

    Options repeat and apply in this order: added activities, --set, --unset, moves,
    renames, removals; a renamed activity's cells may use either id. The result is
    loaded again (an edit that would break the spec is refused: exit 2, nothing
    written) and the findings it adds are shown. The file is not written if it
    changed on disk meanwhile.
    """
    from raci import commands

    return commands.edit(spec, dry_run=dry_run, lang=lang, **options)
