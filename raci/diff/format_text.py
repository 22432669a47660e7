"""The terminal: a headline, each team's gains and losses, then every change, gravest first."""

from __future__ import annotations

from raci.diff.change import CLASSES
from raci.diff.formatting import Options, findings_line, headline, label, sentence
from raci.diff.result import Diff, FileDiff
from raci.diff.rollup import DepartmentRollup
from raci.i18n import t

_COLORS = {"breaking": "\033[31m", "notable": "\033[33m", "cosmetic": "\033[2m"}
_BOLD, _RESET = "\033[1m", "\033[0m"
_ROLES = (("A", "diff.col.accountable"), ("R", "diff.col.responsible"), ("KPI", "diff.col.kpis"))


def render(diff: Diff, options: Options) -> str:
    lang, color = options.lang, options.color
    lines = [_bold(headline(diff, lang), color)]
    lines.append(t("diff.sides", lang, {"old": label(diff.old, lang), "new": label(diff.new, lang)}))
    for file in diff.files:
        if file.changes or file.findings_introduced or file.findings_fixed:
            lines += ["", *_file(file, options)]
    lines += ["", findings_line(diff, lang)]
    return "\n".join(lines) + "\n"


def _bold(text: str, color: bool) -> str:
    return _BOLD + text + _RESET if color else text


def _file(file: FileDiff, options: Options) -> list[str]:
    lang, color = options.lang, options.color
    status = f" ({t(f'diff.file.{file.status}', lang)})" if file.status else ""
    lines = [_bold(file.file + status, color)]
    if file.departments:
        lines.append("  " + t("diff.departments", lang))
        lines += [f"    {row}" for dept in file.departments for row in _department(dept, lang)]
    width = max(len(t(f"diff.class.{c}", lang)) for c in CLASSES)
    for change in sorted(file.changes, key=lambda c: CLASSES.index(c.cls)):
        cls = t(f"diff.class.{change.cls}", lang).ljust(width)
        if color:
            cls = _COLORS[change.cls] + cls + _RESET
        span = change.new_span
        where = (
            f"{span.line}:{span.column}"
            if span
            else f"({t('diff.old_side', lang)} {change.old_span.line})"
            if change.old_span
            else "-"
        )
        lines.append(f"  {cls}  {where}  {sentence(change, lang)}  [{change.id}]")
    for sign, findings in (("+", file.findings_introduced), ("-", file.findings_fixed)):
        for finding in findings:
            where = f"{finding.span.line}:{finding.span.column}" if finding.span else "-"
            lines.append(f"  {sign} {where} {finding.severity} {finding.code} {finding.message(lang)}")
    return lines


def _department(dept: DepartmentRollup, lang: str) -> list[str]:
    name = dept.name.get(lang)
    status = ""
    if dept.status == "renamed":
        status = f" ({t('diff.status.renamed', lang, {'old': dept.old_id})})"
    elif dept.status:
        status = f" ({t(f'diff.status.{dept.status}', lang)})"
    lines = [f"{name} [{dept.department}]{status}"]
    for role, key in _ROLES:
        for sign, items in (("+", dept.gains[role]), ("-", dept.losses[role])):
            if items:
                names = ", ".join(n.get(lang) for _, n in items[:8])
                more = f" {t('diff.more', lang, {'count': len(items) - 8})}" if len(items) > 8 else ""
                lines.append(f"  {sign} {t(key, lang)}: {names}{more}")
    return lines
