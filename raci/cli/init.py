"""``raci init``, ``kpis``, ``examples``: the click layer of :mod:`raci.commands.init`.

``init`` is the one command that asks questions (in a terminal); the questions
themselves live in :mod:`raci.starter.prompt`.
"""

from __future__ import annotations

from collections.abc import Sequence

import click

from raci.cli.options import lang_option


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


@click.command()
@click.option(
    "-m",
    "--model",
    metavar="MODEL",
    help="The org model: all-rounder, sales-cs, high-touch, functional or segment ('--list' describes them).",
)
@lang_option("Language of the spec", from_spec=False)
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
    raci init --model segment --headcount cs_smb=4 --headcount sales=12 \\
      -o org.raci.yaml
    """
    from raci.commands import init as starter

    if list_models:
        return starter.init_models(lang)
    problem = starter.init_problem(model, lang=lang, headcounts=headcounts, output=output, force=force)
    if problem is not None:
        return problem
    if no_input or not starter.stdin_is_terminal():
        return starter.init(model, lang=lang, company=company, headcounts=headcounts, output=output, force=force)
    from raci.starter import prompt

    prompt.intro(lang)
    if model is None:
        model = prompt.ask_model(lang)
        problem = starter.init_problem(model, lang=lang, headcounts=headcounts)
        if problem is not None:  # a --headcount the chosen model has no department for
            return problem
    lang, company, headcounts = prompt.ask_details(model, lang, company, headcounts)
    if output is None and prompt.stdout_is_terminal():  # not when the spec is piped or redirected
        output, force = prompt.ask_output(lang)
    return starter.init(model, lang=lang, company=company, headcounts=headcounts, output=output, force=force)


@click.group(invoke_without_command=True)
@lang_option(from_spec=False)
@click.pass_context
def kpis(ctx: click.Context, lang: str | None) -> int:
    """List raci's KPI library: id, level, name, unit, direction.

    Use one in a spec by id: 'kpis: [{use: nrr, owner: cs, target: ">= 110"}]'.
    'raci kpis show ID' explains one.
    """
    if ctx.invoked_subcommand is not None:
        return 0
    from raci.commands import init as library

    return library.kpis(None, lang)


@kpis.command(name="show")
@click.argument("kpi_id", metavar="ID")
@lang_option(from_spec=False)
@click.pass_context
def kpis_show(ctx: click.Context, kpi_id: str, lang: str | None) -> int:
    """Explain one library KPI: names, level, formula, direction, unit, description, benchmark."""
    from raci.commands import init as library

    parent = ctx.parent.params.get("lang") if ctx.parent is not None else None
    return library.kpis(kpi_id, lang or parent)


@click.command()
@click.argument("name", required=False)
def examples(name: str | None) -> int:
    """List the bundled example specs, or print the one called NAME.

    Start a spec of your own from one: 'raci examples startup-allrounder > org.raci.yaml'.
    """
    from raci.commands import init as library

    return library.examples(name)


COMMANDS = (init, kpis, examples)
