"""``raci validate``, ``rules``, ``explain`` and ``schema``: checking specs and documenting the checks."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TextIO

from raci import reporters
from raci.commands.common import fail, no_specs_in_a_folder, terminal_width, wants_color, write_output
from raci.i18n import detect_lang, t
from raci.lint import check_paths


def validate(
    paths: Sequence[str],
    *,
    fmt: str = "text",
    fail_on: str | None = None,
    lang: str | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    color: bool | None = None,
    config: str | None = None,
    use_config: bool = True,
    baseline: str | None = None,
    write_baseline: str | None = None,
    out: TextIO | None = None,
) -> int:
    """Validate spec files and folders, print the report, return the exit code (0, 1 or 2).

    ``fail_on`` defaults to the configuration's ``fail-on``, else ``error``. With
    ``write_baseline`` the findings are recorded instead of failing the run.
    """
    from raci.findings import Report

    out = out or sys.stdout
    empty = no_specs_in_a_folder(paths, lang)
    if empty is not None:
        return empty
    tables = _tables(paths)
    specs = [p for p in paths if p not in tables]
    report = Report()
    # T codes are the table reader's findings, not rules: selected or ignored after the run.
    rule_select = [c for c in select if not c.startswith("T")]
    rule_ignore = [c for c in ignore if not c.startswith("T")]
    if specs:
        report = check_paths(specs, select=rule_select, ignore=rule_ignore, config_path=config, use_config=use_config)
    if tables:  # a spreadsheet or wiki table, checked where it lives
        from raci.commands.tables import check_tables

        check_tables(
            tables, report, select=rule_select, ignore=rule_ignore, config=config, use_config=use_config, lang=lang
        )
        report.sort()
    if len(rule_select) < len(select) or len(rule_ignore) < len(ignore):
        report.findings = [f for f in report.findings if _wanted(f.code, select, ignore)]
    chosen = detect_lang(lang, report.locale())
    if write_baseline or baseline:  # only then: the module and json cost a plain run ~5 ms
        from raci import baseline as baselines
    if write_baseline:
        from raci.output import OutputError

        try:
            count = baselines.write(report, write_baseline, inputs=[*paths, *report.files])
        except OutputError as error:
            return fail(error.message(chosen))
        sys.stderr.write("raci: " + t("cli.baseline_written", chosen, {"count": count, "path": write_baseline}) + "\n")
        return 2 if report.unreadable else 0
    if baseline:
        try:
            hidden = baselines.apply(report, baseline)
        except baselines.BaselineError as error:
            return fail(t(error.key, chosen, {"path": baseline, "reason": error.reason}))
        if hidden:
            sys.stderr.write("raci: " + t("cli.baseline_hidden", chosen, {"count": hidden, "path": baseline}) + "\n")
    level = fail_on or report.fail_on or "error"
    options = reporters.Options(
        lang=chosen, color=fmt == "text" and wants_color(out, color), fail_on=level, width=terminal_width(out)
    )
    reporters.get(fmt)(report, out, options)
    return report.exit_code(level)


def _wanted(code: str, select: Sequence[str], ignore: Sequence[str]) -> bool:
    """Whether ``--select`` / ``--ignore`` keep a finding (structural S codes are always kept)."""
    if code.startswith("S"):
        return True
    if select and not any(code.startswith(s) for s in select):
        return False
    return not any(code.startswith(i) for i in ignore)


def _tables(paths: Sequence[str]) -> list[str]:
    """The table files among ``paths`` (.csv, .xlsx, .md…); raci.tables is imported only when one may be."""
    maybe = [p for p in paths if p != "-" and not p.endswith((".yaml", ".yml")) and os.path.isfile(p)]
    if not maybe:
        return []
    from raci.tables.read import is_table

    return [p for p in maybe if is_table(p)]


def rules(fmt: str = "text", lang: str | None = None, out: TextIO | None = None) -> int:
    """List every rule: code, name, default severity, summary (or the Markdown reference)."""
    from raci.rules import docs

    out = out or sys.stdout
    chosen = detect_lang(lang)
    out.write(docs.markdown() if fmt == "md" else docs.listing(chosen))
    return 0


def explain(code: str, lang: str | None = None, out: TextIO | None = None) -> int:
    """Print the documentation of one rule, by code or name."""
    from raci.rules import all_rules, by_name_or_code, docs
    from raci.text import suggest

    found = by_name_or_code(code)
    if found is None:
        rules_ = all_rules()
        hint = suggest(code.upper(), list(rules_)) or suggest(code, [r.name for r in rules_.values()])
        return fail(t("cli.unknown_rule", detect_lang(lang), {"code": code, "suggestion": hint}))
    (out or sys.stdout).write(docs.explain(found, detect_lang(lang)))
    return 0


def schema(output: str | None = None, out: TextIO | None = None) -> int:
    """Print (or write to ``output``) the JSON Schema of the spec format."""
    from raci.spec.schema import dumps

    if output and output != "-":
        return write_output(output, dumps().encode("utf-8"), detect_lang())
    (out or sys.stdout).write(dumps())
    return 0
