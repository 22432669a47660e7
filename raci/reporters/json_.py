"""Machine-readable JSON: ``{"findings": [...], "skipped": [...], "summary": {...}}``, stable key order.

``skipped`` lists, per spec and missing input, the rules that did not run for lack of it
(``{"level": "info", "file", "missing": "kpis", "rules": [...], "message"}``); they are
notes, not findings, and the summary does not count them."""

from __future__ import annotations

import json
from typing import Any, TextIO

from raci.findings import TABLE_CODES, Report, TableSpan
from raci.i18n import t
from raci.reporters import Options
from raci.rules import all_rules


def as_data(report: Report, options: Options) -> dict[str, Any]:
    names = {code: r.name for code, r in all_rules().items()}
    from raci.spec.problems import CODES

    names.update(CODES)
    names.update(TABLE_CODES)
    findings = [
        {
            "code": f.code,
            "rule": names.get(f.code, ""),
            "severity": f.severity,
            "message": f.message(options.lang),
            "hint": f.hint(options.lang),
            "file": f.file,
            "line": f.span.line if f.span and not isinstance(f.span, TableSpan) else None,
            "column": f.span.column if f.span and not isinstance(f.span, TableSpan) else None,
            **({"sheet": f.span.sheet, "cell": f.span.cell} if isinstance(f.span, TableSpan) and f.span.cell else {}),
            "subject": f.subject,
        }
        for f in report.findings
    ]
    notes = [
        {
            "level": "info",
            "file": note.file,
            "missing": note.missing,
            "rules": list(note.codes),
            "message": t(note.key, options.lang, note.args()),
        }
        for note in report.skipped
    ]
    return {
        "version": 1,
        "files": report.files,
        "findings": findings,
        "skipped": notes,
        "summary": {"files": len(report.files), "unreadable": sorted(report.unreadable), **report.counts()},
    }


def report(report: Report, out: TextIO, options: Options) -> None:
    json.dump(as_data(report, options), out, ensure_ascii=False, indent=2)
    out.write("\n")
