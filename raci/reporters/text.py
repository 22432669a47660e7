"""Human text: one finding a line as ``file:line:col: severity CODE message``, then a summary.

Before the summary, one ``file: info …`` line for each spec on which rules were skipped
for lack of input (no kpis, no stages): what did not run, and how to turn it on."""

from __future__ import annotations

from typing import TextIO

from raci.findings import Report
from raci.i18n import t
from raci.reporters import Options, skipped_notes, summary_line
from raci.text import width

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_DIM, _BOLD, _RESET = "\033[2m", "\033[1m", "\033[0m"


HANG = 4
"""Columns a wrapped message's later lines are indented by (in a terminal)."""


def report(report: Report, out: TextIO, options: Options) -> None:
    lang, color = options.lang, options.color
    for finding in report.findings:
        where = str(finding.span) if finding.span else "-"
        severity = finding.severity
        head = f"{where}: {severity} {finding.code}"
        if color:
            where = _BOLD + where + _RESET
            severity = _COLORS[severity] + severity + _RESET
        lines = _lines(finding.message(lang), options.width, width(head) + 1)
        out.write(f"{where}: {severity} {finding.code} {lines[0]}".rstrip(" ") + "\n")
        out.writelines(" " * HANG + line + "\n" for line in lines[1:])
        hint = finding.hint(lang)
        if hint:
            prefix = f"    {t('hint_prefix', lang)}: "
            for index, line in enumerate(_lines(hint, options.width, width(prefix), HANG + 2)):
                line = (prefix if index == 0 else " " * (HANG + 2)) + line
                out.write((_DIM + line + _RESET if color else line) + "\n")
    for file, text in skipped_notes(report, lang):
        where, severity = (_BOLD + file + _RESET, _COLORS["info"] + "info" + _RESET) if color else (file, "info")
        lead = f"{file}: info "
        for index, line in enumerate(_lines(text, options.width, width(lead), HANG)):
            out.write((f"{where}: {severity} " if index == 0 else " " * HANG) + line + "\n")
    out.writelines(line + "\n" for line in _lines(summary_line(report, lang), options.width, 0, 0))


def _lines(text: str, columns: int | None, first: int, hang: int = HANG) -> list[str]:
    """``text`` on one line, or, in a terminal ``columns`` wide, wrapped at word and phrase
    boundaries (never 'headco / unt'): ``first`` columns are taken on the first line,
    later lines are indented by ``hang``."""
    if columns is None:
        return [text]
    from raci.text.wrap import wrap

    return wrap(text, max(columns - hang, 20), first=max(first - hang, 0), hang=0)
