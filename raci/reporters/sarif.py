"""SARIF 2.1.0 for GitHub code scanning (``github/codeql-action/upload-sarif``) and other SARIF viewers.

One run; ``tool.driver.rules`` describes every rule of the registry and every
structural code (S000–S011), so an alert can show its documentation; each finding is
a result pointing at ``file:line:col``.

Locations:

* The file is a URI relative to ``%SRCROOT%``, made from the path relative to the
  working directory: run raci from the repository root, as CI does after checkout.
  Paths are percent-encoded (spaces, non-ASCII names). A file outside the working
  directory gets an absolute ``file://`` URI instead.
* Standard input (``<stdin>``) has no file. GitHub rejects the *whole* upload when a
  single result has no location, so such results point at the relative URI ``stdin``
  (with no ``uriBaseId``): valid SARIF, accepted by GitHub, clearly not a file of the
  repository. Code scanning is meant for files anyway: upload the results of
  ``raci validate specs/``, not of ``cat … | raci validate -``.
* A finding without a place (a rule may yield one about the spec as a whole) is
  anchored at line 1 of the file when one file was checked; otherwise its file is not
  known, and it is reported as a tool notification in ``invocations`` rather than as
  a result, for the same reason.

``partialFingerprints["raci/v1"]`` hashes the code, the file and the finding's
subject (the id of the activity, department… it is about; the English message for
structural problems, which have no subject), plus an occurrence number among equal
ones. It contains no line number, so GitHub keeps tracking an alert when lines move.

Columns are counted in Unicode code points (``columnKind``), as raci counts them.

Rules skipped on a spec for lack of input (no kpis, no stages) are a tool notification
of level ``note`` located at that file: not a result, since nothing is wrong.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from raci import __version__
from raci.findings import TABLE_CODES, TABLE_SEVERITIES, Finding, Report, TableSpan
from raci.i18n import t
from raci.reporters import Options, is_pseudo_file, locate, relative_path, skipped_notes
from raci.spec.model import Span

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "raci/v1"
STDIN_URI = "stdin"


def pascal_case(name: str) -> str:
    """``no-accountable`` → ``NoAccountable``: SARIF's recommended style for rule names."""
    return "".join(part[:1].upper() + part[1:] for part in name.replace("_", "-").split("-"))


def rule_descriptors() -> list[dict[str, Any]]:
    """One ``reportingDescriptor`` per rule and per structural code, sorted by code."""
    from raci.rules import all_rules, docs
    from raci.spec.problems import CODES

    descriptors: dict[str, dict[str, Any]] = {}
    for code, rule in all_rules().items():
        plain = docs.summary(rule, "en")  # the catalogue's summary: no reStructuredText markup
        descriptors[code] = _descriptor(code, rule.name, rule.severity, plain, rule.doc or plain, "rule")
    for code, name in TABLE_CODES.items():
        summary = name.replace("-", " ").capitalize()
        doc = f"{summary}: found while reading a table (raci import, raci validate on a .csv, .xlsx or .md file)."
        descriptors[code] = _descriptor(code, name, TABLE_SEVERITIES[code], summary, doc, "table")
    for code, name in CODES.items():
        summary = name.replace("-", " ").capitalize()
        doc = (
            f"{summary}: a structural problem, found while reading the file and before any RACI rule "
            "runs. The file is not a valid raci spec until it is fixed, and raci exits with 2. "
            "The message says what is wrong and where; the format is described in docs/spec.md."
        )
        descriptors[code] = _descriptor(code, name, "error", summary, doc, "structure")
    return [descriptors[code] for code in sorted(descriptors)]


def _descriptor(code: str, name: str, severity: str, summary: str, doc: str, tag: str) -> dict[str, Any]:
    return {
        "id": code,
        "name": pascal_case(name),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": doc},
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": LEVELS[severity]},
        "properties": {"tags": ["raci", tag]},
    }


def artifact_location(file: str) -> dict[str, str]:
    """The ``artifactLocation`` of ``file``; see the module docstring."""
    if is_pseudo_file(file):
        return {"uri": STDIN_URI if file == "<stdin>" else quote(file.strip("<>"))}
    path = relative_path(file)
    if path == ".." or path.startswith("../") or os.path.isabs(path):
        return {"uri": Path(file).resolve().as_uri()}
    return {"uri": quote(path, safe="/"), "uriBaseId": "%SRCROOT%"}


def fingerprint(finding: Finding, uri: str, occurrence: int) -> str:
    """A hash of what the finding is about, not where it is: stable when lines move."""
    subject = finding.subject or finding.message("en")
    digest = hashlib.sha256("\0".join((finding.code, uri, subject)).encode("utf-8")).hexdigest()
    return f"{digest[:32]}:{occurrence}"


def message_text(finding: Finding, lang: str) -> str:
    text = finding.message(lang)
    hint = finding.hint(lang)
    return f"{text}\n{t('hint_prefix', lang)}: {hint}" if hint else text


def as_data(report: Report, options: Options) -> dict[str, Any]:
    lang = options.lang
    rules = rule_descriptors()
    index = {descriptor["id"]: i for i, descriptor in enumerate(rules)}
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    seen: Counter[tuple[str, str, str]] = Counter()
    for finding in report.findings:
        span = locate(finding, report)
        if span is None:
            notifications.append(
                {
                    "level": LEVELS[finding.severity],
                    "message": {"text": f"{finding.code} {message_text(finding, lang)}"},
                    "associatedRule": {"id": finding.code, **_index(index, finding.code, "index")},
                }
            )
            continue
        location = artifact_location(span.file)
        key = (finding.code, location["uri"], finding.subject or finding.message("en"))
        seen[key] += 1
        results.append(
            {
                "ruleId": finding.code,
                **_index(index, finding.code),
                "level": LEVELS[finding.severity],
                "message": {"text": message_text(finding, lang)},
                "locations": [_location(span, location)],
                "partialFingerprints": {FINGERPRINT: fingerprint(finding, location["uri"], seen[key])},
            }
        )
    for file, text in skipped_notes(report, lang):
        notifications.append(
            {
                "level": "note",
                "message": {"text": text},
                "locations": [{"physicalLocation": {"artifactLocation": artifact_location(file)}}],
            }
        )
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "raci", "version": __version__, "rules": rules}},
        "language": lang,
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    if notifications:
        run["invocations"] = [{"executionSuccessful": True, "toolExecutionNotifications": notifications}]
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def _location(span: Span, artifact: dict[str, str]) -> dict[str, Any]:
    """A region for a line of text; a spreadsheet cell as a logical location (``RACI!D7``), no made-up line."""
    if not isinstance(span, TableSpan):
        region = {"startLine": span.line, "startColumn": span.column}
        return {"physicalLocation": {"artifactLocation": artifact, "region": region}}
    location: dict[str, Any] = {"physicalLocation": {"artifactLocation": artifact}}
    if span.cell is not None:
        name = f"{span.sheet}!{span.cell}" if span.sheet else span.cell
        location["logicalLocations"] = [{"name": span.cell, "fullyQualifiedName": name, "kind": "element"}]
    return location


def _index(index: dict[str, int], code: str, key: str = "ruleIndex") -> dict[str, int]:
    return {key: index[code]} if code in index else {}


def report(report: Report, out: TextIO, options: Options) -> None:
    json.dump(as_data(report, options), out, ensure_ascii=False, indent=2)
    out.write("\n")
