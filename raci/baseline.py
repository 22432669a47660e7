"""Baselines: record today's findings, then report only new ones.

A large organisation can adopt raci without fixing everything first: ``raci validate
--write-baseline raci-baseline.json`` records what is there now, and ``--baseline
raci-baseline.json`` hides exactly those findings afterwards, so CI fails only on what a
change adds. A finding is recognised by its code, its file (relative to the baseline
file) and its subject — not its line, so editing elsewhere in the file does not revive it.
Each recorded finding hides one finding: two new problems of the same kind still show.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from raci.findings import Finding, Report
from raci.i18n import t
from raci.spec.model import Text

FORMAT_VERSION = 1
Fingerprint = tuple[str, str, str]


class BaselineError(Exception):
    """The baseline file cannot be read; ``key`` names the message in raci.i18n."""

    def __init__(self, key: str, reason: str | Text) -> None:
        super().__init__(f"{key}: {reason}")
        self.key, self.reason = key, reason


def _relative(file: str, base: Path) -> str:
    if file in ("", "<stdin>"):
        return file
    return Path(os.path.relpath(os.path.abspath(file), base)).as_posix()


def fingerprint(finding: Finding, base: Path) -> Fingerprint:
    return (finding.code, _relative(finding.file, base), finding.subject)


def _baselined(finding: Finding) -> bool:
    """Only rule findings go into a baseline; an unreadable spec is never accepted."""
    return not finding.code.startswith("S")


def write(report: Report, path: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]] = ()) -> int:
    """Record the report's rule findings in ``path`` through the output guard, never over
    one of the ``inputs`` (the specs checked); returns how many."""
    from raci import output

    base = Path(path).resolve().parent
    entries = sorted(
        (
            {"code": code, "file": file, "subject": subject, "message": f.message("en")}
            for f in report.findings
            if _baselined(f)
            for code, file, subject in [fingerprint(f, base)]
        ),
        key=lambda e: (e["file"], e["code"], e["subject"], e["message"]),
    )
    document = {"version": FORMAT_VERSION, "tool": "raci", "findings": entries}
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    output.write(path, text.encode("utf-8"), inputs=inputs)
    return len(entries)


def read(path: str | os.PathLike[str]) -> Counter[Fingerprint]:
    """The fingerprints recorded in a baseline file, with their counts."""
    try:
        document: Any = json.loads(Path(path).read_text(encoding="utf-8"))
        entries = document["findings"]
        return Counter((e["code"], e["file"], e["subject"]) for e in entries)
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError("cli.baseline_unreadable", getattr(exc, "strerror", None) or str(exc)) from None
    except RecursionError:
        raise BaselineError("cli.baseline_invalid", _reason("baseline.too_deep")) from None
    except ValueError:
        raise BaselineError("cli.baseline_invalid", _reason("baseline.not_json")) from None
    except (KeyError, TypeError):
        raise BaselineError("cli.baseline_invalid", _reason("baseline.no_findings")) from None


def _reason(key: str) -> Text:
    """A reason in both languages: the message it goes into is formatted in the user's."""
    return Text(ja=t(key, "ja"), en=t(key, "en"))


def apply(report: Report, path: str | os.PathLike[str]) -> int:
    """Drop the findings recorded in the baseline from ``report``; returns how many were dropped."""
    remaining = read(path)
    base = Path(path).resolve().parent
    kept: list[Finding] = []
    for finding in report.findings:
        key = fingerprint(finding, base)
        if _baselined(finding) and remaining[key] > 0:
            remaining[key] -= 1
        else:
            kept.append(finding)
    dropped = len(report.findings) - len(kept)
    report.findings = kept
    return dropped
