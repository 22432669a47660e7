"""Findings a change introduces and fixes: lint both sides, match them by the baseline keys.

A finding is recognised as :mod:`raci.baseline` recognises it — code, file, subject; never
its line or message — so a finding that only moved is neither introduced nor fixed. Each
old finding answers for one new finding of the same key, as a baseline entry does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from raci.baseline import Fingerprint, fingerprint
from raci.config import Config
from raci.findings import Finding
from raci.lint import NO_CONFIG, validate
from raci.spec.model import Spec

_HERE = Path(".")


def _key(finding: Finding) -> Fingerprint:
    """The baseline's key with the file left out: both sides are versions of one file,
    whatever their names (``old.raci.yaml`` against ``new.raci.yaml``, or ``REV:path``)."""
    code, _file, subject = fingerprint(finding, _HERE)
    return (code, "", subject)


def lint(spec: Spec, config: Config = NO_CONFIG) -> list[Finding]:
    """The rule findings on one side (structural S-codes cannot occur: the spec loaded)."""
    return validate(spec, config=config)


def introduced_and_fixed(before: Sequence[Finding], after: Sequence[Finding]) -> tuple[list[Finding], list[Finding]]:
    """New findings without an old one of the same key, and old ones without a new one."""
    remaining = Counter(_key(f) for f in before)
    introduced: list[Finding] = []
    for finding in after:
        key = _key(finding)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            introduced.append(finding)
    left = Counter(_key(f) for f in after)
    fixed: list[Finding] = []
    for finding in before:
        key = _key(finding)
        if left[key] > 0:
            left[key] -= 1
        else:
            fixed.append(finding)
    return introduced, fixed
