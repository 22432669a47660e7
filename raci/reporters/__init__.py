"""Reporters turn a :class:`~raci.findings.Report` into text for people or machines.

The registry drives ``--format``: adding a format is adding a module with a
``report(report, out, options)`` function and one line here.
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Protocol, TextIO

from raci.i18n import t
from raci.spec.model import Span, record

if TYPE_CHECKING:
    from dataclasses import dataclass

    from raci.findings import Finding, Report
else:  # the same classes without compiling their methods at start-up (raci/spec/records.py)
    from raci.spec.records import dataclass

REPORTERS: dict[str, str] = {
    "text": "raci.reporters.text",
    "json": "raci.reporters.json_",
    "sarif": "raci.reporters.sarif",
    "github": "raci.reporters.github",
    "junit": "raci.reporters.junit",
}
"""Format name → module; modules are imported only when their format is used."""


@record
@dataclass(frozen=True, repr=False, eq=False)
class Options:
    """How a reporter writes: language, colour, fail level, width."""

    lang: str = "en"
    color: bool = False
    fail_on: str = "error"
    """The level that fails the run (for formats that mark pass/fail, like JUnit)."""
    width: int | None = None
    """The terminal's columns: the text format wraps long messages at word and phrase
    boundaries to fit (``None``, the default for pipes and files: one line a finding)."""


class ReportFunction(Protocol):
    def __call__(self, report: Report, out: TextIO, options: Options) -> None: ...


def get(name: str) -> ReportFunction:
    module = importlib.import_module(REPORTERS[name])
    return module.report  # type: ignore[no-any-return]


def summary_line(report: Report, lang: str) -> str:
    """The last line of the human-readable formats: how many files, and how many findings
    of each severity (or that there are none)."""
    files = len(report.files)
    if report.findings:
        return t("summary.counts", lang, {"files": files, **report.counts()})
    return t("summary.clean", lang, {"files": files})


def skipped_notes(report: Report, lang: str) -> list[tuple[str, str]]:
    """(file, text) for each spec whose rules were skipped for lack of input: one note a spec."""
    by_file: dict[str, list[str]] = {}
    for note in report.skipped:
        by_file.setdefault(note.file, []).append(t(note.key, lang, note.args()))
    separator = t("skipped.separator", lang)
    return [(file, separator.join(texts)) for file, texts in by_file.items()]


def is_pseudo_file(file: str) -> bool:
    """``<stdin>`` and the like: a name for input that is not a file on disk."""
    return file.startswith("<") and file.endswith(">")


def relative_path(file: str, cwd: str | None = None) -> str:
    """``file`` relative to ``cwd`` (default: the working directory), with forward slashes.

    CI systems match these paths against the repository checkout, where the command
    runs. A file on another drive (Windows) keeps its absolute path.
    """
    try:
        path = os.path.relpath(file, cwd or os.getcwd())
    except ValueError:
        path = os.path.abspath(file)
    return path.replace(os.sep, "/")


def locate(finding: Finding, report: Report) -> Span | None:
    """Where to anchor ``finding`` in CI output: its span, else line 1 of the only file checked.

    Machine consumers (GitHub code scanning above all) need a file for every result, and
    a finding about a whole spec may have no span. Its file is only known for sure when
    a single file was checked.
    """
    if finding.span is not None:
        return finding.span
    if len(report.files) == 1:
        file = report.files[0]
        return Span("<stdin>" if file == "-" else file, 1, 1)
    return None
