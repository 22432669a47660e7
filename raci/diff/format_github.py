"""GitHub Actions annotations: each change at its line of the new file (removals at the old
file's line), each finding the change introduces at its own, then the headline.

Breaking changes are warnings, the others notices; introduced findings keep their
severity. Values are escaped as the Actions toolkit does (:mod:`raci.reporters.github`),
so a name can neither break the line nor inject another workflow command.
"""

from __future__ import annotations

from raci.diff.formatting import Options, headline, sentence, title
from raci.diff.result import Diff
from raci.i18n import t
from raci.reporters import is_pseudo_file, relative_path
from raci.reporters.github import COMMANDS, escape_data, escape_property
from raci.spec.model import Span


def _properties(span: Span | None, heading: str) -> str:
    properties: list[tuple[str, str]] = []
    if span is not None and not is_pseudo_file(span.file):
        properties += [("file", relative_path(span.file)), ("line", str(span.line)), ("col", str(span.column))]
    properties.append(("title", heading))
    return ",".join(f"{key}={escape_property(value)}" for key, value in properties)


def render(diff: Diff, options: Options) -> str:
    lang = options.lang
    lines = []
    for change in diff.changes:
        command = "warning" if change.cls == "breaking" else "notice"
        heading = t(
            "diff.annotation_title",
            lang,
            {"title": title(change.kind, lang), "cls": t(f"diff.class.{change.cls}", lang)},
        )
        message = f"{sentence(change, lang)} [{change.id}]"
        lines.append(f"::{command} {_properties(change.span, heading)}::{escape_data(message)}")
    for file in diff.files:
        for finding in file.findings_introduced:
            heading = t("diff.finding_title", lang, {"code": finding.code})
            lines.append(
                f"::{COMMANDS[finding.severity]} {_properties(finding.span, heading)}::{escape_data(finding.message(lang))}"
            )
    lines.append(headline(diff, lang))
    return "\n".join(lines) + "\n"
