"""JUnit XML for the test reports of GitLab, Jenkins, Azure Pipelines and other CI systems.

Layout: one ``<testsuite name="raci">`` inside ``<testsuites>``, with

* one test case per finding, named ``FILE:LINE:COL CODE``, holding one ``<failure>``
  (``<error>`` for findings of a file that could not be read as a spec: the check
  itself could not run), whose ``message`` is the message and whose text is the
  ``file:line:col: severity CODE message`` line and its hint;
* one passing test case per file without findings, named after the file.

Why one test case per finding rather than one per file: JUnit has no notion of
several failures in one test case. Jenkins' JUnit plugin keeps only the first
``<failure>`` of a test case and GitLab shows one failure text per test case, so a
file with three findings would show one. With one case per finding every finding is
listed, counted (``failures=``) and tracked from run to run by its name. The
classname is the constant ``raci`` because Jenkins splits class names at dots into
package and class, which would tear ``org.raci.yaml`` apart; GitLab reads the
``file`` attribute to show the file.

A finding at or above ``--fail-on`` (default ``error``) is a failure; one below it is
a passing test case that carries the finding in ``<system-out>``, so a CI page never
shows failures on a run whose exit code passed. Paths are relative to the working
directory, with forward slashes. Rules skipped on a spec for lack of input (no kpis, no
stages) are noted in the suite's ``<system-out>``: not test cases, since nothing failed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TextIO

from raci.findings import Finding, Report, TableSpan, severity_rank
from raci.i18n import t
from raci.reporters import Options, is_pseudo_file, locate, relative_path, skipped_notes

# Characters XML 1.0 cannot carry at all, even escaped; ElementTree would write them as is.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_safe(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _display(file: str) -> str:
    return file if is_pseudo_file(file) or file == "-" else relative_path(file)


def build(report: Report, options: Options) -> ET.Element:
    lang = options.lang
    suite = ET.Element("testsuite", name="raci")
    failures = errors = 0
    with_findings: set[str] = set()
    for finding in report.findings:
        span = locate(finding, report)
        where = (
            "-"
            if span is None
            else str(span)
            if isinstance(span, TableSpan)
            else f"{_display(span.file)}:{span.line}:{span.column}"
        )
        if span is not None:
            with_findings.add(span.file)
        case = ET.SubElement(suite, "testcase", classname="raci", name=_xml_safe(f"{where} {finding.code}"))
        if span is not None and not is_pseudo_file(span.file):
            case.set("file", _xml_safe(_display(span.file)))
        unreadable = bool(span and (span.file in report.unreadable or _source(span.file) in report.unreadable))
        if not unreadable and severity_rank(finding.severity) < severity_rank(options.fail_on):
            ET.SubElement(case, "system-out").text = _xml_safe(_body(finding, where, lang))
            continue
        tag = "error" if unreadable else "failure"
        errors += unreadable
        failures += not unreadable
        problem = ET.SubElement(case, tag, type=finding.code, message=_xml_safe(finding.message(lang)))
        problem.text = _xml_safe(_body(finding, where, lang))
    for file in report.files:
        name = "<stdin>" if file == "-" else file
        if name not in with_findings and file not in report.unreadable:
            case = ET.SubElement(suite, "testcase", classname="raci", name=_xml_safe(_display(name)))
            if not is_pseudo_file(name):
                case.set("file", _xml_safe(_display(name)))
    counts = {"tests": str(len(suite)), "failures": str(failures), "errors": str(errors), "skipped": "0"}
    notes = skipped_notes(report, lang)
    if notes:
        text = "\n".join(f"{_display(file)}: info {note}" for file, note in notes)
        ET.SubElement(suite, "system-out").text = _xml_safe(text)
    for key, value in counts.items():
        suite.set(key, value)
    root = ET.Element("testsuites", name="raci", tests=counts["tests"], failures=counts["failures"])
    root.set("errors", counts["errors"])
    root.append(suite)
    return root


def _source(file: str) -> str:
    """The path given on the command line for a span's file (``-`` for ``<stdin>``)."""
    return "-" if file == "<stdin>" else file


def _body(finding: Finding, where: str, lang: str) -> str:
    text = f"{where}: {finding.severity} {finding.code} {finding.message(lang)}"
    hint = finding.hint(lang)
    return f"{text}\n    {t('hint_prefix', lang)}: {hint}" if hint else text


def report(report: Report, out: TextIO, options: Options) -> None:
    root = build(report, options)
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
