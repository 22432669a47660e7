"""Run the rules over specs and collect a :class:`~raci.findings.Report`.

The library entry points: :func:`validate` for a loaded spec, :func:`check_paths`
for files and folders. Neither prints anything; reporters do that.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from raci.findings import Finding, Report, from_problems
from raci.rules import Context, Rule, all_rules
from raci.spec.load import discover, load
from raci.spec.model import Spec
from raci.spec.problems import SpecError


class UnknownRuleError(ValueError):
    """``--select`` / ``--ignore`` named a code that no rule has."""


def selected_rules(select: Collection[str] = (), ignore: Collection[str] = ()) -> list[Rule]:
    """The rules to run: all, or those whose code starts with a ``select`` prefix, minus ``ignore``."""
    rules = all_rules()
    for code in (*select, *ignore):
        if not any(c.startswith(code) for c in rules):
            raise UnknownRuleError(code)
    chosen = [r for c, r in rules.items() if not select or any(c.startswith(s) for s in select)]
    return [r for r in chosen if not any(r.code.startswith(i) for i in ignore)]


def validate(spec: Spec, *, select: Collection[str] = (), ignore: Collection[str] = ()) -> list[Finding]:
    """Run the selected rules on ``spec``; findings sorted by place."""
    from raci.graph import OrgGraph

    graph = OrgGraph(spec)
    findings: list[Finding] = []
    for rule in selected_rules(select, ignore):
        for hit in rule.check(Context(spec, graph, rule.options)):
            findings.append(Finding(rule.code, rule.severity, hit.key or rule.code, hit.span, hit.args, hit.subject))
    findings.sort(key=Finding.sort_key)
    return findings


def check_paths(paths: Iterable[str], *, select: Collection[str] = (), ignore: Collection[str] = ()) -> Report:
    """Load and validate every spec file in ``paths`` (folders are searched for ``*.raci.yaml``)."""
    selected_rules(select, ignore)  # fail on an unknown code before reading any file
    report = Report()
    for path in discover(paths):
        report.files.append(path)
        try:
            spec = load(path)
        except SpecError as error:
            report.unreadable.add(path)
            report.add(from_problems(error.problems))
            if error.locale:
                report.locales.add(error.locale)
            continue
        if spec.org.locale:
            report.locales.add(spec.org.locale)
        report.add(validate(spec, select=select, ignore=ignore))
    report.sort()
    return report
