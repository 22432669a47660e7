"""The outcome of a diff: per spec file, the changes, the roll-up and the findings."""

from __future__ import annotations

from dataclasses import dataclass, field

from raci.config import Config
from raci.diff import compare, compare_org
from raci.diff.change import CLASSES, Change, at_least
from raci.diff.context import Context
from raci.diff.findings import introduced_and_fixed, lint
from raci.diff.match import match
from raci.diff.rollup import DepartmentRollup, rollup
from raci.findings import Finding
from raci.lint import NO_CONFIG
from raci.spec.model import Org, Spec, Text

EMPTY = Spec(version=1, org=Org(name=Text()), departments=(), phases=())
"""The side of a spec file that does not exist (added or removed in the change)."""


@dataclass
class FileDiff:
    """One spec file compared: ``status`` is ``added``, ``removed`` or empty."""

    file: str
    old_source: str
    new_source: str
    status: str = ""
    changes: list[Change] = field(default_factory=list)
    departments: list[DepartmentRollup] = field(default_factory=list)
    findings_introduced: list[Finding] = field(default_factory=list)
    findings_fixed: list[Finding] = field(default_factory=list)
    locale: str | None = None


@dataclass
class Diff:
    """Every file compared; ``old`` and ``new`` name the two sides (revisions or paths)."""

    files: list[FileDiff] = field(default_factory=list)
    old: str | Text = ""
    new: str | Text = ""

    @property
    def changes(self) -> list[Change]:
        return [c for f in self.files for c in f.changes]

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(CLASSES, 0)
        for change in self.changes:
            counts[change.cls] += 1
        return counts

    def locale(self) -> str | None:
        """The new sides' common ``org.locale``, to choose the language."""
        locales = {f.locale for f in self.files if f.locale}
        return locales.pop() if len(locales) == 1 else None

    def exit_code(self, fail_on: str | None) -> int:
        """1 when a change is at or above ``fail_on`` (``breaking``, ``notable``, ``any``), else 0."""
        if fail_on is None:
            return 0
        return 1 if any(at_least(c.cls, fail_on) for c in self.changes) else 0


def compare_specs(
    old: Spec | None,
    new: Spec | None,
    *,
    file: str = "",
    config: Config = NO_CONFIG,
    findings: bool = True,
) -> FileDiff:
    """Compare two versions of one spec; ``None`` is a side where the file does not exist."""
    before, after = old or EMPTY, new or EMPTY
    status = "added" if old is None else "removed" if new is None else ""
    name = file or after.source
    result = FileDiff(name, before.source, after.source, status, locale=after.org.locale or before.org.locale)
    matching = match(before, after)
    ctx = Context(before, after, matching, name)
    for step in (compare_org.departments, compare.phases, compare.activities, compare_org.kpis, compare_org.mission):
        step(ctx)
    result.changes = sorted(ctx.changes, key=Change.sort_key)
    result.departments = rollup(before, after, matching)
    if findings:
        old_findings = lint(old, config) if old is not None else []
        new_findings = lint(new, config) if new is not None else []
        result.findings_introduced, result.findings_fixed = introduced_and_fixed(old_findings, new_findings)
    return result


def diff(old: Spec, new: Spec, *, config: Config = NO_CONFIG, findings: bool = True) -> Diff:
    """Compare two loaded specs (``raci.load``): the library's entry point."""
    return Diff([compare_specs(old, new, config=config, findings=findings)], old.source, new.source)
