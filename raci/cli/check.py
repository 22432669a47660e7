"""``raci validate``, ``rules``, ``explain``, ``schema``: the click layer of :mod:`raci.commands.check`."""

from __future__ import annotations

import click

from raci.cli.options import codes, color_option, lang_option, output_option
from raci.findings import SEVERITIES
from raci.reporters import REPORTERS


@click.command()
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
@lang_option("Message language")
@click.option(
    "--select",
    multiple=True,
    callback=codes,
    metavar="CODES",
    help="Run only these rules (codes or prefixes, comma-separated).",
)
@click.option("--ignore", multiple=True, callback=codes, metavar="CODES", help="Skip these rules (codes or prefixes).")
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
@color_option()
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
    *.raci.yml below it is checked, in sorted order. A spreadsheet or wiki table
    (.csv, .xlsx, .md) is imported in memory and checked where it lives: findings
    point at its cells (table.xlsx:RACI!D7, table.csv:7:12).

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
    from raci.commands import check
    from raci.lint import UnknownRuleError

    try:
        return check.validate(
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


@click.command(name="rules")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["text", "md"]),
    default="text",
    show_default=True,
    help="text: one line a rule; md: the whole reference in Markdown.",
)
@lang_option("Language of the summaries", from_spec=False)
def rules(fmt: str, lang: str | None) -> int:
    """List every rule: code, name, default severity, summary.

    '--format md' prints the full reference (docs/rules.md).
    """
    from raci.commands import check

    return check.rules(fmt, lang)


@click.command()
@click.argument("code")
@lang_option("Language of the summary", from_spec=False)
def explain(code: str, lang: str | None) -> int:
    """Explain a rule: what it checks, why, a failing and a passing example, its options.

    CODE is a rule code (R101) or name (no-accountable).
    """
    from raci.commands import check

    return check.explain(code, lang)


@click.command()
@output_option()
def schema(output: str | None) -> int:
    """Print the JSON Schema of the spec format.

    Point your editor at it for completion and checking as you type: put
    '# yaml-language-server: $schema=raci.schema.json' on the first line of a spec.
    """
    from raci.commands import check

    return check.schema(output)


COMMANDS = (validate, rules, explain, schema)
