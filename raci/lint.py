"""Run the rules over specs and collect a :class:`~raci.findings.Report`.

The library entry points: :func:`validate` for a loaded spec, :func:`check_paths`
for files and folders. Neither prints anything; reporters do that. Configuration,
inline suppressions and severities are applied here, so rules only say what they see.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable

from raci.config import Config, ConfigError, discover
from raci.config import load as load_config
from raci.findings import Finding, Report, from_problems
from raci.graph import OrgGraph
from raci.rules import Context, Rule, all_rules
from raci.rules.inputs import INPUTS, Skipped, absent
from raci.spec.load import discover as discover_specs
from raci.spec.load import load
from raci.spec.model import Spec
from raci.spec.problems import SpecError

NO_CONFIG = Config()
STDIN_NAME = "<stdin>"


class UnknownRuleError(ValueError):
    """``--select`` / ``--ignore`` named a code that no rule has."""


def selected_rules(
    select: Collection[str] = (), ignore: Collection[str] = (), config: Config = NO_CONFIG
) -> list[Rule]:
    """The rules to run: ``select`` (else the config's, else all) minus ``ignore`` and the config's."""
    rules = all_rules()
    for code in (*select, *ignore):
        if not any(c.startswith(code) for c in rules):
            raise UnknownRuleError(code)
    chosen_select = tuple(select) or config.select
    dropped = (*ignore, *config.ignore, *config.disabled())
    chosen = [r for c, r in rules.items() if not chosen_select or any(c.startswith(s) for s in chosen_select)]
    return [r for r in chosen if not any(r.code.startswith(i) for i in dropped)]


def validate(
    spec: Spec,
    *,
    select: Collection[str] = (),
    ignore: Collection[str] = (),
    config: Config = NO_CONFIG,
    graph: OrgGraph | None = None,
    plain_table: bool = False,
) -> list[Finding]:
    """Run the selected rules on ``spec``, apply its suppressions; findings sorted by place.

    ``graph`` is ``spec``'s graph when the caller has built it already (a render needs it
    too: building it once is half the work on a large spec). ``plain_table``: ``spec`` was
    read from a spreadsheet or wiki table, which has no place for a mission or a scope, so
    the rules that report such a section missing (M501, P304) are skipped as well."""
    graph = OrgGraph(spec) if graph is None else graph
    missing = absent(spec)
    rules = [
        r
        for r in selected_rules(select, ignore, config)
        if missing.isdisjoint(r.needs) and not (plain_table and r.reports_missing in missing)
    ]
    findings: list[Finding] = []
    for rule in (r for r in rules if not r.after_others):
        findings.extend(_run(rule, Context(spec, graph, config.options(rule)), config))
    kept = [f for f in findings if not _suppressed(f, spec)]
    ran = frozenset(r.code for r in rules)
    for rule in (r for r in rules if r.after_others):
        kept.extend(_run(rule, Context(spec, graph, config.options(rule), tuple(findings), ran), config))
    kept.sort(key=Finding.sort_key)
    return kept


def skipped(
    spec: Spec,
    *,
    select: Collection[str] = (),
    ignore: Collection[str] = (),
    config: Config = NO_CONFIG,
    plain_table: bool = False,
) -> list[Skipped]:
    """What :func:`validate` leaves out on ``spec`` for lack of input, one note per missing input.

    A missing input whose absence a selected rule reports itself (M501 for the mission)
    gets no note: the finding says it already — except on a ``plain_table``, where that
    rule is skipped too.
    """
    rules = selected_rules(select, ignore, config)
    missing = absent(spec)
    reported = set() if plain_table else {r.reports_missing for r in rules}
    notes = []
    for name in INPUTS:
        codes = tuple(r.code for r in rules if name in r.needs or (plain_table and r.reports_missing == name))
        if name in missing and name not in reported and codes:
            notes.append(Skipped(spec.source, name, codes))
    return notes


def _run(rule: Rule, ctx: Context, config: Config) -> list[Finding]:
    severity = config.severity(rule)
    return [
        Finding(rule.code, severity, hit.key or rule.code, hit.span, hit.args, hit.subject) for hit in rule.check(ctx)
    ]


def _suppressed(finding: Finding, spec: Spec) -> bool:
    span = finding.span
    return span is not None and any(s.covers(finding.code, span.line) for s in spec.suppressions)


def check_paths(
    paths: Iterable[str],
    *,
    select: Collection[str] = (),
    ignore: Collection[str] = (),
    config_path: str | None = None,
    use_config: bool = True,
) -> Report:
    """Load and validate every spec file in ``paths`` (folders are searched for ``*.raci.yaml``).

    Each file uses ``config_path`` if given, else the configuration found from its folder
    upward (unless ``use_config`` is false). A broken configuration file is reported
    like an unreadable spec: exit code 2.
    """
    selected_rules(select, ignore)  # fail on an unknown code before reading any file
    report = Report()
    configs: dict[str, Config | None] = {}
    for path in discover_specs(paths):
        report.files.append(STDIN_NAME if path == "-" else path)
        config = _config_for(path, config_path, use_config, configs, report)
        if config is None:
            continue
        try:
            spec = load(path)
        except SpecError as error:
            report.unreadable.add(error.source)
            report.add(from_problems(error.problems))
            if error.locale:
                report.locales.add(error.locale)
            continue
        if config.lang or spec.org.locale:
            report.locales.add(config.lang or spec.org.locale)  # type: ignore[arg-type]
        report.add(validate(spec, select=select, ignore=ignore, config=config))
        report.skipped.extend(skipped(spec, select=select, ignore=ignore, config=config))
    levels = {c.fail_on for c in configs.values() if c is not None}
    if len(levels) == 1:
        report.fail_on = levels.pop()
    report.sort()
    return report


def config_for_spec(path: str, explicit: str | None = None) -> Config:
    """The configuration that applies to the spec at ``path``; raises ConfigError if broken."""
    found = explicit or discover(os.path.dirname(os.path.abspath(path)) if path != "-" else os.getcwd())
    return load_config(found) if found else NO_CONFIG


def _config_for(
    path: str, explicit: str | None, use_config: bool, cache: dict[str, Config | None], report: Report
) -> Config | None:
    """The configuration for one spec file; ``None`` (and findings) if it is broken."""
    if not use_config:
        return NO_CONFIG
    found = explicit or discover(os.path.dirname(os.path.abspath(path)) if path != "-" else os.getcwd())
    if found is None:
        return NO_CONFIG
    key = str(found)
    if key not in cache:
        try:
            cache[key] = load_config(found)
        except ConfigError as error:
            cache[key] = None
            report.unreadable.add(error.path)
            report.add(from_problems(error.problems))
    return cache[key]
