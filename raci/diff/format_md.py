"""Markdown for one pull-request comment, readable at hundreds of changes.

A headline with counts, the per-department table (what each team gains and loses), the
breaking changes, then the rest in ``<details>`` blocks grouped by kind. Long lists are
cut with a count; the JSON format has everything. Every text from the spec is escaped:
a name holding ``|``, ``<script>`` or backticks can neither break the table nor inject
HTML, and an ``@name`` does not mention anyone.
"""

from __future__ import annotations

from itertools import groupby

from raci.diff.change import BREAKING, CLASSES, Change
from raci.diff.formatting import Options, findings_line, headline, label, sentence, title
from raci.diff.result import Diff, FileDiff
from raci.diff.rollup import DepartmentRollup, Named
from raci.findings import Finding
from raci.i18n import t

SHOWN_BREAKING = 30
"""Breaking changes listed before the rest folds away."""
SHOWN_PER_KIND = 15
"""Changes of one kind listed in a group."""
SHOWN_PER_CELL = 5
"""Activities or KPIs named in one cell of the department table."""
SHOWN_DEPARTMENTS = 40
SHOWN_FINDINGS = 20

_SPECIAL = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        "\\": "\\\\",
        "`": "\\`",
        "*": "\\*",
        "_": "\\_",
        "[": "\\[",
        "]": "\\]",
        "|": "\\|",
        "~": "\\~",
        "#": "\\#",
        "!": "\\!",
        "@": "@\u200b",
        "\r": " ",
        "\n": " ",
        "\t": " ",
    }
)


def escape(text: str) -> str:
    """Text from the spec, safe inside a Markdown line, a table cell or an HTML block."""
    return text.translate(_SPECIAL)


def render(diff: Diff, options: Options) -> str:
    lang = options.lang
    sides = t("diff.sides", lang, {"old": escape(label(diff.old, lang)), "new": escape(label(diff.new, lang))})
    out = [f"### {headline(diff, lang)}", "", f"{sides} · {findings_line(diff, lang)}"]
    several = len(diff.files) > 1
    for file in diff.files:
        if file.changes or file.findings_introduced or file.findings_fixed:
            out += _file(file, lang, several)
    return "\n".join(out).rstrip("\n") + "\n"


def _file(file: FileDiff, lang: str, several: bool) -> list[str]:
    out: list[str] = []
    if several or file.status:
        status = f" ({t(f'diff.file.{file.status}', lang)})" if file.status else ""
        out += ["", f"#### {escape(file.file)}{status}"]
    if file.departments:
        out += ["", f"**{t('diff.departments', lang)}**", "", *_table(file.departments, lang)]
    by_class = {cls: [c for c in file.changes if c.cls == cls] for cls in CLASSES}
    breaking = by_class[BREAKING]
    if breaking:
        out += ["", f"**{_count(t('diff.heading.breaking', lang), len(breaking), lang)}**", ""]
        out += [_item(c, lang) for c in breaking[:SHOWN_BREAKING]]
        if len(breaking) > SHOWN_BREAKING:
            rest = breaking[SHOWN_BREAKING:]
            out += ["", _open(t("diff.more", lang, {"count": len(rest)})), *_grouped(rest, lang), "", "</details>"]
    for cls in CLASSES[1:]:
        if by_class[cls]:
            summary = _count(t(f"diff.heading.{cls}", lang), len(by_class[cls]), lang)
            out += ["", _open(summary), *_grouped(by_class[cls], lang), "", "</details>"]
    for key, findings in (
        ("diff.findings_introduced", file.findings_introduced),
        ("diff.findings_fixed", file.findings_fixed),
    ):
        if findings:
            out += [
                "",
                _open(_count(t(key, lang), len(findings), lang)),
                "",
                *_findings(findings, lang),
                "",
                "</details>",
            ]
    return out


def _count(heading: str, count: int, lang: str) -> str:
    return t("diff.count", lang, {"title": heading, "count": count})


def _open(summary: str) -> str:
    """A ``<details>`` block; ``summary`` is raci's own words, never text from the spec."""
    return f"<details><summary>{summary}</summary>"


def _item(change: Change, lang: str) -> str:
    return f"- {sentence(change, lang, escape)} · `{change.id}`"


def _grouped(changes: list[Change], lang: str) -> list[str]:
    out: list[str] = []
    for kind, group in groupby(sorted(changes, key=lambda c: (c.kind, c.subject)), key=lambda c: c.kind):
        items = list(group)
        out += ["", f"*{_count(title(kind, lang), len(items), lang)}*", ""]
        out += [_item(c, lang) for c in items[:SHOWN_PER_KIND]]
        if len(items) > SHOWN_PER_KIND:
            out.append(f"- {t('diff.more_json', lang, {'count': len(items) - SHOWN_PER_KIND})}")
    return out


def _table(rows: list[DepartmentRollup], lang: str) -> list[str]:
    columns = [
        t(k, lang) for k in ("diff.col.department", "diff.col.accountable", "diff.col.responsible", "diff.col.kpis")
    ]
    out = ["| " + " | ".join(columns) + " |", "|---|---|---|---|"]
    for row in rows[:SHOWN_DEPARTMENTS]:
        cells = [_department_cell(row, lang)] + [_gains(row, role, lang) for role in ("A", "R", "KPI")]
        out.append("| " + " | ".join(cells) + " |")
    if len(rows) > SHOWN_DEPARTMENTS:
        out += ["", t("diff.more_json", lang, {"count": len(rows) - SHOWN_DEPARTMENTS})]
    return out


def _department_cell(row: DepartmentRollup, lang: str) -> str:
    name = escape(row.name.get(lang))
    if row.status == "renamed":
        return f"{name} ({t('diff.status.renamed', lang, {'old': row.old_id})})"
    return f"{name} ({t(f'diff.status.{row.status}', lang)})" if row.status else name


def _gains(row: DepartmentRollup, role: str, lang: str) -> str:
    parts = []
    for sign, word, items in (("+", "diff.gains", row.gains[role]), ("−", "diff.loses", row.losses[role])):
        if items:
            parts.append(f"**{sign}{len(items)}** {t(word, lang)}: {_names(items, lang)}")
    return "<br>".join(parts) or " "


def _names(items: list[Named], lang: str) -> str:
    shown = ", ".join(escape(name.get(lang)) for _, name in items[:SHOWN_PER_CELL])
    if len(items) > SHOWN_PER_CELL:
        shown += " " + t("diff.more", lang, {"count": len(items) - SHOWN_PER_CELL})
    return shown


def _findings(findings: list[Finding], lang: str) -> list[str]:
    out = []
    for finding in findings[:SHOWN_FINDINGS]:
        line = f" ({t('diff.at_line', lang, {'line': finding.span.line})})" if finding.span else ""
        out.append(f"- `{finding.code}` {finding.severity}: {escape(finding.message(lang))}{line}")
    if len(findings) > SHOWN_FINDINGS:
        out.append(f"- {t('diff.more_json', lang, {'count': len(findings) - SHOWN_FINDINGS})}")
    return out
