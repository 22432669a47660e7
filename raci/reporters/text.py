"""Human text: one finding a line as ``file:line:col: severity CODE message``, then a summary.

Before the summary, one ``file: info …`` line for each spec on which rules were skipped
for lack of input (no kpis, no stages): what did not run, and how to turn it on."""

from __future__ import annotations

from typing import TextIO

from raci.findings import Report
from raci.i18n import t
from raci.reporters import Options, skipped_notes, summary_line

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_DIM, _BOLD, _RESET = "\033[2m", "\033[1m", "\033[0m"


def report(report: Report, out: TextIO, options: Options) -> None:
    lang, color = options.lang, options.color
    for finding in report.findings:
        where = str(finding.span) if finding.span else "-"
        severity = finding.severity
        if color:
            where = _BOLD + where + _RESET
            severity = _COLORS[severity] + severity + _RESET
        out.write(f"{where}: {severity} {finding.code} {finding.message(lang)}\n")
        hint = finding.hint(lang)
        if hint:
            prefix = t("hint_prefix", lang)
            line = f"    {prefix}: {hint}"
            out.write((_DIM + line + _RESET if color else line) + "\n")
    for file, text in skipped_notes(report, lang):
        where, severity = (_BOLD + file + _RESET, _COLORS["info"] + "info" + _RESET) if color else (file, "info")
        out.write(f"{where}: {severity} {text}\n")
    out.write(summary_line(report, lang) + "\n")
