"""Machine-readable JSON, described by ``raci/diff/diff.schema.json`` (docs/diff.md).

Keys are stable and sorted lists do not depend on the order of the spec, so two runs on
the same change give the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from raci.diff.change import Change
from raci.diff.context import text_value
from raci.diff.formatting import Options, label, sentence
from raci.diff.result import Diff, FileDiff
from raci.diff.rollup import DepartmentRollup, Named
from raci.findings import Finding
from raci.spec.model import Span

VERSION = 1


def _place(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"file": span.file, "line": span.line, "column": span.column}


def _change(change: Change, lang: str) -> dict[str, Any]:
    return {
        "id": change.id,
        "kind": change.kind,
        "class": change.cls,
        "file": change.file,
        "activity": change.activity,
        "department": change.department,
        "kpi": change.kpi,
        "phase": change.phase,
        "old": change.old,
        "new": change.new,
        "message": sentence(change, lang),
        "old_location": _place(change.old_span),
        "new_location": _place(change.new_span),
    }


def _named(items: list[Named]) -> list[dict[str, Any]]:
    return [{"id": ident, "name": text_value(name)} for ident, name in items]


def _department(row: DepartmentRollup, file: str) -> dict[str, Any]:
    roles = {"A": "accountable", "R": "responsible", "KPI": "kpis"}
    return {
        "department": row.department,
        "file": file,
        "name": text_value(row.name),
        "status": row.status or None,
        "old_id": row.old_id,
        **{word: {"gained": _named(row.gains[role]), "lost": _named(row.losses[role])} for role, word in roles.items()},
    }


def _finding(finding: Finding, lang: str) -> dict[str, Any]:
    span = finding.span
    return {
        "code": finding.code,
        "severity": finding.severity,
        "subject": finding.subject,
        "message": finding.message(lang),
        "file": finding.file,
        "line": span.line if span else None,
        "column": span.column if span else None,
    }


def _file(file: FileDiff) -> dict[str, Any]:
    return {"file": file.file, "old": file.old_source, "new": file.new_source, "status": file.status or None}


def as_data(diff: Diff, lang: str) -> dict[str, Any]:
    counts = diff.counts()
    return {
        "version": VERSION,
        "tool": "raci",
        "old": label(diff.old, lang),
        "new": label(diff.new, lang),
        "files": [_file(f) for f in diff.files],
        "summary": {"changes": sum(counts.values()), **counts},
        "changes": [_change(c, lang) for c in diff.changes],
        "departments": [_department(row, f.file) for f in diff.files for row in f.departments],
        "findings_introduced": [_finding(x, lang) for f in diff.files for x in f.findings_introduced],
        "findings_fixed": [_finding(x, lang) for f in diff.files for x in f.findings_fixed],
    }


def render(diff: Diff, options: Options) -> str:
    return json.dumps(as_data(diff, options.lang), ensure_ascii=False, indent=2) + "\n"
