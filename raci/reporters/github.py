"""GitHub Actions workflow commands: each finding becomes an annotation on the file and line.

One line per finding, then a plain summary line::

    ::error file=specs/org.raci.yaml,line=10,col=9,title=R101 no-accountable::activity … has no Accountable (A) department%0Ahint: …

``error`` / ``warning`` / ``info`` become ``::error`` / ``::warning`` / ``::notice``.
Rules skipped for lack of input (a spec without kpis or stages) are a plain log line
before the summary, not an annotation: they are about the whole file, not a line to
review in a pull request.
Paths are relative to the working directory (run raci from the repository root, as a
workflow does after checkout). Values are escaped as the Actions toolkit does, so a
message can neither break the line nor inject another workflow command. Input from
``<stdin>`` has no file: its annotations carry no place.
"""

from __future__ import annotations

from typing import TextIO

from raci.findings import TABLE_CODES, Report, TableSpan
from raci.i18n import t
from raci.reporters import Options, is_pseudo_file, locate, relative_path, skipped_notes, summary_line

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape the message part of a workflow command (after ``::``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (``file=…``, ``title=…``): also ``:`` and ``,``, which delimit."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _rule_names() -> dict[str, str]:
    from raci.rules import all_rules
    from raci.spec.problems import CODES

    names = {code: rule.name for code, rule in all_rules().items()}
    names.update(CODES)
    names.update(TABLE_CODES)
    return names


def report(report: Report, out: TextIO, options: Options) -> None:
    lang = options.lang
    names = _rule_names() if report.findings else {}
    for finding in report.findings:
        properties: list[tuple[str, str]] = []
        span = locate(finding, report)
        if span is not None and not is_pseudo_file(span.file):
            properties.append(("file", relative_path(span.file)))
            if not isinstance(span, TableSpan):  # a spreadsheet cell has no line: the file, and the cell in the title
                properties += [("line", str(span.line)), ("col", str(span.column))]
        cell = f" {span}" if isinstance(span, TableSpan) and span.cell else ""
        properties.append(("title", f"{finding.code} {names.get(finding.code, '')}".rstrip() + cell))
        message = finding.message(lang)
        hint = finding.hint(lang)
        if hint:
            message += f"\n{t('hint_prefix', lang)}: {hint}"
        props = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
        out.write(f"::{COMMANDS[finding.severity]} {props}::{escape_data(message)}\n")
    for file, text in skipped_notes(report, lang):
        out.write(f"{escape_data(_shown(file))}: {escape_data(text)}\n")
    out.write(summary_line(report, lang) + "\n")


def _shown(file: str) -> str:
    return file if is_pseudo_file(file) else relative_path(file)
