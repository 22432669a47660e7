"""Findings: what validation reports, independent of any output format."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from raci.i18n import has, t
from raci.spec.model import Span, record
from raci.spec.problems import Problem

if TYPE_CHECKING:
    from dataclasses import dataclass

    from raci.rules.inputs import Skipped
else:  # the same classes without compiling their methods at start-up (raci/spec/records.py)
    from raci.spec.records import dataclass

SEVERITIES = ("info", "warning", "error")
"""In increasing order of gravity."""


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


@record
@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Finding:
    """One problem found in a spec: a code, a gravity, a place and a message key.

    The text is produced on demand in the reader's language, so the same findings can
    be shown in Japanese and English, and compared across runs by code and subject.
    """

    code: str
    severity: str
    key: str
    span: Span | None
    args: Mapping[str, Any] = field(default_factory=dict)
    subject: str = ""

    def message(self, lang: str) -> str:
        return t(self.key, lang, self.args)

    def hint(self, lang: str) -> str | None:
        key = f"{self.key}.hint"
        return t(key, lang, self.args) if has(key) else None

    @property
    def file(self) -> str:
        return self.span.file if self.span else ""

    def sort_key(self) -> tuple[str, int, int, str, str]:
        span = self.span
        return (
            (span.file, span.line, span.column, self.code, self.subject)
            if span
            else ("", 0, 0, self.code, self.subject)
        )


@record
@dataclass(frozen=True, slots=True, repr=False, eq=False)
class TableSpan(Span):
    """A place in a table that is no line of text: a spreadsheet's cell, or a whole file.

    ``line`` and ``column`` are the cell's row and column numbers (for sorting only); it is
    shown as ``table.xlsx:RACI!D7`` (or the file name alone) and SARIF gives it as a
    logical location, never as a made-up line of the workbook.
    """

    sheet: str | None = None
    cell: str | None = None

    def __str__(self) -> str:
        if self.cell is None:
            return self.file
        return f"{self.file}:{self.sheet}!{self.cell}" if self.sheet else f"{self.file}:{self.cell}"


TABLE_CODES: Mapping[str, str] = MappingProxyType(
    {
        "T001": "unreadable-cell",
        "T002": "look-alike-letters",
        "T003": "unnamed-activity",
        "T004": "table-notice",
        "T005": "repeated-letter",
    }
)
"""Findings of reading a table (``raci import``, ``raci validate table.csv``), beside the rules'."""
TABLE_SEVERITIES: Mapping[str, str] = MappingProxyType(
    {"T001": "error", "T002": "warning", "T003": "warning", "T004": "info", "T005": "warning"}
)


def from_problems(problems: Iterable[Problem]) -> list[Finding]:
    """Loader problems as findings: always errors, since the spec could not be read."""
    return [Finding(p.code, "error", p.key, p.span, p.args) for p in problems]


@record
@dataclass(repr=False, eq=False)
class Report:
    """The outcome of validating one or more files."""

    files: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    unreadable: set[str] = field(default_factory=set)
    """Files that could not be turned into a spec (exit code 2)."""
    fail_on: str | None = None
    """The ``fail-on`` of the configuration used, when every file used the same one."""
    locales: set[str] = field(default_factory=set)
    """The ``org.locale`` of the specs read, to choose the output language."""
    skipped: list[Skipped] = field(default_factory=list)
    """Rules that did not run on a spec for lack of what they check (no kpis, no stages…):
    an info note for the reader, not a finding — it neither counts nor fails the run."""

    def locale(self) -> str | None:
        """The common locale of all specs, if they share one."""
        return next(iter(self.locales)) if len(self.locales) == 1 else None

    def add(self, findings: Iterable[Finding]) -> None:
        self.findings.extend(findings)

    def sort(self) -> None:
        self.findings.sort(key=Finding.sort_key)

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(SEVERITIES, 0)
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts

    def exit_code(self, fail_on: str = "error") -> int:
        """2 if a file could not be read, 1 if a finding is at or above ``fail_on``, else 0."""
        if self.unreadable:
            return 2
        level = severity_rank(fail_on)
        return 1 if any(severity_rank(f.severity) >= level for f in self.findings) else 0
